"""The Dagster code location: `dagster dev -w workspace.yaml` loads this module."""
import dagster as dg

from etl.dagster_defs.assets import news_warehouse
from etl.dagster_defs.jobs import ingest_batch_job, ingest_job, retire_job
from etl.dagster_defs.resources import default_resources
from etl.dagster_defs.schedules import nightly_refresh
from etl.dagster_defs.sensors import seed_files_sensor


def build_defs(resources: dict | None = None) -> dg.Definitions:
    """The definitions, with `resources` or else resources pointing at the paths the environment
    names now."""
    return dg.Definitions(
        assets=[news_warehouse],
        jobs=[ingest_job, ingest_batch_job, retire_job],
        sensors=[seed_files_sensor],
        schedules=[nightly_refresh],
        resources=resources if resources is not None else default_resources(),
        executor=dg.in_process_executor,
    )


defs = build_defs()
