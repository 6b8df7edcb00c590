"""Dates of earlier centuries: a year before 1900 is a year when the text says so (a month name
or عام/سنة before it); a bare number before 1900 stays a count, and a year before Christ is none."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates, first_absolute_date

D = dt.date
PUB = D(2024, 12, 8)


def rows(text):
    return [(m.surface, m.value_start, m.precision) for m in extract_dates(text, PUB)]


@pytest.mark.parametrize("text,surface,value,precision", [
    ("وقعت المعركة عام 1850 قرب النهر", "عام 1850", D(1850, 1, 1), "year"),
    ("افتتح الجسر سنة 1889 بحضور الوالي", "سنة 1889", D(1889, 1, 1), "year"),
    ("وقع الأمير المعاهدة في 14 مارس/آذار 1799 بعد الحصار", "14 مارس/آذار 1799", D(1799, 3, 14), "day"),
    ("صدر العدد الأول في يونيو 1876 في القاهرة", "يونيو 1876", D(1876, 6, 1), "month"),
    ("وصل الرحالة في الخامس من مايو عام 1453 إلى المدينة", "الخامس من مايو عام 1453", D(1453, 5, 5), "day"),
])
def test_a_year_of_an_earlier_century_written_as_one(text, surface, value, precision):
    assert rows(text) == [(surface, value, precision)]


def test_a_year_range_of_an_earlier_century_after_its_keyword():
    (m,) = extract_dates("حكم الأسرة بين عامي 1805 و1848 على مراحل", PUB)
    assert (m.value_start, m.value_end, m.precision) == (D(1805, 1, 1), D(1848, 12, 31), "range")


@pytest.mark.parametrize("text", [
    "وصل إلى الميناء 1850 مهاجرا في الشهر",
    "يقدر عدد الزوار بنحو 1799 زائرا",
    "شيد المعبد عام 1250 قبل الميلاد على الضفة",
    "شيد المعبد عام 1250 ق.م على الضفة",
])
def test_no_year_of_an_earlier_century(text):
    assert rows(text) == []


def test_a_historical_day_is_no_day_of_publication():
    assert first_absolute_date("القاهرة - في 3 يوليو 1798 نزلت الحملة على الساحل") is None
    assert first_absolute_date("القاهرة - 5 مايو 2018 - في 3 يوليو 1798 نزلت الحملة") == D(2018, 5, 5)
