"""Intermediate tables between the stages, as Parquet files.

A run over many partitions writes one file per asset (not one per document); reading selects
the requested documents' rows, from the newest file that holds each of them.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import dagster as dg
import polars as pl


def _batch_name(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(keys)).encode()).hexdigest()[:20] + ".parquet"


class StagingIOManager(dg.ConfigurableIOManager):
    base_dir: str

    def _dir(self, context) -> Path:
        return Path(self.base_dir, *context.asset_key.path)

    def _keys(self, context) -> list[str]:
        return list(context.asset_partition_keys) if context.has_asset_partitions else ["__all__"]

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        folder = self._dir(context)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _batch_name(self._keys(context))
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        obj.write_parquet(tmp)
        os.replace(tmp, target)  # readers never see a half-written file
        context.add_output_metadata({"rows": obj.height, "staged_at": str(target)})

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        folder = self._dir(context)
        keys = self._keys(context)
        exact = folder / _batch_name(keys)
        if exact.exists():
            return pl.read_parquet(exact)
        wanted, parts = set(keys), []
        files = sorted(folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime, reverse=True)
        for path in files:
            frame = pl.read_parquet(path).filter(pl.col("doc_id").is_in(list(wanted)))
            if frame.height:
                parts.append(frame)
                wanted -= set(frame["doc_id"].unique().to_list())
            if not wanted:
                break
        if not parts and files:
            return pl.read_parquet(files[0]).clear()  # these documents have no rows in this table
        if not parts:
            raise dg.Failure(f"no staged rows of {context.asset_key.to_user_string()} for {len(keys)} "
                             "document(s): materialise the upstream assets for these partitions first")
        return pl.concat(parts, how="vertical_relaxed")
