"""Many seed files read into documents, by worker processes when the batch is large. A file
that cannot be read becomes a rejected document with the reason; the run goes on."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from .documents import Document, read_document, source_file
from .worker_processes import run_in_workers, workers

# Reading a file (decoding, language, boilerplate and date checks) costs ~0.3 ms: 7 s of one
# core for the 23,897-article corpus. A worker starts in ~1 s, so small batches are read here.
READ_CHUNK = 2_000  # files per worker task
log = logging.getLogger(__name__)


def read_seeds(seeds_dir: Path, keys: list[str], processes: int | None = None) -> list[Document]:
    """The documents of the partition keys, in their order."""
    n = processes or workers()
    if n == 1 or len(keys) < 2 * READ_CHUNK:
        return _read_chunk(seeds_dir, keys)
    chunks = [keys[k:k + READ_CHUNK] for k in range(0, len(keys), READ_CHUNK)]
    parts = run_in_workers(min(n, len(chunks)), _read_chunk, {i: (seeds_dir, chunk) for i, chunk in enumerate(chunks)})
    documents: list[Document] = []
    for i, chunk in enumerate(chunks):
        part = parts[i]
        if isinstance(part, BaseException):  # reading never raises: the worker died
            log.warning(f"a worker process reading seed files died ({type(part).__name__}); "
                        f"this process reads its {len(chunk)} files itself")
            part = _read_chunk(seeds_dir, chunk)
        documents.extend(part)
    return documents


def _read_chunk(seeds_dir: Path, keys: list[str]) -> list[Document]:
    return [read_or_reject(seeds_dir, key) for key in keys]


def read_or_reject(seeds_dir: Path, key: str) -> Document:
    """The document of a partition key. Never raises: a file that vanished, cannot be read, or
    breaks the reader becomes a rejected document with the reason."""
    path = source_file(seeds_dir, key)
    if not os.path.lexists(path):  # a broken link or a loop is read_document's to explain
        return Document(key, key + ".txt", "0" * 64, None, None, None, None, None, None, "rejected",
                        f"file {key}.txt no longer exists in {seeds_dir}", (), "0" * 64)
    try:
        return read_document(path, seeds_dir)
    except Exception as e:  # noqa: BLE001 — one bad file must not stop the batch
        return Document(key, key + ".txt", "0" * 64, None, None, None, None, None, None, "rejected",
                        f"could not read the file: {type(e).__name__}: {e}", (), "0" * 64)
