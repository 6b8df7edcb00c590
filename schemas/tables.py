"""One Pandera model per warehouse table (see the warehouse contract).

Besides types, nullability and allowed values, each model checks its keys are unique and that
every span lies inside its document and reads back as its surface text. Span checks need the
document text: `validate_table` joins it in as a `doc_text` column before validating.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

ACTOR_TYPES = ["person", "state", "government", "military", "armed_group", "political_party",
               "organization", "international_org", "media", "anonymous_source", "other"]
PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
REPORTED_TYPES = ["ASSAULT", "PROTEST"]  # the types `events.reported` covers (etl/core/event_sense.py)
SOURCE_KINDS = ["person", "government", "organization", "media", "anonymous", "unattributed"]


def _span_reads_back(start: str, end: str, surface: str) -> pl.Expr:
    """`doc_text[start:end] == surface`, with start <= end <= len(doc_text)."""
    return (
        pl.col("doc_text").is_not_null()
        & (pl.col(start) <= pl.col(end))
        & (pl.col(end) <= pl.col("doc_text").str.len_chars())
        & (pl.col("doc_text").str.slice(pl.col(start), pl.col(end) - pl.col(start)) == pl.col(surface))
    )


class Documents(pa.DataFrameModel):
    doc_id: pl.Utf8 = pa.Field(unique=True, str_length={"min_value": 1})
    source_path: pl.Utf8
    content_sha256: pl.Utf8 = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    language: pl.Utf8 = pa.Field(nullable=True)
    title: pl.Utf8 = pa.Field(nullable=True)
    published_on: pl.Date = pa.Field(nullable=True)
    text: pl.Utf8 = pa.Field(nullable=True)
    n_chars: pl.Int32 = pa.Field(ge=0)
    status: pl.Utf8 = pa.Field(isin=["ok", "rejected"])
    reject_reason: pl.Utf8 = pa.Field(nullable=True)
    outlet: pl.Utf8 = pa.Field(nullable=True)
    url: pl.Utf8 = pa.Field(nullable=True)
    notes: pl.Utf8 = pa.Field(nullable=True)
    input_sha256: pl.Utf8 = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    @pa.dataframe_check
    def rejected_have_reason(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("status") == "ok") == pl.col("reject_reason").is_null())

    @pa.dataframe_check
    def ok_have_text(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("status") != "ok") | (
            pl.col("text").is_not_null() & (pl.col("text").str.len_chars() == pl.col("n_chars"))))


class Sentences(pa.DataFrameModel):
    doc_id: pl.Utf8
    sentence_idx: pl.Int32 = pa.Field(ge=0)
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=0)
    text: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    is_boilerplate: pl.Boolean

    class Config:
        unique = ["doc_id", "sentence_idx"]

    @pa.dataframe_check
    def span_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("char_start", "char_end", "text"))


class Actors(pa.DataFrameModel):
    actor_id: pl.Utf8 = pa.Field(unique=True, str_matches=r"^[a-z0-9][a-z0-9-]*$")
    name_ar: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    name_en: pl.Utf8 = pa.Field(nullable=True)
    actor_type: pl.Utf8 = pa.Field(isin=ACTOR_TYPES)
    country_iso3: pl.Utf8 = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    sector: pl.Utf8 = pa.Field(nullable=True)
    wikidata_qid: pl.Utf8 = pa.Field(nullable=True, str_matches=r"^Q[0-9]+$")
    origin: pl.Utf8 = pa.Field(isin=["lexicon", "pattern"])


class ActorReadings(Actors):
    """An actor as one document's extraction read it (the `actors` row is what most readings say)."""
    actor_id: pl.Utf8 = pa.Field(str_matches=r"^[a-z0-9][a-z0-9-]*$")  # one row per document
    doc_id: pl.Utf8

    class Config:
        unique = ["doc_id", "actor_id"]


class ActorMentions(pa.DataFrameModel):
    doc_id: pl.Utf8
    sentence_idx: pl.Int32 = pa.Field(ge=0)
    actor_id: pl.Utf8
    surface: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=0)

    class Config:
        unique = ["doc_id", "char_start", "char_end"]

    @pa.dataframe_check
    def span_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("char_start", "char_end", "surface"))


class Events(pa.DataFrameModel):
    event_id: pl.Utf8 = pa.Field(unique=True)
    doc_id: pl.Utf8
    sentence_idx: pl.Int32 = pa.Field(ge=0)
    event_type: pl.Utf8 = pa.Field(isin=PLOVER_TYPES)
    event_mode: pl.Utf8 = pa.Field(nullable=True)
    trigger: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    trigger_start: pl.Int32 = pa.Field(ge=0)
    trigger_end: pl.Int32 = pa.Field(ge=0)
    source_actor_id: pl.Utf8 = pa.Field(nullable=True)
    target_actor_id: pl.Utf8 = pa.Field(nullable=True)
    location: pl.Utf8 = pa.Field(nullable=True)
    location_country_iso3: pl.Utf8 = pa.Field(nullable=True)
    event_date: pl.Date = pa.Field(nullable=True)
    date_precision: pl.Utf8 = pa.Field(nullable=True, isin=["day", "month", "year"])
    negated: pl.Boolean
    claim_id: pl.Utf8 = pa.Field(nullable=True)
    reported: pl.Boolean = pa.Field(nullable=True)

    @pa.dataframe_check
    def span_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("trigger_start", "trigger_end", "trigger"))

    @pa.dataframe_check
    def reported_for_the_sense_types(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """`reported` is set only for the types the sense model covers."""
        return data.lazyframe.select(pl.col("reported").is_null() | pl.col("event_type").is_in(REPORTED_TYPES))


class Claims(pa.DataFrameModel):
    claim_id: pl.Utf8 = pa.Field(unique=True)
    doc_id: pl.Utf8
    sentence_idx: pl.Int32 = pa.Field(ge=0)
    source_text: pl.Utf8
    source_actor_id: pl.Utf8 = pa.Field(nullable=True)
    source_kind: pl.Utf8 = pa.Field(isin=SOURCE_KINDS)
    is_anonymous: pl.Boolean
    channel_actor_id: pl.Utf8 = pa.Field(nullable=True)
    cue: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    cue_start: pl.Int32 = pa.Field(ge=0)
    cue_end: pl.Int32 = pa.Field(ge=0)
    content: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    content_start: pl.Int32 = pa.Field(ge=0)
    content_end: pl.Int32 = pa.Field(ge=0)
    hedged: pl.Boolean
    parent_claim_id: pl.Utf8 = pa.Field(nullable=True)

    @pa.dataframe_check
    def cue_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("cue_start", "cue_end", "cue"))

    @pa.dataframe_check
    def content_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("content_start", "content_end", "content"))

    @pa.dataframe_check
    def anonymous_iff_kind(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("is_anonymous") == (pl.col("source_kind") == "anonymous"))


