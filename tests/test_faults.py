"""Faults: a run killed in the middle of loading, a warehouse held by another process, two runs at
once, files changed or deleted while a run reads them, an extractor crashing on one document.

The subprocess tests bound their own time (communicate/poll deadlines): pytest-timeout is not a
dependency of the project."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from etl.cli import main

RUN_TIMEOUT = 120  # seconds for any one `etl run` subprocess
# `etl run` with one document per load transaction, so that a kill lands between documents of one
# load (the product loads up to 8,000 per transaction; the guarantee is the same per transaction)
ONE_DOC_PER_TRANSACTION = ("import sys, etl.warehouse as w; w.LOAD_CHUNK = 1; from etl.cli import main; "
                           "sys.exit(main(sys.argv[1:]))")


def _env(**extra) -> dict:
    return {**os.environ, "DAGSTER_HOME": "", **extra}


def _etl_run(seeds: Path, warehouse: Path, code: str | None = None, **env) -> subprocess.Popen:
    """`etl run` in a fresh process; its output goes to files beside the warehouse (Dagster's debug
    log would fill a pipe and block the run). `proc.output()` returns (stdout, stderr)."""
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "etl.cli"]
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    n = len(list(warehouse.parent.glob("run*.out")))
    out, err = warehouse.parent / f"run{n}.out", warehouse.parent / f"run{n}.err"
    with open(out, "w") as o, open(err, "w") as e:
        proc = subprocess.Popen([*cmd, "run", "--seeds", str(seeds), "--warehouse", str(warehouse)],
                                stdout=o, stderr=e, env=_env(**env))
    proc.output = lambda: (out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"))
    return proc


def _make_seeds(folder: Path, seed: Path, n: int) -> None:
    """n distinct articles made from the repository's seed (paragraphs rotated, numbered)."""
    paras = [p for p in seed.read_text(encoding="utf-8").split("\n") if p.strip()]
    for i in range(n):
        k = i % len(paras)
        (folder / f"doc_{i:03d}.txt").write_text(f"خبر رقم {i}\n" + "\n".join(paras[k:] + paras[:k]) + "\n",
                                                 encoding="utf-8")


def _reference(seeds: Path, warehouse: Path) -> None:
    """The warehouse a clean, uninterrupted load of the same seeds gives (in-process, same code)."""
    from etl import warehouse as wh
    from etl.core.batch import documents_frame, extract_frames, reject, validate_frames
    from etl.core.documents import read_document
    from etl.core.version import extractor_version

    documents = documents_frame([read_document(p, seeds) for p in sorted(seeds.glob("*.txt"))])
    tables, failed = extract_frames(documents)
    v = validate_frames(reject(documents, failed), tables)
    with wh.connect(warehouse, wait_seconds=5) as con:
        wh.load(con, v.documents, v.tables, extractor_version())


def _rows(warehouse: Path, doc_id: str | None = None) -> dict[str, list[tuple]]:
    """Every row per table, without the load time (`documents.ingested_at`) and the extractor
    version (a hash of the code, which the reference computes in this process; it moves if the
    checkout is edited while the test runs)."""
    from etl import warehouse as wh

    out = {}
    with wh.connect(warehouse, read_only=True, wait_seconds=10) as con:
        for table in ("documents", "sentences", "actor_mentions", "events", "claims", "date_mentions", "actors"):
            if table == "actors" and doc_id is not None:
                continue
            cols = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in ("ingested_at", "extractor_version")]
            where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
            out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table} {where}", params).fetchall(),
                                key=repr)
    return out


def _doc_ids(warehouse: Path) -> list[str]:
    from etl import warehouse as wh

    with wh.connect(warehouse, read_only=True, wait_seconds=10) as con:
        return [d for (d,) in con.execute("SELECT doc_id FROM documents ORDER BY 1").fetchall()]


# --- SIGKILL in the middle of loading ---------------------------------------------------------------

