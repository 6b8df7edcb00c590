"""Shortcuts taken for speed in the date modules answer as the regular expressions they replace."""
import random
import re

from etl.core.date_anchors import candidate_starts
from etl.core.date_context import prev_word
from etl.core.matching import tokenize, words_of
from etl.core.text import normalize

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


SENTENCES = [
    "التقى الوزير نظيره يوم الاثنين 5 مايو 2018 في العاصمة",
    "وصل الوفد أمس، وسيغادر غدا بعد انتخاب رئيس جديد للبلدية",
    "جرت الانتخابات في 12/4/2019 وفي الـ5 من أيار الماضي",
    "منذ 3 سنوات، وبالأمس وللعام 2015 ولليوم الثاني على التوالي",
    "5مايو و2018م و15أبريل وفي2019 والاثنين،الثلاثاء",
    "منتصف\nالعام 2015 ثم 1440 هـ ثم تسعينيات القرن الماضي",
    "كلمة بلا تاريخ على الإطلاق",
    "",
]


def _starts_by_scan(text):
    from etl.core import matching
    matching._LAST_WORDS[0] = None  # no words of this text: one regex scan of it
    return candidate_starts(text)


def test_date_anchors_found_by_the_words_equal_those_of_the_scan():
    for sentence in SENTENCES:
        norm = normalize(sentence)
        by_scan = _starts_by_scan(norm.text)
        tokenize(norm)
        assert words_of(norm.text) is not None
        assert candidate_starts(norm.text) == by_scan, sentence


def test_the_words_of_another_text_are_not_used():
    tokenize(normalize("التقى الوزير نظيره يوم الاثنين"))
    other = normalize("وصل الوفد أمس").text
    assert words_of(other) is None
    assert candidate_starts(other) == _starts_by_scan(other) != []
