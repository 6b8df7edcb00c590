"""A setting the sentence opens with (`وفي اجتماع مع X، أكد Y`) holds no subject of the main verb,
and its noun is done by that verb's subject; on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract
from event_roles import roles

DAY = dt.date(2019, 3, 1)


def test_a_meeting_in_the_opening_setting_is_held_by_the_main_clause_subject():
    source, target = roles("وخلال لقاء مع وزير الخارجية الروسي سيرغي لافروف، أكد الرئيس السوري بشار الأسد دعمه للحل.",
                           "CONSULT")
    assert "بشار الأسد" in source and "لافروف" in target


def test_the_actor_inside_the_opening_setting_is_not_the_main_verb_subject():
    source, target = roles("وفي اجتماع مع مسؤولي الحكومة العراقية تعهد رئيس الوزراء حيدر العبادي بتخصيص أموال.", "AGREE")
    assert "العبادي" in source


def test_a_medium_that_aired_the_setting_does_not_hold_the_meeting():
    source, target = roles("وفي اجتماع مع مسؤولي الحكومة بثه التلفزيون الرسمي تعهد رئيس الوزراء حيدر العبادي بتخصيص أموال.",
                           "CONSULT")
    assert source is None or "التلفزيون" not in source


def test_a_protest_owned_by_their_pronoun_is_made_by_the_crowd_named_before():
    source, target = roles("وبدأ الفلسطينيون في قطاع غزة احتجاجاتهم قرب الحدود قبل مئة يوم.", "PROTEST")
    assert source == "الفلسطينيون"


def test_a_verb_with_a_plural_object_pronoun_is_no_crowd_noun():
    x = extract("t", "وقال الوزير إن الحكومة تدعمهم في مطالبهم.", DAY)
    assert all(e["event_type"] != "PROTEST" or e["source_actor_id"] is None for e in x.events)


def test_far_from_its_noun_the_nearest_party_yields_to_the_clause_subject():
    text = "وقال مصدر إن الحكومة المصرية أبلغت الولايات المتحدة خلال الأيام القليلة الماضية في القاهرة استعدادها لتقديم مساعدات إنسانية عاجلة."
    source, target = roles(text, "AID")
    assert source == "الحكومة المصرية"
