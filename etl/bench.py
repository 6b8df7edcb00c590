"""`etl bench`: throughput and peak memory of each stage, against the floor of touching every
byte once (one Polars pass: read + a diacritics `str.replace_all`), and the whole job through
Dagster (`etl run` in a fresh process into an empty warehouse)."""
from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

from etl.core.text import REMOVABLE


def materialise_corpus(corpus: Path, sample: int, folder: Path) -> list[Path]:
    """Write `sample` articles as seed files (+ sidecars) into `folder`; a folder corpus is used as is."""
    if corpus.is_dir():
        return sorted(corpus.glob("*.txt"))[:sample]
    frame = pl.read_parquet(corpus).head(sample)
    paths = []
    for row in frame.iter_rows(named=True):
        path = folder / f"{row['doc_id']}.txt"
        path.write_text(row["text"] or "", encoding="utf-8")
        meta = {k: row.get(k) for k in ("title", "url", "outlet")}
        meta["published_at"] = _iso(row.get("published"))
        (folder / f"{row['doc_id']}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def _iso(published: str | None) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(published).astimezone(dt.timezone.utc).isoformat()
    except (TypeError, ValueError):
        return None


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main(args: argparse.Namespace) -> int:
    from etl import warehouse as wh
    from etl.core.batch import documents_frame, extract_frames, validate_frames
    from etl.core.documents import read_document
    from etl.core.timing import StageTimer
    from etl.core.version import extractor_version

    corpus = Path(args.corpus)
    with tempfile.TemporaryDirectory(prefix="etl-bench-") as tmp:
        seeds = Path(tmp, "seeds")
        seeds.mkdir()
        paths = materialise_corpus(corpus, args.sample, seeds)
        seeds = paths[0].parent if paths else seeds
        timer = StageTimer()

        t = time.perf_counter()
        texts = pl.Series("text", [p.read_bytes().decode("utf-8", errors="replace") for p in paths])
        texts.str.replace_all(REMOVABLE.pattern, "")
        floor = time.perf_counter() - t
        mb = texts.str.len_bytes().sum() / 1e6

        with timer.stage("decode"):
            docs = documents_frame([read_document(p, seeds) for p in paths])
        tables, failed = extract_frames(docs, timer)
        with timer.stage("validation"):
            validated = validate_frames(docs, tables)
        with timer.stage("load"):
            with wh.connect(Path(tmp, "bench.duckdb")) as con:
                wh.load(con, validated.documents, validated.tables, extractor_version())
        in_process_peak = peak_rss_mb()

        t = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "etl.cli", "run", "--seeds", str(seeds),
                              "--warehouse", str(Path(tmp, "e2e.duckdb"))],
                             capture_output=True, text=True, env={**os.environ, "DAGSTER_HOME": ""})
        end_to_end = time.perf_counter() - t
        if run.returncode != 0:
            print(run.stdout[-2000:], run.stderr[-4000:], file=sys.stderr)
            return 1
        job_peak = peak_rss_mb(resource.RUSAGE_CHILDREN)

    n = len(paths)
    stages = ["decode", "normalise", "sentences", "actors", "claims", "events", "dates", "validation", "load"]
    print(f"{n} documents, {mb:.1f} MB of text; floor (read + one Polars replace_all): {floor:.2f} s "
          f"= {mb / floor:.1f} MB/s")
    print(f"{'stage':12}{'seconds':>9}{'MB/s':>9}{'docs/s':>10}")
    for stage in stages:
        s = timer.seconds.get(stage, 0.0)
        print(f"{stage:12}{s:9.2f}{mb / s if s else float('inf'):9.1f}{n / s if s else float('inf'):10.0f}")
    extraction = sum(timer.seconds.get(s, 0.0) for s in stages if s != "load")
    print(f"extraction (all four tables + validation): {extraction:.2f} s = {mb / extraction:.2f} MB/s on one core, "
          f"{extraction / floor:.1f}x the floor")
    print(f"whole job through Dagster (`etl run`, fresh process, empty warehouse): {end_to_end:.1f} s, "
          f"{n / end_to_end:.0f} docs/s, peak RSS {job_peak:.0f} MB (in-process stages: {in_process_peak:.0f} MB)")
    if failed:
        print(f"extractor errors: {len(failed)}", file=sys.stderr)
    if args.json:
        print(json.dumps({
            "documents": n, "megabytes": round(mb, 2), "floor_seconds": round(floor, 3),
            "stage_seconds": {s: round(timer.seconds.get(s, 0.0), 3) for s in stages},
            "extraction_vs_floor": round(extraction / floor, 2),
            "extraction_mb_per_s_per_core": round(mb / extraction, 2),
            "end_to_end_seconds": round(end_to_end, 2), "docs_per_second": round(n / end_to_end, 1),
            "peak_rss_mb": round(max(job_peak, in_process_peak), 1), "extractor_errors": len(failed)}))
    return 0
