"""A colon or an opening quotation right after a verb of saying opens the words said: an actor
named inside them is no speaker of the verb, who is found before it (claims14a)."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _claims(text: str) -> list[tuple[str, str, str]]:
    rows = extract("t", text, dt.date(2025, 3, 1)).claims
    return [(c["source_text"], c["cue"], c["content"]) for c in rows]


def test_a_name_inside_the_quoted_words_is_not_the_speaker():
    text = 'خبر اليوم. وسخر الممثل حسين فهمي من السؤال قائلا "اسمه عادل إمام يا أستاذ".'
    assert _claims(text) == [("حسين فهمي", "قائلا", "اسمه عادل إمام يا أستاذ")]


def test_a_quoted_name_right_after_the_verb_still_speaks():
    text = 'خبر اليوم. وقال "حزب الله" في بيان إن مقاتليه انسحبوا من المنطقة.'
    assert _claims(text) == [("حزب الله", "وقال", "إن مقاتليه انسحبوا من المنطقة")]
