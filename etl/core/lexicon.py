"""Lexicons are data: UTF-8 TSV files with a header row and a `source` column, in
`etl/core/lexicons/`. Lines starting with `#` are comments. This module reads them once.

Set `ETL_LEXICON_DIR` to a folder of files with the same names to extend or replace them;
rows there are read after the packaged ones.

A file with a `paradigm` column may give a verb once, by its lemma (past 3ms) in the first column
and a paradigm cell (`verb:يتهم +duals -past3ms`, see paradigms.py); `load` expands such a row into
one row per inflected form, in place, each keeping the row's other columns. The column comes
last and may be left out of rows without a paradigm.

PETRARCH / UniversalPetrarch dictionaries a user holds are read from the paths in
`ETL_PETRARCH_VERBS` (verb dictionary; needs `ETL_CAMEO_PLOVER`, a CAMEO→PLOVER table) and
`ETL_PETRARCH_ACTORS` (actor dictionary), converted by petrarch.py and appended after all the
rows above of `event_triggers.tsv` and `actors.tsv`: the project's own entries win.
"""
from __future__ import annotations

import csv
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .paradigms import ParadigmError, expand
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


# columns a row may leave out when the header ends with them (rows appended without one stay valid)
OPTIONAL_LAST_COLUMNS = ("paradigm",)


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in (*required, "source") if c not in (reader.fieldnames or [])]
    if missing:
        raise LexiconError(f"{path}: header lacks column(s) {', '.join(missing)}")
    rows = []
    optional_last = reader.fieldnames[-1] if reader.fieldnames[-1] in OPTIONAL_LAST_COLUMNS else None
    for lineno, row in enumerate(reader, start=2):
        if optional_last and row.get(optional_last) is None and None not in row:
            row[optional_last] = ""
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{path}: row {lineno} has {len(lines[lineno - 1].split(chr(9)))} columns, "
                               f"header has {len(reader.fieldnames)}")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def load(name: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in _files(name):
        rows.extend(expand_paradigms(read_tsv(path, required), path))
    rows.extend(_petrarch_rows(name, rows))
    return rows


def expand_paradigms(rows: list[dict[str, str]], path: Path | str = "") -> list[dict[str, str]]:
    """Rows with a `paradigm` cell replaced, in place, by one row per form it generates from the
    lemma in the row's first column; the other columns are copied, the paradigm cell emptied."""
    if not rows or "paradigm" not in rows[0]:
        return rows
    lemma_column = next(iter(rows[0]))
    out = []
    for row in rows:
        cell = row.get("paradigm", "")
        if not cell:
            out.append(row)
            continue
        try:
            forms = expand(row[lemma_column], cell)
        except ParadigmError as e:
            raise LexiconError(f"{path}: row {row[lemma_column]!r}: {e}") from None
        out.extend({**row, lemma_column: form, "paradigm": ""} for form in forms)
    return out


# -- user PETRARCH dictionaries ---------------------------------------------------------------
PETRARCH_VARS = {"ETL_PETRARCH_VERBS": "event_triggers.tsv", "ETL_PETRARCH_ACTORS": "actors.tsv"}
CAMEO_PLOVER_VAR = "ETL_CAMEO_PLOVER"
_log = logging.getLogger(__name__)


def _env_path(var: str) -> Path | None:
    value = os.environ.get(var, "").strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise LexiconError(f"{var}={value}: no such file")
    return path


def petrarch_files() -> list[tuple[str, Path]]:
    """(variable, path) of the PETRARCH files the environment names, for the extractor version."""
    out = []
    for var in (*PETRARCH_VARS, CAMEO_PLOVER_VAR):
        if var == CAMEO_PLOVER_VAR and not os.environ.get("ETL_PETRARCH_VERBS", "").strip():
            continue  # the table matters only with a verb dictionary
        value = os.environ.get(var, "").strip()
        if value and Path(value).expanduser().is_file():
            out.append((var, Path(value).expanduser()))
    return out


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path.resolve()), st.st_mtime_ns, st.st_size


