"""The actor rules' word lists live in actor_name_words.tsv, by class: every class there is read by a
rule and every class a rule asks for is there (an unknown class would silently match nothing), and
each row's header comment and source say what the class is for."""
import re
from pathlib import Path

import pytest

from etl.core.actor_base import name_words
from etl.core.lexicon import read_tsv

CORE = Path(__file__).parents[2] / "etl" / "core"


def _classes_in_lexicon() -> set[str]:
    return {r["word_class"] for r in read_tsv(CORE / "lexicons" / "actor_name_words.tsv", ("word_ar", "word_class"))}


def _classes_the_rules_read() -> set[str]:
    code = "\n".join(p.read_text(encoding="utf-8") for p in CORE.glob("*.py"))
    return set(re.findall(r'name_words\("([a-z_]+)"\)', code)) | set(re.findall(r'word_class"\] == "([a-z_]+)"', code))


def test_every_actor_word_class_is_read_and_every_class_read_is_there():
    lexicon, read = _classes_in_lexicon(), _classes_the_rules_read() - {"weekday"}  # (weekday: date_words.tsv)
    assert lexicon == read, lexicon ^ read


def test_every_actor_word_class_is_explained_in_the_header():
    header = "".join(line for line in (CORE / "lexicons" / "actor_name_words.tsv").read_text(encoding="utf-8").splitlines(True)
                     if line.startswith("#"))
    assert [c for c in sorted(_classes_in_lexicon()) if f"{c}:" not in header] == []


def test_an_unknown_class_is_an_error_not_an_empty_list():
    with pytest.raises(KeyError):
        name_words("no_such_class")
