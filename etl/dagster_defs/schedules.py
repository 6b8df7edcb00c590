"""Nightly refresh: every registered document in one run. Unchanged documents cost a hash
comparison; a new extractor version (code or lexicons) re-extracts them all."""

import dagster as dg

from .jobs import ingest_job
from .partitions import documents_partitions
from .sensors import range_tags


@dg.schedule(job=ingest_job, cron_schedule="0 2 * * *", execution_timezone="UTC",
             default_status=dg.DefaultScheduleStatus.STOPPED)
def nightly_refresh(context: dg.ScheduleEvaluationContext):
    keys = context.instance.get_dynamic_partitions(documents_partitions.name)
    if not keys:
        return dg.SkipReason("no documents registered yet: turn on seed_files_sensor")
    return dg.RunRequest(run_key=f"nightly-{context.scheduled_execution_time:%Y-%m-%d}", tags=range_tags(keys))
