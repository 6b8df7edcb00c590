"""Event triggers from the lexicon: contiguous triggers (event_triggers.tsv) and the verb heads
of discontinuous collocations (event_collocations.tsv: `أجرى X محادثات`), in one matcher."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import _files, load, normalize_phrase, phrase_key, read_tsv, split_variants
from .lexicon import word_classes
from .matching import _DEFINITE_OPENINGS, PhraseMatch, PhraseMatcher, Token
from .morphology import stem_candidates
from .paradigms import parse_paradigm, verb_forms
from .text import TA_MARBUTA

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Trigger:
    event_type: str
    event_mode: str | None
    verb_form: bool = False  # only a verb form of a paradigm (`طالب`, `يدين`): a word with the article is no match


@dataclass(frozen=True)
class Collocation:
    objects: PhraseMatcher[bool]
    trigger: Trigger
    max_gap: int


@dataclass(frozen=True)
class Head:
    """A collocation verb: its collocations, and the trigger the word is on its own (`استقبل`
    CONSULT, but `استقبلت ألمانيا ... لاجئ` AID), if any."""
    collocations: tuple[Collocation, ...]
    alone: Trigger | None


def trigger_alone(found: PhraseMatch | None) -> Trigger | None:
    """The trigger a match of `trigger_matcher` is on its own: a plain trigger's, or a collocation
    head's `alone` (None for a head that needs its object, and for no match)."""
    if found is None:
        return None
    return found.value.alone if isinstance(found.value, Head) else found.value


def types_of(found: PhraseMatch) -> set[str]:
    """The event types a match of `trigger_matcher` can give: a plain trigger's type, or a
    collocation head's types with each of its objects and on its own."""
    value = found.value
    if not isinstance(value, Head):
        return {value.event_type}
    return {c.trigger.event_type for c in value.collocations} | ({value.alone.event_type} if value.alone is not None else set())


@lru_cache(maxsize=None)
def collocation_heads() -> list[tuple[str, tuple[Collocation, ...]]]:
    """Verb heads of discontinuous triggers (`event_collocations.tsv`), each with its collocations."""
    by_head: dict[tuple[str, ...], list] = {}
    for r in load("event_collocations.tsv", ("head_ar", "object_ar", "event_type", "event_mode", "max_gap")):
        if r["event_type"] not in PLOVER_TYPES:
            continue
        c = Collocation(PhraseMatcher((o, True) for o in split_variants(r["object_ar"])),
                        Trigger(r["event_type"], r["event_mode"] or None), int(r["max_gap"]))
        for h in split_variants(r["head_ar"]):
            by_head.setdefault(phrase_key(h), [h, []])[1].append(c)
    return [(h, tuple(cs)) for h, cs in by_head.values()]


@lru_cache(maxsize=None)
def trigger_matcher() -> PhraseMatcher[Trigger | Head]:
    """Contiguous triggers and the verb heads of discontinuous ones in one matcher (one lookup a
    word); a longer contiguous trigger wins over a head (`أطلق سراح`), a head over a trigger of
    the same word when its object follows."""
    rows = load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))
    verbs = verb_only_keys() | {(w,) for w in _ARTICLELESS_PARTICIPLES}
    triggers: dict[tuple[str, ...], tuple[str, Trigger]] = {}
    for r in rows:
        if r["event_type"] in PLOVER_TYPES:
            key = phrase_key(r["trigger_ar"])
            triggers.setdefault(key, (r["trigger_ar"], Trigger(r["event_type"], r["event_mode"] or None, key in verbs)))
    heads = [(h, Head(cs, triggers.pop(phrase_key(h), (None, None))[1])) for h, cs in collocation_heads()]
    return TriggerMatcher([*triggers.values(), *heads], enclitics=True)


# `رافضين`, beside the main verb, tells an act; `الرافضين` names the ones who refuse (function_words.tsv):
# like a verb form, such a participle is a trigger only without the article
_ARTICLELESS_PARTICIPLES = word_classes()["participle_no_article"]


