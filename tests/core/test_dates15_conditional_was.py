"""`كان` after a conditional (`إذا كانت`) tells no past: the future verb after it still moves a
weekday ahead; a plain `كان` keeps it behind."""
from __future__ import annotations

import datetime as dt

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 9)     # a Monday


def test_was_after_if_is_no_past():
    (m,) = extract_dates("سئل المدرب عما إذا كانت الإصابة ستبعد المهاجم عن مباراة الأربعاء", PUB)
    assert m.value_start == dt.date(2024, 12, 11)


def test_plain_was_keeps_the_weekday_behind():
    (m,) = extract_dates("وكانت الإصابة ستبعد المهاجم عن مباراة الأربعاء", PUB)
    assert m.value_start == dt.date(2024, 12, 4)
