"""Arabic word morphology on normalised words: the clitics a word may carry and what its shape
says it is. Every extractor reads affixes through this module.

- Proclitics (conjunction و/ف, preposition ب/ل/ك, article ال, and ل + ال written لل) and
  enclitics (pronoun suffixes, the future prefix سـ): `stem_candidates`, `enclitic_candidates`,
  `without_conjunction`, `strip_article`.
- Shapes the name rules rely on for words no lexicon lists — what a prefix or ending says a
  word is not (a preposition with a pronoun, an accusative adverb, a prepositional phrase, a
  present-tense verb): `preposition_with_pronoun`, `accusative_adverb`, `clitic_preposition`,
  `prefixed_word`, `tagged_name_clitic`.

The inflected forms of a verb a lexicon gives by its lemma are made by `paradigms.py`.

Small and pure, in the manner of CAMeL Tools' utilities; closed-class word lists live in
`lexicons/function_words.tsv`, not here.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Container

@lru_cache(maxsize=200_000)
def stem_candidates(word: str) -> tuple[str, ...]:
    """The word itself and the forms left after stripping proclitics (longest strip last).

    `والأسد` → (`والاسد`, `الاسد`, `اسد`); short remainders are not offered, so that
    `بلد` never becomes `لد`.
    """
    opening = word[:1]
    if opening == "ا":  # most words open with no proclitic letter: their answer is quick
        return (word, word[2:]) if word.startswith("ال") and len(word) > 3 else (word,)
    if opening not in "وفبلك" or not opening:
        return (word,)
    out = [word]
    # ل + ال contracts to لل (after an optional و/ف); string tests, not a regex: a new word of
    # every document comes here
    lil = 2 if word.startswith("لل") else 3 if opening in "وف" and word[1:3] == "لل" else 0
    if lil and len(word) - lil >= 2:
        out.append(word[lil:])
        out.append("ال" + word[lil:])
    if opening in "وف" and len(word) > 3:
        out.append(word[1:])
    for cand in list(out):
        if cand[:1] in "بلك" and len(cand) > 3 and cand[1:] not in out:
            out.append(cand[1:])
    for cand in list(out):
        if cand.startswith("ال") and len(cand) > 3 and cand[2:] not in out:
            out.append(cand[2:])
    return tuple(dict.fromkeys(out))


_ENCLITICS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


@lru_cache(maxsize=200_000)
def enclitic_candidates(word: str) -> tuple[str, ...]:
    """Forms of a word without a pronoun suffix: `استعداده` → `استعداد`, `مساندته` → `مسانده`
    (ta marbuta, folded to ه, is written ت before a suffix), `لقائه` → `لقاء` (the hamza sits
    on ي or و before a suffix); and without the future prefix سـ: `ستنتشر` → `تنتشر`.
    Proclitics are the caller's business (`stem_candidates`)."""
    if word[-1:] not in "همنا" and word[:1] != "س" or not word:
        return ()  # no suffix, no future prefix: most words
    out = []
    if word[:1] == "س" and word[1:2] in ("ي", "ت", "ن", "ا") and len(word) > 4:
        out.append(word[1:])
    for suffix in _ENCLITICS:
        if not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        if len(stem) >= 3:
            out.append(stem)
            if stem.endswith("ت"):
                out.append(stem[:-1] + "ه")
            elif stem.endswith(("ي", "و")):
                out.append(stem[:-1] + "ء")
            break
    return tuple(dict.fromkeys(c for c in out if c != word))


def without_conjunction(word: str) -> str:
    """The word without one leading conjunction و/ف (`ولم` → `لم`, `وسيزور` → `سيزور`)."""
    return word[1:] if word[:1] in "وف" and len(word) > 2 else word


def with_conjunctions(words) -> frozenset[str]:
    """Every word whose `without_conjunction` form is one of `words` (the word itself, or it
    after و/ف), for one set lookup per token instead of stripping each token."""
    return frozenset([w for w in words if without_conjunction(w) == w] +
                     [p + w for w in words for p in "وف" if without_conjunction(p + w) == w])


def verbal_noun_shape(word: str) -> bool:
    """A verbal noun rather than a verb, from its shape (conjunction removed): definite, a plural
    in `ات`, or a derived masdar with a long vowel before its last letter (`اعتقال`, `استهداف`, `تفريق`)."""
    word = without_conjunction(word)
    return word.startswith("ال") or word.endswith("ات") or (len(word) >= 5 and word[-2] in "اي")


def strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


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
    if word[:1] in "بل" and len(word) > 3 and (word[1:3] == "ال" or kind == "organization" or word[1:] in given_names):
        clitic += word[:1]
    elif word[:1] == "ك" and len(word) > 3 and (word[1:3] == "ال" or kind == "organization"):
        clitic += word[:1]  # `ك` ("as") rarely comes before a person: `كريم` is a name, not `ك` + `ريم`
    return clitic