@lru_cache(maxsize=None)
def verb_only_keys() -> frozenset[tuple[str, ...]]:
    """Keys of triggers that can only be verbs, so never carry the article: present forms (`يدين`)
    and suffixed past forms of a row's paradigm, and a bare past of the shape `فاعل` (`طالب`, `قاتل`:
    with the article, `الطالب` and `القاتل` are the student and the killer). Not a bare past of
    another shape, which is also a verbal noun (`قتل`/`القتل`, `تعاون`/`التعاون`), a present `تفاعل`
    (`توافق`, she agrees, is also the verb and noun of consensus, `التوافق`), a form opening with `ا`
    (`ألقى` is written `القي`), or any key a row or another cell spells the same."""
    verbs: set[tuple[str, ...]] = set()
    others: set[tuple[str, ...]] = set()
    for path in _files("event_triggers.tsv"):
        for r in read_tsv(path, ("trigger_ar", "event_type", "event_mode")):
            if not r.get("paradigm"):
                others.add(phrase_key(r["trigger_ar"]))
                continue
            paradigm = parse_paradigm(r["paradigm"])
            first, *rest = r["trigger_ar"].split()
            forms = verb_forms(first, paradigm.present, paradigm.doubled)
            for cell in paradigm.cells:
                form = normalize_phrase(forms[cell])
                key = phrase_key(" ".join([forms[cell], *rest]))
                participle_shape = len(form) == 4 and form[1] == "ا"
                mutual_shape = len(form) == 5 and form[0] == "ت" and form[2] == "ا"  # `توافق`: also Form VI, `التوافق`
                if form.startswith("ا") or cell == "past3ms" and not participle_shape or mutual_shape:
                    others.add(key)
                else:
                    verbs.add(key)
    return frozenset(verbs - others)


@lru_cache(maxsize=None)
def verb_form_words() -> frozenset[str]:
    """The first words, normalised, of every form a paradigm row makes (`التقى`, `يلتقي`, `اعتقلت`):
    a trigger spelled as one of them is read as a verb, not a noun another verb governs."""
    words: set[str] = set()
    for path in _files("event_triggers.tsv"):
        for r in read_tsv(path, ("trigger_ar", "event_type", "event_mode")):
            if r.get("paradigm"):
                paradigm = parse_paradigm(r["paradigm"])
                forms = verb_forms(r["trigger_ar"].split()[0], paradigm.present, paradigm.doubled)
                words.update(normalize_phrase(forms[cell]) for cell in paradigm.cells)
    return frozenset(words)


