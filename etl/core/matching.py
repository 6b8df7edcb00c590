"""Word-level phrase matching on normalised text, clitic-aware, leftmost-longest."""
from __future__ import annotations

import itertools
import re
from itertools import accumulate, compress, repeat
from operator import add, attrgetter, invert, not_, sub
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Set
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from .lexicon import phrase_key
from .morphology import enclitic_candidates, stem_candidates
from .text import Normalized

T = TypeVar("T")
# The openings of a definite word (the article after optional proclitics, `لل` for ل + ال):
# every string `^(?:[وف]?[بكل]?ال|[وف]?لل)` matches, for one `startswith` (a regex match cost
# a microsecond per new word of every document)
_DEFINITE_OPENINGS = tuple(conjunction + preposition + "ال" for conjunction in ("", "و", "ف")
                           for preposition in ("", "ب", "ك", "ل")) + ("لل", "ولل", "فلل")


@dataclass(slots=True)
class Token:
    """A word of the normalised text. A slots dataclass, not a named tuple: its fields are read
    millions of times per run, and Python 3.11 specialises reading a slot (3x faster than a
    named tuple's field, which would be quicker only to make)."""
    start: int    # offsets in the normalised text
    end: int
    word: str     # normalised
    joined: bool  # only spaces separate it from the previous token (no punctuation, no line break)
    bare: str     # the word without its article, for matching later words of a phrase
    hashtag: bool = False  # joined to the previous token by `_` in the original (`#حركة_الجهاد`)
    # bits (`PhraseMatcher.bit`) of matchers, built before the token was made, that certainly
    # open no phrase at it: `match_at` rejects such a word on this field of a token it already
    # holds, without looking the word up in a per-matcher table (most of its calls)
    shut: int = 0


_SLOTS = itertools.count()  # one per matcher: its bit in `_OPENERS`


# Which matchers have a phrase opening with a word: one bit per matcher's slot. The union over
# a text word's readings is kept per word, so a new word is read once for all matchers, and
# each matcher only looks closer when its bit is set.
_OPENERS: dict[str, int] = {}
_OPENERS_VERSION = [0]  # bumped when a matcher is built: summaries made before are recomputed
_REGISTERED = [0]  # the bits of every matcher built so far
_OPENERS_OF: dict[str, int] = {}  # text word → bits (emptied when a matcher is built)
_WORD_OF = attrgetter("word")  # Token.word, as a C-level callable for `map`


def _register_first_words(slot: int, first_words: Set[str]) -> None:
    bit = 1 << slot
    for w in first_words:
        _OPENERS[w] = _OPENERS.get(w, 0) | bit
    _OPENERS_VERSION[0] += 1
    _REGISTERED[0] |= bit
    _OPENERS_OF.clear()  # every word's summary may hold the new bit


_DOCUMENT_BITS: list = [None, -1, [], None]  # the tokens read last, the registry version, their bits,
# and (made when first asked for) the positions of each non-zero bits value


def document_opener_bits(tokens: list[Token]) -> list[int]:
    """`opener_bits` of every token of a document, computed once per document (and again if a
    matcher is built meanwhile); only the words never seen before are read."""
    if _DOCUMENT_BITS[0] is not tokens or _DOCUMENT_BITS[1] != _OPENERS_VERSION[0]:
        _DOCUMENT_BITS[:] = [tokens, _OPENERS_VERSION[0], _bits_of_words(list(map(_WORD_OF, tokens))), None]
    return _DOCUMENT_BITS[2]


def _bits_of_words(words: list[str]) -> list[int]:
    """`_openers_of` of each word; each distinct word never seen before is read once."""
    known = _OPENERS_OF
    for word in set(words).difference(known):
        _openers_of(word)
    try:
        return list(map(known.__getitem__, words))
    except KeyError:  # a matcher was built meanwhile and emptied the summaries
        return list(map(_openers_of, words))


def positions_by_bits(tokens: list[Token]) -> dict[int, list[int]]:
    """The document's token positions grouped by their (non-zero) `opener_bits`: a matcher's
    candidate positions are the groups whose value holds its bit, without a pass over every word."""
    bits = document_opener_bits(tokens)
    groups = _DOCUMENT_BITS[3]
    if groups is None:
        groups = _DOCUMENT_BITS[3] = {}
        for k in compress(range(len(bits)), bits):
            groups.setdefault(bits[k], []).append(k)
    return groups


