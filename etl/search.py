"""`etl search "نص"`: full-text search over the warehouse's sentences, offline (DuckDB fts with the
Arabic stemmer, from the duckdb-extension-fts wheel), each hit with the claims and events
extracted from its sentence.

The index and the `sentence_search(q, n)` macro live in the warehouse (`warehouse/search.sql`),
so they also work from any DuckDB client. An FTS index does not follow inserts: a search first
compares the warehouse with what the index was built from, and rebuilds it when documents were
loaded, replaced or removed since. Searching needs only a read-only connection; a rebuild needs
the one write connection, so when another program holds the warehouse the search says so (and
searches the old index if there is one).

DuckDB cannot store an FTS index in a DuckLake (its index tables do not convert to DuckLake
types), so for `ducklake:...` the index and macros live in a DuckDB file beside the catalog
(`<catalog>.search.duckdb`), built from the lake read-only; the lake's tables are seen through
session views of the same names, so search.sql runs unchanged.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import polars as pl

from etl import config, warehouse as wh

SEARCH_SQL = wh.SQL_DIR / "search.sql"
INDEX_TABLE = "search_index_state"
INDEX_ALIAS = "search_index"  # the side file of a DuckLake warehouse, when attached
LAKE_TABLES = ("documents", "sentences", "claims", "events", "v_documents")  # what search.sql reads


class SearchUnavailable(RuntimeError):
    """The warehouse cannot be searched: no index, and it cannot be built now."""


@dataclass(frozen=True)
class IndexState:
    built: bool    # an index exists
    current: bool  # ... and was built from what the warehouse holds now


def index_state(con: duckdb.DuckDBPyConnection) -> IndexState:
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                         "AND table_name = ?", [INDEX_TABLE]).fetchone()[0]
    if not exists:
        return IndexState(False, False)
    same = con.execute(f"SELECT fingerprint = search_source_fingerprint() AND build_sha IS NOT DISTINCT FROM ? "
                       f"FROM {INDEX_TABLE}", [_build_sha()]).fetchone()
    return IndexState(True, bool(same and same[0]))


def _build_sha() -> str:
    """An index built by another version of search.sql (another folding) is rebuilt."""
    return hashlib.sha256(SEARCH_SQL.read_bytes()).hexdigest()[:16]


def build_index(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build the index from the warehouse as it is, in one transaction: a reader sees the old
    index or the new one."""
    wh.load_extension(con, "fts")
    if not _reads_a_lake(con):
        wh.ensure_schema(con)
    con.execute("SET VARIABLE search_build_sha = ?", [_build_sha()])
    con.execute("BEGIN TRANSACTION")
    try:
        for statement in _statements(SEARCH_SQL.read_text(encoding="utf-8")):
            con.execute(statement)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """The script's statements, one by one: DuckDB expands a PRAGMA when the script is parsed,
    before the table it indexes has been created. Statements end with `;` at the end of a line."""
    chunks = re.split(r";[ \t]*$", script, flags=re.M)
    return [c for c in chunks if re.sub(r"--[^\n]*", "", c).strip()]


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> pl.DataFrame:
    """The best `limit` sentences: doc_id, sentence_idx, score, sentence, claims (list of
    {source, content}), events (list of {type, trigger})."""
    wh.load_extension(con, "fts")
    return con.execute("SELECT * FROM sentence_search(?, n := ?)", [query, limit]).pl()


def index_file(target: wh.DuckLakeTarget) -> Path:
    """Where a DuckLake warehouse's search index lives: beside a file catalog, else in the local
    folder the CLI uses for a server catalog."""
    catalog = target.catalog_file
    return catalog.with_name(catalog.name + ".search.duckdb") if catalog else target.parent / "ducklake.search.duckdb"


def _reads_a_lake(con: duckdb.DuckDBPyConnection) -> bool:
    return con.execute("SELECT current_database()").fetchone()[0] == INDEX_ALIAS


