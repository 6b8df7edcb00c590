"""Worker processes for batches: how many, and a pool whose workers never outlive the run and
whose death never leaves the run waiting.

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
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing.connection import wait as wait_for_ready

# How long the tasks may all stay unfinished, with a worker dead, before the pool is given up:
# the pool itself notices a dead worker at once, except one killed while it sent its result
LOST_WORKER_GRACE = 1.0  # seconds


def workers() -> int:
    """Worker processes for a batch: `ETL_WORKERS`, else one per core."""
    return max(1, int(os.environ.get("ETL_WORKERS", "0")) or os.cpu_count() or 1)


def run_in_workers(processes: int, task: Callable, arguments: dict[Hashable, tuple]) -> dict[Hashable, object]:
    """`task(*arguments[key])` for every key, in a fresh pool of worker processes: each key's
    result, or the exception that stopped it. A worker that dies (killed, out of memory) breaks
    the pool: the keys it left unfinished get a `BrokenProcessPool`, and the call returns."""
    with worker_pool(processes) as pool:
        futures: dict[Hashable, Future] = {}
        try:
            for key, args in arguments.items():
                futures[key] = pool.submit(task, *args)
        except BrokenProcessPool:  # raised once a worker has died
            pass
        outcomes = settle(pool, futures)
    broken = BrokenProcessPool("a worker process died before the task was handed out")
    return {key: outcomes.get(key, broken) for key in arguments}


def settle(pool: ProcessPoolExecutor, futures: dict[Hashable, Future]) -> dict[Hashable, object]:
    """Each future's result or exception, once all are done or the pool has lost a worker.

    A worker killed while it sent its result leaves half a message in the result pipe, which
    the pool reads for ever (Python 3.11): its futures never end. So the futures are waited for
    a little at a time, and once none ended for `LOST_WORKER_GRACE` while a worker is dead, the
    rest are given up."""
    waiting = {future: key for key, future in futures.items()}
    outcomes: dict[Hashable, object] = {}
    while waiting:
        done, _ = wait(waiting, timeout=LOST_WORKER_GRACE, return_when=FIRST_COMPLETED)
        for future in done:
            key = waiting.pop(future)
            outcomes[key] = future.exception() or future.result()
        if waiting and not done and _lost_a_worker(pool):
            lost = BrokenProcessPool("a worker process died while it sent its result")
            outcomes.update({key: lost for key in waiting.values()})
            break
    return outcomes


def _lost_a_worker(pool: ProcessPoolExecutor) -> bool:
    sentinels = [process.sentinel for process in _processes(pool)]
    return bool(sentinels) and bool(wait_for_ready(sentinels, timeout=0))


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
        workers_started = _processes(pool)
        for process in workers_started:
            if process.is_alive():
                process.kill()
        for process in workers_started:
            process.join()
        # Half a result sent by a worker killed mid-message keeps the pool's own thread reading
        # for ever, and `shutdown` waiting for that thread: with every worker gone, this process
        # holds the last writing end of the result pipe, and closing it ends that read
        result_queue = getattr(pool, "_result_queue", None)
        if result_queue is not None:
            result_queue._writer.close()
        pool.shutdown(wait=True, cancel_futures=True)


def _processes(pool: ProcessPoolExecutor) -> list:
    # the pool lists its workers nowhere else; every worker exists once the tasks are submitted
    return list((getattr(pool, "_processes", None) or {}).values())


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
