"""`وتطالب كل من الفلبين وفيتنام`, `وأدانت كل من السعودية والإمارات الهجوم`: `كل من` right after a
verb opens the list of its subjects: the first listed acts, those joined to it are no targets, and
none of them did the act they react to."""
from event_roles import roles


def test_the_first_listed_state_claims():
    source, target = roles("وتطالب كل من الفلبين وفيتنام وماليزيا بالسيادة على أجزاء من بحر الصين الجنوبي.",
                           "REQUEST")
    assert source == "الفلبين"
    assert target not in ("فيتنام", "ماليزيا")


def test_the_listed_states_condemn_and_did_not_attack():
    source, _ = roles("وأدانت كل من السعودية والإمارات الهجوم على ناقلات النفط.", "ACCUSE")
    assert source == "السعودية"
    attacker, _ = roles("وأدانت كل من السعودية والإمارات الهجوم على ناقلات النفط.", "ASSAULT")
    assert attacker not in ("السعودية", "الإمارات")
