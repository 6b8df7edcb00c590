"""Shortcuts taken for speed in the date modules answer as the regular expressions they replace."""
import random
import re

from etl.core import matching
from etl.core.date_anchors import _ANCHOR_RE, _DECADE_WORD_RE, _OPENING_WORDS, candidate_starts
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


def _starts_by_scan(t):
    """`candidate_starts` as it was written before its anchors were read from the words: one
    regex scan of the text for anchors, and a walk back from each over the words before it."""
    def word_before(pos, lo):
        end = pos
        while end > lo and not t[end - 1].isalnum():
            end -= 1
        if end == lo:
            return None
        start = end - 1
        while start > lo and t[start - 1].isalnum():
            start -= 1
        return start, end

    starts = set()
    for a in _ANCHOR_RE.finditer(t):
        p = a.start()
        digit = t[p] in "0123456789"
        if not digit and p >= 3 and t[p - 1].isalnum() and t[p - 2].isalnum() and t[p - 3].isalnum():
            continue
        lo = max(0, p - 60)
        nl = t.rfind("\n", lo, p)
        if nl >= 0:
            lo = nl + 1
        w0 = p
        while w0 > lo and t[w0 - 1].isalnum():
            w0 -= 1
        if w0 == p or digit:
            starts.add(p)
        if w0 != p:
            starts.add(w0)
            if t[w0] in "وفبلك":
                starts.add(w0 + 1)
                if t[w0] in "وف" and t[w0 + 1] in "بلك":
                    starts.add(w0 + 2)
        ws = w0
        for _ in range(4):
            word = word_before(ws, lo)
            if word is None:
                break
            ws, we = word
            w = t[ws:we]
            bare = w[1:] if len(w) > 2 and w[0] in "وفبلك" else w
            if not (w in _OPENING_WORDS or bare in _OPENING_WORDS or _DECADE_WORD_RE.fullmatch(bare)):
                break
            starts.add(ws)
            if bare is not w:
                starts.add(ws + 1)
    return sorted(starts)


def test_date_starts_found_through_the_words_equal_those_of_the_scan():
    long_word = "ا" * 70 + "2018"  # a number deep in a word: the words before it count from 60 characters back
    for sentence in SENTENCES + [long_word, "في " + long_word + " 5 مايو"]:
        norm = normalize(sentence)
        expected = _starts_by_scan(norm.text)
        matching._LAST_WORDS[0] = None
        assert candidate_starts(norm.text) == expected, sentence  # the words split afresh
        tokenize(norm)
        assert matching._LAST_WORDS[0] is norm.text
        assert candidate_starts(norm.text) == expected, sentence  # the words tokenize found


def test_the_words_of_another_text_are_not_used():
    tokenize(normalize("التقى الوزير نظيره يوم الاثنين"))
    other = normalize("وصل الوفد أمس").text
    assert words_of(other) == (["وصل", "الوفد", "امس"], [0, 4, 10])
    assert candidate_starts(other) == _starts_by_scan(other) == [10]
