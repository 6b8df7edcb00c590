"""Where the seeds and the warehouse live; the warehouse connection with lock handling."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import dagster as dg
import duckdb

from etl import config, warehouse


class SeedsResource(dg.ConfigurableResource):
    """The folder of `.txt` seed files (and their `.meta.json` sidecars)."""

    path: str

    @property
    def dir(self) -> Path:
        return Path(self.path).resolve()


class WarehouseResource(dg.ConfigurableResource):
    """The warehouse: a DuckDB file, or `ducklake:<catalog>` with its Parquet files in
    `data_path` (see `etl.config`). A DuckDB file (or DuckLake DuckDB catalog) takes one writer at
    a time: a connection waits `lock_wait_seconds` for another process to let go, then fails with
    a message naming the holder."""

    path: str
    data_path: Optional[str] = None
    lock_wait_seconds: float = 30.0

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        con = warehouse.connect(self.path, read_only=read_only, wait_seconds=self.lock_wait_seconds,
                                data_path=self.data_path)
        try:
            yield con
        finally:
            con.close()


def default_resources() -> dict:
    return {
        "seeds": SeedsResource(path=str(config.seeds_dir())),
        "warehouse": WarehouseResource(path=str(config.warehouse_path()), data_path=config.ducklake_data_path(),
                                       lock_wait_seconds=config.lock_wait_seconds()),
        # the stages of a run hand their frames over in memory (one process per run)
        "io_manager": dg.mem_io_manager,
    }
