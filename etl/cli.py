"""The `etl` command: extract Arabic news into the warehouse, query it, measure and audit it.

`etl run` runs the Dagster asset graph the UI shows over every new or changed seed file, then
removes the rows of files that were deleted. With DAGSTER_HOME set it materialises the documents'
partitions in that instance; without it (an ephemeral instance, whose history ends with the
process) it runs the same ops as the `ingest_batch` job, without per-document bookkeeping.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import warnings
from pathlib import Path

EXIT_FAILED = 1          # the run or query failed (the message says why)
EXIT_BAD_INPUT = 2       # no seeds folder, no warehouse, or a warehouse that is not a DuckDB file
EXIT_LOCKED = 3          # another program holds the warehouse
EXIT_REFUSED_DELETE = 4  # the run loaded new files but refused to remove most of the warehouse


def _paths(args: argparse.Namespace) -> None:
    """Flags win over the environment; the Dagster resources read the environment."""
    if getattr(args, "seeds", None):
        os.environ["ETL_SEEDS_DIR"] = str(Path(args.seeds).resolve())
    if getattr(args, "warehouse", None):
        os.environ["ETL_WAREHOUSE"] = str(Path(args.warehouse).resolve())


def run(args: argparse.Namespace) -> int:
    _paths(args)
    warnings.filterwarnings("ignore", module="dagster")
    import dagster as dg

    from etl import config, warehouse as wh
    from etl.core.scan import SeedsFolderUnreadable
    from etl.core.version import extractor_version
    from etl.dagster_defs.partitions import documents_partitions
    from etl.dagster_defs.sensors import range_tags, scan
    from etl.definitions import build_defs
    from etl.retirement import mass_delete_refusal

    defs = build_defs()
    seeds = config.seeds_dir()
    if not seeds.is_dir():
        print(f"error: seeds folder {seeds} does not exist", file=sys.stderr)
        return EXIT_BAD_INPUT
    started = time.monotonic()
    cache = _scan_cache(config.warehouse_path(), seeds)
    try:
        state = scan(seeds, _read_json(cache))
    except SeedsFolderUnreadable as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    keys = sorted(state)
    loggers = {"console": {"config": {"log_level": args.log_level}}}
    try:
        with wh.connect(config.warehouse_path(), wait_seconds=config.lock_wait_seconds(), on_wait=_say) as con:
            wh.ensure_schema(con)
            held = wh.loaded_versions(con)
        # only new and changed files go to Dagster: unchanged ones cost a hash comparison here
        version = extractor_version()
        todo = keys if args.force else [k for k in keys if held.get(k) != (state[k][-1], version)]
        gone = sorted(set(held) - set(keys))
        # an empty or unmounted seeds folder looks like every article deleted: load, but keep them
        refusal = None if args.allow_mass_delete else mass_delete_refusal(
            len(gone), len(held), config.max_retire_share(), seeds)
        if os.environ.get("DAGSTER_HOME"):
            # a persistent instance: the documents' partitions are materialised, as the UI shows them
            instance = dg.DagsterInstance.get()
            known = set(instance.get_dynamic_partitions(documents_partitions.name))
            instance.add_dynamic_partitions(documents_partitions.name, [k for k in todo if k not in known])
            ingest = _with_quiet_failures(defs.get_job_def("ingest_documents"))
            source = {"force": args.force}
            runs = [(range_tags(block), {"news_warehouse": {"ops": {"read_seed_files": {"config": source}}}})
                    for block in _contiguous(instance.get_dynamic_partitions(documents_partitions.name), set(todo))]
        else:
            # an instance that keeps no history: the same ops without per-document bookkeeping
            instance = dg.DagsterInstance.ephemeral()
            ingest = _with_quiet_failures(defs.get_job_def("ingest_batch"))
            source = {"force": args.force, "doc_ids": todo}
            runs = [({}, {"read_seed_files": {"config": source}})] if todo else []
        for tags, ops in runs:
            result = ingest.execute_in_process(instance=instance, tags=tags, raise_on_error=False,
                                               run_config={"ops": ops, "loggers": loggers})
            if not result.success:
                return _report_failure(result)
        if gone and refusal is None:
            result = _with_quiet_failures(defs.get_job_def("retire_job")).execute_in_process(
                instance=instance, raise_on_error=False,
                run_config={"ops": {"retire_documents": {"config": {
                    "doc_ids": gone, "allow_mass_delete": args.allow_mass_delete}}}, "loggers": loggers})
            if not result.success:
                return _report_failure(result)
        _write_json(cache, state)  # the next run re-hashes only files whose stat changed
        with wh.connect(config.warehouse_path(), read_only=True, wait_seconds=config.lock_wait_seconds(),
                        on_wait=_say) as con:
            _print_summary(con, config.warehouse_path(), len(keys), len(todo), 0 if refusal else len(gone),
                           time.monotonic() - started)
    except wh.WarehouseError as e:
        print(f"error: {e}", file=sys.stderr)
        return _exit_code(e)
    if refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return EXIT_REFUSED_DELETE
    return 0


# --- a failed Dagster run, in one line -------------------------------------------------------------

def _explained(error):
    """The first error in a Dagster error chain that is a `WarehouseError` (a cause the user can
    act on, with its own message), or None."""
    from etl import warehouse as wh

    names = {c.__name__ for c in (wh.WarehouseError, *wh.WarehouseError.__subclasses__())}
    while error is not None:
        if error.cls_name in names:
            return error
        error = error.cause or error.context
    return None


def _step_failure(result):
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            return event.step_key, event.step_failure_data.error
    return None, None


def _report_failure(result) -> int:
    """One line on stderr: an explained cause as it is (a lock holder, a full disk), else the
    failed step and its innermost error (Dagster's log above has the traceback)."""
    from etl import warehouse as wh

    step, error = _step_failure(result)
    explained = _explained(error)
    if explained is not None:
        message = explained.message.strip()
        print(f"error: {message.split(': ', 1)[1] if message.startswith('etl.') else message}", file=sys.stderr)
        return EXIT_LOCKED if explained.cls_name == wh.WarehouseLocked.__name__ else EXIT_FAILED
    if error is None:
        print("error: the run failed: see the Dagster logs above", file=sys.stderr)
        return EXIT_FAILED
    while error.cause is not None:
        error = error.cause
    print(f"error: the run failed: {step}: {error.message.strip()}", file=sys.stderr)
    return EXIT_FAILED


def _with_quiet_failures(job):
    """The job with Dagster's console logger minus the error records (step and run failure, each
    with a stack trace) of a failure with an explained cause: `_report_failure` prints that cause
    as one line, and a stack trace before it only buries it. Any other failure keeps its trace."""
    import logging

    import dagster as dg

    from etl import warehouse as wh

    base = dg.colored_console_logger
    # how Dagster writes an explained error into a record's message: `etl.warehouse.WarehouseLocked: ...`
    explained = tuple(f"{c.__module__}.{c.__name__}: " for c in (wh.WarehouseError, *wh.WarehouseError.__subclasses__()))

    def keep(record: logging.LogRecord) -> bool:
        return record.levelno < logging.ERROR or not any(name in record.getMessage() for name in explained)

    @dg.logger(config_schema=base.config_schema, description=base.description)
    def console(init_context):
        logger = base.logger_fn(init_context)
        logger.addFilter(keep)
        return logger

    return job.with_logger_defs({"console": console})


def _scan_cache(warehouse: Path, seeds: Path) -> Path:
    """Per seeds folder, the stat and hash of every file at the last successful run, beside the
    warehouse (the same bookkeeping as the sensor's cursor)."""
    digest = hashlib.sha256(str(seeds).encode()).hexdigest()[:12]
    return warehouse.parent / f".etl-scan-{digest}.json"


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_json(path: Path, value: dict) -> None:
    try:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(value), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache: without it the next run hashes every file again


def _contiguous(order: list[str], wanted: set[str]) -> list[list[str]]:
    """The wanted partition keys as runs of neighbours in the instance's partition order (a run
    covers a key range; keys in between that need no work are not dragged in)."""
    blocks: list[list[str]] = []
    previous = None
    for i, key in enumerate(order):
        if key in wanted:
            if previous != i - 1:
                blocks.append([])
            blocks[-1].append(key)
            previous = i
    return blocks


def _print_summary(con, path: Path, n_files: int, n_processed: int, n_removed: int, seconds: float) -> None:
    from etl import warehouse as wh

    counts = wh.summary(con)
    print(f"warehouse {path}  ({n_files} seed files, {n_processed} new or changed, {seconds:.1f} s)")
    print(f"  documents {counts['documents']}  actors {counts['actors']}  events {counts['events']}  "
          f"claims {counts['claims']}  dates {counts['date_mentions']}  rejected {counts['rejected']}"
          + (f"  removed {n_removed}" if n_removed else ""))
    for doc_id, reason in con.execute(
            "SELECT doc_id, reject_reason FROM documents WHERE status = 'rejected' ORDER BY doc_id").fetchall():
        print(f"  rejected {doc_id}: {reason}")


def query(args: argparse.Namespace) -> int:
    """The warehouse read through a locked-down connection (`warehouse.connect_for_query`)."""
    _paths(args)
    import duckdb

    from etl import config, warehouse as wh

    path = config.warehouse_path()
    if not path.exists():
        print(f"error: no warehouse at {path}: run `etl run` first", file=sys.stderr)
        return 2
    try:
        with wh.connect_for_query(path, wait_seconds=config.lock_wait_seconds(), on_wait=_say) as con:
            rel = wh.read_only_query(con, args.sql)
            if rel is None:
                return 0
            if args.csv:
                rel.pl().write_csv(sys.stdout)
            else:
                rel.show(max_rows=args.max_rows, max_width=10_000)
    except (wh.WarehouseError, duckdb.Error) as e:
        print(f"error: {e}", file=sys.stderr)
        return _exit_code(e)
    return 0


def _say(message: str) -> None:
    """A note on stderr while a command waits (stdout stays the result)."""
    print(message, file=sys.stderr, flush=True)


def _exit_code(error: Exception) -> int:
    from etl import warehouse as wh

    if isinstance(error, wh.WarehouseLocked):
        return EXIT_LOCKED
    if isinstance(error, wh.WarehouseUnreadable):
        return EXIT_BAD_INPUT
    return EXIT_FAILED


def bench(args: argparse.Namespace) -> int:
    from etl.bench import main as bench_main
    return bench_main(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="etl", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, title="commands", metavar="COMMAND")
    p = sub.add_parser("run", help="extract every new or changed seed file into the warehouse, remove deleted ones",
                       description="Extract every new or changed seed file into the warehouse and remove the rows "
                                   "of deleted files, then print a summary.")
    p.add_argument("--seeds", help="folder of .txt files (default $ETL_SEEDS_DIR or seeds/)")
    p.add_argument("--warehouse", help="DuckDB file or ducklake:<catalog> (default $ETL_WAREHOUSE or "
                                       "warehouse/warehouse.duckdb)")
    p.add_argument("--force", action="store_true", help="re-extract documents even if unchanged")
    p.add_argument("--allow-mass-delete", action="store_true",
                   help="remove deleted files' rows even when they are more than $ETL_MAX_RETIRE_SHARE (0.5) of the "
                        "warehouse (otherwise refused: an empty or unmounted seeds folder looks the same)")
    p.add_argument("--log-level", default="WARNING", help="Dagster's console log level (default WARNING)")
    p.set_defaults(func=run)
    q = sub.add_parser("query", help="run read-only SQL against the warehouse and print the result",
                       description="Run SQL against the warehouse and print the result. The connection is read-only "
                                   "and reaches nothing outside the warehouse: no file is read, listed or written, "
                                   "nothing is attached or installed.")
    q.add_argument("sql", help="the SQL: SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN (several "
                               "statements separated by ';' print the last result)")
    q.add_argument("--warehouse", help="DuckDB file or ducklake:<catalog> (default $ETL_WAREHOUSE or "
                                       "warehouse/warehouse.duckdb)")
    q.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    q.add_argument("--max-rows", type=int, default=100, help="rows the table shows (default 100; --csv prints all)")
    q.set_defaults(func=query)
    b = sub.add_parser("bench", help="measure throughput and memory of each stage")
    b.add_argument("--corpus", required=True, help="a folder of .txt files or a Parquet file of articles")
    b.add_argument("--sample", type=int, default=1000, help="number of articles")
    b.add_argument("--json", action="store_true", help="end with one JSON line of the figures")
    b.set_defaults(func=bench)
    f = sub.add_parser("search", help="full-text search over sentences, with their claims and events",
                       description="Find sentences with DuckDB's full-text index (Arabic stemmer, offline) and print "
                                   "each with its document, score, claims and events.")
    from etl.search import add_arguments as search_arguments, main as search_main
    search_arguments(f)
    f.set_defaults(func=search_main)
    r = sub.add_parser("robustness", help="the whole corpus through `etl run` into a temporary warehouse, audited")
    from etl.robustness import add_arguments as robustness_arguments, main as robustness_main
    robustness_arguments(r)
    r.set_defaults(func=robustness_main)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
