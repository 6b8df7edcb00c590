"""A resolved match before overlapping matches are settled: offsets into the normalised text."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Candidate:
    start: int
    end: int
    vs: dt.date | None
    ve: dt.date | None
    prec: str
    rel: bool
    partial: str | None = None
