"""`بلاده`/`بلادها` (his/her country) in reported words is the speaker's state even when the
text names that state only by an adjective (`الرئيس التركي`): the lexicon's state of the
speaker's country acts."""
from event_roles import roles


def test_his_country_named_only_by_an_adjective_threatens():
    text = "وقال وزير الخارجية التركي مولود تشاوش أوغلو إن بلاده سترد على أي هجوم."
    assert roles(text, "THREATEN")[0] == "تركيا"


def test_her_country_expels():
    text = "وأعلنت رئيسة الوزراء البريطانية تيريزا ماي أن بلادها ستطرد 23 دبلوماسيا روسيا."
    assert roles(text, "THREATEN") == ("بريطانيا", "روسيا")
