"""The asset: each seed document's rows in the warehouse, one partition per document.

Its stages are the ops of the asset's graph — read the seed files, extract the tables, validate
them (the Pandera checks, shown as asset checks), load the warehouse — so a batch of documents
is one run with vectorised work, a single partition can be materialised alone, and Dagster
records one materialisation per document (not one per stage and table: with tens of thousands
of documents, per-partition bookkeeping is what a run's time is spent on; see docs/scaling.md),
carrying that document's status, reject reason, rows per table and first claims and events.
Stages hand frames to each other in memory within the run's process.
"""

import dagster as dg
import polars as pl

from etl import warehouse as wh
from etl.core.batch import documents_frame, extract_frames, reject, validate_frames
from etl.core.scan import scan_folder
from etl.core.seed_reading import read_seeds
from etl.core.version import extractor_version

from .checks import (CHECKED_TABLES, check_output_name, check_result, check_specs, document_summaries, md_table,
                     partition_metadata)
from .partitions import documents_partitions
from .resources import SeedsResource, WarehouseResource

ASSET = "news_warehouse"


class SourceConfig(dg.Config):
    force: bool = False  # re-extract documents the warehouse already holds unchanged
    # the documents of a run without partitions (`ingest_batch`; empty: every seed file);
    # a partitioned run reads its partitions
    doc_ids: list[str] = []


def run_documents(context: dg.OpExecutionContext, config: SourceConfig, seeds: SeedsResource) -> list[str]:
    if context.has_partitions:
        return list(context.partition_keys)
    return config.doc_ids or sorted(scan_folder(seeds.dir).state)


@dg.op
def read_seed_files(context: dg.OpExecutionContext, config: SourceConfig, seeds: SeedsResource,
                    warehouse: WarehouseResource) -> dg.Output[pl.DataFrame]:
    """Seed files of the run's partitions decoded into documents (text, sidecar metadata,
    language, publication date), or rejected with a reason; documents the warehouse already
    holds with the same input and extractor version are left out, unless `force`."""
    docs = read_seeds(seeds.dir, run_documents(context, config, seeds))
    held = {} if config.force else _held_versions(warehouse)
    version = extractor_version()
    todo = [d for d in docs if held.get(d.doc_id) != (d.input_sha256, version)]
    frame = documents_frame(todo)
    rejected = frame.filter(pl.col("status") == "rejected")
    context.log.info(f"{len(docs)} document(s): {len(docs) - len(todo)} unchanged, {rejected.height} rejected")
    for doc_id, reason in rejected.select("doc_id", "reject_reason").iter_rows():
        context.log.warning(f"rejected {doc_id}: {reason}")
    return dg.Output(frame, metadata={
        "documents": len(docs), "unchanged": len(docs) - len(todo), "rejected": rejected.height,
        "rejections": dg.MetadataValue.md(md_table(rejected.select("doc_id", "reject_reason"))) if rejected.height
        else "none"})


def _held_versions(warehouse: WarehouseResource) -> dict[str, tuple[str, str]]:
    with warehouse.connect() as con:
        wh.ensure_schema(con)
        return wh.loaded_versions(con)


@dg.op(out={"documents": dg.Out(), "tables": dg.Out()})
def extract_tables(context: dg.OpExecutionContext, documents: pl.DataFrame):
    """Sentences, actors, mentions, events, claims and dates of every document (worker processes
    for large batches); a document an extractor fails on is rejected, the others go on."""
    tables, failed = extract_frames(documents)
    context.log.info(f"extracted {documents.height - len(failed)} document(s)"
                     + (f"; extractor errors in {len(failed)}" if failed else ""))
    yield dg.Output(reject(documents, failed), "documents")
    yield dg.Output(tables, "tables", metadata={t: f.height for t, f in tables.items()})


@dg.op(out={"documents": dg.Out(), "tables": dg.Out(), "results": dg.Out()})
def validate_tables(context: dg.OpExecutionContext, documents: pl.DataFrame, tables: dict[str, pl.DataFrame]):
    """Every table against its Pandera schema before anything reaches the warehouse. A document
    with a failing row is rejected, with the failed checks as its reason; the others load."""
    validated = validate_frames(documents, tables)
    for table, result in validated.results.items():
        if not result.ok:  # the asset checks show the failing rows; a run without them has this line
            context.log.warning(f"{table}: {result.failures.height} row(s) failed the schema, "
                                f"{len(result.failed_doc_ids)} document(s) rejected")
    return validated.documents, validated.tables, validated.results


def _check_op(table: str) -> dg.OpDefinition:
    """An op reporting one table's validation as the asset's check (Dagster maps a check to an op
    with a single output), with the failing rows in its metadata."""
    @dg.op(name=f"check_{table}")
    def report(results: dict):
        return check_result(ASSET, table, results[table])
    return report


CHECK_OPS = {t: _check_op(t) for t in CHECKED_TABLES}


# The op reports the asset's materialisations itself, one per document with that document's
# metadata, instead of through its output: Dagster gives every partition of an output the same
# metadata, and its per-partition `add_asset_metadata` re-lists all dynamic partitions on each call
# (measured: 4 s per 1,000 documents, growing with the square of the batch).
@dg.op(pool="warehouse_writer", out=dg.Out(dg.Nothing, is_required=False))
def load_warehouse(context: dg.OpExecutionContext, warehouse: WarehouseResource, documents: pl.DataFrame,
                   tables: dict[str, pl.DataFrame]):
    """Each document's rows replaced in one transaction; then each partition of the run is
    recorded as materialised with what the warehouse now holds for it (status, reject reason,
    rows per table, first claims and events)."""
    with warehouse.connect() as con:
        # read_seed_files passed on only new, changed or forced documents: load them all
        result = wh.load(con, documents, tables, extractor_version(), skip_unchanged=False)
        counts = wh.summary(con)
        held = document_summaries(con, context.partition_keys) if context.has_partitions else {}
    rejected = documents.filter(pl.col("status") == "rejected").select("doc_id", "reject_reason")
    context.log.info(f"loaded {result['loaded']} document(s) ({rejected.height} rejected); warehouse now holds "
                     + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if rejected.height:
        context.log.warning("rejected documents:\n" + md_table(rejected))
    if not context.has_partitions:
        return  # the ingest_batch job: no partitions, so nothing to record per document
    loaded = set(documents["doc_id"])
    for key in context.partition_keys:
        yield dg.AssetMaterialization(asset_key=ASSET, partition=key,
                                      metadata=partition_metadata(held.get(key), key in loaded))


@dg.graph_multi_asset(
    outs={ASSET: dg.AssetOut(group_name="warehouse", kinds={"duckdb", "polars"}, is_required=False,
                             description="The warehouse rows (documents, sentences, actors, mentions, events, "
                                         "claims, dates) of each seed document.")},
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    check_specs=check_specs(ASSET),
)
def news_warehouse():
    documents, tables = extract_tables(read_seed_files())
    documents, tables, results = validate_tables(documents, tables)
    return {ASSET: load_warehouse(documents, tables),
            **{check_output_name(t, ASSET): op(results) for t, op in CHECK_OPS.items()}}


@dg.graph
def ingest_batch():
    """The asset's stages without partitions or asset checks, for runs whose instance keeps no
    history (an `etl run` without DAGSTER_HOME): Dagster records two events per partition (planned,
    materialised), ~5 ms per document with an in-memory instance, which nobody can read once the
    process ends. Validation still rejects bad documents before the load; failures are logged."""
    documents, tables = extract_tables(read_seed_files())
    documents, tables, _ = validate_tables(documents, tables)
    load_warehouse(documents, tables)
