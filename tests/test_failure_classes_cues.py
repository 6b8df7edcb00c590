"""`etl.failure_classes`: a missed claim's cue counts as known when the extractor's cue matcher
finds it, inflected, with clitics or a pronoun suffix, not only when it is a lemma of the lexicon."""
from __future__ import annotations

import json

import duckdb
import pytest

from etl.failure_classes import _cue_known, diagnose
from test_failure_classes import SCORER


@pytest.mark.parametrize("cue", ["وأكدت", "تقول", "قاله", "يقولون", "وأشارت", "بحسب"])
def test_inflected_and_cliticised_forms_of_lexicon_cues_are_known(cue):
    assert _cue_known(cue)


@pytest.mark.parametrize("cue", ["همسوا", "تمتم", ""])
def test_words_the_lexicon_lacks_are_not_known(cue):
    assert not _cue_known(cue)


def test_a_missed_claim_whose_cue_is_an_inflected_form_is_no_lexicon_gap(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table sentences (doc_id text, sentence_idx int, text text)")
        con.execute("create table actors (actor_id text, name_ar text)")
        con.execute("create table claims (doc_id text, source_text text, content text, source_actor_id text)")
        con.execute("insert into sentences values ('d', 0, 'وتقول الجمعية إن المخابز مغلقة منذ أسبوع')")
    gold = {"doc_id": "d", "claims": [
        {"source": "الجمعية", "cue": "وتقول", "content": "المخابز مغلقة منذ أسبوع"},
        {"source": "الباعة", "cue": "همسوا", "content": "الأسعار سترتفع"}]}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text(SCORER, encoding="utf-8")
    with duckdb.connect(str(warehouse)) as con:  # the other tables diagnose reads, empty
        con.execute("create table events (doc_id text, sentence_idx int, event_type text, "
                    "source_actor_id text, target_actor_id text)")
        con.execute("create table actor_mentions (doc_id text, actor_id text, surface text)")
    assert diagnose(warehouse, gold_path, scorer)["claims"] == {
        "nothing extracted, cue in the lexicon, 1-3 words between": 1,
        "nothing extracted, cue not in the lexicon": 1}