def _size(path) -> int:
    """0 for a file that does not exist (a checkpoint may remove the WAL between two looks)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def test_run_killed_during_load_leaves_whole_documents_and_the_next_run_completes(tmp_path, kit, capsys):
    from etl import warehouse as wh

    n = 40
    seeds, warehouse, reference = tmp_path / "many", tmp_path / "wh" / "warehouse.duckdb", tmp_path / "ref.duckdb"
    seeds.mkdir()
    _make_seeds(seeds, kit.SEED, n)
    _reference(seeds, reference)
    with wh.connect(warehouse, wait_seconds=5) as con:  # schema in place: the WAL then only grows with loads
        wh.ensure_schema(con)

    proc = _etl_run(seeds, warehouse, ONE_DOC_PER_TRANSACTION)
    wal = warehouse.with_name(warehouse.name + ".wal")
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        # black box: the loader is committing documents once the write-ahead log holds more than
        # the schema statements (~10 KB); each document adds ~30 KB
        while _size(wal) <= 30_000:
            assert proc.poll() is None, f"the run ended before it was killed:\n{proc.output()[1][-3000:]}"
            assert time.monotonic() < deadline, "the run never reached the load"
            time.sleep(0.002)
        time.sleep(random.uniform(0, 0.4))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # what the killed run left: whole documents only, each exactly as a clean load makes it
    loaded = _doc_ids(warehouse)
    assert 0 < len(loaded) < n, f"the kill did not land in the middle of the load ({len(loaded)} of {n})"
    for doc_id in loaded:
        assert _rows(warehouse, doc_id) == _rows(reference, doc_id), doc_id

    # the next run completes it, with exactly the reference rows
    assert main(["run", "--seeds", str(seeds), "--warehouse", str(warehouse)]) == 0
    assert f"documents {n} " in capsys.readouterr().out
    assert _rows(warehouse) == _rows(reference)


# --- a warehouse held by another process -------------------------------------------------------------

def _hold(path: Path) -> subprocess.Popen:
    code = ("import duckdb, time; c = duckdb.connect(%r); print('ready', flush=True); time.sleep(60)" % str(path))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", "the lock holder did not start"
    return proc


def _release(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)
    proc.stdout.close()


def test_run_against_a_held_warehouse_fails_naming_the_holder_and_a_retry_succeeds(
        capsys, monkeypatch, seeds_dir, warehouse_path, kit):
    assert main(["run"]) == 0
    before = _rows(warehouse_path)
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    capsys.readouterr()

    holder = _hold(warehouse_path)
    try:
        monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "1")
        started = time.monotonic()
        code = main(["run"])
        waited = time.monotonic() - started
        err = capsys.readouterr().err
    finally:
        _release(holder)

    assert code != 0 and waited < 30
    assert f"PID {holder.pid}" in err and "Close that program's connection" in err and "nothing was written" in err
    assert _rows(warehouse_path) == before  # nothing lost, nothing half-written

    monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "5")
    assert main(["run"]) == 0
    assert _doc_ids(warehouse_path) == sorted([kit.SEED_ID, kit.SHORT_ID])


def test_run_waits_for_a_held_warehouse_and_goes_on_when_it_is_released(capsys, monkeypatch, seeds_dir,
                                                                         warehouse_path, kit):
    warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    holder = _hold(warehouse_path)
    timer = threading.Timer(2.0, holder.terminate)
    timer.start()
    try:
        monkeypatch.setenv("ETL_LOCK_WAIT_SECONDS", "30")
        assert main(["run"]) == 0
    finally:
        timer.cancel()
        _release(holder)
    assert _doc_ids(warehouse_path) == [kit.SEED_ID]


# --- two runs at once ---------------------------------------------------------------------------------

def test_two_runs_at_once_are_serialised_without_duplicates(tmp_path, kit):
    seeds, warehouse, reference = tmp_path / "many", tmp_path / "wh" / "warehouse.duckdb", tmp_path / "ref.duckdb"
    seeds.mkdir()
    _make_seeds(seeds, kit.SEED, 6)

    # the reference is a third, solitary run started at the same moment (same code on disk)
    solo = _etl_run(seeds, reference)
    runs = [_etl_run(seeds, warehouse, ETL_LOCK_WAIT_SECONDS="60") for _ in range(2)]
    results = []
    for proc in [*runs, solo]:
        try:
            proc.wait(timeout=RUN_TIMEOUT)
        finally:
            proc.kill()
        results.append((proc.returncode, *proc.output()))
    assert results.pop()[0] == 0

    for code, out, err in results:
        # serialised by the lock wait; a run that gives up must say why (and a rerun completes)
        assert code == 0 or "in use by" in err, err[-3000:]
    if any(code != 0 for code, _, _ in results):
        assert subprocess.run([sys.executable, "-m", "etl.cli", "run", "--seeds", str(seeds), "--warehouse",
                               str(warehouse)], env=_env(), capture_output=True, timeout=RUN_TIMEOUT).returncode == 0
    assert _rows(warehouse) == _rows(reference)  # same rows, none twice


# --- files changed or deleted while a run reads them ------------------------------------------------

def _tick(instance, resources, cursor):
    import dagster as dg

    from etl.dagster_defs.sensors import seed_files_sensor

    result = seed_files_sensor(dg.build_sensor_context(instance=instance, cursor=cursor, resources=resources))
    for req in result.dynamic_partitions_requests:
        if isinstance(req, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))
    return result


def test_file_changed_while_the_run_reads_it_loads_one_version_and_the_next_tick_sees_it(
        pipeline, monkeypatch, kit, resources):
    import etl.core.seed_reading as seed_reading
    from etl.core.documents import fingerprint_of

    (pipeline.seeds_dir / kit.SEED.name).unlink()  # two short articles keep it fast
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    first = _tick(pipeline.instance, resources, None)
    assert len(first.run_requests) == 1
    edited = kit.SHORT_TEXT + "وهددت الحكومة بفرض عقوبات جديدة.\n"
    real = seed_reading.read_document

    def read_then_edit(path, seeds_dir):
        doc = real(path, seeds_dir)
        if path.name == f"{kit.SHORT_ID}.txt":  # the analyst saves a new version right after the read
            path.write_text(edited, encoding="utf-8")
        return doc

    monkeypatch.setattr(seed_reading, "read_document", read_then_edit)
    pipeline.ingest()

    text, sha, fp = pipeline.query("SELECT text, content_sha256, input_sha256 FROM documents WHERE doc_id = ?",
                                   [kit.SHORT_ID])[0]
    assert text == kit.SHORT_TEXT  # the version read, whole
    assert fp == fingerprint_of(kit.SHORT_TEXT.encode(), None)
    assert pipeline.query("SELECT count(*) FROM sentences WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 3

    second = _tick(pipeline.instance, resources, first.cursor)
    [request] = second.run_requests
    assert request.tags["dagster/asset_partition_range_start"] == request.tags["dagster/asset_partition_range_end"] \
        == kit.SHORT_ID

    monkeypatch.setattr(seed_reading, "read_document", real)
    pipeline.ingest([kit.SHORT_ID], single=True)
    assert pipeline.query("SELECT text FROM documents WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == edited


def test_file_deleted_while_the_run_reads_it_is_rejected_and_the_rest_loads(pipeline, monkeypatch, kit, capsys,
                                                                           seeds_dir, warehouse_path):
    import etl.core.seed_reading as seed_reading

    (seeds_dir / kit.SEED.name).unlink()  # two short articles keep it fast
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    real = seed_reading.read_document

    def delete_then_read(path, seeds_dir):
        if path.name == f"{kit.SHORT_ID}.txt":  # deleted between the listing and the read
            path.unlink()
        return real(path, seeds_dir)

    monkeypatch.setattr(seed_reading, "read_document", delete_then_read)
    pipeline.ingest()
    rows = dict(pipeline.query("SELECT doc_id, coalesce(reject_reason, status) FROM documents"))
    assert rows[kit.THIRD_ID] == "ok" and "no longer exists" in rows[kit.SHORT_ID]

    monkeypatch.setattr(seed_reading, "read_document", real)
    assert main(["run", "--seeds", str(seeds_dir), "--warehouse", str(warehouse_path)]) == 0
    assert "removed 1" in capsys.readouterr().out
    assert _doc_ids(warehouse_path) == [kit.THIRD_ID]


# --- one document breaking an extractor ---------------------------------------------------------------

def test_extractor_crash_rejects_that_document_only(pipeline, monkeypatch, kit):
    import etl.core.batch as batch

    real = batch.extract

    def crashing(doc_id, *args, **kwargs):
        if doc_id == kit.SHORT_ID:
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc_id, *args, **kwargs)

    monkeypatch.setattr(batch, "extract", crashing)
    (pipeline.seeds_dir / kit.SEED.name).unlink()  # two short articles keep it fast
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    result = pipeline.ingest()

    rows = dict(pipeline.query("SELECT doc_id, coalesce(reject_reason, status) FROM documents"))
    assert rows == {kit.THIRD_ID: "ok",
                    kit.SHORT_ID: "extractor error: RecursionError: maximum recursion depth exceeded"}
    assert pipeline.query("SELECT count(*) FROM sentences WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 0
    assert pipeline.query("SELECT count(*) FROM events WHERE doc_id = ?", [kit.THIRD_ID])[0][0] > 0
    assert all(c.passed for c in result.get_asset_check_evaluations())


# --- extraction worker processes ---------------------------------------------------------------------

# `etl run` with two documents per worker task, so that a small batch goes to the worker pool
SMALL_WORKER_CHUNKS = ("import sys, etl.core.batch as b; b.PARALLEL_CHUNK = 2; from etl.cli import main; "
                       "sys.exit(main(sys.argv[1:]))")


def _workers(proc: subprocess.Popen, deadline: float) -> list:
    """The run's extraction worker processes, once the pool has started them."""
    import psutil

    while True:
        assert proc.poll() is None, f"the run ended before its workers were seen:\n{proc.output()[1][-3000:]}"
        assert time.monotonic() < deadline, "the run never started extraction workers"
        try:
            found = [c for c in psutil.Process(proc.pid).children(recursive=True)
                     if "spawn_main" in " ".join(c.cmdline())]
        except psutil.NoSuchProcess:
            found = []
        if found:
            return found
        time.sleep(0.01)


