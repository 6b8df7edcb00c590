"""Trigger readings: which act a trigger match names, or whether it names one at all.

A collocation's verb names its act once its object follows within the gap (`حمّلت ... مسؤولية`),
and what a SANCTION or RETREAT verb stops is no act of its own (`_collocation`, `_same_act_named`);
a noun that normalisation made look like a verb (`_misspelled_as_verb`) and a title pattern's
"name" that is the act the sentence reports (`_act_read_as_name`) are read as they are."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .event_triggers import Head, Trigger, misread_noun, trigger_alone, trigger_first_words, verb_form_words
from .event_words import _COOPERATIVE_TYPES, EventState
from .lexicon import word_classes
from .matching import PhraseMatch

_ONE_ROW_OBJECT_TYPES = frozenset({"ACCUSE", "SANCTION"})  # `_same_act_named`
# `الآن` (now): later words of a phrase match without their article, so it reads as `أن`
_ADVERBS_READ_AS_PARTICLES = word_classes()["adverb_read_as_particle"]
_NEED_WORDS = word_classes()["event_need"]  # `ضرورة`: the act after it is asked for (event_modality.py)


class TriggerReadings(EventState):
    """Collocations, misread nouns and acts read as names."""

    def _collocation(self, head: PhraseMatch, last: int, mentions: list[Mention] = ()) -> PhraseMatch[Trigger] | None:
        """`حمّلت أنقرة النظام السوري مسؤولية`: a collocation's verb whose object follows within its
        gap; the match spans the verb only (the words between belong to other roles). A person
        named between counts as one word of the gap, however long the name and titles (`أجرى
        الرئيس التركي رجب طيب أردوغان محادثات`: the subject is one phrase)."""
        reach = max(c.max_gap for c in head.value.collocations)
        # a person's name with its titles, not a body's (`نشرت صحيفة X تقريرا عن القوات`: no deployment)
        people = [m for m in mentions if m.actor.actor_type == "person" and m.first >= head.last and m.last <= last]
        longer = sum(m.last - m.first - 1 for m in people)
        for k in range(head.last, min(last, head.last + reach + longer + 1)):
            inside = sum(m.last - m.first - 1 for m in people if m.last <= k)
            for c in head.value.collocations:
                found = c.objects.match_at(self.tokens, k, stop=last) if k - head.last - inside <= c.max_gap else None
                if found is not None:
                    if c.trigger.event_mode == "visit" and c.objects.get("الي") is not None and \
                            not self._foreign_destination(k, mentions):
                        continue  # `وصل عدد القتلى إلى`, `عاد الرئيس إلى بلاده`: no visit
                    if c.trigger.event_type == "SANCTION" and (self._benefit_at(k, last) or self._meeting_at(k, last)):
                        # `جمدت المساعدات`: the aid stopped is no act of aid; `جمدت اتصالاتها مع`, `علقت
                        # المحادثات`: the contacts or talks stopped are no meeting held
                        self._stopped.add(k)
                    elif c.trigger.event_type == "RETREAT" and self._act_at(k, last):
                        # `علقت المناورات`, `رفع العقوبات`: the drills suspended, the sanctions lifted are
                        # what the retreat ends, no show of force or sanction of their own
                        self._stopped.add(k)
                    elif c.trigger.event_type == "AGREE" and self._meeting_at(k, last):
                        # `دعا نظيره لزيارة`: the visit invited to is the agreement's object, no visit
                        # made (a visit called off, `ألغى زيارته`, stays one, negated: gold.md)
                        self._stopped.add(k)
                    elif c.trigger.event_type == "REQUEST" and self._needed_act_after(found, last):
                        continue  # `شدد على ضرورة الحفاظ على الاتفاق`: the act needed is read itself (the need word
                        # makes it REQUEST, keeping a thing SUPPORT): no second row for the verb
                    elif c.trigger.event_mode == "ceasefire":
                        self._stopped.add(k)  # `وقف "دائم" لإطلاق النار`: the firing stopped is no attack
                    elif (same := self._same_act_named(k, c.trigger.event_type, last, c.trigger.event_mode)) is not None:
                        # `وجهت النيابة، أمس، اتهامات`: the object is a trigger of the verb's own act, one row
                        self._stopped.update(range(same.first, same.last))
                    return PhraseMatch(head.first, head.last, head.start, head.end, c.trigger)
        alone = head.value.alone
        return None if alone is None else PhraseMatch(head.first, head.last, head.start, head.end, alone)

    def _same_act_named(self, k: int, event_type: str, last: int, mode: str | None = None) -> PhraseMatch | None:
        """The collocation's object at tokens[k] when it is itself a plain trigger of `event_type`, an
        accusation or a sanction (`اتهامات` after `وجهت`, `شكوى رسمية` after `قدمت`, `العقوبات` after
        `فرض`): one act. Not a head of its own (`دعوة` of `قبل دعوة للقاء` governs the meeting
        invited to), nor an attack (`الجهة التي نفذت الهجوم`: the verb may name its doer while the
        noun reports it; in 1,000 corpus articles both were lost with the noun)."""
        if event_type not in _ONE_ROW_OBJECT_TYPES:
            return None
        found = self.triggers.match_at(self.tokens, k, stop=last)
        if found is None or isinstance(found.value, Head):
            return None
        # the charge a conviction names (`أدين بتهمة`, `إدانته بتهمة الفساد`) is the ground of that one act
        charge = mode == "convict" and found.value.event_type == "ACCUSE"
        return found if found.value.event_type == event_type or charge else None

    def _needed_act_after(self, found: PhraseMatch, last: int) -> bool:
        """The collocation's object names a need (`على ضرورة`) and an act's trigger follows it."""
        if not any(self.tokens[k].word in _NEED_WORDS for k in range(found.first, found.last)):
            return False
        after = self.triggers.match_at(self.tokens, found.last, stop=last)
        if after is not None and isinstance(after.value, Head):
            after = self._collocation(after, last)  # a head is an act only with its object (`وقف إطلاق النار`)
        return after is not None

    def _benefit_at(self, k: int, last: int) -> bool:
        """An act of help opens at tokens[k] (`المساعدات` AID, `التعاون` COOPERATE): stopped by a
        SANCTION verb it names what is withheld; a sentence (`بالسجن` COERCE) or a recall
        (`سفيرها للتشاور` SANCTION) stays an act of its own."""
        m = self.triggers.match_at(self.tokens, k, stop=last)
        return m is not None and isinstance(m.value, Trigger) and m.value.event_type in _COOPERATIVE_TYPES

    def _act_at(self, k: int, last: int) -> bool:
        """A trigger of any type or a collocation head (`الحظر على سفر`) opens at tokens[k]."""
        return self.triggers.match_at(self.tokens, k, stop=last) is not None

    def _meeting_at(self, k: int, last: int) -> bool:
        """A meeting, a visit or talks (a CONSULT trigger, or a collocation head that is one alone:
        `زيارة`, also the head of `الزيارة المقررة`) open at tokens[k]."""
        trigger = trigger_alone(self.triggers.match_at(self.tokens, k, stop=last))
        return trigger is not None and trigger.event_type == "CONSULT"

    def _foreign_destination(self, to: int, mentions: list[Mention]) -> bool:
        """`توجه عراقجي إلى أنقرة`: a state named right after `إلى` (tokens[to]) and a person not known
        to be of that country named before it, the traveller: going there is a visit (PLOVER §CONSULT)."""
        destination = next((m.actor for m in (*mentions, *self._sentence_places)
                            if m.first == to + 1 and m.actor.actor_type == "state"), None)
        return destination is not None and any(
            m.last <= to and m.actor.actor_type == "person" and m.actor.country_iso3 != destination.country_iso3
            for m in mentions)

    def _adverb_read_as_particle(self, t: PhraseMatch) -> bool:
        """`كما هو عليه الآن`: a later word of the phrase is an adverb that only its article made
        match a particle (`عليه أن`, the obligation laid on a party): no demand."""
        return any(self.tokens[k].word in _ADVERBS_READ_AS_PARTICLES for k in range(t.first + 1, t.last))

    def _misspelled_as_verb(self, t: PhraseMatch) -> bool:
        """The trigger's first word, as written, is a noun normalisation made look like a verb."""
        if self.original is None:
            return False
        token = self.tokens[t.first]
        a, b = self.original.to_original(token.start, token.end)
        return misread_noun(self.tokens, t, self.text, self.original.original[a:b])

    def _act_read_as_name(self, m: Mention, last: int) -> bool:
        """A person the title pattern found whose "name" opens with a whole trigger phrase and no
        given name (`أعلن الرئيس إطلاق سراح المعتقلين`): the words after the title are the act the
        sentence reports, not a person. A given name keeps the person (`فيصل`, `فتح الله`), a
        trigger after the first word is left to the name (`حرب`, `نصر` are family names)."""
        if m.actor.origin != "pattern" or m.actor.actor_type != "person" or \
                self.tokens[m.first].word not in trigger_first_words():
            return False  # `رضوان فايد`: a trigger only once a proclitic is split off (`ف` + `أيد`) is a name
        if actor_lexicon().given_names.match_at(self.tokens, m.first) is not None or \
                self.tokens[m.first].word in verb_form_words():
            return False
        found = self.triggers.match_at(self.tokens, m.first, stop=last)
        # a whole trigger phrase (`إطلاق سراح`), not a verb heading a collocation (`اقترح الرئيس عقد
        # قمة`: the verbal noun asked for, whose reading the name hid, is no meeting held)
        return found is not None and not isinstance(found.value, Head)
