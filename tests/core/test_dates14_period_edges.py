"""`نهاية/أواخر/منتصف العام|السنة|الشهر` without a relative word is the current year or month; an
adjective after the period noun (`نهاية العام الدراسي`) names another period."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 5, 20)


@pytest.mark.parametrize("text,surface,value,precision", [
    ("تأمل الحكومة إجراء الانتخابات بحلول نهاية العام وفق الخطة", "نهاية العام", D(2024, 1, 1), "year"),
    ("ارتفعت الصادرات منذ مطلع السنة بنسبة كبيرة", "مطلع السنة", D(2024, 1, 1), "year"),
    ("يصل الوفد إلى العاصمة في منتصف الشهر لاستكمال المحادثات", "منتصف الشهر", D(2024, 5, 1), "month"),
])
def test_the_edge_of_the_current_period(text, surface, value, precision):
    got = [(m.surface, m.value_start, m.precision) for m in extract_dates(text, PUB)]
    assert got == [(surface, value, precision)]


@pytest.mark.parametrize("text", [
    "تنتهي الامتحانات في نهاية السنة الدراسية",
    "تراجع العجز في نهاية العام المالي",
])
def test_another_period_after_the_noun_is_no_date(text):
    assert extract_dates(text, PUB) == []
