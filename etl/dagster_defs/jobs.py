"""Jobs: the whole graph over a batch of documents, and the removal of deleted documents.

A run executes in one process (the in-process executor): its stages form a chain that hands
frames over in memory, and extraction itself uses a worker process per core. To use more
machines, split a large batch into several runs over partition ranges (K8sRunLauncher or any run
launcher starts each run in its own pod; the `warehouse_writer` pool serialises the loads), see
docs/scaling.md.
"""

import dagster as dg

from etl import config as settings, warehouse as wh
from etl.retirement import mass_delete_refusal

from .assets import ingest_batch
from .partitions import documents_partitions
from .resources import SeedsResource, WarehouseResource

ingest_job = dg.define_asset_job(
    "ingest_documents",
    selection=dg.AssetSelection.all(),
    partitions_def=documents_partitions,
    description="Seed files → extraction → validation → warehouse, for the run's documents.",
    tags={"warehouse": "write"},
    executor_def=dg.in_process_executor,
)

# `etl run` without DAGSTER_HOME: the same ops over the documents named in the run config
ingest_batch_job = ingest_batch.to_job(
    name="ingest_batch",
    description="Seed files → extraction → validation → warehouse, for the documents named in the run config "
                "(none named: every seed file), without per-document partitions (for instances that keep no "
                "history). New and changed files are extracted; unchanged ones are skipped unless `force`.",
    tags={"warehouse": "write"},
    executor_def=dg.in_process_executor,
)


class RetireConfig(dg.Config):
    doc_ids: list[str]
    # more than ETL_MAX_RETIRE_SHARE of the warehouse at once is refused unless this is set: an
    # empty or unmounted seeds folder looks like every article deleted
    allow_mass_delete: bool = False


@dg.op(pool="warehouse_writer")
def retire_documents(context: dg.OpExecutionContext, config: RetireConfig, warehouse: WarehouseResource,
                     seeds: SeedsResource) -> int:
    """Remove the rows of documents whose seed files were deleted."""
    with warehouse.connect() as con:
        if not config.allow_mass_delete:
            n_gone, n_held = wh.held_counts(con, config.doc_ids)
            refusal = mass_delete_refusal(n_gone, n_held, settings.max_retire_share(), seeds.dir)
            if refusal:
                raise dg.Failure(description=refusal, allow_retries=False)
        n = wh.retire(con, config.doc_ids)
    context.log.info(f"removed {n} document(s): {', '.join(config.doc_ids)}")
    return n


@dg.job(tags={"warehouse": "write"}, description="Remove deleted documents' rows from the warehouse.",
        executor_def=dg.in_process_executor)
def retire_job():
    retire_documents()
