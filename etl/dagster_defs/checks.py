"""Asset checks: the Pandera validation of each extracted table, shown in the Dagster UI with
the failing rows in the metadata. Validation runs inside the extraction step, before anything
reaches the warehouse; a failing document is dropped there, so the check reports, the others load."""

import dagster as dg
import polars as pl

from schemas import ValidationResult

CHECK_NAME = "pandera_schema"


def check_specs(tables) -> list[dg.AssetCheckSpec]:
    return [dg.AssetCheckSpec(CHECK_NAME, asset=t, description=f"`{t}` rows satisfy the `{t}` Pandera schema "
                              "(types, nulls, allowed values, unique keys, spans that read back from the text)")
            for t in tables]


def check_results(results: dict[str, ValidationResult]):
    for table, result in results.items():
        failures = result.failures
        metadata = {"rows_checked": result.n_rows, "failing_rows": failures.height,
                    "rejected_documents": len(result.failed_doc_ids)}
        if failures.height:
            metadata["failure_cases"] = dg.MetadataValue.md(md_table(failures, 30))
        yield dg.AssetCheckResult(asset_key=table, check_name=CHECK_NAME, passed=result.ok,
                                  severity=dg.AssetCheckSeverity.ERROR, metadata=metadata)


def md_table(frame: pl.DataFrame, limit: int = 50) -> str:
    head = frame.head(limit)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |" for row in head.iter_rows()]
    if frame.height > limit:
        lines.append(f"\n… and {frame.height - limit} more")
    return "\n".join(lines)
