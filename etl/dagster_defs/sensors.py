"""The seeds-folder sensor: new files become partitions and are extracted, changed files are
re-extracted, deleted files' rows are removed. One run per tick, whatever the number of files.

The cursor keeps, per document, the stat of its `.txt` file and sidecar and a hash of both: a
document is re-hashed only when a stat changed, so a tick over tens of thousands of unchanged
files is a directory scan. A new or edited sidecar counts as a change.
"""

import hashlib
import json
import os
from pathlib import Path

import dagster as dg

from etl.core.documents import SIDECAR_SUFFIX, doc_id_for, fingerprint_file

from .jobs import ingest_job, retire_job
from .partitions import documents_partitions
from .resources import SeedsResource


def scan(folder: Path, previous: dict[str, list]) -> dict[str, list]:
    """doc_id → [txt mtime_ns, txt size, sidecar mtime_ns, sidecar size, fingerprint] for every
    `.txt` file; the fingerprint (text and sidecar bytes) is recomputed only when a stat changed."""
    state = {}
    with os.scandir(folder) as entries:
        files = {e.name: e for e in entries if e.is_file()}
    for name, entry in files.items():
        if not name.endswith(".txt"):
            continue
        doc_id = doc_id_for(Path(name))
        st = entry.stat()
        meta = files.get(name[: -len(".txt")] + SIDECAR_SUFFIX)
        mst = meta.stat() if meta is not None else None
        stats = [st.st_mtime_ns, st.st_size, mst.st_mtime_ns if mst else 0, mst.st_size if mst else -1]
        old = previous.get(doc_id)
        if old and old[:4] == stats:
            state[doc_id] = old
        else:
            state[doc_id] = [*stats, _fingerprint(Path(entry.path), Path(meta.path) if meta else None)]
    return state


def _fingerprint(path: Path, sidecar: Path | None) -> str:
    return fingerprint_file(path, sidecar)


def _digest(value) -> str:
    """A run key that changes whenever the files do (a revert to old content is a new run)."""
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def range_tags(keys: list[str]) -> dict[str, str]:
    return {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}


@dg.sensor(jobs=[ingest_job, retire_job], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.STOPPED)
def seed_files_sensor(context: dg.SensorEvaluationContext, seeds: SeedsResource) -> dg.SensorResult:
    previous = json.loads(context.cursor) if context.cursor else {}
    current = scan(seeds.dir, previous)
    registered = set(context.instance.get_dynamic_partitions(documents_partitions.name))
    new = sorted(k for k in current if k not in registered)
    changed = sorted(k for k in current if k in registered and (k not in previous or previous[k][-1] != current[k][-1]))
    deleted = sorted(k for k in registered if k not in current)
    requests, run_requests = [], []
    if new:
        requests.append(documents_partitions.build_add_request(new))
    todo = new + changed
    if todo:
        order = [k for k in context.instance.get_dynamic_partitions(documents_partitions.name) if k in set(todo)]
        order += [k for k in new if k not in set(order)]  # partitions this tick adds come last
        run_requests.append(dg.RunRequest(
            run_key=f"ingest-{_digest([[k, *current[k]] for k in todo])}",
            job_name=ingest_job.name, tags=range_tags(order)))
    if deleted:
        run_requests.append(dg.RunRequest(
            run_key=f"retire-{_digest([[k, *previous.get(k, [])] for k in deleted] + [context.cursor or ''])}",
            job_name=retire_job.name,
            run_config={"ops": {"retire_documents": {"config": {"doc_ids": deleted}}}}))
        requests.append(documents_partitions.build_delete_request(deleted))
    return dg.SensorResult(run_requests=run_requests, dynamic_partitions_requests=requests,
                           cursor=json.dumps(current, sort_keys=True))
