"""The DuckDB warehouse loader (etl/warehouse.py): atomic per-document replacement, reruns,
retirement, duplicates, views, the offsets contract and lock handling."""
from __future__ import annotations

import datetime as dt
import shutil
import time

import duckdb
import polars as pl
import pytest

from etl import warehouse as wh
from etl.core.batch import documents_frame, extract_frames, reject, validate_frames
from etl.core.documents import read_document

V1 = "test-v1"
T0 = dt.datetime(2026, 1, 1, 12, 0)
T1 = dt.datetime(2026, 1, 2, 12, 0)


def _frames(seeds_dir, names=None):
    paths = sorted(seeds_dir.glob("*.txt")) if names is None else [seeds_dir / f"{n}.txt" for n in names]
    documents = documents_frame([read_document(p, seeds_dir) for p in paths])
    tables, failed = extract_frames(documents)
    v = validate_frames(reject(documents, failed), tables)
    return v.documents, v.tables


def _load(warehouse_path, seeds_dir, names=None, version=V1, now=T0):
    documents, tables = _frames(seeds_dir, names)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        return wh.load(con, documents, tables, version, now=now)


def _q(warehouse_path, sql, params=None):
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture
def two_docs(seeds_dir, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    return [kit.SEED_ID, kit.SHORT_ID]


# --- loading -----------------------------------------------------------------------------------

def test_load_fills_every_table(warehouse_path, seeds_dir, two_docs, kit):
    result = _load(warehouse_path, seeds_dir)

    assert result == {"loaded": 2, "unchanged": 0}
    assert _q(warehouse_path, "SELECT doc_id, status, ingested_at, extractor_version FROM documents ORDER BY 1") == [
        (kit.SEED_ID, "ok", T0, V1), (kit.SHORT_ID, "ok", T0, V1)]
    for table in ("actors", *kit.DOC_TABLES):
        assert _q(warehouse_path, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        counts = wh.summary(con)
    assert counts["documents"] == 2 and counts["rejected"] == 0
    assert counts["events"] == _q(warehouse_path, "SELECT count(*) FROM events")[0][0] > 0


def test_offsets_read_back_from_the_text_in_duckdb(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)

    for table, start, end, surface in kit.SPANS:
        total, bad = _q(warehouse_path, f"""
            SELECT count(*), count(*) FILTER (WHERE substr(d.text, t.{start} + 1, t.{end} - t.{start}) IS DISTINCT
                                                   FROM t.{surface})
            FROM {table} t JOIN documents d USING (doc_id)""")[0]
        assert total > 0, table
        assert bad == 0, f"{table}.{surface}: {bad} of {total} spans do not read back"
        # and every row has its document
        assert _q(warehouse_path, f"SELECT count(*) FROM {table} WHERE doc_id NOT IN "
                                  "(SELECT doc_id FROM documents)")[0][0] == 0


def test_text_is_the_decoded_original(warehouse_path, seeds_dir, kit):
    raw = "\ufeffقال الوزير إن المحادثاتُ ستستأنف ــ غداً.\r\nوأكدت مصادر مطلعة ذلك.\r"
    (seeds_dir / "005_crlf.txt").write_bytes(raw.encode("utf-8"))
    _load(warehouse_path, seeds_dir, ["005_crlf"])

    text, n = _q(warehouse_path, "SELECT text, n_chars FROM documents")[0]
    assert text == "قال الوزير إن المحادثاتُ ستستأنف ــ غداً.\nوأكدت مصادر مطلعة ذلك.\n"
    assert n == len(text)


def test_rerun_of_unchanged_documents_changes_nothing(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)
    before = kit.snapshot(warehouse_path)

    result = _load(warehouse_path, seeds_dir, now=T1)

    assert result == {"loaded": 0, "unchanged": 2}
    assert kit.snapshot(warehouse_path) == before


def test_new_extractor_version_reloads_with_the_same_ids(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)
    before = kit.snapshot(warehouse_path)

    result = _load(warehouse_path, seeds_dir, version="test-v2", now=T1)

    after = kit.snapshot(warehouse_path)
    assert result == {"loaded": 2, "unchanged": 0}
    assert _q(warehouse_path, "SELECT DISTINCT ingested_at, extractor_version FROM documents") == [(T1, "test-v2")]
    for table in ("actors", *kit.DOC_TABLES):
        assert after[table] == before[table], table


# --- the shared actor rows ---------------------------------------------------------------------------

def _read_again(documents, tables, actor: dict, changes: dict[str, dict]):
    """The frames, with the documents in `changes` reading `actor` again with other values."""
    extra = pl.DataFrame([{**actor, "doc_id": doc_id, **values} for doc_id, values in changes.items()],
                         schema=tables["actors"].schema)
    kept = tables["actors"].filter(~((pl.col("actor_id") == actor["actor_id"]) & pl.col("doc_id").is_in(list(changes))))
    return documents, {**tables, "actors": pl.concat([kept, extra])}


def _a_pattern_actor(tables, doc_id) -> dict:
    """A rule-found actor of the document, with no country (so that a reading can add one)."""
    return tables["actors"].filter((pl.col("doc_id") == doc_id) & (pl.col("origin") == "pattern")
                                   & pl.col("country_iso3").is_null()).row(0, named=True)


def _load_one_by_one(warehouse_path, documents, tables, order):
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        for doc_id in order:
            wh.load(con, documents.filter(pl.col("doc_id") == doc_id), tables, V1, now=T0)
    return _q(warehouse_path, "SELECT * FROM actors ORDER BY actor_id")


def test_an_actor_row_is_what_most_documents_read_in_any_load_order(tmp_path, seeds_dir, two_docs, kit):
    (seeds_dir / f"{kit.THIRD_ID}.txt").write_text(kit.THIRD_TEXT, encoding="utf-8")
    documents, tables = _frames(seeds_dir)
    actor = _a_pattern_actor(tables, kit.SEED_ID)
    # the short document reads the actor as an anonymous source with a country; two read it as the seed does
    documents, tables = _read_again(documents, tables, actor, {
        kit.SHORT_ID: {"actor_type": "anonymous_source", "country_iso3": "SYR"}, kit.THIRD_ID: {}})

    forward = _load_one_by_one(tmp_path / "a.duckdb", documents, tables, [kit.SEED_ID, kit.SHORT_ID, kit.THIRD_ID])
    backward = _load_one_by_one(tmp_path / "b.duckdb", documents, tables, [kit.SHORT_ID, kit.THIRD_ID, kit.SEED_ID])

    assert forward == backward
    row = _q(tmp_path / "a.duckdb", "SELECT actor_type, country_iso3 FROM actors WHERE actor_id = ?", [actor["actor_id"]])
    assert row == [(actor["actor_type"], None)]


def test_between_two_readings_the_fuller_one_is_the_actor_row_in_any_load_order(tmp_path, seeds_dir, two_docs, kit):
    documents, tables = _frames(seeds_dir)
    actor = _a_pattern_actor(tables, kit.SEED_ID)
    documents, tables = _read_again(documents, tables, actor, {kit.SHORT_ID: {"country_iso3": "SYR"}})

    forward = _load_one_by_one(tmp_path / "a.duckdb", documents, tables, [kit.SEED_ID, kit.SHORT_ID])
    backward = _load_one_by_one(tmp_path / "b.duckdb", documents, tables, [kit.SHORT_ID, kit.SEED_ID])

    assert forward == backward
    assert _q(tmp_path / "a.duckdb", "SELECT country_iso3 FROM actors WHERE actor_id = ?", [actor["actor_id"]]) == [("SYR",)]


def test_extracting_again_with_new_rules_renews_the_actor_rows(warehouse_path, seeds_dir, two_docs, kit):
    """What `etl run --force` or a new extractor version does: the rows follow the new readings,
    as in a warehouse loaded afresh."""
    documents, tables = _frames(seeds_dir)
    actor = _a_pattern_actor(tables, kit.SEED_ID)
    with wh.connect(warehouse_path, wait_seconds=5) as con:  # the old rules read it otherwise
        wh.load(con, *_read_again(documents, tables, actor, {kit.SEED_ID: {"actor_type": "other", "sector": "CVL"}}),
                V1, now=T0)
        wh.load(con, documents, tables, "test-v2", now=T1)
    fresh = _load_one_by_one(warehouse_path.parent / "fresh.duckdb", documents, tables, [kit.SEED_ID, kit.SHORT_ID])

    assert _q(warehouse_path, "SELECT * FROM actors ORDER BY actor_id") == fresh
    assert _q(warehouse_path, "SELECT actor_type, sector FROM actors WHERE actor_id = ?", [actor["actor_id"]]) == [
        (actor["actor_type"], actor["sector"])]


def test_changed_document_replaces_its_rows_only(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)
    seed_before = kit.snapshot(warehouse_path, kit.SEED_ID)

    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text("اجتماع في عمّان\nاتفق الوفدان على هدنة.\n", encoding="utf-8")
    result = _load(warehouse_path, seeds_dir, now=T1)

    assert result == {"loaded": 1, "unchanged": 1}
    assert kit.snapshot(warehouse_path, kit.SEED_ID) == seed_before
    assert _q(warehouse_path, "SELECT text FROM sentences WHERE doc_id = ? ORDER BY sentence_idx", [kit.SHORT_ID]) == [
        ("اجتماع في عمّان",), ("اتفق الوفدان على هدنة.",)]
    assert _q(warehouse_path, "SELECT count(*) FROM claims WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 0


def test_failed_load_leaves_the_warehouse_unchanged(warehouse_path, seeds_dir, two_docs, kit, monkeypatch):
    _load(warehouse_path, seeds_dir, [kit.SEED_ID])
    before = kit.snapshot(warehouse_path)

    # the seed changes and a new document arrives; the load dies half-way through the chunk
    (seeds_dir / kit.SEED.name).write_text(kit.SEED.read_text(encoding="utf-8") + "\nسطر إضافي.\n",
                                           encoding="utf-8")
    documents, tables = _frames(seeds_dir)
    real = wh._settle_actors

    def boom(con):
        raise RuntimeError("disk full")

    monkeypatch.setattr(wh, "_settle_actors", boom)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(RuntimeError, match="disk full"):
            wh.load(con, documents, tables, V1, now=T1)
        # the connection is usable afterwards: no transaction left open
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1

    assert kit.snapshot(warehouse_path) == before

    monkeypatch.setattr(wh, "_settle_actors", real)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        assert wh.load(con, documents, tables, V1, now=T1) == {"loaded": 2, "unchanged": 0}


FULL_DISK = ('TransactionContext Error: Failed to commit: Could not write file "/data/warehouse.duckdb.wal": '
             "No space left on device")


class _DiskFullAtCommit:
    """A connection whose storage refuses the COMMIT as DuckDB does on a full disk: the transaction
    is ended (undone) and the OS error raised — so a later ROLLBACK finds no transaction."""

    def __init__(self, con, message=FULL_DISK):
        self._con, self._message = con, message

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            self._con.execute("ROLLBACK")
            raise duckdb.TransactionException(self._message)
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_full_disk_is_reported_as_the_cause_and_the_warehouse_is_unchanged(warehouse_path, seeds_dir, two_docs,
                                                                          kit):
    _load(warehouse_path, seeds_dir, [kit.SEED_ID])
    before = kit.snapshot(warehouse_path)
    documents, tables = _frames(seeds_dir)

    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(wh.WarehouseWriteFailed) as info:
            wh.load(_DiskFullAtCommit(con), documents, tables, "test-v2", now=T1)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1  # still usable

    message = str(info.value)
    assert message.startswith("No space left on device")
    assert "/data/warehouse.duckdb.wal" in message and "rerun `etl run`" in message
    assert "no transaction is active" not in message
    assert kit.snapshot(warehouse_path) == before


@pytest.mark.parametrize("duckdb_says, cause", [
    ('Failed to commit: Could not write all bytes to file "/data/warehouse.duckdb.wal": wanted=4096 wrote=512',
     "No space left on device (the storage took 512 of 4096 bytes of a write)"),
    ("FATAL Error: Failed to flush the write-ahead log: No space left on device", "No space left on device"),
    ('Failed to commit: Could not write file "/data/warehouse.duckdb.wal": Disk quota exceeded',
     "Disk quota exceeded"),
])
def test_other_forms_of_a_full_disk_are_reported_as_the_cause(warehouse_path, seeds_dir, kit, duckdb_says, cause):
    _load(warehouse_path, seeds_dir)
    before = kit.snapshot(warehouse_path)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(wh.WarehouseWriteFailed) as info:
            wh.retire(_DiskFullAtCommit(con, duckdb_says), [kit.SEED_ID])
    assert str(info.value).startswith(cause + ": the warehouse file")
    assert kit.snapshot(warehouse_path) == before


def test_full_disk_while_retiring_is_reported_as_the_cause(warehouse_path, seeds_dir, kit):
    _load(warehouse_path, seeds_dir)
    before = kit.snapshot(warehouse_path)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(wh.WarehouseWriteFailed, match="^No space left on device"):
            wh.retire(_DiskFullAtCommit(con), [kit.SEED_ID])
    assert kit.snapshot(warehouse_path) == before


def test_failed_chunk_keeps_earlier_chunks(warehouse_path, seeds_dir, two_docs, kit, monkeypatch):
    """One transaction per chunk: a failure in the second chunk keeps the first chunk's documents
    and leaves the second chunk's documents as they were."""
    monkeypatch.setattr(wh, "LOAD_CHUNK", 1)
    documents, tables = _frames(seeds_dir)
    real, calls = wh._settle_actors, []

    def second_fails(con):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("killed")
        real(con)

    monkeypatch.setattr(wh, "_settle_actors", second_fails)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(RuntimeError):
            wh.load(con, documents, tables, V1, now=T0)

    assert _q(warehouse_path, "SELECT doc_id FROM documents") == [(kit.SEED_ID,)]
    assert {r[0] for r in _q(warehouse_path, "SELECT DISTINCT doc_id FROM sentences")} == {kit.SEED_ID}


def test_a_load_in_several_transactions_ends_with_every_row_in_the_file(warehouse_path, seeds_dir, two_docs, kit,
                                                                        monkeypatch):
    """The load's commits go to the write-ahead log and the file is written once at the end: then
    the file alone holds the rows (a copy of it is a whole backup), and DuckDB's checkpoint setting
    is what it was, for whatever the connection does next."""
    monkeypatch.setattr(wh, "LOAD_CHUNK", 1)
    documents, tables = _frames(seeds_dir)
    log = warehouse_path.with_name(warehouse_path.name + ".wal")
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        setting = "SELECT current_setting('checkpoint_threshold')"
        before = con.execute(setting).fetchone()
        wh.load(con, documents, tables, V1, now=T0)
        assert con.execute(setting).fetchone() == before
        assert not log.exists() or log.stat().st_size == 0
        copy = warehouse_path.with_name("copy.duckdb")
        shutil.copyfile(warehouse_path, copy)
    assert _q(copy, "SELECT count(*) FROM documents") == [(2,)]


def test_rejected_documents_are_loaded_with_their_reason(warehouse_path, seeds_dir, kit):
    (seeds_dir / "006_empty.txt").write_bytes(b"")
    (seeds_dir / "007_pdf.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    _load(warehouse_path, seeds_dir)

    rows = dict(_q(warehouse_path, "SELECT doc_id, reject_reason FROM v_rejected_documents"))
    assert rows["006_empty"] == "empty file"
    assert rows["007_pdf"].startswith("binary data")
    assert _q(warehouse_path, "SELECT doc_id FROM v_documents") == [(kit.SEED_ID,)]


# --- retire ------------------------------------------------------------------------------------

def test_retire_removes_a_document_everywhere_and_its_orphan_actors(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)
    short_before = kit.snapshot(warehouse_path, kit.SHORT_ID)
    seed_actors = {r[0] for r in _q(warehouse_path, "SELECT actor_id FROM actor_mentions WHERE doc_id = ?",
                                    [kit.SEED_ID])}

    with wh.connect(warehouse_path, wait_seconds=5) as con:
        assert wh.retire(con, [kit.SEED_ID]) == 1

    for table in ("documents", *kit.DOC_TABLES):
        assert _q(warehouse_path, f"SELECT count(*) FROM {table} WHERE doc_id = ?", [kit.SEED_ID])[0][0] == 0, table
    assert kit.snapshot(warehouse_path, kit.SHORT_ID) == short_before
    actors = {r[0] for r in _q(warehouse_path, "SELECT actor_id FROM actors")}
    used = {r[0] for r in _q(warehouse_path, """
        SELECT actor_id FROM actor_mentions UNION SELECT source_actor_id FROM events
        UNION SELECT target_actor_id FROM events UNION SELECT source_actor_id FROM claims
        UNION SELECT channel_actor_id FROM claims""") if r[0] is not None}
    assert actors == used
    assert seed_actors - used and not (seed_actors - used) & actors  # the seed's own actors are gone


def test_retire_unknown_or_no_documents_changes_nothing(warehouse_path, seeds_dir, kit):
    _load(warehouse_path, seeds_dir)
    before = kit.snapshot(warehouse_path)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        assert wh.retire(con, []) == 0
        assert wh.retire(con, ["no_such_doc"]) == 0
    assert kit.snapshot(warehouse_path) == before


# --- duplicates and views ----------------------------------------------------------------------

def test_duplicate_content_is_marked_and_left_out_of_the_views(warehouse_path, seeds_dir, kit):
    shutil.copy(kit.SEED, seeds_dir / "zz_copy.txt")
    _load(warehouse_path, seeds_dir)

    assert dict(_q(warehouse_path, "SELECT doc_id, duplicate_of FROM documents")) == {
        kit.SEED_ID: None, "zz_copy": kit.SEED_ID}
    assert _q(warehouse_path, "SELECT doc_id FROM v_documents") == [(kit.SEED_ID,)]
    for view in ("v_claims", "v_events", "v_date_mentions"):
        assert {r[0] for r in _q(warehouse_path, f"SELECT DISTINCT doc_id FROM {view}")} == {kit.SEED_ID}, view
    # per-actor activity is not double-counted
    mentions = _q(warehouse_path, "SELECT sum(mentions), max(documents) FROM v_actor_activity")[0]
    assert mentions == (_q(warehouse_path, "SELECT count(*) FROM actor_mentions WHERE doc_id = ?",
                           [kit.SEED_ID])[0][0], 1)

    # when the original goes, the copy takes its place
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.retire(con, [kit.SEED_ID])
    assert _q(warehouse_path, "SELECT doc_id, duplicate_of FROM documents") == [("zz_copy", None)]
    assert _q(warehouse_path, "SELECT doc_id FROM v_documents") == [("zz_copy",)]


def test_views_return_readable_rows(warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)

    claims = _q(warehouse_path, "SELECT doc_id, doc_title, cue, content FROM v_claims WHERE doc_id = ?",
                [kit.SHORT_ID])
    assert claims and {c[1] for c in claims} == {"محادثات جديدة في دمشق"}  # the headline is the title
    events = _q(warehouse_path, "SELECT event_type, trigger, sentence FROM v_events WHERE doc_id = ?", [kit.SHORT_ID])
    assert events
    assert all(e[1] in e[2] for e in events)  # the trigger is in the sentence shown beside it
    activity = _q(warehouse_path, "SELECT actor_id, mentions, claims_as_source FROM v_actor_activity")
    assert activity and all(m >= 0 for _, m, _ in activity)
    assert sum(r[1] for r in activity) == _q(warehouse_path, "SELECT count(*) FROM actor_mentions")[0][0]
    for view in ("v_claims", "v_events", "v_actor_activity", "v_date_mentions"):
        assert _q(warehouse_path, f"SELECT count(*) FROM {view}")[0][0] > 0, view


def test_ids_are_deterministic_across_warehouses(tmp_path, seeds_dir, two_docs, kit):
    a, b = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    _load(a, seeds_dir)
    _load(b, seeds_dir)
    for sql in ("SELECT event_id FROM events ORDER BY 1", "SELECT claim_id, parent_claim_id FROM claims ORDER BY 1",
                "SELECT actor_id FROM actors ORDER BY 1"):
        assert _q(a, sql) == _q(b, sql) and _q(a, sql)


# --- locks -------------------------------------------------------------------------------------

def test_locked_warehouse_fails_fast_with_a_clear_message(warehouse_path, lock_holder):
    for read_only in (False, True):
        started = time.monotonic()
        with pytest.raises(wh.WarehouseLocked) as info:
            wh.connect(warehouse_path, read_only=read_only, wait_seconds=1)
        assert time.monotonic() - started < 5
        message = str(info.value)
        assert str(warehouse_path) in message
        assert "Close" in message and "DuckDB shell" in message
        assert "nothing was written" in message

    lock_holder.release()
    con = wh.connect(warehouse_path, wait_seconds=1)
    try:
        assert con.execute("SELECT 42").fetchone() == (42,)
    finally:
        con.close()


def test_connect_waits_for_a_short_lived_holder(warehouse_path, lock_holder):
    import threading

    threading.Timer(0.5, lock_holder.release).start()
    con = wh.connect(warehouse_path, wait_seconds=15)
    con.close()


def test_locked_message_names_the_holding_process(warehouse_path, lock_holder):
    with pytest.raises(wh.WarehouseLocked) as info:
        wh.connect(warehouse_path, wait_seconds=0.2)
    assert f"PID {lock_holder.pid}" in str(info.value)


def test_connect_says_once_that_it_waits_for_a_holder(warehouse_path, lock_holder, caplog):
    said = []
    with pytest.raises(wh.WarehouseLocked):
        wh.connect(warehouse_path, read_only=True, wait_seconds=1, on_wait=said.append)
    assert len(said) == 1
    assert f"PID {lock_holder.pid}" in said[0] and "waiting up to 1 s" in said[0]

    # without a listener (the Dagster ops) it is a logged warning
    with pytest.raises(wh.WarehouseLocked):
        wh.connect(warehouse_path, wait_seconds=1)
    assert [r.levelname for r in caplog.records if "waiting up to 1 s" in r.message] == ["WARNING"]


# --- a file that is not a warehouse --------------------------------------------------------------

def test_a_corrupt_warehouse_file_is_reported_with_what_to_do(warehouse_path):
    warehouse_path.parent.mkdir(parents=True)
    warehouse_path.write_bytes(b"\x00garbage" * 5000)
    for read_only in (True, False):
        with pytest.raises(wh.WarehouseUnreadable) as info:
            wh.connect(warehouse_path, read_only=read_only, wait_seconds=1)
        message = str(info.value)
        assert str(warehouse_path) in message and "not a valid DuckDB database" in message
        assert "rebuild" in message


# --- dates without a year, and warehouses made by an earlier schema ---------------------------

UNDATED = ("أعلنت الحكومة في 30 يونيو/حزيران أنها ستفتح المعبر.\n"
           "وقال وزير الداخلية إن الاتفاق سيطبق في شهر آب المقبل.\n")


def test_a_day_without_year_or_publication_date_is_kept_with_its_precision(warehouse_path, seeds_dir):
    (seeds_dir / "undated.txt").write_text(UNDATED, encoding="utf-8")  # no sidecar, no year in the text
    _load(warehouse_path, seeds_dir, ["undated"])
    rows = _q(warehouse_path, "SELECT surface, value_start, value_end, precision, partial_value FROM v_date_mentions "
                              "WHERE doc_id = 'undated' ORDER BY char_start")
    assert rows[0] == ("30 يونيو/حزيران", None, None, "day", "--06-30")
    # an event is never dated by a mention whose year is unknown
    assert _q(warehouse_path, "SELECT count(*) FROM events WHERE doc_id = 'undated' AND event_date IS NOT NULL") == [(0,)]


def _earlier_warehouse(warehouse_path, *statements: str) -> None:
    """A warehouse file holding only what `statements` make: a table as an older contract had it."""
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse_path)) as con:
        for statement in statements:
            con.execute(statement)


def test_a_warehouse_made_by_an_earlier_schema_takes_new_columns_and_loads(warehouse_path, seeds_dir):
    _earlier_warehouse(  # date_mentions as schema v1 had it
        warehouse_path,
        "CREATE TABLE date_mentions (doc_id VARCHAR NOT NULL, sentence_idx INTEGER NOT NULL, "
        "surface VARCHAR NOT NULL, char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, "
        "value_start DATE NOT NULL, value_end DATE NOT NULL, precision VARCHAR NOT NULL, "
        "is_relative BOOLEAN NOT NULL)",
        "INSERT INTO date_mentions VALUES ('old', 0, 'أمس', 0, 3, DATE '2024-12-07', DATE '2024-12-07', 'day', true)")
    (seeds_dir / "undated.txt").write_text(UNDATED, encoding="utf-8")
    _load(warehouse_path, seeds_dir, ["undated"])
    assert _q(warehouse_path, "SELECT partial_value FROM date_mentions WHERE doc_id = 'old'") == [(None,)]
    assert _q(warehouse_path, "SELECT partial_value FROM date_mentions WHERE doc_id = 'undated' "
                              "AND value_start IS NULL ORDER BY char_start") == [("--06-30",), ("--08",)]


BOMBING = "وانفجرت عبوة ناسفة امس في سوق مزدحم وسط المدينة مما أدى إلى مقتل سبعة مدنيين وإصابة العشرات.\n"


def test_a_warehouse_whose_events_have_no_reported_columns_takes_them_and_loads(warehouse_path, seeds_dir):
    from etl.core import event_sense
    _earlier_warehouse(  # events as the contract had it before `reported`
        warehouse_path,
        "CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, "
        "sentence_idx INTEGER NOT NULL, event_type VARCHAR NOT NULL, event_mode VARCHAR, "
        "trigger VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, "
        "source_actor_id VARCHAR, target_actor_id VARCHAR, location VARCHAR, "
        "location_country_iso3 VARCHAR, event_date DATE, date_precision VARCHAR, "
        "negated BOOLEAN NOT NULL, claim_id VARCHAR)",
        "INSERT INTO events (event_id, doc_id, sentence_idx, event_type, trigger, trigger_start, trigger_end, "
        "negated) VALUES ('ev-old', 'old', 0, 'ASSAULT', 'هجوم', 0, 4, false)")
    (seeds_dir / "bombing.txt").write_text(BOMBING, encoding="utf-8")
    _load(warehouse_path, seeds_dir, ["bombing"])
    assert _q(warehouse_path, "SELECT data_type FROM duckdb_columns() WHERE table_name = 'events' "
                              "AND column_name = 'reported'") == [("BOOLEAN",)]
    assert _q(warehouse_path, "SELECT reported FROM events WHERE doc_id = 'old'") == [(None,)]
    expected = None if event_sense.sense_model() is None else True
    assert _q(warehouse_path, "SELECT event_type, reported FROM events WHERE doc_id = 'bombing'") == [
        ("ASSAULT", expected)]


def test_a_warehouse_made_before_actor_readings_keeps_its_actor_rows_until_their_documents_reload(
        warehouse_path, seeds_dir, two_docs, kit):
    _load(warehouse_path, seeds_dir)
    with duckdb.connect(str(warehouse_path)) as con:  # as a warehouse loaded before readings were kept
        con.execute("DROP TABLE actor_readings")
        con.execute("UPDATE actors SET actor_type = 'other' WHERE origin = 'pattern'")
    seed_only = _q(warehouse_path, "SELECT actor_id FROM actor_mentions WHERE doc_id = ? EXCEPT "
                                   "SELECT actor_id FROM actor_mentions WHERE doc_id = ?", [kit.SEED_ID, kit.SHORT_ID])

    _load(warehouse_path, seeds_dir, [kit.SHORT_ID], version="test-v2", now=T1)  # the short document only
    kept = _q(warehouse_path, "SELECT DISTINCT actor_type FROM actors WHERE actor_id IN (SELECT unnest(?::VARCHAR[])) "
                              "AND origin = 'pattern'", [[r[0] for r in seed_only]])
    assert kept == [("other",)]  # untouched: no reading says otherwise yet

    _load(warehouse_path, seeds_dir, version="test-v2", now=T1)  # the seed, still at test-v1, loads again
    assert _q(warehouse_path, "SELECT count(*) FROM actors WHERE actor_type = 'other' AND origin = 'pattern'") == \
        _q(warehouse_path, "SELECT count(*) FROM actor_readings WHERE actor_type = 'other' AND origin = 'pattern'")
    assert _q(warehouse_path, "SELECT count(*) FROM actors WHERE origin = 'pattern' AND actor_id NOT IN "
                              "(SELECT actor_id FROM actor_readings)") == [(0,)]
