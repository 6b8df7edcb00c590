"""The Pandera models of the warehouse tables (schemas/tables.py): each accepts good rows and
rejects bad ones, naming the failed check and the document the failing row belongs to."""
from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from schemas import validate_table
from schemas.tables import SCHEMAS

S1 = "قالت مصادر مطلعة إن الجيش هاجم مواقع قرب حمص أمس."
S2 = "ونفت الحكومة ذلك."
TEXT = S1 + "\n" + S2          # document d1
TEXT2 = "اتفق الوفدان على هدنة."  # document d2
I32 = pl.Int32


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def doc_text() -> pl.DataFrame:
    return pl.DataFrame({"doc_id": ["d1", "d2"], "text": [TEXT, TEXT2]})


def good(table: str) -> pl.DataFrame:
    """Valid rows (d1 first); all-null columns typed as strings, as the extraction frames are."""
    frame = _good(table)
    return frame.with_columns(pl.col(pl.Null).cast(pl.Utf8))


def _good(table: str) -> pl.DataFrame:
    if table == "documents":
        return pl.DataFrame({
            "doc_id": ["d1", "d2", "d3"], "source_path": ["d1.txt", "d2.txt", "d3.txt"],
            "content_sha256": ["a" * 64, "b" * 64, "c" * 64], "language": ["ar", "ar", None],
            "title": [None, None, None], "published_on": [dt.date(2024, 12, 8), None, None],
            "text": [TEXT, TEXT2, None], "n_chars": pl.Series([len(TEXT), len(TEXT2), 0], dtype=I32),
            "status": ["ok", "ok", "rejected"], "reject_reason": [None, None, "empty file"],
            "outlet": ["alarabiya", None, None], "url": [None, None, None], "notes": [None, None, "sidecar d3 ignored"],
            "input_sha256": ["d" * 64, "e" * 64, "f" * 64]})
    if table == "sentences":
        s2 = span(TEXT, S2)
        return pl.DataFrame({
            "doc_id": ["d1", "d1", "d2"], "sentence_idx": pl.Series([0, 1, 0], dtype=I32),
            "char_start": pl.Series([0, s2[0], 0], dtype=I32),
            "char_end": pl.Series([len(S1), s2[1], len(TEXT2)], dtype=I32),
            "text": [S1, S2, TEXT2], "is_boilerplate": [False, False, False]})
    if table == "actors":
        return pl.DataFrame({
            "doc_id": ["d1", "d1"], "actor_id": ["anon-sources", "syr-gov"], "name_ar": ["مصادر مطلعة", "الحكومة السورية"],
            "name_en": [None, "Syrian government"], "actor_type": ["anonymous_source", "government"],
            "country_iso3": [None, "SYR"], "sector": [None, "GOV"], "wikidata_qid": [None, "Q123"],
            "origin": ["pattern", "lexicon"]})
    if table == "actor_readings":  # two documents read the same actor, each its own way
        return _good("actors").vstack(_good("actors").head(1).with_columns(
            doc_id=pl.lit("d2"), actor_type=pl.lit("media"), sector=pl.lit("JRN")))
    if table == "actor_mentions":
        a, g = span(TEXT, "مصادر مطلعة"), span(TEXT, "الحكومة")
        return pl.DataFrame({
            "doc_id": ["d1", "d1"], "sentence_idx": pl.Series([0, 1], dtype=I32), "actor_id": ["anon-sources", "syr-gov"],
            "surface": ["مصادر مطلعة", "الحكومة"], "char_start": pl.Series([a[0], g[0]], dtype=I32),
            "char_end": pl.Series([a[1], g[1]], dtype=I32)})
    if table == "events":
        t, t2 = span(TEXT, "هاجم"), span(TEXT2, "اتفق")
        return pl.DataFrame({
            "event_id": ["ev1", "ev2"], "doc_id": ["d1", "d2"], "sentence_idx": pl.Series([0, 0], dtype=I32),
            "event_type": ["ASSAULT", "AGREE"], "event_mode": [None, None], "trigger": ["هاجم", "اتفق"],
            "trigger_start": pl.Series([t[0], t2[0]], dtype=I32), "trigger_end": pl.Series([t[1], t2[1]], dtype=I32),
            "source_actor_id": [None, None], "target_actor_id": [None, None], "location": ["حمص", None],
            "location_country_iso3": ["SYR", None], "event_date": [dt.date(2024, 12, 7), None],
            "date_precision": ["day", None], "negated": [False, False], "claim_id": ["cl1", None],
            "reported": [True, None]})
    if table == "claims":
        c, body = span(TEXT, "قالت"), span(TEXT, "الجيش هاجم مواقع قرب حمص أمس")
        return pl.DataFrame({
            "claim_id": ["cl1"], "doc_id": ["d1"], "sentence_idx": pl.Series([0], dtype=I32),
            "source_text": ["مصادر مطلعة"], "source_actor_id": ["anon-sources"], "source_kind": ["anonymous"],
            "is_anonymous": [True], "channel_actor_id": [None], "cue": ["قالت"],
            "cue_start": pl.Series([c[0]], dtype=I32), "cue_end": pl.Series([c[1]], dtype=I32),
            "content": ["الجيش هاجم مواقع قرب حمص أمس"], "content_start": pl.Series([body[0]], dtype=I32),
            "content_end": pl.Series([body[1]], dtype=I32), "hedged": [False], "parent_claim_id": [None]})
    if table == "date_mentions":
        d = span(TEXT, "أمس")
        return pl.DataFrame({
            "doc_id": ["d1"], "sentence_idx": pl.Series([0], dtype=I32), "surface": ["أمس"],
            "char_start": pl.Series([d[0]], dtype=I32), "char_end": pl.Series([d[1]], dtype=I32),
            "value_start": [dt.date(2024, 12, 7)], "value_end": [dt.date(2024, 12, 7)], "precision": ["day"],
            "is_relative": [True], "partial_value": pl.Series([None], dtype=pl.Utf8)})
    raise KeyError(table)


