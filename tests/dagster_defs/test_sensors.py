"""The seeds-folder sensor: new, changed, unchanged and deleted files."""
from __future__ import annotations

import json
import logging
import os
import time

import dagster as dg
import pytest

import etl.core.scan as scan_module
from etl.dagster_defs.sensors import seed_files_sensor

START, END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


class Daemon:
    """Evaluates the sensor the way the daemon does: apply its partition requests to the
    instance, keep its cursor for the next tick."""

    def __init__(self, instance, resources):
        self.instance, self.resources, self.cursor = instance, resources, None
        self.warnings: list[str] = []  # what the last tick logged at WARNING or above

    def tick(self) -> dg.SensorResult:
        ctx = dg.build_sensor_context(instance=self.instance, cursor=self.cursor, resources=self.resources)
        self.warnings = []
        ctx.log.addHandler(_Collect(self.warnings))
        result = seed_files_sensor(ctx)
        for req in result.dynamic_partitions_requests:
            if isinstance(req, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))
            else:
                for key in req.partition_keys:
                    self.instance.delete_dynamic_partition(req.partitions_def_name, key)
        self.cursor = result.cursor
        return result

    def covered(self, run: dg.RunRequest) -> list[str]:
        """The partitions a run's range tags select, in the instance's order."""
        keys = self.instance.get_dynamic_partitions("documents")
        return keys[keys.index(run.tags[START]): keys.index(run.tags[END]) + 1]


class _Collect(logging.Handler):
    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record):
        self.into.append(record.getMessage())


@pytest.fixture
def daemon(instance, resources):
    return Daemon(instance, resources)


def _bump_mtime(path):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


