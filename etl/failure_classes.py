"""Why gold items were missed, as counts per failure class: what `evaluate_dev --diagnose` prints
for each part of the dev set. Only counts, never rows or strings, so that a held-out part can be
diagnosed and still stay unread.

Matching is the scorer's own (`norm`, `name_key`, `overlap`, `content_match`, `match` of
`score_gold.py`, loaded from the path given), read through the warehouse contract.
"""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import duckdb

from etl.core.claims import cue_matcher
from etl.core.events import trigger_matcher
from etl.core.matching import tokenize
from etl.core.text import normalize


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_gold", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _trigger_types(sentence: str) -> set[str]:
    """The event types whose triggers the lexicon finds in a sentence, before any context test."""
    out = set()
    for m in trigger_matcher().find_all(tokenize(normalize(sentence))):
        event_type = getattr(m.value, "event_type", None)
        if event_type:
            out.add(event_type)
    return out


def _paired_events(con: duckdb.DuckDBPyConnection, g: dict, sg: ModuleType) -> tuple[list[dict], list[dict], list]:
    """A document's extracted events, its gold events, and the scorer's one-to-one pairs of them
    (same type, the gold evidence inside the event's sentence)."""
    events = _rows(con, """select e.event_type, e.sentence_idx, s.text as sentence,
                                  e.source_actor_id as src_id, e.target_actor_id as tgt_id,
                                  sa.name_ar as src, ta.name_ar as tgt
                           from events e join sentences s using (doc_id, sentence_idx)
                           left join actors sa on sa.actor_id = e.source_actor_id
                           left join actors ta on ta.actor_id = e.target_actor_id where e.doc_id = ?""", [g["doc_id"]])
    gold_events = g.get("events", [])
    pairs = sg.match(events, gold_events, lambda e, ge: e["event_type"] == ge["type"]
                     and sg.norm(ge["evidence"]) in sg.norm(e["sentence"]))
    return events, gold_events, pairs


def _gold_events_with_sentences(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType):
    """Each gold event with whether the scorer paired it, the first sentence holding its evidence
    (None: none does) and the event types extracted in that sentence."""
    for g in gold:
        sentences = _rows(con, "select sentence_idx, text from sentences where doc_id = ?", [g["doc_id"]])
        events, gold_events, pairs = _paired_events(con, g, sg)
        matched = {gi for _, gi in pairs}
        for gi, ge in enumerate(gold_events):
            sentence = next((s for s in sentences if sg.norm(ge["evidence"]) in sg.norm(s["text"])), None)
            emitted = set() if sentence is None else \
                {e["event_type"] for e in events if e["sentence_idx"] == sentence["sentence_idx"]}
            yield ge, gi in matched, sentence, emitted


