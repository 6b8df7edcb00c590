"""What the Dagster UI shows of a run. Asset checks: the Pandera validation of each table, with the
failing rows in the metadata (validation runs before anything reaches the warehouse; a failing
document is rejected there, so the check reports the failure and the other documents load). And
each partition's materialisation: the document's status, rows per table, first claims and events."""

import dagster as dg
import polars as pl

from etl.core.batch import EXTRACTED_TABLES
from schemas import ValidationResult

CHECKED_TABLES = ("documents", *EXTRACTED_TABLES)


def check_name(table: str) -> str:
    return f"pandera_{table}"


def check_output_name(table: str, asset: str) -> str:
    """Name of the graph output carrying a table's check result."""
    return f"{asset}_{check_name(table)}"


def check_specs(asset: str) -> list[dg.AssetCheckSpec]:
    return [dg.AssetCheckSpec(check_name(t), asset=asset,
                              description=f"`{t}` rows satisfy the `{t}` Pandera schema (types, nulls, allowed "
                                          "values, unique keys, spans that read back from the text)")
            for t in CHECKED_TABLES]


def check_result(asset: str, table: str, result: ValidationResult) -> dg.AssetCheckResult:
    failures = result.failures
    metadata = {"rows_checked": result.n_rows, "failing_rows": failures.height,
                "rejected_documents": len(result.failed_doc_ids)}
    if failures.height:
        metadata["failure_cases"] = dg.MetadataValue.md(md_table(failures, 30))
    return dg.AssetCheckResult(asset_key=asset, check_name=check_name(table), passed=result.ok,
                               severity=dg.AssetCheckSeverity.ERROR, metadata=metadata)


# --- what each partition's materialisation shows -------------------------------------------------

SUMMARY_COUNTS = ("sentences", "actors", "actor_mentions", "events", "claims", "date_mentions")
PREVIEW_CHARS = 80  # a claim's content in the preview (the event log stores it with every materialisation)


def document_summaries(con, doc_ids: list[str]) -> dict[str, dict]:
    """doc_id → its row of `document_summary` (status, rows per table, first claims and events)."""
    rel = con.execute("SELECT * FROM document_summary(?::VARCHAR[])", [doc_ids])
    names = [c[0] for c in rel.description]
    return {row[0]: dict(zip(names, row)) for row in rel.fetchall()}


def partition_metadata(summary: dict | None, loaded: bool) -> dict:
    """The metadata of one document's materialisation: whether this run (re)loaded it, its status
    (and reject reason), rows per table and a preview of its claims and events."""
    metadata: dict = {"load": "loaded" if loaded else "unchanged (same input and extractor version)"}
    if summary is None:
        return {**metadata, "status": "not in the warehouse"}
    metadata["status"] = summary["status"] if not summary["duplicate_of"] else f"duplicate of {summary['duplicate_of']}"
    if summary["reject_reason"]:
        metadata["reject_reason"] = summary["reject_reason"]
    metadata.update({f"rows_{t}": summary[t] for t in SUMMARY_COUNTS})
    if summary["first_claims"]:
        metadata["claims_preview"] = dg.MetadataValue.md(_md_rows(
            ("source", "cue", "content", "hedged"),
            [(c["source"], c["cue"], _clip(c["content"]), c["hedged"]) for c in summary["first_claims"]],
            summary["claims"]))
    if summary["first_events"]:
        metadata["events_preview"] = dg.MetadataValue.md(_md_rows(
            ("type", "trigger", "source", "target", "negated"),
            [(e["type"], e["trigger"], e["source"] or "", e["target"] or "", e["negated"])
             for e in summary["first_events"]], summary["events"]))
    return metadata


def _clip(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS - 1] + "…"


def _md_rows(columns: tuple[str, ...], rows: list[tuple], total: int) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |" for row in rows]
    if total > len(rows):
        lines.append(f"\n… and {total - len(rows)} more")
    return "\n".join(lines)


def md_table(frame: pl.DataFrame, limit: int = 50) -> str:
    return _md_rows(tuple(frame.columns), list(frame.head(limit).iter_rows()), frame.height)
