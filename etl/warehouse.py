"""The warehouse: a DuckDB file, or a DuckLake (Parquet data files + a catalog in a DuckDB file or
PostgreSQL) selected by `ETL_WAREHOUSE=ducklake:...`; connection with lock handling, DDL and views
from `warehouse/*.sql`, and the loader that replaces each document's rows atomically.

Plain Python and DuckDB: the Dagster layer calls it through a resource, the CLI and tests
call it directly. Both modes run the same SQL; a DuckLake connection is an in-memory DuckDB
with the lake attached as `wh` and selected (`USE wh`), so every statement below is unchanged.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import logging
import os
import re
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import duckdb
import polars as pl

SQL_DIR = Path(__file__).resolve().parents[1] / "warehouse"
DOC_TABLES = ("sentences", "actor_mentions", "events", "claims", "date_mentions")
LOAD_CHUNK = 8_000  # documents per transaction: each document is in exactly one
DUCKLAKE = "ducklake:"
LAKE_ALIAS = "wh"  # the name a DuckLake warehouse is attached under
# catalogs DuckLake keeps in a database server rather than a local DuckDB file → the extension it needs
_CATALOG_SERVERS = {"postgres:": "postgres", "mysql:": "mysql", "sqlite:": "sqlite"}
_REMOTE_DATA = {"s3://": "httpfs", "s3a://": "httpfs", "gs://": "httpfs", "gcs://": "httpfs", "r2://": "httpfs",
                "http://": "httpfs", "https://": "httpfs", "az://": "azure", "azure://": "azure", "abfss://": "azure"}
# extension name → the PyPI packages (duckdb-extension-*) that ship it
_EXT_PACKAGES = {"postgres": ("postgres", "postgres_scanner"), "sqlite": ("sqlite", "sqlite_scanner", "sqlite3"),
                 "mysql": ("mysql", "mysql_scanner")}


log = logging.getLogger(__name__)


class WarehouseError(RuntimeError):
    """A warehouse problem the user can act on: the message says what happened and what to do."""


class WarehouseLocked(WarehouseError):
    """Another process holds the DuckDB file (the warehouse, or a DuckLake's DuckDB catalog)."""


class WarehouseUnreadable(WarehouseError):
    """The warehouse cannot be opened: not a DuckDB file (damaged, or something else), or no access."""


class WarehouseWriteFailed(WarehouseError):
    """The storage refused a write (a full disk, a file size limit): the open transaction was undone."""


class QueryNotAllowed(WarehouseError):
    """`etl query` was given a statement that does more than read."""


# --- extensions, offline ------------------------------------------------------------------------

def extension_file(name: str) -> Path | None:
    """The `.duckdb_extension` file a `duckdb-extension-<name>` wheel ships for this DuckDB
    version (`extensions/v1.5.5/[<platform>/]<name>.duckdb_extension`), or None."""
    version = f"v{duckdb.__version__}"
    for package in _EXT_PACKAGES.get(name, (name,)):
        spec = importlib.util.find_spec(f"duckdb_extension_{package}")
        for base in (spec.submodule_search_locations or []) if spec else []:
            hits = sorted(Path(base, "extensions", version).rglob("*.duckdb_extension"))
            if hits:
                return hits[0]
    return None


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Load a DuckDB extension without the network: from the installed PyPI wheel if there is one,
    else from DuckDB's own extension folder (installed earlier by hand). `ducklake` and `fts` come
    from the project's dependencies; `postgres` (a PostgreSQL catalog) and `httpfs` (s3:// data)
    need `duckdb-extension-postgres` / `duckdb-extension-httpfs` of the same DuckDB version."""
    path = extension_file(name)
    if path is None:
        try:
            con.execute(f"LOAD {name}")
            return
        except duckdb.Error as e:
            raise RuntimeError(
                f"the DuckDB extension {name!r} is not available offline: install the PyPI package "
                f"duckdb-extension-{name}=={duckdb.__version__} into this environment ({e})") from None
    ext = path.name[: -len(".duckdb_extension")]
    loaded = con.execute("SELECT loaded, installed FROM duckdb_extensions() WHERE extension_name = ?",
                         [ext]).fetchone()
    if loaded and loaded[0]:
        return
    try:
        if not (loaded and loaded[1]):
            con.execute(f"INSTALL '{_sql_str(path)}'")
        con.execute(f"LOAD {ext}")
    except duckdb.Error:
        # a read-only home folder (a container) cannot take the install: load the file in place
        con.execute(f"LOAD '{_sql_str(path)}'")


def _sql_str(value) -> str:
    return str(value).replace("'", "''")


# --- where the warehouse is ---------------------------------------------------------------------

@dataclass(frozen=True)
class DuckLakeTarget:
    """A DuckLake warehouse: `catalog` is what follows `ducklake:` (a DuckDB file path, or
    `postgres:dbname=... host=...`); `data_path` the folder or `s3://` prefix of the Parquet files
    (None: the one the catalog already records, or `<catalog file>.files/` for a new file catalog)."""

    catalog: str
    data_path: str | None = None

    def __str__(self) -> str:
        return DUCKLAKE + self.catalog

    @property
    def catalog_file(self) -> Path | None:
        """The DuckDB catalog file, or None for a catalog in a database server."""
        if self.catalog.startswith(tuple(_CATALOG_SERVERS)):
            return None
        return Path(self.catalog.removeprefix("duckdb:"))

    @property
    def parent(self) -> Path:
        """A local folder beside the catalog (the CLI creates it)."""
        f = self.catalog_file
        return f.parent if f is not None else Path.cwd() / "warehouse"

    def exists(self) -> bool:
        f = self.catalog_file
        return f.exists() if f is not None else True  # a server catalog: connecting will tell


def parse_target(target: str | os.PathLike | DuckLakeTarget, data_path: str | None = None) -> Path | DuckLakeTarget:
    """`ducklake:<catalog>` → DuckLakeTarget (data path from the argument or
    `ETL_DUCKLAKE_DATA_PATH`); anything else is the path of a DuckDB file."""
    if isinstance(target, DuckLakeTarget):
        return target if data_path is None else DuckLakeTarget(target.catalog, data_path)
    text = os.fspath(target) if not isinstance(target, str) else target
    at = text.find(DUCKLAKE)
    # `etl run --warehouse ducklake:x` arrives resolved against the working folder: `/cwd/ducklake:x`
    if at == 0 or (at > 0 and text[at - 1] in "/\\"):
        catalog = text[at + len(DUCKLAKE):]
        if not catalog.startswith(tuple(_CATALOG_SERVERS)):
            catalog = str(Path(catalog.removeprefix("duckdb:")).resolve())
        data = data_path or os.environ.get("ETL_DUCKLAKE_DATA_PATH") or None
        if data and "://" not in data:
            data = str(Path(data).resolve()) + os.sep
        return DuckLakeTarget(catalog, data)
    return Path(text)


def is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return bool(row) and row[0] == "ducklake"


# --- connection -----------------------------------------------------------------------------------

def _holder(message: str) -> str:
    m = re.search(r"Conflicting lock is held in (.+?)(?:\. See also|$)", message, re.S)
    return m.group(1).strip() if m else "another process"


def connect(path: str | os.PathLike | DuckLakeTarget, read_only: bool = False, wait_seconds: float = 30.0,
            data_path: str | None = None, on_wait: Callable[[str], None] | None = None
            ) -> duckdb.DuckDBPyConnection:
    """Open the warehouse, waiting up to `wait_seconds` for another writer to let go. `on_wait`
    (default: a logged warning) is told once, so that a waiting command does not look hung. A
    DuckDB file, or a DuckLake (`ducklake:...`): a DuckDB-file catalog has the same one-writer lock."""
    on_wait = on_wait or log.warning
    target = parse_target(path, data_path)
    local = target if isinstance(target, Path) else target.catalog_file
    if not read_only and local is not None:
        local.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    delay = 0.1
    told = False
    while True:
        try:
            if isinstance(target, DuckLakeTarget):
                return _attach_lake(target, read_only)
            return duckdb.connect(str(target), read_only=read_only)
        except duckdb.IOException as e:
            if "lock" not in str(e).lower():
                raise _write_failure(e) or _unreadable(target, e) from None
            holder = _holder(str(e))
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"the warehouse {target} is in use by {holder} (waited {wait_seconds:.0f} s). "
                    "Close that program's connection (an open DuckDB shell, notebook or BI tool) or wait "
                    "for the running job to finish, then retry; nothing was written.") from None
            if not told:
                on_wait(f"the warehouse {target} is in use by {holder}; waiting up to {wait_seconds:.0f} s "
                        "(ETL_LOCK_WAIT_SECONDS) for it to be released ...")
                told = True
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
        except duckdb.Error as e:
            raise _write_failure(e) or _unreadable(target, e) from None


def _unreadable(target, error: duckdb.Error) -> WarehouseUnreadable:
    message = str(error).removeprefix("IO Error: ")
    hint = ("it is damaged or not a warehouse. Move it aside and run `etl run` to rebuild the warehouse from the "
            "seed files" if "not a valid DuckDB database" in message else "check the path and its permissions")
    return WarehouseUnreadable(f"cannot open the warehouse {target}: {message} — {hint}.")


def _attach_lake(target: DuckLakeTarget, read_only: bool) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    try:
        load_extension(con, "ducklake")
        for prefix, ext in _CATALOG_SERVERS.items():
            if target.catalog.startswith(prefix):
                load_extension(con, ext)
        data = target.data_path
        for prefix, ext in _REMOTE_DATA.items():
            if data and data.startswith(prefix):
                load_extension(con, ext)
        if data and "://" not in data and not read_only:
            Path(data).mkdir(parents=True, exist_ok=True)
        options = [f"DATA_PATH '{_sql_str(data)}'"] if data else []
        if read_only:
            options.append("READ_ONLY")
        con.execute(f"ATTACH '{_sql_str(target)}' AS {LAKE_ALIAS}" + (f" ({', '.join(options)})" if options else ""))
        con.execute(f"USE {LAKE_ALIAS}")
        return con
    except BaseException:
        con.close()
        raise


# --- schema -------------------------------------------------------------------------------------

def _strip_constraints(ddl: str) -> str:
    """schema.sql without what DuckLake does not support: PRIMARY KEY and CHECK constraints
    (uniqueness is the loader's job in both modes: it deletes a document's rows before inserting,
    and an actor's row before writing it again). Table-level keys name columns that are NOT NULL already."""
    ddl = re.sub(r",\s*PRIMARY KEY\s*\([^)]*\)", "", ddl)
    ddl = re.sub(r"\s+PRIMARY KEY\b", " NOT NULL", ddl)  # a key column is never NULL
    out, i = [], 0
    for m in re.finditer(r"\s+CHECK\s*\(", ddl):
        if m.start() < i:
            continue
        depth, j = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(ddl[j], 0)
            j += 1
        out.append(ddl[i:m.start()])
        i = j
    return "".join(out) + ddl[i:]


def ducklake_schema_sql() -> str:
    return _strip_constraints((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))


def _view_names(views_sql: str) -> list[str]:
    return re.findall(r"CREATE\s+OR\s+REPLACE\s+VIEW\s+(\w+)", views_sql, re.I)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    with storage_failures_explained():
        if is_ducklake(con):
            _ensure_lake_schema(con)
            return
        con.execute((SQL_DIR / "schema.sql").read_text(encoding="utf-8"))
        _upgrade_tables(con)
        con.execute((SQL_DIR / "views.sql").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _contract_columns() -> dict[tuple[str, str], tuple[str, bool]]:
    """(table, column) → (type, nullable) as warehouse/schema.sql declares them."""
    ref = duckdb.connect()
    ref.execute(ducklake_schema_sql())
    return {(t, c): (ty, n) for t, c, ty, n in ref.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns() WHERE NOT internal"
    ).fetchall()}


def _upgrade_tables(con: duckdb.DuckDBPyConnection) -> None:
    """A warehouse made by an earlier schema.sql (CREATE TABLE IF NOT EXISTS leaves it as it
    was) gets the columns added since and the NOT NULL constraints dropped since, so loads
    into it keep working; nothing is ever removed or narrowed."""
    held = {(t, c): n for t, c, n in con.execute(
        "SELECT table_name, column_name, is_nullable FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = current_schema()").fetchall()}
    for (table, column), (dtype, nullable) in _contract_columns().items():
        if (table, column) not in held:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {dtype}")
        elif nullable and not held[(table, column)]:
            con.execute(f"ALTER TABLE {table} ALTER COLUMN {column} DROP NOT NULL")


def _ensure_lake_schema(con: duckdb.DuckDBPyConnection) -> None:
    """In a DuckLake every DDL statement is a new catalog snapshot (and concurrent writers would
    conflict over it), so the DDL runs only when the tables or views are missing or `warehouse/*.sql`
    changed: each view carries the hash of the DDL it was created from as its comment."""
    schema, views = ducklake_schema_sql(), (SQL_DIR / "views.sql").read_text(encoding="utf-8")
    stamp = "etl-ddl " + hashlib.sha256((schema + views).encode()).hexdigest()[:16]
    names = _view_names(views)
    current = con.execute("SELECT count(*) FROM duckdb_views() WHERE database_name = current_database() "
                          "AND view_name IN (SELECT unnest(?::VARCHAR[])) AND comment = ?",
                          [names, stamp]).fetchone()[0]
    if current == len(names):
        return
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(schema)
        _upgrade_tables(con)
        con.execute(views)
        for name in names:
            con.execute(f"COMMENT ON VIEW {name} IS '{stamp}'")
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


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
    chunks = [ids[k:k + LOAD_CHUNK] for k in range(0, len(ids), LOAD_CHUNK)]
    with _checkpoint_at_end(con) if len(chunks) > 1 else nullcontext():
        for chunk in chunks:
            _load_chunk(con, chunk, changed.filter(pl.col("doc_id").is_in(chunk)), tables, extractor_version, now)
    return {"loaded": len(ids), "unchanged": documents.height - len(ids)}


# DuckDB writes the tables and their primary-key indexes back into the file (a checkpoint) after
# every commit that leaves more than 16 MB of write-ahead log, and each 2,000-document transaction
# did: the whole corpus paid for 12 checkpoints, each rewriting indexes that grow with the
# warehouse (commits 15.8 s of a 33.5 s load, against 3.6 s plus one final checkpoint of 3.9 s).
# A load of several transactions now commits them to the log and checkpoints the file once, at the
# end (a load of one keeps DuckDB's own rule: a small one leaves the file alone). A process killed
# in between loses nothing committed: DuckDB replays the log at the next open.
LOAD_LOG_LIMIT = "4GB"


@contextmanager
def _checkpoint_at_end(con):
    if is_ducklake(con):  # DuckLake writes Parquet files per commit; its CHECKPOINT is maintenance
        yield
        return
    con.execute(f"SET checkpoint_threshold = '{LOAD_LOG_LIMIT}'")
    try:
        yield
    finally:
        con.execute("RESET checkpoint_threshold")
    with storage_failures_explained():
        con.execute("CHECKPOINT")


_CHUNK_ACTORS = ("SELECT actor_id FROM actor_readings WHERE doc_id IN (SELECT doc_id FROM _chunk) "
                 "UNION SELECT actor_id FROM actor_mentions WHERE doc_id IN (SELECT doc_id FROM _chunk)")


@contextmanager
def _replacing(con, doc_ids: list[str]):
    """One transaction in which the documents' rows are deleted, the caller writes their new rows
    (if any), and the shared bookkeeping (duplicates, the rows, orphans and display names of the
    actors those documents read) is brought up to date."""
    with storage_failures_explained():
        con.execute("BEGIN TRANSACTION")
        try:
            # a registered frame, not a list parameter: DuckDB binds a 2,000-item list in ~0.3 s
            con.register("_chunk_ids", pl.DataFrame({"doc_id": doc_ids}, schema={"doc_id": pl.Utf8}))
            con.execute("CREATE OR REPLACE TEMP TABLE _chunk AS SELECT doc_id FROM _chunk_ids")
            con.unregister("_chunk_ids")
            con.execute(f"CREATE OR REPLACE TEMP TABLE _touched_actors AS {_CHUNK_ACTORS}")
            for table in (*DOC_TABLES, "actor_readings", "documents"):
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _chunk)")
            yield
            _mark_duplicates(con)
            con.execute(f"INSERT INTO _touched_actors {_CHUNK_ACTORS}")
            _settle_actors(con)
            _drop_orphan_actors(con)
            con.execute((SQL_DIR / "actor_names.sql").read_text(encoding="utf-8"))
            con.execute("COMMIT")
        except BaseException:
            _rollback(con)
            raise


def _rollback(con) -> None:
    """Undo the open transaction. A COMMIT the storage refused has already ended it, and ROLLBACK
    then fails with "no transaction is active" — which must not replace the error that matters."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


# what DuckDB says when the operating system refuses a write: `Could not write file "<path>": <reason>`,
# or, for a write the storage took only part of, `... all bytes to file "<path>": wanted=N wrote=M`
_WRITE_REFUSED = re.compile(r'Could not (?:write|truncate|sync|fsync|extend) (?:all bytes to )?'
                            r'file "([^"]+)"[^:]*: ([^\n]+)')
_PARTIAL_WRITE = re.compile(r"wanted=(\d+) wrote=(\d+)")
_OS_REASONS = ("No space left on device", "Disk quota exceeded", "File too large", "Read-only file system")


@contextmanager
def storage_failures_explained():
    """A write the storage refused leaves as `WarehouseWriteFailed`, its OS reason first."""
    try:
        yield
    except duckdb.Error as e:
        failure = _write_failure(e)
        if failure is None:
            raise
        raise failure from e


def _write_failure(error: duckdb.Error) -> WarehouseWriteFailed | None:
    """The storage's reason (`No space left on device`) as the message, or None for other errors."""
    text = str(error).strip()
    m = _WRITE_REFUSED.search(text)
    if m is not None:
        path, reason = m.group(1), m.group(2).strip().rstrip(".")
        partial = _PARTIAL_WRITE.search(reason)
        if partial:
            reason = (f"No space left on device (the storage took {partial.group(2)} of {partial.group(1)} "
                      "bytes of a write)")
    else:
        reason = next((r for r in _OS_REASONS if r in text), None)
        if reason is None:
            return None
        path = "or its write-ahead log"
    return WarehouseWriteFailed(
        f"{reason}: the warehouse file {path} could not be written. What was being written was rolled back "
        f"(documents loaded before it are whole); free space (or fix what refuses the write) and rerun "
        f"`etl run` to load the rest. "
        f"(DuckDB: {text})")


def _load_chunk(con, chunk, docs, tables, version, now) -> None:
    keep = pl.col("doc_id").is_in(chunk)
    with _replacing(con, chunk):
        _insert(con, "documents", docs.select(
            "doc_id", "source_path", "content_sha256", "language", "title", "published_on", "text", "n_chars",
            "status", "reject_reason", "outlet", "url", "notes", "input_sha256").with_columns(
            pl.lit(now).alias("ingested_at"), pl.lit(version).alias("extractor_version")))
        for table in DOC_TABLES:
            _insert(con, table, tables[table].filter(keep))
        _insert(con, "actor_readings", tables["actors"].filter(keep))


def _settle_actors(con) -> None:
    """The `actors` rows of the touched actors, from what the documents held read of them."""
    con.execute((SQL_DIR / "actor_rows.sql").read_text(encoding="utf-8"))


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


def held_counts(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> tuple[int, int]:
    """(how many of `doc_ids` the warehouse holds, how many documents it holds in all)."""
    ensure_schema(con)
    return con.execute("SELECT count(*) FILTER (WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))), count(*) "
                       "FROM documents", [doc_ids]).fetchone()


def retire(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> int:
    """Remove the rows of documents whose files were deleted."""
    if not doc_ids:
        return 0
    ensure_schema(con)
    n = con.execute("SELECT count(*) FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                    [doc_ids]).fetchone()[0]
    with _replacing(con, doc_ids):
        pass  # deleting is all there is to do
    return n


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "actors", "events", "claims", "date_mentions")}
    counts["rejected"] = con.execute("SELECT count(*) FROM documents WHERE status = 'rejected'").fetchone()[0]
    return counts


# --- `etl query`: read the warehouse, reach nothing else -------------------------------------------

QUERY_EXTENSIONS = ("fts",)  # loaded before the lock-down: the full-text search macros need them
_READ_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})


