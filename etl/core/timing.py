"""Optional per-stage timing of the extractors, for `etl bench`."""
from __future__ import annotations

import time
from collections import defaultdict
from contextlib import contextmanager, nullcontext


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start


class NoTimer:
    def stage(self, name: str):
        return nullcontext()
