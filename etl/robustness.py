"""`etl robustness`: the whole corpus through the real job, then an audit of what reached the warehouse.

corpus (a Parquet file of articles, or a folder of `.txt` files) → a temporary seeds folder with
sidecars (`etl.bench.materialise_corpus`) → `etl run` in a fresh process (under `/usr/bin/time -v`
when available, for the peak memory) into a temporary warehouse → a report:

- crashes: the run's exit code, and documents rejected with `extractor error`;
- documents per status, rejected documents grouped by reason (schema-check failures named with
  the failing check and an example document), notes grouped by kind;
- rows per table;
- an independent re-validation of every loaded table with the Pandera schemas (spans read back
  from `documents.text`, allowed values, keys), so a check that was skipped cannot hide a bad row.

Exit code 0 only when the run succeeded, no document crashed, every seed file is a document, and
every document is `ok` (or `--allow-rejected`) and every table re-validates.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

TIME_BIN = "/usr/bin/time"


def _reason_kind(reason: str) -> str:
    """Group rejection reasons: numbers, byte offsets and file names vary, the kind does not."""
    reason = re.sub(r"\d[\d,]*", "N", reason)
    return reason.split(":")[0] if reason.startswith("extractor error") else reason


def _peak_from_time(stderr: str) -> float | None:
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    return int(m.group(1)) / 1024 if m else None


def _run_job(seeds: Path, warehouse: Path, timeout: float) -> dict:
    cmd = [sys.executable, "-m", "etl.cli", "run", "--seeds", str(seeds), "--warehouse", str(warehouse)]
    use_time = Path(TIME_BIN).exists()
    if use_time:
        cmd = [TIME_BIN, "-v", *cmd]
    # an ephemeral Dagster instance, as `etl run` uses without DAGSTER_HOME: a persistent one
    # writes every partition's events to SQLite and is several times slower at this scale
    env = {**os.environ, "DAGSTER_HOME": ""}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    peak = [0.0]

    def poll_memory() -> None:  # fallback when /usr/bin/time is missing
        try:
            import psutil
        except ImportError:
            return
        try:
            p = psutil.Process(proc.pid)
            while proc.poll() is None:
                rss = sum(c.memory_info().rss for c in [p, *p.children(recursive=True)])
                peak[0] = max(peak[0], rss / 2**20)
                time.sleep(0.5)
        except psutil.Error:
            pass

    if not use_time:
        threading.Thread(target=poll_memory, daemon=True).start()
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)  # our own child's process group only
        out, err = proc.communicate()
        timed_out = True
    seconds = time.perf_counter() - started
    return {"returncode": proc.returncode, "timed_out": timed_out, "seconds": seconds,
            "peak_rss_mb": _peak_from_time(err) if use_time else peak[0] or None,
            "stdout": out, "stderr": err}


def audit(warehouse: Path, n_files: int) -> dict:
    """What the warehouse holds, and an independent schema re-validation of every table."""
    from etl import warehouse as wh
    from schemas import polars_schema, validate_table

    report: dict = {}
    with wh.connect(warehouse, read_only=True, wait_seconds=30) as con:
        tables = ("documents", "sentences", "actors", "actor_mentions", "events", "claims", "date_mentions")
        report["rows"] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        report["status"] = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY 1").fetchall())
        report["languages"] = dict(con.execute(
            "SELECT coalesce(language, 'none'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC").fetchall())
        report["duplicates"] = con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        rejected = con.execute("SELECT doc_id, reject_reason FROM documents WHERE status = 'rejected' "
                               "ORDER BY doc_id").fetchall()
        kinds: Counter = Counter()
        examples: dict[str, str] = {}
        for doc_id, reason in rejected:
            kind = _reason_kind(reason or "")
            kinds[kind] += 1
            examples.setdefault(kind, f"{doc_id}: {reason}")
        report["rejected"] = {"count": len(rejected), "by_reason": dict(kinds.most_common()), "examples": examples}
        report["crashed_documents"] = sum(n for k, n in kinds.items() if k.startswith("extractor error"))
        report["schema_rejected_documents"] = sum(n for k, n in kinds.items() if "failed schema check" in k)
        notes: Counter = Counter()
        for (note,) in con.execute("SELECT notes FROM documents WHERE notes IS NOT NULL").fetchall():
            for part in note.split("; "):
                notes[_reason_kind(re.sub(r"sidecar \S+", "sidecar", part))] += 1
        report["notes"] = dict(notes.most_common(10))

        frames = {t: con.sql(f"SELECT {', '.join(polars_schema(t))} FROM {t}").pl() for t in tables}
    text = frames["documents"].select("doc_id", "text")
    revalidation = {}
    for t in tables:
        result = validate_table(t, frames[t], text if t not in ("documents", "actors") else None)
        revalidation[t] = {"rows": result.n_rows, "failing_rows": result.failures.height,
                           "checks": sorted(set(result.failures["check"].to_list())) if result.failures.height else []}
    report["revalidation"] = revalidation
    report["files"] = n_files
    report["documents_missing"] = n_files - report["rows"]["documents"]
    return report


def main(args: argparse.Namespace) -> int:
    from etl.bench import materialise_corpus

    corpus = Path(args.corpus)
    keep = getattr(args, "keep", None)
    tmp = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="etl-robustness-"))
    try:
        seeds = tmp / "seeds"
        seeds.mkdir(parents=True, exist_ok=True)
        sample = args.sample if args.sample else 10**9
        t = time.perf_counter()
        paths = materialise_corpus(corpus, sample, seeds)
        seeds = paths[0].parent if paths else seeds
        write_seconds = time.perf_counter() - t
        warehouse = tmp / "warehouse.duckdb"
        job = _run_job(seeds, warehouse, args.timeout)
        report = {"corpus": str(corpus), "files": len(paths), "write_seeds_seconds": round(write_seconds, 1),
                  "run": {k: (round(v, 1) if isinstance(v, float) else v) for k, v in job.items()
                          if k not in ("stdout", "stderr")}}
        if job["returncode"] == 0 and warehouse.exists():
            report.update(audit(warehouse, len(paths)))
        else:
            report["run"]["stderr_tail"] = job["stderr"][-3000:]
        clean = (job["returncode"] == 0 and not job["timed_out"] and report.get("crashed_documents") == 0
                 and report.get("documents_missing") == 0
                 and all(v["failing_rows"] == 0 for v in report.get("revalidation", {}).values())
                 and (args.allow_rejected or report["rejected"]["count"] == 0))
        report["clean"] = bool(clean)
        _print(report)
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        return 0 if clean else 1
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def _print(r: dict) -> None:
    run = r["run"]
    print(f"robustness run over {r['files']} files of {r['corpus']}")
    print(f"  etl run: exit {run['returncode']}{' (timed out)' if run['timed_out'] else ''}, "
          f"{run['seconds']:.1f} s wall, peak RSS {run['peak_rss_mb'] or 0:.0f} MB "
          f"(seeds written in {r['write_seeds_seconds']} s)")
    if "rows" not in r:
        print("  the run failed:\n" + run.get("stderr_tail", ""))
        return
    print("  rows: " + "  ".join(f"{t} {n}" for t, n in r["rows"].items()))
    print(f"  status: {r['status']}  languages: {r['languages']}  duplicates: {r['duplicates']}")
    print(f"  crashed documents (extractor errors): {r['crashed_documents']}; "
          f"rejected by schema checks: {r['schema_rejected_documents']}; documents missing: {r['documents_missing']}")
    print(f"  rejected: {r['rejected']['count']}")
    for kind, n in r["rejected"]["by_reason"].items():
        print(f"    {n:6d}  {kind}\n            e.g. {r['rejected']['examples'][kind]}")
    if r["notes"]:
        print("  notes: " + "; ".join(f"{n}× {k}" for k, n in r["notes"].items()))
    print("  re-validation of the loaded tables: " + "  ".join(
        f"{t} {v['rows']} rows/{v['failing_rows']} failing{(' ' + ','.join(v['checks'])) if v['checks'] else ''}"
        for t, v in r["revalidation"].items()))
    print(f"  clean: {r['clean']}")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--corpus", required=True, help="a Parquet file of articles or a folder of .txt files")
    p.add_argument("--sample", type=int, default=0, help="first N articles (default: all)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds before the run is killed")
    p.add_argument("--keep", help="work in this folder and keep it (seeds, warehouse) for inspection")
    p.add_argument("--allow-rejected", action="store_true", help="rejected documents do not fail the check")
    p.add_argument("--json", action="store_true", help="end with one JSON line of the report")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m etl.robustness", description=__doc__.splitlines()[0])
    add_arguments(parser)
    sys.exit(main(parser.parse_args()))
