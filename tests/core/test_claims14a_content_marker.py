"""`أن` before a head noun with a possessive pronoun or in dual construct (`نجمه`, `نجمي`), or
before a plural in ات with one (`توقعاتهم`), opens the reported clause: these look like present
verbs but are no infinitive (claims14a)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


@pytest.mark.parametrize("text, content", [
    ("وكشف المدرب أن نجمه الأول سيغيب عن المباراة المقبلة.", "أن نجمه الأول"),
    ("وأكد المدرب أن نجمي الفريق باقيان مع النادي.", "أن نجمي الفريق"),
    ("وكشف المحللون أن توقعاتهم لم تتحقق هذا العام.", "أن توقعاتهم لم"),
])
def test_a_possessed_head_noun_after_an_is_the_reported_clause(text, content):
    claims = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    assert [c["content"][:len(content)] for c in claims] == [content]


def test_a_present_verb_with_an_object_pronoun_is_still_an_infinitive():
    claims = extract("t", "خبر اليوم. وطالب الوزير أن يعطيه الفريق فرصة أخرى.", dt.date(2025, 3, 1)).claims
    assert claims == []


@pytest.mark.parametrize("text, content", [
    ('وتعهد الوزير سامي حداد، عبر صفحته على "فيسبوك"، باتخاذ خطوات لحماية البيانات.', "باتخاذ خطوات لحماية البيانات"),
    ('وقال الوزير سامي حداد عبر "تويتر"، "سنفتتح المشروع قريبا".', "سنفتتح المشروع قريبا"),
])
def test_a_short_quoted_name_after_a_preposition_is_not_the_statement(text, content):
    claims = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    assert [c["content"] for c in claims] == [content]


def test_a_short_quotation_after_a_preposition_with_its_pronoun_is_the_statement():
    claims = extract("t", 'خبر اليوم. ونشر اللاعب سامي حداد تغريدة كتب فيها "أنا جاهز للغد"، قبل المباراة.',
                     dt.date(2025, 3, 1)).claims
    assert any(c["content"].startswith("أنا جاهز للغد") for c in claims)


def test_a_short_quotation_after_the_preposition_a_verb_governs_is_what_was_said():
    claims = extract("t", 'خبر اليوم. وأعربت الوزارة في بيان رسمي عن "قلق عميق"، داعية إلى التهدئة.',
                     dt.date(2025, 3, 1)).claims
    assert any(c["cue"] == "وأعربت" and c["content"].startswith("قلق عميق") for c in claims)
