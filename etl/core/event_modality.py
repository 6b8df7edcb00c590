"""Whether the act a trigger names was done: still to come, due, set for later, asked for, or negated.

A meeting still to come (`سيزور`, `يلتقي الثلاثاء`, `على أن يلتقي`, `ستعقد القمة`, `اتفقا على
الاجتماع`) is an agreement to meet, force or help announced a threat or an intent, an act after a
modal of obligation a request (`_future`, `_due`, `_scheduled`, `_subject_of_future_verb`,
`_led_by_meeting_verb`, `_agreed_meeting`, `_obliged`); `لم`, `عدم` before the trigger negate it
(`_negated`)."""
from __future__ import annotations

from .event_roles_words import RELATIVES, role_words
from .event_triggers import obliges, trigger_first_words, verb_form_words
from .event_words import _SEQUENCE_WORDS, Event, EventState
from .lexicon import weekday_names, word_classes
from .matching import PhraseMatch
from .morphology import analyse, future_prefixed, stem_candidates, without_conjunction

_PAST_FUTURE_SPAN = 3  # words between `كان` and its verb in `س` (`كانت الولايات المتحدة ستفرض`)
# `لا يزال`, `ما تزال`: still (the act goes on), no negation of the trigger after them
_STILL_VERBS = word_classes()["still_verb"]
# words between a negator and the trigger that only carry it (modal, existential, passive `تم`, `أي`):
# `لا يمكن اتهامه`, `لا توجد اتهامات`, `لم يتم الاتفاق`, `دون أي موافقة`
_NEGATION_CARRIERS = word_classes()["negation_carrier"]
_OBLIGATION_WORDS = word_classes()["event_obligation"]  # `يجب`, `ينبغي`, `نأمل`: the act after them is asked for
_OBLIGATION_SPAN = 4
# `شدد على ضرورة وقف`, `طالب بضرورة الإفراج`, `من الضروري عقد`: the need for an act urges it, like a
# modal of obligation; but stressing the need to keep or back a thing (`ضرورة الحفاظ على الاتفاق`)
# voices the speaker's own support (PLOVER §SUPPORT: endorsement), kept as SUPPORT
_NEED_WORDS = word_classes()["event_need"]
_OBLIGATION_OR_NEED_WORDS = _OBLIGATION_WORDS | _NEED_WORDS
_PAST_AUXILIARIES = word_classes()["past_auxiliary"]  # `كان يجب`: should have, of an act already done
_DUE_SPAN = 8
_FUTURE_SUPPORT_VERBS = word_classes()["event_future_support_verb"]
_FUTURE_PREDICATE_SPAN = 3  # words after a meeting noun its future verb may stand (`القمة الثلاثية التي ستعقد`)
_FUTURE_VERB_SPAN = 2  # words before a trigger a future verb governing it may stand (`ستقدم الحكومة مساعدات`)
_HOLDING_NOUNS = word_classes()["meeting_holding_noun"]  # `عقد`, `إجراء`: nouns of holding a meeting
_AGREED_TO_PREPOSITIONS = word_classes()["event_agreed_to_preposition"]  # `على`, `إلى`: what is agreed to, invited to
_LATER_WORDS = word_classes()["meeting_later_word"]  # `لاحقا`, `قريبا`: a time to come without a date
# verbs of setting out on a meeting or a visit (`يبدأ جولة`, `يقوم بزيارة`, `يتوجه ... للقاء`)
_MEETING_VERBS = word_classes()["meeting_setting_out_verb"]
_FUTURE_CLAUSE_SPAN = 6  # words before a meeting noun the future verb of its clause may stand (`وسيبحث الملف الخميس في بروكسل خلال اجتماع`)
_MEETING_VERB_SPAN = 6  # words before a meeting noun such a verb may stand (`ويتوجه الرئيس إلى باريس الأسبوع المقبل للقاء`)


