"""Batch extraction: worker processes give exactly the rows of a single process."""
import datetime as dt
import gc
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from etl.core import batch
from etl.core.worker_processes import worker_pool

SEED = (Path(__file__).parents[2] / "seeds" / "000_4da58059eb1a1826.txt").read_text(encoding="utf-8")


def _documents(n):
    return pl.DataFrame({
        "doc_id": [f"d{i:03d}" for i in range(n)],
        "text": [SEED if i % 2 else "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مستمرة." for i in range(n)],
        "published_on": [dt.date(2024, 12, 8)] * n,
        "language": ["ar"] * n, "title": [None] * n, "status": ["ok"] * n,
    })


def test_worker_processes_give_the_same_rows_as_one_process(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_CHUNK", 3)
    docs = _documents(8)
    one, failed_one = batch.extract_frames(docs, processes=1)
    two, failed_two = batch.extract_frames(docs, processes=2)
    assert failed_one == failed_two == {}
    for table in batch.EXTRACTED_TABLES:
        assert one[table].height > 0
        assert_frame_equal(one[table], two[table])


def _frozen_after_a_chunk(documents):
    batch._extract_chunk(documents)
    return gc.get_freeze_count()


def test_a_worker_keeps_its_heap_frozen_between_chunks_and_the_main_process_gets_it_back():
    """A worker's next chunk does not collect its per-word caches again; a long-lived process
    (Dagster's) has its heap as it was after a batch."""
    docs = _documents(3)
    with worker_pool(1) as pool:
        assert pool.submit(_frozen_after_a_chunk, docs).result() > 0
    if gc.get_freeze_count() == 0:
        assert _frozen_after_a_chunk(docs) == 0


@pytest.mark.parametrize("total", [800, 801, 4_000, 23_897])
def test_worker_tasks_cover_every_document_once_and_end_small(total):
    """The last rounds of tasks are small, so that no worker idles long while another finishes."""
    bounds = batch.chunk_bounds(total, 2)
    sizes = [b - a for a, b in zip(bounds, bounds[1:])]
    assert bounds[0] == 0 and bounds[-1] == total and all(size > 0 for size in sizes)
    assert max(sizes) <= batch.PARALLEL_CHUNK
    assert max(sizes[-4:]) <= batch.PARALLEL_CHUNK // 4


def test_an_extractor_error_rejects_only_that_document(monkeypatch):
    real = batch.extract

    def flaky(doc_id, *args, **kwargs):
        if doc_id == "d001":
            raise ValueError("boom")
        return real(doc_id, *args, **kwargs)

    monkeypatch.setattr(batch, "extract", flaky)
    tables, failed = batch.extract_frames(_documents(3), processes=1)
    assert failed == {"d001": "extractor error: ValueError: boom"}
    assert set(tables["sentences"]["doc_id"].unique()) == {"d000", "d002"}


# --- a worker process dying does not abort the batch --------------------------------------------
# The pool calls `batch._extract_chunk` by name in spawned workers, which import this module to
# find the stand-ins below: a worker that kills itself as a worker killed by the OOM killer would.

def _killed_in_a_worker(documents, *args):
    """Every worker running a chunk dies; the parent process extracts normally."""
    import multiprocessing
    import os
    import signal

    if multiprocessing.parent_process() is not None:
        os.kill(os.getpid(), signal.SIGKILL)
    return _REAL_EXTRACT_CHUNK(documents, *args)


def _first_worker_killed(documents, *args):
    """The first worker to take a chunk dies; the others (and any later pool) work."""
    import os
    import signal

    try:
        os.close(os.open(os.environ["TEST_WORKER_DEATH_MARK"], os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return _REAL_EXTRACT_CHUNK(documents, *args)
    os.kill(os.getpid(), signal.SIGKILL)


def _memory_error_in_a_worker(documents, *args):
    """A worker runs out of memory on a chunk (and says so, rather than being killed)."""
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        raise MemoryError("worker ran out of memory")
    return _REAL_EXTRACT_CHUNK(documents, *args)


_REAL_EXTRACT_CHUNK = batch._extract_chunk


def test_a_worker_killed_once_costs_a_fresh_pool_not_the_batch(monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(batch, "PARALLEL_CHUNK", 2)
    monkeypatch.setenv("TEST_WORKER_DEATH_MARK", str(tmp_path / "died"))
    docs = _documents(8)
    one, _ = batch.extract_frames(docs, processes=1)

    monkeypatch.setattr(batch, "_extract_chunk", _first_worker_killed)
    two, failed = batch.extract_frames(docs, processes=2)

    assert (tmp_path / "died").exists()  # a worker did die
    assert failed == {}
    for table in batch.EXTRACTED_TABLES:
        assert_frame_equal(one[table], two[table])
    assert any("worker process died" in r.message and "fresh pool" in r.message for r in caplog.records)


@pytest.mark.parametrize("n_docs, chunk, message", [
    (6, "_killed_in_a_worker", "extracts the last 6 of 6 chunks itself"),       # workers that keep dying
    (4, "_memory_error_in_a_worker", "MemoryError: worker ran out of memory"),  # a worker that raises
], ids=["workers-keep-dying", "worker-out-of-memory"])
def test_a_worker_that_fails_leaves_its_chunks_to_the_parent(monkeypatch, caplog, n_docs, chunk, message):
    monkeypatch.setattr(batch, "PARALLEL_CHUNK", 2)
    docs = _documents(n_docs)
    one, _ = batch.extract_frames(docs, processes=1)

    monkeypatch.setattr(batch, "_extract_chunk", globals()[chunk])
    two, failed = batch.extract_frames(docs, processes=2)

    assert failed == {}
    for table in batch.EXTRACTED_TABLES:
        assert_frame_equal(one[table], two[table])
    assert any(message in r.message for r in caplog.records)


def test_a_worker_ends_when_its_parent_is_killed(tmp_path, kit):
    """The worker start-up hook, in a worker of a process that is then SIGKILLed."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import psutil

    started = tmp_path / "worker-started"
    code = ("import multiprocessing as mp, os, sys, time\n"
            "from concurrent.futures import ProcessPoolExecutor\n"
            "from etl.core import worker_processes\n"
            "if __name__ == '__main__':\n"
            "    pool = ProcessPoolExecutor(1, mp_context=mp.get_context('spawn'),\n"
            "                               initializer=worker_processes.die_with_parent, initargs=(os.getpid(),))\n"
            "    pool.submit(os.mkdir, sys.argv[1])\n"
            "    time.sleep(60)\n")
    # run from the folder of the `etl` under test, so that `-c` imports that one
    parent = subprocess.Popen([sys.executable, "-c", code, str(started)], cwd=Path(batch.__file__).parents[2])
    try:
        deadline = time.monotonic() + 60
        while not started.exists():  # the worker has run its start-up hook and a task
            assert time.monotonic() < deadline and parent.poll() is None, "the worker never started"
            time.sleep(0.1)
        workers = [c for c in psutil.Process(parent.pid).children(recursive=True)
                   if "spawn_main" in " ".join(c.cmdline())]
        assert workers
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while kit.alive(workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not kit.alive(workers), [w.pid for w in workers]
    finally:
        parent.kill()
