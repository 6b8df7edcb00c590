"""Reading many seed files (etl/core/seed_reading.py): worker processes for large batches give
the same documents, in order, as one process; an unreadable file is a rejected document."""
from concurrent.futures.process import BrokenProcessPool

from etl.core import seed_reading
from etl.core.seed_reading import read_seeds


def _seeds(folder, kit):
    folder.mkdir()
    (folder / "a_first.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    (folder / "b_pdf.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "c_third.txt").write_text(kit.THIRD_TEXT, encoding="utf-8")
    (folder / "d_empty.txt").write_bytes(b"")
    return ["a_first", "b_pdf", "c_third", "d_empty", "e_deleted"]


def test_workers_read_the_same_documents_in_the_same_order_as_one_process(tmp_path, kit, monkeypatch):
    keys = _seeds(tmp_path / "many", kit)
    monkeypatch.setattr(seed_reading, "READ_CHUNK", 2)  # three tasks over two workers
    alone = read_seeds(tmp_path / "many", keys, processes=1)
    assert read_seeds(tmp_path / "many", keys, processes=2) == alone
    assert [d.doc_id for d in alone] == keys
    assert [d.status for d in alone] == ["ok", "rejected", "ok", "rejected", "rejected"]
    assert "no longer exists" in alone[-1].reject_reason


def test_a_file_that_breaks_the_reader_is_rejected_with_the_reason(tmp_path, kit, monkeypatch):
    keys = _seeds(tmp_path / "many", kit)

    def broken(path, seeds_dir):
        raise UnicodeError("a reader bug")

    monkeypatch.setattr(seed_reading, "read_document", broken)
    doc = read_seeds(tmp_path / "many", keys[:1])[0]
    assert (doc.status, doc.reject_reason) == ("rejected", "could not read the file: UnicodeError: a reader bug")


def test_the_files_of_a_worker_that_died_are_read_here_in_their_place(tmp_path, kit, monkeypatch, caplog):
    keys = _seeds(tmp_path / "many", kit)
    monkeypatch.setattr(seed_reading, "READ_CHUNK", 2)
    real = seed_reading.run_in_workers

    def second_worker_dies(processes, task, arguments):
        outcomes = real(processes, task, arguments)
        return {**outcomes, 1: BrokenProcessPool("killed")}

    monkeypatch.setattr(seed_reading, "run_in_workers", second_worker_dies)
    assert read_seeds(tmp_path / "many", keys, processes=2) == read_seeds(tmp_path / "many", keys, processes=1)
    assert "reads its 2 files itself" in caplog.text