class ModalityRules(EventState):
    """Acts still to come, asked for or negated, not reported done."""

    def _future(self, t0: int, first: int) -> bool:
        """`سيزور`, `سوف يلتقي`, `من المقرر أن يجتمع`, `يعتزم زيارة`."""
        word = without_conjunction(self.tokens[t0].word)
        if future_prefixed(word) and \
                word not in trigger_first_words():  # `سيطرت`: the `س` is the verb's own
            return True
        before = [without_conjunction(self.tokens[k].word) for k in range(max(first, t0 - 3), t0)]
        if any(w in self.future_markers for w in before):  # `ويعتزم زيارة`
            return True
        if self._future_verb_governs(t0, first):  # `ستقدم مساعدات`, `سيتم استقبالهم`
            return True
        # `وتريد الحكومة ترحيل`, `سعيه للقضاء على`: wanting governs the act unless another verbal noun
        # governed by `ل`/`ب` stands between (`تسعى لتأكيد خبر مقتل`: the news is confirmed, not the killing)
        for n, w in enumerate(before):
            if w in self.intent_markers and not any(x[:1] in "لب" for x in before[n + 1:]):
                return True
        return False

    def _future_in_past(self, t0: int, first: int) -> bool:
        """`كانت واشنطن ستفرض عقوبات`, `إن كان سينسحب`: the past auxiliary a few words before a verb
        in `س` makes the future one seen from the past (what would have happened, or whether it
        will): no act done or announced."""
        verbs = [k for k in range(max(first, t0 - 1), t0 + 1)
                 if without_conjunction(self.tokens[k].word)[:1] == "س" and self._same_clause_tokens(k, t0)]
        return any(without_conjunction(self.tokens[a].word) in _PAST_AUXILIARIES and self._same_clause_tokens(a, v)
                   for v in verbs for a in range(max(first, v - _PAST_FUTURE_SPAN), v))

    def _future_verb_governs(self, t0: int, first: int) -> bool:
        """A support verb in the future (`س` + `تقدم`, `ترسل`, `يتم`: function_words.tsv, class
        event_future_support_verb) stands in the `_FUTURE_VERB_SPAN` words right before a noun trigger,
        in its clause: the act the trigger names is its object, still to come (`ستقدم الحكومة
        مساعدات`, `سيتم استقبالهم`); a verb of judging or going on (`سيعتبر القمة ناجحة`, `سيستمر
        احتجازه`) makes no act future, and a name in `س` (`سيغيف`, `ستوكهولم`) is no such verb."""
        trigger_word = self.tokens[t0].word
        if any(stem in verb_form_words() for stem in (*stem_candidates(trigger_word), *analyse(trigger_word).unsuffixed)):
            return False  # `اتضح أن سيغيف التقى`: a verb trigger is no object of another verb (a name before it)
        in_mention = {k for m in (*self._sentence_mentions, *self._sentence_places) for k in range(m.first, m.last)}
        for k in range(t0 - 1, max(first, t0 - _FUTURE_VERB_SPAN) - 1, -1):
            if not self.tokens[k + 1].joined or k in in_mention:
                return False
            if k < t0 - 1 and not (analyse(self.tokens[k + 1].word).definite or k + 1 in in_mention):
                return False  # only the subject stands between (`ستقدم الحكومة مساعدات`), not `سيغيف أثناء زيارة`
            word = without_conjunction(self.tokens[k].word)
            if word[:1] == "س" and word[1:] in _FUTURE_SUPPORT_VERBS:
                return True
        return False

    def _subject_of_future_verb(self, t: PhraseMatch, last: int) -> bool:
        """`وأكد أن الاجتماع سيبحث سبل التعاون`, `الزيارة التي سيقوم بها الرئيس`: a meeting noun whose
        verb, right after it (past an adjective or a relative), takes the future prefix names a meeting
        still to come (gold.md: future meetings are AGREE). A verb trigger is a clause of its own."""
        if self._verb(t.first):
            return False
        for k in range(t.last, min(last, t.last + _FUTURE_PREDICATE_SPAN)):
            if not self.tokens[k].joined:
                return False
            word = without_conjunction(self.tokens[k].word)
            if future_prefixed(word) and \
                    not word.endswith(("ه", "ات", "ين")) and word not in trigger_first_words():
                return True  # `سيبحث`, `ستعقد` (not `سيطرت`, whose `س` is the verb's own)
            if not (word in RELATIVES or word.startswith("ال")):
                return False  # only the noun's adjective or a relative stands between
        return False

    def _in_future_clause(self, t: PhraseMatch, first: int) -> bool:
        """`وسيبحث الملف الخميس في بروكسل خلال اجتماع`, `سيناقش الرئيسان في القمة`: a meeting noun
        in the clause of a verb in the future names a meeting still to come (gold.md: AGREE). The
        clause ends at punctuation or a relative (`ستمضي رغم الخلاف الذي شهدته قمة كندا`); a name
        is no verb (`سيرغي`)."""
        if self._verb(t.first) or self._imperfect(t.first) or \
                without_conjunction(self.tokens[t.first].word) in verb_form_words():
            return False  # `أن سيغيف التقى`: a verb trigger is a clause of its own
        named = {j for m in (*self._sentence_mentions, *self._sentence_places) for j in range(m.first, m.last)}
        # the noun right after the future verb is its object, to come only after a support verb
        # (`_future_verb_governs`: `سيعتبر القمة ناجحة` judges the summit)
        if t.first - 1 >= first and not self.tokens[t.first].joined:
            return False
        for k in range(t.first - 2, max(first, t.first - _FUTURE_CLAUSE_SPAN) - 1, -1):
            if not self.tokens[k + 1].joined:
                return False
            word = without_conjunction(self.tokens[k].word)
            if word in RELATIVES:
                return False
            if k not in named and future_prefixed(word) and \
                    not word.endswith(("ه", "ات", "ين")) and word not in trigger_first_words() and \
                    analyse(word[1:]).present_strict:
                # `اجتماع كان سيصبح أول قمة`: the future seen from the past (called off) is no meeting to
                # come; a word in `س` right after a past verb is its subject, a name (`واعتقل سيغيف`)
                return not (k > first and (without_conjunction(self.tokens[k - 1].word) in _PAST_AUXILIARIES
                                           or analyse(self.tokens[k - 1].word).past_verb_shape))
        return False

    def _scheduled(self, t0: int, first: int) -> bool:
        """`على أن يلتقي الوفدان لاحقا`: `على أن` before a present-tense verb sets an act for later
        (the terms of a plan or a timetable), not one reported."""
        return t0 - 2 >= first and self._imperfect(t0) and self.tokens[t0 - 1].word == "ان" and \
            without_conjunction(self.tokens[t0 - 2].word) == "علي"

    def _due(self, t: PhraseMatch, last: int) -> bool:
        """`يلتقي الثلاثاء الرئيس`, `يجري محادثات الأسبوع المقبل`: a present-tense verb with a day or
        a time to come in the words after it names an act still due, not one being reported."""
        return self._imperfect(t.first) and self._time_to_come(t.last, min(last, t.last + _DUE_SPAN))

    def _time_to_come(self, start: int, end: int) -> bool:
        """A weekday or a word of a time to come (`المقبل`, `غدا`, `في وقت لاحق`) in tokens[start:end],
        with no punctuation before it."""
        for k in range(start, end):
            if not self.tokens[k].joined:
                return False
            if self.tokens[k].word in weekday_names() or role_words("due").match_at(self.tokens, k, stop=k + 1) or \
                    without_conjunction(self.tokens[k].word) in _LATER_WORDS:
                return True
        return False

    def _led_by_meeting_verb(self, t: PhraseMatch, first: int, last: int) -> bool:
        """`ويبدأ الوزير جولة خليجية الأحد`, `سيقوم بزيارة`, `ويتوجه إلى باريس الأسبوع المقبل للقاء`: a
        meeting noun after a verb of setting out on it (`يبدأ`, `يقوم`, `يتوجه`, `يصل`): with the
        future prefix, or in the present with a day or a time to come around the noun, the meeting
        is still due."""
        if self._imperfect(t.first):
            return False  # the verb itself is the trigger (`_due`)
        for k in range(t.first - 1, max(first, t.first - _MEETING_VERB_SPAN) - 1, -1):
            if not self.tokens[k + 1].joined:
                return False
            word = without_conjunction(self.tokens[k].word)
            if word[:1] == "س" and word[1:] in _MEETING_VERBS:
                return True  # `سيقوم بزيارة`: the future prefix on the verb
            if word in _MEETING_VERBS:
                return self._time_to_come(k + 1, t.first) or self._time_to_come(t.last, min(last, t.last + _DUE_SPAN))
        return False

    def _imperfect(self, k: int) -> bool:
        """A present-tense verb by its prefix (`يلتقي`, `تجري`), not a verbal noun (`تحذير`)."""
        return analyse(self.tokens[k].word).present_strict

    def _agreed_meeting(self, t: PhraseMatch, events: list[Event], first: int) -> bool:
        """`اتفق الجانبان على عقد جولة مفاوضات`, `تعهدا بعقد لقاءات`, `اتفقا على الاجتماع`: a meeting
        governed by `على` or `إلى` (the meeting noun itself, or its noun of holding, `عقد`, `إجراء`:
        `دعا نظيره إلى زيارة باريس`), or a noun of holding governed by `ب`,
        after an agreement or a pledge in its clause is what was agreed to: a meeting to come,
        part of that AGREE (gold.md: future or intended meetings are AGREE); so is a meeting noun that
        is the object of such an AGREE (`ستستضيف سنغافورة القمة`). A meeting named in an adjunct
        (`اتفقا خلال اللقاء على`) was held."""
        agreements = [e for e in events if e.event_type == "AGREE" and e.trigger_end <= self.tokens[t.first].start and
                      self._same_clause_text(e.trigger_end, self.tokens[t.first].start)]
        if not agreements:
            return False
        if without_conjunction(self.tokens[t.first].word) == self.tokens[t.first].word and \
                any(self._object_of(e, t.first) for e in agreements):
            return True  # `ستستضيف سنغافورة القمة`, `يسعى إلى عقد لقاء`: the meeting hosted, held, still to come
        head = t.first
        if head - 1 >= first and self.tokens[head].joined and self._holding_noun(head - 1):
            head -= 1  # `على عقد جولة`, `بعقد لقاءات`: the noun of holding carries the preposition
        word = without_conjunction(self.tokens[head].word)
        if word[:1] == "ب" and word[1:] in _HOLDING_NOUNS:
            return True  # `تعهدا بعقد لقاءات` (not `اتفاق بوساطة مصرية`: by the mediation, held)
        return head - 1 >= first and self.tokens[head].joined and \
            without_conjunction(self.tokens[head - 1].word) in _AGREED_TO_PREPOSITIONS

    def _object_of(self, event: Event, k: int) -> bool:
        """tokens[k] comes right after the event's trigger, or after only a party named there (`ستستضيف
        سنغافورة القمة`): the trigger's object."""
        named = {j for m in (*self._sentence_mentions, *self._sentence_places) for j in range(m.first, m.last)}
        between = [j for j in range(self._sentence_first, k) if self.tokens[j].start >= event.trigger_end]
        if without_conjunction(self.tokens[k].word) in _SEQUENCE_WORDS:
            return False  # `الاتفاق الذي تم التوصل إليه بعد مفاوضات`: talks before it, held
        # `اتفاق لعقد قمة`: the noun of holding the meeting stands between too
        return all(j in named or self._holding_noun(j) for j in between)

    def _holding_noun(self, k: int) -> bool:
        """`عقد`, `إجراء`, `بعقد`, `لعقد`: a noun of holding a meeting (function_words.tsv, meeting_holding_noun)."""
        word = without_conjunction(self.tokens[k].word)
        return word in _HOLDING_NOUNS or (word[:1] in ("ب", "ل") and word[1:] in _HOLDING_NOUNS)

    def _obliged(self, t0: int, first: int, by_need: bool = True) -> bool:
        """`ينبغي أن تنسحب`, `يجب على إيران وقف`, `نأمل أن تفرج`: a modal of obligation or a hope that
        another party acts in the few words before the trigger, with no punctuation between; with
        `by_need`, the need for it too (`على ضرورة وقف`); the act after an obligation laid on a
        party (`على الحكومة أن تستقيل`) is only asked for too."""
        words = _OBLIGATION_OR_NEED_WORDS if by_need else _OBLIGATION_WORDS
        return any(without_conjunction(self.tokens[k].word) in words and self._same_clause_tokens(k, t0)
                   and not (k > first and without_conjunction(self.tokens[k - 1].word) in _PAST_AUXILIARIES)
                   for k in range(max(first, t0 - _OBLIGATION_SPAN), t0)) or \
            (t0 - 1 > first and self.tokens[t0 - 1].word == "ان" and  # `على رئيس الوزراء أن يستقيل`
             any(obliges(self.tokens, k) for k in range(max(first, t0 - 5), t0 - 2)))

    def _negated(self, t0: int, first: int) -> bool:
        """A negator right before the trigger (`لم يوافق`, `عدم التعاون`), or one word before it
        when that word only carries the trigger (`لا يمكن اتهامه`, `لم يتم الاتفاق`, `دون أي
        موافقة`); a negator before another verb negates that verb (`لن تعرقل إعدام`, `لم تنه
        الاحتجاجات`: the protests went on), and `لا يزال`, `وهو ما` negate nothing."""
        for k in range(max(first, t0 - 2), t0):
            if not self._negator(k, first):
                continue
            if k == t0 - 1 or without_conjunction(self.tokens[k + 1].word) in _NEGATION_CARRIERS:
                return True
        return False

    def _negator(self, k: int, first: int) -> bool:
        word = without_conjunction(self.tokens[k].word)
        if self.tokens[k].word not in self.negators and word not in self.negators:
            return False
        if k + 1 < len(self.tokens) and self.tokens[k + 1].word in _STILL_VERBS:
            return False  # `لا تزال`, `ما زال`: still, the act goes on
        # `ما` negates only where it opens its clause: after a word it is a relative (`وهو ما نفته`,
        # `هذا ما توصلت إليه`) or part of an adverb (`غالبا ما`, `سرعان ما`)
        return word != "ما" or k == first or self.tokens[k].word != word or not self.tokens[k].joined
