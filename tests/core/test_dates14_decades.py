"""A decade named without its century (`في التسعينيات`) is a decade of the 20th century, from the
fifties on; an age (`في الأربعينيات من عمره`) is no date."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 8)


@pytest.mark.parametrize("text,surface,start", [
    ("اشتهرت الفرقة في التسعينيات بأغانيها الشعبية", "التسعينيات", dt.date(1990, 1, 1)),
    ("وتراجعت صناعة النسيج منذ الثمانينات في المدينة", "الثمانينات", dt.date(1980, 1, 1)),
    ("هاجرت العائلة خلال فترة الستينيات إلى الخارج", "الستينيات", dt.date(1960, 1, 1)),
])
def test_a_decade_without_its_century(text, surface, start):
    got = [(m.surface, m.value_start, m.value_end, m.precision) for m in extract_dates(text, PUB)]
    assert got == [(surface, start, dt.date(start.year + 9, 12, 31), "range")]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة رجلا في الخمسينيات من عمره بعد الحادث",
    "أصيبت امرأة في السبعينات من العمر بجروح طفيفة",
    "بدأ الكاتب مسيرته في العشرينيات وهو طالب",
    "وتتراوح أعمار الضحايا بين العشرينيات والستينيات",
])
def test_an_age_or_an_early_decade_without_century_is_no_date(text):
    assert extract_dates(text, PUB) == []
