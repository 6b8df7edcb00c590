"""The vocabulary the event-role rules share: the actor types that may be parties, the word
classes several kinds of clause read, the role words of event_roles.tsv, the heads of titles, the
word tests that need no sentence, and `RoleState`, the finder's state every role mixin reads."""
from __future__ import annotations

from functools import lru_cache

from .actor_lexicon import Actor, Mention
from .event_context import SAID_TYPES
from .lexicon import load, time_words, word_classes
from .matching import PhraseMatcher, Token
from .morphology import preposition_with_pronoun, strip_article, without_conjunction
from .text import normalize_phrase

SOURCE_TYPES = ("person", "state", "government", "military", "armed_group", "political_party",
                 "organization", "international_org", "media")
# a people or a crowd (`المحتجون`, `الفلسطينيون`) is a party when it acts (`تجمع المحتجون`); as the
# one acted on it is a party only once it has acted in the text (else refugees, victims and
# migrants named as objects would all become actors of the document)
POPULATION = "other"
INTRANSITIVE_TYPES = frozenset({"PROTEST", "MOBILIZE", "REQUEST", "RETREAT"})  # `تجمع المحتجين`: the noun after is the doer
_UNDERGO_SPAN = 10  # words from `تعرض` to the act undergone: its subject may come between (`تعرض موكب رئيس الوزراء X لهجوم`)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts that, announced, are threats (PLOVER THREATEN)
CONNECTIVES = word_classes()["connective"]  # open a coordinated clause (function_words.tsv)
CLAUSE_OPENERS = word_classes()["clause_opener"]  # `حيث`, `بينما`, `فيما`
_PREPOSITIONS = word_classes()["preposition"]
_COMPLEMENTIZERS = word_classes()["complementizer"] - word_classes()["purpose_or_cause_complementizer"]  # `أن`/`إن` open reported words
# third person and `I`: `أننا` (we) speaks for the body the speaker represents, not the speaker
_PRONOUN_COMPLEMENTIZERS = word_classes()["pronoun_complementizer"]
_PARTICLES = word_classes()["aux"] | word_classes()["negator"] | word_classes()["future"]  # `قد`, `كانت`, `لن`
# prepositions of time and setting: a trigger after them is no verb's object (`اقترح خلال المحادثة`)
_SETTING_WORDS = word_classes()["adverbial_opener"] - word_classes()["verb_governed_setting_word"]  # not `على`, `من`
# a preposition with a pronoun after an act: its object, a party named before (`التقى به`, `ضدهم`)
PRONOUN_OBJECTS = frozenset(p + suffix for p in word_classes()["object_preposition"]
                             for suffix in ("ه", "ها", "هم", "هما"))
