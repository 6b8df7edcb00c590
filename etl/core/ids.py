"""Deterministic identifiers: the same input gives the same IDs on every run and machine."""
from __future__ import annotations

import hashlib
from functools import lru_cache

from .morphology import strip_article
from .text import normalize_phrase

_TRANSLIT = dict(zip(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءة",
    ["a", "b", "t", "th", "j", "h", "kh", "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "", "gh",
     "f", "q", "k", "l", "m", "n", "h", "w", "y", "", "a"],
))


def short_hash(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def row_id(prefix: str, *parts: object) -> str:
    return f"{prefix}-{short_hash(*parts)}"


@lru_cache(maxsize=50_000)  # the same described speakers and names recur across documents
def slug(phrase: str) -> str:
    """Readable ASCII slug of an Arabic phrase (simple transliteration), e.g. كفاح ملحم → kfah-mlhm."""
    words = []
    for w in normalize_phrase(phrase).split():
        w = strip_article(w)
        t = "".join(_TRANSLIT.get(ch, ch if ch.isascii() and ch.isalnum() else "") for ch in w)
        if t:
            words.append(t.lower())
    return "-".join(words) or short_hash(phrase, length=8)
