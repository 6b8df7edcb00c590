"""`etl query` reads the warehouse and nothing else: it cannot write files (not even over the
warehouse), read or list files outside it, attach other databases, or switch those limits off
again — while the views and the full-text search functions keep working. Both warehouse modes:
a DuckDB file and a DuckLake (whose Parquet data files the query must still read)."""
from __future__ import annotations

import hashlib

import pytest

from etl import warehouse as wh
from etl.cli import main

SECRET = "TOP-SECRET-LINE"


def _query(capsys, sql, *extra) -> tuple[int, str, str]:
    code = main(["query", sql, "--csv", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def loaded(capsys, seeds_dir, warehouse_path):
    assert main(["run"]) == 0
    capsys.readouterr()
    return warehouse_path


@pytest.fixture
def outside(tmp_path):
    """A folder beside the warehouse with a file the query must not see."""
    folder = tmp_path / "private"
    folder.mkdir()
    (folder / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    return folder


def test_query_cannot_overwrite_the_warehouse_file(capsys, loaded):
    before = _digest(loaded)

    code, _, err = _query(capsys, f"COPY (SELECT 'x') TO '{loaded}' (FORMAT csv)")

    assert code != 0 and err.startswith("error:")
    assert _digest(loaded) == before
    code, out, _ = _query(capsys, "SELECT count(*) AS n FROM documents")
    assert code == 0 and out.split() == ["n", "1"]


def test_query_cannot_write_any_file(capsys, loaded, outside):
    for sql in (f"COPY (SELECT 1) TO '{outside}/dump.csv'", f"EXPORT DATABASE '{outside}/export'"):
        code, _, err = _query(capsys, sql)
        assert code != 0 and err.startswith("error:"), sql
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


@pytest.mark.parametrize("sql", [
    "SELECT content FROM read_text('{dir}/secret.txt')",
    "SELECT * FROM read_csv('{dir}/secret.txt', header = false)",
    "SELECT file FROM glob('{dir}/*')",
    "SELECT * FROM read_text('/etc/hostname')",
])
def test_query_cannot_read_or_list_files_outside_the_warehouse(capsys, loaded, outside, sql):
    code, out, err = _query(capsys, sql.format(dir=outside))

    assert code != 0 and err.startswith("error:")
    assert SECRET not in out + err and "secret.txt" not in out


def test_query_cannot_attach_another_database(capsys, loaded, tmp_path):
    import duckdb

    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as con:
        con.execute("CREATE TABLE t AS SELECT 1 AS x")

    code, _, err = _query(capsys, f"ATTACH '{other}' AS other (READ_WRITE); DELETE FROM other.t")

    assert code != 0 and err.startswith("error:")
    with duckdb.connect(str(other), read_only=True) as con:
        assert con.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_query_cannot_lift_its_own_limits(capsys, loaded, outside):
    for sql in ("SET enable_external_access = true", "SET lock_configuration = false",
                "RESET enable_external_access", "INSTALL httpfs", "LOAD httpfs"):
        code, _, err = _query(capsys, sql)
        assert code != 0 and err.startswith("error:"), sql

    # and a script that tries it first still cannot read the file
    code, out, _ = _query(capsys, f"SET enable_external_access = true; SELECT * FROM read_text('{outside}/secret.txt')")
    assert code != 0 and SECRET not in out


def test_locked_down_query_still_reads_views_and_full_text_search(capsys, loaded, outside, kit):
    code, out, _ = _query(capsys, f"SELECT content FROM read_text('{outside}/secret.txt')")
    assert code != 0 and SECRET not in out  # locked down ...

    code, out, _ = _query(capsys, "SELECT doc_id FROM v_documents")  # ... and still useful
    assert code == 0 and out.split() == ["doc_id", kit.SEED_ID]
    code, out, _ = _query(capsys, "SELECT count(*) > 0 AS some FROM v_claims")
    assert code == 0 and out.split() == ["some", "true"]
    # the fts extension is loaded before the configuration is locked: its functions work
    code, out, err = _query(capsys, "SELECT stem('المصادر', 'arabic') AS s")
    assert code == 0, err
    assert out.split() == ["s", "مصادر"]


def test_query_connection_is_locked_down_and_searches_a_full_text_index(loaded, kit):
    """The library call the CLI uses: settings cannot be changed back on the returned connection,
    and a full-text index in the warehouse is searchable (fts is loaded before the lock)."""
    with wh.connect(loaded, wait_seconds=5) as con:
        wh.load_extension(con, "fts")
        con.execute("PRAGMA create_fts_index('documents', 'doc_id', 'text', stemmer = 'arabic')")

    con = wh.connect_for_query(loaded, wait_seconds=5)
    try:
        assert con.execute("SELECT current_setting('enable_external_access'), "
                           "current_setting('lock_configuration')").fetchone() == (False, True)
        with pytest.raises(Exception, match="locked"):
            con.execute("SET enable_external_access = true")
        hits = wh.read_only_query(con, "SELECT doc_id FROM (SELECT doc_id, fts_main_documents.match_bm25("
                                       "doc_id, 'المصادر') AS score FROM documents) WHERE score IS NOT NULL").fetchall()
        assert hits == [(kit.SEED_ID,)]
    finally:
        con.close()


# --- DuckLake: the data files are read, nothing else is reachable ----------------------------------

@pytest.fixture
def lake(tmp_path, monkeypatch, seeds_dir, capsys):
    target = wh.DuckLakeTarget(str(tmp_path / "lake" / "catalog.ducklake"), str(tmp_path / "lake" / "data") + "/")
    monkeypatch.setenv("ETL_WAREHOUSE", str(target))
    monkeypatch.setenv("ETL_DUCKLAKE_DATA_PATH", target.data_path)
    assert main(["run"]) == 0
    capsys.readouterr()
    return target


def test_ducklake_query_reads_the_data_files_and_nothing_outside(capsys, lake, outside, kit):
    data_files = sorted((p, _digest(p)) for p in (lake.catalog_file.parent / "data").rglob("*.parquet"))
    assert data_files, "the lake wrote no Parquet files"

    code, out, err = _query(capsys, "SELECT doc_id FROM v_documents")
    assert code == 0, err
    assert out.split() == ["doc_id", kit.SEED_ID]
    code, out, _ = _query(capsys, "SELECT count(*) > 0 AS some FROM sentences")
    assert out.split() == ["some", "true"]

    code, out, err = _query(capsys, f"SELECT content FROM read_text('{outside}/secret.txt')")
    assert code != 0 and SECRET not in out
    # the data folder must be readable, but a query may not overwrite a data file in it
    path, _ = data_files[0]
    code, _, err = _query(capsys, f"COPY (SELECT 'x') TO '{path}' (FORMAT csv)")
    assert code != 0 and err.startswith("error:")
    code, _, err = _query(capsys, f"COPY (SELECT 'x') TO '{lake.catalog_file}' (FORMAT csv)")
    assert code != 0
    assert sorted((p, _digest(p)) for p in (lake.catalog_file.parent / "data").rglob("*.parquet")) == data_files
