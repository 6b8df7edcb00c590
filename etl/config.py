"""Paths and settings, from flags or environment (`ETL_SEEDS_DIR`, `ETL_WAREHOUSE`,
`ETL_DUCKLAKE_DATA_PATH`, `ETL_LOCK_WAIT_SECONDS`).

`ETL_WAREHOUSE` is a DuckDB file (default `warehouse/warehouse.duckdb`) or a DuckLake:
`ducklake:/path/catalog.ducklake` (catalog in a DuckDB file) or
`ducklake:postgres:dbname=etl host=db user=etl` (catalog in PostgreSQL, many writers), with the
Parquet data files in `ETL_DUCKLAKE_DATA_PATH` (a folder, or `s3://bucket/prefix/`).
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = "seeds"
DEFAULT_WAREHOUSE = "warehouse/warehouse.duckdb"


def seeds_dir() -> Path:
    return Path(os.environ.get("ETL_SEEDS_DIR", DEFAULT_SEEDS)).resolve()


def warehouse_path():
    """A `Path` (DuckDB file) or a `warehouse.DuckLakeTarget`; both have `exists()`, `parent`
    and print as what the user configured."""
    from etl.warehouse import DuckLakeTarget, parse_target

    target = parse_target(os.environ.get("ETL_WAREHOUSE", DEFAULT_WAREHOUSE))
    return target if isinstance(target, DuckLakeTarget) else target.resolve()


def ducklake_data_path() -> str | None:
    return os.environ.get("ETL_DUCKLAKE_DATA_PATH") or None


def lock_wait_seconds() -> float:
    return float(os.environ.get("ETL_LOCK_WAIT_SECONDS", "30"))


def max_retire_share() -> float:
    """The largest share of the warehouse's documents one run may remove because their files are
    gone (`ETL_MAX_RETIRE_SHARE`, default 0.5): an empty or unmounted seeds folder must not empty
    the warehouse. `etl run --allow-mass-delete` lifts it for one run."""
    return float(os.environ.get("ETL_MAX_RETIRE_SHARE", "0.5"))