def test_first_tick_registers_files_and_requests_one_run_covering_them(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    (pipeline.seeds_dir / "notes.md").write_text("not a seed")
    keys = [kit.SEED_ID, kit.SHORT_ID, kit.THIRD_ID]

    result = daemon.tick()

    [add] = result.dynamic_partitions_requests
    assert isinstance(add, dg.AddDynamicPartitionsRequest)
    assert add.partitions_def_name == "documents" and sorted(add.partition_keys) == keys
    [run] = result.run_requests
    assert run.job_name == "ingest_documents"
    assert run.run_key
    assert sorted(daemon.covered(run)) == keys
    assert set(json.loads(result.cursor)) == set(keys)


def test_sensor_run_request_loads_the_documents(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    [run] = daemon.tick().run_requests

    job = pipeline.defs.resolve_job_def(run.job_name)
    assert job.execute_in_process(instance=pipeline.instance, tags=run.tags, run_config=run.run_config).success

    assert pipeline.query("SELECT doc_id, status FROM documents ORDER BY 1") == [(kit.SEED_ID, "ok"),
                                                                                (kit.SHORT_ID, "ok")]


def test_second_tick_without_change_requests_nothing(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()

    again = daemon.tick()

    assert again.run_requests == []
    assert again.dynamic_partitions_requests == []
    assert sorted(daemon.instance.get_dynamic_partitions("documents")) == [kit.SEED_ID, kit.SHORT_ID]


def test_unchanged_files_are_not_rehashed(daemon, pipeline, kit, monkeypatch):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    hashed = []
    real = scan_module.read_inputs
    monkeypatch.setattr(scan_module, "read_inputs", lambda p, folder: hashed.append(p.name) or real(p, folder))

    daemon.tick()
    assert sorted(hashed) == sorted([kit.SEED.name, f"{kit.SHORT_ID}.txt"])

    hashed.clear()
    daemon.tick()
    assert hashed == []

    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT + "سطر جديد.\n")
    daemon.tick()
    assert hashed == [f"{kit.SHORT_ID}.txt"]


def test_changed_file_gets_a_run_for_that_document(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    first = daemon.tick().run_requests[0]

    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT + "وهددت الحكومة بفرض عقوبات جديدة.\n")
    result = daemon.tick()

    assert result.dynamic_partitions_requests == []
    [run] = result.run_requests
    assert run.job_name == "ingest_documents"
    assert daemon.covered(run) == [kit.SHORT_ID]
    assert run.run_key != first.run_key  # a different run key, or the daemon would skip it


def test_touched_but_identical_file_requests_nothing(daemon, pipeline, kit):
    daemon.tick()
    _bump_mtime(pipeline.seeds_dir / kit.SEED.name)

    result = daemon.tick()

    assert result.run_requests == []
    assert json.loads(result.cursor)[kit.SEED_ID][0] == (pipeline.seeds_dir / kit.SEED.name).stat().st_mtime_ns


def test_deleted_file_is_retired(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()

    (pipeline.seeds_dir / f"{kit.SHORT_ID}.txt").unlink()
    result = daemon.tick()

    [delete] = result.dynamic_partitions_requests
    assert isinstance(delete, dg.DeleteDynamicPartitionsRequest)
    assert list(delete.partition_keys) == [kit.SHORT_ID]
    [run] = result.run_requests
    assert run.job_name == "retire_job"
    assert run.run_config == {"ops": {"retire_documents": {"config": {"doc_ids": [kit.SHORT_ID]}}}}
    assert daemon.instance.get_dynamic_partitions("documents") == [kit.SEED_ID]
    assert kit.SHORT_ID not in json.loads(result.cursor)


def test_retire_request_removes_the_rows(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()
    pipeline.ingest()
    assert pipeline.query("SELECT count(*) FROM sentences WHERE doc_id = ?", [kit.SHORT_ID])[0][0] > 0

    (pipeline.seeds_dir / f"{kit.SHORT_ID}.txt").unlink()
    [run] = daemon.tick().run_requests
    job = pipeline.defs.resolve_job_def(run.job_name)
    assert job.execute_in_process(instance=pipeline.instance, run_config=run.run_config).success

    for table in ("documents", *kit.DOC_TABLES):
        assert pipeline.query(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [kit.SHORT_ID])[0][0] == 0, table
    assert pipeline.query("SELECT count(*) FROM documents WHERE doc_id = ?", [kit.SEED_ID])[0][0] == 1


def test_new_and_changed_files_share_one_run(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()

    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT + "سطر جديد.\n")
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    result = daemon.tick()

    [add] = result.dynamic_partitions_requests
    assert list(add.partition_keys) == [kit.THIRD_ID]
    [run] = result.run_requests
    assert set(daemon.covered(run)) >= {kit.SHORT_ID, kit.THIRD_ID}
    assert kit.SEED_ID not in daemon.covered(run)


def test_lost_cursor_rechecks_registered_files(daemon, pipeline, kit):
    daemon.tick()
    daemon.cursor = None  # e.g. the sensor was reset: files are re-hashed and re-requested

    result = daemon.tick()

    assert result.dynamic_partitions_requests == []
    [run] = result.run_requests
    assert daemon.covered(run) == [kit.SEED_ID]


def test_file_reverted_to_earlier_content_gets_a_new_run_key(daemon, pipeline, kit):
    daemon.tick()
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    keys = [daemon.tick().run_requests[0].run_key]
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT + "سطر جديد.\n")
    keys.append(daemon.tick().run_requests[0].run_key)

    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)  # back to the first version
    [run] = daemon.tick().run_requests

    assert daemon.covered(run) == [kit.SHORT_ID]
    assert run.run_key not in keys


def test_file_deleted_again_after_restore_gets_a_new_retire_run_key(daemon, pipeline, kit):
    path = pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()
    path.unlink()
    first = daemon.tick().run_requests[0]
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()

    path.unlink()
    [run] = daemon.tick().run_requests

    assert run.job_name == "retire_job"
    assert run.run_key != first.run_key


def test_edited_sidecar_requests_a_run_for_its_document(daemon, pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()

    (pipeline.seeds_dir / f"{kit.SHORT_ID}.meta.json").write_text(
        json.dumps({"title": "عنوان مصحح", "published_at": "2024-12-04T10:00:00Z", "outlet": "test"}),
        encoding="utf-8")
    result = daemon.tick()

    [run] = result.run_requests
    assert daemon.covered(run) == [kit.SHORT_ID]


# --- a folder that is empty, wrong or half-broken ------------------------------------------------------

def test_emptied_seeds_folder_retires_nothing_and_says_why(daemon, pipeline, kit):
    for doc_id, text in ((kit.SHORT_ID, kit.SHORT_TEXT), (kit.THIRD_ID, kit.THIRD_TEXT)):
        pipeline.write(doc_id, text)
    daemon.tick()
    for path in pipeline.seeds_dir.glob("*.txt"):  # e.g. the share is not mounted
        path.unlink()

    result = daemon.tick()

    assert result.run_requests == [] and result.dynamic_partitions_requests == []
    assert sorted(daemon.instance.get_dynamic_partitions("documents")) == [kit.SEED_ID, kit.SHORT_ID, kit.THIRD_ID]
    [warning] = daemon.warnings
    assert warning.startswith("refusing to remove 3 of the warehouse's 3 documents (100%, limit 50%)")
    assert str(pipeline.seeds_dir) in warning
    assert daemon.tick().run_requests == []  # and so on at every tick, until the files are back


def test_removal_over_the_configured_share_is_refused(daemon, pipeline, kit, monkeypatch):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()
    (pipeline.seeds_dir / f"{kit.SHORT_ID}.txt").unlink()  # one of two: 50%
    monkeypatch.setenv("ETL_MAX_RETIRE_SHARE", "0.4")

    result = daemon.tick()

    assert result.run_requests == [] and result.dynamic_partitions_requests == []
    assert "refusing to remove 1 of the warehouse's 2 documents" in daemon.warnings[0]


def test_missing_seeds_folder_skips_the_tick_and_keeps_the_cursor(daemon, pipeline, kit):
    daemon.tick()
    cursor = daemon.cursor
    pipeline.seeds_dir.rename(pipeline.seeds_dir.with_name("moved"))

    result = daemon.tick()

    assert result.run_requests == [] and result.dynamic_partitions_requests == []
    assert "cannot list the seeds folder" in result.skip_reason.skip_message
    assert daemon.cursor == cursor
    assert daemon.instance.get_dynamic_partitions("documents") == [kit.SEED_ID]


def test_entries_the_scan_cannot_use_are_logged_and_links_out_are_rejected_by_the_run(daemon, pipeline, kit, tmp_path):
    outside = tmp_path / "private.txt"
    outside.write_text(kit.SHORT_TEXT, encoding="utf-8")
    (pipeline.seeds_dir / "leak.txt").symlink_to(outside)
    os.mkfifo(pipeline.seeds_dir / "pipe.txt")
    raw_name = os.fsdecode(b"caf\xe9")
    pipeline.write(raw_name, kit.THIRD_TEXT)
    pipeline.write("caf%E9", kit.SHORT_TEXT)

    result = daemon.tick()

    assert sorted(daemon.warnings) == [
        "seed file caf\\xe9.txt: not loaded: its document id 'caf%E9' is also that of caf%E9.txt, which is loaded; "
        "rename one of them",
        f"seed file leak.txt: a symbolic link to {outside}, outside the seeds folder {pipeline.seeds_dir}: "
        "not followed",
        "seed file pipe.txt: not a regular file: a FIFO (named pipe)"]
    [run] = result.run_requests
    assert sorted(daemon.covered(run)) == sorted([kit.SEED_ID, "caf%E9", "leak", "pipe"])
    job = pipeline.defs.resolve_job_def(run.job_name)
    assert job.execute_in_process(instance=pipeline.instance, tags=run.tags, run_config=run.run_config).success
    rows = dict(pipeline.query("SELECT doc_id, coalesce(reject_reason, status) FROM documents"))
    assert rows["leak"].startswith("file leak.txt: a symbolic link to") and "private.txt" in rows["leak"]
    assert rows["pipe"] == "file pipe.txt: not a regular file: a FIFO (named pipe)"
    assert rows["caf%E9"] == "ok" and rows[kit.SEED_ID] == "ok"
    assert daemon.tick().run_requests == []  # the rejected ones are not requested again and again


@pytest.mark.parametrize("cursor", ["{not json", "[1, 2]", '{"%s": 5}'])
def test_corrupt_cursor_means_rechecking_the_files_not_a_failed_tick(daemon, pipeline, kit, cursor):
    daemon.tick()
    daemon.cursor = cursor.replace("%s", kit.SEED_ID)

    result = daemon.tick()

    [run] = result.run_requests  # like a lost cursor: the registered file is hashed and requested again
    assert daemon.covered(run) == [kit.SEED_ID]
    assert daemon.tick().run_requests == []


def test_same_size_edit_with_the_old_modification_time_gets_a_run(daemon, pipeline, kit):
    path = pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    daemon.tick()
    st = path.stat()
    time.sleep(0.05)
    edited = kit.SHORT_TEXT.replace("دمشق", "درعا")
    assert len(edited.encode()) == st.st_size
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # e.g. copied with `cp -p`

    [run] = daemon.tick().run_requests

    assert daemon.covered(run) == [kit.SHORT_ID]
