"""What the event finder's rule mixins share: the `Event` row and `EventState`.

`EventState` is the state of `EventFinder` (events.py) that the mixins read besides the role rules'
`RoleState`; the classes of act here are read by more than one of them."""
from __future__ import annotations

from dataclasses import dataclass

from .actor_lexicon import Actor, Mention
from .event_context import EventContext
from .event_roles_words import RoleState
from .lexicon import word_classes
from .text import Normalized


@dataclass(frozen=True)
class Event:
    trigger_start: int   # normalised offsets
    trigger_end: int
    event_type: str
    event_mode: str | None
    source: Actor | None
    target: Actor | None
    location: Mention | None
    negated: bool
    reported: bool | None = None  # ASSAULT/PROTEST: the sentence reports the act happening (`event_sense.py`)


# PLOVER manual §AGREE: support, cooperation and aid reported in the future tense are intents, coded AGREE
# (a meeting to come is AGREE too, with `_due`); §CONCEDE: a retreat announced for the future is CONCEDE
_COOPERATIVE_TYPES = frozenset({"SUPPORT", "COOPERATE", "AID"})
_SEQUENCE_WORDS = word_classes()["event_sequence"]  # `بعد`, `عقب`, `لكن` before a trigger: another act


class EventState(RoleState):
    """What the event mixins read of `EventFinder` beyond `RoleState` (set in `EventFinder.__init__`
    and `find`): annotations only, no values. They call each other's methods, and the role rules',
    through `EventFinder`."""

    original: Normalized | None  # the text as written: `ة` and hamza, which normalisation folds
    context: EventContext
    intent_markers: frozenset[str]  # future markers and verbs of wanting (`تريد ترحيل`)
    _sport_report: bool | None  # `sport_document`, read when the first event is found
    _disaster_report: bool | None  # the lead told a disaster's toll before any attack (None: not yet decided)
    _sentences_read: int
    _stopped: set[int]  # first tokens of what a SANCTION verb stops: no act of their own
    _last_pair: tuple[Actor, Actor] | None  # the parties of the latest meeting or call
    _last_parties: dict[str, tuple[Actor, Actor, int]]  # the parties of the latest act of each type, and its trigger's end
    _act_parties: list[tuple[int, Actor]]  # the doer and the one acted on of each act found, by its first token
