"""claims15: a verb of saying after a sentence-opening attribution (`وبحسب وكالة X، قال Y إن`)
is Y's own statement, which X passes on; a headline cut in two at `..` goes on quoting in its
second half (`... .. ووزير الخارجية: ...`)."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _rows(text: str) -> list[dict]:
    return extract("t", text, dt.date(2025, 3, 1)).claims


def _claims(text: str) -> list[tuple[int, str, str, str]]:
    return [(c["sentence_idx"], c["source_text"], c["cue"], c["content"]) for c in _rows(text)]


def test_the_speaker_after_a_fronted_attribution_has_a_claim_of_his_own():
    rows = _rows("خبر اليوم. وبحسب صحيفة الصباح، قال وزير المالية سامي حداد إن الموازنة ستقر الشهر المقبل.")
    found = {r["source_text"]: r for r in rows}
    assert set(found) == {"صحيفة الصباح", "سامي حداد"} or set(found) == {"صحيفة الصباح", "وزير المالية سامي حداد"}
    speaker = next(r for name, r in found.items() if name != "صحيفة الصباح")
    outlet = found["صحيفة الصباح"]
    assert speaker["cue"] == "قال" and speaker["content"].startswith("إن الموازنة ستقر")
    assert outlet["content"] == speaker["content"]
    assert speaker["parent_claim_id"] == outlet["claim_id"]  # the outlet passes the minister's words on


def test_a_verb_with_no_subject_after_the_attribution_stays_the_attribution_alone():
    found = _claims("خبر اليوم. وحسب الموقع الإخباري، أضاف أن الرد سيكون سريعا.")
    assert [c[2] for c in found] == ["وحسب"]


def test_the_second_half_of_a_headline_cut_at_two_dots_quotes_its_speaker():
    found = _claims("عطل فني يصيب طائرة المنتخب..\nواتحاد الكرة: الجميع بخير\nهبطت الطائرة بسلام في المطار.")
    assert (1, "واتحاد الكرة", ":", "الجميع بخير") in found


def test_a_body_sentence_with_a_colon_is_no_headline():
    found = _claims("عطل فني يصيب طائرة المنتخب.\nهبطت الطائرة بسلام.\nالحصيلة: لا إصابات")
    assert not any(c[2] == ":" for c in found)


def test_a_speaker_the_attribution_first_took_for_its_words_speaks_for_himself():
    rows = _rows("خبر اليوم. ووفقا لوكالة الأنباء المحلية، أكدت المتحدثة باسم الوزارة، سلمى عادل، أن الاجتماع سيعقد غدا.")
    contents = {r["cue"]: r["content"] for r in rows}
    assert contents.get("أكدت") == "أن الاجتماع سيعقد غدا"
    assert contents.get("ووفقا") == "أن الاجتماع سيعقد غدا"  # not `أكدت المتحدثة ...`: the words said

