"""Party rules of the finder itself: nationality adjectives, a state's officials, earlier acts' parties, places.

`الغارات الإسرائيلية`: the nation of the adjective after a noun trigger is its source
(`_source_by_nationality`, which the role rules read too); a state and a person of its government
are one side, not the two parties of an act (`_state_and_its_official`); a later noun of the act
takes the parties of the latest act of its type unless a party of their kind acted in between
(`_party_of_kind_between`); the place is the first state named as one after the trigger (`_location`)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_roles_words import FORCE_TYPES, SOURCE_TYPES
from .event_words import EventState
from .morphology import without_conjunction


class PartyRules(EventState):
    """Parties by nationality, by office and from earlier acts; the act's place."""

    def _source_by_nationality(self, t1: int, last: int, mentions: list[Mention], event_type: str = "") -> Actor | None:
        """`الغارات الإسرائيلية`, `الهجوم التركي`: a nationality adjective right after a noun trigger
        names its source; the actor is the latest one of that country the text has named, or for
        an act of force the army the text names most (not `الجنود` named as its victims)."""
        if t1 >= last or not self.tokens[t1].joined:
            return None
        g = self.gentilics.match_at(self.tokens, t1, stop=last)
        if g is None and t1 + 1 < last and self.tokens[t1 + 1].joined and self._agrees_in_definiteness(t1 - 1, t1):
            g = self.gentilics.match_at(self.tokens, t1 + 1, stop=last)  # `الغارات الجوية الإسرائيلية`
        if g is None or without_conjunction(self.tokens[g.last - 1].word).endswith(("يين", "يون")):
            return None  # `إطلاق سراح أميركيين`: a human plural names people, the act's object, not its doer
        noun = without_conjunction(self.tokens[t1 - 1].word)
        if g.first == t1 and not noun.startswith("ال") and not self.tokens[g.first].word.endswith("يه") and \
                self._patient_noun(noun):
            return None  # `إطلاق سراح أميركي`: a man of that nation released, arrested, the act's object
        named = [m.actor for m in (*self._earlier, *(m for m in mentions if m.last <= t1))
                 if m.actor.country_iso3 == g.value.iso3 and m.actor.actor_type in SOURCE_TYPES
                 and m.actor.actor_type != "person"]
        forces = [a for a in named if a.actor_type == "military"]
        if event_type in FORCE_TYPES and forces:  # an act of force is the army's: the one the text names most
            return max(reversed(forces), key=forces.count)
        states = [a for a in named if a.actor_type == "state"]  # `الموقف التركي`: the nation itself
        return states[-1] if states else (named[-1] if named else None)

    def _agrees_in_definiteness(self, noun: int, adjective: int) -> bool:
        """An adjective agrees with its noun in taking the article (`الغارات الجوية`, `غارات جوية`)."""
        definite = [without_conjunction(self.tokens[k].word).startswith("ال") or self.text[self.tokens[k].start:
                    self.tokens[k].end].startswith(("بال", "لل", "وال", "فال", "كال")) for k in (noun, adjective)]
        return definite[0] == definite[1]

    @staticmethod
    def _state_and_its_official(a: Actor, b: Actor) -> bool:
        """One is a state, the other a person of that state's government (sector GOV in actors.tsv)."""
        state, person = (a, b) if a.actor_type == "state" else (b, a)
        return state.actor_type == "state" and person.actor_type == "person" and person.sector == "GOV" and \
            state.country_iso3 is not None and person.country_iso3 == state.country_iso3

    def _party_of_kind_between(self, earlier: tuple[Actor, Actor, int], t0: int) -> bool:
        """Another party of the kind of the latest act's parties (a state, an army, an armed group,
        a person) took part in an act told after it and before the noun trigger at `t0`: the later
        noun (`المعارك`, `القصف`) may be that act's, so the earlier act's parties are no longer the
        ones it names (`قصف الجيش مواقع المسلحين. وأعلن الجيش اللبناني أن حزب الله أطلق صواريخ.
        وأسفر القصف عن ...`). A party only named in between (a speaker, a place) does not count:
        reports name many who take no part in the act."""
        *parties, trigger_last = earlier
        kinds = {p.actor_type for p in parties}
        for k, party in reversed(self._act_parties):  # the latest first
            if k < trigger_last:
                return False
            if k < t0 and party not in parties and party.actor_type in kinds:
                return True
        return False

    def _location(self, t1: int, last: int, places: list[Mention]) -> Mention | None:
        """The first state named as a place (`في دمشق`, `بغزة`) after the trigger in its sentence."""
        return min((m for m in places if t1 <= m.first < last), key=lambda m: m.first, default=None)
