"""Shortcuts taken for speed in `morphology` answer as the plain rules they replace."""
from itertools import product

from etl.core.morphology import preposition_with_pronoun

PREPOSITIONS = frozenset({"في", "علي", "من", "عن", "ل", "ب", "مع", "الي", "لدي", "عند"})
SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا")


def _plain_rule(word: str, prepositions: frozenset[str]) -> bool:
    return any(word.endswith(p) and word[:-len(p)] in prepositions for p in SUFFIXES)


def test_a_preposition_with_each_pronoun_suffix_is_recognised():
    for preposition, suffix in product(PREPOSITIONS, SUFFIXES):
        assert preposition_with_pronoun(preposition + suffix, PREPOSITIONS), preposition + suffix


def test_the_last_letter_shortcut_answers_as_the_plain_rule():
    stems = sorted(PREPOSITIONS) + ["", "ه", "كتاب", "مدرس", "فيه", "منه", "لقاء", "سي"]
    endings = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ا", "م", "ن", "ما", "يا", "كم", "ت")
    for stem, ending in product(stems, endings):
        word = stem + ending
        assert preposition_with_pronoun(word, PREPOSITIONS) is _plain_rule(word, PREPOSITIONS), word
