"""Reported speech and its speakers: who says the words holding a trigger (the subject of the
nearest reporting verb, a relayed speaker, a title's holder, a speaker going on without a
subject), who only tells the news (an outlet, `بحسب`), reported words with a subject of their own,
and the speaker standing for the pronoun subject of his words."""
from __future__ import annotations

from dataclasses import replace

from .actor_lexicon import Actor, Mention
from .claims import cue_matcher
from .event_roles_words import (FORCE_TYPES, RELATIVES, RoleState, SOURCE_TYPES, _APPOSITION_SPAN, _COMPLEMENTIZERS,
                                _MAIN_CLAUSE_OPENERS, _NOUN_RELATIVES, _PARTICLES, _PREPOSITIONS,
                                _PRONOUN_COMPLEMENTIZERS, _QUANTIFIERS, _SPEAKER_PARTY_TYPES, _TIME_WORDS, _TOLD_ACTS,
                                office_head, patient_pronoun, role_words)
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import analyse, strip_article, without_conjunction

_SETTING_PHRASE_SPAN = 3  # words of a phrase like `في بيان صحفي` between a reporting verb and its `أن`
# speakers no unnamed subject of their words can be a member of: a person, who speaks for no body
# here (`قال ترامب إن مسؤولين من البلدين يلتقون`), a news outlet, an unnamed source
_SPEAKING_ONLY_TYPES = frozenset({"person", "media", "anonymous_source"})
_REPORTED_SUBJECT_SPAN = 4  # words of a reported clause's own subject before its verb (`إن مسؤولين من البلدين يلتقون`)
_RELAYING_VERBS = word_classes()["relaying_verb"]  # `نقلت X عن Y`: X passes on Y's words
_RELAY_SPAN = 8  # words from a verb of relaying to its `عن` (`نقلت وكالة الأنباء السعودية الرسمية عن`)
_DEMONSTRATIVES = word_classes()["demonstrative"]  # `هذا الهجوم`: the act named before