def opener_bits(token: Token) -> int:
    """Bits (`PhraseMatcher.bit`) of the matchers whose phrases may open at this token; a
    matcher whose bit is unset certainly has no phrase there."""
    bits = _OPENERS_OF.get(token.word)
    return _openers_of(token.word) if bits is None else bits


def _openers_of(word: str) -> int:
    """Bits of the matchers that may open a phrase at this word (a superset: every reading,
    with and without suffixes, and a hidden proclitic)."""
    bits = _OPENERS_OF.get(word)
    if bits is None:
        bits = 0
        of_first_word = _OPENERS.get
        # the readings read afresh, not through `candidate_forms`: most words open nothing, and
        # their readings would be kept for nothing; strip_article inlined
        for c in _readings(word, True):
            bits |= of_first_word(c[2:] if c.startswith("ال") and len(c) > 3 else c, 0)
        if len(word) == 3 and word[0] in "وفبلك":
            bits |= _OPENERS.get(word[1:], 0)
        _OPENERS_OF[word] = bits
    return bits


# A word: `split` on it hands back the gaps and the words alternately (one regex pass, no
# match objects; a sixth fewer instructions than `findall` of (spaces, other gap, word) tuples).
_WORD = re.compile(r"([^\W_]+)")


def tokenize(norm: Normalized) -> list[Token]:
    text = norm.text
    pieces = _WORD.split(text)  # gap, word, gap, word, ..., the text after the last word
    words = pieces[1::2]
    if not words:
        return []
    gaps = pieces[0:-1:2]  # gaps[k]: what precedes word k
    # strings, not match objects: gaps and words tile the text from its start, so the offsets
    # are running sums, taken with C-level map and accumulate instead of a Python loop
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, gaps), lengths)))
    starts = list(map(sub, ends, lengths))
    # joined: the gap is spaces only (a gap between two words is never empty)
    joined = list(map(not_, map(str.strip, gaps, repeat(" "))))
    joined[0] = False
    bares = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]  # strip_article, inlined: hot
    hashtags = [False] * len(words)
    version, registered = _OPENERS_VERSION[0], _REGISTERED[0]
    bits = _bits_of_words(words)
    shut = list(map(registered.__and__, map(invert, bits))) if _OPENERS_VERSION[0] == version else [0] * len(words)
    if "_" in norm.original:  # folded to a space for matching; remembered per token
        # an underscore keeps its place (folded to a space, never removed): the token after the
        # gap holding it is joined to the previous one by `_`
        original, to_normalized = norm.original, norm.to_normalized
        at = original.find("_")
        while at >= 0:
            q = to_normalized(at)
            k = bisect_right(starts, q)
            if k < len(starts) and joined[k] and ends[k - 1] <= q:
                hashtags[k] = True
            at = original.find("_", at + 1)
    tokens = list(map(Token, starts, ends, words, joined, bares, hashtags, shut))
    if _OPENERS_VERSION[0] == version:  # the document's bits, ready for `document_opener_bits`
        _DOCUMENT_BITS[:] = [tokens, version, bits, None]
    return tokens


class PhraseMatch(NamedTuple, Generic[T]):
    """A named tuple (immutable, and made without the per-field `object.__setattr__` that a
    frozen dataclass's `__init__` pays: `match_at` makes one per phrase found)."""
    first: int        # token index of the first word
    last: int         # token index after the last word
    start: int        # normalised offset, clitics (و ف ب ل ك) excluded, article kept
    end: int
    value: T


