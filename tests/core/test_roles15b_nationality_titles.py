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


def test_the_head_of_a_government_is_no_president():
    # (`رئيس الحكومة` is a prime minister: `الرئيس اليمني` is not him)
    text = "وقال رئيس الحكومة اليمنية، أحمد بن دغر، إن المطار سيفتح. والتقى الرئيس اليمني وفدا أمميا في عدن."
    assert roles(text, "CONSULT", "التقى")[0] != "أحمد بن دغر"


def test_the_prime_minister_named_with_his_title_is_no_president():
    text = "وقال رئيس الوزراء اليمني معين عبد الملك إن المطار سيفتح. والتقى الرئيس اليمني وفدا أمميا في عدن."
    assert roles(text, "CONSULT", "التقى")[0] is None


def test_a_description_with_its_name_in_apposition_names_that_person():
    # (the name's first word unread: the description is still his, not the minister's named before)
    text = "وقال وزير الخارجية اليمني خالد اليماني إن المطار سيفتح. والتقى الوزير اليمني، د. منصور هادي، وفدا أمميا."
    assert roles(text, "CONSULT", "التقى")[0] != "خالد اليماني"