def _validate(table: str, frame: pl.DataFrame):
    return validate_table(table, frame, doc_text() if table not in ("documents", "actors", "actor_readings") else None)


def _set(frame: pl.DataFrame, row: int, **values) -> pl.DataFrame:
    """Change some cells of one row, keeping the column types."""
    rows = frame.to_dicts()
    rows[row].update(values)
    return pl.DataFrame(rows, schema=frame.schema)


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_good_rows_pass(table):
    frame = good(table)
    result = _validate(table, frame)
    assert result.ok, result.failures
    assert result.n_rows == frame.height and result.failed_doc_ids == frozenset()


BAD = [
    # documents
    ("documents", dict(status="maybe"), "isin"),
    ("documents", dict(content_sha256="not-a-hash"), "str_matches"),
    ("documents", dict(n_chars=3), "ok_have_text"),
    ("documents", dict(reject_reason="why not"), "rejected_have_reason"),
    ("documents", dict(status=None), "not_nullable"),
    # sentences
    ("sentences", dict(char_start=1), "span_reads_back"),
    ("sentences", dict(char_end=len(TEXT) + 5), "span_reads_back"),
    ("sentences", dict(text=None), "not_nullable"),
    ("sentences", dict(sentence_idx=-1), "greater_than_or_equal_to"),
    ("sentences", dict(sentence_idx=1, char_start=len(S1) + 1, char_end=len(TEXT), text=S2), "multiple_fields_uniqueness"),
    # actors
    ("actors", dict(actor_type="alien"), "isin"),
    ("actors", dict(actor_id="Bad Id"), "str_matches"),
    ("actors", dict(name_ar=None), "not_nullable"),
    ("actors", dict(origin="manual"), "isin"),
    ("actors", dict(wikidata_qid="X12"), "str_matches"),
    ("actors", dict(actor_id="syr-gov"), "unique"),
    ("actor_readings", dict(actor_type="alien"), "isin"),
    # actor_mentions
    ("actor_mentions", dict(surface="بوتين"), "span_reads_back"),
    ("actor_mentions", dict(char_start=None), "not_nullable"),
    # events
    ("events", dict(event_type="BOMB"), "isin"),
    ("events", dict(negated=None), "not_nullable"),
    ("events", dict(date_precision="week"), "isin"),
    ("events", dict(trigger_start=0, trigger_end=4), "span_reads_back"),
    ("events", dict(trigger_end=10_000), "span_reads_back"),
    ("events", dict(event_type="AGREE"), "reported_for_the_sense_types"),
    # claims
    ("claims", dict(source_kind="rumour"), "isin"),
    ("claims", dict(is_anonymous=False), "anonymous_iff_kind"),
    ("claims", dict(content="الجيش لم يهاجم"), "content_reads_back"),
    ("claims", dict(cue_start=1), "cue_reads_back"),
    ("claims", dict(cue=None), "not_nullable"),
    # date_mentions
    ("date_mentions", dict(precision="decade"), "isin"),
    ("date_mentions", dict(value_start=dt.date(2024, 12, 9)), "range_ordered"),
    ("date_mentions", dict(char_start=0), "span_reads_back"),
    ("date_mentions", dict(value_end=None), "value_or_partial_value"),
    ("date_mentions", dict(value_start=None, value_end=None), "value_or_partial_value"),
    ("date_mentions", dict(partial_value="--12-07"), "value_or_partial_value"),
    ("date_mentions", dict(value_start=None, value_end=None, partial_value="2024-12-07"), "str_matches"),
    ("documents", dict(input_sha256="not a hash"), "str_matches"),
]


