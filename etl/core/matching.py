"""Word-level phrase matching on normalised text, clitic-aware, leftmost-longest."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Iterable, TypeVar

from .lexicon import phrase_key
from .text import WORD, Normalized, enclitic_candidates, stem_candidates, strip_article

T = TypeVar("T")


@dataclass(frozen=True)
class Token:
    start: int    # offsets in the normalised text
    end: int
    word: str     # normalised
    joined: bool  # only spaces separate it from the previous token (no punctuation, no line break)


def tokenize(norm: Normalized) -> list[Token]:
    text = norm.text
    tokens: list[Token] = []
    prev_end = None
    for m in WORD.finditer(text):
        joined = prev_end is not None and m.start() > prev_end and not text[prev_end:m.start()].strip(" ")
        tokens.append(Token(m.start(), m.end(), m.group(), joined))
        prev_end = m.end()
    return tokens


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    first: int        # token index of the first word
    last: int         # token index after the last word
    start: int        # normalised offset, clitics (و ف ب ل ك) excluded, article kept
    end: int
    value: T


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in a token list. A phrase matches when its first word equals a
    text word after proclitics are stripped and every later word equals the next text word
    (articles ignored on both sides)."""

    def __init__(self, entries: Iterable[tuple[str, T]], enclitics: bool = False):
        """`enclitics`: also match words carrying a pronoun suffix or the future prefix
        (for verbs and verbal nouns, not for names)."""
        self.enclitics = enclitics
        self._table: dict[tuple[str, ...], T] = {}
        self.max_words = 1
        for phrase, value in entries:
            key = phrase_key(phrase)
            if key and key not in self._table:
                self._table[key] = value
                self.max_words = max(self.max_words, len(key))
        self._first_words = {k[0] for k in self._table}

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._table

    def get(self, phrase: str) -> T | None:
        return self._table.get(phrase_key(phrase))

    def match_at(self, tokens: list[Token], i: int, max_words: int | None = None,
                 stop: int | None = None) -> PhraseMatch[T] | None:
        """The longest phrase starting at token i and ending before token `stop`."""
        word = tokens[i].word
        best: PhraseMatch[T] | None = None
        limit = min(max_words or self.max_words, self.max_words, (len(tokens) if stop is None else stop) - i)
        if word in _root_initial():
            cands: tuple[str, ...] = (word,)
        else:
            cands = stem_candidates(word)
        if self.enclitics and word not in _root_initial():
            cands = (*cands, *(e for c in cands for e in enclitic_candidates(c)))
        for cand in cands:
            first = strip_article(cand)
            if first not in self._first_words:
                continue
            rest = [strip_article(t.word) for t in tokens[i + 1:i + limit]]
            for n in range(limit, 0, -1):
                if best is not None and n <= best.last - best.first:
                    break
                value = self._table.get((first, *rest[:n - 1]))
                if value is not None:
                    if n > 1 and not _adjacent(tokens, i, i + n):
                        continue
                    skip = len(word) - len(cand) if word.endswith(cand) else 0  # a suffixed form keeps the whole word
                    if cand is not word and not cand.startswith("ال") and word[:skip].endswith("ال"):
                        skip -= 2  # keep the article in the surface: الأسد, not أسد
                    best = PhraseMatch(i, i + n, tokens[i].start + skip, tokens[i + n - 1].end, value)
                    break
        return best

    def find_all(self, tokens: list[Token]) -> list[PhraseMatch[T]]:
        out: list[PhraseMatch[T]] = []
        i = 0
        while i < len(tokens):
            m = self.match_at(tokens, i)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.last
        return out


@lru_cache(maxsize=None)
def _root_initial() -> frozenset[str]:
    from .lexicon import word_classes
    return word_classes()["root_initial"]


def _adjacent(tokens: list[Token], first: int, last: int) -> bool:
    """Words of one phrase are separated by spaces, never by punctuation."""
    return all(tokens[k].joined for k in range(first + 1, last))
