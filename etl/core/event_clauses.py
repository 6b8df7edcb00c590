"""Clauses and their acts: where a trigger's clause ends, and whether it names an act already found.

One event per type and clause (`غارات جوية ... قصف` name the same strikes), unless a connective, a
word of sequence or a relative on another head opens another act (`_new_clause`, `_sequenced`,
`_relative_on_another_head`); a later word of the same act may report it happening
(`_also_named_by`); a judgement restating an accusation is that accusation (`_restated_judgement`);
an attack or a protest framed by a condemnation is not reported happening (`_framed_not_reported`)."""
from __future__ import annotations

from dataclasses import replace

from . import event_sense
from .actor_lexicon import Actor, Mention
from .event_roles_words import CLAUSE_OPENERS, CONNECTIVES, RELATIVES, role_words
from .event_triggers import verb_form_words
from .event_words import _SEQUENCE_WORDS, Event, EventState
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import analyse, stem_candidates, without_conjunction

# acts whose clause speaks about an attack or a protest named after them rather than reporting it: in
# the GSR tune half, of the sentences where one of these comes before the attack, 1 in 130 is `yes`
# (condemned, denied, threatened, asked to stop, tried in court, agreed to end); for a protest, 0 in 39
# after condemning, accusing, denying, asking or arresting (but a protest dispersed, `فرقت الشرطة
# مظاهرة`, or backed, `تدعمهم الأحزاب`, is reported)
_FRAMING_TYPES_OF = {"ASSAULT": frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "COERCE", "SANCTION", "AGREE",
                                           "SUPPORT", "RETREAT", "CONCEDE", "COOPERATE"}),
                     "PROTEST": frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "COERCE"})}
_SEQUENCE_SPAN = 3  # words before a trigger such a word may stand (`بعد ساعات من السيطرة`)
# `بعد أقل من 24 ساعة على استقباله`: a measured span of time between the word and the act it ends at
_MEASURED_SEQUENCE_SPAN = 7
_SPAN_ENDS = word_classes()["event_span_end_preposition"]  # `من`, `على`: a span of time ends in them before its act
_SPAN_NOUNS = word_classes()["event_span_noun"]  # `ساعة`, `أيام`, `أعوام`: the span itself
_CLAUSE_OPENERS = word_classes()["event_clause_opener"]  # `كما أعلن`, `وقد بدأ`