# `PhraseMatch(...)` made by the C constructor of tuples, not through the named tuple's
# generated Python `__new__` (half the cost; `match_at` makes one per phrase found)
_new_tuple = tuple.__new__


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
        self._prefixes = {k[:n] for k in self._table for n in range(1, len(k) + 1)}
        self._slot = next(_SLOTS)
        self._bit = 1 << self._slot
        self._starts: dict[str, tuple[tuple[str, str, int], ...]] = {}  # text word → `_start_forms`
        _register_first_words(self._slot, self._first_words)
        self._indexed: list[Token] | None = None  # the document `starts_in` indexed last
        self._index: list[int] = []
        self._found_in: list[Token] | None = None  # the document `find_all` read whole last
        self._found: list[PhraseMatch[T]] = []  # its phrases, and the first token of each
        self._found_firsts: list[int] = []

    @property
    def bit(self) -> int:
        return 1 << self._slot

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._table

    def get(self, phrase: str) -> T | None:
        return self._table.get(phrase_key(phrase))

    def get_word(self, word: str) -> T | None:
        """`get` of one word of the normalised text (a token's word or a part of it): its key is
        the word without its article, with none of `phrase_key`'s normalisation to pay for."""
        return self._table.get((word[2:] if word.startswith("ال") and len(word) > 3 else word,)) if word else None

    def has_word(self, word: str) -> bool:
        """`word in self` for one word of the normalised text (see `get_word`)."""
        return bool(word) and (word[2:] if word.startswith("ال") and len(word) > 3 else word,) in self._table

    def entries(self) -> Iterable[tuple[tuple[str, ...], T]]:
        """(key words, value) of every phrase, keys as matching compares them."""
        return self._table.items()

    def _start_forms(self, word: str) -> tuple[tuple[tuple[str], int, int], ...]:
        """The readings of a text word that can open a phrase, cached per word: (its key as a
        one-word phrase, 1 if that key is a phrase of its own else 0, the characters of the word
        before the match's surface). A three-letter word may hide a proclitic before a
        two-letter word (`لبي بي سي`); such a reading only opens phrases of two words or more."""
        forms = self._starts.get(word)
        if forms is None and not _openers_of(word) >> self._slot & 1:
            forms = self._starts[word] = ()  # most words open no phrase of any matcher
        if forms is None:
            first_words = self._first_words
            readings = [(c, bare, 1) for c, bare in candidate_forms(word, self.enclitics) if bare in first_words]
            if not self.enclitics and _hidden_proclitic(word, first_words):
                readings.append((word[1:], word[1:], 2))
            forms = self._starts[word] = tuple(
                ((first,), 1 if min_words == 1 and (first,) in self._table else 0, _surface_skip(word, cand))
                for cand, first, min_words in readings)
        return forms

    @property
    def first_words(self) -> frozenset[str]:
        return frozenset(self._first_words)

    def can_start(self, word: str) -> bool:
        return bool(self._start_forms(word))

    def start_positions(self, tokens: list[Token]) -> list[int]:
        """Indices of the tokens where a phrase may open: a scan for phrases need only try
        these instead of calling `match_at` at every word."""
        bit, start_forms, known = self.bit, self._start_forms, self._starts
        groups = [positions for bits, positions in positions_by_bits(tokens).items() if bits & bit]
        candidates = groups[0] if len(groups) == 1 else sorted(itertools.chain.from_iterable(groups))
        # `_start_forms` inlined for the words it has read before (most of them)
        return [k for k in candidates if (known[w] if (w := tokens[k].word) in known else start_forms(w))]

    def starts_in(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[int]:
        """`start_positions` within tokens[lo:hi]. The positions of the document read last are
        kept, so the scans of its sentences and clauses cost a slice each."""
        if self._indexed is not tokens:
            self._indexed, self._index = tokens, self.start_positions(tokens)
        index = self._index
        return index[bisect_left(index, lo):bisect_left(index, len(tokens) if hi is None else hi)]

    def match_at(self, tokens: list[Token], i: int, max_words: int | None = None,
                 stop: int | None = None) -> PhraseMatch[T] | None:
        """The longest phrase starting at token i and ending before token `stop`."""
        token = tokens[i]
        if token.shut & self._bit:
            return None  # most calls: the word opens no phrase of this matcher
        word = token.word
        forms = self._starts.get(word)
        if not forms:
            if forms is not None:
                return None  # most calls: the word opens no phrase of this matcher
            forms = self._start_forms(word)
            if not forms:
                return None
        table, prefixes = self._table, self._prefixes
        limit = self.max_words
        if max_words and max_words < limit:
            limit = max_words
        room = (len(tokens) if stop is None else stop) - i
        if room < limit:
            limit = room
        best: PhraseMatch[T] | None = None
        best_words = 0
        for key, found, skip in forms:
            found_key = key
            n = 1
            while n < limit:
                token = tokens[i + n]
                if not token.joined:
                    break
                key = (*key, token.bare)
                if key not in prefixes:
                    break
                n += 1
                if key in table:
                    found, found_key = n, key
            if found > best_words:
                best = _new_tuple(PhraseMatch, (i, i + found, tokens[i].start + skip, tokens[i + found - 1].end,
                                                table[found_key]))
                best_words = found
        return best

    def find_all(self, tokens: list[Token], first: int = 0, last: int | None = None) -> list[PhraseMatch[T]]:
        """Leftmost-longest phrases in tokens[first:last], none overlapping.

        The phrases of the whole document read last are kept. A phrase never spans a gap that
        holds punctuation or a line break (`match_at` stops at a token that is not `joined`), so
        when such gaps bound the range, as they bound every sentence, the phrases in it are
        exactly those of the whole document that open in it: a slice, not another scan."""
        n = len(tokens)
        end = n if last is None or last > n else last
        if self._found_in is tokens and (first <= 0 or first >= n or not tokens[first].joined) \
                and (end == n or not tokens[end].joined):
            firsts = self._found_firsts
            return self._found[bisect_left(firsts, first):bisect_left(firsts, end)]
        out: list[PhraseMatch[T]] = []
        after = first
        for i in self.starts_in(tokens, first, last):
            if i >= after and (m := self.match_at(tokens, i, stop=last)) is not None:
                out.append(m)
                after = m.last
        if first <= 0 and end == n:
            self._found_in, self._found, self._found_firsts = tokens, out, [m.first for m in out]
            return out[:]  # (the kept list is never handed out: a caller may change its copy)
        return out


_CANDIDATES: dict[tuple[str, bool], tuple[tuple[str, str], ...]] = {}


def candidate_forms(word: str, enclitics: bool) -> tuple[tuple[str, str], ...]:
    """(form, form without article) of each reading of a text word that a phrase may start
    with: the word and its forms without proclitics, and with `enclitics` also without a
    pronoun suffix or future prefix. Computed once per word for every matcher."""
    key = (word, enclitics)
    forms = _CANDIDATES.get(key)
    if forms is None:
        # strip_article, inlined
        forms = _CANDIDATES[key] = tuple([(c, c[2:] if c.startswith("ال") and len(c) > 3 else c)
                                          for c in _readings(word, enclitics)])
    return forms


_SUFFIX_LAST_LETTERS = frozenset("همنا")  # the last letters of the pronoun suffixes (`morphology._ENCLITICS`)


def _readings(word: str, enclitics: bool) -> tuple[str, ...]:
    """The forms of `candidate_forms`, articles kept, computed afresh (a new word of every
    document comes here)."""
    if word in _ROOT_INITIAL or not _ROOT_INITIAL and word in _root_initial():
        return (word,)
    cands = stem_candidates(word)
    if enclitics and not word.startswith(_DEFINITE_OPENINGS):  # `بالإضافة` is a noun: no verb suffixes
        # `enclitic_candidates`' own first test, made here: most readings end in no pronoun
        # letter and open with no `س`, and need neither the call nor an entry in its cache
        suffixed = [e for c in cands if c[-1:] in _SUFFIX_LAST_LETTERS or c[:1] == "س" for e in enclitic_candidates(c)]
        if suffixed:
            return (*cands, *suffixed)
    return cands


def _surface_skip(word: str, cand: str) -> int:
    """How many characters of a text word come before the surface of a phrase opening with its
    reading `cand`: the proclitics; a suffixed reading keeps the whole word, and the article
    stays in the surface (الأسد, not أسد)."""
    skip = len(word) - len(cand) if word.endswith(cand) else 0
    if cand is not word and not cand.startswith("ال") and word[:skip].endswith("ال"):
        skip -= 2
    return skip


def _hidden_proclitic(word: str, first_words: Set[str]) -> bool:
    return len(word) == 3 and word[0] in "وفبلك" and word[1:] in first_words


def may_open_any(word: str, first_words: Set[str]) -> bool:
    """Whether a phrase of any of several (non-enclitic) matchers, whose first words are
    `first_words` together, can open at this word: `PhraseMatcher.can_start` for all at once."""
    return any(bare in first_words for _, bare in candidate_forms(word, False)) or \
        _hidden_proclitic(word, first_words)


_ROOT_INITIAL: set[str] = set()  # `_root_initial()`, filled on first use (the lexicon loads late)


@lru_cache(maxsize=None)
def _root_initial() -> frozenset[str]:
    from .lexicon import word_classes
    words = word_classes()["root_initial"]
    _ROOT_INITIAL.update(words)
    return words