class TriggerMatcher(PhraseMatcher):
    """The trigger matcher, which reads no verb in a word with the article: `الطالب` is the
    student, not `طالب` (demanded); `خاوية اليدين` empty-handed, not `يدين` (condemns)."""

    def match_at(self, tokens: list[Token], i: int, max_words: int | None = None,
                 stop: int | None = None) -> PhraseMatch | None:
        found = super().match_at(tokens, i, max_words, stop)
        if found is not None and getattr(found.value, "verb_form", False) and \
                (tokens[i].word.startswith(_DEFINITE_OPENINGS) or counted(tokens, i)):
            return None  # `الطالب`, `34 طالب`, `آلاف طالب`: students, not `طالب` (demanded)
        if found is not None and getattr(found.value, "event_mode", None) == "investigate" and \
                names_a_body(tokens, i):
            return None  # `مكتب التحقيقات الفدرالي`, `قضاة التحقيق`: a body or an office, no inquiry
        if found is not None and getattr(found.value, "event_type", None) == "PROTEST" and feigns(tokens, found):
            return None
        if found is not None and isinstance(found.value, Head) and _OBLIGATION_STEM in tokens[i].word[:4] and \
                not obliges(tokens, i):
            return None  # `عليه`, `علينا`: the preposition with its pronoun, no party named after it
        if found is not None and found.last - found.first == 2 and tokens[found.last - 1].word == _BEHIND and \
                i > 0 and tokens[i - 1].word in _RELATIVES_AND_INTERROGATIVES:
            return None  # `من يقف وراء الهجوم`: who did it is asked or described, no party accused
        if found is not None and tokens[i].word in _DEMANDED_HIM and not asks(tokens, found.last):
            return None  # `قتل طالبة`, a student: `طالبة` normalises to `طالبه`, he demanded of him
        if found is not None and found.last < len(tokens) and \
                tokens[found.last].word in _NOUN_READINGS.get(tokens[i].word, ()):
            return None  # `عارضة أزياء`, a fashion model: `عارضة` normalises to `عارضه`, he opposed him
        if found is not None and tokens[i].word == _PARK and not blesses(tokens, i):
            return None  # `الرئيسة السابقة بارك`, `هايد بارك`: a name, no blessing
        if found is not None and tokens[i].word in _CAUTION_WORDS:
            return None  # `بحذر`, `الحذر من`: the noun caution, no warning verb
        if found is not None and found.last - found.first == 1 and tokens[i].word in _ACCUSING_WORDS and \
                (tokens[i].word not in _ACCUSING_FORMS or not accuses(tokens, found)):
            return None  # `المتهمة`, the accused woman; `متهمة بالفساد`, accused of it
        return found


# a verb form of the shape `فاعل` right after a count (`34 طالب`, `مئات طالب`) is the noun it also
# spells, a counted noun; a count of fewer than `COUNT_LIMIT` (a year, `في 2017 طالب البرلمان`, dates a verb)
COUNT_LIMIT = 1000
_COUNTING_WORDS = word_classes()["counting_word"]


def counted(tokens: list[Token], i: int) -> bool:
    """tokens[i], of the shape `فاعل` that is also a noun (`طالب` student, `قاتل` killer), follows a
    count with no punctuation between: a number below `COUNT_LIMIT` or a word of count (`مئات`,
    `آلاف`). Other verb forms are no nouns (`قمة الـ7 تعهدت`: the G7 pledged)."""
    word = tokens[i].word
    if i == 0 or not tokens[i].joined or len(word) != 4 or word[1] != "ا":
        return False
    before = tokens[i - 1].word
    if before.isdigit():
        return int(before) < COUNT_LIMIT
    return before in _COUNTING_WORDS


# an inquiry noun after the head of a body or an office (`مكتب التحقيقات الفدرالي`, the FBI; `إدارة
# التحقيقات`, `قضاة التحقيق`) is part of a name or a title, no act of investigating
_INVESTIGATING_BODY_WORDS = word_classes()["investigating_body_word"]


def names_a_body(tokens: list[Token], i: int) -> bool:
    """The trigger at tokens[i] follows, with no punctuation between, a body's or an office's head
    (`مكتب`, `لمكتب`, `ومدير`)."""
    if i == 0 or not tokens[i].joined:
        return False
    return any(c in _INVESTIGATING_BODY_WORDS for c in stem_candidates(tokens[i - 1].word))

# `على X أن` lays an obligation on X (REQUEST, `event_collocations.tsv`) only where `على` opens its
# clause or follows `إن`, `أنه`, `لكن` (`وقال إن على الحكومة أن تستقيل`, `وعلى إسرائيل أن توقف`) and a
# party stands between it and `أن`; elsewhere `على` is a verb's preposition (`اطلع على اللقاء`,
# `اتفقوا على أن`) or opens an idiom (`على أمل أن`, `على الرغم من أن`)
_OBLIGATION_WORDS = frozenset({"علي", "وعلي", "فعلي"})
_OBLIGATION_OPENERS = word_classes()["obligation_opener"]
_NO_OBLIGED_PARTY = word_classes()["obligation_idiom_word"]  # `على أمل`, `على الرغم`: an idiom, no party


