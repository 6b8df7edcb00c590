"""Many documents at once: extraction into Polars frames, then schema validation that drops a
failing document's rows (and records why) without touching the others."""
from __future__ import annotations

import gc
import logging
import multiprocessing
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import polars as pl

from schemas import SCHEMAS, ValidationResult, polars_schema, validate_table

from .documents import Document
from .extract import extract
from .timing import NoTimer, StageTimer
from .worker_processes import run_in_workers, workers

# the frames' dtypes come from the Pandera models (schemas/), the one statement of the contract;
# an extracted actor is one document's reading of it (`actor_readings`); the load makes the
# shared `actors` rows from them
TABLE_SCHEMAS: dict[str, dict[str, pl.DataType]] = {t: polars_schema(t) for t in SCHEMAS}
TABLE_SCHEMAS["actors"] = TABLE_SCHEMAS["actor_readings"]
EXTRACTED_TABLES = ("sentences", "actors", "actor_mentions", "events", "claims", "date_mentions")


def frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=TABLE_SCHEMAS[table], orient="row") if rows else \
        pl.DataFrame(schema=TABLE_SCHEMAS[table])


def documents_frame(docs: list[Document]) -> pl.DataFrame:
    return frame("documents", [dict(
        doc_id=d.doc_id, source_path=d.source_path, content_sha256=d.content_sha256, language=d.language,
        title=d.title, published_on=d.published_on, text=d.text, n_chars=d.n_chars, status=d.status,
        reject_reason=d.reject_reason, outlet=d.outlet, url=d.url, notes="; ".join(d.notes) or None,
        input_sha256=d.input_sha256)
        for d in docs])


PARALLEL_CHUNK = 400  # documents per worker task
POOL_ATTEMPTS = 2  # pools a batch may go through before the parent extracts what is left itself
log = logging.getLogger(__name__)


def extract_frames(documents: pl.DataFrame, timer: StageTimer | NoTimer = NoTimer(),
                   processes: int | None = None) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """Run the extractors over every `ok` document of the frame. Returns the tables and, for
    documents an extractor failed on, the reason (those documents get no rows; the rest go on).
    Large batches are split over `processes` worker processes (default `workers()`); a timer
    asks for one process so that its per-stage figures are per core."""
    ok = documents.filter(pl.col("status") == "ok").select("doc_id", "text", "published_on", "language")
    n = 1 if isinstance(timer, StageTimer) else (processes or workers())
    if n == 1 or ok.height < 2 * PARALLEL_CHUNK:
        return _extract_chunk(ok, timer)
    bounds = chunk_bounds(ok.height, n)
    chunks = [ok.slice(a, b - a) for a, b in zip(bounds, bounds[1:])]
    parts = _extract_in_workers(chunks, n)
    failed = {k: v for _, f in parts for k, v in f.items()}
    return {t: pl.concat([p[t] for p, _ in parts]) for t in EXTRACTED_TABLES}, failed


