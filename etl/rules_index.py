"""Where each extraction rule lives: a lexicon row, a grammar pattern, or code.

    python -m etl.rules_index > docs/rules.md

The index is generated from the sources so that it cannot drift: every lexicon file with its
size, columns and the modules that read it; every word class of `function_words.tsv` and the
modules that use it; every date-grammar form; every documented function of the extractors, by
module. `tests/test_rules_index.py` fails when docs/rules.md is stale.
"""
from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

from .core.lexicon import PACKAGED_DIR, read_tsv

CORE = Path(__file__).parent / "core"
# the extractors and their parts, in the order a document goes through them
EXTRACTOR_MODULES = ("sentences", "actors", "actor_persons", "actor_organisations", "actor_groups", "actor_unnamed",
                     "actor_tagging", "actor_base", "actor_lexicon", "acting_parties", "ner", "claims",
                     "claim_verbs", "claim_verb_subjects", "claim_attributions", "claim_cues", "claim_state",
                     "claim_sources", "speakers",
                     "speaker_agreement", "speaker_referents", "speaker_clause_subjects", "speaker_names",
                     "speaker_bodies", "speaker_phrases", "speaker_slots", "speaker_words",
                     "claim_content", "claim_nesting", "claim_base", "events", "event_triggers", "event_roles",
                     "event_roles_speech", "event_roles_reactions", "event_roles_crowds", "event_roles_titles",
                     "event_roles_subjects", "event_roles_relatives", "event_roles_doers", "event_roles_objects",
                     "event_roles_pronouns", "event_roles_pairs", "event_roles_phrases", "event_roles_shapes",
                     "event_words", "event_collocations", "event_clauses", "event_modality", "event_agreements",
                     "event_parties", "event_reports", "event_attacks",
                     "event_roles_words", "event_context", "event_sense", "dates", "date_anchors", "date_context", "date_candidate",
                     "date_resolve_calendar", "date_resolve_relative", "matching", "morphology", "paradigms", "text",
                     "claim_sources_attributed", "claim_sources_adjuncts", "claim_sources_going_on", "claim_sources_objects", "claim_sources_slots",
                     "actor_person_words", "actor_person_titles", "actor_person_name_words", "actor_person_spans",
                     "actor_organisation_heads", "actor_organisation_extents", "actor_organisation_proper_names",
                     "actor_organisation_quotes", "actor_organisation_mentions", "actor_organisation_words",
                     "event_roles_descriptions")


def _sources() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORE.glob("*.py"))}


def _purpose(path: Path) -> str:
    """The first sentence of a lexicon file's opening comment ("" without one)."""
    comment = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        comment.append(line.lstrip("#").strip())
    return _first_sentence(" ".join(comment))


def _readers(needle: str, sources: dict[str, str]) -> list[str]:
    return [f"{name}.py" for name, text in sources.items() if needle in text]


def lexicon_rows(sources: dict[str, str]) -> list[tuple[str, int, list[str], str, list[str]]]:
    """(file, rows, columns, purpose, modules naming it) of every packaged lexicon."""
    out = []
    for path in sorted(PACKAGED_DIR.glob("*.tsv")):
        rows = read_tsv(path, ())
        columns = list(rows[0]) if rows else []
        out.append((path.name, len(rows), columns, _purpose(path), _readers(path.name, sources)))
    return out


def word_class_rows(sources: dict[str, str], lexicon: str = "function_words.tsv") -> list[tuple[str, int, list[str]]]:
    """(class, words, modules using it) of a lexicon of word classes (`function_words.tsv`,
    `actor_name_words.tsv`)."""
    counts = Counter(r["word_class"] for r in read_tsv(PACKAGED_DIR / lexicon, ("word_class",)))
    return [(cls, n, _readers(f'"{cls}"', sources)) for cls, n in sorted(counts.items())]


def grammar_forms(source: str) -> list[str]:
    """The name of every date-grammar form (`NAME = _form(...)`)."""
    return [n.targets[0].id for n in ast.parse(source).body
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
            and getattr(n.value.func, "id", None) == "_form" and isinstance(n.targets[0], ast.Name)]


