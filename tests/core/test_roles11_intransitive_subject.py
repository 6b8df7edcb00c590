"""`وانفجرت سيارة مفخخة`: a verb of form VII takes no object, so the noun after it is its own
subject and no party of the sentence before carries on to it; form VIII of a root in `ن`
(`وانتقد قرار الحكومة`) takes an object and keeps the subject carried on."""
from event_roles import roles


def test_a_car_bomb_exploding_is_not_the_army_named_before():
    source, _ = roles("وأدان الجيش العراقي الهجوم. وانفجرت سيارة مفخخة قرب مقر للشرطة في بغداد.", "ASSAULT", "انفجرت")
    assert source is None


def test_a_criticising_verb_goes_on_with_the_subject_before():
    source, _ = roles("وأدان الجيش العراقي الهجوم. وانتقد قرار الحكومة.", "ACCUSE", "انتقد")
    assert source == "الجيش العراقي"
