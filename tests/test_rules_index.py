"""docs/rules.md, the index of where each rule lives, is generated from the sources: it must be
current, and it must show every lexicon and word class in use by some module."""
from __future__ import annotations

from pathlib import Path

from etl import rules_index

ROOT = Path(__file__).resolve().parents[1]


def test_docs_rules_md_is_current():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_index.render(), "regenerate: python -m etl.rules_index > docs/rules.md"


def test_every_lexicon_and_word_class_is_read_by_a_module():
    sources = rules_index._sources()
    unread = [name for name, _, _, _, readers in rules_index.lexicon_rows(sources) if not readers]
    unused = [cls for cls, _, readers in rules_index.word_class_rows(sources) if not readers]
    assert unread == [] and unused == []


def test_the_index_names_rules_of_each_kind():
    text = rules_index.render()
    assert "| `reporting_cues.tsv` |" in text                     # a lexicon
    assert "| `complementizer` |" in text                         # a word class
    assert "| `broadcaster_head` |" in text                       # a word class of actor names
    assert "- `DAY_MONTH`" in text                                # a pattern
    assert "- `PersonRules._apposition`:" in text                  # code, with its docstring
