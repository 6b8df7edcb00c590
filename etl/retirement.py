"""Whether the rows of documents whose files are gone may be removed in one go."""
from __future__ import annotations

from pathlib import Path


def mass_delete_refusal(n_gone: int, n_held: int, max_share: float, seeds: Path | str) -> str | None:
    """A message refusing the removal when it would take more than `max_share` of the `n_held`
    documents the warehouse holds (a folder that is empty, wrong or an unmounted share looks the
    same as every article deleted); None when the removal may go ahead."""
    if n_gone == 0 or n_held == 0 or n_gone <= max_share * n_held:
        return None
    return (f"refusing to remove {n_gone:,} of the warehouse's {n_held:,} documents "
            f"({n_gone / n_held:.0%}, limit {max_share:.0%}): their files are missing from {seeds}. "
            "If that folder is right and the articles were really deleted, rerun with --allow-mass-delete "
            "(or raise ETL_MAX_RETIRE_SHARE); nothing was removed.")
