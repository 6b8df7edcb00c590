"""`عقد` and `قتل` are verbs (held, killed) where a clause opens with them and nouns (holding,
killing) elsewhere: only the verb tells a weekday's clause is past."""
from __future__ import annotations

import datetime as dt

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 9)     # a Monday


def value(text):
    (m,) = extract_dates(text, PUB)
    return m.value_start


def test_held_after_a_clause_link_is_past():
    assert value("وسيعلن الاتحاد نتائج الاجتماع الذي عقد الخميس") == dt.date(2024, 12, 5)
    assert value("وسيسلم المبعوث الرسالة بعد أن عقد الخميس لقاء مع الوزير") == dt.date(2024, 12, 5)


def test_holding_as_a_noun_leaves_the_future():
    assert value("ومن المقرر عقد القمة الخميس في العاصمة") == dt.date(2024, 12, 12)
