"""Accusative forms of PROTEST triggers (sentences written for these tests): the object of a verb
that starts or declares the act carries the tanwin alif, which the nominative rows do not match."""
import pytest

from etl.core.extract import extract


def protests(text):
    return [(e["event_mode"], e["negated"]) for e in extract("t", text, None).events if e["event_type"] == "PROTEST"]


@pytest.mark.parametrize("text,mode", [
    ("وبدأ الأسرى إضرابا عن الطعام أمس في السجن المركزي.", "hunger"),  # not a strike from work
    ("وظل السجين مضربا عن الطعام طوال الشهر الماضي.", "hunger"),
    ("وأعلن سكان البلدة عصيانا مدنيا شاملا أمس.", "demo")])
def test_an_accusative_protest_form_is_a_protest_of_its_mode(text, mode):
    assert protests(text) == [(mode, False)]


def test_a_strike_from_work_keeps_its_mode():
    assert protests("ونفذ عمال الميناء إضرابا عن العمل أمس.") == [("strike", False)]