def chunk_bounds(total: int, processes: int) -> list[int]:
    """Where the worker tasks start, and `total` at the end: `PARALLEL_CHUNK` documents each, but
    the last two rounds of tasks a quarter of that, so that the workers finish close together (a
    worker idled for half a full task on average, ~1.3 s, while another did its last one)."""
    tail = max(0, total - 2 * processes * PARALLEL_CHUNK)
    small = max(1, PARALLEL_CHUNK // 4)
    return [*range(0, tail, PARALLEL_CHUNK), *range(tail, total, small), total]


def _extract_in_workers(chunks: list[pl.DataFrame], processes: int) -> list[tuple[dict[str, pl.DataFrame], dict]]:
    """Each chunk's result, in order. A worker that dies (killed, out of memory) breaks its whole
    pool: the chunks left unfinished go to a fresh pool, and if that breaks too the parent extracts
    them itself — so a dying worker never aborts a batch that one process would finish."""
    results: list = [None] * len(chunks)
    pending = list(range(len(chunks)))
    for attempt in range(POOL_ATTEMPTS):
        if not pending:
            break
        if attempt:
            log.warning(f"an extraction worker process died or failed; {len(pending)} of {len(chunks)} chunks "
                        "go to a fresh pool of workers")
        pending = _pool_pass(chunks, pending, results, processes)
    if pending:
        log.warning(f"extraction worker processes keep dying or failing; this process extracts the last {len(pending)} "
                    f"of {len(chunks)} chunks itself")
        for i in pending:
            results[i] = _extract_chunk(chunks[i])
    return results


def _pool_pass(chunks: list[pl.DataFrame], indexes: list[int], results: list, processes: int) -> list[int]:
    """Extract the chunks at `indexes` in a pool of worker processes into `results`; returns the
    indexes left unfinished because the pool broke or a worker raised (per-document errors are
    caught inside `_extract_chunk`: what reaches here is the worker's, not a document's)."""
    outcomes = run_in_workers(min(processes, len(indexes)), _extract_chunk, {i: (chunks[i],) for i in indexes})
    unfinished: list[int] = []
    for i, outcome in outcomes.items():
        if not isinstance(outcome, BaseException):
            results[i] = outcome
            continue
        if not isinstance(outcome, BrokenProcessPool):  # e.g. MemoryError in a worker: the chunk is retried
            log.warning(f"an extraction worker failed on a chunk: {type(outcome).__name__}: {outcome}")
        unfinished.append(i)
    return unfinished


def _extract_chunk(documents: pl.DataFrame, timer: StageTimer | NoTimer = NoTimer()
                   ) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    rows: dict[str, list[dict]] = {t: [] for t in EXTRACTED_TABLES}
    failed: dict[str, str] = {}
    frozen_before, thresholds = gc.get_freeze_count(), gc.get_threshold()
    gc.set_threshold(_YOUNG_COLLECTION_AFTER, *thresholds[1:])
    try:
        _extract_rows(documents, rows, failed, timer)
    finally:
        gc.set_threshold(*thresholds)
        if not frozen_before and multiprocessing.parent_process() is None:
            # a long-lived process (Dagster's) gets its heap back as it was; a pool worker keeps it
            # frozen for its next chunk, whose first collection went over every per-word cache
            # again (~5 % of a worker's CPU over 14 chunks)
            gc.unfreeze()
    return {t: frame(t, r) for t, r in rows.items()}, failed


# The cycle collector's full passes over every live object (lexicons, the tagger's weights, the
# per-word caches, the rows so far) took a fifth of extraction time on 2,000 articles. Objects
# alive after the first document, and every few hundred documents after, are moved out of its
# view (`gc.freeze`, after a collection so that no garbage is kept); they are still freed when
# their last reference goes. A document's objects form (almost) no cycles, so they go with it as before.
_FREEZE_AFTER = 1
_FREEZE_EVERY = 500
# Young objects are collected after this many allocations instead of Python's 700: a document's
# objects are freed by their reference counts, so most collections found nothing to free.
_YOUNG_COLLECTION_AFTER = 10_000


def _settle_heap() -> None:
    gc.collect()
    gc.freeze()


def _extract_rows(documents: pl.DataFrame, rows: dict[str, list[dict]], failed: dict[str, str],
                  timer: StageTimer | NoTimer) -> None:
    for k, doc in enumerate(documents.iter_rows(named=True)):
        if k == _FREEZE_AFTER or k % _FREEZE_EVERY == 0 and k:
            with timer.stage("sentences"):  # a document's first stage: `etl bench` counts the collection
                _settle_heap()
        try:
            x = extract(doc["doc_id"], doc["text"], doc["published_on"], doc["language"] or "ar", timer)
        except Exception as e:  # noqa: BLE001 — one bad document must not stop the batch
            failed[doc["doc_id"]] = f"extractor error: {type(e).__name__}: {e}"
            continue
        rows["sentences"] += x.sentences
        rows["actor_mentions"] += x.actor_mentions
        rows["events"] += x.events
        rows["claims"] += x.claims
        rows["date_mentions"] += x.date_mentions
        rows["actors"] += [dict(doc_id=doc["doc_id"], actor_id=a.actor_id, name_ar=a.name_ar, name_en=a.name_en,
                                actor_type=a.actor_type, country_iso3=a.country_iso3, sector=a.sector,
                                wikidata_qid=a.wikidata_qid, origin=a.origin) for a in x.actors.values()]


@dataclass
class Validated:
    documents: pl.DataFrame                 # failing documents turned to status 'rejected'
    tables: dict[str, pl.DataFrame]         # rows of passing documents only
    results: dict[str, ValidationResult] = field(default_factory=dict)


def reject(documents: pl.DataFrame, reasons: dict[str, str]) -> pl.DataFrame:
    """Mark documents rejected with a reason each."""
    if not reasons:
        return documents
    hit = pl.col("doc_id").is_in(list(reasons))
    return documents.with_columns(
        pl.when(hit).then(pl.lit("rejected")).otherwise(pl.col("status")).alias("status"),
        pl.when(hit).then(pl.col("doc_id").replace_strict(reasons, default=None))
        .otherwise(pl.col("reject_reason")).alias("reject_reason"))


def validate_frames(documents: pl.DataFrame, tables: dict[str, pl.DataFrame]) -> Validated:
    text = documents.select("doc_id", "text")
    results = {"documents": validate_table("documents", documents)}
    for name, table in tables.items():
        if name == "actors":
            results[name] = _validate_actors(table)
        else:
            results[name] = validate_table(name, table, text)
    reasons: dict[str, list[str]] = {}
    for name, result in results.items():
        for doc_id in result.failed_doc_ids:
            checks = result.failures.filter(pl.col("doc_id") == doc_id)["check"].unique().sort().to_list()
            reasons.setdefault(doc_id, []).append(f"{name} failed schema check(s) {', '.join(checks)}")
    if not reasons:
        return Validated(documents, tables, results)
    documents = reject(documents, {k: "; ".join(v) for k, v in reasons.items()})
    tables = {n: t.filter(~pl.col("doc_id").is_in(list(reasons))) for n, t in tables.items()}
    return Validated(documents, tables, results)


def _validate_actors(actors: pl.DataFrame) -> ValidationResult:
    """Actors are shared: validate one row per actor, then blame every document that uses a bad one."""
    unique = actors.unique("actor_id", keep="first", maintain_order=True)
    result = validate_table("actors", unique.drop("doc_id"))
    if result.ok:
        return result
    bad = unique.with_row_index("index").filter(pl.col("index").is_in(result.failures["index"].implode()))
    failures = result.failures.drop("doc_id").join(
        bad.select(pl.col("index").cast(pl.Int64), "actor_id"), on="index", how="left")
    docs = actors.filter(pl.col("actor_id").is_in(bad["actor_id"].implode()))
    failures = failures.join(docs.select("actor_id", "doc_id"), on="actor_id", how="left")
    return ValidationResult("actors", unique.height, failures, frozenset(docs["doc_id"].to_list()))
