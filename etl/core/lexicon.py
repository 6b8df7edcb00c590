"""Lexicons are data: UTF-8 TSV files with a header row and a `source` column, in
`etl/core/lexicons/`. Lines starting with `#` are comments. This module reads them once.

Set `ETL_LEXICON_DIR` to a folder of files with the same names to extend or replace them;
rows there are read after the packaged ones.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .text import normalize_phrase

PACKAGED_DIR = Path(__file__).with_name("lexicons")


class LexiconError(ValueError):
    pass


def _files(name: str) -> list[Path]:
    paths = [PACKAGED_DIR / name]
    extra = os.environ.get("ETL_LEXICON_DIR")
    if extra and (Path(extra) / name).exists():
        paths.append(Path(extra) / name)
    return [p for p in paths if p.exists()]


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in (*required, "source") if c not in (reader.fieldnames or [])]
    if missing:
        raise LexiconError(f"{path}: header lacks column(s) {', '.join(missing)}")
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{path}: row {lineno} has {len(lines[lineno - 1].split(chr(9)))} columns, "
                               f"header has {len(reader.fieldnames)}")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def load(name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in _files(name):
        rows.extend(read_tsv(path, required))
    return rows


def split_variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=100_000)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """Lookup key of a multi-word phrase: normalised words, the article removed from each."""
    from .text import strip_article
    return tuple(strip_article(w) for w in normalize_phrase(phrase).split())


@lru_cache(maxsize=None)
def boilerplate_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(normalize_phrase(r["pattern_ar"])) for r in load("boilerplate.tsv", ("pattern_ar",)))


@dataclass(frozen=True)
class WordSets:
    """Closed-class word lists used by the rules (stopwords, negators, complementisers)."""
    by_class: dict[str, frozenset[str]]

    def __getitem__(self, cls: str) -> frozenset[str]:
        return self.by_class.get(cls, frozenset())


@lru_cache(maxsize=None)
def word_classes() -> WordSets:
    classes: dict[str, set[str]] = {}
    for r in load("function_words.tsv", ("word_ar", "word_class")):
        classes.setdefault(r["word_class"], set()).add(normalize_phrase(r["word_ar"]))
    return WordSets({k: frozenset(v) for k, v in classes.items()})


def clear_caches() -> None:
    """Forget loaded lexicons (after ETL_LEXICON_DIR changes)."""
    import sys
    for module in [m for n, m in sys.modules.items() if n.startswith("etl.core")]:
        for obj in vars(module).values():
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()
