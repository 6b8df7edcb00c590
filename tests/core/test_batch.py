"""Batch extraction: worker processes give exactly the rows of a single process."""
import datetime as dt
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

from etl.core import batch

SEED = (Path(__file__).parents[2] / "seeds" / "000_4da58059eb1a1826.txt").read_text(encoding="utf-8")


def _documents(n):
    return pl.DataFrame({
        "doc_id": [f"d{i:03d}" for i in range(n)],
        "text": [SEED if i % 2 else "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مستمرة." for i in range(n)],
        "published_on": [dt.date(2024, 12, 8)] * n,
        "language": ["ar"] * n, "title": [None] * n, "status": ["ok"] * n,
    })


def test_worker_processes_give_the_same_rows_as_one_process(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_CHUNK", 3)
    docs = _documents(8)
    one, failed_one = batch.extract_frames(docs, processes=1)
    two, failed_two = batch.extract_frames(docs, processes=2)
    assert failed_one == failed_two == {}
    for table in batch.EXTRACTED_TABLES:
        assert one[table].height > 0
        assert_frame_equal(one[table], two[table])


def test_an_extractor_error_rejects_only_that_document(monkeypatch):
    real = batch.extract

    def flaky(doc_id, *args, **kwargs):
        if doc_id == "d001":
            raise ValueError("boom")
        return real(doc_id, *args, **kwargs)

    monkeypatch.setattr(batch, "extract", flaky)
    tables, failed = batch.extract_frames(_documents(3), processes=1)
    assert failed == {"d001": "extractor error: ValueError: boom"}
    assert set(tables["sentences"]["doc_id"].unique()) == {"d000", "d002"}