class SpeechRules(RoleState):
    """Speakers and the reported words that hold a trigger."""

    def _sentence_speaker(self, first: int, last: int, mentions: list[Mention]) -> Actor | None:
        """Who speaks in a sentence that reports words (`قال نتانياهو إن إيران ...`): the subject of
        its first reporting verb, right after the verb or opening the sentence before it; the one
        who spoke before when that verb opens the sentence with its subject dropped (`وأضاف`).
        None when the sentence reports no words: an act of saying with a dropped subject in the
        next sentence (`ودعت إلى`) goes on with the speaker, not with a party of the words."""
        cues = cue_matcher()
        for k in cues.starts_in(self.tokens, first, last):  # only words where a cue may open
            c = cues.match_at(self.tokens, k, stop=last)
            if c is None or c.value.kind != "verb":
                continue
            m = self._relayed_speaker(c, last, mentions) or \
                next((m for m in mentions if c.last <= m.first <= c.last + 1 and self.tokens[m.first].joined
                      and not self._after_complementizer(c.first, m)), None) or \
                next((m for m in mentions if m.last == k and m.first <= first + 1), None)
            if m is None:
                return self._last_speaker if k <= first + 1 else None
            m = self._named_in_apposition(m, mentions)
            return m.actor if m.actor.actor_type in SOURCE_TYPES else None
        return None

    def _in_dropped_speakers_words(self, t0: int, first: int, last: int, mentions: list[Mention]) -> bool:
        """The trigger stands in the words of a reporting verb that opens the sentence with its subject
        dropped (`وأضاف أنه سيكون مستعدا`, `وأكد إدانة`), no party named between the verb and it."""
        cues = cue_matcher()
        for k in cues.starts_in(self.tokens, first, min(last, first + 2)):
            c = cues.match_at(self.tokens, k, stop=last)
            if c is not None and c.value.kind == "verb" and k <= first + 1 and c.last <= t0 and \
                    not (k == first + 1 and without_conjunction(self.tokens[first].word) not in _PARTICLES) and \
                    not any(first <= m.first < t0 for m in mentions) and self._no_subject_after(c.last, t0):
                return True
        return False

    def _in_titled_speakers_words(self, t0: int, first: int, last: int, mentions: list[Mention]) -> bool:
        """The trigger stands in the words of a reporting verb whose subject is a bare definite title
        naming no one (`لكن الرئيس أضاف أنه سيكون مستعدا`, `وقال الرئيس إن`): the title points back to
        the holder the text has named; no party named between the sentence's start and the trigger."""
        if any(first <= m.first < t0 for m in mentions):
            return False
        k = first
        if without_conjunction(self.tokens[k].word) in _MAIN_CLAUSE_OPENERS | _PARTICLES:
            k += 1  # `لكن`, `وقد`
        cues = cue_matcher()
        for title, cue_at in ((k, k + 1), (k + 1, k)):  # `الرئيس أضاف`, `أضاف الرئيس`
            if cue_at >= t0 or title >= t0 or not self.tokens[title].word.startswith("ال") or \
                    not office_head(self.tokens[title].word) or not self.tokens[max(title, cue_at)].joined:
                continue
            c = cues.match_at(self.tokens, cue_at, stop=last)
            if c is not None and c.value.kind == "verb" and c.last <= t0 and \
                    self._no_subject_after(max(c.last, title + 1), t0):
                return True
        return False

    def _no_subject_after(self, k: int, t0: int) -> bool:
        """What follows a reporting verb at tokens[k] leaves no room for a subject of its own: the
        trigger as its object (`وأكد إدانة`), a colon or quotation (`وقال: "..."`), or `أن`/`إن`, after
        a preposition or not (`وأضاف أنه`, `وأشار إلى أن`); a noun there may be an unknown name
        (`وذكرت صحيفة X أن`), the one who speaks."""
        if k == t0 or not self.tokens[k].joined:
            return True
        def complementizer(j: int) -> bool:
            word = without_conjunction(self.tokens[j].word)
            return word in _COMPLEMENTIZERS or word in _PRONOUN_COMPLEMENTIZERS
        if complementizer(k):
            return True
        # a prepositional phrase first (`وقالت في بيان إنها`, `وأشار إلى أن`): no subject in it
        if without_conjunction(self.tokens[k].word) not in _PREPOSITIONS:
            return False
        for j in range(k + 1, min(t0, k + _SETTING_PHRASE_SPAN + 1)):
            if not self.tokens[j].joined:
                return False
            if complementizer(j):
                return True
        return False

    def _after_complementizer(self, cue_first: int, m: Mention) -> bool:
        """`وأضاف أن الحكومة ...`: a party after the `أن`/`إن` that follows a reporting verb is the
        reported words' subject, not the one who speaks (he is dropped: the one who spoke before)."""
        return any(without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS for k in range(cue_first + 1, m.first))

    def _named_in_apposition(self, m: Mention, mentions: list[Mention]) -> Mention:
        """`قال مستشار الكرملين، يوري أوشاكوف`: after a body whose title opens the subject, the person
        the title is given to, named a few words on before any reported words; else the body."""
        named = next((n for n in mentions if m.last <= n.first <= m.last + _APPOSITION_SPAN), None)
        if m.actor.actor_type != "person" and named is not None and named.actor.actor_type == "person" and \
                not self._governed(named) and \
                not any(without_conjunction(self.tokens[j].word) in _COMPLEMENTIZERS for j in range(m.last, named.first)):
            return named
        return m

    def _attribution_end(self, m: Mention) -> int | None:
        """Where the cue ends when the mention names who tells the news, not a party of it: it
        follows an attribution preposition (`بحسب X`, `وفقا لـX`, `نقلا عن X`), one or two words
        (`بحسب تقرير لوكالة X`, `بحسب ما تطالب X`) between them at most, in one clause; or it is a
        medium told the words with `ل` a few words after a reporting verb or noun (`قال لقناة X`,
        `في تصريح لصحيفة X`). None when it may be a party."""
        if self._relays(m):
            return m.first  # `ونقلت وكالة X عن الرئيس`: the agency passes on his words, a party of nothing
        cues = cue_matcher()
        told_to = m.actor.actor_type == "media" and "ل" in self.text[self.tokens[m.first].start:m.start]
        for k in range(m.first - 1, max(self._sentence_first, m.first - 4) - 1, -1):
            if not self.tokens[k + 1].joined:
                return None
            c = cues.match_at(self.tokens, k, stop=m.first)
            if c is not None and c.value.kind == "prep" and m.first - c.last <= 2:
                return c.last
            if c is not None and c.value.kind in ("verb", "noun") and told_to:
                return m.first  # `قال لقناة X`, `في تصريح لصحيفة X`: the medium told, a party of nothing
        return None

    def _titled_speaker(self, cue: PhraseMatch, stop: int, mentions: list[Mention]) -> Mention | None:
        """`وقال الناطق باسم الشرطة X إن`: a title owned by a body between the verb of saying and
        the speaker's name (`_titled_subject`): the holder speaks, else the body."""
        titled = self._titled_subject(cue.first, cue.last, [m for m in mentions if m.first >= cue.last and m.last <= stop], stop)
        return titled[0] if titled is not None else None

    def _relayed_speaker(self, cue: PhraseMatch, stop: int, mentions: list[Mention]) -> Mention | None:
        """`ونقلت وكالة X عن الرئيس Y قوله`: after a verb of relaying, the one whose words are passed
        on is the party after `عن` (a few words on, in the cue's clause), not the medium."""
        if without_conjunction(self.tokens[cue.first].word) not in _RELAYING_VERBS:
            return None
        for k in range(cue.last, min(stop, cue.last + _RELAY_SPAN)):
            if k > cue.last and not self.tokens[k].joined:
                return None
            if self.tokens[k].word == "عن":
                return next((m for m in mentions if k < m.first <= k + 2 and m.last <= stop
                             and all(self.tokens[j].joined for j in range(k + 1, m.first + 1))), None)
        return None

    def _relays(self, m: Mention) -> bool:
        """`ونقلت وكالة X عن الرئيس قوله`, `نقلت صحيفة X عنه`: a medium, the subject of a verb of
        relaying right before it, passing on the words of the one named after `عن`."""
        if m.actor.actor_type != "media" or m.first <= self._sentence_first or m.last >= len(self.tokens) or \
                not self.tokens[m.first].joined or not self.tokens[m.last].joined:
            return False
        return without_conjunction(self.tokens[m.first - 1].word) in _RELAYING_VERBS and \
            self.tokens[m.last].word.startswith("عن")

    def _reported_subject_phrase(self, t0: int, mentions: list[Mention]) -> tuple[bool, Actor | None]:
        """`قال X إن مسؤولين من البلدين يلتقون`, `أن وفدا أميركيا يجري محادثات`: reported words opened by
        `أن`/`إن` (not `إنه`, whose pronoun is the speaker) whose verb trigger has an indefinite noun
        phrase before it, naming no actor: the words have a subject of their own, others than the
        speaker before the complementizer, who is not the doer (a definite one, `إن الوزارة ترفض`,
        may name the speaker's own body again, and an indefinite one the members of a speaking body,
        `قال الجيش إن طائرات حربية قصفت`: the body acts through them). (True, the party) for a partitive `وفد من X`,
        `مسؤولون من X` (an unnamed official of a named body acts for the body) or a nationality
        (`وفدا أميركيا`: the state, as the text has named it); (True, None) for a phrase naming no
        party; (False, None) otherwise."""
        no = (False, None)
        verb = analyse(self.tokens[t0].word)
        if verb.conjunction and len(verb.bare) < 3:  # `وصل`, `وقع`: the `و` of the root, no conjunction
            verb = replace(verb, conjunction="", bare=self.tokens[t0].word, past_shape=True)
        if t0 <= self._sentence_first or not self.tokens[t0].joined or verb.conjunction or verb.definite or \
                self._noun(t0) or not (verb.present_strict or verb.past_shape) or \
                verb.bare.endswith("ه") and not verb.present_strict:  # `زيارة`: a noun in `ة`
            return no  # (the verb right after its subject: a noun before it makes no construct of it)
        if not (verb.present_strict or verb.bare.endswith(("وا", "ت")) or self._no_construct_before(t0, mentions)):
            return no  # `إن منفذ هجوم`, `أول رئيس زار`: a bare past form after an indefinite noun may be its genitive
        k = t0 - 1
        while k > self._sentence_first and without_conjunction(self.tokens[k].word) in _PARTICLES:
            k -= 1  # `إن مسؤولين لم يلتقوا`, `أن الوفد قد وصل`
        end = k + 1
        while k > self._sentence_first and end - k - 1 <= _REPORTED_SUBJECT_SPAN:
            if not self.tokens[k + 1].joined:
                return no  # punctuation inside: an aside or another clause
            word = self.tokens[k].word
            if without_conjunction(word) in _COMPLEMENTIZERS and word not in _PRONOUN_COMPLEMENTIZERS:
                break
            k -= 1
        else:
            return no
        phrase = range(k + 1, end)
        if not phrase or without_conjunction(self.tokens[k].word) in ("كي", "لكي"):
            return no
        if any(without_conjunction(self.tokens[k].word) in _NOUN_RELATIVES for k in phrase):
            return no  # `أن الاتفاق الذي أبرمته إيران`: the verb of a relative clause, its subject after it
        head = self.tokens[phrase[0]].word
        if analyse(head).definite or head in _DEMONSTRATIVES:
            return no  # `إن الوزارة ترفض`, `إن هذه القوات`: a definite subject may name the speaker's own body again
        if self.triggers.match_at(self.tokens, phrase[0], stop=end) is not None:
            return no  # `أن محادثات ستعقد مع X`: the subject names an act, no doer; the speaker may be its party
        if head in _PREPOSITIONS or head in _TIME_WORDS or head in RELATIVES or head in _PARTICLES or \
                self._owned_by_pronoun(phrase[0]) or not head.isalpha() or \
                analyse(head).present_strict or analyse(head).feminine_verb:  # `أن حاولت غزو`: a verb
            return no  # `أن لدى`, `إن اليوم`, `أن قواته` (his forces: the speaker's own, `_speaker_as_subject`)
        inside = [m for m in mentions if phrase[0] <= m.first and m.last <= end]
        if not inside:
            nation = None if len(phrase) != 2 or analyse(head).definite else \
                self._source_by_nationality(phrase[1], end, mentions)
            speaker = self._speaker(t0, self._sentence_first, mentions)
            if nation is None and speaker is not None and speaker.actor.actor_type not in _SPEAKING_ONLY_TYPES:
                return no  # `قال الجيش إن طائرات حربية قصفت`: a body's unnamed members act for the body that speaks
            return True, nation
        m = inside[0]
        partitive = len(inside) == 1 and m.first == phrase[0] + 2 and m.last == end and \
            self.tokens[phrase[0] + 1].word == "من" and m.actor.actor_type in SOURCE_TYPES and \
            not analyse(head).definite and head not in _QUANTIFIERS
        return (True, m.actor) if partitive else no

    def _judged(self, t: PhraseMatch, first: int, mentions: list[Mention]):
        """`قال نتانياهو إن طهران "تجاوزت الخط الأحمر"`: a word judging its subject, in what a
        speaker of the sentence says, is the speaker's act against the party judged (the actor
        before it in the reported words); None when the word judges nothing or no speaker is named."""
        if not any(role_words("judged").match_at(self.tokens, k, stop=t.last) for k in range(t.first, t.last)):
            return None
        speaker = self._speaker(t.first, first, mentions)
        # `وأضافت "التصريحات ... من جانب القيادة الفلسطينية تقوض"`: a reporting verb opening the
        # sentence with its subject dropped goes on with the one who spoke before
        who, words = (speaker.actor, speaker.last) if speaker is not None else (self._sentence_speaker(first, t.first, mentions), first)
        if who is None:
            return None
        actors = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        judged = next((m for m in reversed(actors) if words <= m.first and m.last <= t.first
                       and m.actor != who), None)
        return who, (judged.actor if judged else None)

    def _speaker_as_subject(self, t0: int, t1: int, first: int, mentions: list[Mention]) -> Actor | None:
        """`قالت ميركل إنها كانت قد ناقشت مع بوتين`: in reported words whose subject is a pronoun
        (`إنه`, `إنها`) or left out (`إن ... قد التقى`), the one who acts is the speaker. None when the
        words name an actor before the trigger or a subject right after it."""
        speaker = self._speaker(t0, first, mentions)
        if speaker is None or self._undergo_verb_before(t0, first):
            return None  # `قال X إنه تعرض لهجوم`: he underwent the act, he did not do it
        if self._role_event_type not in _TOLD_ACTS.get(speaker.actor.actor_type, (self._role_event_type,)):
            return None  # `وأشار المصدر إلى أن معارك تدور`: an unnamed source or an outlet only tells of the fighting
        if self._patient_pronoun_ends(t1):
            return None  # `قال X إن اعتقاله جاء`: the noun's pronoun undergoes it, the speaker does not do it
        if self._bare_title_subject(t0, t1) is not None:
            return None  # `وأضاف بومبيو: "الرئيس يريد أن يلتقي بهم"`: the president acts, not the speaker
        if self._spoken_of(t0):
            return None  # `قال إنه لا يوجد مشتبه بهم في هذا الهجوم`: an act spoken of, told before
        marker = next((k for k in range(t0 - 1, speaker.last - 1, -1)
                       if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS
                       or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), None)
        if marker is None:
            return None
        if self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._role_event_type not in _SPEAKER_PARTY_TYPES \
                and self._noun_by_shape(t0) and not self._deed_after(t1) and self._nominal_complement(marker, t0):
            return None  # `اعتبر نواب أنها إهانة لضحايا اعتداء`: a clause about a thing, no act of the speaker's
        if self.tokens[marker].word in ("انها", "بانها") and \
                any(self._participle(k) and self.tokens[k].word.endswith("ا") for k in range(speaker.last, marker)):
            return None  # `مبينا أنها فبركت`: a man's words about her (a state), not about himself
        opening = next(k for k in range(speaker.last, marker + 1)  # `قال إن الرئيس يريد أن يلتقي`: the reported
                       if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS  # words' own subject
                       or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS)
        if self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._participle(marker - 1):
            opening = marker  # `قالت إن "... سوريا"، مضيفة إنها ناقشت`: her words open again at `إنها`
        if any(opening <= m.first and m.last <= t0 for m in mentions):
            return None
        if not all(self.tokens[k].joined for k in range(marker + 1, t0 + 1)):
            return None  # `قائلا إنه عانى، ونفى`: the trigger is past the reported clause
        between = [k for k in range(marker + 1, t0) if self.tokens[k].word not in _PARTICLES]
        owned = len(between) == 1 and self._owned_by_pronoun(between[0])  # `أن قواته قتلت`: his forces
        if self.tokens[marker].word not in _PRONOUN_COMPLEMENTIZERS and (between and not owned or self._noun(t0)):
            return None  # `إن الضربات الإسرائيلية ...`, `أن غارات`: the words have a subject of their own
        pronoun_and_verb = self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._verb(t0) and \
            not self._noun_by_shape(t0) and not without_conjunction(self.tokens[t0].word).endswith("ه")
        if not pronoun_and_verb and any(t1 <= m.first <= t1 + 1 and not self._prepositional(m, t1) for m in mentions):
            # `إن ... اجتمع الوزير`: a subject after the verb; `أنه على الرغم من انتقاد ترمب`: the
            # noun's doer (after `أنه` + a verb, the party after is its object: `أنه سيزور بغداد`)
            return None
        if any(self._reaction_at(k, t0) for k in range(marker + 1, t0)):
            return None  # `إنها تدين الهجوم`: the act the speaker reacts to is another's
        if owned and strip_article(without_conjunction(self.tokens[between[0]].word)).startswith("بلاد"):
            return self._home_state(speaker.actor, mentions) or speaker.actor  # `قال ظريف إن بلاده ترفض`: Iran
        return speaker.actor

    def _speaker(self, t0: int, first: int, mentions: list[Mention]) -> Mention | None:
        """Who says the words holding tokens[t0]: the actor right after the nearest reporting verb
        before it (`قال رئيس الوزراء ... إن`) or right before it at the sentence start (`نتانياهو يتوعد:`), or
        the sentence's first actor when a colon after it opens the words (`نتانياهو: ...`)."""
        cues = cue_matcher()
        for k in reversed(cues.starts_in(self.tokens, first, t0)):  # (where a cue may open)
            c = cues.match_at(self.tokens, k, stop=t0)
            if c is None or c.value.kind != "verb":
                continue
            after = self._relayed_speaker(c, t0, mentions) or \
                next((m for m in mentions if c.last <= m.first <= c.last + 1 and m.last <= t0
                      and not self._after_complementizer(c.first, m)), None) or \
                self._titled_speaker(c, t0, mentions)
            if after is not None:
                after = self._named_in_apposition(after, [m for m in mentions if m.last <= t0])
            before = next((m for m in mentions if m.last == k and first <= m.first <= first + 1), None)
            if after is None and before is None and (self._participle(k) or self._dropped_speaker_verb(c)):
                # `قالت ميركل إنه ...، مضيفة إنها`: the participle goes on with the verb's subject;
                # `أعلن ماكرون دعمه ...، وأضاف أنه سيزور`: so does a verb joined by `و`, its subject dropped
                continue
            return after or before
        colon = next((k for k in range(first + 1, t0 + 1) if ":" in self.text[self.tokens[k - 1].end:self.tokens[k].start]), None)
        if colon is not None:
            return next((m for m in mentions if first <= m.first and m.last <= colon and m.last <= first + 3), None)
        return None

    def _dropped_speaker_verb(self, c: PhraseMatch) -> bool:
        """A reporting verb joined by `و` whose words follow it at once (`وأضاف أنه`, `وتابع:`): its
        subject is dropped, the one who spoke before goes on (not `وأضاف المتحدث أن`, a new speaker)."""
        word = self.tokens[c.first].word
        if without_conjunction(word) == word or not word.startswith("و") or c.last >= len(self.tokens):
            return False
        nxt = self.tokens[c.last]
        gap = self.text[self.tokens[c.last - 1].end:nxt.start]
        return any(ch in gap for ch in ":\"«“") or without_conjunction(nxt.word) in _COMPLEMENTIZERS or \
            nxt.word in _PRONOUN_COMPLEMENTIZERS

    def _quoting_speaker(self, t0: int, first: int, mentions: list[Mention]) -> Actor | None:
        """The actor quoted by the nearest reporting verb before tokens[t0] that names one (`قال
        نتانياهو ... مضيفا "..."`): the party after the verb, or before it at the sentence start."""
        cues = cue_matcher()
        for k in reversed(cues.starts_in(self.tokens, first, t0)):  # (where a cue may open)
            c = cues.match_at(self.tokens, k, stop=t0)
            if c is None or c.value.kind != "verb":
                continue
            m = next((m for m in mentions if c.last <= m.first <= c.last + 1 and m.last <= t0
                      and m.actor.actor_type in SOURCE_TYPES and not self._after_complementizer(c.first, m)), None) or \
                next((m for m in mentions if m.last == k and m.actor.actor_type in SOURCE_TYPES), None)
            if m is not None:
                return m.actor
        return None

    def _reported_after(self, t1: int, last: int, actor: Actor | None, mentions: list[Mention]) -> bool:
        """The actor is named only in words reported after the trigger (`لقائه بها، إن إيران`)."""
        words = next((k for k in range(t1, last) if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS), last)
        named = [m.first for m in mentions if m.actor == actor]
        return bool(named) and min(named) >= words

    def _reported_clause_start(self, t0: int, mentions: list[Mention]) -> int:
        """The complementizer opening the reported words that hold the trigger (`قالت الوزارة إن
        ثلاثة قتلوا برصاص الجيش`), -1 when there is none: who reports an act is no party of it.
        Not `إنه`/`إنها`, whose pronoun is the speaker (`_speaker_as_subject`)."""
        speaker = self._speaker(t0, self._sentence_first, mentions)
        if speaker is None:
            return -1
        spoken_of = self._spoken_of(t0)  # `إنه لا يوجد مشتبه بهم في هذا الهجوم`: not his act
        return next((k for k in range(t0 - 1, speaker.last - 1, -1)
                     if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS and
                     self.tokens[k].word not in _PRONOUN_COMPLEMENTIZERS or
                     spoken_of and self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), -1)

    def _spoken_of(self, t0: int) -> bool:
        """`هذا الهجوم`, `تلك الاتهامات`: a demonstrative before the trigger points to an act told
        before, one the words speak of, not one the speaker does in them."""
        return t0 > self._sentence_first and without_conjunction(self.tokens[t0 - 1].word) in _DEMONSTRATIVES

    def _patient_pronoun_ends(self, t1: int) -> bool:
        """`اعتقاله`, `إطلاق سراحها`: the trigger ends in a verbal noun of force or release carrying a
        possessive pronoun, no definite object or party after it (`اعتقالها الصحفي`: she arrests)."""
        if self._role_event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"} or \
                patient_pronoun(without_conjunction(self.tokens[t1 - 1].word)) is None:
            return False
        after = self.tokens[t1] if t1 < len(self.tokens) else None
        return after is None or not after.joined or not (without_conjunction(after.word).startswith("ال") or
                                                         any(m.first == t1 for m in self._sentence_mentions))