def test_a_killed_worker_does_not_abort_the_run(tmp_path, kit):
    seeds, warehouse, reference = tmp_path / "many", tmp_path / "wh" / "warehouse.duckdb", tmp_path / "ref.duckdb"
    seeds.mkdir()
    _make_seeds(seeds, kit.SEED, 16)
    _reference(seeds, reference)

    proc = _etl_run(seeds, warehouse, SMALL_WORKER_CHUNKS, ETL_WORKERS="2", PYTHONFAULTHANDLER="1")
    try:
        victim = _workers(proc, time.monotonic() + RUN_TIMEOUT)[0]
        victim.send_signal(signal.SIGKILL)  # as the OOM killer would
        proc.wait(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)  # the fault handler writes where every thread waits
        time.sleep(2)
        pytest.fail(f"the run hung after a worker was killed:\n{proc.output()[1][-6000:]}")
    finally:
        proc.kill()
    out, err = proc.output()

    assert proc.returncode == 0, err[-3000:]
    assert "worker process died" in err  # the kill landed while the pool was at work
    assert "documents 16 " in out
    assert _rows(warehouse) == _rows(reference)


def test_killing_the_run_ends_its_worker_processes(tmp_path, kit):
    seeds, warehouse = tmp_path / "many", tmp_path / "wh" / "warehouse.duckdb"
    seeds.mkdir()
    _make_seeds(seeds, kit.SEED, 300)  # minutes of extraction: the run is killed long before it ends

    proc = _etl_run(seeds, warehouse, SMALL_WORKER_CHUNKS, ETL_WORKERS="2")
    try:
        workers = _workers(proc, time.monotonic() + RUN_TIMEOUT)
        time.sleep(2.0)  # the workers are importing or extracting
        workers = _workers(proc, time.monotonic() + 5)  # every one the pool has started by now
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while kit.alive(workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = kit.alive(workers)
    finally:
        proc.kill()
        for p in kit.alive(workers):  # only this test's own orphans, by pid
            p.kill()
    assert left == [], f"worker processes outlived the killed run: {[p.pid for p in left]}"


# --- a full disk -------------------------------------------------------------------------------------
# The operating system refuses the warehouse's writes beyond a size (RLIMIT_FSIZE gives `File too
# large` where a full disk gives `No space left on device`; the same DuckDB error either way).

# `etl run` (one document per load transaction) whose process may not write files beyond argv[2]
# bytes; the extractor runs once before the limit, so that its models and lexicons are loaded (and
# whatever temporary files loading them writes) and only the warehouse meets the limit
LIMITED_WRITES = ("import datetime, resource, signal, sys\n"
                  "import etl.warehouse as w; w.LOAD_CHUNK = 1\n"
                  "from etl.core.extract import extract\n"
                  "extract('warm-up', open(sys.argv[1], encoding='utf-8').read(), datetime.date(2024, 12, 8), 'ar')\n"
                  "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write is an error, not a signal\n"
                  "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))\n"
                  "from etl.cli import main\n"
                  "sys.exit(main(sys.argv[3:]))\n")


def _run_with_file_size_limit(seeds: Path, warehouse: Path, limit: int, seed: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", LIMITED_WRITES, str(seed), str(limit),
           "run", "--seeds", str(seeds), "--warehouse", str(warehouse)]
    return subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=RUN_TIMEOUT)