_OBLIGATION_STEM = "علي"
_SUBORDINATORS = word_classes()["subordinator_before_an"]  # `قبل أن`, `بمجرد أن`


def obliges(tokens: list[Token], i: int) -> bool:
    """`على` at tokens[i] opens an obligation laid on the party after it."""
    if tokens[i].word not in _OBLIGATION_WORDS:
        return False
    opens = not tokens[i].joined or i == 0 or tokens[i].word != "علي" or \
        tokens[i - 1].word in _OBLIGATION_OPENERS
    if not opens or i + 1 >= len(tokens) or not tokens[i + 1].joined or tokens[i + 1].word in _NO_OBLIGED_PARTY:
        return False
    for k in range(i + 2, min(len(tokens), i + 5)):
        if not tokens[k].joined:
            return False
        if tokens[k].word == "ان":  # `على الأرض قبل أن`: the `أن` of a subordinator, no obligation
            return tokens[k - 1].word not in _SUBORDINATORS
    return False


# `تقف وراء` (stands behind an act) accuses the party it follows; after a relative or an interrogative
# (`من يقف وراء الهجوم`, `الذين يقفون وراء الحملة`) it asks or describes, no one is accused
_BEHIND = "وراء"
_RELATIVES_AND_INTERROGATIVES = word_classes()["behind_relative"]


# a verb + object pronoun that is also a feminine noun once `ة` is written `ه`, and the words after it
# that make it the noun (`عارضة أزياء`, a fashion model, not `عارضه`, opposed him)
_NOUN_READINGS = {w: frozenset({"ازياء", "الازياء"}) for w in ("عارضه", "وعارضه")}

# `طالبه بالاستقالة` (demanded of him) and `طالبة` (a student) are one word once `ة` is written `ه`:
# the demand has its `بـ` complement within `DEMAND_WINDOW` words (`طالبه البعض بالتوقف`), or
# `طالبة` is the participle asking, `من` + the one asked right after it (`طالبة منها ترك الأمر`)
_DEMANDED_HIM = frozenset({"طالبه", "وطالبه", "فطالبه"})
DEMAND_WINDOW = 3
_ASKED_OF = word_classes()["asked_of_preposition"]


def asks(tokens: list[Token], k: int) -> bool:
    """`طالبه` whose next words make it a demand: `بـ` soon after, or `من` + the one asked."""
    return k < len(tokens) and tokens[k].joined and tokens[k].word in _ASKED_OF or \
        charge_follows(tokens, k, DEMAND_WINDOW)


def charge_follows(tokens: list[Token], k: int, window: int) -> bool:
    """A word with `بـ` among the `window` words from tokens[k], no punctuation before it."""
    for j in range(k, min(len(tokens), k + window)):
        if not tokens[j].joined:
            return False
        if tokens[j].word.startswith("ب") and len(tokens[j].word) > 2:
            return True
    return False


# `بارك` (blessed, congratulated) is also a family name and the `park` of place names (`بارك غيون هي`,
# `هايد بارك`, `كوينز بارك رينجرز`): the verb opens its clause (after punctuation, or after a
# relative or `قد`) and is no name's first part
_PARK = "بارك"
_PARK_OPENERS = word_classes()["park_verb_opener"]
_PARK_NAME_PARTS = word_classes()["park_name_part"]


def blesses(tokens: list[Token], i: int) -> bool:
    """`بارك` at tokens[i] is the verb: it opens its clause and no name part follows."""
    if i + 1 < len(tokens) and tokens[i + 1].word in _PARK_NAME_PARTS:
        return False
    return i == 0 or not tokens[i].joined or tokens[i - 1].word in _PARK_OPENERS


