"""`اعتقلت في واشنطن السبت ومثلت أمام المحكمة`: a past verb joined by `و` after the trigger opens
another clause; the party named in it is no object of the trigger's act."""
from event_roles import roles


def test_the_court_of_the_joined_verb_is_not_the_one_arresting_or_arrested():
    _, target = roles("وأكد أن بوتينا اعتقلت في واشنطن السبت ومثلت أمام المحكمة الاثنين.", "COERCE")
    assert target is None


def test_a_joined_verb_of_an_act_keeps_its_party_for_the_act_told_with_it():
    _, target = roles("وقصفت إسرائيل مواقع في غزة وقتلت عناصر من حركة حماس.", "ASSAULT")
    assert target == "حركة حماس"
