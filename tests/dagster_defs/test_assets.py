"""Materialising the asset graph into the DuckDB warehouse, and the validation that lets one bad
document be rejected while the others of the same run load."""
from __future__ import annotations

import logging

import dagster as dg
import polars as pl
import pytest

from etl.core.batch import documents_frame, extract_frames, validate_frames
from etl.core.documents import read_document

TABLES = ("documents", "sentences", "actors", "actor_mentions", "events", "claims", "date_mentions")


def _checks(result) -> dict[str, dg.AssetCheckEvaluation]:
    """Check evaluations by table (`pandera_events` → `events`)."""
    return {e.check_name.removeprefix("pandera_"): e for e in result.get_asset_check_evaluations()}


def _materialized_partitions(result) -> set[str]:
    return {e.event_specific_data.materialization.partition for e in result.all_events
            if e.event_type_value == "ASSET_MATERIALIZATION"}


def _latest_metadata(instance, key: str) -> dict:
    """Metadata of the instance's latest materialisation of a partition, values unwrapped."""
    [record] = instance.fetch_materializations(
        dg.AssetRecordsFilter(asset_key=dg.AssetKey("news_warehouse"), asset_partitions=[key]), limit=1).records
    return {k: v.value for k, v in record.asset_materialization.metadata.items()}


def _break_extraction(monkeypatch, table: str, doc_id: str, **values) -> None:
    """The asset's extraction stage writes `values` into every `table` row of `doc_id`."""
    import etl.dagster_defs.assets as assets

    real = assets.extract_frames

    def corrupting(documents):
        tables, failed = real(documents)
        bad = pl.col("doc_id") == doc_id
        tables[table] = tables[table].with_columns(
            [pl.when(bad).then(pl.lit(v)).otherwise(pl.col(c)).alias(c) for c, v in values.items()])
        return tables, failed

    monkeypatch.setattr(assets, "extract_frames", corrupting)


def _read_metadata(result) -> dict:
    """Metadata of the read stage's output (documents, unchanged, rejected, rejections)."""
    [event] = [e for e in result.all_events
               if e.event_type_value == "STEP_OUTPUT" and e.step_key.endswith("read_seed_files")]
    return event.event_specific_data.metadata


# --- one partition, several partitions ---------------------------------------------------------

def test_one_partition_loads_the_document_with_passing_checks(pipeline, kit):
    result = pipeline.ingest([kit.SEED_ID], single=True)

    docs = pipeline.query("SELECT doc_id, status, reject_reason, n_chars, length(text) FROM documents")
    assert len(docs) == 1
    doc_id, status, reason, n_chars, length = docs[0]
    assert (doc_id, status, reason) == (kit.SEED_ID, "ok", None)
    assert n_chars == length > 1000
    for table in ("sentences", "actor_mentions", "events", "claims", "date_mentions", "actors"):
        assert pipeline.query(f"SELECT count(*) FROM {table}")[0][0] > 0, table

    checks = _checks(result)
    assert set(checks) == set(TABLES)
    assert all(c.passed for c in checks.values()), {k: c.passed for k, c in checks.items()}
    assert checks["events"].metadata["rows_checked"].value > 0
    assert checks["events"].metadata["failing_rows"].value == 0
    assert _materialized_partitions(result) == {kit.SEED_ID}


