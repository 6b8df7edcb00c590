"""`نحن الاثنين` is "the two of us", not Monday."""
from __future__ import annotations

import datetime as dt

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 11)


def test_we_two_is_no_monday():
    assert extract_dates("قال إن الحديث دار بصراحة، فقط نحن الاثنين، حول المستقبل", PUB) == []


def test_monday_after_a_pronoun_clause_stays():
    (m,) = extract_dates("وقال إننا التقينا الاثنين في المقر", PUB)
    assert m.value_start == dt.date(2024, 12, 9)