def event_misses(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """Each gold event: matched, or why not — the type is in the sentence but already paired with
    another gold event, the lexicon finds a trigger of the type but the rules dropped it, another
    type was emitted instead, only other types' triggers are there, or no trigger at all."""
    out = Counter()
    for ge, matched, sentence, emitted in _gold_events_with_sentences(con, gold, sg):
        if matched:
            out["matched"] += 1
            continue
        if sentence is None:
            out["evidence in no sentence"] += 1
            continue
        triggers = _trigger_types(sentence["text"])
        if ge["type"] in emitted:
            out["type emitted once for several gold events"] += 1
        elif ge["type"] in triggers:
            out["trigger of the type found, dropped by the rules"] += 1
        elif emitted:
            out["no trigger of the type, another type emitted"] += 1
        elif triggers:
            out["only other types' triggers, none emitted"] += 1
        else:
            out["no trigger in the sentence"] += 1
    return out


def type_confusions(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """For each missed gold event whose sentence got events of other types only: the gold type and
    the types emitted there (`ASSAULT → COERCE`), the pairs to study for the type rules."""
    out = Counter()
    for ge, matched, sentence, emitted in _gold_events_with_sentences(con, gold, sg):
        if not matched and emitted and ge["type"] not in emitted:
            out[f"{ge['type']} → {'/'.join(sorted(emitted))}"] += 1
    return out


def events_missed_by_type(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """The gold events the scorer paired with no extracted event, by PLOVER type: which types'
    recall to work on, read beside `events extra by type`."""
    return Counter(ge["type"] for ge, matched, _, _ in _gold_events_with_sentences(con, gold, sg) if not matched)


def events_extra_by_type(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """The extracted events the scorer paired with no gold event, by type: which types' precision
    to work on."""
    out = Counter()
    for g in gold:
        events, _, pairs = _paired_events(con, g, sg)
        paired = {pi for pi, _ in pairs}
        out.update(e["event_type"] for pi, e in enumerate(events) if pi not in paired)
    return out


def role_failures(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """For each matched event and each role the gold fills: right, another spelling of the right
    actor, the wrong actor or none while the gold actor is one of the document's actors, or the
    gold actor never found in the document."""
    out = Counter()
    for g in gold:
        doc = g["doc_id"]
        keys: dict[str, set[str]] = {}
        for m in _rows(con, """select m.actor_id, m.surface, a.name_ar from actor_mentions m
                               join actors a using (actor_id) where m.doc_id = ?""", [doc]):
            keys.setdefault(m["actor_id"], set()).update({sg.name_key(m["surface"]), sg.name_key(m["name_ar"])})
        gold_keys = {}
        for ga in g.get("actors", []):
            names = [ga["name"], *ga.get("aliases", [])]
            for n in names:
                gold_keys[sg.name_key(n)] = {sg.name_key(x) for x in names}
        events, gold_events, pairs = _paired_events(con, g, sg)
        for pi, gi in pairs:
            e, ge = events[pi], gold_events[gi]
            for side, col in (("source", "src"), ("target", "tgt")):
                if not ge.get(side):
                    continue
                wanted = sg.name_key(ge[side])
                got = e[col]
                if got and (wanted in sg.name_key(got) or sg.name_key(got) in wanted):
                    kind = "right"
                elif got and keys.get(e[col + "_id"], set()) & gold_keys.get(wanted, {wanted}):
                    kind = "right actor, other spelling"
                elif any(v & gold_keys.get(wanted, {wanted}) for v in keys.values()):
                    kind = "wrong actor, gold actor in document" if got else "none, gold actor in document"
                else:
                    kind = "gold actor not found in document"
                out[f"{side}: {kind}"] += 1
    return out


def _cue_known(cue: str) -> bool:
    """Whether the extractor's cue matcher finds a reporting cue in a gold claim's cue as written:
    with its proclitics, pronoun suffixes and the inflected forms of the lexicon's paradigms
    (`وأكدت`, `تقول`, `قاله`), not only the lexicon's lemma column."""
    return bool(cue_matcher().find_all(tokenize(normalize(cue))))


def claim_misses(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """Each gold claim: matched, or the content found with another source, or nothing extracted
    (its cue one the extractor's cue matcher finds, punctuation, or a word the lexicon lacks)."""
    out = Counter()
    for g in gold:
        claims = _rows(con, """select c.source_text, c.content, a.name_ar from claims c
                               left join actors a on a.actor_id = c.source_actor_id where c.doc_id = ?""", [g["doc_id"]])
        gold_claims = g.get("claims", [])
        sentences = [r["text"] for r in _rows(con, "select text from sentences where doc_id = ?", [g["doc_id"]])]

        def source_ok(c, gc):
            return sg.overlap(c["source_text"], gc["source"]) or sg.name_key(gc["source"]) == sg.name_key(c["name_ar"])
        pairs = sg.match(claims, gold_claims, lambda c, gc: sg.content_match(c["content"], gc["content"]) and source_ok(c, gc))
        matched, used = {gi for _, gi in pairs}, {pi for pi, _ in pairs}
        free = [c for pi, c in enumerate(claims) if pi not in used]
        for gi, gc in enumerate(gold_claims):
            if gi in matched:
                out["matched"] += 1
            elif any(sg.content_match(c["content"], gc["content"]) for c in free):
                out["content found, source wrong"] += 1
            elif any(source_ok(c, gc) for c in free):
                out["source found with other content, this content missed"] += 1
            else:
                cue = sg.norm(gc.get("cue") or "")
                words = cue.split()
                if words and _cue_known(gc["cue"]):
                    where = _cue_and_content(cue, gc["content"], sentences, sg)
                    out[f"nothing extracted, cue in the lexicon, {where}"] += 1
                elif not words:
                    out["nothing extracted, punctuation or no cue"] += 1
                else:
                    out["nothing extracted, cue not in the lexicon"] += 1
    return out


def _cue_and_content(cue: str, content: str, sentences: list[str], sg: ModuleType) -> str:
    """Where a missed claim's cue stands against its content's opening words: in which order, and
    how many words apart (a speaker, a channel or an adjunct between them), or in other sentences."""
    head, cue = sg.norm(content).split()[:3], sg.norm(cue)
    for sentence in sentences:
        words = sg.norm(sentence).split()
        at = next((k for k in range(len(words)) if words[k:k + len(head)] == head), None)
        cue_at = next((k for k, w in enumerate(words) if w == cue.split()[0] or w[1:] == cue.split()[0]), None)
        if at is None or cue_at is None:
            continue
        if cue_at > at:
            return "cue after the content"
        gap = at - cue_at - len(cue.split())
        gap -= bool(gap > 0 and words[at - 1] in ("ان", "بان", "لان"))
        return "content right after the cue" if gap <= 0 else "1-3 words between" if gap <= 3 else "4+ words between"
    return "cue and content not in one sentence"


def actor_misses(con: duckdb.DuckDBPyConnection, gold: list[dict], sg: ModuleType) -> Counter:
    """Gold actors not found, by gold type and by whether a mention shares part of the name."""
    out = Counter()
    for g in gold:
        keys = set()
        for m in _rows(con, """select m.surface, a.name_ar from actor_mentions m join actors a using (actor_id)
                               where m.doc_id = ?""", [g["doc_id"]]):
            keys |= {sg.name_key(m["surface"]), sg.name_key(m["name_ar"])}
        for ga in g.get("actors", []):
            names = {sg.name_key(n) for n in [ga["name"], *ga.get("aliases", [])]}
            if keys & names:
                continue
            partly = any(k and n and (k in n or n in k) for k in keys for n in names)
            out[f"{ga['type']}: {'part of the name found' if partly else 'not found'}"] += 1
    return out


DIAGNOSES = {"events": event_misses, "event types confused": type_confusions,
             "events missed by type": events_missed_by_type, "events extra by type": events_extra_by_type,
             "event roles": role_failures, "claims": claim_misses, "actors missed": actor_misses}


def diagnose(warehouse: Path, gold: Path, scorer: Path) -> dict[str, Counter]:
    sg, rows = load_scorer(scorer), read_gold(gold)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {name: fn(con, rows, sg) for name, fn in DIAGNOSES.items()}


def report(diagnoses: dict[str, Counter]) -> str:
    lines = []
    for name, counts in diagnoses.items():
        lines.append(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return "\n".join(lines)
