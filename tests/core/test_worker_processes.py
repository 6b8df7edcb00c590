"""The worker pool of a batch: a worker killed at any moment never leaves the run waiting."""
import subprocess
import sys
from pathlib import Path

import etl

# Ten pools of two workers; in each, both workers take a task, then one is killed (as the OOM
# killer would) just before the block ends. A worker killed while it waited for work held the
# task queue's lock: with a pool asked to stop its workers, the run then waited for ever (two
# runs in three of this script, Python 3.11).
KILL_AN_IDLE_WORKER = """
import os, signal, time
from etl.core.worker_processes import worker_pool
if __name__ == "__main__":
    for victim in (0, 1) * 5:
        with worker_pool(2) as pool:
            for task in [pool.submit(time.sleep, 0.3) for _ in range(2)]:
                task.result()
            os.kill(list(pool._processes.values())[victim].pid, signal.SIGKILL)
"""


def test_a_worker_killed_while_idle_does_not_leave_the_pool_waiting_for_ever():
    run = subprocess.run([sys.executable, "-c", KILL_AN_IDLE_WORKER], cwd=Path(etl.__file__).parents[1],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
