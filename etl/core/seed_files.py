"""Reading one file of the seeds folder without being led astray.

A seeds folder is written by people and other programs, so a name in it may be a symbolic link
out of the folder (`a.txt -> /etc/passwd` must not become a document), a link loop, a link to
nothing, a FIFO (opening it for reading waits for a writer: the run would hang), a device
(`/dev/zero` never ends) or a directory. `read_confined` follows links only to files inside
the folder, opens without blocking, checks with `fstat` on the opened file that it is a regular
file under the size limit, and reads at most the limit — so one file costs bounded time and
memory whatever it is. Problems come back as a reason, never as an exception.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


@dataclass(frozen=True)
class FileRead:
    """What reading a name of the seeds folder gave: exactly one of `data` (the bytes), `size`
    (over the limit, so not read), `refused` (why it was not read) or `missing`."""
    data: bytes | None = None
    size: int | None = None        # when over the limit: the size `fstat` gave
    mtime_ns: int = 0              # when over the limit: what identifies the unread content
    refused: str | None = None
    missing: bool = False


def kind_of(mode: int) -> str:
    """'a directory', 'a FIFO (named pipe)', ... for a mode that is not a regular file."""
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _inside(target: str, root: str) -> bool:
    return os.path.commonpath([root, target]) == root


def confinement_problem(path: Path, folder: Path) -> tuple[str | None, str | None]:
    """(the real path the name leads to, None), or (None, why it may not be followed): a link
    loop, a link to nothing, or a link whose target is outside the folder. (None, None) when
    nothing has that name."""
    try:
        target = os.path.realpath(path, strict=True)
    except FileNotFoundError:
        if not os.path.lexists(path):
            return None, None
        return None, f"a symbolic link to {_link_text(path)}, which does not exist"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return None, "a symbolic link loop (the link leads back to itself)"
        return None, f"cannot read it: {e.strerror or e}"
    root = os.path.realpath(folder)
    if not _inside(target, root):
        return None, f"a symbolic link to {target}, outside the seeds folder {root}: not followed"
    return target, None


def _link_text(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "a missing file"


def _stat(stat_of, path) -> tuple[os.stat_result | None, FileRead | None]:
    """`stat_of(path)`, or the FileRead that says why there is nothing to read."""
    try:
        return stat_of(path), None
    except FileNotFoundError:
        return None, FileRead(missing=True)
    except OSError as e:
        return None, FileRead(refused=f"cannot read it: {e.strerror or e}")


def read_confined(path: Path, folder: Path, limit: int) -> FileRead:
    """The bytes of `path` (at most `limit`), or why not. Never raises for a problem with the file."""
    st, failed = _stat(os.lstat, path)
    if failed:
        return failed
    if stat.S_ISLNK(st.st_mode) or os.path.dirname(path) != os.fspath(folder):
        # only a link (or a name not directly in the folder) needs resolving; a plain name of
        # the folder is inside it by definition, and O_NOFOLLOW below keeps it so
        target, problem = confinement_problem(path, folder)
        if problem:
            return FileRead(refused=problem)
        if target is None:
            return FileRead(missing=True)
        st, failed = _stat(os.stat, target)
        if failed:
            return failed
    else:
        target = path
    if not stat.S_ISREG(st.st_mode):  # refuse a device or FIFO before opening it at all
        return FileRead(refused=f"not a regular file: {kind_of(st.st_mode)}")
    try:
        # O_NONBLOCK: a FIFO swapped in after the stat still cannot hang the open;
        # O_NOFOLLOW: nor can a link swapped in for the checked file
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except FileNotFoundError:
        return FileRead(missing=True)
    except OSError as e:
        return FileRead(refused=f"cannot read it: {e.strerror or e}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return FileRead(refused=f"not a regular file: {kind_of(st.st_mode)}")
        if st.st_size > limit:
            return FileRead(size=st.st_size, mtime_ns=st.st_mtime_ns)
        data = _read_at_most(fd, limit + 1)
        if len(data) > limit:  # it grew after the fstat
            return FileRead(size=len(data), mtime_ns=st.st_mtime_ns)
        return FileRead(data=data)
    except OSError as e:
        return FileRead(refused=f"cannot read it: {e.strerror or e}")
    finally:
        os.close(fd)


def _read_at_most(fd: int, n: int) -> bytes:
    chunks, remaining = [], n
    while remaining > 0:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
