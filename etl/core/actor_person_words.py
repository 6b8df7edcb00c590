"""The shapes of words the person rules test without the lexicons, and `PersonState`.

A verb's, a verbal noun's or a participle's shape ends a name or is none (`_derived_past_verb`,
`_present_verb_after_name`); transliterated foreign names have shapes of their own
(`_transliterated_family_name`: `-سون`, `تش`; a final و). `PersonState` is what the person mixins
read of `actors.ActorFinder`."""
from __future__ import annotations

from .actor_lexicon import Actor, ActorLexicon
from .lexicon import word_classes
from .matching import Token
from .morphology import accusative_adverb, clitic_preposition
from .text import Normalized

_YEAR_NOUNS = word_classes()["year_noun"]


class PersonState:
    """What the person mixins read of `actors.ActorFinder` (set in its `__init__`): annotations
    only, no values. They also call its methods and the other actor mixins' (`_comma_before(k)`,
    `_written(start, end, name)`, `_remember_surname(k, actor)`, `_coref(i)`, `_lexicon`, `_group`,
    `_organisation`, `_quoted_body`, `_gentilic_after`, `_nisba_after`, `_country_of`,
    `_by_given_name`, `_by_family_name`, ...), and each other's through `PersonRules`."""

    tokens: list[Token]
    text: str  # the normalised text
    lex: ActorLexicon
    original: Normalized | None  # the text as written (`علي` with its ya, a ta marbuta, the article)
    surnames: dict[str, Actor]  # the family names the document has named, by their bare form
    title_refs: dict[tuple[str, ...], Actor]  # a bare title's holder, by the title and its qualifiers


def _derived_verbal_noun(word: str, after_ba: bool) -> bool:
    """The shape of a verbal noun of a derived form, hamza written bare: إفعال (`انقاذ`),
    انفعال / افتعال (`انسحاب`, `ارتداء`), استفعال (`استمرار`). After `ب` foreign names take
    these shapes too (`باسكال`, `بانهام`, `باستيان`): there only the forms that cannot be one."""
    if not word.startswith("ا") or len(word) < 5 or word[-2] != "ا":
        return False
    if len(word) == 5:
        return not after_ba
    if len(word) == 6:
        return word[1] == "ن" or word[2] == "ت" and not (after_ba and word[3] in "يو")
    return len(word) == 7 and word.startswith("است")


def _adjunct_opener(word: str) -> bool:
    """A preposition joined to a noun (`بغرض`, `بنشر`, `بإجلاء`, `لحل`): after a title, alone or
    before a definite genitive, it opens an adjunct of the clause, not the holder's name. Two
    name-shaped words after a title are a name whatever the first word's letters (`باتستسيغ
    باتمونخ`); a foreign family name in ب alone after a title (`بنسودا`) is lost, in news it is
    mostly known or written with its given name."""
    return clitic_preposition(word) or len(word) == 3 and word[0] in "بل"


def _adjunct_alone(word: str) -> bool:
    """One word after a title that is no name by itself: an adjunct's opener (`الرئيس [بغرض] عزله`,
    `القاضي [بإجلاء]`, `المرجع [لحل] القضايا`), a year noun (`الملك [عام] 1547`) or a participle in
    the accusative (`قال الوزير [مازحا]`)."""
    return _adjunct_opener(word) or word in _YEAR_NOUNS or word[0] == "م" and word.endswith("ا") and len(word) >= 5 \
        or accusative_adverb(word) and not word.endswith("يا") or len(word) == 3 and word.endswith("ا")
    # (`قال الوزير [تعليقا] على ...`, `الرئيس [ردا] على ...`: a verbal noun in the accusative, a
    # doubled root's of three letters included, is the clause's adverb, not the holder's name; one
    # in يا is as often a woman's name, `الملكة صوفيا`)


def _verbal_noun_alone(word: str) -> bool:
    """`عرض الرئيس الأمريكي [إجراء] محادثات`, `انتقد الرئيس الروسي [انسحاب] واشنطن`: one word of the
    verbal noun إفعال or انفعال after a title is the clause's object, no name (a long vowel after the
    alif is a transliteration, `إيفان`; two words, `إدغار موران`, are a name)."""
    return word[1:2] not in ("ي", "و") and _derived_verbal_noun(word, after_ba=False)


def _derived_past_verb(word: str) -> bool:
    """`إن الرئيس [امتلك]`, `الفريق [اعترف]`: a past verb of Form VIII (افتعل: ا, a root letter, ت)
    or VII (انفعل), five letters; one such word alone after a title is the clause's verb."""
    return len(word) == 5 and word[0] == "ا" and word[1] not in "اوي" and (word[2] == "ت" or word[1] == "ن") \
        and word[-1] not in "اه"  # (`إيتان` is a name: a long vowel after its first letter)


def _present_verb_after_name(word: str) -> bool:
    """`جون [يزور]`, `مايكل [تهب] الرياح`: a present verb by its person prefix ي/ت before two to four
    letters. A transliterated family name in ي/ت mostly has a long vowel or `ش`/`س` after the
    first letter (`تايلور`, `يونغ`, `تيري`, `تشين`, `تسيبراس`); a known name is the caller's test."""
    return 3 <= len(word) <= 5 and word[0] in "يت" and word[1] not in "اويشس" and not word.endswith(("ه", "ي"))