def documented_functions(source: str) -> list[tuple[str, str]]:
    """(qualified name, first docstring sentence) of the functions and classes with a docstring
    (no line numbers: the index would go stale with every edit)."""
    out = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.ClassDef)):
                doc = ast.get_docstring(child)
                if doc:
                    out.append((prefix + child.name, _first_sentence(doc)))
                if isinstance(child, ast.ClassDef):
                    visit(child, prefix + child.name + ".")

    visit(ast.parse(source), "")
    return out


def _first_sentence(doc: str) -> str:
    text = " ".join(doc.split())
    match = re.search(r"(?<=\.)\s", text)
    first = text[:match.start()] if match else text
    if len(first) > 220:
        first = first[:first.rfind(" ", 0, 220)] + " …"
    return first.replace("|", "\\|")


def render() -> str:
    sources = _sources()
    lines = ["# Where each rule lives", "",
             "Generated by `python -m etl.rules_index > docs/rules.md` (do not edit by hand;",
             "`tests/test_rules_index.py` fails when it is stale). A rule is one of three things:",
             "a **lexicon row** (data in `etl/core/lexicons/*.tsv`, with a `source` column; extend or",
             "replace with `ETL_LEXICON_DIR`), a **pattern** (a date-grammar form in `date_grammar.py`),",
             "or **code** (a function of an extractor, listed below by module; search for its name). To find",
             "the rule behind a row, start from the table it is in: actors → `actors.py` (the finder) and",
             "`actor_persons.py`, `actor_organisations.py`, `actor_groups.py`, `actor_unnamed.py`,",
             "`actor_tagging.py` (the rules by kind of actor), claims →",
             "`claims.py` (the finder), `claim_verbs.py`, `claim_verb_subjects.py`, `claim_attributions.py` and",
             "`claim_cues.py` (the claim of each kind of cue), `claim_sources.py` and `speakers.py` (who said it;",
             "the speaker rules by question in `speaker_*.py`), `claim_content.py` (where the content starts and",
             "ends) and `claim_nesting.py` (claims within claims), events →",
             "`events.py` (the finder; its own rules by question in `event_collocations.py`, `event_clauses.py`,",
             "`event_modality.py`, `event_agreements.py`, `event_parties.py`, `event_reports.py`,",
             "`event_attacks.py`, shared state in `event_words.py`), `event_triggers.py` (which",
             "words are triggers), `event_roles.py` (source and target; the rules of each kind of clause in",
             "`event_roles_*.py`: speakers, reactions, crowds, titles, subjects, relatives, doers, objects,",
             "pronouns, pairs, phrases, word shapes) and `event_context.py`, dates →",
             "`dates.py` and the `date_*.py` modules.", "",
             "## Lexicons", "", "| file | rows | columns | what | read by |", "|---|---:|---|---|---|"]
    for name, n, columns, purpose, readers in lexicon_rows(sources):
        lines.append(f"| `{name}` | {n} | {', '.join(columns)} | {purpose} | {', '.join(readers) or '—'} |")
    for lexicon in ("function_words.tsv", "actor_name_words.tsv"):
        lines += ["", f"## Word classes of `{lexicon}`", "", "| class | words | used by |", "|---|---:|---|"]
        for cls, n, readers in word_class_rows(sources, lexicon):
            lines.append(f"| `{cls}` | {n} | {', '.join(readers) or '—'} |")
    lines += ["", "## Patterns: date-grammar forms (`date_grammar.py`)", ""]
    lines += [f"- `{name}`" for name in grammar_forms(sources["date_grammar"])]
    lines += ["", "## Code: documented functions of the extractors", ""]
    for module in EXTRACTOR_MODULES:
        first_line = (ast.get_docstring(ast.parse(sources[module])) or "").split("\n")[0]
        lines += [f"### `{module}.py`" + (f" — {first_line}" if first_line else ""), ""]
        lines += [f"- `{name}`: {doc}" for name, doc in documented_functions(sources[module])]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
