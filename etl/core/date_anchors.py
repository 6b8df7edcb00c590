"""Where a date mention can start. Every mention contains an anchor: a year, a short number
followed by a word or a date separator, a month name, a weekday or a relative word. The grammar
is tried only at the anchors and at the word starts just before them that can open a mention
(يوم 5 مايو، منتصف العام 2015، صباح أمس).

A word anchor is what a scan of the raw text for the anchor words finds (read per word: see
`_WORD_ANCHOR_OFFSETS`), so it also hits inside other words (`اب`,
August, in `انتخاب`: three of four word anchors of the corpus). Every form but the numeric one
opens at a word start or after one or two proclitics (`date_grammar.START`), and the letters a
mention's word may carry before its anchor are those proclitics or a stray alef (`االثلاثاء`):
an anchor three letters into a word starts nothing and is skipped, and an anchor inside a word
adds only its word's start and proclitic ends. Checked on the whole corpus: the grammar's matches
at the starts are the same as when every anchor counted (a third fewer starts)."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, repeat
from operator import is_

from . import date_words as W
from .date_grammar import S0, rx
from .matching import words_of


def _trie_alt(words) -> str:
    """A regex alternation of literal words shaped as a trie (fast to scan)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(trie)


def _anchor_words() -> set[str]:
    words = {name.split()[0] for name in W.MONTHS}
    words |= {"ال" + w for w in W.WEEKDAYS}
    words |= {max(p.split(), key=len) for p in W.RELATIVE}
    return words | W.ANCHOR_WORDS


def _opening_words() -> frozenset[str]:
    words = set(W.OPENERS)
    for phrase in list(W.ORDINALS) + list(W.RELATIVE):
        words |= set(phrase.split())
    words |= {w[1:] for w in words if w.startswith("و") and len(w) > 3}
    return frozenset(words)


_OPENING_WORDS = _opening_words()
_DECADE_WORD_RE = rx(r"(?:ال)?(?:" + "|".join(W.DECADES) + r")(?:يات|ات)")
# A number not preceded by a digit: four digits, or one or two before a word or a date separator.
# Written to open with the digit (its lookbehind then also sees that digit), not with the
# lookbehind: the scan then rejects most positions at its first character test (1.6x faster,
# the same matches).
_NUMBER_ANCHOR = r"[0-9](?<![0-9][0-9])(?:[0-9]{3}|[0-9]?(?=" + S0 + r"(?:[^\W\d_]|[/\-.–—][0-9])))(?![0-9])"
_ANCHOR_RE = rx(_NUMBER_ANCHOR + "|" + _trie_alt(_anchor_words()))
_NUMBER_ANCHOR_RE = rx(_NUMBER_ANCHOR)
_WORDS_BEFORE = 4
_DIGITS = frozenset("0123456789")


# A word's own anchors, by their offsets in the word (bit k: offset k, for k < 3). A match of
# `_ANCHOR_RE` never crosses a word's end (a number's match holds digits only, a word anchor's
# letters only), so a scan of the text finds in each word what a scan of the word alone finds,
# and the word anchors that count depend on the word only: they are kept per distinct word, and
# a text's anchors are read from its words (most have none) and a scan for numbers, instead of a
# scan of the text that tried the anchor words at every position.
_WORD_ANCHOR_OFFSETS: dict[str, int] = {}
_ANCHOR_OPENINGS = frozenset(w[:2] for w in _anchor_words())  # every anchor word has two letters or more
assert all(len(w) >= 2 for w in _anchor_words())


def _word_anchor_offsets(word: str) -> int:
    """The bits of the word anchors the scan of `word` finds at its first three offsets: the
    scan's steps there (a match, or the next position), not a scan of the whole word."""
    if not (word[:2] in _ANCHOR_OPENINGS or word[1:3] in _ANCHOR_OPENINGS or word[2:4] in _ANCHOR_OPENINGS):
        return 0  # no word anchor opens there (most words)
    bits = 0
    k = 0
    while k < 3 and k < len(word):
        a = _ANCHOR_RE.match(word, k)
        if a is None:
            k += 1
            continue
        if word[k] not in _DIGITS:
            bits |= 1 << k
        k = a.end()
    return bits


_OFFSETS_OF_BITS = tuple(tuple(k for k in range(3) if bits >> k & 1) for bits in range(8))


def _anchors(t: str, words: list[str], word_starts: list[int]) -> list[tuple[int, bool, int]]:
    """(position, whether it is a number, the index of its word) of every anchor of the
    normalised text `t`, in no particular order, but for the word anchors three letters or more
    into a word: inside another word (`اب` in `انتخاب`)."""
    offsets = _WORD_ANCHOR_OFFSETS
    bits = list(map(offsets.get, words))
    if None in bits:  # words never read before
        for k in compress(range(len(words)), map(is_, bits, repeat(None))):
            bits[k] = offsets[words[k]] = _word_anchor_offsets(words[k])
    found = [(p, True, bisect_right(word_starts, p) - 1) for p in [a.start() for a in _NUMBER_ANCHOR_RE.finditer(t)]]
    for k in compress(range(len(words)), bits):
        start = word_starts[k]
        for offset in _OFFSETS_OF_BITS[bits[k]]:
            found.append((start + offset, False, k))
    return found


def candidate_starts(t: str) -> list[int]:
    """Sorted positions of the normalised text `t` where the grammar is tried."""
    words, word_starts = words_of(t)
    starts: set[int] = set()
    for p, digit, k in _anchors(t, words, word_starts):
        # the words before the anchor count back to its line start, at most 60 characters
        lo = max(0, p - 60)
        nl = t.rfind("\n", lo, p)
        if nl >= 0:
            lo = nl + 1
        # the anchor's own word: an attached clitic or article may precede the anchor
        w0 = max(word_starts[k], lo)
        if w0 == p or digit:
            starts.add(p)  # inside a word, only a number may start a mention (NUMERIC has no START)
        if w0 != p:
            starts.add(w0)
            if t[w0] in "وفبلك":
                starts.add(w0 + 1)
                if t[w0] in "وف" and t[w0 + 1] in "بلك":
                    starts.add(w0 + 2)
        # the words before it, each cut at lo, while they can open a mention
        for j in range(k - 1, max(k - 1 - _WORDS_BEFORE, -1), -1):
            ws, w = word_starts[j], words[j]
            we = ws + len(w)
            if we <= lo:
                break
            if ws < lo:
                ws, w = lo, t[lo:we]
            bare = w[1:] if len(w) > 2 and w[0] in "وفبلك" else w
            if not (w in _OPENING_WORDS or bare in _OPENING_WORDS or _DECADE_WORD_RE.fullmatch(bare)):
                break
            starts.add(ws)
            if bare is not w:
                starts.add(ws + 1)
    return sorted(starts)
