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


def test_readings_test_the_suffix_letters_before_asking_for_enclitic_readings():
    """`_readings` calls `enclitic_candidates` only for a reading ending in a pronoun letter or
    opening with `س`: the readings are those of calling it for every reading (an empty word too)."""
    from etl.core.morphology import enclitic_candidates, stem_candidates
    words = ["وسيزورها", "بمساندته", "لقائه", "ستنتشر", "كتابهم", "والمسوولين", "بالاعلانها", "فاستقبلناه", "سوريا", "وبنك", "", "س"]
    for word in words:
        cands = stem_candidates(word)
        every = (*cands, *(e for c in cands for e in enclitic_candidates(c)))
        if word.startswith(matching._DEFINITE_OPENINGS):
            every = cands  # a definite word is a noun: no verb suffixes
        assert matching._readings(word, True) == (every if word not in matching._root_initial() else (word,))
