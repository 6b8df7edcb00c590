"""Reactions and acts answered or provoked: the subject of a verb reacting to the act named as its
object (`أدان X الهجوم`) is no party of that act; a charge or call rejected is addressed to the one
rejecting (`نفت الوزارة اتهامات X`); `احتجاجا على` is done by its clause's subject; `أثار X غضب Y`
makes Y criticise X."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_roles_words import (MUTUAL_TYPES, RELATIVES, RoleState, SOURCE_TYPES, _COMPLEMENTIZERS, _NOUN_RELATIVES,
                                _PRONOUN_COMPLEMENTIZERS, _SETTING_WORDS, role_words)
from .claims import cue_matcher as claim_cues
from .event_triggers import trigger_alone, types_of
from .lexicon import word_classes
from .morphology import analyse, without_conjunction

# acts answering another party's act: their subject is no party of the act they answer (`أدان الهجوم`)
_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "PROTEST"})
_PROVOKING_VERBS = word_classes()["event_role_provoking_verb"]  # `أثار`: provokes the reaction named after it
_PROVOKED_REACTIONS = word_classes()["event_role_provoked_reaction"]  # `غضب`, `انتقادات`: the party after it reacts
_REACTION_PREPOSITIONS = word_classes()["event_role_reaction_preposition"]  # `بـ`, `على`: a reaction's object after them
_WORDS_REJECTED = frozenset({"ACCUSE", "REQUEST", "THREATEN"})  # another's words, which a rejecting verb answers
_REACTION_SPAN = 7  # words from a provoking verb to its reaction noun (`أثارت تصريحات الرئيس التركي X غضب`)


class ReactionRules(RoleState):
    """Acts answering, reacting to or provoked by another party's act."""

    def _answering_party(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`رفضت الحكومة مطالب المحتجين`, `ونفت الوزارة اتهامات لندن`, `وتجاهل X دعوات Y`: a call, a
        charge or a threat named as the object of a verb of rejecting or denying (a REJECT trigger)
        is addressed to that verb's subject, who answers it: the subject right after the verb with
        the noun right after it, or right before the verb with the noun right after the verb."""
        if event_type not in ("REQUEST", "ACCUSE", "THREATEN") or t1 - t0 != 1 or t0 - 2 < self._sentence_first or \
                not self.tokens[t0].joined or self._verb(t0) and not self._noun_by_shape(t0):
            return None
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        subject = next((m for m in parties if m.last == t0 and self.tokens[m.first].joined and m.first >= 1), None)
        verb = subject.first - 1 if subject is not None else t0 - 1
        if subject is None:
            subject = next((m for m in parties if m.last == verb and self.tokens[verb].joined), None)
        if subject is None or verb < self._sentence_first or self._governed(subject):
            return None
        t = self.triggers.match_at(self.tokens, verb, stop=verb + 1)
        if t is None:
            return None
        # `تجاهل`: a verb of rejecting with its objects (`تجاهل دعوات`) counts by its collocations
        return subject.actor if "REJECT" in types_of(t) else None

    def _reason_subject(self, t0: int, t1: int, mentions: list[Mention]) -> tuple[Mention | None] | None:
        """`ألغت كوريا الشمالية المحادثات مع كوريا الجنوبية احتجاجا على المناورات`, `أغلقت الحكومة
        سفارتها، تضامنا مع`: an indefinite verbal noun in the accusative giving the reason of its
        clause's act (event_roles.tsv role `reason`: `احتجاجا`, `تنديدا`, `ردا`) is done by the
        subject of that clause, not by the party its verb's object or a preposition names: the party
        right after the clause's opening verb (a time word may come between), or the party opening
        the clause with its verb right after it. The clause opens at the sentence's start or after
        its last `أن`/`إن`. Returns the subject in a tuple, (None,) when the verb's subject names no
        party (`قاطعت المعارضة الجلسة رفضا لقرار البرلمان`: not the parliament), None when the rule
        does not apply (a relative clause between, no verb found)."""
        if t1 - t0 != 1 or t0 - self._sentence_first < 2 or \
                not role_words("reason").has_word(without_conjunction(self.tokens[t0].word)):
            return None
        start = self._sentence_first
        for k in range(t0 - 1, self._sentence_first - 1, -1):
            word = without_conjunction(self.tokens[k].word)
            if word in RELATIVES or word in _NOUN_RELATIVES:
                return None  # `المناورات التي أجرتها X احتجاجا`: whose clause it belongs to is unclear
            if role_words("considering").has_word(word):
                return None  # `اعتبرت الحكومة إطلاق الحوثيين الصواريخ رفضا للسلام`: what the act is deemed
            if word in _COMPLEMENTIZERS or word in _PRONOUN_COMPLEMENTIZERS:
                start = k + 1
                break
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES and start <= m.first < t0]
        subject = next((m for m in parties if m.first == start), None)
        if subject is not None:
            if subject.last >= t0 or not self.tokens[subject.last].joined:
                return None
            verb = analyse(self.tokens[subject.last].word)
            return (subject,) if not verb.definite and \
                (verb.present_strict or verb.marked_past) else None
        opener = analyse(self.tokens[start].word)
        if not (opener.past_shape or opener.present_strict or opener.marked_past):
            return None  # (`الغت`: the normalised `أ` of a verb reads like an article)
        after = start + 1 + (start + 1 < t0 and self._time_word(start + 1))
        return next((m for m in parties if m.first == after and self.tokens[m.first].joined
                     and not self._governed(m)), None),

    def _provoked_reaction(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """`وأثار ترامب غضب المكسيك`, `وأثارت تصريحات أردوغان غضب الحكومة الألمانية`: a verb of provoking
        (function_words class event_role_provoking_verb) and the reaction it provokes (class
        event_role_provoked_reaction): the party in construct after the reaction noun criticises, the
        verb's subject (or the party owning its subject, `تصريحات X`) is criticised. (source, target);
        None when the trigger is no such verb or no reaction noun follows it in its clause."""
        if event_type != "ACCUSE" or t1 - t0 != 1 or without_conjunction(self.tokens[t0].word) not in _PROVOKING_VERBS:
            return None
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        reaction = None
        for k in range(t1, min(last, t1 + _REACTION_SPAN + 1)):
            if not self.tokens[k].joined:
                return None
            if without_conjunction(self.tokens[k].word) in _PROVOKED_REACTIONS and not any(m.first <= k < m.last for m in parties):
                reaction = k
                break
        if reaction is None:
            return None
        reacting = next((m for m in parties if m.first == reaction + 1 and self.tokens[m.first].joined), None)
        # the subject: a party between the verb and the noun (`أثار ترامب`, `أثارت تصريحات ترامب`), else
        # the one right before the verb (`ترامب أثار`; not past a relative: `الخطوة التي أثارت`)
        provoker = next((m for m in parties if t1 <= m.first and m.last <= reaction), None) or \
            next((m for m in parties if m.last == t0 and self.tokens[t0].joined), None)
        if reacting is None and (provoker is None or self._agent_after(reaction + 1, last)):
            return None  # `انتقادات عدة من قبل X`: the agent phrase names who criticises (`_marked_roles`)
        return (reacting.actor if reacting else None), (provoker.actor if provoker else None)

    def _reaction_at(self, k: int, stop: int) -> bool:
        """A trigger of a reacting act (condemning, welcoming, calling for) opens at tokens[k]."""
        value = trigger_alone(self.triggers.match_at(self.tokens, k, stop=stop))
        return value is not None and value.event_type in _REACTION_TYPES

    def _reacts_to(self, m: Mention, t0: int, event_type: str) -> bool:
        """The mention is the subject of a verb reacting to the act the trigger names as its object
        (`أدان الاتحاد مقتل صحفي`, `الاتحاد رحب بالاتفاق`, `دعت مصر إلى وقف الهجمات`): the reacting
        verb stands right before the mention or between it and the trigger, and the trigger follows
        it closely, not conjoined (`أدان الهجوم ودعا إلى`: the same subject goes on). The object
        of such a verb may well be the doer (`اتهمت إيران إسرائيل بقصف`): only the actor next to
        the verb counts."""
        word = self.tokens[t0].word
        if without_conjunction(word) != word or self._clause_opener(t0) or \
                not all(self.tokens[k].joined for k in range(m.first + 1, t0 + 1)):
            return False

        def reaction_end(k: int, stop: int) -> int | None:
            t = self.triggers.match_at(self.tokens, k, stop=stop)
            value = trigger_alone(t)
            ok = value is not None and value.event_type in _REACTION_TYPES and value.event_type != event_type
            return t.last if ok else None
        def object_of(end: int) -> bool:  # the trigger is the verb's object, not a setting (`خلال المحادثة`)
            return t0 - end <= 2 and not any(without_conjunction(self.tokens[k].word) in _SETTING_WORDS
                                             for k in range(end, t0))
        for k in range(m.last, t0):
            end = reaction_end(k, t0)
            if end is not None:  # `الاتحاد أدان الغارات` (not `الذين تدعمهم إيران حيث تعهد`)
                return object_of(end) and not any(end <= n.first < t0 for n in self._sentence_mentions)
        if t0 - m.last > 2:
            return False
        # `أدانت السعودية والإمارات الهجوم`: a party joined to the reacting verb's subject reacts with it
        heads = [m, *(p for p in self._sentence_mentions if m in self._joined_after(p, self._sentence_mentions))]
        for head in heads:
            listed = head.first - 2 >= self._sentence_first and self._after_both_of(head.first)
            for k in range(max(self._sentence_first, head.first - 3), head.first):
                # (`أدانت كل من السعودية والإمارات الهجوم`: the list after `كل من` reacts)
                if reaction_end(k, head.first) in (head.first, head.first - 2 if listed else head.first):
                    return object_of(m.last)
        return False

    def _announces_death(self, m: Mention, t0: int) -> bool:
        """`أعلنت الوزارة مقتل X`, `القوات المسلحة تعلن استشهاد X`, `أعلن الجيش، الأحد، عن مقتل جندي`: the
        subject of a verb of reporting (reporting_cues.tsv kind `verb`) whose object is a noun of a death
        (event_roles.tsv role `death`) tells of the death: it did not kill. The verb stands right
        before the subject or right after it; a time, `عن` at most stand between it and the noun."""
        if role_words("death").match_at(self.tokens, t0, stop=t0 + 1) is None:
            return False

        def reporting_verb(k: int) -> int | None:
            cue = claim_cues().match_at(self.tokens, k, stop=t0) if k >= self._sentence_first else None
            return cue.last if cue is not None and cue.value.kind == "verb" else None
        before = reporting_verb(m.first - 1)
        group_end = m.last if before == m.first else reporting_verb(m.last) if self.tokens[m.last].joined else None
        if group_end is None or not group_end <= t0 <= group_end + 4:
            return False
        gap = "".join(self.text[self.tokens[k - 1].end:self.tokens[k].start] for k in range(group_end, t0 + 1))
        if gap.strip(" ،,"):
            return False  # no other punctuation: `أعلن الجيش، الأحد، عن مقتل`, not `أعلن الجيش: "مقتل`
        return all(self._time_word(k) or role_words("about").has_word(without_conjunction(self.tokens[k].word))
                   for k in range(group_end, t0))

    def _other_act(self, k: int, last: int, event_type: str) -> bool:
        """A trigger of another type opens at tokens[k]: an agent or target word after it belongs
        to that act (`أدان مقتل صحفي برصاص الجيش`: the army shot, the union condemned)."""
        value = trigger_alone(self.triggers.match_at(self.tokens, k, stop=last))
        return value is not None and value.event_type != event_type

    def _object_of_reaction(self, t0: int, event_type: str) -> bool:
        """`وأدانت الهجوم`, `التي تندد بـ"هجوم"`, `الذي ينفي الاتهامات`: a noun trigger right after a verb
        of reacting (condemning, welcoming, calling for, protesting; a preposition may stand between)
        of another type is that verb's object: whoever reacts, named or dropped, does not do the act
        reacted to. After a verb of rejecting only another's words are (a charge, a call, a threat:
        `نفت التدخل`, a denied act, stays the denier's own)."""
        if self._verb(t0) or event_type in MUTUAL_TYPES or t0 - 1 <= self._sentence_first or not self._next_word(t0 - 1, t0):
            return False
        verb = t0 - 1
        if without_conjunction(self.tokens[verb].word) in _REACTION_PREPOSITIONS and self.tokens[verb].joined:
            verb -= 1  # `تندد بـ "هجوم"`: the preposition written apart
        t = self.triggers.match_at(self.tokens, verb, stop=verb + 1)
        value = trigger_alone(t)
        if value is None or value.event_type == event_type or not (value.verb_form or self._verb(verb)) or \
                role_words("reason").has_word(without_conjunction(self.tokens[verb].word)):
            return False  # (`احتجاجا على مقتل X`: a reason of another clause's act, `_reason_subject`)
        return value.event_type in _REACTION_TYPES or value.event_type == "REJECT" and event_type in _WORDS_REJECTED

    def _next_word(self, k: int, j: int) -> bool:
        """Nothing but spaces and quotation marks stands between tokens[k] and tokens[j]."""
        return not self.text[self.tokens[k].end:self.tokens[j].start].strip(" \"«»“”'")
