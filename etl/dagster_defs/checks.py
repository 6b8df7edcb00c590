"""Asset checks: the Pandera validation of each table, shown in the Dagster UI with the failing
rows in the metadata. Validation runs before anything reaches the warehouse; a failing document
is rejected there, so the check reports the failure and the other documents load."""

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


def md_table(frame: pl.DataFrame, limit: int = 50) -> str:
    head = frame.head(limit)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |" for row in head.iter_rows()]
    if frame.height > limit:
        lines.append(f"\n… and {frame.height - limit} more")
    return "\n".join(lines)