def test_batch_of_partitions_is_one_run_over_the_range(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    keys = [kit.SEED_ID, kit.SHORT_ID, kit.THIRD_ID]

    result = pipeline.ingest(keys)

    assert len(pipeline.instance.get_run_records()) == 1
    assert _materialized_partitions(result) == set(keys)
    rows = pipeline.query("SELECT doc_id, status FROM documents ORDER BY doc_id")
    assert rows == [(k, "ok") for k in keys]
    per_doc = dict(pipeline.query("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id"))
    assert set(per_doc) == set(keys) and per_doc[kit.SHORT_ID] == 3
    assert all(c.passed for c in result.get_asset_check_evaluations())


def test_range_of_a_batch_skips_documents_outside_it(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)
    pipeline.register([kit.SEED_ID, kit.SHORT_ID, kit.THIRD_ID])

    pipeline.ingest([kit.SHORT_ID, kit.THIRD_ID])

    assert [r[0] for r in pipeline.query("SELECT doc_id FROM documents ORDER BY 1")] == [kit.SHORT_ID, kit.THIRD_ID]


# --- what each partition's materialisation shows ------------------------------------------------

def test_each_partition_records_its_own_rows_and_preview(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)

    result = pipeline.ingest()

    assert _materialized_partitions(result) == {kit.SEED_ID, kit.SHORT_ID}
    for key in (kit.SEED_ID, kit.SHORT_ID):
        md = _latest_metadata(pipeline.instance, key)
        assert (md["status"], md["load"]) == ("ok", "loaded")
        assert "reject_reason" not in md
        for table in ("sentences", "actor_mentions", "events", "claims", "date_mentions"):
            assert md[f"rows_{table}"] == pipeline.query(
                f"SELECT count(*) FROM {table} WHERE doc_id = ?", [key])[0][0], (key, table)
        assert md["rows_actors"] == pipeline.query(
            "SELECT count(DISTINCT actor_id) FROM actor_mentions WHERE doc_id = ?", [key])[0][0]
    short = _latest_metadata(pipeline.instance, kit.SHORT_ID)
    assert short["rows_sentences"] == 3 and short["rows_claims"] == 2
    assert "| مصادر دبلوماسية | قالت | إن الوزراء اتفقوا" in short["claims_preview"]
    assert "| AGREE | اتفقوا |" in short["events_preview"] and "| ASSAULT | هاجم |" in short["events_preview"]
    # a long article's preview shows its first claims and says how many more there are
    seed = _latest_metadata(pipeline.instance, kit.SEED_ID)
    assert seed["rows_claims"] > 3 and f"… and {seed['rows_claims'] - 3} more" in seed["claims_preview"]
    assert seed["rows_sentences"] > short["rows_sentences"]


def test_rejected_partition_records_its_reason(pipeline, kit):
    pipeline.write("003_empty", b"")

    pipeline.ingest()

    md = _latest_metadata(pipeline.instance, "003_empty")
    assert (md["status"], md["reject_reason"]) == ("rejected", "empty file")
    assert md["rows_sentences"] == md["rows_claims"] == md["rows_events"] == 0
    assert "claims_preview" not in md and "events_preview" not in md
    assert _latest_metadata(pipeline.instance, kit.SEED_ID)["status"] == "ok"


def test_broken_link_partition_says_what_is_wrong_with_the_file(pipeline, kit):
    (pipeline.seeds_dir / "004_dangling.txt").symlink_to(pipeline.seeds_dir / "moved-away.txt")

    pipeline.ingest()

    md = _latest_metadata(pipeline.instance, "004_dangling")
    assert md["status"] == "rejected"
    assert "no longer exists" not in md["reject_reason"] and "link" in md["reject_reason"]


def test_schema_rejection_is_the_partitions_reason(pipeline, kit, monkeypatch):
    _break_extraction(monkeypatch, "claims", kit.SHORT_ID, source_kind="rumour")
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)

    pipeline.ingest()

    md = _latest_metadata(pipeline.instance, kit.SHORT_ID)
    assert md["status"] == "rejected"
    assert md["reject_reason"].startswith("claims failed schema check(s)") and "isin" in md["reject_reason"]
    assert md["rows_claims"] == 0
    assert _latest_metadata(pipeline.instance, kit.SEED_ID)["rows_claims"] > 0


def test_unchanged_partition_keeps_its_rows_in_the_new_materialisation(pipeline, kit):
    pipeline.ingest([kit.SEED_ID], single=True)
    first = _latest_metadata(pipeline.instance, kit.SEED_ID)

    pipeline.ingest([kit.SEED_ID], single=True)

    again = _latest_metadata(pipeline.instance, kit.SEED_ID)
    assert again["load"].startswith("unchanged")
    assert {k: v for k, v in again.items() if k != "load"} == {k: v for k, v in first.items() if k != "load"}


def test_duplicate_partition_names_the_original(pipeline, kit):
    pipeline.write("009_copy", kit.SEED.read_bytes())

    pipeline.ingest()

    assert _latest_metadata(pipeline.instance, "009_copy")["status"] == f"duplicate of {kit.SEED_ID}"


# --- reruns and edits --------------------------------------------------------------------------

def test_same_partition_twice_gives_identical_rows(pipeline, kit):
    pipeline.ingest([kit.SEED_ID], single=True)
    first = pipeline.snapshot()

    result = pipeline.ingest([kit.SEED_ID], single=True)

    assert pipeline.snapshot() == first  # same IDs, same counts, same ingested_at
    assert _read_metadata(result)["unchanged"].value == 1