# `حذر` is the verb warned and the noun caution: with a preposition or the article (`بحذر`, `الحذر`,
# `للحذر`) it is the noun: no trigger (`دعا إلى الحذر من`) and no collocation head (`يتعامل بحذر ... من أن`)
_CAUTION_WORDS = frozenset(c + p + "حذر" for c in ("", "و", "ف") for p in ("ب", "ك", "ل", "ال", "بال", "لل", "كال"))


# `متهما`, `متهمة`: accusing, in `وقال X ...، متهما الحكومة بعرقلة الإصلاحات`, but also accused
# (`الشرطة متهمة بالتقصير`, `متهما في قضية`): the participle names an accusation only when its
# object, a party, comes next and the charge, a word with `بـ`, follows within `CHARGE_WINDOW` words
# with no punctuation; `متهما إياه` is a collocation (`event_collocations.tsv`). The plural
# `متهمين` is nearly always the accused and is no row.
ACCUSING_PARTICIPLES = ("متهما", "متهمه")
_ACCUSING_FORMS = frozenset(c + p for c in ("", "و", "ف") for p in ACCUSING_PARTICIPLES)
_ACCUSING_WORDS = _ACCUSING_FORMS | frozenset(d + p for d in _DEFINITE_OPENINGS for p in ACCUSING_PARTICIPLES)
CHARGE_WINDOW = 5
_OBJECT_PRONOUNS = word_classes()["object_pronoun_iyya"]
_NO_OBJECT_OPENINGS = word_classes()["accusing_no_object_opening"]
# a predicate of being up to `COPULA_REACH` words before (`كان الوزير متهما بـ`, `أجد نفسي متهمة`): the
# accused, not the accuser
COPULA_REACH = 3
_COPULAS = word_classes()["accused_copula"]


def accuses(tokens: list[Token], found: PhraseMatch) -> bool:
    """The participle at `found` has a party for object and a charge with `بـ` after it."""
    k = found.last
    if k >= len(tokens) or not tokens[k].joined:
        return False
    for j in range(found.first - 1, max(-1, found.first - 1 - COPULA_REACH), -1):
        if not tokens[j + 1].joined:
            break
        if tokens[j].word.removeprefix("و") in _COPULAS:
            return False
    following = tokens[k].word
    if following in _OBJECT_PRONOUNS:
        return True
    if following.startswith("ب") or following in _NO_OBJECT_OPENINGS or following[:1].isdigit():
        return False
    return charge_follows(tokens, k + 1, CHARGE_WINDOW)


# `تظاهر` demonstrates and also pretends: followed by a clause of `بأن`/`كأن` or by a feigned
# state (`تظاهر بأنه نائم`, `يتظاهر بالمرض`) it is no protest (`تظاهر الآلاف أمام البرلمان`)
PRETENCE_VERB = "تظاهر"
PRETENCE_WINDOW = 3
PRETENCE_CLAUSE_OPENINGS = word_classes()["pretence_clause_opening"]
FEIGNED_STATES = word_classes()["feigned_state"]


def feigns(tokens: list[Token], found: PhraseMatch) -> bool:
    """A single-word `تظاهر` verb form (not the nouns `تظاهرة`, `تظاهرات`) that means pretending:
    the clause or state follows the verb or its subject (`تظاهر الموظف وكأنه لم يسمع`), within
    `PRETENCE_WINDOW` words and no punctuation."""
    word = tokens[found.first].word
    if found.last - found.first != 1 or PRETENCE_VERB not in word or word.endswith(("ه", "ات")):
        return False
    for k in range(found.last, min(len(tokens), found.last + PRETENCE_WINDOW)):
        if not tokens[k].joined:
            return False
        after = tokens[k].word[1:] if tokens[k].word.startswith("و") else tokens[k].word
        if after in PRETENCE_CLAUSE_OPENINGS or after in FEIGNED_STATES or \
                after == "كما" and k + 1 < len(tokens) and tokens[k + 1].word == "لو":
            return True
    return False