def _the_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr and "Stack Trace" not in stderr, stderr[-3000:]
    assert "no transaction is active" not in stderr
    [line] = [x for x in stderr.splitlines() if x.startswith("error:")]
    return line


def test_a_refused_write_is_reported_as_its_cause_and_the_next_run_completes(tmp_path, kit, capsys):
    """The run fails with the storage's cause in one line, keeps only whole documents, and a run
    with room completes."""
    from etl import warehouse as wh

    seeds, warehouse, reference = tmp_path / "many", tmp_path / "wh" / "warehouse.duckdb", tmp_path / "ref.duckdb"
    seeds.mkdir()
    # ~30 KB of write-ahead log per document: 40 outgrow the allowance below even when the
    # schema alone takes two of DuckDB's 256 KB blocks (a wider contract can tip it over)
    _make_seeds(seeds, kit.SEED, 40)
    _reference(seeds, reference)
    with wh.connect(warehouse, wait_seconds=5) as con:
        wh.ensure_schema(con)

    # room for the schema, not for the documents
    done = _run_with_file_size_limit(seeds, warehouse, warehouse.stat().st_size + 20_000, kit.SEED)

    assert done.returncode != 0
    line = _the_error_line(done.stderr)
    assert line.startswith("error: File too large: the warehouse file") and "rerun `etl run`" in line
    for doc_id in _doc_ids(warehouse):  # whatever was committed is whole
        assert _rows(warehouse, doc_id) == _rows(reference, doc_id), doc_id

    assert main(["run", "--seeds", str(seeds), "--warehouse", str(warehouse)]) == 0
    assert "documents 40 " in capsys.readouterr().out
    assert _rows(warehouse) == _rows(reference)


def test_no_room_for_a_new_warehouse_is_reported_as_its_cause(tmp_path, seeds_dir, kit):
    warehouse = tmp_path / "wh" / "warehouse.duckdb"

    done = _run_with_file_size_limit(seeds_dir, warehouse, 10_000, kit.SEED)

    assert done.returncode != 0
    assert _the_error_line(done.stderr).startswith(f"error: File too large: the warehouse file {warehouse} ")