# acts the one who reports them may well be a party of (`قال إن الاتفاق ...`, `قال إن اللقاء`)
_SPEAKER_PARTY_TYPES = SAID_TYPES | {"CONSULT"}
# the acts an unnamed source or an outlet may do: words (and an outlet's own deals and talks); acts of
# force, sanctions, protests, moves and aid they only tell of. Other actor types may do any act.
_TOLD_ACTS = {"anonymous_source": SAID_TYPES, "media": SAID_TYPES | {"CONSULT", "COOPERATE"}}
# the acts an unnamed source or an outlet may undergo: none for the unnamed; an outlet is attacked,
# arrested, accused, threatened, denied or protested at, but is only the venue of talks, calls and
# pledges made in an interview (`في مقابلة مع شبكة X`, `خلال لقاء مع قناة X`).
_TOLD_TO_ACTS = {"anonymous_source": frozenset(), "media": frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT", "PROTEST"})}
# acts two parties do together: `X وY تحدثا`, `اتفاق بين X وY` name both, the first as source
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_NOUN_RELATIVES = word_classes()["noun_relative"]  # agree with a definite noun trigger
_OFFICIALS = word_classes()["official_noun"]  # `مسؤول`, `متحدث`: an unnamed holder of an office
_QUANTIFIERS = word_classes()["quantifier"]  # `العديد من`, `عدد من`: a partitive `من` governs no role
RELATIVES = word_classes()["relative"]  # `الذي`, `التي`: a relative clause set off by commas
_APPOSITION_SPAN = 7  # words a title's body may take before the name it is given to (`منسق الأمم المتحدة الخاص لعملية السلام، X`)
_TIME_WORDS = time_words()  # `اليوم قصفت إسرائيل`: a definite word of time before a verb is no subject
_TIME_ASIDE_SPAN = 4  # words of a time set off by commas inside a clause (`، فجر الخميس،`)
_COUNTERPART_WORDS = word_classes()["counterpart_noun"]  # his/her counterpart
_MAIN_CLAUSE_OPENERS = word_classes()["main_clause_opener"]  # `لكن`, `ثم`
_TITLE_APPOSITION_WORDS = 4


@lru_cache(maxsize=None)
def role_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((r["cue_ar"], r["role"]) for r in load("event_roles.tsv", ("cue_ar", "role"))
                         if r["role"] in ("agent", "deed", "target"))


@lru_cache(maxsize=None)
def role_words(role: str) -> PhraseMatcher[bool]:
    """Words of one class of event_roles.tsv that rules read on their own: `judged` (`غير مقبولة`:
    the party it describes is criticised, the speaker who judges it the source), `pair` (`الرئيسان`:
    the two parties named before), `undergo` (`تعرض`: its subject is the target of the act after
    it), `count` (`ثلاثة`: a number before a noun), `due` (`المقبل`: a time to come), `light`
    (`تم`: a light verb whose verbal noun is the act)."""
    return PhraseMatcher(((r["cue_ar"], True) for r in load("event_roles.tsv", ("cue_ar", "role")) if r["role"] == role),
                         enclitics=role in ("judged", "undergo"))


@lru_cache(maxsize=None)
def office_heads() -> frozenset[str]:
    """`رئيس`, `وزير`, `زعيم`: the head noun of each title of office (titles.tsv), without its
    article (not `مؤسسة`, also a foundation)."""
    heads = {strip_article(normalize_phrase(r["title_ar"]).split()[0]) for r in load("titles.tsv", ("title_ar",))}
    return frozenset(heads - {normalize_phrase("مؤسسة")})


def office_head(word: str) -> bool:
    """`رئيس`, `والرئيس`, `وزير` (whose `و` is its own)."""
    return strip_article(word) in office_heads() or strip_article(without_conjunction(word)) in office_heads()


def patient_noun(word: str) -> bool:
    """`سراح`, `اعتقال`, `ترحيل`: a verbal noun whose genitive undergoes its act (event_roles.tsv
    role `patient`), a proclitic preposition allowed (`باعتقال`)."""
    return any(role_words("patient").has_word(w) for w in (word, word[1:], word[2:]) if len(w) >= 3)


def patient_pronoun(word: str) -> str | None:
    """The possessive pronoun (`ه`, `ها`, `هم`, `هما`) a patient verbal noun carries (`اعتقاله`,
    `إصابتها`: the one arrested, hit), None for any other word."""
    suffix = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
    if suffix is None:
        return None
    stem = word[:-len(suffix)]
    stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # `إصابته`: a noun's `ة` before the pronoun
    return suffix if patient_noun(stem) else None


def passive_news_verb(word: str) -> bool:
    """`قتل`, `اعتقل`, `منع`: a verb of killing, wounding, arrest or prevention that news writes
    in the passive (event_roles.tsv role `passive_relative`), its conjunction allowed."""
    return role_words("passive_relative").has_word(without_conjunction(word))


def preposition_pronoun(word: str) -> bool:
    """`فيها`, `عليه`, `وفيه`: a preposition with a pronoun, after a conjunction or not (the `ف`
    of `فيها` is the preposition's own, no conjunction to strip)."""
    return preposition_with_pronoun(word, _PREPOSITIONS) or preposition_with_pronoun(without_conjunction(word), _PREPOSITIONS)


class RoleState:
    """What the role mixins read of `EventFinder` (set in `EventFinder.__init__` and `find`):
    annotations only, no values. They also call its clause tests: `_clause_end(t1, last)`,
    `_clause_break(start, end)`, `_same_clause_text(start, end)`, `_conjoined_after_break(t0)`,
    `_agrees_in_definiteness(noun, adjective)`, `_source_by_nationality(t1, last, mentions, event_type)`,
    and each other's methods through `RoleRules`."""

    tokens: list[Token]
    text: str  # the normalised text
    triggers: PhraseMatcher  # event_triggers.trigger_matcher()
    roles: PhraseMatcher[str]  # role_matcher()
    gentilics: PhraseMatcher  # nationality adjectives of the actor lexicon
    negators: frozenset[str]
    future_markers: frozenset[str]
    _sentence_first: int  # first token of the sentence being read
    _trigger_first: int  # first token of the trigger whose roles are being read
    _sentence_mentions: list[Mention]  # the actors named in the sentence
    _sentence_places: list[Mention]  # the states named in it as places
    _earlier: list[Mention]  # actors of the sentences already read, latest last
    _acting: set[str]  # populations that were the source of an event
    _last_source: Actor | None  # the source of the latest event of an earlier sentence
    _last_speaker: Actor | None  # the latest party named as the subject of a reporting verb
    # set by the role rules for the trigger being read
    _passive: bool  # the trigger's clause reads as passive (no subject to carry on)
    _mutual_pair: tuple[Actor, Actor] | None  # the two parties of a mutual act the clause names
    _clause_mentions: list[Mention]  # the mentions `_roles` was given
    _role_event_type: str  # the type `_roles` was given
