"""`قرب الحدود مع X`, `على الحدود بين X وY`: a state after a noun of a border and `مع`/`بين`
(event_roles.tsv role `border`) names where the act happened, not a party to it."""
from event_roles import roles


def test_clashes_near_the_border_with_a_state_are_not_against_it():
    assert roles("وقال نشطاء إن الاشتباكات في الشمال قرب الحدود مع الصين تكثفت.", "ASSAULT") == (None, None)


def test_an_attack_near_the_border_with_a_state_does_not_target_it():
    assert roles("وشن الجيش التركي هجوما قرب الحدود مع العراق.", "ASSAULT") == ("الجيش التركي", None)


def test_both_states_of_a_border_between_them_are_places():
    _, target = roles("وقصفت الطائرات الروسية مواقع على الحدود بين سوريا والعراق.", "ASSAULT")
    assert target not in ("سوريا", "العراق")


def test_a_state_attacked_across_no_border_noun_stays_the_target():
    assert roles("وشن الجيش التركي هجوما على العراق.", "ASSAULT") == ("الجيش التركي", "العراق")
