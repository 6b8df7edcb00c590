"""The asset graph: seed files → documents → extracted tables (validated) → warehouse.

All assets are partitioned by document and use a single-run backfill policy, so a batch of
documents is one run with vectorised work, while one partition can still be materialised alone.
"""

import dagster as dg
import polars as pl

from etl.core.batch import EXTRACTED_TABLES, documents_frame, extract_frames, reject, validate_frames
from etl.core.documents import Document, read_document
from etl.core.version import extractor_version
from etl import warehouse as wh

from .checks import check_results, check_specs, md_table
from .partitions import documents_partitions
from .resources import SeedsResource, WarehouseResource

PARTITIONED = dict(partitions_def=documents_partitions, backfill_policy=dg.BackfillPolicy.single_run())
TABLES = ("documents", *EXTRACTED_TABLES)


class SourceConfig(dg.Config):
    force: bool = False  # re-extract documents the warehouse already holds unchanged


@dg.asset(**PARTITIONED, io_manager_key="staging_io", group_name="ingest", kinds={"polars"})
def source_documents(context: dg.AssetExecutionContext, config: SourceConfig, seeds: SeedsResource,
                     warehouse: WarehouseResource) -> pl.DataFrame:
    """Seed files decoded into documents (text, sidecar metadata, language, publication date),
    or rejected with a reason. Documents the warehouse already holds unchanged are marked so
    that they are not extracted again."""
    keys = context.partition_keys
    docs = [_read(seeds, key) for key in keys]
    frame = documents_frame(docs)
    held = {} if config.force else _held_versions(warehouse)
    version = extractor_version()
    unchanged = [d.doc_id for d in docs if held.get(d.doc_id) == (d.input_sha256, version)]
    frame = frame.with_columns(pl.col("doc_id").is_in(unchanged).alias("unchanged"))
    rejected = frame.filter(pl.col("status") == "rejected")
    context.add_output_metadata({
        "documents": len(docs), "unchanged": len(unchanged), "rejected": rejected.height,
        "rejections": dg.MetadataValue.md(md_table(rejected.select("doc_id", "reject_reason"))) if rejected.height else "none",
    })
    return frame


def _read(seeds: SeedsResource, key: str) -> Document:
    path = seeds.file_for(key)
    if not path.exists():
        return Document(key, path.name, "0" * 64, None, None, None, None, None, None, "rejected",
                        f"file {path.name} no longer exists in {seeds.dir}", (), "0" * 64)
    return read_document(path, seeds.dir)


def _held_versions(warehouse: WarehouseResource) -> dict[str, tuple[str, str]]:
    with warehouse.connect() as con:
        wh.ensure_schema(con)
        return wh.loaded_versions(con)


@dg.multi_asset(
    outs={t: dg.AssetOut(io_manager_key="staging_io", group_name="extract", kinds={"polars"},
                         description=f"Extracted `{t}` rows, validated by the `{t}` Pandera schema.")
          for t in TABLES},
    check_specs=check_specs(TABLES),
    **PARTITIONED,
)
def extraction(context: dg.AssetExecutionContext, source_documents: pl.DataFrame):
    """Sentences, actors, mentions, events, claims and dates from each new or changed document;
    every table validated before it can reach the warehouse. A document with a failing row is
    rejected with the failed checks as its reason; the others go on."""
    todo = source_documents.filter(~pl.col("unchanged")).drop("unchanged")
    tables, failed = extract_frames(todo)
    validated = validate_frames(reject(todo, failed), tables)
    outputs = {"documents": validated.documents, **validated.tables}
    for name in TABLES:
        yield dg.Output(outputs[name], output_name=name, metadata={"rows": outputs[name].height})
    yield from check_results(validated.results)
    context.log.info(f"extracted {todo.height} document(s); {source_documents.height - todo.height} unchanged")


@dg.asset(
    **PARTITIONED, group_name="warehouse", kinds={"duckdb"},
    ins={t: dg.AssetIn(key=t) for t in TABLES},
    pool="warehouse_writer",
)
def warehouse_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource,
                     **tables: pl.DataFrame) -> dg.MaterializeResult:
    """The DuckDB warehouse: each document's rows replaced in one transaction; documents whose
    content and extractor version are already loaded are left untouched."""
    documents = tables.pop("documents")
    with warehouse.connect() as con:
        # extraction passed on only new, changed or forced documents: load them all
        result = wh.load(con, documents, tables, extractor_version(), skip_unchanged=False)
        counts = wh.summary(con)
    context.log.info(f"loaded {result['loaded']} document(s), {result['unchanged']} unchanged")
    return dg.MaterializeResult(metadata={**result, **{f"warehouse_{k}": v for k, v in counts.items()}})
