"""`لامس` is the verb "touched" (a price touching a level), not ل + أمس (yesterday)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 8)


@pytest.mark.parametrize("text", [
    "ارتفع السهم بعدما لامس مستوى قياسيا في الجلسة",
    "وكان المؤشر لامس أعلى مستوياته قبل أن يتراجع",
    "لامس الفريق اللقب لكنه خسر",
])
def test_touched_is_no_yesterday(text):
    assert extract_dates(text, PUB) == []


@pytest.mark.parametrize("text,value", [
    ("وقال الوزير أمس إن المحادثات مستمرة", dt.date(2024, 12, 7)),
    ("عاد الهدوء بالأمس إلى المدينة", dt.date(2024, 12, 7)),
    ("وقال أمس السبت إن الاتفاق قريب", dt.date(2024, 12, 7)),
])
def test_yesterday_still_found(text, value):
    assert [m.value_start for m in extract_dates(text, PUB)] == [value]


def test_a_day_with_its_year_after_lam():
    (m,) = extract_dates("ولدت في الثاني والعشرين من شهر أغسطس لعام 1983 في المدينة", PUB)
    assert (m.surface, m.value_start, m.precision) == (
        "الثاني والعشرين من شهر أغسطس لعام 1983", dt.date(1983, 8, 22), "day")
    (m,) = extract_dates("نشرت النتائج في 5 مايو للعام 2016 رسميا", PUB)
    assert m.value_start == dt.date(2016, 5, 5)
