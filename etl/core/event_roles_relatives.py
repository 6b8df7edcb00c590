"""Relative clauses: the head of a relative pronoun as the subject of its verb (`الصواريخ التي
استهدفت`), as the object a resumptive pronoun stands for (`الذي اعتقلته`), as those killed or
arrested in a passive (`الجنود الذين قتلوا`), and a partitive head (`من الدول التي`)."""
from __future__ import annotations

from .actor_lexicon import Mention
from .event_roles_words import (FORCE_TYPES, MUTUAL_TYPES, PRONOUN_OBJECTS, RELATIVES, RoleState, _NOUN_RELATIVES,
                                _PARTICLES, _PREPOSITIONS, preposition_pronoun, role_words)
from .lexicon import word_classes
from .morphology import analyse, without_conjunction

_PLACE_PART_TOPIC_PREPOSITIONS = word_classes()["event_role_place_part_topic_preposition"]


class RelativeRules(RoleState):
    """Roles in relative clauses."""

    def _resumptive_relative(self, t0: int, t1: int, m: Mention) -> bool:
        """`إطارات أضرم فيها المحتجون النار`: a one-word verb right after an indefinite noun naming
        no actor, then a preposition with a pronoun standing for that noun, then the mention: a
        clause describing the noun, whose subject is the mention, not a party named before."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or m.first != t1 + 1 or self._noun(t0) or \
                not all(self.tokens[k].joined for k in range(t0, m.first + 1)):
            return False
        noun = self.tokens[t0 - 1].word
        return preposition_pronoun(self.tokens[t1].word) and not noun.startswith(("ال", "وال")) and \
            noun == without_conjunction(noun) and noun not in _PREPOSITIONS and noun not in _PARTICLES and \
            not any(n.first <= t0 - 1 < n.last for n in self._sentence_mentions)

    def _passive_relative_head(self, t0: int, t1: int, before: list[Mention], event_type: str,
                               last: int) -> Mention | None:
        """`الجنود الأمريكيين الذين قتلوا في الحرب`, `الصحفيين الذين اعتقلوا خلال`: a verb of killing,
        wounding, arrest or abduction (event_roles.tsv role `passive_relative`) right after a
        relative pronoun, with no object after it (a preposition, a word of time, punctuation or
        the sentence's end): news writes it in the passive, and the relative's head, named right
        before the pronoun, undergoes the act. Not `الذي قتل الضابط` (an object follows)."""
        if t1 - t0 != 1 or t0 - 1 <= self._sentence_first or \
                not self.tokens[t0].joined or self.tokens[t0 - 1].word not in _NOUN_RELATIVES or \
                not role_words("passive_relative").has_word(self.tokens[t0].word):
            return None
        if t1 < last and self.tokens[t1].joined:
            word = without_conjunction(self.tokens[t1].word)
            clitic = word[:1] in ("ب", "ل") and len(word) > 3 and not word.startswith("ال")
            if not (word in _PREPOSITIONS or clitic or self._time_word(t1)):
                return None  # an object, or a subject after the verb: active
        return next((m for m in before if m.last == t0 - 1), None)

    def _relative_verb(self, t0: int, t1: int) -> bool:
        """`ما استنكرته`, `الذي اعتقلته`: a one-word verb right after a relative word, carrying the
        pronoun that resumes the relative's head: the actor after it is its subject."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined or self._noun(t0):
            return False
        word, before = self.tokens[t0].word, without_conjunction(self.tokens[t0 - 1].word)
        return (before in RELATIVES or before == "ما") and word.endswith(("ه", "ها", "هم", "هما")) and len(word) >= 4

    def _relative_head(self, m: Mention, t0: int) -> bool:
        """The mention stands right before the relative pronoun opening the trigger's clause
        (`للرئيس X الذي تنحى`), governed by no preposition of place, part or topic (`في`, `من`, `عن`)."""
        if m.last != t0 - 1 or t0 - 1 <= self._sentence_first or self.tokens[t0 - 1].word not in _NOUN_RELATIVES:
            return False
        k = self._title_head_before(m)
        k = m.first if k is None else k
        return k == 0 or without_conjunction(self.tokens[k - 1].word) not in _PLACE_PART_TOPIC_PREPOSITIONS

    def _relative_subject_roles(self, t0: int, t1: int, actors: list[Mention], after: list[Mention], event_type: str):
        """The roles of a verb whose relative pronoun is its subject (`_relative_as_subject`): the head,
        if a party (`القوات التي هاجمت X`), does it; the party after the verb, right after it or after
        one preposition (past a construct only for acts of force: `الخطوة التي أثارت غضب بكين`, Beijing
        is angered), undergoes it. None when the rule does not apply, or for a meeting or agreement
        whose parties are named after `بين` (`الاتفاق الذي أبرم في 2015 بين X و Y`: passive)."""
        if not self._relative_as_subject(t0, t1):
            return None
        head = next((m for m in actors if m.last == t0 - 1), None) or self._partitive_head(t0 - 1, actors)
        target = next((m for m in after if head is None or m.actor != head.actor), None)
        object_next = target is not None and (target.first == t1 or target.first == t1 + 1 and
                                              without_conjunction(self.tokens[t1].word) in _PREPOSITIONS)
        if event_type in MUTUAL_TYPES and target is not None and not object_next and \
                any(without_conjunction(self.tokens[k].word) == "بين" for k in range(t1, target.first)):
            return None  # the pair after `بين` is read by the rules for mutual acts
        if target is not None and not object_next and event_type not in FORCE_TYPES:
            target = None
        self._passive = head is None  # no party does it but the head: none carried on from before
        return (head.actor if head else None), (target.actor if target else None)

    def _partitive_head(self, relative: int, actors: list[Mention]) -> Mention | None:
        """`هانت من الوزراء الذين`, `إيران من أوائل الدول التي`: the party named right before a partitive
        `من` whose noun (a word like `أوائل` may come before it) heads the relative clause is one of
        them, the relative clause's subject."""
        for k in (relative - 2, relative - 3):
            if k > self._sentence_first and self.tokens[k].word == "من" and \
                    all(self.tokens[j].joined for j in range(k, relative)):
                return next((m for m in actors if m.last == k), None)
        return None

    def _relative_as_subject(self, t0: int, t1: int) -> bool:
        """`التي استهدفت`, `الذين هاجموا`: a one-word verb trigger right after a relative pronoun,
        carrying no pronoun that resumes the relative's head, in the head's gender and number (`التي`:
        a feminine verb, `الذي`: a masculine one, `الذين`: a plural one): the head is its subject, the
        party after it its object. Not `الذي انسحب منه`, `التي قتل المسلحون زوجها`: a pronoun after the
        verb resumes the head, the verb has a subject of its own."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined or \
                self.tokens[t0 - 1].word not in _NOUN_RELATIVES or self._noun(t0) or self._resumes_relative_head(t0):
            return False
        verb, relative = analyse(self.tokens[t0].word), self.tokens[t0 - 1].word
        return (relative == "التي" and verb.feminine_verb) or (relative == "الذي" and not verb.feminine_verb
                                                             and verb.present_prefix != "ت" and not verb.plural_ending) or \
            (relative == "الذين" and verb.plural_ending)

    def _resumes_relative_head(self, k: int) -> bool:
        """`التي قطعتها`, `الذي يقوده`: the verb after a relative pronoun carries the pronoun that
        resumes the relative's head as its object, so the party after it is its subject; without it
        (`التي استهدفت السفارة`) the head is the subject and the party after is the verb's object."""
        word = without_conjunction(self.tokens[k].word)
        after = self.tokens[k + 1].word if k + 1 < len(self.tokens) else ""  # (`فيه`: its `ف` is no conjunction)
        if after and self.tokens[k + 1].joined and (without_conjunction(after) in PRONOUN_OBJECTS or
                                                    preposition_pronoun(after)):
            return True  # `التي نددت بها دمشق`: the pronoun after the verb resumes the head
        return self.tokens[k].joined and len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما"))
