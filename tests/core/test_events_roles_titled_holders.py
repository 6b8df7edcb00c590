"""Titles of office right after a verb. A title the lexicon does not list whole (`نائب وزير
الخارجية الفرنسي`, `حاكم ولاية تكساس`) that runs into a person's name gives the verb its
subject, that person, and the party after the name is the object. A whole title naming no one
followed by a second title and a name (`واستقبل رئيس الوزراء العراقي وزير الخارجية الأمريكي X`)
makes the named person the object: the host names no party."""
from event_roles import roles


def test_a_deputy_ministers_name_is_the_subject():
    text = "وحذر نائب وزير الخارجية الفرنسي جان مارك دوبوا إيطاليا من أن أي خطوة أحادية ستكون خطأ."
    assert roles(text, "THREATEN") == ("جان مارك دوبوا", "إيطاليا")


def test_a_governors_name_is_the_subject():
    assert roles("وطلب حاكم ولاية تكساس جون سميث المساعدة الفدرالية من الحكومة.", "REQUEST")[0] == "جون سميث"


def test_the_guest_after_an_unnamed_host_is_received():
    text = "واستقبل رئيس الوزراء العراقي وزير الخارجية الأمريكي ريكس تيلرسون في بغداد."
    assert roles(text, "CONSULT") == (None, "ريكس تيلرسون")


def test_a_president_met_by_an_unnamed_prime_minister_is_the_object():
    assert roles("والتقى رئيس الوزراء الهندي الرئيس الفرنسي إيمانويل ماكرون.", "CONSULT") == (None, "إيمانويل ماكرون")


def test_a_named_holder_still_acts_on_the_titled_person_after_him():
    text = "وانتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الفرنسي إيمانويل ماكرون."
    assert roles(text, "ACCUSE") == ("بنيامين نتنياهو", "إيمانويل ماكرون")
