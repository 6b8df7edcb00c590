"""Language of a document body, from its script and function words.

Hand-written because the choice is narrow (is it Arabic, and if not, what to record) and the
statistical detectors on PyPI add model files and start-up time for no gain on that question.
"""
from __future__ import annotations

import re

_ARABIC_CHARS = re.compile("[\u0600-\u06ff\ufb50-\ufeff]+")
_ASCII_LETTERS = re.compile("[A-Za-z]+")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
# The Arabic characters counted in a text's UTF-8 bytes: U+0600–U+06FF are exactly the two-byte
# sequences whose lead byte is D8–DB (a lead byte is never a continuation byte), and the
# presentation forms U+FB50–U+FEFF, three bytes opening with EF, are counted by the regex only
# in a text that holds an EF byte at all (few do).
_ARABIC_LEAD_BYTES = (b"\xd8", b"\xd9", b"\xda", b"\xdb")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufeff]")
_ASCII_LETTER_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "du", "sur"},
    "es": {"el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "que", "en"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "auf"},
}


def detect_language(text: str, sample: int = 20_000) -> str:
    """ISO 639-1 code: `ar`, `fa`, `ur`, a Latin-script language, or `und`."""
    head = text[:sample]
    arabic, latin = _script_counts(head)
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


def _script_counts(head: str) -> tuple[int, int]:
    """(Arabic characters, ASCII letters) of `head`: what `_ARABIC_CHARS` and `_ASCII_LETTERS`
    match, counted in its UTF-8 bytes by C-level `count` and `translate` (a regex substitution
    of each over the text took a quarter of reading a document)."""
    data = head.encode("utf-8", "surrogatepass")  # (a lone surrogate: three bytes opening with ED)
    arabic = sum(map(data.count, _ARABIC_LEAD_BYTES))
    if b"\xef" in data:
        arabic += len(_PRESENTATION_FORMS.findall(head))
    # ASCII bytes stand only for ASCII characters in UTF-8: deleting the letters' bytes counts them
    latin = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    return arabic, latin
