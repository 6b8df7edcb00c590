"""The seeds-folder scan: one bad entry never stops it, every entry it cannot use is reported,
its fingerprint is the one the run computes, and change detection sees every rewrite."""
from __future__ import annotations

import contextlib
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from etl.core.documents import read_document
from etl.core.scan import SeedsFolderUnreadable, scan_folder

ARTICLE = ("قالت روسيا إن الجيش هاجم مواقع قرب حمص يوم 3 كانون الأول 2024.\n"
           "وقال الرئيس الأمريكي إن الولايات المتحدة لا تقبل الاحتلال.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "scanned"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return seeds


def _problems(scan) -> dict[str, str]:
    return {p.name: p.reason for p in scan.problems}


def _input_sha(folder: Path, name: str) -> str:
    return read_document(folder / name, folder).input_sha256


# --- one bad entry never stops the scan, and is reported -----------------------------------------------

def test_symlink_out_of_the_folder_is_reported_and_stays_a_document_to_reject(folder, tmp_path):
    secret = tmp_path / "outside.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "alias.txt").symlink_to(folder / "good.txt")  # inside the folder: followed

    scan = scan_folder(folder)

    assert set(scan.state) == {"good", "leak", "alias"}
    assert "outside the seeds folder" in _problems(scan)["leak.txt"]
    assert [p.doc_id for p in scan.problems] == ["leak"]  # rejected by the run, with that reason
    assert scan.state["alias"][-1] == _input_sha(folder, "alias.txt")
    assert scan.state["leak"][-1] == _input_sha(folder, "leak.txt")  # the run agrees: nothing to redo


def test_symlink_loop_dangling_link_directory_and_fifo_named_txt_are_reported(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "deleted-long-ago.txt")
    (folder / "folder.txt").mkdir()
    os.mkfifo(folder / "pipe.txt")

    scan = scan_folder(folder)

    problems = _problems(scan)
    assert "symbolic link loop" in problems["loop.txt"]
    assert "deleted-long-ago.txt, which does not exist" in problems["dangling.txt"]
    assert problems["folder.txt"] == "not a regular file: a directory"
    assert problems["pipe.txt"] == "not a regular file: a FIFO (named pipe)"
    assert set(scan.state) == {"good", "loop", "dangling", "folder", "pipe"}
    assert scan.state["good"][-1] == _input_sha(folder, "good.txt")


def _refuse_reading(monkeypatch, victim: str) -> None:
    """Reading `victim` fails with EACCES (the tests run as root, for whom chmod 000 changes nothing)."""
    real_os_open = os.open

    def os_open(path, *args, **kwargs):
        if str(path).endswith(victim):
            raise PermissionError(13, "Permission denied", str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)


def test_unreadable_file_is_reported_and_the_others_are_scanned(folder, monkeypatch):
    (folder / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    _refuse_reading(monkeypatch, "locked.txt")

    scan = scan_folder(folder)

    assert _problems(scan) == {"locked.txt": "cannot read it: Permission denied"}
    assert scan.state["good"][-1] == _input_sha(folder, "good.txt")
    doc = read_document(folder / "locked.txt", folder)
    assert doc.status == "rejected" and doc.reject_reason == "file locked.txt: cannot read it: Permission denied"


def test_unreadable_sidecar_does_not_stop_the_scan(folder, monkeypatch):
    (folder / "good.meta.json").write_text(json.dumps({"title": "عنوان"}), encoding="utf-8")
    _refuse_reading(monkeypatch, "good.meta.json")

    scan = scan_folder(folder)

    assert scan.state["good"][-1] == _input_sha(folder, "good.txt")
    assert "sidecar good.meta.json ignored: cannot read it: Permission denied" in read_document(
        folder / "good.txt", folder).notes


def test_fifo_sidecar_does_not_hang_the_scan(folder):
    os.mkfifo(folder / "good.meta.json")  # opening it for reading would wait for a writer

    started = time.monotonic()
    scan = scan_folder(folder)

    assert time.monotonic() - started < 5
    assert scan.state["good"][-1] == _input_sha(folder, "good.txt")


@contextlib.contextmanager
def _listed(real_scandir, path, deleted: Path):
    """os.scandir, with `deleted` removed right after the folder was listed."""
    with real_scandir(path) as entries:
        listed = list(entries)
    deleted.unlink()
    yield iter(listed)


def test_file_deleted_during_the_scan_is_reported_and_keeps_its_last_state(folder, monkeypatch):
    victim = folder / "victim.txt"
    victim.write_text(ARTICLE + "سطر.\n", encoding="utf-8")
    before = scan_folder(folder).state
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: _listed(real_scandir, path, victim))

    scan = scan_folder(folder, before)

    assert "vanished during the scan" in _problems(scan)["victim.txt"]
    assert scan.state == before  # not retired on a race; the next scan sees it gone
    monkeypatch.undo()
    assert set(scan_folder(folder, scan.state).state) == {"good"}


def test_folder_that_cannot_be_listed_raises_a_clear_error_not_an_empty_scan(tmp_path):
    with pytest.raises(SeedsFolderUnreadable, match="^cannot list the seeds folder .*unmounted: No such file"):
        scan_folder(tmp_path / "unmounted")


def test_two_names_with_one_document_id_are_both_reported(folder):
    raw_name = os.fsdecode(b"caf\xe9")  # a Latin-1 name: its document id is written caf%E9
    (folder / f"{raw_name}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "caf%E9.txt").write_text(ARTICLE + "خبر آخر.\n", encoding="utf-8")

    scan = scan_folder(folder)

    assert set(scan.state) == {"good", "caf%E9"}
    assert scan.state["caf%E9"][-1] == _input_sha(folder, "caf%E9.txt")  # the file the run reads
    [problem] = scan.problems
    assert problem.name == "caf\\xe9.txt"
    assert problem.reason == ("not loaded: its document id 'caf%E9' is also that of caf%E9.txt, which is loaded; "
                              "rename one of them")
    loaded = read_document(folder / "caf%E9.txt", folder)  # and the warehouse row says so too
    assert loaded.status == "ok"
    assert loaded.notes == ("caf\\xe9.txt has the same document id and was not loaded: rename it",)
    (folder / f"{raw_name}.txt").unlink()  # renamed away: the loaded document loses the note
    after = scan_folder(folder, scan.state)
    assert after.problems == [] and after.state["caf%E9"][-1] != scan.state["caf%E9"][-1]
    assert read_document(folder / "caf%E9.txt", folder).notes == ()


# --- the scan's fingerprint is the run's, and every rewrite is noticed ----------------------------------

def test_file_over_the_size_limit_is_fingerprinted_unread_as_the_run_does(folder):
    path = folder / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(2_000_000_000)  # sparse: 2 GB if read

    tracemalloc.start()
    try:
        started = time.monotonic()
        scan = scan_folder(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert time.monotonic() - started < 5 and peak < 8_000_000, "the scan read the file"
    assert scan.state["huge"][-1] == _input_sha(folder, "huge.txt")  # unchanged: no run next time


def test_same_size_edit_with_the_modification_time_restored_is_noticed(folder):
    path = folder / "good.txt"
    first = scan_folder(folder).state
    st = path.stat()
    time.sleep(0.05)  # a later edit, past the kernel's timestamp tick

    edited = ARTICLE.replace("روسيا", "سوريا")
    assert len(edited.encode()) == st.st_size
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # e.g. `cp -p`, rsync -t, an archive extract
    assert path.stat().st_mtime_ns == st.st_mtime_ns and path.stat().st_size == st.st_size

    second = scan_folder(folder, first).state

    assert second["good"][-1] != first["good"][-1]
    assert second["good"][-1] == _input_sha(folder, "good.txt")


def test_file_replaced_by_a_copy_with_the_same_stat_is_noticed(folder):
    first = scan_folder(folder).state
    path = folder / "good.txt"
    st = path.stat()
    other = folder.parent / "replacement"
    other.write_text(ARTICLE.replace("روسيا", "سوريا"), encoding="utf-8")
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(other, path)  # a new inode under the old name, same size and mtime

    assert scan_folder(folder, first).state["good"][-1] != first["good"][-1]


@pytest.mark.parametrize("cache", [
    [1, 2, 3], "text", 42, None,
    {"good": 5}, {"good": []}, {"good": [1, 2]}, {"good": ["x"] * 11}, {"good": [None] * 11},
    {"good": [[1]] * 10 + ["f" * 64]},
])
def test_corrupt_cache_means_a_full_rescan_not_a_traceback(folder, cache):
    fresh = scan_folder(folder).state

    assert scan_folder(folder, cache).state == fresh
    assert fresh["good"][-1] == _input_sha(folder, "good.txt")