def test_force_reextracts_with_the_same_ids(pipeline, kit):
    pipeline.ingest([kit.SEED_ID])
    before = pipeline.snapshot()

    pipeline.ingest([kit.SEED_ID], force=True)
    after = pipeline.snapshot()

    for table in ("sentences", "actor_mentions", "events", "claims", "date_mentions", "actors"):
        assert after[table] == before[table], table
    # it was loaded again: ingested_at moved
    assert pipeline.query("SELECT ingested_at FROM documents")[0][0] > before["documents"][0][10]


def test_edited_file_replaces_that_document_only(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.ingest()
    other_before = pipeline.snapshot(kit.SEED_ID)
    old_sha = pipeline.query("SELECT content_sha256 FROM documents WHERE doc_id = ?", [kit.SHORT_ID])[0][0]

    edited = kit.SHORT_TEXT + "وهددت الحكومة بفرض عقوبات جديدة.\n"
    pipeline.write(kit.SHORT_ID, edited)
    pipeline.ingest([kit.SHORT_ID], single=True)

    assert pipeline.snapshot(kit.SEED_ID) == other_before
    sha, text = pipeline.query("SELECT content_sha256, text FROM documents WHERE doc_id = ?", [kit.SHORT_ID])[0]
    assert sha != old_sha and text == edited
    sentences = [r[0] for r in pipeline.query(
        "SELECT text FROM sentences WHERE doc_id = ? ORDER BY sentence_idx", [kit.SHORT_ID])]
    assert len(sentences) == 4 and sentences[-1].startswith("وهددت الحكومة")
    # the old rows were replaced, not added to
    assert pipeline.query("SELECT count(*) - count(DISTINCT sentence_idx) FROM sentences WHERE doc_id = ?",
                          [kit.SHORT_ID])[0][0] == 0


def test_edit_in_a_batch_rerun_touches_only_the_edited_document(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.ingest()
    seed_before = pipeline.snapshot(kit.SEED_ID)

    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT.replace("هاجم", "قصف"))
    result = pipeline.ingest()

    assert pipeline.snapshot(kit.SEED_ID) == seed_before
    md = _read_metadata(result)
    assert md["unchanged"].value == 1
    triggers = [r[0] for r in pipeline.query("SELECT trigger FROM events WHERE doc_id = ?", [kit.SHORT_ID])]
    assert "هاجم" not in triggers


def test_bad_files_are_rejected_and_the_rest_loads(pipeline, kit):
    pipeline.write("003_empty", b"")
    pipeline.write("004_pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    result = pipeline.ingest()

    rows = dict(pipeline.query("SELECT doc_id, coalesce(reject_reason, status) FROM documents"))
    assert rows[kit.SEED_ID] == "ok"
    assert rows["003_empty"] == "empty file"
    assert "binary data" in rows["004_pdf"] and "PDF" in rows["004_pdf"]
    assert pipeline.query("SELECT count(*) FROM sentences WHERE doc_id IN ('003_empty', '004_pdf')")[0][0] == 0
    assert all(c.passed for c in result.get_asset_check_evaluations())
    md = _read_metadata(result)
    assert md["rejected"].value == 2


def test_failing_schema_in_a_run_rejects_that_document_and_reports_it(pipeline, kit, monkeypatch):
    """End to end: a document whose events break the schema is rejected with the failed check as
    reason, the check fails with the failing rows in its metadata, and the other document loads."""
    _break_extraction(monkeypatch, "events", kit.SEED_ID, event_type="BOMBARD")
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)

    result = pipeline.ingest()

    docs = dict(pipeline.query("SELECT doc_id, status FROM documents"))
    assert docs == {kit.SEED_ID: "rejected", kit.SHORT_ID: "ok"}
    reason = pipeline.query("SELECT reject_reason FROM documents WHERE doc_id = ?", [kit.SEED_ID])[0][0]
    assert "events" in reason and "isin" in reason
    for table in ("sentences", "events", "claims", "actor_mentions", "date_mentions"):
        assert pipeline.query(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [kit.SEED_ID])[0][0] == 0, table
    assert pipeline.query("SELECT count(*) FROM events WHERE doc_id = ?", [kit.SHORT_ID])[0][0] > 0

    checks = _checks(result)
    assert not checks["events"].passed
    assert checks["events"].metadata["rejected_documents"].value == 1
    assert "BOMBARD" in checks["events"].metadata["failure_cases"].value
    assert checks["sentences"].passed and checks["claims"].passed


# --- validate_frames: the rejection logic itself ----------------------------------------------

@pytest.fixture
def batch(seeds_dir, kit):
    (seeds_dir / f"{kit.SHORT_ID}.txt").write_text(kit.SHORT_TEXT, encoding="utf-8")
    docs = [read_document(p, seeds_dir) for p in sorted(seeds_dir.glob("*.txt"))]
    documents = documents_frame(docs)
    tables, failed = extract_frames(documents)
    assert failed == {}
    return documents, tables


def _corrupt(tables, table, doc_id, **exprs):
    frame = tables[table]
    hit = (pl.col("doc_id") == doc_id) & (pl.int_range(pl.len()) == pl.int_range(pl.len()).filter(
        pl.col("doc_id") == doc_id).first())  # the document's first row only
    return {**tables, table: frame.with_columns(
        [pl.when(hit).then(v).otherwise(pl.col(c)).alias(c) for c, v in exprs.items()])}


def test_good_batch_validates_untouched(batch, kit):
    documents, tables = batch
    v = validate_frames(documents, tables)
    assert v.documents["status"].to_list() == ["ok", "ok"]
    assert all(r.ok for r in v.results.values())
    assert {n: t.height for n, t in v.tables.items()} == {n: t.height for n, t in tables.items()}


@pytest.mark.parametrize("table, exprs, check", [
    ("events", dict(trigger_end=pl.lit(10_000_000, pl.Int32)), "span_reads_back"),
    ("events", dict(event_type=pl.lit("BOMBARD")), "isin"),
    ("sentences", dict(char_start=pl.col("char_start") + 1), "span_reads_back"),
    ("claims", dict(source_kind=pl.lit("rumour")), "isin"),
    ("date_mentions", dict(precision=pl.lit("decade")), "isin"),
    ("actor_mentions", dict(surface=pl.lit("بوتين")), "span_reads_back"),
])
def test_failing_rows_reject_their_document_only(batch, kit, table, exprs, check):
    documents, tables = batch
    bad = _corrupt(tables, table, kit.SEED_ID, **exprs)

    v = validate_frames(documents, bad)

    status = dict(v.documents.select("doc_id", "status").iter_rows())
    assert status == {kit.SEED_ID: "rejected", kit.SHORT_ID: "ok"}
    reason = v.documents.filter(pl.col("doc_id") == kit.SEED_ID)["reject_reason"].item()
    assert reason.startswith(f"{table} failed schema check(s)") and check in reason
    assert v.documents.filter(pl.col("doc_id") == kit.SHORT_ID)["reject_reason"].item() is None
    # no row of the rejected document goes on; the other document's rows are all kept
    for name, frame in v.tables.items():
        assert kit.SEED_ID not in frame["doc_id"].to_list(), name
        assert frame.height == tables[name].filter(pl.col("doc_id") == kit.SHORT_ID).height, name
    # the failure cases say which document failed
    result = v.results[table]
    assert not result.ok
    assert result.failed_doc_ids == {kit.SEED_ID}
    assert set(result.failures["doc_id"].to_list()) == {kit.SEED_ID}
    assert all(r.ok for n, r in v.results.items() if n != table)


def test_bad_shared_actor_rejects_every_document_using_it(batch, kit):
    documents, tables = batch
    actors = tables["actors"]
    seed_only = set(actors.filter(pl.col("doc_id") == kit.SEED_ID)["actor_id"]) - set(
        actors.filter(pl.col("doc_id") == kit.SHORT_ID)["actor_id"])
    assert seed_only, "the seed should have an actor the short article does not mention"
    victim = sorted(seed_only)[0]
    bad = {**tables, "actors": actors.with_columns(
        pl.when(pl.col("actor_id") == victim).then(pl.lit("alien")).otherwise(pl.col("actor_type"))
        .alias("actor_type"))}

    v = validate_frames(documents, bad)

    assert dict(v.documents.select("doc_id", "status").iter_rows()) == {kit.SEED_ID: "rejected",
                                                                        kit.SHORT_ID: "ok"}
    assert "actors failed schema check(s)" in v.documents["reject_reason"][0]
    failures = v.results["actors"].failures
    assert set(failures["doc_id"].to_list()) == {kit.SEED_ID}
    assert set(failures["actor_id"].to_list()) == {victim}


def test_rejected_document_reaches_the_warehouse_with_its_reason(batch, kit, warehouse_path):
    from etl import warehouse as wh

    documents, tables = batch
    v = validate_frames(documents, _corrupt(tables, "claims", kit.SEED_ID, cue=pl.lit("زعم")))
    with wh.connect(warehouse_path) as con:
        wh.load(con, v.documents, v.tables, "test-version")
        rows = dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
        reason = con.execute("SELECT reject_reason FROM documents WHERE doc_id = ?", [kit.SEED_ID]).fetchone()[0]
        n_claims = dict(con.execute("SELECT doc_id, count(*) FROM claims GROUP BY 1").fetchall())
    assert rows == {kit.SEED_ID: "rejected", kit.SHORT_ID: "ok"}
    assert "claims" in reason and "cue_reads_back" in reason
    assert set(n_claims) == {kit.SHORT_ID}


# --- ingest_batch: the same stages without partitions (`etl run` without DAGSTER_HOME) -------

def _ingest_batch(pipeline, doc_ids: list[str], force: bool = False):
    job = pipeline.defs.resolve_job_def("ingest_batch")
    return job.execute_in_process(
        instance=pipeline.instance,
        run_config={"ops": {"read_seed_files": {"config": {"doc_ids": doc_ids, "force": force}}}})


def test_batch_job_loads_the_named_documents_as_the_partitioned_job_does(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)
    pipeline.write(kit.THIRD_ID, kit.THIRD_TEXT)

    result = _ingest_batch(pipeline, [kit.SEED_ID, kit.SHORT_ID])

    assert result.success
    assert dict(pipeline.query("SELECT doc_id, status FROM documents")) == {kit.SEED_ID: "ok", kit.SHORT_ID: "ok"}
    # no partition was registered or materialised: nothing per document to read back later
    assert _materialized_partitions(result) == set()
    assert pipeline.instance.get_dynamic_partitions("documents") == []
    batch_rows = pipeline.snapshot(kit.SEED_ID)
    pipeline.ingest([kit.SEED_ID], force=True)
    partitioned_rows = pipeline.snapshot(kit.SEED_ID)
    for table in kit.DOC_TABLES:  # every row but the documents' ingested_at
        assert partitioned_rows[table] == batch_rows[table], table


def test_batch_job_without_named_documents_loads_every_seed_file_once(pipeline, kit):
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)

    first = _ingest_batch(pipeline, [])
    before = pipeline.snapshot()
    again = _ingest_batch(pipeline, [])

    assert first.success and again.success
    assert dict(pipeline.query("SELECT doc_id, status FROM documents")) == {kit.SEED_ID: "ok", kit.SHORT_ID: "ok"}
    assert _read_metadata(again)["unchanged"].value == 2
    assert pipeline.snapshot() == before


