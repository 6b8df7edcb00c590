"""Whether a claim's source that the rules gave only by words, with no actor made of them, is an
unnamed source, anonymous by the annotation conventions: unnamed sources, witnesses, residents,
unnamed media and people described only by what they are (`تجار`, `مزارعون`, `بعض المحتجين`,
`طبيب`, `مسؤول كبير`). An unnamed official OF A NAMED BODY (`متحدث باسم الوزارة`, `مسؤولون في
الشركة`) speaks for that body and is not anonymous, nor is a definite title or person noun
(`الوزير`, `الطبيب`), which refers back to someone the article named, nor a demonstrative phrase
(`هؤلاء المسؤولون`).

The test reads the same lexicons the actor rules read for a speaker they name by words
(`actors.ActorFinder.described`): anonymous-source heads, collective heads, person nouns and titles.
"""
from __future__ import annotations

from functools import lru_cache

from .actor_lexicon import actor_lexicon
from .lexicon import word_classes
from .matching import PhraseMatcher
from .morphology import strip_article, without_conjunction
from .text import normalize_phrase

_LONGEST_HEAD = 3  # words of the longest head tried (`شهود عيان`, `وسائل الإعلام`)


def is_unnamed_source(source_text: str) -> bool:
    """`source_text` as written (the claim row's), or ""."""
    if not source_text:
        return False
    phrase = normalize_phrase(source_text)
    # `وسائل`, `وزير` open with a و of their own; `ومصادر` with the conjunction
    return _unnamed_words(phrase) or phrase[:1] in "وف" and _unnamed_words(without_conjunction(phrase))


@lru_cache(maxsize=8192)
def _unnamed_words(phrase: str) -> bool:
    words = phrase.split()
    if not words:
        return False
    words[0] = _without_lam(words[0])
    lex, classes = actor_lexicon(), word_classes()
    if words[0] in classes["demonstrative"]:
        return False
    if strip_article(words[0]) in lex.quantifiers and len(words) > 1:
        rest = words[2:] if words[1] == "من" else words[1:]  # `عدد من الخبراء`, `بعض المحتجين`
        return bool(rest) and _head_length(lex.anon_heads, rest) + _head_length(lex.collectives, rest) > 0
    official = strip_article(words[0]) in classes["official_noun"]
    if not official and _head_length(lex.anon_heads, words):
        return True  # `مصادر أمنية في العاصمة`, `شهود عيان`, `المصادر`: unnamed however qualified
    if words[0].startswith("ال"):
        return False  # `الطبيب`, `المسؤول`, `القادة`: people the article named before
    if _head_length(lex.collectives, words):
        return True  # `تجار`, `مزارعون في القرية`: a group described only by what its members are
    # `مسؤول نفط عراقي`, `متحدث عسكري`, `طبيب`: an office or a role and at most two qualifiers
    # after it, the last an adjective; a body or a name after it (`باسم الوزارة`, `في الشركة`,
    # `محافظ الإقليم`, `سفيرة كندا X`) makes the body or the person the source
    head = 1 if official else _head_length(lex.titles, words) or _head_length(lex.person_nouns, words)
    qualifiers = words[head:]
    return head > 0 and len(qualifiers) <= 2 and all(_plain_word(w, classes, lex) for w in qualifiers) \
        and (not qualifiers or _adjective_shaped(qualifiers[-1], classes, lex))


def _without_lam(word: str) -> str:
    """The first word without the `لـ` of `وفقا لـ` that took its article's place (`للسلطات` → `السلطات`)."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    return word


def _head_length(matcher: PhraseMatcher, words: list[str]) -> int:
    """How many of the first words make a phrase of `matcher` (0: none)."""
    return next((n for n in range(min(_LONGEST_HEAD, len(words)), 0, -1) if " ".join(words[:n]) in matcher), 0)


def _plain_word(word: str, classes, lex) -> bool:
    """An indefinite word after an office (`نفط`, `عراقي`): not a definite body, a preposition,
    `باسم`, a conjunction, or a given name."""
    return word.isalpha() and not word.startswith(("ال", "لل")) and word not in classes["preposition"] \
        and word != "باسم" and word not in classes["conjunction"] and not lex.given_names.has_word(word)


def _adjective_shaped(word: str, classes, lex) -> bool:
    """`كبير`, `سابق` (source adjectives), `عراقي`, `إيرانيون` (a gentilic or nisba), `مطلعة`."""
    if word in classes["source_adjective"] or lex.gentilics.has_word(word):
        return True
    if word.endswith("ه") and not word.endswith("يه"):
        return word.startswith("م")  # a participle: `مطلعة`, `موثوقة`
    return word.endswith(("يه", "ي", "ين", "يون"))
