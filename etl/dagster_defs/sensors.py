"""The seeds-folder sensor: new files become partitions and are extracted, changed files are
re-extracted, deleted files' rows are removed. One run per tick, whatever the number of files.

The cursor is the folder scan (`etl.core.scan`): per document, the stat keys of its `.txt` file
and sidecar and a hash of both, so a tick over tens of thousands of unchanged files is a
directory scan. A new or edited sidecar counts as a change. Entries the scan cannot use (a link
out of the folder, a FIFO, two names with one document id, ...) are logged as warnings; those
named `.txt` are still requested, so the run rejects them with the reason.
"""

import hashlib
import json
import logging
from pathlib import Path

import dagster as dg

from etl import config
from etl.core.scan import SeedsFolderUnreadable, fingerprint_in, scan_folder
from etl.retirement import mass_delete_refusal

from .jobs import ingest_job, retire_job
from .partitions import documents_partitions
from .resources import SeedsResource

_log = logging.getLogger("etl.scan")


def scan(folder: Path, previous: object) -> dict[str, list]:
    """doc_id → [text stat key, sidecar stat key, fingerprint] for every `.txt` name of the
    folder (`etl run` uses this). Entries skipped without becoming a document (vanished during
    the scan, a second name for one document id) are logged as warnings; the others show up as
    rejected documents in the run."""
    result = scan_folder(folder, previous)
    for problem in result.problems:
        if problem.doc_id is None:
            _log.warning(f"seed file {problem.name} skipped: {problem.reason}")
    return result.state


def _digest(value) -> str:
    """A run key that changes whenever the files do (a revert to old content is a new run)."""
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def range_tags(keys: list[str]) -> dict[str, str]:
    return {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}


@dg.sensor(jobs=[ingest_job, retire_job], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED)
def seed_files_sensor(context: dg.SensorEvaluationContext, seeds: SeedsResource) -> dg.SensorResult:
    previous = _cursor_state(context)
    try:
        scanned = scan_folder(seeds.dir, previous)
    except SeedsFolderUnreadable as e:  # not "every file deleted": wait for the folder to come back
        return dg.SensorResult(skip_reason=str(e), cursor=context.cursor)
    for problem in scanned.problems:
        context.log.warning(f"seed file {problem.name}: {problem.reason}")
    current = scanned.state
    registered = context.instance.get_dynamic_partitions(documents_partitions.name)
    held = set(registered)
    new = sorted(k for k in current if k not in held)
    changed = sorted(k for k in current if k in held and fingerprint_in(previous.get(k)) != current[k][-1])
    deleted = sorted(k for k in held if k not in current)
    requests, run_requests = [], []
    if new:
        requests.append(documents_partitions.build_add_request(new))
    todo = new + changed
    if todo:
        order = [k for k in registered if k in set(todo)]
        order += [k for k in new if k not in set(order)]  # partitions this tick adds come last
        run_requests.append(dg.RunRequest(
            run_key=f"ingest-{_digest([[k, *current[k]] for k in todo])}",
            job_name=ingest_job.name, tags=range_tags(order)))
    refusal = mass_delete_refusal(len(deleted), len(held), config.max_retire_share(), seeds.dir)
    if refusal:  # an empty, wrong or unmounted folder looks like every article deleted
        context.log.warning(refusal)
    elif deleted:
        run_requests.append(dg.RunRequest(
            run_key=f"retire-{_digest([[k, fingerprint_in(previous.get(k))] for k in deleted] + [context.cursor or ''])}",
            job_name=retire_job.name,
            run_config={"ops": {"retire_documents": {"config": {"doc_ids": deleted}}}}))
        requests.append(documents_partitions.build_delete_request(deleted))
    return dg.SensorResult(run_requests=run_requests, dynamic_partitions_requests=requests,
                           cursor=json.dumps(current, sort_keys=True))


def _cursor_state(context: dg.SensorEvaluationContext) -> dict:
    """The last tick's scan; an unreadable cursor only means every file is hashed again."""
    try:
        state = json.loads(context.cursor) if context.cursor else {}
    except ValueError:
        context.log.warning("the sensor cursor is not valid JSON: every seed file is hashed again")
        return {}
    return state if isinstance(state, dict) else {}
