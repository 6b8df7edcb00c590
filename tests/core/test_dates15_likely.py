"""`من المرجح أن` (it is likely that) speaks of what is to come: a weekday after it lies ahead."""
from __future__ import annotations

import datetime as dt

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 10)     # a Tuesday


def test_a_weekday_after_it_is_likely_lies_ahead():
    (m,) = extract_dates("ومن المرجح أن تصل العاصفة إلى الساحل الشرقي الخميس", PUB)
    assert m.value_start == dt.date(2024, 12, 12)


def test_a_weekday_told_in_the_past_stays_behind():
    (m,) = extract_dates("وصلت العاصفة إلى الساحل الشرقي الخميس", PUB)
    assert m.value_start == dt.date(2024, 12, 5)
