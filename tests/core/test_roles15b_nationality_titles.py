"""`واعتذر الوزير البريطاني`: a title of office with its holder's nationality and no name stands for
the person named before with a title of that head and that nationality."""
from event_roles import roles

NAMED = "وقال وزير الخارجية التركي مولود تشاوش أوغلو إن بلاده لن تتراجع. "


def test_the_minister_described_by_nationality_is_the_minister_named_before():
    assert roles(NAMED + "واتهم الوزير التركي الحكومة العراقية بالتقصير.", "ACCUSE") == ("مولود تشاوش أوغلو", "الحكومة العراقية")


def test_the_description_as_object_of_a_meeting():
    text = NAMED + "والتقى الرئيس العراقي برهم صالح الوزير التركي في بغداد."
    assert roles(text, "CONSULT") == ("برهم صالح", "مولود تشاوش أوغلو")


def test_another_nationality_names_no_one_before():
    assert roles(NAMED + "واتهم الوزير الإيراني الحكومة العراقية بالتقصير.", "ACCUSE")[0] != "مولود تشاوش أوغلو"


def test_a_deputy_holds_another_office():
    # (`نائب الرئيس` is a vice president: the president described is not him)
    text = "وزار نائب الرئيس الأمريكي جون سميث بغداد أمس. والتقى الرئيس العراقي برهم صالح الرئيس الأمريكي في واشنطن."
    assert roles(text, "CONSULT", "التقى") == ("برهم صالح", None)
