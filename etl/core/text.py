"""Arabic normalisation for matching, with offsets that map back into the original text.

Matching runs on a normalised copy (diacritics and tatweel removed, hamza forms, alef maqsura
and ta marbuta folded, Arabic-Indic digits to ASCII). Removed characters are remembered so that
every span found in the copy maps back to the exact span of the original.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

# Harakat, Quranic marks, superscript alef and tatweel, and the invisible format characters that
# scraped text carries inside words (soft hyphen, Arabic letter mark, zero-width space / joiners,
# directional marks, embeddings and isolates, word joiner, BOM): dropped for matching.
REMOVABLE = re.compile("[\u00ad\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
                       "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

# The letter the folding turns into ه: rules that must tell `ة` from `ه` (a feminine noun from a
# pronoun suffix) look it up in the original spelling.
TA_MARBUTA = "ة"

_FOLD = {ord(a): b for a, b in {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك", "٫": ".",
    "#": " ", "_": " ",  # hashtags (#حركة_الجهاد) read as words
}.items()}
_FOLD.update({0x0660 + i: str(i) for i in range(10)})   # Arabic-Indic digits
_FOLD.update({0x06F0 + i: str(i) for i in range(10)})   # Extended (Persian) digits


def _presentation_forms() -> dict[int, str]:
    """U+FB50–U+FDFF and U+FE70–U+FEFF map to base letters; keep only 1:1 mappings so that
    offsets stay aligned (ligatures such as ﻻ are left for the caller to decode)."""
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        nfkc = unicodedata.normalize("NFKC", chr(cp))
        if len(nfkc) == 1 and nfkc != chr(cp):
            table[cp] = nfkc.translate(_FOLD)
    return table


_FOLD.update(_presentation_forms())


def _ligatures() -> dict[str, str]:
    """Presentation-form ligatures (ﻻ, ﻷ, ﷲ, ﷺ …) → their letters, folded, marks removed. Text
    copied out of PDFs is full of them; each is expanded for matching and every letter of the
    expansion maps back to the one ligature character."""
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        if cp in _FOLD:
            continue
        nfkc = unicodedata.normalize("NFKC", chr(cp))
        if nfkc == chr(cp):
            continue
        letters = REMOVABLE.sub("", nfkc).translate(_FOLD)
        table[chr(cp)] = letters if letters.strip() else ""  # a spacing mark alone: removed
    return table


_LIGATURES = _ligatures()
_LIGATURE = re.compile("[" + "".join(re.escape(c) for c in _LIGATURES) + "]")


# `fold` as one `str.replace` per distinct folded character present: each is a C loop over the
# text, where `str.translate` with a dict looks every character up in Python (4x slower on an
# article). Equal to `text.translate(_FOLD)` because every replacement is one character that is
# never itself folded (checked below).
_FOLD_CHARS = {chr(k): v for k, v in _FOLD.items()}
assert all(len(v) == 1 and v not in _FOLD_CHARS for v in _FOLD_CHARS.values())


_FOLDED = re.compile("[" + "".join(re.escape(c) for c in sorted(_FOLD_CHARS)) + "]")
# In a text of some length (an article, a paragraph), the folded characters every Arabic article
# holds (hamza seats, alef maqsura, ta marbuta) and the hashtag marks are replaced without looking
# for them first (a `replace` that finds nothing is a fast C scan); only the rare ones (digits,
# presentation forms) are looked for, by one regex search, with no list of every match made.
# A short phrase (the lexicons' tens of thousands, read at start) often holds none of them, and
# one `findall` that finds nothing is quicker than nine `replace` calls.
_COMMON_FOLDS = tuple((ch, _FOLD_CHARS[ch]) for ch in "أإآىةؤئ#_")
_RARE_FOLDED = re.compile("[" + "".join(re.escape(c) for c in sorted(_FOLD_CHARS.keys() - dict(_COMMON_FOLDS).keys())) + "]")
_SHORT_TEXT = 100  # characters


def fold(text: str) -> str:
    """Character-for-character folding (same length as the input): `text.translate(_FOLD)`."""
    if len(text) < _SHORT_TEXT:
        for ch in set(_FOLDED.findall(text)):
            text = text.replace(ch, _FOLD_CHARS[ch])
        return text
    for ch, folded in _COMMON_FOLDS:
        text = text.replace(ch, folded)
    if _RARE_FOLDED.search(text):
        for ch in set(_RARE_FOLDED.findall(text)):
            text = text.replace(ch, _FOLD_CHARS[ch])
    return text


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of `original` and the positions needed to map spans back."""

    original: str
    text: str
    _removed_at: tuple[int, ...]  # for each removed char: its position in the normalised text
    # Only when the text has ligatures (one original char → several normalised ones): for each
    # normalised position, its position in the original. Non-decreasing.
    _origin: tuple[int, ...] | None = None

    def to_normalized(self, original_pos: int) -> int:
        """Position in the normalised text of the original position (or of the next kept char)."""
        if self._origin is not None:
            return bisect.bisect_left(self._origin, original_pos)
        removed_before = bisect.bisect_left(self._removed_original, original_pos)
        return original_pos - removed_before

    @cached_property
    def _removed_original(self) -> list[int]:
        return [p + k for k, p in enumerate(self._removed_at)]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text."""
        if self._origin is not None:
            o_start = self._origin[start] if start < len(self._origin) else len(self.original)
            if end <= start:
                return o_start, o_start
            o_end = self._origin[end - 1] + 1  # a span ending inside a ligature takes all of it
        else:
            o_start = start + bisect.bisect_right(self._removed_at, start)
            if end <= start:
                return o_start, o_start
            o_end = (end - 1) + bisect.bisect_right(self._removed_at, end - 1) + 1
        # A word's trailing harakat (اتصالاً) belong to its surface.
        while o_end < len(self.original) and unicodedata.category(self.original[o_end]) == "Mn":
            o_end += 1
        return o_start, o_end


# The last `normalize` result: extraction normalises each article twice (its sentence splitter
# for the boilerplate lines, then the rules), and a text is the same object both times. Keyed
# by identity, so it cannot go stale: a `Normalized` never changes, and a string object whose
# `Normalized` is kept cannot be collected and its id reused.
_LAST_NORMALIZED: list[Normalized | None] = [None]


def normalize(original: str) -> Normalized:
    last = _LAST_NORMALIZED[0]
    if last is not None and last.original is original:
        return last
    norm = _LAST_NORMALIZED[0] = _normalized(original)
    return norm


def _normalized(original: str) -> Normalized:
    if _LIGATURE.search(original):
        return _normalize_with_ligatures(original)
    removed = []
    pieces = []
    last = 0
    for k, m in enumerate(REMOVABLE.finditer(original)):
        pieces.append(original[last:m.start()])
        removed.append(m.start() - k)
        last = m.end()
    if not removed:
        return Normalized(original, fold(original), ())
    pieces.append(original[last:])
    return Normalized(original, fold("".join(pieces)), tuple(removed))


def _normalize_with_ligatures(original: str) -> Normalized:
    """The general case: removed characters, and ligatures expanded to several letters."""
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(original):
        if REMOVABLE.match(ch):
            continue
        out = _LIGATURES.get(ch, ch)
        pieces.append(out)
        origin.extend([i] * len(out))
    return Normalized(original, fold("".join(pieces)), (), tuple(origin))


def normalize_line(phrase: str) -> str:
    """`normalize_phrase` without its cache, for text read once (a paragraph tested for
    boilerplate): caching every paragraph of a run would only hold memory."""
    return " ".join(fold(_LIGATURE.sub(lambda m: _LIGATURES[m.group()], REMOVABLE.sub("", phrase))).split())


def normalize_lines(text: str) -> list[str]:
    """`normalize_line` of each line of `text` (split at line breaks), from `normalize(text)`:
    removing marks, expanding ligatures and folding neither make nor remove a line break, so
    they give the same lines before the split as after it; and `normalize` keeps its last text,
    which extraction asks for next."""
    return [" ".join(line.split()) for line in normalize(text).text.split("\n")]


@lru_cache(maxsize=100_000)
def normalize_phrase(phrase: str) -> str:
    """Normal form of a lexicon phrase: folded, marks removed, ligatures expanded, single spaces."""
    return normalize_line(phrase)


WORD = re.compile(r"[^\W_]+", re.UNICODE)
