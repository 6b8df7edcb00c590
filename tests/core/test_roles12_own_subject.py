"""`واتهم ثلاثة محامين X`, `وتطالب عائلة المتهمة`, `واتهم عدد من المحامين`: a verb whose own subject
names no actor (a count of people after a verb not marked feminine, an amount, a noun of kin or
counsel in construct) takes no subject from the sentence before."""
from event_roles import roles

COURT = "قضت المحكمة الجنائية العراقية بسجن المتهمة. "


def test_three_lawyers_accuse_not_the_court_named_before():
    source, target = roles(COURT + "واتهم ثلاثة محامين وزير الخارجية الفرنسي جان إيف لودريان بالتدخل في القضاء.",
                           "ACCUSE")
    assert source is None
    assert target == "جان إيف لودريان"


def test_the_family_asks_not_the_court_named_before():
    source, _ = roles(COURT + "وتطالب عائلة المتهمة ومحاموها بإعادتها إلى فرنسا.", "REQUEST")
    assert source != "المحكمة الجنائية العراقية"


def test_a_number_of_lawyers_accuse_not_the_court_named_before():
    source, _ = roles(COURT + "واتهم عدد من المحامين الحكومة الفرنسية بالتقصير.", "ACCUSE")
    assert source != "المحكمة الجنائية العراقية"
