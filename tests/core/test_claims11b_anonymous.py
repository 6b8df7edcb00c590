"""A claim whose source only words gave, no actor made of them, is anonymous when those words
describe unnamed people (gold conventions: unnamed sources, witnesses, residents and unnamed media
are anonymous; an unnamed official OF A NAMED BODY speaks for that body)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.claim_anonymity import is_unnamed_source
from etl.core.extract import extract


def _claims(text: str) -> list[dict]:
    return extract("t", text, dt.date(2025, 3, 1)).claims


def test_traders_are_an_anonymous_source():
    # (claims12b: `تجار` is a group noun, not a present verb: the group of unnamed traders is an
    # anonymous actor, as gold.md counts "groups of anonymous sources described in the article")
    claims = [c for c in _claims("وقال تجار في سوق الخضار إن أسعار الطماطم تضاعفت خلال أسبوع.") if "أسعار" in c["content"]]
    assert claims and claims[0]["source_text"] == "تجار"
    assert claims[0]["is_anonymous"] and claims[0]["source_kind"] == "anonymous"


def test_a_definite_speaker_named_before_stays_named():
    claims = [c for c in _claims("وصل الوزير إلى المدينة صباحا. وقال الوزير إن الجسر سيفتح الشهر المقبل.")
              if "الجسر" in c["content"]]
    assert claims and not claims[0]["is_anonymous"]


@pytest.mark.parametrize("words", ["تجار", "وتجار", "مسؤولين", "مسؤول نفط عراقي", "مسؤول كبير", "خبير", "دبلوماسي",
                                   "محللون", "بعض المحللين", "عدة وسائل إعلام", "وسائل إعلام محلية", "ومصادر مطلعة",
                                   "مصادر أمنية في العاصمة", "سكان محليون", "للمحققين"])
def test_words_describing_unnamed_people_are_anonymous(words):
    assert is_unnamed_source(words)


@pytest.mark.parametrize("words", [
    "متحدث باسم الوزارة", "مسؤولون في الشركة", "ومسؤولون في الوزارة",  # an official of a body: the body speaks
    "الوزير", "الطبيب", "القادة", "هؤلاء المسؤولون",  # someone the article named before
    "محافظ الإقليم سامر خليل", "سفيرة كندا ليلى منصور", "مراسلة الوكالة",  # a named holder, a named body
    "البيان", "وكالة", ""])
def test_words_naming_a_body_a_person_or_no_one_are_not_anonymous(words):
    assert not is_unnamed_source(words)
