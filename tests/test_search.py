"""Full-text search (etl/search.py, warehouse/search.sql): the right sentence with its claims and
events, stemmed and differently spelled queries, an index that follows loads and removals, and
what a search says when the warehouse is held by another program or is a DuckLake.

The articles are written for these tests; the warehouse is built with the loader, not Dagster."""
from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest

from etl import search as fts
from etl import warehouse as wh
from etl.core.batch import documents_frame, extract_frames, reject, validate_frames
from etl.core.documents import read_document
from etl.core.text import normalize

TALKS_ID, RAID_ID, PORT_ID = "101_talks", "102_raid", "103_port"
TALKS = (
    "مفاوضات في القاهرة\n"
    "قالت مصادر دبلوماسية إن الوفدين اتفقوا على استئناف المفاوضات في القاهرة الأسبوع المقبل.\n"
    "وعقد الوزراء اجتماعا مطولا في العاصمة.\n"
)
RAID = (
    "غارات على غزة\n"
    "وأكدت الحكومة الإسرائيلية أن الجيش قصف مواقع في غزة أمس.\n"
    "ونفى المتحدث باسم الحركة وجود مقاتلين في المنطقة.\n"
)
PORT = (
    "ميناء جديد\n"
    "أعلنت وزارة النقل افتتاح ميناء الصيادين بعد ترميمه.\n"
)


