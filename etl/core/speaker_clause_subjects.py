"""Subjects before the verb: the actor opening the nearest main clause, which a verb with its
subject dropped or a participle shares (`رحبت الحكومة ...، وأكدت`); a definite phrase no rule named
opening the sentence; the subject of `كان ... (قد)` + past verb; a name set off by commas after a
title (`لكن المتحدث، X، قال`); and what is no subject: a topic fronted with `عن`, the genitive of an
indefinite title (`محامي X`), a phrase before a verb carrying `و`."""
from __future__ import annotations

from bisect import bisect_left

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import TIME_WORDS
from .lexicon import word_classes
from .morphology import analyse, without_conjunction
from .speaker_words import SpeakerState, _CONTRAST_OPENERS
from .text import normalize_phrase

_MAIN_CLAUSE_OPENERS = word_classes()["main_clause_opener"]
_PAST_AUXILIARIES = word_classes()["past_auxiliary"]  # `كان`, `كانت`, `كانوا`


class ClauseSubjects(SpeakerState):
    """The subject of a verb of saying standing before it in its clause."""

    def _genitive_of_title(self, m: Mention) -> bool:
        """`محامي ترامب`, `أخ رضوان`: a name right after an indefinite title or person noun is the
        genitive of the office, not its holder (`الرئيس ترامب`, with the article, is the holder)."""
        if m.first == 0:
            return False
        before = self._word(m.first - 1)
        return not before.startswith(("ال", "وال")) and self._speaker_head(m.first - 1) \
            and not self._comma_before(m.first)

    def _conjoined_verb(self, c) -> bool:
        """The cue verb carries the conjunction `و`/`ف` (`واعتبر`, `فقال`): no subject stands right
        before it."""
        token = self.tokens[c.first]
        return c.value.kind == "verb" and self.text[token.start:c.start] in ("و", "ف")

    def _named_in_apposition(self, name: Mention, c, first: int) -> bool:
        """`لكن المتحدث باسم الكرملين، ديمتري بيسكوف، قال إن`: a person named between commas right
        before a verb with no conjunction, after a short title opening the clause (the sentence,
        or a comma and `لكن`/`بينما`...): the subject, set off as an apposition."""
        if name.actor.actor_type != "person" or not self._comma_before(c.first) \
                or self._word(c.first)[:1] in "وف" or self._is_participle(c.first) or name.first <= first:
            return False
        bounds = self._clause_bounds
        i = bisect_left(bounds, name.first + 1) - 1  # (the mention may hold the title and its comma)
        if i >= 0 and bounds[i] == name.first:
            i -= 1
        a = bounds[i] if i >= 0 and bounds[i] > first else first
        if self._word(a) in _MAIN_CLAUSE_OPENERS or self._word(a) in _CONTRAST_OPENERS:
            a += 1
        if name.first == a:
            return any(self._comma_before(k) for k in range(name.first + 1, name.last))  # `لكن الوزير، X، قال`
        return self._comma_before(name.first) and 1 <= name.first - a <= 5 and all(
            self._word(k).isalpha() and not self._is_complementizer(self._word(k)) and self._word(k) not in self.relatives
            and self.cues.match_at(self.tokens, k, stop=name.first) is None for k in range(a, name.first))

    def _pluperfect_subject(self, cue: int, first: int, by_last) -> Mention | None:
        """`وكان الرئيس الفرنسي قد ندد`, `وكانت الوزارة أعلنت`: the subject of `كان ... (قد)`
        + past verb stands between the two: a named actor or a definite phrase no rule named."""
        slot = self._pluperfect_slot(cue, first)
        if slot is None:
            return self._pluperfect_across_commas(cue, first, by_last)
        kan, end = slot[0] - 1, slot[1]
        named = by_last.get(end)
        if named is not None and (named.first == kan + 1 or named.actor.actor_type == "person"):
            return named  # (`وكان وزير الخارجية الروسي سيرغي لافروف قد`: the person named after the title)
        phrase = self._noun_phrase_at(kan + 1, end)
        if phrase is not None and phrase.last == end:
            return phrase
        return None

    def _pluperfect_across_commas(self, cue: int, first: int, by_last) -> Mention | None:
        """`وكان مستشار الرئيس، فلان الفلاني، أعلن أن`, `وكان رئيس الوزراء، الذي ...، اعتبر أن`,
        `وكانت المنظمة التي ... ، قد أعربت عن`: a sentence opened by `كان` whose subject is set off
        by commas (an apposition, a description, a relative clause) before the past verb of saying
        (or its `قد`), with no conjunction on the verb: the subject is the person named between
        the last commas, else the actor or definite phrase right after `كان`. (The speaker of the
        sentence before does not say it.)"""
        if cue - 2 <= first or without_conjunction(self._word(first)) not in _PAST_AUXILIARIES:
            return None
        word = self._word(cue)
        with_qad = without_conjunction(self._word(cue - 1)) == "قد"
        end = cue - 1 if with_qad else cue
        if word[:1] in "وف" or self._is_participle(cue) or not (with_qad or analyse(word).past_shape) \
                or end - first > 30 or not self._comma_before(end) \
                or any(without_conjunction(self._word(k)) == "قد" for k in range(first + 1, end)):
            return None  # (`وكان X قد وصل، ...`: the clause of `كان` is complete before the comma)
        mentions = {m.first: m for m in by_last.values()}
        if cue + 1 in mentions:
            return None  # the verb has its own subject after it
        commas = [k for k in range(first + 2, end) if self._comma_before(k)]
        named = mentions.get(commas[-1]) if commas else None
        if named is not None and named.last == end and named.actor.actor_type == "person":
            return named  # `وكان مستشار الأمن القومي، فلان، أعلن`: the holder named in apposition
        head = mentions.get(first + 1)
        if head is not None and (not commas or head.last <= commas[0]):
            return head
        bound = commas[0] if commas else end
        phrase = self._noun_phrase_at(first + 1, bound)
        if phrase is None and self.describe is not None and bound - first <= 5:
            phrase = self.describe(first + 1, bound)  # `وكان رئيس وزراء كندا، ...`: an office no rule named
            if phrase is not None and phrase.last != bound:
                phrase = None
        if phrase is None and actor_lexicon().titles.match_at(self.tokens, first + 1, stop=first + 2) is not None:
            # `وكان رئيس وزراء كندا، ...`: an unnamed office holder of a named body speaks for that body
            phrase = next((m for m in mentions.values() if first + 1 < m.first and m.last == bound
                           and m.actor.actor_type != "person"), None)
        return phrase

    def _pluperfect_slot(self, cue: int, first: int) -> tuple[int, int] | None:
        """The tokens between `كان` and `قد` before a past verb (`وكان السفير ... قد صرح`), or
        between a clause-opening `كان` and the past verb itself (`وكان الجيش أعلن`): the subject's
        slot, filled (so no remembered speaker says it) whether or not a rule names it."""
        if cue - 1 <= first:
            return None
        with_qad = without_conjunction(self._word(cue - 1)) == "قد"
        end = cue - 1 if with_qad else cue
        kan = next((k for k in range(end - 1, max(first, cue - 8) - 1, -1)
                    if without_conjunction(self._word(k)) in _PAST_AUXILIARIES), None)
        if kan is None or kan + 1 >= end or any(self._comma_before(k) for k in range(kan + 1, cue)):
            return None
        if not with_qad and not self._bare_pluperfect(kan, cue, first):
            return None
        return kan + 1, end

    def _bare_pluperfect(self, kan: int, cue: int, first: int) -> bool:
        """`وكان الجيش أعلن سابقا أن`, `وكانت الوزارة قالت إن`: `كان` opening its clause, a subject
        of plain words, then a past verb of saying with no conjunction (not `وكان الوزير في باريس
        وقال`, nor a relative clause `كان الوزير الذي قال`)."""
        word = self._word(cue)
        if word[:1] in "وف" or self._is_participle(cue) or not analyse(word).past_shape:
            return False
        if not (kan == first or self._comma_before(kan) or self._word(kan).startswith("و")):
            return False
        return all(self._word(k).isalpha() and self._word(k) not in self.relatives and not self._is_preposition(self._word(k))
                   and not self._is_complementizer(self._word(k)) for k in range(kan + 1, cue))

    def _opening_subject_phrase(self, first: int, cue: int) -> Mention | None:
        """`ورد رئيس الوزراء الإيطالي الجديد على الرئيس الفرنسي، قائلا`: a sentence opened by a
        reporting verb whose subject is a definite phrase no rule named (ended by a preposition or
        a comma); a participle of saying later in the sentence shares that subject."""
        if first + 1 >= cue:
            return None
        verb = self.cues.match_at(self.tokens, first, stop=cue)
        word = self._word(first)
        if verb is not None and verb.value.kind == "verb":
            after = verb.last
        elif word[:1] in "وف" and getattr(self.cues.get(word[1:]), "kind", None) == "verb":
            after = first + 1  # `ورد`: a conjunction on a three-letter verb
        elif self._opens_with_past_verb(first):
            after = first + 1  # `وأشاد وزير الداخلية بجهود ...، قائلا`: any verb, its subject a title or body
        else:
            return None
        if after >= cue or after in self.in_mention:
            return None
        phrase = self._noun_phrase_at(after, cue)
        if phrase is None and after != first + 1 or phrase is not None and after == first + 1 and phrase.actor.actor_type == "other":
            return None
        # `وأضاف وزير الخارجية قائلا`: the phrase right after the verb may run up to a participle of
        # saying with no comma between — the verb's subject, which the participle shares
        reaches = self._is_participle(cue) and not self._comma_before(cue)
        if phrase is None:
            return self._bare_title_at(after, cue, reaches)  # `وانتقد الوزير قرار المحكمة، وقال`
        if phrase.last > cue or phrase.last == cue and not reaches or not (self._comma_before(phrase.last) or self._is_preposition(self._word(phrase.last))
                                      or self._word(phrase.last)[:1] == "ب" or not self._word(phrase.last).startswith("ال")):
            return None
        return phrase

    def _opens_with_past_verb(self, first: int) -> bool:
        """`وأشاد`, `وانتقد`, `فرحب`: a sentence opened by a conjunction and a past verb (a word of
        three to six letters, no article, no preposition, no name) whose subject follows."""
        word = self._word(first)
        analysis = analyse(word)
        stem = analysis.bare
        return bool(analysis.conjunction) and analysis.past_shape \
            and first not in self.in_mention and not self._is_preposition(word) and stem not in TIME_WORDS \
            and first + 1 < len(self.tokens) and self._word(first + 1).isalpha() and not self._is_preposition(self._word(first + 1))

    def _clause_subject(self, first: int, cue: int, mentions: list[Mention]) -> Mention | None:
        """The subject a subjectless cue verb shares: the actor opening the nearest earlier main
        clause — the sentence's first clause or one opened by `لكن`, `بينما`, `ثم`... —
        (`رحبت الحكومة اليمنية ...، وأكدت`, `لكن الجانب العراقي لم يكن منفتحا، وأكد`).
        Appositions (`، مارتن غريفيث،`) and subordinate clauses are skipped."""
        found = self._clause_bounds  # the tokens after a comma or semicolon
        bounds = found[bisect_left(found, first + 1):bisect_left(found, cue)]
        starts = [first, *bounds]
        ends = [*bounds, cue]
        main = self._after_adverbial(first, cue)  # `وفي وقت لاحق، تراجعت الشركة ...`
        for b, e in reversed(list(zip(starts, ends))):
            if b not in (first, main) and self._word(b) not in _MAIN_CLAUSE_OPENERS:
                continue
            opener = b + 1 if self._word(b) in self.adverbs or self._word(b) in ("قد", "لقد", "وقد") \
                or self._word(b) in _MAIN_CLAUSE_OPENERS else b  # (`كما أقرت المحكمة ...، مؤكدة`: the verb, then its subject)
            for m in mentions:
                if b <= m.first <= opener + 1 and m.last <= e and (e - b) > (m.last - m.first):
                    return m  # (`كذلك طالب وزير الخارجية ...`: after an adverb)
                if self._titled_after(opener + 1, m) and m.last <= e:
                    return self._named_in_full_before(m)
        return None

    def _named_in_full_before(self, m: Mention) -> Mention:
        """`وعزا الملك X ...`: a person named in the last sentences by a longer name holding every word
        of this one (`الملك X الثاني`) is the same person, as first named."""
        words = normalize_phrase(m.actor.name_ar or "").split()
        fuller = next((n for n in reversed([s for s, _ in self.speakers[-3:]] + self.named_before)
                       if n.actor.actor_type == "person" and n.actor.actor_id != m.actor.actor_id
                       and len(normalize_phrase(n.actor.name_ar or "").split()) > len(words)
                       and set(words) <= set(normalize_phrase(n.actor.name_ar or "").split())), None) if words else None
        return m if fuller is None else Mention(fuller.actor, m.first, m.last, m.start, m.end)

    def _titled_after(self, j: int, m: Mention) -> bool:
        """`وانتقد النائب X الحكومة، مشيرا`: a person named right after a definite title and up to two
        definite adjectives (`الرئيس الفرنسي X`) that open the clause after its verb, none of them in a
        mention nor set off by a comma: the title's holder is the clause's subject."""
        if m.actor.actor_type != "person" or not j + 1 <= m.first <= j + 3 or not self._word(j).startswith("ال") \
                or actor_lexicon().titles.match_at(self.tokens, j, stop=j + 1) is None:
            return False
        word, named = self._word(m.first), normalize_phrase(m.actor.name_ar or "").split()
        if len(named) < 2 and m.actor.origin == "pattern":
            return False  # (`وانتقد الوزير قرار المحكمة`: one word after a title, read as a name only by the pattern, opens the object)
        if word[:1] in "لب" and word not in named and word[1:] in named:
            return False  # (`المستشار الاقتصادي لأردوغان X`: a name after `لـ` is the title's genitive, not its holder)
        return all(k not in self.in_mention and not self._comma_before(k) and (k == j or self._word(k).startswith("ال"))
                   for k in range(j, m.first)) and not self._comma_before(m.first)

    def _fronted_topic(self, m: Mention, first: int) -> bool:
        """`وعن الفنان X قال`, `أما عن X فقال`: the mention stands in a phrase opened by `عن` (at most
        three words of description between) that opens its clause: a topic, not a subject."""
        for k in range(m.first - 1, max(first, m.first - 4) - 1, -1):
            if without_conjunction(self._word(k)) == "عن":
                return k == first or self._comma_before(k) or self._word(k - 1) == "اما"
            if self._comma_before(k + 1) or not self._word(k).isalpha():
                return False
        return False

    def _opens_clause(self, k: int) -> bool:
        """Token k starts a clause: after `أن`/`إن`, a comma or a main-clause opener."""
        prev = self._word(k - 1) if k > 0 else ""
        return self._is_complementizer(prev) or prev in _MAIN_CLAUSE_OPENERS or k in self._clause_bound_set
