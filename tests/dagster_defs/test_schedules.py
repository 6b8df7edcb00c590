"""The nightly refresh: every registered document in one run."""
from __future__ import annotations

import datetime as dt

import dagster as dg

from etl.dagster_defs.schedules import nightly_refresh

START, END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
NIGHT = dt.datetime(2026, 11, 29, 2, 0, tzinfo=dt.timezone.utc)


def _evaluate(instance, when=NIGHT):
    return nightly_refresh(dg.build_schedule_context(instance=instance, scheduled_execution_time=when))


def test_no_documents_skips_with_a_reason(instance):
    result = _evaluate(instance)

    assert isinstance(result, dg.SkipReason)
    assert "seed_files_sensor" in result.skip_message


def test_one_run_covers_every_registered_document(instance):
    keys = ["000_a", "001_b", "002_c", "003_d"]
    instance.add_dynamic_partitions("documents", keys)

    result = _evaluate(instance)

    assert isinstance(result, dg.RunRequest)
    registered = instance.get_dynamic_partitions("documents")
    covered = registered[registered.index(result.tags[START]): registered.index(result.tags[END]) + 1]
    assert covered == keys
    assert result.partition_key is None


def test_one_run_key_per_night(instance):
    instance.add_dynamic_partitions("documents", ["000_a"])

    tonight = _evaluate(instance)
    again = _evaluate(instance)
    tomorrow = _evaluate(instance, NIGHT + dt.timedelta(days=1))

    assert tonight.run_key == again.run_key  # a retried tick does not start a second run
    assert tomorrow.run_key != tonight.run_key


def test_nightly_run_reloads_nothing_when_nothing_changed(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.ingest()
    before = pipeline.snapshot()

    request = _evaluate(pipeline.instance)
    job = pipeline.defs.resolve_job_def("ingest_documents")
    result = job.execute_in_process(instance=pipeline.instance, tags=request.tags)

    assert result.success
    assert pipeline.snapshot() == before
    md = next(e.event_specific_data.metadata for e in result.all_events
              if e.event_type_value == "STEP_OUTPUT" and e.step_key.endswith("read_seed_files"))
    assert md["documents"].value == 2 and md["unchanged"].value == 2
