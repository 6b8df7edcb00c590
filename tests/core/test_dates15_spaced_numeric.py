"""Numeric dates with spaces around their slashes (`21 / 4 / 1439هـ`, `05 /01 /2016م`) are one
day, and a numeric date of the Hijri century is Hijri even without هـ."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

PUB = dt.date(2018, 3, 1)


@pytest.mark.parametrize("text,surface,value", [
    ("وافق المجلس في 21 / 4 / 1439هـ على الاتفاقية", "21 / 4 / 1439هـ", dt.date(2018, 1, 8)),
    ("وقعت الغارة بتاريخ (05 /01 /2016م) على الحي", "05 /01 /2016م", dt.date(2016, 1, 5)),
    ("نفذت المهمة في تاريخ (14/ 07 /2015م) كما ورد", "14/ 07 /2015م", dt.date(2015, 7, 14)),
    ("تنشر المعايير يوم 14/10/1439 للعموم", "14/10/1439", dt.date(2018, 6, 28)),
])
def test_a_numeric_date_with_spaced_slashes_or_a_hijri_year(text, surface, value):
    assert [(m.surface, m.value_start, m.precision) for m in extract_dates(text, PUB)] == [(surface, value, "day")]


def test_a_spaced_dash_is_no_date():
    assert [m.surface for m in extract_dates("انتهت المباراة 3 - 2 - 1 لصالح الفريق", PUB)] == []
