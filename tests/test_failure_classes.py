"""`etl.failure_classes`: why gold items were missed, as counts that never show a gold string."""
from __future__ import annotations

import json
import textwrap

import duckdb
import pytest

from etl.failure_classes import _cue_and_content, diagnose, load_scorer, report

# A scorer with the real one's matching interface (normalisation reduced to spaces).
SCORER = textwrap.dedent("""
    def norm(s):
        return " ".join((s or "").split())
    def name_key(s):
        return norm(s)
    def overlap(a, b):
        a, b = norm(a), norm(b)
        return bool(a and b and (a in b or b in a))
    def content_match(extracted, gold):
        return norm(extracted).startswith(norm(gold))
    def match(preds, golds, ok):
        pairs, used = [], set()
        for gi, g in enumerate(golds):
            for pi, p in enumerate(preds):
                if pi not in used and ok(p, g):
                    pairs.append((pi, gi)); used.add(pi); break
        return pairs
""")

ACCUSING = "اتهمت مصر الأردن بالتقصير واتهمته بالتحريض"
REFUSING = "رفضت مصر العرض"
PLAIN = "كان الجو باردا في المدينة"


@pytest.fixture
def dev(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table sentences (doc_id text, sentence_idx int, text text)")
        con.execute("create table events (doc_id text, sentence_idx int, event_type text, "
                    "source_actor_id text, target_actor_id text)")
        con.execute("create table actors (actor_id text, name_ar text)")
        con.execute("create table actor_mentions (doc_id text, actor_id text, surface text)")
        con.execute("create table claims (doc_id text, source_text text, content text, source_actor_id text)")
        con.executemany("insert into sentences values ('d', ?, ?)", [(0, ACCUSING), (1, REFUSING), (2, PLAIN)])
        # one ACCUSE emitted with the roles reversed; the refusal's trigger was dropped
        con.execute("insert into events values ('d', 0, 'ACCUSE', 'jor', 'egy')")
        con.executemany("insert into actors values (?, ?)", [("egy", "مصر"), ("jor", "الأردن")])
        con.executemany("insert into actor_mentions values ('d', ?, ?)", [("egy", "مصر"), ("jor", "الأردن")])
        con.execute("insert into claims values ('d', 'الأردن', 'المعابر مغلقة', 'jor')")
    gold = {"doc_id": "d",
            "actors": [{"name": "مصر", "type": "state"}, {"name": "الأردن", "type": "state"},
                       {"name": "منظمة الأمل الخيالية", "type": "organization"}],
            "events": [{"type": "ACCUSE", "evidence": "اتهمت مصر الأردن", "source": "مصر", "target": "الأردن"},
                       {"type": "ACCUSE", "evidence": "واتهمته بالتحريض", "source": "مصر"},
                       {"type": "REJECT", "evidence": "رفضت مصر العرض"},
                       {"type": "SUPPORT", "evidence": "الجو باردا"},
                       {"type": "COERCE", "evidence": "بالتقصير"}],
            "claims": [{"source": "مصر", "cue": "قالت", "content": "المعابر مغلقة"},
                       {"source": "السكان", "cue": "همسوا", "content": "البرد قارس"}]}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    scorer = tmp_path / "score.py"
    scorer.write_text(SCORER, encoding="utf-8")
    return warehouse, gold_path, scorer


def test_each_missed_event_gets_the_reason_it_was_missed(dev):
    events = diagnose(*dev)["events"]
    assert events == {"matched": 1, "type emitted once for several gold events": 1,
                      "trigger of the type found, dropped by the rules": 1, "no trigger in the sentence": 1,
                      "no trigger of the type, another type emitted": 1}


def test_a_missed_event_of_another_type_tells_which_type_was_emitted(dev):
    assert diagnose(*dev)["event types confused"] == {"COERCE → ACCUSE": 1}


def test_missed_and_extra_events_are_counted_by_type(dev):
    diagnoses = diagnose(*dev)
    assert diagnoses["events missed by type"] == {"ACCUSE": 1, "REJECT": 1, "SUPPORT": 1, "COERCE": 1}
    assert diagnoses["events extra by type"] == {}


def test_an_event_no_gold_event_pairs_with_is_extra_of_its_type(dev):
    warehouse, gold, scorer = dev
    with duckdb.connect(str(warehouse)) as con:
        con.execute("insert into events values ('d', 2, 'PROTEST', null, null)")
    assert diagnose(warehouse, gold, scorer)["events extra by type"] == {"PROTEST": 1}


def test_roles_of_a_matched_event_tell_a_wrong_actor_from_an_actor_never_found(dev):
    roles = diagnose(*dev)["event roles"]
    assert roles == {"source: wrong actor, gold actor in document": 1,
                     "target: wrong actor, gold actor in document": 1}


def test_claims_tell_a_wrong_source_from_a_cue_the_lexicon_lacks(dev):
    assert diagnose(*dev)["claims"] == {"content found, source wrong": 1,
                                        "nothing extracted, cue not in the lexicon": 1}


def test_missed_actors_are_counted_by_type(dev):
    assert diagnose(*dev)["actors missed"] == {"organization: not found": 1}


def test_the_report_holds_counts_and_no_gold_string(dev):
    printed = report(diagnose(*dev))
    assert "events: matched 1" in printed
    for secret in ("مصر", "الأردن", "المعابر", "البرد", "همسوا", "الأمل"):
        assert secret not in printed


def test_a_missed_claim_with_a_known_cue_is_placed_by_where_its_content_stands(dev):
    scorer = load_scorer(dev[2])
    sentences = ["وقال الوزير في مؤتمر صحفي عقده في العاصمة إن الحدود مغلقة", "الطريق مفتوح قال المحافظ",
                 "وقال الناطق إن الميناء يعمل"]
    place = lambda cue, content: _cue_and_content(cue, content, sentences, scorer)
    assert place("وقال", "الحدود مغلقة") == "4+ words between"
    assert place("قال", "الطريق مفتوح") == "cue after the content"
    assert place("وقال", "الميناء يعمل") == "1-3 words between"
    assert place("قال", "السفن راسية") == "cue and content not in one sentence"
