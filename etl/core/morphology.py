"""Arabic word morphology on normalised words: the clitics a word may carry and what its shape
says it is. Every extractor reads affixes through this module.

- Proclitics (conjunction و/ف, preposition ب/ل/ك, article ال, and ل + ال written لل) and
  enclitics (pronoun suffixes, the future prefix سـ): `stem_candidates`, `enclitic_candidates`,
  `without_conjunction`, `strip_article`.
- Shapes the name rules rely on for words no lexicon lists — what a prefix or ending says a
  word is not (a preposition with a pronoun, an accusative adverb, a prepositional phrase, a
  present-tense verb): `preposition_with_pronoun`, `accusative_adverb`, `clitic_preposition`,
  `prefixed_word`, `tagged_name_clitic`.

- `analyse(word)`: every word-level reading at once, cached per distinct word — the clitics,
  the stems, the pronoun suffix, and what the shape says of a verb or noun (present prefix,
  past endings and gender, dual and plural, participle, verbal noun). The rules that need a
  token's neighbours stay in their modules and read the word's facts from it.

The inflected forms of a verb a lexicon gives by its lemma are made by `paradigms.py`.

Small and pure, in the manner of CAMeL Tools' utilities; closed-class word lists live in
`lexicons/function_words.tsv`, not here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Container

from .lexicon import load
from .text import normalize_phrase


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


def future_prefixed(word: str) -> bool:
    """The future `س` before a present prefix (`سيزور`, `ستعقد`, `سنعلن`), conjunction removed; the
    shape only: a verb whose own first letter is `س` (`سيطرت`) passes too, callers rule those out."""
    return word[:1] == "س" and word[1:2] in ("ي", "ت", "ن") and len(word) > 4


def strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def preposition_with_pronoun(word: str, prepositions: frozenset[str]) -> bool:
    """`فيها`, `عليه`, `منهم`, `علينا`: one of `prepositions` with a pronoun suffix (ه ها هم
    هما هن نا). The suffix is chosen by the word's last letter: the name rules ask this of
    most words they weigh, and most end in none of ه ا م ن."""
    last = word[-1:]
    if last == "ه":
        return word[:-1] in prepositions
    if last == "ا":
        return (word.endswith(("ها", "نا")) and word[:-2] in prepositions) or \
            (word.endswith("هما") and word[:-3] in prepositions)
    if last == "م" or last == "ن":
        return word[-2:-1] == "ه" and word[:-2] in prepositions
    return False


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


@lru_cache(maxsize=1)
def _body_head_words() -> frozenset[str]:
    """The first word of every organisation head (`org_heads.tsv`: `منظمة`, `شركة`), normalised."""
    return frozenset(normalize_phrase(r["head_ar"]).split()[0] for r in load("org_heads.tsv", ("head_ar",)))


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
    if kind == "organization" and word[:1] in "بك" and len(word) > 3 and word[1:3] != "ال":
        # `بمنظمة`, `كشركة`: a preposition before a body's head noun; before any other word the
        # letter is more often the name's own (`بايرن`, `بوينغ`, `كورنيش`, `كليفلاند`) than ب/ك
        # before a foreign name the tagger alone finds (a known body is the lexicon's)
        return clitic + word[:1] if word[1:] in _body_head_words() else clitic
    if word[:1] in "بل" and len(word) > 3 and (word[1:3] == "ال" or kind == "organization" or word[1:] in given_names):
        clitic += word[:1]
    elif word[:1] == "ك" and len(word) > 3 and word[1:3] == "ال":
        clitic += word[:1]  # `ك` ("as") rarely comes before a person: `كريم` is a name, not `ك` + `ريم`
    return clitic


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """What one normalised word's letters say about it, read once per distinct word (`analyse`).

    The rules that need a token's neighbours (is the word after a preposition, is its other-gender
    form a reporting cue) stay in their modules; they read the word's own facts here. Where two
    modules ask the same question with different thresholds both readings are kept, named for
    what they accept, so every rule keeps its behaviour.
    """
    word: str
    # proclitics
    conjunction: str  # `و`/`ف` before a word of three letters or more (`ولم` → `و`), else ""
    bare: str  # the word without that conjunction
    definite: bool  # the article opens the bare word (`والاتفاق`, `الحذر`)
    stems: tuple[str, ...]  # `stem_candidates`: without conjunction, preposition, article
    # enclitics
    pronoun_suffix: str
    """The pronoun suffix a stem of three letters or more would carry (`استعداده` → `ه`, `دعمهم` →
    `هم`), else "": a reading of letters only — normalised, the `ة` of every feminine noun is a `ه`."""
    unsuffixed: tuple[str, ...]  # `enclitic_candidates`: without a pronoun suffix or the future `س`
    # verb readings
    present_prefix: str  # the letter ي/ت/ن the bare word opens with (a present verb's person prefix, if a verb), else ""
    present_strict: bool
    """A present-tense verb by its prefix, strictly (`يتهم`, `تتهمه`, `تلتقي`; not `تحذير`, nor a
    `ت` before a three-letter stem, as often a Form V past `تعهد`): the event rules (`events`,
    `event_roles`, `event_context`), where a verbal noun read as a verb turns a reported act
    into one still due."""
    present_lenient: bool
    """A present-tense verb by its prefix ي/ت/ن, leniently (`تكون`, `نرفض` count; the verbal
    nouns تفعيل, فِعال and an accusative -an do not): the claim rules (`claim_base.is_present_verb`),
    which read it after `أن`/`قد`, where a noun is rare; closed-class words are the caller's
    business (a lexicon question). The conjunction is stripped only before four letters or more."""
    past_shape: bool  # `اشاد`, `انتقد`, `رحب`: three to six letters, no article, no present prefix — a past verb if a verb
    past_in_nun: bool  # `نفذ`, `نجحت`, `نقلوا`: a past verb whose root opens with ن, not `نفعل`
    feminine_verb: bool  # `التقت`, `تلتقي`: a verb marked for a feminine subject (past `ت`, strict present `ت`)
    agreement_gender: str | None
    """The gender a past verb or participle agrees with (`قالت`, `مضيفة` → f; `قال`, `مضيفا` → m);
    plurals, verbal nouns and present verbs → None (`SpeakerRules._cue_gender`)."""
    plural_ending: bool  # `وعبروا`, `يقولون`, `مؤكدين`: a sound plural ending وا/ون/ين
    dual_stem: str | None  # `قالا`, `قالتا`, `يقولان` → the form without its dual ending; `قلنا` → None
    oblique_plural: bool  # `المسؤولين`: a sound plural in its object or genitive case
    # noun readings
    verbal_noun: bool  # `verbal_noun_shape`: definite, a plural in ات, or a masdar with a long vowel before its last letter
    participle_of_speech: bool
    """`مؤكدا`, `مضيفة`, `قائلين`, `لافتا`: a participle going on with the sentence's speaker, by
    its م/ق/ل and its ending (not `قالوا`) — the claim rules (`SpeakerRules._is_participle`)."""
    participle_accusative: bool
    """`مضيفا`, `مؤكدة`, `مشيرا`: a م participle of five letters or more in the accusative or the
    feminine — the event rules (`RoleRules._participle`), which see no `ق`/`ل` forms (`قائلا` is not
    an event cue) and turn away four-letter `مقرا`-like nouns."""
    predicate_shape: bool
    """`اخطا`, `سافر`, `مريض`, `مستعد`: four letters of the shape أفعل, فاعل or فعيل, or a participle
    مُفعِل — a verb or predicate, not a name (`actor_person_titles._clause_word_alone`, lexicon checks aside)."""
    # verb or noun by shape: the event-role rules (`event_roles_shapes.WordShapes`), which add what
    # the token's neighbours and the trigger lexicon say
    fuul_shape: bool
    """`هجوم`, `دخول`: four letters with `و` third, the verbal-noun pattern فعول, which no past verb
    takes (a present verb may: `يقول`, a lexicon question); not the plural past of a root ending in a
    vowel (`دعوا`, `رموا`: `و` and the `ا` of the plural)."""
    marked_past: bool
    """`أغلقت`, `أغلقوا`, `الغت`, `استنكروا`: four to eight letters (forms I to X) ending in a past
    verb's subject marker (`ت`, not the plural `ات`; `وا`), whatever the word opens with (a verb's
    normalised `أ` may read like the article)."""
    past_verb_shape: bool
    """`ضرب`, `وفت`, `قامت`: a past verb by the letters as written (a `و` may be the verb's own):
    `past_shape` or a `ت` ending, with no verbal noun's shape (`verbal_noun`, `fuul_shape`) and no
    noun's ending (`ه`, `ي`, `ا`, `ات`) or opening (the article, `ب`, `ل`, `ك`); not `بمثابة`,
    `الغارات`, `هجوم`."""
    verb_shape: bool
    """`ونفى`, `يدعمه`: no verbal noun by its shape and no feminine noun's `ة` (normalised `ه`) but on
    a strict present verb — a word a verb may be (`زيارة` is not)."""


_PLURAL_ENDINGS = ("وا", "ون", "ين")


def _present_strict(bare: str, verbal_noun: bool) -> bool:
    if len(bare) < 4 or verbal_noun:
        return False
    return bare[0] == "ي" or bare[:2] == "تت" or bare[:3] == "تست" or (bare[0] == "ت" and len(bare) >= 5 and bare[-1] == "ي")


def _present_lenient(word: str) -> bool:
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if len(w) == 5 and w[0] == "ت" and w[3] == "ي":
        return False  # `تفكيك`, `تعزيز`: the verbal noun تفعيل, not a verb (`إن تفكيك ...` is content)
    if len(w) == 4 and w[0] == "ن" and w[2] == "ا":
        return False  # `أن نظام`, `أن نجاح`: the noun فِعال, not a verb in the first person plural
    if len(w) >= 5 and w.endswith("ا") and not w.endswith(("وا", "يا")):
        return False  # `أن تحقيقا يجري`, `أن نظاما جديدا`: an indefinite accusative noun (-an), not a verb
    return len(w) >= 3 and w[0] in "يتن"


def _agreement_gender(w: str) -> str | None:
    if w.endswith(("وا", "ون", "ين", "ان")) or len(w) < 3 or w[:1] in "يت":
        return None
    if w[:1] == "م" or w.endswith(("ا", "ه")) and w[:1] in "ق":  # participles: مضيفا / مضيفة, قائلا / قائلة
        return "f" if w.endswith("ه") else "m" if w.endswith("ا") else None
    if w.endswith("ت"):
        return "f"
    return "m" if len(w) <= 5 and not w.endswith(("ه", "ا")) else None


def _dual_stem(w: str) -> str | None:
    if w.endswith("نا"):
        return None  # `قلنا`: we said (the first person plural, not a dual)
    stem = w[:-2] if w.endswith(("تا", "ان")) and len(w) > 4 else w[:-1] if w.endswith("ا") else None
    if stem is not None and w.endswith("ان") and stem[:1] not in "يت":
        return None  # `بيان`, `ميدان`: a dual in ان only on a present verb
    return stem or None


def _pronoun_suffix(bare: str) -> str:
    if bare[-1:] not in ("ا", "م", "ن", "ه"):
        return ""  # no suffix ends otherwise: most words
    return next((s for s in _ENCLITICS if bare.endswith(s) and len(bare) - len(s) >= 3), "")


@lru_cache(maxsize=200_000)
def analyse(word: str) -> WordAnalysis:
    """Every word-level reading of a normalised word, cached: rules call it per token."""
    bare = without_conjunction(word)
    verbal_noun = verbal_noun_shape(word)
    present_strict = _present_strict(bare, verbal_noun)
    fuul_shape = len(bare) == 4 and bare[2] == "و" and bare[3] != "ا" and bare.isalpha()
    past_shape = 3 <= len(bare) <= 6 and bare.isalpha() and not bare.startswith(("ال", "ي", "ت", "ن"))
    return WordAnalysis(
        word=word,
        conjunction=word[:1] if bare != word else "",
        bare=bare,
        definite=bare.startswith("ال"),
        stems=stem_candidates(word),
        pronoun_suffix=_pronoun_suffix(bare),
        unsuffixed=enclitic_candidates(word),
        present_prefix=bare[:1] if bare[:1] in ("ي", "ت", "ن") else "",
        present_strict=present_strict,
        present_lenient=_present_lenient(word),
        past_shape=past_shape,
        past_in_nun=bare[:1] == "ن" and (len(bare) == 3 or len(bare) >= 4 and bare.endswith(("ت", "وا"))),
        feminine_verb=(bare.endswith("ت") and not bare.endswith("ات")) or (present_strict and bare[0] == "ت"),
        agreement_gender=_agreement_gender(bare),
        plural_ending=bare.endswith(_PLURAL_ENDINGS),
        dual_stem=_dual_stem(bare),
        oblique_plural=bare.endswith("ين"),
        verbal_noun=verbal_noun,
        participle_of_speech=word[:1] in "مقل" and word.endswith(("ا", "ه", "ين")) and len(word) >= 4
        and not word.endswith("وا"),
        participle_accusative=word.startswith("م") and word.endswith(("ا", "ه")) and len(word) >= 5,
        predicate_shape=len(word) == 4 and (word[0] == "ا" or word[1] == "ا" or word[2] == "ي")
        or len(word) >= 5 and word[0] == "م" and word[1] not in "او",
        fuul_shape=fuul_shape,
        past_verb_shape=not verbal_noun and not fuul_shape and not word.endswith(("ه", "ي", "ا", "ات"))
        and not word.startswith(("ال", "ب", "ل", "ك")) and (past_shape or 3 <= len(word) and word.endswith("ت")),
        verb_shape=not verbal_noun and not (bare.endswith("ه") and not present_strict),
        marked_past=4 <= len(bare) <= 8 and bare.isalpha() and bare.endswith(("وا", "ت")) and not bare.endswith("ات"),
    )
