"""A day or month named without a year that would lie more than four months back is the next one
when its clause speaks of the future."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 12, 8)


def first_value(text: str) -> dt.date:
    got = extract_dates(text, PUB)
    assert len(got) == 1, got
    return got[0].value_start


@pytest.mark.parametrize("text,value", [
    ("سيدخل القانون الجديد حيز التنفيذ في 20 يونيو", D(2025, 6, 20)),
    ("ومن المقرر أن تجرى الانتخابات البلدية في يوليو", D(2025, 7, 1)),
    ("قالت الوزيرة إن الشركة ستنهي المشروع بحلول مايو", D(2025, 5, 1)),
])
def test_a_far_back_day_or_month_told_of_the_future_is_the_next_one(text, value):
    assert first_value(text) == value


@pytest.mark.parametrize("text,value", [
    ("أعلن الوزير أن القانون الذي أقر في 20 يونيو سيطبق قريبا", D(2024, 6, 20)),
    ("وقع الاتفاق في يوليو بعد مفاوضات طويلة", D(2024, 7, 1)),
    ("ستواصل البعثة عملها المستمر منذ يوليو", D(2024, 7, 1)),
    ("سيعقد المؤتمر في 20 نوفمبر", D(2024, 11, 20)),    # near: the latest one stays
])
def test_a_day_or_month_in_the_past_or_near_stays_behind(text, value):
    assert first_value(text) == value
