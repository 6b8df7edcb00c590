"""Who a reporting verb's subject is when the speaker rules alone would misread it: the
mentions a colon or quotation after the verb leaves out, `الأخير` (the latter), a title before
its holder's name, a phrase before a described object or a relative clause; and the speaker
named after a verb that follows its content (`"..."، قال الوزير.`)."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import QUOTE_OPEN, TIME_WORDS, Claim
from .claim_state import ClaimState
from .lexicon import word_classes
from .morphology import without_conjunction

# `وصف X Y بأنه`, `اتهم X Y بأنه`: verbs whose object comes before `بأن` (normalised stems)
_OBJECT_BEFORE_BI_ANNA = tuple(sorted(word_classes()["object_before_bi_anna"]))


class ClaimVerbSubjects(ClaimState):
    """The subject of a reporting verb the speaker rules alone would misread, and the speaker named
    after a verb that follows its content."""

    def _before_opened_words(self, c, last: int, mentions: list[Mention], by_first, by_last):
        """`وأضاف: "سأتحدث مع ترامب"`: a colon, or an opening quotation, right after the verb opens
        the words said; an actor named inside them is no speaker of the verb (a name quoted right
        after the verb may be: `وقال "حزب X" إن`). The mentions (and their indexes) the speaker
        rules may read."""
        if c.last >= last:
            return mentions, by_first, by_last
        gap = self._gap(c.last)
        inside = c.last if ":" in gap else c.last + 1 if gap[-1:] in QUOTE_OPEN else None
        if inside is None or not any(m.first >= inside for m in mentions):
            return mentions, by_first, by_last
        kept = [m for m in mentions if m.first < inside]
        return kept, {m.first: m for m in kept}, {m.last: m for m in kept}

    @staticmethod
    def _antecedent_span(source: Mention, mentions: list[Mention]) -> tuple[int, int] | None:
        """`عرضت موسكو على الأسد ...، لكن الأخير رفض وأكد قدرته`: `الأخير` refers back; the source
        text is the name it refers to, the nearest earlier mention of the same actor in the sentence."""
        before = [m for m in mentions if m.actor is source.actor and m.last <= source.first]
        return (before[-1].start, before[-1].end) if before else None

    def _subject_before_described_object(self, c, source: Mention | None, last: int) -> Mention | None:
        """`ووصف الرئيس الأمريكي إعلان كوريا الشمالية بأنه`, `واتهم الوزير حكومة X بأنها`: a verb whose
        object comes before `بأن`, a title or a body's head right after it, then the object in which the
        source found stands: the title's phrase is the subject (a bare title, the person of its kind
        who spoke last). A person named after the title is the title's holder (`اعتبرها رئيس الاتحاد
        (فيفا) X`), not in the object."""
        j = c.last
        if source is None or source.actor.actor_type == "person" or source.first <= j + 1 or j in self.in_mention \
                or self._comma_before(j) \
                or not without_conjunction(self._word(c.first)).startswith(_OBJECT_BEFORE_BI_ANNA) \
                or not self._speaker_head(j) or any(self._comma_before(k) for k in range(j + 1, source.first + 1)):
            return None
        phrase = self._noun_phrase_at(j, source.first) or self._bare_title_at(j, source.first, reaches=True)
        return phrase if phrase is not None and phrase.last < source.first else None

    def _subject_before_relative(self, c, last: int) -> int | None:
        """`وتقول الشركة التي تنتج الأجهزة إنها`, `وأضاف مدير المستشفى الذي يعالج فيه X أن`: a verb
        of saying with a conjunction, then one to three words headed by a title, a body or a definite
        noun, then a relative pronoun with no comma between, and a content marker after the clause:
        the token index of the relative pronoun."""
        j = c.last
        word = self._word(c.first)
        if c.value.kind != "verb" or self._is_participle(c.first) or word[:1] not in "وف" or j + 1 >= last:
            return None
        head = self._word(j)
        if not (self._speaker_slot(j) or head.startswith("ال") and head not in TIME_WORDS and self.tokens[j].bare not in TIME_WORDS) \
                or self._is_preposition(head) or head in self.relatives:
            return None
        for k in range(j + 1, min(last, j + 4)):
            if self._comma_before(k) or not self._word(k - 1).isalpha() or self._is_complementizer(self._word(k)):
                return None
            if self._word(k) in self.relative_pronouns:
                marker = self._content_marker(k + 1, last) if k + 1 < last else None
                # (or a quotation opening right after the comma that closes the clause: `وتابع الرئيس الذي
                # كان يتحدث بعد القمة، "..."`; not a colon after more words: `مدير الحملة التي نظمت القافلة،
                # X، بخصوص ...: "..."` names its speaker after the clause)
                return k if marker is not None and (self._is_complementizer(self._word(marker)) or marker > k + 2
                                                    and self._comma_before(marker) and self._gap(marker)[-1:] in QUOTE_OPEN) else None
        return None

    def _holder_after_title(self, c, last: int, by_first) -> Mention | None:
        """`وأعلن وزير الخارجية سامي حداد استعداده`: a title no rule joined to the name after it
        (one to three words that may name a speaker, opened by a title, no comma) stands between
        the verb and the named person who holds it: that person is the verb's subject."""
        if c.last >= last or actor_lexicon().titles.match_at(self.tokens, c.last, stop=c.last + 1) is None:
            return None
        for k in range(c.last + 1, min(last, c.last + 4)):
            holder = by_first.get(k)
            if holder is not None:
                if k == c.last + 1 and self._genitive_of_title(holder):
                    return None  # (`وقالت محامية X إن`: X in construct after the title is not its holder)
                return holder if holder.actor.actor_type == "person" and self._subject_words(c.last, k) else None
        return None

    def _trailing_claim(self, c, first: int, last: int, by_first, end: int | None = None) -> Claim | None:
        source = self._source_after_verb(c.last, last, by_first)
        named = by_first.get(source.last) if source is not None and source.actor.actor_type != "person" else None
        if named is not None and named.actor.actor_type == "person":
            source = named  # `كما أعلنت المتحدثة باسم البيت الأبيض سارة ساندرز`: the spokeswoman, named
        start, end = self._after_adverbial(first, c.first - 1), c.first - 1 if end is None else end
        told = self._addressee_after_subject(c.last, last, by_first) or last  # (`قال الوزير للصحفيين.`)
        if source is None and 1 <= told - c.last <= 3 and self._subject_words(c.last, told):
            # `"..."، قال الوزير.`: the words after the verb name the speaker no rule knows
            t0, t1 = self.tokens[c.last], self.tokens[told - 1]
            hedged = c.value.hedged or self._hedged(start, end)
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                         None, (t0.start, t1.end), None, hedged) if start < end else None
        if source is None or start >= end or source.last + 3 < last and not self._comma_before(source.last) \
                and not self._is_preposition(self._word(source.last)) and self._word(source.last) not in self.relative_pronouns:
            return None  # (the source ends the sentence, or a comma, where it spoke or a relative clause
            # describing it follows it: `في تغريدة`, `كما قال المجلس الذي يساعد الحكومة`)
        if source.last < last and self._word(source.last) in self.relative_pronouns and any(
                m is not None and m.value.kind == "verb" for m in (
                    self.cues.match_at(self.tokens, k, stop=end) for k in self.cues.starts_in(self.tokens, start, end))):
            return None  # `وقال X إن ...، كما أعلنت روسيا التي تستضيف ... دعمها`: the clause is already X's
            # report, and the verb after the relative clause has its own object
        hedged = c.value.hedged or self._hedged(start, end)
        channel, _ = self._channel(source.last, last, by_first)
        span = (source.start, source.end)
        told = next((k for k in range(source.last, min(told, source.last + 4)) if self._word(k).startswith("لل")), told)
        if source.actor.actor_type == "person" and source.actor.origin == "pattern" and source.first == c.last \
                and self._speaker_head(c.last) and 1 <= told - source.last <= 3 and self._subject_words(source.last, told):
            # `"..."، قال وزير الداخلية الهولندي يوب فاندرمير للصحفيين.`: the title, then its holder's name
            # no rule knows, up to the end or whom it was said to
            span = (source.start, self.tokens[told - 1].end)
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     source, span, channel, hedged)

        # (the last: `أن الرئيس ترامب جعلها تبكي في مكالمة قال فيها`, named in the report before its verb)