def _petrarch_rows(name: str, own_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    if name == "event_triggers.tsv":
        verbs = _env_path("ETL_PETRARCH_VERBS")
        if verbs is None:
            return []
        table = _env_path(CAMEO_PLOVER_VAR)
        if table is None:
            raise LexiconError(f"ETL_PETRARCH_VERBS is set but {CAMEO_PLOVER_VAR} is not: name the CAMEO→PLOVER "
                               "table (`CODE: TYPE, mode, context` lines, as in CAMEO2PLOVER-2021) it maps codes with")
        return [dict(r) for r in _petrarch_verbs(_stamp(verbs), _stamp(table))]
    if name == "actors.tsv":
        actors = _env_path("ETL_PETRARCH_ACTORS")
        if actors is None:
            return []
        states = {}
        for r in own_rows:
            if r.get("actor_type") == "state" and r.get("country_iso3"):
                states.setdefault(r["country_iso3"], r["actor_id"])
        return [dict(r) for r in _petrarch_actors(_stamp(actors), tuple(sorted(states.items())))]
    return []


def _report(kind: str, counts) -> None:
    _log.info("PETRARCH %s %s: %d entries read, %d rows, %d skipped, %d unmapped, %d unsupported patterns, "
              "%d shadowed by the project's generic words", kind, counts.path, counts.read, counts.rows,
              counts.skipped, counts.unmapped, counts.unsupported, counts.shadowed)
    for problem in counts.problems:
        _log.warning("PETRARCH %s: skipped %s", kind, problem)


@lru_cache(maxsize=4)
def _petrarch_verbs(verbs: tuple[str, int, int], table: tuple[str, int, int]) -> tuple[dict[str, str], ...]:
    from .petrarch import parse_cameo_plover, parse_verbs
    mapping, table_counts = parse_cameo_plover(table[0])
    _report("CAMEO→PLOVER table", table_counts)
    rows, counts = parse_verbs(verbs[0], mapping)
    _report("verbs", counts)
    return tuple(rows)


@lru_cache(maxsize=4)
def _petrarch_actors(actors: tuple[str, int, int], states: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], ...]:
    from .petrarch import parse_actors
    given = [r["name_ar"] for r in load("given_names.tsv", ("name_ar", "gender"))]
    # generic heads and titles the actor rules read in context (`الجيش` → the army of the article's country)
    reserved = [r["head_ar"] for name in ("group_heads.tsv", "collective_heads.tsv", "org_heads.tsv",
                                          "anonymous_sources.tsv") for r in load(name, ("head_ar",))]
    reserved += [r["title_ar"] for r in load("titles.tsv", ("title_ar",))]
    rows, counts = parse_actors(actors[0], given_names=given, state_ids=dict(states), reserved=reserved)
    _report("actors", counts)
    return tuple(rows)


def split_variants(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=100_000)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """Lookup key of a multi-word phrase: normalised words, the article removed from each."""
    from .morphology import strip_article
    return tuple(strip_article(w) for w in normalize_phrase(phrase).split())


@lru_cache(maxsize=None)
def boilerplate_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The boilerplate patterns as two alternations: those anchored at the line's start (tried
    with `match`: a search would try every position of a long paragraph) and the others (tried
    with `search`)."""
    anchored, anywhere = [], []
    for r in load("boilerplate.tsv", ("pattern_ar",)):
        pattern = normalize_phrase(r["pattern_ar"])
        (anchored if pattern.startswith("^") and not _has_top_level_bar(pattern) else anywhere).append(f"(?:{pattern})")
    return (re.compile(_without_captures("|".join(anchored)) or "(?!)"),
            re.compile(_without_captures("|".join(anywhere)) or "(?!)"))


def _without_captures(pattern: str) -> str:
    """The pattern with its capturing groups made non-capturing: the same matches (callers ask
    only whether one exists), but an alternation of groups then gives the scan the characters a
    match can open with, so `search` skips the other positions (2x faster over an article).
    Unchanged if the pattern refers back to a group."""
    if re.search(r"\\[1-9]|\(\?P=", pattern):
        return pattern
    out, k, in_class = [], 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            out.append(pattern[k:k + 2])
            k += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            out.append(ch)
            k += 1
            for opening in ("^", "]"):  # `[^...]`, and `]` first in a class is a literal
                if pattern[k:k + 1] == opening:
                    out.append(opening)
                    k += 1
            continue
        elif ch == "(" and pattern[k + 1:k + 2] != "?":
            out.append("(?:")
            k += 1
            continue
        out.append(ch)
        k += 1
    return "".join(out)


def _has_top_level_bar(pattern: str) -> bool:
    """Whether `|` separates alternatives of the whole pattern (outside groups and classes)."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


@dataclass(frozen=True)
class WordSets:
    """Closed-class words and short word lists of function_words.tsv, normalised, by class."""
    by_class: dict[str, frozenset[str]]

    def __getitem__(self, cls: str) -> frozenset[str]:
        return self.by_class.get(cls, frozenset())


@lru_cache(maxsize=None)
def word_classes() -> WordSets:
    classes: dict[str, set[str]] = {}
    for r in load("function_words.tsv", ("word_ar", "word_class")):
        classes.setdefault(r["word_class"], set()).add(normalize_phrase(r["word_ar"]))
    return WordSets({k: frozenset(v) for k, v in classes.items()})


@lru_cache(maxsize=None)
def weekday_names() -> frozenset[str]:
    """The seven weekdays with the article (`الاحد` … `السبت`), normalised, from the `weekday` rows
    of date_words.tsv; a spelling without its final hamza (`ثلاثا`) is a variant only the date rules read."""
    days = {normalize_phrase(r["word_ar"]) for r in load("date_words.tsv", ("word_ar", "word_class", "value"))
            if r["word_class"] == "weekday"}
    return frozenset("ال" + d for d in days if d + "ء" not in days)


@lru_cache(maxsize=None)
def time_words(ends_name: bool = False) -> frozenset[str]:
    """The words of time_words.tsv and the weekdays, normalised; with `ends_name`, only the words
    a name ends at."""
    rows = load("time_words.tsv", ("word_ar", "word_class", "ends_name"))
    return weekday_names() | {normalize_phrase(r["word_ar"]) for r in rows if not ends_name or r["ends_name"] == "yes"}


def clear_caches() -> None:
    """Forget loaded lexicons (after ETL_LEXICON_DIR changes)."""
    import sys
    for module in [m for n, m in sys.modules.items() if n.startswith("etl.core")]:
        for obj in vars(module).values():
            if hasattr(obj, "cache_clear"):
                obj.cache_clear()
