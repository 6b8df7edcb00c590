"""Language of a document body, from its script and function words.

Hand-written because the choice is narrow (is it Arabic, and if not, what to record) and the
statistical detectors on PyPI add model files and start-up time for no gain on that question.
"""
from __future__ import annotations

import re

_ARABIC_CHARS = re.compile("[\u0600-\u06ff\ufb50-\ufeff]+")
_ASCII_LETTERS = re.compile("[A-Za-z]+")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "du", "sur"},
    "es": {"el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "que", "en"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "auf"},
}


def detect_language(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code: `ar`, `fa`, `ur`, a Latin-script language, or `und`."""
    head = text[:sample]
    arabic = len(head) - len(_ARABIC_CHARS.sub("", head))  # counted by what removing them removes: no list
    latin = len(head) - len(_ASCII_LETTERS.sub("", head))
    # letters of other scripts: counted one character at a time only when the bound (every
    # character but spaces and line breaks) cannot settle the Arabic test
    other_at_most = len(head) - head.count(" ") - head.count("\n") - arabic - latin
    other = None
    if arabic and arabic >= latin and other_at_most > arabic:
        other = sum(map(str.isalpha, head)) - arabic - latin
    if arabic and arabic >= latin and (other_at_most <= arabic or arabic >= other):
        persian = sum(head.count(ch) for ch in "پچژگ")
        urdu = sum(head.count(ch) for ch in "ٹڈڑںے")
        if urdu > 5 and urdu >= persian:
            return "ur"
        return "fa" if persian > 5 and persian / arabic > 0.01 else "ar"
    if other is None:
        other = sum(map(str.isalpha, head)) - arabic - latin
    if latin and latin >= other:
        words = [w.lower() for w in _LATIN_WORD.findall(head)]
        scores = {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}
        best = max(scores, key=scores.get)
        return best if scores[best] > 0 else "und"
    return "und"
