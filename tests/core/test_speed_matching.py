"""Speed rewrites in matching.py that must read words exactly as the code they replaced."""
import itertools
import re

from etl.core import matching


def test_definite_openings_are_the_strings_the_regex_matched():
    """`_readings` tells a definite word (no verb suffixes: `بالاضافه` is a noun) by a prefix
    test instead of the regex `^(?:[وف]?[بكل]?ال|[وف]?لل)`: the same answer for every word made
    of up to five of the letters that matter, and for real words."""
    definite = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)")
    letters = "وفبكلاس"
    words = ["".join(p) for n in range(1, 6) for p in itertools.product(letters, repeat=n)]
    words += ["بالاضافه", "والمتحدثه", "فللحكومه", "لللجنه", "وسيزورها", "كتابهم", "اللقاء"]
    for word in words:
        assert word.startswith(matching._DEFINITE_OPENINGS) == bool(definite.match(word)), word


def test_a_definite_word_gets_no_verb_suffix_readings():
    assert matching._readings("بالاعلانها", True) == matching._readings("بالاعلانها", False)
    assert "ستعلن" in matching._readings("وستعلنها", True)
