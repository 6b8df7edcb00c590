"""A year glued to its month name (no space between, as some wires print it) still belongs to it."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 12, 8)


@pytest.mark.parametrize("text,surface,value,precision", [
    ("صدر التقرير في كانون الثاني/يناير2021 عن اللجنة", "كانون الثاني/يناير2021", D(2021, 1, 1), "month"),
    ("وقع الزلزال بعد 14 آب/أغسطس2019 بأيام", "14 آب/أغسطس2019", D(2019, 8, 14), "day"),
    ("بلغ المؤشر أعلى مستوى منذ مارس2015 وفق البيانات", "مارس2015", D(2015, 3, 1), "month"),
])
def test_a_year_glued_to_the_month_name(text, surface, value, precision):
    got = [(m.surface, m.value_start, m.precision) for m in extract_dates(text, PUB)]
    assert got == [(surface, value, precision)]