def _load(warehouse_path, seeds_dir, docs: dict[str, str]) -> None:
    """Extract and load `docs` (doc_id → text) into a DuckDB file or a DuckLake."""
    for doc_id, text in docs.items():
        (seeds_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    documents = documents_frame([read_document(seeds_dir / f"{d}.txt", seeds_dir) for d in docs])
    tables, failed = extract_frames(documents)
    v = validate_frames(reject(documents, failed), tables)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.load(con, v.documents, v.tables, "test-search")


def _search(warehouse_path, query: str, limit: int = 20):
    con, warning = fts.open_searchable(warehouse_path, wait_seconds=5)
    with con:
        return fts.search(con, query, limit).to_dicts(), warning


def _cli(capsys, *argv) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser()
    fts.add_arguments(parser)
    code = fts.main(parser.parse_args(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def built(warehouse_path, seeds_dir):
    _load(warehouse_path, seeds_dir, {TALKS_ID: TALKS, RAID_ID: RAID})
    return warehouse_path


# --- what a search returns -----------------------------------------------------------------------

def test_finds_the_sentence_with_its_claim_and_event(built):
    hits, warning = _search(built, "استئناف المفاوضات")

    assert warning is None
    top = hits[0]
    assert (top["doc_id"], top["sentence_idx"]) == (TALKS_ID, 1)
    assert top["sentence"].startswith("قالت مصادر دبلوماسية إن الوفدين اتفقوا")
    assert top["score"] > 0
    assert {"source": "مصادر دبلوماسية", "content": "إن الوفدين اتفقوا على استئناف المفاوضات في القاهرة "
            "الأسبوع المقبل"} in top["claims"]
    assert {"type": "AGREE", "trigger": "اتفقوا"} in top["events"]
    # the other sentences of the talks article mention neither word
    assert all(h["doc_id"] != RAID_ID for h in hits)


def test_a_sentence_without_claims_or_events_has_empty_lists(built):
    hits, _ = _search(built, "القاهرة")
    headline = [h for h in hits if (h["doc_id"], h["sentence_idx"]) == (TALKS_ID, 0)]
    assert headline and headline[0]["claims"] == [] and headline[0]["events"] == []


def test_stemmed_form_matches(built):
    """`المصادر` (with the article) finds `مصادر`, and `وفد` finds `الوفدين` (a light stemmer:
    prefixes and suffixes go, broken plurals stay: `مصدر` does not find `مصادر`)."""
    hits, _ = _search(built, "المصادر")
    assert [(h["doc_id"], h["sentence_idx"]) for h in hits] == [(TALKS_ID, 1)]
    assert (TALKS_ID, 1) in {(h["doc_id"], h["sentence_idx"]) for h in _search(built, "وفد")[0]}
    assert _search(built, "مصدر")[0] == []


@pytest.mark.parametrize("spelling", [
    "الحكومه الاسرائيليه",     # ta marbuta written as ha, bare alef
    "الحُكومةُ الإسرائيليّة",   # diacritics
    "الحكــومة الإسرائيلية",    # tatweel
    "الحكو\u200cمة",            # a zero-width non-joiner inside the word
])
def test_spellings_fold_like_the_extractor(built, spelling):
    hits, _ = _search(built, spelling)
    assert hits and (hits[0]["doc_id"], hits[0]["sentence_idx"]) == (RAID_ID, 1)


def test_sql_folding_is_the_extractors_normalisation_but_for_ta_marbuta(built):
    """The extractor folds ة → ه; search reads a word-final ه as ة (the stemmer strips ة only)."""
    samples = [TALKS, RAID, PORT, "الحُكومةُ\u200cالإسرائيليّة ـــ أعلنت ٢٠٢٤ مستشفى #حركة_الجهاد ۱۲ ؤ ئ ی ک",
               "كتابه به له وجه. هذه هي"]
    _search(built, "غزة")  # builds the index, which defines the macro
    with wh.connect(built, read_only=True, wait_seconds=5) as con:
        for text in samples:
            folded = con.execute("SELECT search_fold(?)", [text]).fetchone()[0]
            assert folded.replace("ة", "ه") == normalize(text).text
        assert con.execute("SELECT search_fold('الحكومه الإسرائيلية هذه')").fetchone()[0] == "الحكومة الاسراييلية هذة"


def test_feminine_and_ha_spellings_reach_the_same_stem(built):
    """`إسرائيل` finds `الإسرائيلية` (the stemmer strips the feminine ending), and `حكومة` and
    `الحكومه` find the same sentences."""
    assert (RAID_ID, 1) in {(h["doc_id"], h["sentence_idx"]) for h in _search(built, "إسرائيل")[0]}
    assert _search(built, "حكومة")[0] == _search(built, "الحكومه")[0] != []


def test_limit_and_no_match(built):
    assert len(_search(built, "في", limit=2)[0]) == 2
    assert _search(built, "طائرات")[0] == []


# --- an index that follows the warehouse ---------------------------------------------------------

def test_documents_loaded_after_a_search_are_found_by_the_next(built, seeds_dir):
    assert _search(built, "ميناء")[0] == []

    _load(built, seeds_dir, {PORT_ID: PORT})

    hits, warning = _search(built, "ميناء")
    assert warning is None
    assert {h["doc_id"] for h in hits} == {PORT_ID}


def test_a_retired_or_edited_document_leaves_the_results(built, seeds_dir):
    assert _search(built, "قصف")[0]
    with wh.connect(built, wait_seconds=5) as con:
        wh.retire(con, [RAID_ID])
    assert _search(built, "قصف")[0] == []

    _load(built, seeds_dir, {TALKS_ID: TALKS.replace("القاهرة", "الرباط")})
    assert _search(built, "القاهرة")[0] == []
    assert {h["doc_id"] for h in _search(built, "الرباط")[0]} == {TALKS_ID}


def test_an_unchanged_warehouse_is_not_reindexed(built):
    _search(built, "غزة")
    with wh.connect(built, read_only=True, wait_seconds=5) as con:
        built_at = con.execute("SELECT built_at FROM search_index_state").fetchone()[0]
        assert fts.index_state(con) == fts.IndexState(built=True, current=True)
    _search(built, "غزة")
    with wh.connect(built, read_only=True, wait_seconds=5) as con:
        assert con.execute("SELECT built_at FROM search_index_state").fetchone()[0] == built_at


def test_an_index_built_by_another_search_sql_is_rebuilt(built):
    _search(built, "غزة")
    with wh.connect(built, wait_seconds=5) as con:
        con.execute("UPDATE search_index_state SET build_sha = 'an older folding'")
        assert fts.index_state(con) == fts.IndexState(built=True, current=False)
    _search(built, "غزة")
    with wh.connect(built, read_only=True, wait_seconds=5) as con:
        assert fts.index_state(con).current


def test_rejected_and_duplicate_documents_are_not_indexed(built, seeds_dir):
    _load(built, seeds_dir, {"104_copy": RAID, "105_empty": ""})
    hits, _ = _search(built, "قصف")
    assert [h["doc_id"] for h in hits] == [RAID_ID]


# --- the command -----------------------------------------------------------------------------------

def test_command_prints_hits_with_claims_and_events(built, capsys):
    code, out, err = _cli(capsys, "المصادر", "--warehouse", str(built))
    assert code == 0, err
    assert f"{TALKS_ID}  sentence 1" in out
    assert "claim  مصادر دبلوماسية: إن الوفدين اتفقوا" in out
    assert "event  AGREE «اتفقوا»" in out


def test_command_csv_has_claims_and_events_as_json(built, capsys):
    code, out, _ = _cli(capsys, "استئناف", "--warehouse", str(built), "--csv", "--limit", "1")
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert (row["doc_id"], row["sentence_idx"]) == (TALKS_ID, "1") and float(row["score"]) > 0
    assert json.loads(row["claims"])[0]["source"] == "مصادر دبلوماسية"
    assert {"type": "AGREE", "trigger": "اتفقوا"} in json.loads(row["events"])


def test_command_without_a_warehouse(tmp_path, capsys):
    code, _, err = _cli(capsys, "غزة", "--warehouse", str(tmp_path / "none.duckdb"))
    assert code == 2 and "run `etl run` first" in err


def test_a_ducklake_is_searched_through_an_index_file_beside_its_catalog(tmp_path, seeds_dir, capsys):
    """DuckDB cannot keep an FTS index in a DuckLake: it lives in `<catalog>.search.duckdb`, built
    from the lake, and follows later loads the same way."""
    lake = wh.DuckLakeTarget(str(tmp_path / "lake" / "catalog.ducklake"), str(tmp_path / "lake" / "data") + "/")
    _load(lake, seeds_dir, {TALKS_ID: TALKS, RAID_ID: RAID})

    code, out, err = _cli(capsys, "المصادر", "--warehouse", f"ducklake:{lake.catalog}")

    assert code == 0, err
    assert f"{TALKS_ID}  sentence 1" in out and "claim  مصادر دبلوماسية: إن الوفدين" in out
    assert "event  AGREE «اتفقوا»" in out
    assert fts.index_file(lake) == tmp_path / "lake" / "catalog.ducklake.search.duckdb"
    assert fts.index_file(lake).exists()
    with wh.connect(lake, read_only=True, wait_seconds=5) as con:  # nothing was added to the lake
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'search%'").fetchone()[0] == 0

    _load(lake, seeds_dir, {PORT_ID: PORT})
    hits, warning = _search(lake, "ميناء")
    assert warning is None and {h["doc_id"] for h in hits} == {PORT_ID}


# --- the one-writer lock ---------------------------------------------------------------------------

def test_a_held_warehouse_is_named_and_nothing_is_built(built, lock_holder, capsys, monkeypatch):
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
    code, _, err = _cli(capsys, "غزة", "--warehouse", str(built))
    assert code == 3
    assert "in use by" in err and str(lock_holder.pid) in err


@contextmanager
def _reading(path):
    """Another process reading the warehouse: searching works, writing (rebuilding) does not."""
    code = ("import duckdb, time; c = duckdb.connect(%r, read_only=True); print('ready', flush=True); "
            "time.sleep(30)" % str(path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_no_index_and_no_write_access_says_what_is_needed(built, capsys, monkeypatch):
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
    with _reading(built):
        code, _, err = _cli(capsys, "غزة", "--warehouse", str(built))
    assert code == 3
    assert "no search index yet" in err and "write access" in err


def test_a_stale_index_is_searched_with_a_warning_while_it_cannot_be_rebuilt(built, seeds_dir, capsys,
                                                                             monkeypatch):
    _search(built, "غزة")
    _load(built, seeds_dir, {PORT_ID: PORT})
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
    with _reading(built):
        started = time.monotonic()
        code, out, err = _cli(capsys, "غزة", "--warehouse", str(built))
        assert time.monotonic() - started < 10
    assert code == 0
    assert "cannot be rebuilt now" in err and "may miss the newest documents" in err
    assert f"{RAID_ID}  sentence" in out
    # once the reader is gone, the next search rebuilds and finds the new document
    assert {h["doc_id"] for h in _search(built, "ميناء")[0]} == {PORT_ID}
