"""The seeds-folder scan: which documents the folder holds, each with a fingerprint of its text
file and sidecar, and what is wrong with the entries that are not plain seed files.

The scan never raises for one entry: whatever a name in the folder is (a link out of the
folder, a link loop, a FIFO, a directory named `.txt`, an unreadable file, a file deleted
while the scan runs, two names with one document id), the other documents are scanned and the
entry is reported:
- a `.txt` name that cannot be read as a seed stays a document, with a fingerprint of its
  problem: the run rejects it with that reason (`documents.read_document` reads the same way),
  so it shows as a rejected document rather than disappearing;
- a name that vanished during the scan, or that loses its document id to another name, is a
  `SkippedEntry` with the reason.

Change detection: a document is re-read and re-hashed only when the stat key of its text file
or sidecar changed. The key is (mtime, size, ctime, inode, device): ctime cannot be set back by
`touch`/`utime` and a file replaced by another has a new inode, so an edit that keeps the size
and restores the modification time is still noticed (the kernel stamps ctime at clock-tick
resolution, a few milliseconds at worst). Anything cached that does not have the expected shape
(an old format, a hand-edited or corrupt cache) is not trusted: that file is hashed again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .documents import doc_id_of_name, printable_name, read_inputs, sidecar_name, source_file

TEXT_SUFFIX = ".txt"
_ABSENT = [0, -1, 0, 0, 0]       # the stat key of a sidecar that does not exist
_UNCACHEABLE = [0, -2, 0, 0, 0]  # never equal to a real key: the entry is checked again next scan
_KEY_LENGTH = 5
ENTRY_LENGTH = 2 * _KEY_LENGTH + 1  # text key, sidecar key, fingerprint


class SeedsFolderUnreadable(OSError):
    """The folder itself cannot be listed: no scan result at all (an empty result would read as
    'every document deleted')."""


@dataclass(frozen=True)
class SkippedEntry:
    name: str                  # printable: a byte that is not UTF-8 written \xNN, as `ls -b` does
    reason: str
    doc_id: str | None = None  # set when the entry stays a document, to be rejected with the reason


@dataclass
class Scan:
    state: dict[str, list] = field(default_factory=dict)   # doc_id → [text key, sidecar key, fingerprint]
    problems: list[SkippedEntry] = field(default_factory=list)


def fingerprint_in(entry) -> str | None:
    """The fingerprint an entry of a previous scan holds, if it holds one (the last element)."""
    if isinstance(entry, list) and entry and isinstance(entry[-1], str):
        return entry[-1]
    return None


def _stat_key(path: str) -> list[int] | None:
    """[mtime, size, ctime, inode, device] of what the name leads to; `_ABSENT` when nothing has
    the name; None when it cannot be stat-ed (a link loop, a link to nothing)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None if os.path.lexists(path) else _ABSENT
    except OSError:
        return None
    return [st.st_mtime_ns, st.st_size, st.st_ctime_ns, st.st_ino, st.st_dev]


def _cached(old, key: list) -> str | None:
    """The cached fingerprint when the old entry is well formed and its stat key is `key`."""
    if (isinstance(old, list) and len(old) == ENTRY_LENGTH and old[:-1] == key
            and all(type(v) is int for v in old[:-1]) and isinstance(old[-1], str) and len(old[-1]) == 64):
        return old[-1]
    return None


def _list(folder: Path) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries]
    except OSError as e:
        raise SeedsFolderUnreadable(f"cannot list the seeds folder {folder}: {e.strerror or e}") from e


def scan_folder(folder: Path, previous: object = None) -> Scan:
    """Every `.txt` name of `folder` (not recursive) as doc_id → [text stat key, sidecar stat key,
    fingerprint], reusing `previous` (a former `Scan.state`, any JSON) for files whose stat keys
    are unchanged, and the entries skipped with their reasons."""
    previous = previous if isinstance(previous, dict) else {}
    names = _list(folder)
    present = set(names)
    result = Scan()
    seen: dict[str, list[str]] = {}
    for name in sorted(n for n in names if n.endswith(TEXT_SUFFIX)):
        seen.setdefault(doc_id_of_name(name), []).append(name)
    for doc_id, group in seen.items():
        name = _owner(folder, doc_id, group)
        for other in group:
            if other != name:
                result.problems.append(SkippedEntry(
                    printable_name(other), f"not loaded: its document id {doc_id!r} is also that of "
                                               f"{printable_name(name)}, which is loaded; rename one of them"))
        # a name sharing its id is checked afresh each scan: the others may come and go
        _scan_one(folder, name, doc_id, present, previous.get(doc_id) if len(group) == 1 else None, result,
                  cacheable=len(group) == 1)
    return result


def _owner(folder: Path, doc_id: str, group: list[str]) -> str:
    """Of the names sharing a document id, the one the run reads for it (`source_file`)."""
    if len(group) == 1:
        return group[0]
    chosen = source_file(folder, doc_id).name
    return chosen if chosen in group else group[0]


def _scan_one(folder: Path, name: str, doc_id: str, present: set[str], old, result: Scan,
              cacheable: bool = True) -> None:
    # plain strings, not Paths: this runs for every file at every sensor tick
    where = os.fspath(folder)
    sidecar = sidecar_name(name)
    text_key = _stat_key(os.path.join(where, name))
    sidecar_key = _stat_key(os.path.join(where, sidecar)) if sidecar in present else _ABSENT
    if text_key is _ABSENT:
        _vanished(name, doc_id, old, result)
        return
    if text_key is not None and sidecar_key is not None:
        key = text_key + sidecar_key
        fingerprint = _cached(old, key)
        if fingerprint is not None:
            result.state[doc_id] = old
            return
    inputs = read_inputs(folder / name, folder)
    if inputs.text.missing:
        _vanished(name, doc_id, old, result)
        return
    if inputs.text.refused:
        result.problems.append(SkippedEntry(printable_name(name), inputs.text.refused, doc_id))
    cacheable = cacheable and inputs.text.refused is None and text_key is not None and sidecar_key is not None
    key = text_key + sidecar_key if cacheable else _UNCACHEABLE + _UNCACHEABLE
    result.state[doc_id] = [*key, inputs.fingerprint]


def _vanished(name: str, doc_id: str, old, result: Scan) -> None:
    """A name listed but gone when read: deleted (or being replaced) during the scan. What the
    last scan knew of it stands until the next scan looks again, rather than retiring a document
    on a race."""
    result.problems.append(SkippedEntry(printable_name(name), "vanished during the scan (deleted or renamed while the folder "
                                              "was read); looked at again next scan"))
    if fingerprint_in(old) is not None:
        result.state[doc_id] = old