def _feminine_past_verb(word: str, gender: str | None) -> bool:
    """`سارة يوسف [توفيت]`: a past verb with the feminine subject suffix ت, by its stem's shape, after
    a name no known man's given name opens (`جيمس [بلنت]` is a family name)."""
    if gender == "m" or not word.endswith("ت"):
        return False
    stem = word[:-1]
    # a sound or doubled root of three letters (`كسرت`, `حققت`, `تلقت`), or a Form V of a defective
    # root (`توفيت`, `تبنت`); a family name in ت mostly carries a long vowel (`وايت`, `روليت`, `شوبرت`)
    return len(stem) == 3 and not any(c in "اوي" for c in stem) or len(stem) == 4 and stem[0] == "ت" and stem[-1] == "ي"


def _transliterated_family_name(word: str) -> bool:
    """`ريكس [تيرلسون]`, `مارلين [تشيابا]`, `ستيف [بيرغ]`: shapes of foreign family names that the
    Arabic word-shape tests read as something else: a present verb in ت ending like a plural
    (`-سون`, `-مان`, English and German patronymics), the digraph `تش` ("ch", which opens no
    Arabic noun or verb of six letters or more but the verbal nouns `تشديد`, `تشجيع` in the
    accusative, which do not follow a bare given name), and ب before ي (`بيرغ`, `بيلوتي`: ب is no
    prefix of a verb). Only right after a known foreign given name, where a family name is due."""
    if len(word) < 4 or not word.isalpha():
        return False
    if word.startswith("سي"):
        return _si_family_name(word)
    if len(word) >= 7 and word.endswith("نا") and word[-3] in "وي" and word[0] not in "يت":
        return True  # `دييغو [مارادونا]`: no noun with the pronoun `نا` (`بلادنا`, `يدعونا`) ends so after a long stem
    if word[0] == "ت":
        return len(word) >= 6 and (word.endswith(("سون", "مان")) or word.startswith("تش") and not word.endswith(("ون", "ان", "ين")))
    return word.startswith("بي") and not word.endswith(("ها", "هم", "هما", "هن", "نا", "ته", "ات"))


def _si_family_name(word: str) -> bool:
    """`دييغو [سيموني]`, `تياغو [سيلفا]`: a family name in سي that the shape tests read as a future
    verb (سـ + a present verb in ي). A future verb of a singular subject ends in a root letter; in a
    vowel letter only where its root is defective, and then it is short (`سيمضي`, `سيدعو`) or of a
    derived form with ت or ا inside (`سيلتقي`, `سيتولى`, `سيلاقي`, `سينتهي`); no such verb ends in ا
    but a plural's `وا`."""
    if word.endswith("ا"):
        return len(word) >= 5 and not word.endswith("وا")
    return len(word) >= 6 and word[-1] in "يو" and word[2] not in "تن" and word[3] not in "تا"


def _transliterated_name_word(word: str) -> bool:
    """A word of a shape Arabic words hardly take and transliterated names often do: a final و
    after four letters or more (`إيسكو`, `كاسيميرو`, `فيرمينو`; not a present verb of a root in
    و, `يدعو`, nor a word with a pronoun), or the Slavic ending `-تش` (`مودريتش`)."""
    if len(word) < 4 or not word.isalpha() or word.startswith(("ال", "لل")):
        return False
    return word.endswith("و") and word[0] not in "يت" and not word.endswith("هو") and len(word) >= 5 \
        or len(word) >= 5 and word.endswith("تش")


def _foreign_in_alif(word: str) -> bool:
    """`أندجي [دودا]`, `جاكوب [زوما]`, `مونيكا [جوما]`: where a name is expected, a word of four
    letters in ا with a long vowel after its first letter and none after its second is a
    transliterated family name; the Arabic adverbs in the accusative that have this shape (`فورا`,
    `دوما`) follow a verb, not a name right after a title or in a speaker slot."""
    return len(word) == 4 and word[1] in "وي" and word[2] not in "اوي" and word[0] not in "وي"


def _clan_name(word: str) -> bool:
    """`الطراونة`, `الخصاونة`, `الرواشدة`: a definite broken plural of the pattern فعاللة is a
    family's (clan's) name, though a word in ة is mostly a noun (a verbal noun of this length
    opens with م: `المعارضة`, `المساعدة`)."""
    bare = word[2:] if word.startswith("ال") else ""
    return len(bare) == 6 and bare[2] == "ا" and bare.endswith("ه") and bare[0] != "م"


def _foreign_si_name(word: str) -> bool:
    """`سيغولين`, `سيلفستر`: a long foreign given name in سي where a name is expected (after a
    title), not a future verb: of a derived form (`سيتفاوض`, `سيستقبل`) or with a plural or dual
    ending (`سيشاركون`, `سيجتمعان`)."""
    return len(word) >= 7 and word[2] != "ت" and word[2:4] != "ست" and not word.endswith(("ون", "ان", "وا"))