def test_batch_job_rejects_a_bad_file_and_loads_the_rest(pipeline, kit):
    pipeline.write("003_empty", b"")

    result = _ingest_batch(pipeline, [kit.SEED_ID, "003_empty"])

    assert result.success
    rows = dict(pipeline.query("SELECT doc_id, coalesce(reject_reason, status) FROM documents"))
    assert rows == {kit.SEED_ID: "ok", "003_empty": "empty file"}


def test_batch_job_rejects_a_schema_failure_and_logs_it(pipeline, kit, monkeypatch):
    _break_extraction(monkeypatch, "claims", kit.SEED_ID, source_kind="rumour")
    pipeline.write(kit.SHORT_ID, kit.SHORT_TEXT)

    result = _ingest_batch(pipeline, [kit.SEED_ID, kit.SHORT_ID])

    assert dict(pipeline.query("SELECT doc_id, status FROM documents")) == {kit.SEED_ID: "rejected",
                                                                         kit.SHORT_ID: "ok"}
    # no asset check runs without the asset: the run's log says which table failed
    warnings = [e.user_message for e in pipeline.instance.all_logs(result.run_id)
                if e.level == logging.WARNING and "failed the schema" in e.user_message]
    assert len(warnings) == 1 and warnings[0].startswith("claims:") and "1 document(s) rejected" in warnings[0]