class ClauseTests(EventState):
    """Clause bounds, and one event per act."""

    def _same_clause_text(self, start: int, end: int) -> bool:
        """No punctuation in the normalised text between two offsets."""
        return not any(ch in self.text[start:end] for ch in "،,.:;؛!?؟\"«»")

    def _clause_break(self, start: int, end: int) -> bool:
        """A comma, semicolon or colon in the normalised text between two offsets (quotation
        marks do not break a clause: `رفضت ميركل "رفضا قاطعا"`)."""
        return any(ch in self.text[start:end] for ch in "،,;؛:")

    def _same_clause_tokens(self, a: int, b: int) -> bool:
        return all(self.tokens[k].joined for k in range(a + 1, b + 1))

    def _conjoined_after_break(self, t0: int) -> bool:
        """`..., وأجرى`: the trigger carries `و`/`ف` right after punctuation."""
        word = self.tokens[t0].word
        return not self.tokens[t0].joined and word[:1] in "وف" and without_conjunction(word) != word

    def _opens_clause(self, t0: int, first: int) -> bool:
        """The trigger is the sentence's first word, or follows `و`/`ف` joined to it at a clause start
        with no actor before it in the clause."""
        if t0 == first or (t0 == first + 1 and self.tokens[first].word in _CLAUSE_OPENERS):
            return True
        return self._conjoined_after_break(t0)

    def _clause_end(self, t1: int, last: int) -> int:
        """Where the clause of a trigger ending at tokens[t1] ends: at a clause joined by `و`/`ف` or
        opened by `حيث`/`بينما`/`كما` after punctuation (`..., وغادر`, `، حيث`), else the sentence's end."""
        for k in range(t1, last):
            if self.tokens[k].joined:
                continue
            word = without_conjunction(self.tokens[k].word)
            if self._conjoined_after_break(k) or word in CLAUSE_OPENERS or word in CONNECTIVES:
                return k
        return last

    def _new_clause(self, t0: int, first: int) -> bool:
        """`..., كما فرضت عقوبات`, `بينما اجتاح`: a connective opens a clause of its own act."""
        return t0 > first and without_conjunction(self.tokens[t0 - 1].word) in CONNECTIVES

    def _sequenced(self, earlier_end: int, t0: int, first: int) -> bool:
        """`دخول القوات بعد ساعات من السيطرة على`, `قصفت ...، لكن الاستهداف`: a temporal preposition
        or an adding word in the few words before a trigger, after the same type's earlier trigger,
        names another act, not the earlier one again; so does one further back whose span of time
        ends in a noun of time and `من`/`على` right before the trigger (`بعد أقل من 24 ساعة على لقائه`),
        not a partitive `من` (`قبل أيام وأدت إلى سقوط عدد من القتلى`)."""
        span = _SEQUENCE_SPAN
        if t0 - 2 > first and without_conjunction(self.tokens[t0 - 1].word) in _SPAN_ENDS and \
                self.tokens[t0 - 2].word in _SPAN_NOUNS:
            span = _MEASURED_SEQUENCE_SPAN  # `ساعة على`, `أيام من`: the span of time ends at the act
        return any(self.tokens[k].start >= earlier_end and without_conjunction(self.tokens[k].word) in _SEQUENCE_WORDS
                   and self._same_clause_tokens(k, t0) for k in range(max(first, t0 - span), t0))

    def _relative_on_another_head(self, t0: int, first: int, last: int) -> bool:
        """`أجريا محادثات في القرية التي التقيا فيها في أبريل`: a verb trigger opening a relative clause
        on a noun that names no act (a place, a party) tells another act than the one before it; on a
        noun that names the act (`الهجوم الذي استهدف`), on a date or a body's name in the act's
        genitive (`هجمات باريس في نوفمبر 2015 التي`) it tells the same one."""
        relative = self.tokens[t0 - 1].word
        if t0 - 2 < first or relative not in RELATIVES or not relative.startswith("ال"):
            return False  # `التي`, `الذي` (not `من`, `ما`: `وتمكن من قتل` is a preposition)
        head = t0 - 2
        if self.tokens[head].word[:1].isdigit():
            return False  # `هجمات باريس في 13 نوفمبر 2015 التي قتل فيها`: a date of the act named before
        if any(m.first <= head < m.last and m.actor.actor_type != "person" for m in self._sentence_mentions):
            return False  # `قمة مجموعة السبع التي انعقدت`: the name in the act's genitive
        word = self.tokens[t0].word
        if not any(stem in verb_form_words() for stem in (*stem_candidates(word), *analyse(word).unsuffixed)):
            return False  # `الهجمات التي`: a noun after the relative is its clause's subject, no act of its own
        return self.triggers.match_at(self.tokens, head, stop=last) is None and \
            not any(self.triggers.match_at(self.tokens, k, stop=last) is not None for k in range(max(first, head - 1), head))

    def _also_named_by(self, event: Event, t: PhraseMatch, first: int, last: int) -> Event:
        """`هجوم ... وقتل`: a later trigger naming the same act; the act is reported as happening
        when any word naming it (with no context cue) reports it."""
        if event.reported is not False or \
                self.context.reason(t.first, t.last, event.event_type, first, last) is not None:
            return event
        sense = event_sense.read(self.tokens, t.first, t.last, first, last, event.event_type, record=False)
        return replace(event, reported=True) if sense is not None and sense.reported else event

    def _restated_judgement(self, t: PhraseMatch, events: list[Event], mentions: list[Mention],
                            source: Actor | None) -> bool:
        """A judging word (`غير مقبول`, `event_roles.tsv` class judged) after an accusation of the
        sentence by the same doer, with no other party named between them: the accuser's own words
        on what was accused, the same act; after another party (`فيما قال X إن ... غير مقبول`), or
        said by another doer than the accusation's (`وصفت روسيا ... بعد اتهامها`), it is another act."""
        if not role_words("judged").match_at(self.tokens, t.first, stop=t.last):
            return False
        earlier = next((e for e in reversed(events) if e.event_type == "ACCUSE"), None)
        if earlier is None or earlier.source != source:
            return False
        return not any(earlier.trigger_end <= self.tokens[m.first].start < t.start and
                       m.actor not in (earlier.source, earlier.target) for m in mentions)

    def _framed_not_reported(self, events: list[Event]) -> list[Event]:
        """`ندد الرئيس بالهجوم`, `اتهمت الحكومة المعارضة بتنظيم الاحتجاجات`, `هدد بشن هجوم`, `حكم على
        منفذ الهجوم`: an attack or a protest named after an act of condemning, accusing, denying,
        threatening, asking, sentencing or agreeing in its clause is what that act is about; the sentence does not report it happening
        (arabic_event_gsr's tune half labels all such sentences no). A framing phrase set off by a
        comma (`وفي الاتهامات المتبادلة، أعلنت ...`) frames nothing after it."""
        def framed(act: Event) -> bool:
            return any(e.event_type in _FRAMING_TYPES_OF.get(act.event_type, ()) and e.trigger_start < act.trigger_start
                       and not self._clause_break(e.trigger_end, act.trigger_start) for e in events)
        return [replace(e, reported=False) if e.reported and framed(e) else e for e in events]