@pytest.mark.parametrize("table, change, check", BAD, ids=[f"{t}-{'-'.join(c)}-{k}" for t, c, k in BAD])
def test_bad_row_is_rejected_with_its_check_and_document(table, change, check):
    frame = _set(good(table), 0, **change)

    result = _validate(table, frame)

    assert not result.ok
    checks = result.failures["check"].to_list()
    assert any(check in c for c in checks), checks
    assert result.failed_doc_ids == {"d1"}
    assert set(result.failures.filter(pl.col("check").str.contains(check))["doc_id"].to_list()) == {"d1"}


@pytest.mark.parametrize("table", ["documents", "events", "claims", "actor_readings", "actor_mentions", "date_mentions"])
def test_duplicate_key_is_rejected(table):
    frame = good(table)
    dup = pl.concat([frame, frame.head(1)])

    result = _validate(table, dup)

    assert not result.ok
    assert any("unique" in c for c in result.failures["check"].to_list()), result.failures
    assert result.failed_doc_ids == {frame["doc_id"][0]}


def test_wrong_column_type_fails_every_document():
    frame = good("sentences").with_columns(pl.col("char_start").cast(pl.Int64))

    result = _validate("sentences", frame)

    assert not result.ok
    assert any("dtype" in c for c in result.failures["check"].to_list())
    assert result.failed_doc_ids == {"d1", "d2"}


def test_span_of_a_document_not_given_fails():
    # a row whose document text is unknown cannot be shown to read back
    frame = _set(good("events"), 1, doc_id="d9")
    result = _validate("events", frame)
    assert result.failed_doc_ids == {"d9"}


def test_span_tables_need_the_document_text():
    with pytest.raises(ValueError, match="text"):
        validate_table("events", good("events"))


def test_offsets_count_code_points_not_bytes():
    # diacritics and tatweel are code points of their own: a span counted in bytes would not read back
    text = "أكّدت الحكومـــة أنّها ستردّ."
    start, end = span(text, "ستردّ")
    frame = pl.DataFrame({"doc_id": ["d"], "sentence_idx": pl.Series([0], dtype=I32), "surface": ["ستردّ"],
                          "actor_id": ["x"], "char_start": pl.Series([start], dtype=I32),
                          "char_end": pl.Series([end], dtype=I32)})
    texts = pl.DataFrame({"doc_id": ["d"], "text": [text]})
    assert validate_table("actor_mentions", frame, texts).ok
    byte_start = len(text[:start].encode("utf-8"))
    shifted = frame.with_columns(pl.lit(byte_start, I32).alias("char_start"),
                                 pl.lit(byte_start + end - start, I32).alias("char_end"))
    assert not validate_table("actor_mentions", shifted, texts).ok


def test_actor_table_without_doc_id_reports_failures():
    frame = _set(good("actors").drop("doc_id"), 0, actor_type="alien")
    result = validate_table("actors", frame)
    assert not result.ok
    assert result.failures["check"].str.contains("isin").any()


def test_reported_types_are_the_sense_models():
    from etl.core.event_sense import SENSE_TYPES
    from schemas.tables import REPORTED_TYPES
    assert REPORTED_TYPES == list(SENSE_TYPES)