def connect_for_query(path: str | os.PathLike | DuckLakeTarget, wait_seconds: float = 30.0,
                      data_path: str | None = None, on_wait: Callable[[str], None] | None = None
                      ) -> duckdb.DuckDBPyConnection:
    """A read-only connection for analysts' SQL that can reach nothing but the warehouse: no file
    is read, listed or written outside it (so no COPY over the warehouse file, no `read_text` of
    other files, no ATTACH), no extension is installed or loaded, and no setting can be changed
    back. A DuckLake's data folder stays readable, since its tables are the Parquet files there."""
    con = connect(path, read_only=True, wait_seconds=wait_seconds, data_path=data_path, on_wait=on_wait)
    try:
        for name in QUERY_EXTENSIONS:
            if extension_file(name) is not None:
                load_extension(con, name)
        _lock_down(con)
    except BaseException:
        con.close()
        raise
    return con


def _lock_down(con: duckdb.DuckDBPyConnection) -> None:
    # DuckDB allows the temp folder by itself; a DuckLake's data folder is added to it
    allowed = list(con.execute("SELECT current_setting('allowed_directories')").fetchone()[0] or [])
    if is_ducklake(con):
        data = con.execute("SELECT data_path FROM ducklake_settings(current_database())").fetchone()[0]
        allowed.append(data if data.endswith(("/", "\\")) else data + "/")
    if allowed:
        quoted = ", ".join("'" + _sql_str(a) + "'" for a in allowed)
        con.execute(f"SET allowed_directories = [{quoted}]")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def read_only_query(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.DuckDBPyRelation | None:
    """Run `sql` if every statement in it only reads (SELECT, WITH, FROM, DESCRIBE, SHOW,
    SUMMARIZE, EXPLAIN). In a DuckLake the data folder is readable and hence writable to DuckDB,
    so a COPY into it is refused here, before it runs."""
    for statement in con.extract_statements(sql):
        if statement.type not in _READ_STATEMENTS:
            raise QueryNotAllowed(
                f"`etl query` only reads the warehouse; a {statement.type.name} statement is not allowed "
                f"({statement.query.strip()[:60]!r}). Use SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN.")
    return con.sql(sql)
