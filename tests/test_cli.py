"""`etl run` and `etl query`, in-process."""
from __future__ import annotations

import re

import pytest

from etl.cli import main


def _counts(out: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"(documents|actors|events|claims|dates|rejected|removed) (\d+)", out)}


def _run(capsys, seeds, warehouse, *extra) -> tuple[int, str, str]:
    code = main(["run", "--seeds", str(seeds), "--warehouse", str(warehouse), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _query(capsys, sql, warehouse, *extra) -> tuple[int, str, str]:
    code = main(["query", sql, "--warehouse", str(warehouse), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def _db(warehouse, sql, params=None):
    from etl import warehouse as wh

    with wh.connect(warehouse, read_only=True, wait_seconds=5) as con:
        return con.execute(sql, params or []).fetchall()


def test_run_loads_the_seed_and_prints_a_summary(capsys, seeds_dir, warehouse_path, kit):
    code, out, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0
    assert str(warehouse_path) in out and "1 seed files" in out
    counts = _counts(out)
    assert counts["documents"] == 1 and counts["rejected"] == 0
    assert counts["events"] > 0 and counts["claims"] > 0 and counts["dates"] > 0
    assert counts == {"documents": 1, "rejected": 0,
                      "actors": _db(warehouse_path, "SELECT count(*) FROM actors")[0][0],
                      "events": _db(warehouse_path, "SELECT count(*) FROM events")[0][0],
                      "claims": _db(warehouse_path, "SELECT count(*) FROM claims")[0][0],
                      "dates": _db(warehouse_path, "SELECT count(*) FROM date_mentions")[0][0]}
    assert _db(warehouse_path, "SELECT doc_id, status FROM documents") == [(kit.SEED_ID, "ok")]


def test_rerun_prints_the_same_counts_and_keeps_rows(capsys, seeds_dir, warehouse_path, kit):
    _, first, _ = _run(capsys, seeds_dir, warehouse_path)
    before = kit.snapshot(warehouse_path)

    code, again, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0
    assert _counts(again) == _counts(first)
    assert kit.snapshot(warehouse_path) == before


def test_bad_files_are_rejected_with_reasons_and_the_seed_loads(capsys, seeds_dir, warehouse_path, kit):
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    code, out, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0
    assert "3 seed files" in out
    assert _counts(out)["rejected"] == 2
    assert re.search(r"rejected empty: empty file", out)
    assert re.search(r"rejected report: binary data.*PDF", out)
    assert _db(warehouse_path, "SELECT doc_id FROM v_documents") == [(kit.SEED_ID,)]
    assert _db(warehouse_path, "SELECT count(*) FROM events WHERE doc_id = ?", [kit.SEED_ID])[0][0] > 0


def test_deleted_file_rows_are_removed_on_rerun(capsys, seeds_dir, warehouse_path, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    code, out, _ = _run(capsys, seeds_dir, warehouse_path)
    assert code == 0 and _counts(out)["documents"] == 2
    seed_rows = kit.snapshot(warehouse_path, kit.SEED_ID)

    (seeds_dir / f"{kit.SHORT_ID}.txt").unlink()
    code, out, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0
    assert _counts(out)["documents"] == 1 and _counts(out)["removed"] == 1
    for table in ("documents", *kit.DOC_TABLES):
        assert _db(warehouse_path, f"SELECT count(*) FROM {table} WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 0
    assert kit.snapshot(warehouse_path, kit.SEED_ID) == seed_rows


def test_edited_file_is_reloaded_on_rerun(capsys, seeds_dir, warehouse_path, kit):
    short = seeds_dir / f"{kit.SHORT_ID}.txt"
    short.write_text(kit.SHORT_TEXT, encoding="utf-8")
    _run(capsys, seeds_dir, warehouse_path)

    short.write_text(kit.SHORT_TEXT + "وهددت الحكومة بفرض عقوبات جديدة.\n", encoding="utf-8")
    code, _, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0
    assert _db(warehouse_path, "SELECT count(*) FROM sentences WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 4


def test_paths_come_from_the_environment_without_flags(capsys, seeds_dir, warehouse_path):
    # ETL_SEEDS_DIR / ETL_WAREHOUSE are set by the autouse fixture
    code = main(["run"])
    out, _ = capsys.readouterr()
    assert code == 0 and str(warehouse_path) in out
    assert _db(warehouse_path, "SELECT count(*) FROM documents")[0][0] == 1


def test_query_prints_the_count(capsys, seeds_dir, warehouse_path, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    _run(capsys, seeds_dir, warehouse_path)

    code, out, _ = _query(capsys, "SELECT count(*) AS n FROM documents", warehouse_path)
    assert code == 0 and re.search(r"│\s+2\s+│", out)

    code, out, _ = _query(capsys, "SELECT count(*) AS n FROM documents", warehouse_path, "--csv")
    assert code == 0 and out.split() == ["n", "2"]


def test_query_prints_arabic_text(capsys, seeds_dir, warehouse_path, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    _run(capsys, seeds_dir, warehouse_path)

    code, out, _ = _query(capsys, f"SELECT title FROM documents WHERE doc_id = '{kit.SHORT_ID}'", warehouse_path,
                          "--csv")
    assert code == 0 and out.splitlines() == ["title", "محادثات جديدة في دمشق"]


def test_bad_sql_prints_an_error_and_fails(capsys, seeds_dir, warehouse_path):
    _run(capsys, seeds_dir, warehouse_path)

    code, out, err = _query(capsys, "SELECT nope FROM documents", warehouse_path)

    assert code != 0
    assert err.startswith("error:") and "nope" in err


def test_query_without_a_warehouse_says_to_run_first(capsys, tmp_path):
    code, _, err = _query(capsys, "SELECT 1", tmp_path / "none.duckdb")
    assert code != 0 and "etl run" in err
    assert not (tmp_path / "none.duckdb").exists()


def test_missing_seeds_folder_fails_with_a_message(capsys, tmp_path, warehouse_path):
    missing = tmp_path / "no-such-folder"
    code, _, err = _run(capsys, missing, warehouse_path)
    assert code != 0
    assert str(missing) in err and "does not exist" in err
    assert not warehouse_path.exists()


def test_run_while_the_warehouse_is_locked_fails_with_a_message(capsys, seeds_dir, warehouse_path, lock_holder,
                                                                monkeypatch):
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
    code, _, err = _run(capsys, seeds_dir, warehouse_path)
    assert code != 0
    assert "in use" in err and str(warehouse_path) in err


def test_second_run_in_one_process_uses_its_own_paths(capsys, tmp_path, seeds_dir, warehouse_path, kit):
    import etl.definitions  # noqa: F401  — first import binds the paths of the environment (A)

    other_seeds, other_wh = tmp_path / "seeds_b", tmp_path / "b" / "warehouse.duckdb"
    other_seeds.mkdir()
    (other_seeds / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")

    code, out, _ = _run(capsys, other_seeds, other_wh)

    assert code == 0
    assert _db(other_wh, "SELECT doc_id FROM documents") == [(kit.SHORT_ID,)]


# --- deletions: an empty or wrong seeds folder is not a mass deletion ------------------------------

def test_an_emptied_seeds_folder_does_not_empty_the_warehouse_but_new_files_load(capsys, seeds_dir, warehouse_path,
                                                                                kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    assert _run(capsys, seeds_dir, warehouse_path)[0] == 0
    held = kit.snapshot(warehouse_path, kit.SEED_ID)

    # the share is unmounted: the old files are missing, one new file is there
    for path in seeds_dir.glob("*.txt"):
        path.unlink()
    (seeds_dir / f"{kit.THIRD_ID}.txt").write_text(kit.THIRD_TEXT, encoding="utf-8")
    code, out, err = _run(capsys, seeds_dir, warehouse_path)

    assert code != 0
    assert "refusing to remove 2 of the warehouse's 2 documents" in err
    assert "nothing was removed" in err and "--allow-mass-delete" in err and str(seeds_dir) in err
    assert _db(warehouse_path, "SELECT doc_id FROM documents ORDER BY 1") == [
        (kit.SEED_ID,), (kit.SHORT_ID,), (kit.THIRD_ID,)]
    assert kit.snapshot(warehouse_path, kit.SEED_ID) == held
    assert _counts(out)["documents"] == 3 and "removed" not in _counts(out)

    code, out, err = _run(capsys, seeds_dir, warehouse_path, "--allow-mass-delete")

    assert code == 0, err
    assert _counts(out)["removed"] == 2
    assert _db(warehouse_path, "SELECT doc_id FROM documents") == [(kit.THIRD_ID,)]


def test_retire_job_refuses_a_mass_deletion_unless_allowed(pipeline, kit):
    """The same rule for the sensor's retire runs (the UI can relaunch with allow_mass_delete)."""
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.ingest()
    job = pipeline.defs.resolve_job_def("retire_job")

    result = job.execute_in_process(instance=pipeline.instance, raise_on_error=False, run_config={
        "ops": {"retire_documents": {"config": {"doc_ids": [kit.SEED_ID, kit.SHORT_ID]}}}})
    assert not result.success
    [failure] = [e for e in result.all_events if e.is_step_failure]
    assert "refusing to remove 2 of the warehouse's 2" in failure.step_failure_data.user_failure_data.description
    assert pipeline.query("SELECT count(*) FROM documents")[0][0] == 2

    result = job.execute_in_process(instance=pipeline.instance, run_config={
        "ops": {"retire_documents": {"config": {"doc_ids": [kit.SEED_ID, kit.SHORT_ID], "allow_mass_delete": True}}}})
    assert result.success and isinstance(result.output_for_node("retire_documents"), int)
    assert pipeline.query("SELECT count(*) FROM documents")[0][0] == 0


def test_the_retire_step_follows_the_log_level(capsys, seeds_dir, warehouse_path, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    _run(capsys, seeds_dir, warehouse_path)
    (seeds_dir / f"{kit.SHORT_ID}.txt").unlink()

    code, out, err = _run(capsys, seeds_dir, warehouse_path, "--log-level", "WARNING")

    assert code == 0 and _counts(out)["removed"] == 1
    assert not re.search(r" - (DEBUG|INFO) - ", err), err[:2000]


# --- errors are one line that says what to do ------------------------------------------------------

def test_query_says_that_it_waits_for_a_held_warehouse(capsys, warehouse_path, lock_holder, monkeypatch):
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")

    code, _, err = _query(capsys, "SELECT 1", warehouse_path)

    assert code == 3
    first, *rest = err.strip().splitlines()
    assert f"PID {lock_holder.pid}" in first and "waiting up to 1 s" in first
    assert rest[-1].startswith("error:") and "in use by" in rest[-1]


def test_a_corrupt_warehouse_is_a_message_not_a_traceback(capsys, seeds_dir, warehouse_path):
    warehouse_path.parent.mkdir(parents=True)
    warehouse_path.write_bytes(b"not a database\n" * 1000)

    for code, _, err in (_run(capsys, seeds_dir, warehouse_path), _query(capsys, "SELECT 1", warehouse_path)):
        assert code == 2
        assert "Traceback" not in err and "Stack Trace" not in err
        assert err.startswith(f"error: cannot open the warehouse {warehouse_path}") and "rebuild" in err
    assert warehouse_path.read_bytes() == b"not a database\n" * 1000


def test_a_lock_holder_found_mid_run_is_one_message_without_a_traceback(capsys, seeds_dir, warehouse_path,
                                                                        monkeypatch):
    import subprocess
    import sys

    import etl.dagster_defs.assets as assets

    holders = []
    real = assets.extract_frames

    def extract_then_someone_opens_the_warehouse(*args, **kwargs):
        code = ("import duckdb, time; c = duckdb.connect(%r); print('ready', flush=True); time.sleep(30)"
                % str(warehouse_path))
        holders.append(subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True))
        assert holders[-1].stdout.readline().strip() == "ready"
        return real(*args, **kwargs)

    monkeypatch.setattr(assets, "extract_frames", extract_then_someone_opens_the_warehouse)
    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
    try:
        code, _, err = _run(capsys, seeds_dir, warehouse_path)
    finally:
        for holder in holders:
            holder.kill()
            holder.wait(timeout=10)
            holder.stdout.close()

    assert holders and code == 3
    assert "Traceback" not in err and "Stack Trace" not in err, err[:3000]
    last = err.strip().splitlines()[-1]
    assert last.startswith(f"error: the warehouse {warehouse_path} is in use by")
    assert f"PID {holders[0].pid}" in last and "nothing was written" in last


# --- help ----------------------------------------------------------------------------------------

def test_help_lists_every_command_and_explains_every_option(capsys):
    import argparse

    from etl.cli import build_parser

    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    [commands] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    for name, parser in commands.choices.items():
        assert re.search(rf"^\s+{name}\b", top, re.M), name
        for action in parser._actions:
            assert action.help, f"etl {name} {action.option_strings or action.dest} has no help text"

    assert {"run", "query", "search", "bench", "robustness"} <= set(commands.choices)

    with pytest.raises(SystemExit):
        main(["query", "--help"])
    text = re.sub(r"\s+", "", capsys.readouterr().out)  # argparse wraps lines, also at hyphens
    assert "read-only" in text and "SELECT" in text and "--max-rows" in text


def test_a_seeds_folder_that_cannot_be_listed_is_an_error_not_an_empty_run(tmp_path, capsys, monkeypatch):
    import etl.core.scan as scan_module

    def unlistable(path):
        raise PermissionError(13, "Permission denied", str(path))

    seeds = tmp_path / "unlistable-share"
    seeds.mkdir()
    monkeypatch.setattr(scan_module.os, "scandir", unlistable)
    code = main(["run", "--seeds", str(seeds), "--warehouse", str(tmp_path / "w.duckdb")])
    err = capsys.readouterr().err
    assert code == 2 and "Permission denied" in err and str(seeds) in err and "Traceback" not in err


def test_with_dagster_home_each_document_is_a_materialised_partition(capsys, tmp_path, seeds_dir, warehouse_path,
                                                                      kit, monkeypatch):
    """A persistent instance keeps what the UI shows: one partition per document, materialised by
    the run; without DAGSTER_HOME (every other test here) nothing per document is recorded."""
    import dagster as dg

    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))

    code, out, _ = _run(capsys, seeds_dir, warehouse_path)

    assert code == 0 and _counts(out)["documents"] == 2
    with dg.DagsterInstance.get() as instance:
        assert sorted(instance.get_dynamic_partitions("documents")) == sorted([kit.SEED_ID, kit.SHORT_ID])
        records = instance.fetch_materializations(dg.AssetKey("news_warehouse"), limit=10).records
        assert sorted(r.asset_materialization.partition for r in records) == sorted([kit.SEED_ID, kit.SHORT_ID])
