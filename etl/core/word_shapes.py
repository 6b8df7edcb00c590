"""Word shapes the name rules rely on: what a word's prefix or ending says it is not (a
preposition, a verb, an accusative), for words the lexicons do not list."""
from __future__ import annotations

from typing import Container


def preposition_with_pronoun(word: str, prepositions: frozenset[str]) -> bool:
    """`فيها`, `عليه`, `منهم`, `علينا`: one of `prepositions` with a pronoun suffix."""
    return any(word.endswith(p) and word[:-len(p)] in prepositions for p in ("ه", "ها", "هم", "هما", "هن", "نا"))


def accusative_adverb(word: str) -> bool:
    """A verbal noun or adjective in the accusative, used as an adverb or object (`غضبا`,
    `تحضيرا`, `رسميا`, `اتصالا`, `انسحابا`, `استعدادا`); foreign family names also end in ا
    (`موخيكا`, `أوباما`), but not in these shapes."""
    if not word.endswith("ا"):
        return False
    derived = len(word) >= 6 and (word[:2] in ("ان", "ات", "اف") and word[-3] == "ا" or word.startswith("است"))
    return len(word) == 4 or word.startswith("ت") and len(word) >= 5 or word.endswith("يا") or derived


def clitic_preposition(word: str) -> bool:
    """`بإدانة`, `لترجيح`, `بالانسحاب`: a prepositional phrase, not part of a name
    (`للمسيرات`, `للطيران` — ل with the article — do occur in names)."""
    return (word[:1] == "ب" and len(word) > 3) or (word[:1] == "ل" and not word.startswith("لل") and len(word) > 3)


def prefixed_word(word: str, stop: frozenset[str], expected: bool = False) -> bool:
    """`و`/`ب`/`ل` + a word that is not a name: an article (`بالانسحاب`), a stop word, or a
    present-tense verb (`ويدعى`; where a name is expected, `ويلسون` is one)."""
    if word[:1] not in "وبل" or len(word) <= 3:
        return False
    rest = word[1:]
    return rest.startswith("ال") or rest in stop or (not expected and rest[:1] in "يت" and len(rest) <= 5)


def tagged_name_clitic(word: str, kind: str, given_names: Container[str]) -> str:
    """The proclitics before a name the tagger found, which the tagger's span includes:
    `وجون` → `و`, `لمنظمة` → `ل`, `للجنة` → `لل` (the article's alef is written into the `ل`);
    `وليد` and `فيصل` are names of their own (in `given_names`)."""
    if word in given_names:
        return ""
    clitic = ""
    if word[:1] in "وف" and len(word) > 3:
        clitic, word = word[:1], word[1:]
    if word.startswith("لل") and len(word) > 4:
        return clitic + "لل"
    if word[:1] in "بلك" and len(word) > 3 and (word[1:3] == "ال" or kind == "organization" or word[1:] in given_names):
        clitic += word[:1]
    return clitic