class DateMentions(pa.DataFrameModel):
    doc_id: pl.Utf8
    sentence_idx: pl.Int32 = pa.Field(ge=0)
    surface: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=0)
    value_start: pl.Date = pa.Field(nullable=True)
    value_end: pl.Date = pa.Field(nullable=True)
    precision: pl.Utf8 = pa.Field(isin=["day", "month", "year", "range"])
    is_relative: pl.Boolean
    partial_value: pl.Utf8 = pa.Field(nullable=True, str_matches=r"^--\d{2}(-\d{2})?$")

    class Config:
        unique = ["doc_id", "char_start", "char_end"]

    @pa.dataframe_check
    def span_reads_back(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(_span_reads_back("char_start", "char_end", "surface"))

    @pa.dataframe_check
    def range_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("value_start") <= pl.col("value_end")).fill_null(True))

    @pa.dataframe_check
    def value_or_partial_value(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A resolved date has both ends and no partial value; an unresolved year has neither end."""
        known = pl.col("partial_value").is_null()
        return data.lazyframe.select(
            (known == pl.col("value_start").is_not_null()) & (known == pl.col("value_end").is_not_null()))


SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents, "sentences": Sentences, "actors": Actors, "actor_readings": ActorReadings,
    "actor_mentions": ActorMentions,
    "events": Events, "claims": Claims, "date_mentions": DateMentions,
}
# columns the loader adds to what extraction produces (they describe the load, not the text)
LOADER_COLUMNS: dict[str, tuple[str, ...]] = {"documents": ("ingested_at", "extractor_version", "duplicate_of")}


def polars_schema(table: str) -> dict[str, pl.DataType]:
    """Column → Polars dtype of a table's extracted rows, in contract order: the one place the
    extraction frames take their types from (the DDL in warehouse/schema.sql is checked against
    the same models by tests/test_contract.py)."""
    return {name: column.dtype.type for name, column in SCHEMAS[table].to_schema().columns.items()}
_NEEDS_TEXT = {"sentences", "actor_mentions", "events", "claims", "date_mentions"}


@dataclass(frozen=True)
class ValidationResult:
    table: str
    n_rows: int
    failures: pl.DataFrame        # pandera failure cases, with the failing row's doc_id; empty when valid
    failed_doc_ids: frozenset[str]  # documents with a failing row: none of their rows are loaded

    @property
    def ok(self) -> bool:
        return self.failures.height == 0


def validate_table(table: str, frame: pl.DataFrame, doc_text: pl.DataFrame | None = None) -> ValidationResult:
    """Validate `frame` against its model. `doc_text` (doc_id, text) is required for span checks."""
    schema = SCHEMAS[table]
    checked = frame
    if table in _NEEDS_TEXT:
        if doc_text is None:
            raise ValueError(f"validating {table} needs the documents' text for its span checks")
        checked = frame.join(doc_text.select("doc_id", pl.col("text").alias("doc_text")), on="doc_id",
                             how="left", maintain_order="left")
    try:
        schema.validate(checked, lazy=True)
    except pa.errors.SchemaErrors as e:
        cases = e.failure_cases.select(
            pl.col("failure_case").cast(pl.Utf8), pl.col("column").cast(pl.Utf8), pl.col("check").cast(pl.Utf8),
            pl.col("index").cast(pl.Int64))
        if "doc_id" in frame.columns:
            ids = frame.select("doc_id").with_row_index("index").with_columns(pl.col("index").cast(pl.Int64))
            cases = cases.join(ids, on="index", how="left")
        else:  # a shared table (actors): the caller maps failing rows to documents
            cases = cases.with_columns(pl.lit(None, dtype=pl.Utf8).alias("doc_id"))
        failed = set(cases["doc_id"].drop_nulls().to_list())
        if cases["doc_id"].null_count():  # a table-wide failure (wrong column type): every document fails
            failed |= set(frame["doc_id"].to_list()) if "doc_id" in frame.columns else set()
        return ValidationResult(table, frame.height, cases, frozenset(failed))
    empty = pl.DataFrame(schema={"failure_case": pl.Utf8, "column": pl.Utf8, "check": pl.Utf8,
                                 "index": pl.Int64, "doc_id": pl.Utf8})
    return ValidationResult(table, frame.height, empty, frozenset())
