"""Does a party plainly act in its clause? The clause grammar `extract` reads before it drops the
states and collectives that neither act, are acted on, nor speak (`extract._drop_roleless`): an
agent phrase, a list after `كل من`, the object of `ضد`, the subject of a clause after `أن`/`إن` or of
a verb marked for it."""
from __future__ import annotations

from .actor_base import name_words
from .actor_lexicon import Mention
from .event_roles_words import role_matcher
from .lexicon import word_classes
from .morphology import analyse, without_conjunction

_PREPOSITIONS = word_classes()["preposition"]
_PARTY_PREPOSITIONS = name_words("party_preposition")  # `ضد إيران`: the party an act is aimed at
_CLAUSE_OPENERS = word_classes()["nominal_clause_opener"]  # أن/إن, لأن, لكن: a nominal clause's subject follows
_VERB_PARTICLES = word_classes()["aux"] | word_classes()["negator"] | word_classes()["future"]  # `قد`, `لن`, `كانت`
# a verb right after one of these opens its clause (`بعدما منعت`, `ولم يسجل`, `بينما يطمح`)
_VERB_OPENERS = _VERB_PARTICLES | word_classes()["event_role_subordinator"] | word_classes()["verb_clause_opener"]


def acts(tokens, m: Mention, first: int, last: int) -> bool:
    """The party plainly does something in its clause, whatever the act: the doer after an agent
    phrase (`من قبل المعارضين`), the subject of a clause after `أن`/`إن` whose verb follows it
    (`أن مالطا ستسمح`, `إن المحتجين يطالبون`), or the subject right after a verb marked for it
    (`فتحت اليابان موانئها`), or the subject opening its sentence, its verb right after it
    (`اللاجئون يطالبون`, in a title too). Such a state or collective is a party, not the story's
    setting. (tokens[first:last] is its sentence.)"""
    if m.first == first:
        return _verb_follows(tokens, m, last)
    if not tokens[m.first].joined:
        return False
    if any((r := role_matcher().match_at(tokens, k, stop=m.first)) is not None and r.value == "agent"
           and r.last == m.first for k in range(max(0, m.first - 3), m.first)):
        return True
    before = without_conjunction(tokens[m.first - 1].word)
    if before in _PARTY_PREPOSITIONS:
        return True  # `فرض عقوبات ضد إيران`: the party acted against, not the story's setting
    if _both_of(tokens, m.first):
        return True
    if before in _CLAUSE_OPENERS:
        return _verb_follows(tokens, m, last)
    return _opens_clause(tokens, m.first - 1) and _subject_marked_verb(tokens[m.first - 1].word, tokens[m.first].word)


def _verb_follows(tokens, m: Mention, last: int) -> bool:
    """A finite verb right after the party, in its clause: the party is its subject (`إن المحتجين
    يطالبون`, `المتظاهرون رفضوا`)."""
    if m.last >= last or not tokens[m.last].joined:
        return False
    word = tokens[m.last].word
    return _finite_verb(word) or m.actor.actor_type == "state" and _feminine_present(word)


def _feminine_present(word: str) -> bool:
    """`البحرين [تغلق]`, `إيران [ترفض]`: a present in ت- of four letters, which alone may be a noun
    (`تجمع`), after a state, which a verb in ت- agrees with: the state is its subject."""
    bare = without_conjunction(word)
    if bare[:1] != "ت":
        return False
    shape = analyse(bare)
    return shape.present_lenient and not shape.definite


def _both_of(tokens, k: int) -> bool:
    """`وتعتبر كل من البرتغال وإسبانيا`: `كل من` heads a list of the parties its clause is about,
    the subject or the object, unless a preposition governs it (`في كل من` names a setting)."""
    if k < 2 or without_conjunction(tokens[k - 1].word) != "من" or without_conjunction(tokens[k - 2].word) != "كل" \
            or not tokens[k - 1].joined:
        return False
    return not (tokens[k - 2].joined and k >= 3 and without_conjunction(tokens[k - 3].word) in _PREPOSITIONS)


def _finite_verb(word: str) -> bool:
    """A verb by its letters alone: a present (`يطالبون`), a future (`ستسمح`), a particle before
    one (`قد`, `لن`), or a past marked for a feminine or plural subject (`سمحت`, `رفضوا`)."""
    word = without_conjunction(word)
    a = analyse(word)
    if word in _VERB_PARTICLES or a.present_strict:
        return True
    if word.startswith("س") and analyse(word[1:]).present_lenient:
        return True
    return a.past_shape and not a.definite and (word.endswith("ت") or word.endswith("وا"))


def _opens_clause(tokens, k: int) -> bool:
    """The word opens its clause: after punctuation, with its own `و`/`ف`, or after a particle or
    subordinator. (A verb inside a clause may be a relative's, `التي طالت X`, whose subject is
    the relative's head; a name's word may look like a verb, `يوفنتوس`.)"""
    word = tokens[k].word
    return k == 0 or not tokens[k].joined or without_conjunction(word) != word or \
        without_conjunction(tokens[k - 1].word) in _VERB_OPENERS


def _subject_marked_verb(word: str, subject: str) -> bool:
    """A verb whose subject comes right after it, marked for it: a feminine past (`فتحت`, for a
    state) or a singular present by its prefix (`يخسر`, `تطالب`). Not a plural noun in `ات`, a
    verb whose own ending is its subject (`يساعدون`), nor before a plural in its object case
    (`يساعد المهاجرين`), which a subject never takes."""
    bare = without_conjunction(word)
    a = analyse(bare)
    if a.definite or a.plural_ending or analyse(subject).oblique_plural:
        return False
    if bare.endswith("ت"):
        return a.past_shape and not bare.endswith("ات")
    return a.present_strict and bare[0] in "يت"


_SITE_PREPOSITIONS = name_words("site_preposition")  # `على فيسبوك`, `عبر تويتر`: where something was posted
_PARTY_KINDS = ("organization", "media")


def named_as_party(actor, mentions: list[dict], text: str) -> bool:
    """A known company or outlet (a lexicon actor, `شركة غوغل`, `آي بي إم`) named twice or more is
    a party to the story even where no rule found its role; a mention after `على`/`عبر`/`في`
    (`كتب على فيسبوك`) names where something was posted, and does not count. (States: `extract`.)"""
    if actor.origin != "lexicon" or actor.actor_type not in _PARTY_KINDS:
        return False
    return sum(not _posted_on(text, m["char_start"]) for m in mentions) >= 2


def _posted_on(text: str, start: int) -> bool:
    """The word before the mention at `start` is a site preposition (`على`, `عبر`, `في`)."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and without_conjunction(before[-1].strip('"«“')) in _SITE_PREPOSITIONS
