"""Kinds of report whose acts are no PLOVER events: sports reports and disaster reports.

A sports report's clubs, players and teams do no PLOVER act (`sport_document`; one sentence of
sport in another report: `_sport_reading`); in a disaster's report, later deaths are its toll told
again, no attack (`_tells_disaster`, `_disaster_toll`)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_context import cue_matcher
from .event_triggers import Head
from .event_words import EventState
from .matching import Token

# A sports report (a match, a transfer, a club's statement) names its clubs, players and national
# teams as organisations, persons and states: their thanks, criticism, contracts and refusals are no
# PLOVER event. A report is about sport when at least one word in `_SPORT_CUE_SHARE` is a sport cue
# (`event_context.tsv`, class sport) and it has `_SPORT_DOCUMENT_CUES` of them: news of riots, a
# visa refused or an attack during a tournament names the tournament far less often (sampled corpus
# articles: 5 cues or more in 95 % of sport, 4 % of international news; 1 word in 20 in most of
# those sports reports and in no international report whose events were political)
_SPORT_DOCUMENT_CUES = 5
_SPORT_CUE_SHARE = 20
# sport cues that make one sentence of another report sport (`_sport_reading`), and the acts a single
# cue does not silence there: an attack that names its weapon or harm (a shooting, a bombing, an
# abduction) beside a coach or a ball is one; a bare `هجوم`, `ضربات`, `مواجهات` is as often a move in
# a match, and thanks, deals, calls and criticism the game's own (sampled corpus sports articles below
# `_SPORT_DOCUMENT_CUES`: a tennis player's `ضربات إرسال`, `الهجوم الفرنسي` of a football team)
_SPORT_SENTENCE_CUES = 2
_WEAPON_MODES = frozenset({"firearms", "explosives", "suicide-attack", "heavy-weapons", "aerial", "drone",
                           "unconventional", "abduct", "targeted", "sexual", "torture"})
# parties that act beyond sport even in a sports report (a ministry, the police, an armed group, a
# politician of the actor lexicon): an event with one of them is kept
_POLITICAL_TYPES = frozenset({"government", "military", "armed_group", "political_party", "international_org"})
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "IGO", "PTY", "OPP", "LEG"})


def sport_document(tokens: list[Token]) -> bool:
    """The document reports sport: sport cues are many and dense (`_SPORT_CUE_SHARE`)."""
    found = sport_cues(tokens, 0, len(tokens))
    return found >= _SPORT_DOCUMENT_CUES and found * _SPORT_CUE_SHARE >= len(tokens)


def sport_cues(tokens: list[Token], first: int, last: int) -> int:
    """How many sport cues (`event_context.tsv`, class sport) tokens[first:last] hold."""
    return sum(1 for m in cue_matcher().find_all(tokens, first, last)
               if any(cue.context_class == "sport" for cue in m.value))


def beyond_sport(party: Actor | None) -> bool:
    """A party whose acts are political in any report: a state body, an armed group, a party, an
    international organisation, or one of the actor lexicon's politicians (`sector`). A club, a
    federation, a player, a coach or a national team (a state's name) is not."""
    return party is not None and (party.actor_type in _POLITICAL_TYPES or party.sector in _POLITICAL_SECTORS)


class ReportKinds(EventState):
    """Sport and disaster reports, read once per document."""

    def _sport_reading(self, first: int, last: int) -> bool:
        """A sport cue in tokens[first:last] makes the sentence sport only in a sports report, or
        beside a second cue (`سجل اللاعب هدفا في المباراة`): one word alone (`المدرب`, `الكرة`)
        has other readings (a drill instructor, a ball of fire) in a report of no sport."""
        if self._in_sport_report():
            return True
        return sport_cues(self.tokens, first, last) >= _SPORT_SENTENCE_CUES

    def _in_sport_report(self) -> bool:
        """The document is a sports report, whose clubs, players and teams do no PLOVER act."""
        if self._sport_report is None:
            self._sport_report = sport_document(self.tokens)
        return self._sport_report

    def _tells_disaster(self, first: int, last: int) -> bool:
        """tokens[first:last], a sentence of the headline or lead that names no party, names a
        disaster or an accident (`كارثة انهيار جسر`, `حريق يلتهم صالة`) with no trigger of an act:
        the report is that disaster's, like one whose lead tells its deaths (a lead naming an attack
        beside it reads the cue on the attack's trigger, which makes it an accident too). A lead
        naming a party (`الشرطة تتعامل مع حادثة الاصطدام كقضية إرهاب`) may tell its act, and decides nothing."""
        for i in self.triggers.starts_in(self.tokens, first, last):
            found = self.triggers.match_at(self.tokens, i, stop=last)
            if found is not None and (isinstance(found.value, Head) or found.value.event_type == "ASSAULT"):
                return False  # an attack, or a verb whose object may make one (`أطلق النار`)
        return any(cue.context_class == "accident" and (cue.event_types is None or "ASSAULT" in cue.event_types)
                   for m in cue_matcher().find_all(self.tokens, first, last) for cue in m.value)

    def _disaster_toll(self, event_type: str, mode: str | None, source: Actor | None, target: Actor | None,
                       first: int, last: int, mentions: list[Mention]) -> bool:
        """`وتم تأكيد مقتل 46 شخصا في الولاية`, `وأكدت السلطات مقتل 12 شخصا`: in a report whose headline
        or lead told the deaths of a storm, a fire or a crash (`_disaster_report`), a later death or
        killing with no weapon, no one it befell and no doer but the one who reports it is that
        disaster's toll told again, no act of force."""
        if event_type != "ASSAULT" or not self._disaster_report or target is not None or mode in _WEAPON_MODES:
            return False
        return source is None or source == self._sentence_speaker(first, last, mentions)

