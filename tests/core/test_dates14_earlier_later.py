"""`في وقت سابق/لاحق من` + a bare period noun names the current period."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 12, 11)      # a Wednesday: its week starts on Sunday the 8th


@pytest.mark.parametrize("text,value,precision", [
    ("وكان الوزير قد استقال في وقت سابق من الأسبوع بعد خلاف", D(2024, 12, 8), "range"),
    ("ومن المقرر أن يصوت البرلمان في وقت لاحق من الأسبوع على القانون", D(2024, 12, 8), "range"),
    ("ويتوقع صدور الحكم في وقت لاحق من الشهر بعد الجلسة", D(2024, 12, 1), "month"),
    ("وتعتزم الشركة طرح أسهمها في وقت لاحق من العام في البورصة", D(2024, 1, 1), "year"),
])
def test_earlier_or_later_in_the_current_period(text, value, precision):
    got = [(m.value_start, m.precision) for m in extract_dates(text, PUB)]
    assert got == [(value, precision)]

