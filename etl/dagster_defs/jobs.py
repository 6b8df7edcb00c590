"""Jobs: the whole graph over a batch of documents, and the removal of deleted documents.

Executor (`ETL_EXECUTOR`, read when the code location loads): `in_process` (default) runs the
three chained steps of a run in the run's own process. The graph is a chain, so the multiprocess
executor has nothing to run side by side and only adds a process start per step (measured in
docs/scaling.md); parallelism comes from splitting a big batch into several runs, each single-run,
with the warehouse write serialised by the `warehouse_writer` pool. `multiprocess` restores
Dagster's default; `celery` and `k8s` select dagster-celery's / dagster-k8s's step executors
(those packages must be installed in the job image; see docs/deploy/).
"""

import os

import dagster as dg

from etl import warehouse as wh

from .partitions import documents_partitions
from .resources import WarehouseResource

EXECUTORS = ("in_process", "multiprocess", "celery", "k8s")


def executor_from_env() -> dg.ExecutorDefinition:
    name = os.environ.get("ETL_EXECUTOR", "in_process").strip() or "in_process"
    if name == "in_process":
        return dg.in_process_executor
    if name == "multiprocess":
        return dg.multiprocess_executor
    if name == "celery":
        from dagster_celery import celery_executor  # pip install dagster-celery (not a dependency here)

        return celery_executor
    if name == "k8s":
        from dagster_k8s import k8s_job_executor  # pip install dagster-k8s (not a dependency here)

        return k8s_job_executor
    raise ValueError(f"ETL_EXECUTOR={name!r}: choose one of {', '.join(EXECUTORS)}")


ingest_job = dg.define_asset_job(
    "ingest_documents",
    selection=dg.AssetSelection.all(),
    partitions_def=documents_partitions,
    description="Seed files → extraction → validation → warehouse, for the run's documents.",
    tags={"warehouse": "write"},
    executor_def=executor_from_env(),
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


@dg.job(tags={"warehouse": "write"}, description="Remove deleted documents' rows from the warehouse.",
        executor_def=dg.in_process_executor)
def retire_job():
    retire_documents()
