"""Worker processes for batches: how many, and a pool whose workers never outlive the run.

Kept apart from the extraction (`batch.py`) so that a worker reading seed files imports only
what reading needs (~30 ms instead of ~1 s with the extractors and schemas)."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager


def workers() -> int:
    """Worker processes for a batch: `ETL_WORKERS`, else one per core."""
    return max(1, int(os.environ.get("ETL_WORKERS", "0")) or os.cpu_count() or 1)


@contextmanager
def worker_pool(processes: int) -> Iterator[ProcessPoolExecutor]:
    """Fresh interpreters (`spawn`: the parent may be a threaded Dagster process, unsafe to fork)
    that end with the process that started them, and at the end of the block.

    The block is left once its results are in (or given up), and its workers are then killed, not
    asked to stop: a worker that died while it waited for work held the task queue's lock, and
    the others, waiting for that lock, never read the pool's request to stop (`shutdown` waited
    for ever; one run in six when a worker was killed, with Python 3.11)."""
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        # the pool lists its workers nowhere else; every worker exists once the tasks are submitted
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.kill()
        pool.shutdown(wait=True, cancel_futures=True)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """Worker start-up: end with the process that started the pool. A run killed with SIGKILL
    cannot stop its workers, which would otherwise wait for work forever. On Linux the kernel
    sends SIGKILL when the parent dies; elsewhere a thread watches for the parent to go."""
    if not _kernel_kills_on_parent_death():
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="watch-parent").start()
    if os.getppid() != parent_pid:  # the parent died before the death signal was armed
        os._exit(1)


def _kernel_kills_on_parent_death() -> bool:
    # the kernel's "parent" is the thread that started the worker: the pool's users start the pool
    # and wait for it in one thread, so that thread outlives every worker it started
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int, interval: float = 1.0) -> None:
    while os.getppid() == parent_pid:
        time.sleep(interval)
    os._exit(1)
