"""Shortcuts taken for speed in the date modules answer as the regular expressions they replace."""
import random
import re

from etl.core.date_context import prev_word

# the expression `prev_word` searched in the 40 characters before a position
_PREV_WORD = re.compile(r"([^\W_]+)[^\S\r\n]*[،,]?[^\S\r\n]*$")


def _prev_word_by_regex(t: str, pos: int) -> str:
    m = _PREV_WORD.search(t[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def test_the_word_before_a_date_skips_spaces_and_one_comma():
    text = "وصل الوفد يوم، الاثنين"
    assert prev_word(text, text.index("الاثنين")) == "يوم"
    text = "قال الوزير ،، الاثنين"
    assert prev_word(text, text.index("الاثنين")) == ""
    text = "منذ\nالاثنين"
    assert prev_word(text, text.index("الاثنين")) == "منذ"  # `$` before a final line break


def test_the_backward_walk_answers_as_the_regular_expression():
    pieces = ["منذ", "يوم", "2018", "a1", "_", " ", "  ", "\t", "\n", "\r", "\r\n", "،", ",", ".", "-", "\u00a0",
              "الاثنين", "ب", "x"]
    rng = random.Random(13)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        for pos in range(len(text) + 1):
            assert prev_word(text, pos) == _prev_word_by_regex(text, pos), (text, pos)
