"""Paths and settings, from flags or environment (`ETL_SEEDS_DIR`, `ETL_WAREHOUSE`)."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = "seeds"
DEFAULT_WAREHOUSE = "warehouse/warehouse.duckdb"


def seeds_dir() -> Path:
    return Path(os.environ.get("ETL_SEEDS_DIR", DEFAULT_SEEDS)).resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("ETL_WAREHOUSE", DEFAULT_WAREHOUSE)).resolve()


def lock_wait_seconds() -> float:
    return float(os.environ.get("ETL_LOCK_WAIT_SECONDS", "30"))
