"""Intermediate tables between the stages, as Parquet files.

A run over many partitions writes one file per asset (not one per document), with the list of
documents it covers beside it; reading takes each requested document's rows from the newest file
that covers it (a document may have no rows in a table: it is covered all the same).
"""
from __future__ import annotations

import hashlib
import json
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
        keys = target.with_suffix(".keys.json")
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self._keys(context)), encoding="utf-8")
        os.replace(tmp, keys)
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
        files = sorted(folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for path in files:
            covered = wanted & set(json.loads(path.with_suffix(".keys.json").read_text(encoding="utf-8")))
            if covered:
                parts.append(pl.read_parquet(path).filter(pl.col("doc_id").is_in(list(covered))))
                wanted -= covered
            if not wanted:
                break
        if wanted:
            raise dg.Failure(f"no staged {context.asset_key.to_user_string()} for {len(wanted)} document(s) "
                             f"(e.g. {sorted(wanted)[0]}): materialise the upstream assets for them first")
        return pl.concat(parts, how="vertical_relaxed")