def _connect(target, writable: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    """The warehouse itself (a DuckDB file); or, for a DuckLake, the lake read-only with the index
    file attached and selected, and the lake's tables as session views."""
    if not isinstance(target, wh.DuckLakeTarget):
        return wh.connect(target, read_only=not writable, wait_seconds=wait_seconds)
    con = wh.connect(target, read_only=True, wait_seconds=wait_seconds)
    index = index_file(target)
    if not writable and not index.exists():
        return con  # no index yet: index_state says so, and the caller reconnects to build it
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"ATTACH '{_sql_str(index)}' AS {INDEX_ALIAS}" + ("" if writable else " (READ_ONLY)"))
        con.execute(f"USE {INDEX_ALIAS}")
        for name in LAKE_TABLES:
            con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM {wh.LAKE_ALIAS}.{name}")
    except duckdb.IOException as e:
        con.close()
        if "lock" not in str(e).lower():
            raise
        raise wh.WarehouseLocked(f"the search index {index} is in use by another search ({e})") from None
    except BaseException:
        con.close()
        raise
    return con


def _sql_str(value) -> str:
    return str(value).replace("'", "''")


def open_searchable(target, wait_seconds: float) -> tuple[duckdb.DuckDBPyConnection, str | None]:
    """A connection to a warehouse whose index is current (rebuilt here if needed), and a warning
    when it could not be brought up to date. Raises `wh.WarehouseLocked` when the warehouse
    cannot even be read, `SearchUnavailable` when there is no index and none can be built."""
    con = _connect(target, False, wait_seconds)
    try:
        wh.load_extension(con, "fts")
        state = index_state(con)
    except BaseException:
        con.close()
        raise
    if state.current:
        return con, None
    con.close()  # one process cannot hold the file read-only and read-write at once
    try:
        con = _connect(target, True, wait_seconds)
    except wh.WarehouseLocked as e:
        if not state.built:
            raise SearchUnavailable(
                "the warehouse has no search index yet, and building it needs write access: " + str(e)) from None
        con = _connect(target, False, wait_seconds)
        return con, ("warning: documents were loaded or removed since the search index was built, and it "
                     f"cannot be rebuilt now ({e}) Results may miss the newest documents.")
    try:
        wh.load_extension(con, "fts")
        if not index_state(con).current:  # another search may have rebuilt it while we waited
            build_index(con)
    except BaseException:
        con.close()
        raise
    return con, None


# --- command line --------------------------------------------------------------------------------

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="words to look for (any spelling: diacritics, hamza forms, ة/ه, "
                                 "prefixes such as ال are folded or stemmed)")
    p.add_argument("--warehouse", help="DuckDB file or ducklake:<catalog> (default $ETL_WAREHOUSE or "
                                       "warehouse/warehouse.duckdb)")
    p.add_argument("--limit", type=int, default=20, help="best N sentences (default 20)")
    p.add_argument("--csv", action="store_true",
                   help="print CSV (claims and events as JSON lists) instead of text")


def main(args: argparse.Namespace) -> int:
    if getattr(args, "warehouse", None):
        target = wh.parse_target(args.warehouse, config.ducklake_data_path())
    else:
        target = config.warehouse_path()
    if not target.exists():
        print(f"error: no warehouse at {target}: run `etl run` first", file=sys.stderr)
        return 2
    if args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    try:
        con, warning = open_searchable(target, config.lock_wait_seconds())
    except wh.WarehouseUnreadable as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except (wh.WarehouseError, SearchUnavailable) as e:
        print(f"error: {e}", file=sys.stderr)
        return 3
    with con:
        if warning:
            print(warning, file=sys.stderr)
        hits = search(con, args.query, args.limit)
    if args.csv:
        hits.with_columns(pl.col("claims", "events").map_elements(_json, return_dtype=pl.String)).write_csv(sys.stdout)
    else:
        _print_hits(hits, args.query)
    return 0


def _json(value) -> str:
    import json
    return json.dumps(list(value), ensure_ascii=False)


def _print_hits(hits: pl.DataFrame, query: str) -> None:
    if hits.is_empty():
        print(f"no sentence matches «{query}»")
        return
    for row in hits.iter_rows(named=True):
        print(f"{row['doc_id']}  sentence {row['sentence_idx']}  score {row['score']:.2f}")
        print(f"  {row['sentence']}")
        for claim in row["claims"]:
            print(f"  claim  {claim['source']}: {claim['content']}")
        for event in row["events"]:
            print(f"  event  {event['type']} «{event['trigger']}»")
        print()
