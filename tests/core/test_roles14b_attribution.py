"""`...، حسب ما قال X لوكالة Y`: an attribution phrase after punctuation (reporting_cues.tsv kind
`prep`) closes the trigger's clause: the one who tells and the outlet told are no party of the act."""
from event_roles import roles


def test_the_agency_told_of_a_shooting_is_not_shot_at():
    text = ('وفتح المسلحون النار على 12 عاملا كانوا يقطعون الأشجار في غابة قريبة، حسب ما قال قائد '
            'ميليشيا تلاحق المسلحين في الإقليم لوكالة "رويترز".')
    source, target = roles(text, "ASSAULT")
    assert source == "المسلحون" and target is None


def test_a_party_named_before_the_attribution_stays_the_target():
    text = "وقصف الجيش مواقع لتنظيم الدولة الإسلامية في الجبال، حسب ما قال مسؤول عسكري لوكالة رويترز."
    _, target = roles(text, "ASSAULT")
    assert target is not None and target != "وكالة رويترز"
