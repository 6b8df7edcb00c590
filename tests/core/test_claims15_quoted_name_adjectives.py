"""claims15: the relative adjectives after a speaker's name in quotation marks
(`صحيفة "الصباح" البريطانية`) describe the speaker; the statement starts after them."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _claims(text: str) -> list[tuple[str, str]]:
    rows = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    return [(c["cue"], c["content"]) for c in rows]


def test_an_adjective_set_off_by_a_comma_after_the_relative_one_is_skipped_too():
    found = _claims('وأعلنت مجموعة "أمازون" الأمريكية العملاقة، التوصل إلى اتفاق لبث المباريات.')
    assert [content for cue, content in found if cue == "وأعلنت"] == ["التوصل إلى اتفاق لبث المباريات"]


def test_a_quotation_opened_after_a_colon_keeps_its_first_word():
    # (a mark that opens a quotation closes no name: `التحدي` is the statement's first word)
    found = _claims('وقال المدير سامي حداد إن الشركة ستتوسع، وأضاف :"التحدي الأكبر حاليا هو التمويل".')
    assert ("وأضاف", "التحدي الأكبر حاليا هو التمويل") in found
