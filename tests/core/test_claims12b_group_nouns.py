"""A short plural noun opened by ي/ت/ن (`تجار`, `نساء`) in a reporting verb's subject slot is a
group of unnamed people who speak, not a present verb after the cue (claims12b)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text: str) -> list[dict]:
    return extract("t", text, dt.date(2025, 3, 1)).claims


@pytest.mark.parametrize("text, words", [
    ("وقالت نساء من الحي إن المياه لم تصل منذ ثلاثة أيام.", "نساء"),
    ("وأكد تجار في المدينة أن المحلات أغلقت أبوابها مبكرا.", "تجار"),
])
def test_group_noun_after_the_verb_is_an_anonymous_source(text, words):
    claims = _claims(text)
    assert claims and claims[0]["source_text"] == words
    assert claims[0]["is_anonymous"] and claims[0]["source_actor_id"] is not None


def test_a_present_verb_after_the_cue_is_still_no_speaker():
    claims = _claims("وقال يجب أن نعمل معا من أجل المدينة.")
    assert all(c["source_actor_id"] is None for c in claims)


def test_a_person_noun_opened_by_nun_keeps_its_whole_phrase():
    claims = _claims("وقال نجم المنتخب السابق إن الفريق قادر على الفوز.")
    assert claims and claims[0]["source_text"].startswith("نجم المنتخب")
