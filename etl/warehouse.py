"""The DuckDB warehouse: connection with lock handling, DDL and views from `warehouse/*.sql`,
and the loader that replaces each document's rows atomically.

Plain Python and DuckDB: the Dagster layer calls it through a resource, the CLI and tests
call it directly.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).resolve().parents[1] / "warehouse"
DOC_TABLES = ("sentences", "actor_mentions", "events", "claims", "date_mentions")
LOAD_CHUNK = 2_000  # documents per transaction: each document is in exactly one


class WarehouseLocked(RuntimeError):
    """Another process holds the DuckDB file."""


def _holder(message: str) -> str:
    m = re.search(r"Conflicting lock is held in (.+?)(?:\. See also|$)", message, re.S)
    return m.group(1).strip() if m else "another process"


def connect(path: str | Path, read_only: bool = False, wait_seconds: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting up to `wait_seconds` for another writer to let go."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as e:
            if "lock" not in str(e).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"the warehouse {path} is in use by {_holder(str(e))} (waited {wait_seconds:.0f} s). "
                    "Close that program's connection (an open DuckDB shell, notebook or BI tool) or wait "
                    "for the running job to finish, then retry; nothing was written.") from None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    for name in ("schema.sql", "views.sql"):
        con.execute((SQL_DIR / name).read_text(encoding="utf-8"))


def loaded_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """doc_id → (input_sha256, extractor_version) of what the warehouse holds."""
    return {d: (s, v) for d, s, v in con.execute(
        "SELECT doc_id, input_sha256, extractor_version FROM documents").fetchall()}


def _insert(con, table: str, frame: pl.DataFrame) -> None:
    if frame.height:
        con.register("_rows", frame)
        cols = ", ".join(frame.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _rows")
        con.unregister("_rows")


def load(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame, tables: dict[str, pl.DataFrame],
         extractor_version: str, now: dt.datetime | None = None, skip_unchanged: bool = True) -> dict[str, int]:
    """Replace the rows of every document in `documents`. Unless `skip_unchanged` is False,
    documents whose input and extractor version the warehouse already holds are skipped, so a
    rerun changes nothing."""
    ensure_schema(con)
    changed = documents
    if skip_unchanged:
        held = loaded_versions(con)
        changed = documents.filter(pl.struct("doc_id", "input_sha256").map_elements(
            lambda r: held.get(r["doc_id"]) != (r["input_sha256"], extractor_version), return_dtype=pl.Boolean))
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    ids = changed["doc_id"].to_list()
    for k in range(0, len(ids), LOAD_CHUNK):
        chunk = ids[k:k + LOAD_CHUNK]
        _load_chunk(con, chunk, changed.filter(pl.col("doc_id").is_in(chunk)), tables, extractor_version, now)
    return {"loaded": len(ids), "unchanged": documents.height - len(ids)}


def _load_chunk(con, chunk, docs, tables, version, now) -> None:
    keep = pl.col("doc_id").is_in(chunk)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _chunk AS SELECT unnest(?::VARCHAR[]) AS doc_id", [chunk])
        for table in (*DOC_TABLES, "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _chunk)")
        _insert(con, "documents", docs.select(
            "doc_id", "source_path", "content_sha256", "language", "title", "published_on", "text", "n_chars",
            "status", "reject_reason", "outlet", "url", "notes", "input_sha256").with_columns(
            pl.lit(now).alias("ingested_at"), pl.lit(version).alias("extractor_version")))
        for table in DOC_TABLES:
            _insert(con, table, tables[table].filter(keep))
        actors = tables["actors"].filter(keep).drop("doc_id").unique("actor_id", keep="first", maintain_order=True)
        _upsert_actors(con, actors)
        _mark_duplicates(con)
        _drop_orphan_actors(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _upsert_actors(con, actors: pl.DataFrame) -> None:
    """Curated rows follow the lexicon; a pattern actor keeps the row it was first seen with."""
    if not actors.height:
        return
    con.register("_actors", actors)
    con.execute("""
        INSERT INTO actors SELECT actor_id, name_ar, name_en, actor_type, country_iso3, sector, wikidata_qid, origin
        FROM _actors WHERE true
        ON CONFLICT (actor_id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en,
            actor_type = excluded.actor_type, country_iso3 = excluded.country_iso3, sector = excluded.sector,
            wikidata_qid = excluded.wikidata_qid, origin = excluded.origin
        WHERE excluded.origin = 'lexicon'""")
    con.unregister("_actors")


def _mark_duplicates(con) -> None:
    """The same content under two file names: later names point at the first `ok` one."""
    con.execute("""
        UPDATE documents SET duplicate_of = f.first_id
        FROM (SELECT doc_id, CASE WHEN status = 'ok' THEN nullif(
                  min(doc_id) FILTER (WHERE status = 'ok') OVER (PARTITION BY content_sha256), doc_id) END AS first_id
              FROM documents) AS f
        WHERE documents.doc_id = f.doc_id AND documents.duplicate_of IS DISTINCT FROM f.first_id""")


def _drop_orphan_actors(con) -> None:
    con.execute("""
        DELETE FROM actors WHERE actor_id NOT IN (
            SELECT actor_id FROM actor_mentions
            UNION SELECT source_actor_id FROM events WHERE source_actor_id IS NOT NULL
            UNION SELECT target_actor_id FROM events WHERE target_actor_id IS NOT NULL
            UNION SELECT source_actor_id FROM claims WHERE source_actor_id IS NOT NULL
            UNION SELECT channel_actor_id FROM claims WHERE channel_actor_id IS NOT NULL)""")


def retire(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> int:
    """Remove the rows of documents whose files were deleted."""
    if not doc_ids:
        return 0
    ensure_schema(con)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _chunk AS SELECT unnest(?::VARCHAR[]) AS doc_id", [doc_ids])
        n = con.execute("SELECT count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM _chunk)").fetchone()[0]
        for table in (*DOC_TABLES, "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _chunk)")
        _mark_duplicates(con)
        _drop_orphan_actors(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "actors", "events", "claims", "date_mentions")}
    counts["rejected"] = con.execute("SELECT count(*) FROM documents WHERE status = 'rejected'").fetchone()[0]
    return counts
