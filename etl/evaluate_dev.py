"""Score the extractor on an annotated dev set, separately on the articles the rules were tuned on
and on those kept unread, with the project's gold scorer (`score_gold.py`, given by path: it is
not part of the package).

    python -m etl.evaluate_dev --articles DIR --gold gold.jsonl --scorer score_gold.py --tuned 25

The first `--tuned` lines of the gold file are the tuned part, the rest the held-out part (the
gold file's order is its annotation order: articles annotated later were never read while the
rules were written). The articles go through `etl run` into a temporary warehouse.

With `--diagnose`, each part also gets counts of why gold items were missed (`failure_classes`):
counts only, so the held-out part can be diagnosed without being read.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

TABLES = ("actors", "claims", "events", "dates")
RATIOS = ("actor_type_ok", "claim_anon_ok", "claim_hedged_ok", "event_actors_ok", "boilerplate_ok")


def split_gold(gold: Path, tuned: int, folder: Path) -> dict[str, Path]:
    """The gold file cut after its first `tuned` lines: {'tuned': path, 'held-out': path}."""
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not 0 < tuned < len(lines):
        raise SystemExit(f"error: --tuned {tuned} must leave both parts non-empty ({gold} has {len(lines)} articles)")
    parts = {"tuned": lines[:tuned], "held-out": lines[tuned:]}
    paths = {}
    for name, rows in parts.items():
        paths[name] = folder / f"gold-{name}.jsonl"
        paths[name].write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths


def score(scorer: Path, warehouse: Path, gold: Path) -> dict:
    out = subprocess.run([sys.executable, str(scorer), str(warehouse), str(gold), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def report(name: str, n_articles: int, result: dict) -> str:
    lines = [f"{name} ({n_articles} articles)"]
    for table in TABLES:
        r = result[table]
        lines.append(f"  {table:7} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
                     f"  (gold {r['gold']}, predicted {r['predicted']})")
    lines.append("  " + "  ".join(f"{k} {result[k]}" for k in RATIOS if k in result))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.evaluate_dev", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", required=True, type=Path, help="folder of the dev set's .txt files and sidecars")
    parser.add_argument("--gold", required=True, type=Path, help="gold annotations (JSON lines)")
    parser.add_argument("--scorer", required=True, type=Path, help="the gold scorer, score_gold.py")
    parser.add_argument("--tuned", type=int, required=True, help="how many leading gold lines were tuned on")
    parser.add_argument("--diagnose", action="store_true", help="also count the missed items per failure class")
    args = parser.parse_args(argv)
    from etl.cli import main as etl_main

    with tempfile.TemporaryDirectory(prefix="etl-dev-") as tmp:
        folder = Path(tmp)
        warehouse = folder / "dev.duckdb"
        code = etl_main(["run", "--seeds", str(args.articles), "--warehouse", str(warehouse)])
        if code:
            return code
        for name, gold in split_gold(args.gold, args.tuned, folder).items():
            n = sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
            print(report(name, n, score(args.scorer, warehouse, gold)))
            if args.diagnose:
                from etl.failure_classes import diagnose, report as diagnosis_report
                print(diagnosis_report(diagnose(warehouse, gold, args.scorer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
