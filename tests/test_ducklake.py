"""The DuckLake warehouse mode (`ETL_WAREHOUSE=ducklake:<catalog>`, Parquet files in
`ETL_DUCKLAKE_DATA_PATH`): the extensions load offline from their PyPI wheels, the DDL is
schema.sql without constraints, and `etl run` / `etl query` give the same rows as a DuckDB file
built from the same seeds — through reruns, an edit, a duplicate and a deletion.

The warehouse here is a DuckLake with its catalog in a DuckDB file; nothing reads /work/shared.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time

import duckdb
import pytest

from etl import warehouse as wh
from etl.cli import main

# An article written for these tests: a claim with a nested attribution, a meeting and a date.
LAKE_ID = "003_lake"
LAKE_TEXT = (
    "وفد أممي يزور بيروت\n"
    "نقلت وكالة الأنباء الرسمية عن مصدر حكومي قوله إن الوفد سيصل إلى بيروت يوم 12 شباط 2025.\n"
    "وأعلن وزير الخارجية أن الحكومة رحبت بالزيارة.\n"
)
TABLES = ("documents", "sentences", "actors", "actor_mentions", "events", "claims", "date_mentions")
VIEWS = ("v_documents", "v_claims", "v_events", "v_actor_activity", "v_date_mentions", "v_rejected_documents")


@pytest.fixture
def warehouse_path(tmp_path):
    """Overrides conftest's: the autouse `etl_env` then points ETL_WAREHOUSE at this DuckLake."""
    return wh.DuckLakeTarget(str(tmp_path / "lake" / "catalog.ducklake"), str(tmp_path / "lake" / "data") + "/")


@pytest.fixture(autouse=True)
def lake_env(monkeypatch, warehouse_path):
    monkeypatch.setenv("ETL_DUCKLAKE_DATA_PATH", warehouse_path.data_path)


def _rows(target, sql, params=None):
    with wh.connect(target, read_only=True, wait_seconds=5) as con:
        return con.execute(sql, params or []).fetchall()


def _contents(target) -> dict[str, list]:
    """Every row of every table and view, sorted, without the load time."""
    out = {}
    with wh.connect(target, read_only=True, wait_seconds=5) as con:
        for name in (*TABLES, *VIEWS):
            rel = con.sql(f"SELECT * EXCLUDE (ingested_at) FROM {name}" if name in ("documents", "v_documents",
                          "v_rejected_documents") else f"SELECT * FROM {name}")
            out[name] = sorted(rel.fetchall(), key=repr)
    return out


def _run(capsys, seeds, target, *flags) -> str:
    code = main(["run", "--seeds", str(seeds), "--warehouse", str(target), *flags])
    out, err = capsys.readouterr()
    assert code == 0, err[-2000:]
    return out


def _snapshots(target) -> int:
    return _rows(target, f"SELECT count(*) FROM ducklake_snapshots('{wh.LAKE_ALIAS}')")[0][0]


# --- extensions and DDL -------------------------------------------------------------------------

def test_extensions_load_offline_from_the_wheels():
    for name in ("ducklake", "fts"):
        path = wh.extension_file(name)
        assert path is not None and path.is_file() and path.name == f"{name}.duckdb_extension"
        assert f"duckdb_extension_{name}" in str(path)
    con = duckdb.connect()
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    wh.load_extension(con, "ducklake")
    wh.load_extension(con, "fts")
    wh.load_extension(con, "fts")  # twice is harmless
    loaded = dict(con.execute("SELECT extension_name, loaded FROM duckdb_extensions() "
                              "WHERE extension_name IN ('ducklake', 'fts')").fetchall())
    assert loaded == {"ducklake": True, "fts": True}
    con.close()


