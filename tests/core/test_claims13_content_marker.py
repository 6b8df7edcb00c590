"""`أن` before the head of a title, a person noun, a body or a group that looks like a present
verb (`نائب`, `نجم`, `نادي`, `تجار`) opens the reported clause; it is no infinitive (claims13)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


@pytest.mark.parametrize("text, content", [
    ("كشفت وسائل الإعلام المحلية أن نجم المنتخب السابق يخضع للتحقيق.", "أن نجم المنتخب"),
    ("وأكد المدرب أن نادي المدينة يريد التعاقد مع اللاعب.", "أن نادي المدينة"),
    ("وذكرت الصحيفة أن تجار السوق يرفضون الضريبة الجديدة.", "أن تجار السوق"),
])
def test_a_head_noun_after_an_is_the_reported_clause(text, content):
    claims = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    assert [c["content"][:len(content)] for c in claims] == [content]


def test_an_infinitive_after_a_verb_of_wanting_is_still_no_report():
    claims = extract("t", "خبر اليوم. وقال الوزير إنه يريد أن يلتقي نظيره قريبا.", dt.date(2025, 3, 1)).claims
    assert [c["content"] for c in claims] == ["إنه يريد أن يلتقي نظيره قريبا"]
