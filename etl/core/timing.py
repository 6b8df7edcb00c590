"""Optional per-stage timing of the extractors, for `etl bench`."""
from __future__ import annotations

import time
from collections import defaultdict
from contextlib import nullcontext


class _Stage:
    """One timed stretch: a plain context manager (a generator-based one cost more than some of
    the per-sentence stages it timed)."""

    __slots__ = ("_seconds", "_name", "_start")

    def __init__(self, seconds: dict[str, float], name: str) -> None:
        self._seconds, self._name = seconds, name

    def __enter__(self) -> None:
        self._start = time.perf_counter()

    def __exit__(self, *exc) -> None:
        self._seconds[self._name] += time.perf_counter() - self._start


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def stage(self, name: str) -> _Stage:
        return _Stage(self.seconds, name)


_UNTIMED = nullcontext()  # reusable: it holds no state


class NoTimer:
    def stage(self, name: str):
        return _UNTIMED