def test_ducklake_ddl_is_schema_sql_without_constraints():
    lake_sql = wh.ducklake_schema_sql()
    assert "PRIMARY KEY" not in lake_sql and "CHECK" not in lake_sql

    def columns(sql):
        con = duckdb.connect()
        con.execute(sql)
        return con.execute("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                           "ORDER BY table_name, ordinal_position").fetchall()

    assert columns(lake_sql) == columns((wh.SQL_DIR / "schema.sql").read_text(encoding="utf-8"))


def test_targets_parse_from_configuration(tmp_path, monkeypatch):
    monkeypatch.setenv("ETL_DUCKLAKE_DATA_PATH", "s3://bucket/news/")
    pg = wh.parse_target("ducklake:postgres:dbname=etl host=db user=etl")
    assert pg == wh.DuckLakeTarget("postgres:dbname=etl host=db user=etl", "s3://bucket/news/")
    assert pg.catalog_file is None and str(pg) == "ducklake:postgres:dbname=etl host=db user=etl"
    # `etl run --warehouse ducklake:x` reaches the environment resolved against the working folder
    f = wh.parse_target(f"{tmp_path}/ducklake:{tmp_path}/c.ducklake")
    assert f.catalog_file == tmp_path / "c.ducklake" and not f.exists()
    assert wh.parse_target(tmp_path / "w.duckdb") == tmp_path / "w.duckdb"


# --- end to end, against a DuckDB file ----------------------------------------------------------

def test_etl_run_into_ducklake_matches_the_duckdb_file(capsys, tmp_path, seeds_dir, warehouse_path, kit):
    lake, file_wh = warehouse_path, tmp_path / "file" / "warehouse.duckdb"
    (seeds_dir / f"{LAKE_ID}.txt").write_text(LAKE_TEXT, encoding="utf-8")
    shutil.copy(kit.SEED, seeds_dir / "zz_copy.txt")  # a duplicate of the seed under another name

    def both(*flags):
        out = _run(capsys, seeds_dir, lake, *flags)
        _run(capsys, seeds_dir, file_wh, *flags)
        return out

    out = both()
    assert str(lake) in out and "3 seed files" in out
    first = _contents(lake)
    assert first == _contents(file_wh)  # same rows, same IDs, same views
    assert [r[0] for r in _rows(lake, "SELECT doc_id FROM documents ORDER BY 1")] == [kit.SEED_ID, LAKE_ID, "zz_copy"]
    assert _rows(lake, "SELECT duplicate_of FROM documents WHERE doc_id = 'zz_copy'") == [(kit.SEED_ID,)]
    for name in ("sentences", "actors", "actor_mentions", "events", "claims", "date_mentions", *VIEWS[:-1]):
        assert first[name], name
    assert {r[1] for r in first["v_claims"]} == {kit.SEED_ID, LAKE_ID}  # the duplicate is left out
    # the data are Parquet files under the data path, the catalog is a DuckDB file
    assert list((tmp_path / "lake" / "data").rglob("*.parquet"))

    # a rerun changes nothing, not even the lake's snapshot list
    snapshots = _snapshots(lake)
    _run(capsys, seeds_dir, lake)
    assert _contents(lake) == first and _snapshots(lake) == snapshots

    # an edited file replaces its rows (and only its rows)
    (seeds_dir / f"{LAKE_ID}.txt").write_text(LAKE_TEXT + "وهدد الجيش بشن هجوم على المعبر.\n", encoding="utf-8")
    both()
    edited = _contents(lake)
    assert edited == _contents(file_wh)
    assert _rows(lake, "SELECT count(*) FROM sentences WHERE doc_id = ?", [LAKE_ID])[0][0] == 4
    assert [r for r in edited["sentences"] if r[0] == kit.SEED_ID] == [r for r in first["sentences"] if r[0] == kit.SEED_ID]

    # deleting files removes their rows; the copy takes the original's place
    (seeds_dir / f"{LAKE_ID}.txt").unlink()
    (seeds_dir / kit.SEED.name).unlink()
    out = both("--allow-mass-delete")  # two of the three documents: over the default share
    assert re.search(r"removed 2", out)
    assert _contents(lake) == _contents(file_wh)
    for table in ("documents", *kit.DOC_TABLES):
        assert _rows(lake, f"SELECT count(*) FROM {table} WHERE doc_id IN (?, ?)", [LAKE_ID, kit.SEED_ID])[0][0] == 0
    assert _rows(lake, "SELECT doc_id, duplicate_of FROM v_documents") == [("zz_copy", None)]
    assert _rows(lake, "SELECT count(*) FROM v_claims")[0][0] > 0

    # `etl query` reads the lake (through the environment, as a user would set it)
    code = main(["query", "SELECT count(*) AS n FROM v_documents", "--csv"])
    out, err = capsys.readouterr()
    assert code == 0 and out.split() == ["n", "1"], err


def test_failed_load_leaves_the_lake_unchanged(seeds_dir, warehouse_path, kit, monkeypatch):
    from etl.core.batch import documents_frame, extract_frames, reject, validate_frames
    from etl.core.documents import read_document

    (seeds_dir / f"{LAKE_ID}.txt").write_text(LAKE_TEXT, encoding="utf-8")
    docs = documents_frame([read_document(p, seeds_dir) for p in sorted(seeds_dir.glob("*.txt"))])
    tables, failed = extract_frames(docs)
    v = validate_frames(reject(docs, failed), tables)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.load(con, v.documents.filter(v.documents["doc_id"] == kit.SEED_ID), v.tables, "t1")
    before = kit.snapshot(warehouse_path)

    def boom(con):
        raise RuntimeError("disk full")

    monkeypatch.setattr(wh, "_settle_actors", boom)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        with pytest.raises(RuntimeError, match="disk full"):
            wh.load(con, v.documents, v.tables, "t2")
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1  # no transaction left open
    assert kit.snapshot(warehouse_path) == before


def test_a_held_duckdb_catalog_fails_with_the_clear_message(capsys, seeds_dir, warehouse_path, monkeypatch):
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.ensure_schema(con)
    code = ("import sys, time; from etl import warehouse as wh; c = wh.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(30)")
    env_spec = f"{warehouse_path}"
    holder = subprocess.Popen([sys.executable, "-c", code, env_spec], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        with pytest.raises(wh.WarehouseLocked) as info:
            wh.connect(warehouse_path, read_only=True, wait_seconds=1)
        assert time.monotonic() - started < 5
        message = str(info.value)
        assert str(warehouse_path) in message and f"PID {holder.pid}" in message
        assert "nothing was written" in message

        monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
        assert main(["query", "SELECT 1"]) == 3
        assert "in use" in capsys.readouterr().err
    finally:
        holder.terminate()
        holder.wait(timeout=10)
        holder.stdout.close()
