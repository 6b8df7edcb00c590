"""Where a date mention can start. Every mention contains an anchor: a year, a short number
followed by a word or a date separator, a month name, a weekday or a relative word. The grammar
is tried only at the anchors and at the word starts just before them that can open a mention
(يوم 5 مايو، منتصف العام 2015، صباح أمس).

A word anchor is found by a scan of the raw text, so it also hits inside other words (`اب`,
August, in `انتخاب`: three of four word anchors of the corpus). Every form but the numeric one
opens at a word start or after one or two proclitics (`date_grammar.START`), and the letters a
mention's word may carry before its anchor are those proclitics or a stray alef (`االثلاثاء`):
an anchor three letters into a word starts nothing and is skipped, and an anchor inside a word
adds only its word's start and proclitic ends. Checked on the whole corpus: the grammar's matches
at the starts are the same as when every anchor counted (a third fewer starts)."""
from __future__ import annotations

import re

from . import date_words as W
from .date_grammar import S0, rx


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
    # a phrase's longest word, the last of equal ones: the period noun (العام in منتصف العام)
    words |= {max(reversed(p.split()), key=len) for p in W.RELATIVE}
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
_ANCHOR_RE = rx(
    r"[0-9](?<![0-9][0-9])(?:[0-9]{3}|[0-9]?(?=" + S0 + r"(?:[^\W\d_]|[/\-.–—]" + S0 + r"[0-9])))(?![0-9])|"
    + _trie_alt(_anchor_words()))
_WORDS_BEFORE = 4
_DIGITS = frozenset("0123456789")


def _word_before(t: str, pos: int, lo: int) -> tuple[int, int] | None:
    """(start, end) of the last word of t[lo:pos], cut at lo. Words are runs of letters and
    digits (``str.isalnum``, the regex class ``[^\\W_]``); walking back from the anchor stops
    after a few characters, where a regex would scan the whole window."""
    end = pos
    while end > lo and not t[end - 1].isalnum():
        end -= 1
    if end == lo:
        return None
    start = end - 1
    while start > lo and t[start - 1].isalnum():
        start -= 1
    return start, end


def candidate_starts(t: str) -> list[int]:
    """Sorted positions of the normalised text `t` where the grammar is tried."""
    starts: set[int] = set()
    for a in _ANCHOR_RE.finditer(t):
        p = a.start()
        digit = t[p] in _DIGITS
        if not digit and p >= 3 and t[p - 1].isalnum() and t[p - 2].isalnum() and t[p - 3].isalnum():
            continue  # a word anchor three letters into a word is inside another word (`اب` in `انتخاب`)
        # the words before the anchor count back to its line start, at most 60 characters
        lo = max(0, p - 60)
        nl = t.rfind("\n", lo, p)
        if nl >= 0:
            lo = nl + 1
        # the anchor's own word: an attached clitic or article may precede the anchor
        w0 = p
        while w0 > lo and t[w0 - 1].isalnum():
            w0 -= 1
        if w0 == p or digit:
            starts.add(p)  # inside a word, only a number may start a mention (NUMERIC has no START)
        if w0 != p:
            starts.add(w0)
            if t[w0] in "وفبلك":
                starts.add(w0 + 1)
                if t[w0] in "وف" and t[w0 + 1] in "بلك":
                    starts.add(w0 + 2)
        ws = w0
        for _ in range(_WORDS_BEFORE):
            word = _word_before(t, ws, lo)
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
