"""The rules compare normalised words (`text.normalize_phrase`: hamza seats, ة and ى folded), so an
Arabic word written into a rule's code must be in that form too, or it never matches: `مئات`,
`مسؤول`, `على` written as in a text silently did nothing. Lexicon files are normalised when read."""
import ast
import re
from pathlib import Path

import pytest

from etl.core.text import normalize_phrase

CORE = Path(__file__).parents[2] / "etl" / "core"
# the modules whose rules compare words of the normalised text (the date grammar, the normaliser,
# the morphology tables and the sentence splitter read the original text or define the folding)
RULE_MODULES = sorted(p for p in CORE.glob("*.py") if p.stem.startswith(("actor", "claim", "event", "speaker", "ner"))
                      or p.stem in ("extract", "matching", "lexicon"))
# literals compared with the original text, or normalised where they are used
# letters compared with the original text, which normalisation folds away
RAW_ON_PURPOSE = {("claim_content.py", "إ"), ("extract.py", "أو"),
                  ("event_triggers.py", "ئ"), ("event_triggers.py", "ؤ"), ("event_triggers.py", "ـ")}
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


def _unnormalised_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    normalised_here = {id(m) for n in ast.walk(tree) if isinstance(n, ast.Call)
                       and getattr(n.func, "id", "") in ("normalize_phrase", "normalize") for m in ast.walk(n)}
    normalised_here |= {id(m) for n in ast.walk(tree) if isinstance(n, (ast.GeneratorExp, ast.ListComp, ast.SetComp))
                        and "normalize_phrase" in ast.unparse(n.elt) for m in ast.walk(n)}
    return [word for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings | normalised_here
            for word in ARABIC_WORD.findall(n.value)
            if normalize_phrase(word) != word and (path.name, word) not in RAW_ON_PURPOSE]


@pytest.mark.parametrize("path", RULE_MODULES, ids=lambda p: p.name)
def test_words_in_rule_code_are_written_as_the_rules_compare_them(path):
    assert _unnormalised_literals(path) == []


def test_the_check_catches_a_word_written_as_in_a_text(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text('QUANTITIES = frozenset(("مئات", "عشرات"))\nHEADS = frozenset(normalize_phrase(w) for w in ("مسؤول",))\n',
                    encoding="utf-8")
    assert _unnormalised_literals(rule) == ["مئات"]
