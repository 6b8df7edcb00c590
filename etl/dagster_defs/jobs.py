"""Jobs: the whole graph over a batch of documents, and the removal of deleted documents."""

import dagster as dg

from etl import warehouse as wh

from .partitions import documents_partitions
from .resources import WarehouseResource

ingest_job = dg.define_asset_job(
    "ingest_documents",
    selection=dg.AssetSelection.all(),
    partitions_def=documents_partitions,
    description="Seed files → extraction → validation → warehouse, for the run's documents.",
    tags={"warehouse": "write"},
)


class RetireConfig(dg.Config):
    doc_ids: list[str]


@dg.op(pool="warehouse_writer")
def retire_documents(context: dg.OpExecutionContext, config: RetireConfig, warehouse: WarehouseResource) -> int:
    """Remove the rows of documents whose seed files were deleted."""
    with warehouse.connect() as con:
        n = wh.retire(con, config.doc_ids)
    context.log.info(f"removed {n} document(s): {', '.join(config.doc_ids)}")
    return n


@dg.job(tags={"warehouse": "write"}, description="Remove deleted documents' rows from the warehouse.")
def retire_job():
    retire_documents()
