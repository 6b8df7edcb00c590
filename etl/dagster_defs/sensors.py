"""The seeds-folder sensor: new files become partitions and are extracted, changed files are
re-extracted, deleted files' rows are removed. One run per tick, whatever the number of files.

The cursor keeps, per file, (mtime_ns, size, sha256): a file is re-hashed only when its
mtime or size changed, so a tick over tens of thousands of unchanged files is a directory scan.
"""

import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from etl.core.documents import doc_id_for

from .jobs import ingest_job, retire_job
from .partitions import documents_partitions
from .resources import SeedsResource


def scan(folder: Path, previous: dict[str, list]) -> dict[str, list]:
    """doc_id → [mtime_ns, size, sha256] for every `.txt` file, hashing only what changed."""
    state = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.endswith(".txt") or not entry.is_file():
                continue
            st = entry.stat()
            doc_id = doc_id_for(Path(entry.name))
            old = previous.get(doc_id)
            if old and old[0] == st.st_mtime_ns and old[1] == st.st_size:
                state[doc_id] = old
            else:
                state[doc_id] = [st.st_mtime_ns, st.st_size, _sha256(Path(entry.path))]
    return state


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def range_tags(keys: list[str]) -> dict[str, str]:
    return {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}


@dg.sensor(jobs=[ingest_job, retire_job], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED)
def seed_files_sensor(context: dg.SensorEvaluationContext, seeds: SeedsResource) -> dg.SensorResult:
    previous = json.loads(context.cursor) if context.cursor else {}
    current = scan(seeds.dir, previous)
    registered = set(context.instance.get_dynamic_partitions(documents_partitions.name))
    new = sorted(k for k in current if k not in registered)
    changed = sorted(k for k in current if k in registered and (k not in previous or previous[k][2] != current[k][2]))
    deleted = sorted(k for k in registered if k not in current)
    requests, run_requests = [], []
    if new:
        requests.append(documents_partitions.build_add_request(new))
    todo = new + changed
    if todo:
        order = [k for k in context.instance.get_dynamic_partitions(documents_partitions.name) if k in set(todo)]
        order += [k for k in new if k not in set(order)]  # partitions this tick adds come last
        run_requests.append(dg.RunRequest(
            run_key=f"ingest-{hashlib.sha256(json.dumps([[k, current[k][2]] for k in todo]).encode()).hexdigest()[:16]}",
            job_name=ingest_job.name, tags=range_tags(order)))
    if deleted:
        run_requests.append(dg.RunRequest(
            run_key=f"retire-{hashlib.sha256(json.dumps(deleted).encode()).hexdigest()[:16]}",
            job_name=retire_job.name,
            run_config={"ops": {"retire_documents": {"config": {"doc_ids": deleted}}}}))
        requests.append(documents_partitions.build_delete_request(deleted))
    return dg.SensorResult(run_requests=run_requests, dynamic_partitions_requests=requests,
                           cursor=json.dumps(current, sort_keys=True))