# proclitics that never open a verb: `بـ` and `كـ` are prepositions (`باحث`, a researcher, is no `بـ` + `أحث`)
_NOUN_PROCLITICS = tuple(word_classes()["noun_proclitic"])


def misread_noun(tokens: list[Token], found: PhraseMatch, text: str, original: str) -> bool:
    """The trigger's first word, as the text spells it, is a noun that normalisation made look like a
    verb: `أقنعة` (masks) ends in `ة`, which no verb + pronoun `ه` (`أقنعه`, persuaded him) does; a
    verb found after `بـ`/`كـ` (a preposition governs no verb) or inside a word of the shape `فاعل`
    split after its first letter (`باحث`: `بـ` + `أحث`, I urge). A noun read with a pronoun (`رصاصة` as
    `رصاص` + `ه`) names the act all the same. `original` is the word's original
    spelling, `text` the normalised text."""
    token = tokens[found.first]
    word = text[found.start:token.end]  # without proclitics, the article kept
    table = trigger_matcher()._prefixes
    bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
    asking = token.word in _DEMANDED_HIM and asks(tokens, found.last)  # `طالبة منها`: the participle asking
    if word.endswith("ه") and original.endswith(TA_MARBUTA) and (bare,) not in table and not asking and \
            bare[:-1] in verb_form_words():
        return True  # a noun + `ه` (`رصاصه`, his bullets, for `رصاصة`) still names the act
    proclitic = text[token.start:found.start]
    if _hamza_seat_added(original, len(proclitic), word):
        return True
    if not proclitic.endswith(_NOUN_PROCLITICS):
        return False
    whole = token.word
    return (word,) in verb_only_keys() or \
        len(whole) == 4 and whole[1] == "ا" and len(proclitic) == 1 and word.startswith("ا")


# hamza seats that normalisation folds into `ي` and `و`: writers drop a hamza, they do not add one
# where the word has none, so `بائع` (a seller) is not `بايع` (pledged allegiance)
_HAMZA_SEATS = {seat: normalize_phrase(seat) for seat in ("ئ", "ؤ")}
_TATWEEL = "ـ"


def _hamza_seat_added(original: str, proclitic: int, word: str) -> bool:
    """The original word, past its `proclitic` letters, has a hamza seat (`ئ`, `ؤ`) where every
    lexicon spelling of the trigger word `word` (normalised) has the plain letter."""
    letters = "".join(ch for ch in original if not unicodedata.category(ch).startswith("M") and ch != _TATWEEL)
    if len(letters) != proclitic + len(word):
        return False  # a ligature or another folding changed the length: no letter-by-letter reading
    spellings = next((raw_spellings()[word[:k]] for k in range(len(word), 1, -1) if word[:k] in raw_spellings()), ())
    core = letters[proclitic:]
    return bool(spellings) and all(
        any(_HAMZA_SEATS.get(core[k]) == r[k] for k in range(min(len(r), len(core)))) for r in spellings)


@lru_cache(maxsize=None)
def raw_spellings() -> dict[str, frozenset[str]]:
    """The lexicon's own spellings (hamza seats kept) of each trigger's first word and of every
    form a paradigm row makes, by their normalised form."""
    found: dict[str, set[str]] = {}
    for path in _files("event_triggers.tsv"):
        for r in read_tsv(path, ("trigger_ar", "event_type", "event_mode")):
            first = r["trigger_ar"].split()[0]
            words = {first}
            if r.get("paradigm"):
                paradigm = parse_paradigm(r["paradigm"])
                forms = verb_forms(first, paradigm.present, paradigm.doubled)
                words.update(forms[cell] for cell in paradigm.cells)
            for w in words:
                found.setdefault(normalize_phrase(w), set()).add(w)
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=None)
def trigger_first_words() -> frozenset[str]:
    """The first words of the triggers as the lexicon spells them (`سيطرت`, whose `س` is no future prefix)."""
    return trigger_matcher().first_words
