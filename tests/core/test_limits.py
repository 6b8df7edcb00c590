"""A document's work and output are bounded; beyond the bounds it is rejected with a reason."""
import datetime as dt
import time

import polars as pl
import pytest

from etl.core import limits
from etl.core.batch import extract_frames
from etl.core.extract import extract
from etl.core.limits import DocumentBudget, DocumentTooCostly

DAY = dt.date(2024, 12, 8)
STATEMENT = "وقال وزير الخارجية إن المحادثات مع الوفد التركي ستستأنف الأسبوع المقبل في العاصمة. "


def test_a_sentence_of_more_claims_than_the_bound_is_rejected_not_extracted():
    text = "وقال الجيش إن القوات انسحبت، " * 30 + "."
    with pytest.raises(DocumentTooCostly, match=r"sentence 0 holds more than 20 claims"):
        extract("q", text, DAY)


def test_a_sentence_of_repeated_cues_is_rejected_before_they_are_read():
    text = "قال إن " * 2_800 + "."  # ~20,000 characters: reading every cue took 10 s
    with pytest.raises(DocumentTooCostly, match=r"sentence 0 holds 2,800 reporting cues, more than 40"):
        extract("q", text, DAY)


def test_cues_inside_an_open_quotation_make_one_claim_with_bounded_content():
    text = 'قال "' * 3_000 + "."  # 15,000 characters in one sentence
    [c] = extract("q", text, DAY).claims
    assert len(c["content"]) <= limits.MAX_CONTENT_CHARS


def test_many_cues_in_one_sentence_up_to_the_bound_are_still_extracted():
    x = extract("q", "وقال الجيش إن القوات انسحبت، " * limits.MAX_CLAIMS_PER_SENTENCE + ".", DAY)
    assert len(x.claims) == limits.MAX_CLAIMS_PER_SENTENCE


def test_a_long_content_is_cut_at_a_word_within_the_bound():
    text = "وقال الرئيس إن " + "الوضع في المدينة هادئ والأسواق مفتوحة و" * 300 + "الناس عادوا."
    [c] = extract("long", text, DAY).claims
    assert c["content"].startswith("إن الوضع")
    assert len(c["content"]) <= limits.MAX_CONTENT_CHARS
    assert len(c["content"]) > limits.MAX_CONTENT_CHARS - 20, "cut at the last word that fits"
    assert text[c["content_start"]:c["content_end"]] == c["content"]
    assert text[c["content_end"]] == " ", "ends at the end of a word"


def test_too_many_claims_for_the_length_of_the_text_is_rejected():
    text = 'قال "نعم". ' * 40  # one claim every 11 characters, each in its own sentence
    with pytest.raises(DocumentTooCostly, match=r"more than 26 claims in 440 characters"):
        extract("dense", text, DAY)


def test_a_long_ordinary_document_is_within_every_bound():
    x = extract("long-article", STATEMENT * 300, DAY)
    assert len(x.claims) == 300


def test_content_beyond_a_multiple_of_the_text_is_rejected():
    budget = DocumentBudget(2_000)
    budget.charge_claims(3, 9_000)
    with pytest.raises(DocumentTooCostly, match=r"5 times the text's 2,000 characters"):
        budget.charge_claims(1, 1_001)


def test_the_time_budget_rejects_a_slow_document():
    now = [100.0]
    budget = DocumentBudget(1_000, clock=lambda: now[0])
    now[0] += limits.MAX_DOCUMENT_SECONDS - 1
    budget.check_time()
    now[0] += 2
    with pytest.raises(DocumentTooCostly, match=r"took more than 20 s"):
        budget.check_time()


def test_time_spent_waiting_on_a_busy_machine_is_not_charged(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_SECONDS", 0.05)
    budget = DocumentBudget(1_000)
    time.sleep(0.2)  # as if other processes held the CPU: the wall clock moves, this thread's CPU time does not
    budget.check_time()


def test_extract_charges_the_time_budget(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_SECONDS", -1.0)
    with pytest.raises(DocumentTooCostly, match="took more than"):
        extract("slow", STATEMENT, DAY)


def test_the_batch_rejects_the_costly_document_and_keeps_the_others():
    documents = pl.DataFrame({"doc_id": ["costly", "fine"], "text": ["قال إن " * 400 + ".", STATEMENT],
                              "published_on": [DAY, DAY], "language": ["ar", "ar"], "status": ["ok", "ok"]})
    tables, failed = extract_frames(documents, processes=1)
    assert list(failed) == ["costly"]
    assert failed["costly"].startswith("extractor error: DocumentTooCostly: sentence 0 holds 400 reporting cues")
    assert set(tables["claims"]["doc_id"]) == {"fine"}
