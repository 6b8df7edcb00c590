"""An act of force on a thing of a nation (`المواقع الإيرانية`) is done to that nation's state,
as the text has named it; on sentences written for these tests."""
from event_roles import roles

BEFORE = "وقالت إيران إن الهجوم فاشل. "


def test_a_verb_of_force_on_a_nations_sites_targets_that_state():
    assert roles(BEFORE + "وقصفت إسرائيل المواقع الإيرانية في سوريا.", "ASSAULT", "قصفت") == ("إسرائيل", "إيران")


def test_an_adjective_may_stand_between_the_object_and_its_nation():
    assert roles(BEFORE + "وقصفت إسرائيل البنية التحتية الإيرانية في سوريا.", "ASSAULT", "قصفت") == ("إسرائيل", "إيران")


def test_a_quantified_object_still_names_its_nation():
    assert roles(BEFORE + "وقالت إسرائيل إنها ضربت كل المواقع العسكرية الإيرانية.", "ASSAULT", "ضربت")[1] == "إيران"


def test_a_nation_the_text_has_not_named_as_a_state_is_no_target():
    assert roles("وقصفت إسرائيل المواقع الإيرانية في سوريا.", "ASSAULT", "قصفت") == ("إسرائيل", None)


def test_people_of_a_nation_are_no_state():
    text = "وقالت فرنسا إن الهجوم فاشل. وقصفت القوات السورية المقاتلين الفرنسيين في إدلب."
    assert roles(text, "ASSAULT", "قصفت")[1] != "فرنسا"
