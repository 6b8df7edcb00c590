"""The words that fill a verb's subject slot when no rule names the speaker (`وقالت يوليا إنها`,
`لكن يونايتد أكد أن`, `أما صاحب المطعم، فقال`): the slot before or after the verb and where it
ends, and `_subject_words`, the test that words can name a speaker at all. The source text is
those words; no actor is made of them."""
from __future__ import annotations

from bisect import bisect_left

from .claim_base import (ADJUNCT_OPENERS, alif_lam_verbs, BUT_WITH_PRONOUN, GOVERNED_PREPOSITIONS, PREPOSITION_VERBS,
                         QUOTE_OPEN, SKIP_AT_CONTENT_START, TIME_WORDS, noun_with_pronoun)
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speakers import _ADVERBIAL_ACCUSATIVES

# `وأضافت وهي تحمل طفلها أنها`: a pronoun opens a clause on the speaker, it names no one (normalised)
_PERSONAL_PRONOUNS = word_classes()["clause_pronoun"]
_QUANTIFIERS = word_classes()["quantifier"]
_AUXILIARIES = word_classes()["aux"]  # `قد`, `كان`: before a verb, never a speaker's name
_CLAUSE_LINKS = word_classes()["claim_source_clause_link"]  # `لكن`, `بينما`, `كما` ... opening a clause
_EXCEPTION_WORDS = word_classes()["claim_source_exception_word"]  # `إلا أن`, `غير أن`, `بيد أن`
_APPOSITION_LINKS = word_classes()["claim_source_apposition_link"]  # `أما الوزير، فقال`
_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`
_SAYING_NOUNS = word_classes()["claim_saying_noun"]  # `اكتفى بالقول إن`: "by saying", opening the statement
_SENTENCE_CONTRASTS = word_classes()["speaker_contrast_opener"]  # `لكن`, `ولكن`, `بينما`, `فيما`


class SubjectSlotWords:
    """Speakers given only by the words of the subject slot."""

    def _name_before_own_preposition(self, c, span: tuple[int, int], after: int) -> bool:
        """`كما أشار مينامي إلى ارتفاع`, `وشدد كوفي على أهمية`: one word no rule names between a verb
        that always governs its preposition (`أشار إلى`, `شدد على`) and that preposition is the
        verb's subject (its object follows the preposition), when it may name a speaker."""
        verb = without_conjunction(self._word(c.first))
        own = next((p for stem, p in PREPOSITION_VERBS.items() if verb.startswith(stem)), None)
        first = self._token_at(span[0])
        return own is not None and self._word(after) == own and first == c.last and after == first + 1 \
            and not self._is_participle(c.first) and self._names_a_speaker(span) and self._subject_words(first, after) \
            and not self._word(first).startswith("ب")  # (`وأشار بيده إلى`: how, not who)

    def _subject_slot_words(self, c, first: int, last: int, after: int) -> tuple[tuple[int, int], int] | None:
        """When no rule knows the speaker, the words that fill the subject slot still name it for a
        reader: one to three words between the verb and its `أن`/`إن`, colon or governed preposition
        (`وقالت يوليا إنها`, `ولفت المكتب إلى أن`), or, before a verb with no conjunction, between
        the clause's opening and the verb (`لكن يونايتد أكد أن`). The source text is those words;
        no actor is made of them. Returns the span and the token after the slot."""
        if self._is_participle(c.first) or c.first > first and self._word(c.first - 1) in BUT_WITH_PRONOUN:
            return None  # (`لكنه نفى أي تدخل`: the pronoun fills the slot; the words after are the object)
        before = self._subject_after_complementizer(c, first)
        if before is not None:  # `رغم أن بعض المنتجين أبدوا قلقهم`: the subject stands before the verb
            return (self.tokens[before].start, self.tokens[c.first - 1].end), c.last
        j = c.last
        if after == j and j < last:
            marker = self._content_marker(j, last)
            if marker is not None and self._head_with_quoted_name(j, marker):
                # `وأضافت شبكة "إي.إس.بي.إن" أن`: a body's head and its quoted name
                return (self.tokens[j].start, self.tokens[marker - 1].end), marker
            # the slot ends at the content, or at a preposition or time word opening an adjunct
            # (`ولفت المكتب إلى`, `وقالت الوزيرة في حديث لإذاعة محلية: "..."`) when content follows
            governed = next((k for k in range(j + 1, min(last, j + 4)) if self._word(k) in self.prepositions
                             or self._word(k) in ADJUNCT_OPENERS or self._word(k) in _ADVERBIAL_ACCUSATIVES
                             or self._time_word(k)), None)
            # (a preposition standing alone: `للقوات` after `القائد العام` is its genitive, not an adjunct)
            if governed is not None and self._word(governed) not in GOVERNED_PREPOSITIONS and marker is None:
                governed = None
            if marker is not None and (governed is None or governed > j + 1):
                # `وقال الوزير للصحفيين إن`, `وقال سميث لبي بي سي إن`: whom it was said to ends the slot
                told = next((k for k in range(j + 1, min(marker, j + 4)) if self._word(k)[:1] == "ل"
                             and not self._word(k).startswith("ال") and (len(self._word(k)) > 2 or self._word(k) == "ل")), None)
                # (`لـ"العربية"`: `لـ` written apart before a quoted outlet)
                governed = told if governed is None or told is not None and told < governed else governed
                # `وقالت X التي تحتل المركز الأول "..."`, `وكتب X (30 عاما) "..."`: a relative clause or a
                # bracket after the name describes the speaker; the slot ends before it (not after a
                # definite noun: `وأوضح البيان الذي نشره الجيش أن`, whose clause names who speaks)
                described = next((k for k in range(j + 1, min(marker, j + 4)) if "(" in self._gap(k)
                                  or self._word(k) in self.relative_pronouns and not self._word(j).startswith("ال")), None)
                governed = described if governed is None or described is not None and described < governed else governed
            end = min((k for k in (marker, governed) if k is not None), default=None)
            if end is not None:
                # `وقال الوزير أيضا إن`, `وقال أيضا الوزير إن`: an adverb beside the subject is not part of it
                a, b = j, end
                while a < b and self._word(a) in self.adverbs and not self._comma_before(a + 1):
                    a += 1
                while a + 1 < b and self._time_word(a):
                    a += 1  # `وقال الخميس وزير الخارجية إن`: when it was said, then who said it
                while b > a and self._word(b - 1) in self.adverbs:
                    b -= 1
                if b > a and self._word(b - 1) in _SAYING_NOUNS:
                    b -= 1  # `واكتفى الوزير بالقول إن`: "by saying" opens the statement, it names no one
                while a < b and self._preposition_and_pronoun(self._word(a)):
                    a += 1  # `وقالوا له إنهم`, `وقال لهم المدير إن`: whom it was said to, not who said it
                b = next((k for k in range(a + 1, b) if self._second_body(k)), b)  # `وحذرت المنظمة الحكومة من`
                described = self._object_after_subject_words(c, marker) if marker == end and a == j else None
                if described is not None:  # `ووصفت الوزارة الهجوم بأنه`: the ministry, then what it described
                    return (self.tokens[a].start, self.tokens[described - 1].end), described
                # (a title may run to six words with its holder's name: `وقال وزير الداخلية البلجيكي
                # يان يامبون إن`, `كشف نجم المنتخب السابق رونالدو أن`)
                longest = 6 if self._speaker_head(a) else 3
                if 1 <= b - a <= longest and (self._subject_words(a, b) or a == j and end == marker
                                              and (self._quantity_subject(c, last) and self._quantity_words(a, b)
                                                   or self._title_of_named(a, last))) and not self._word(a).startswith("لل"):
                    # (`وقال للمحكمة إنه`: whom it was said to, no subject)
                    return (self.tokens[a].start, self.tokens[b - 1].end), end
            dated = self._slot_before_time_adjunct(j, last) if marker is None else None
            if dated is not None:  # `وأعلنت نيابة المدينة السبت، تمديد`: a day after the subject, then the object
                return (self.tokens[j].start, self.tokens[dated - 1].end), dated
            if marker is None and self._bare_head_then_object(c, j, last):
                return (self.tokens[j].start, self.tokens[j].end), j + 1  # `ونفى المتحدث وجود اتفاق`
        before = self._subject_before_apposition(c, first) or self._subject_after_amma(c, first) \
            or self._definite_subject_before(c, first, last)
        if before is not None:  # `لكن خدمة X، وهي ...، تقول إن`, `أما صاحب المطعم، فقال`: the subject before
            return (self.tokens[before[0]].start, self.tokens[before[1] - 1].end), c.last
        apposed = self._name_then_apposition(c, last) if after == c.last else None
        if apposed is not None:  # `وقال بين كارتر، المدون من ولاية X، إنه`: the name before its description
            return (self.tokens[apposed[0]].start, self.tokens[apposed[1] - 1].end), apposed[2]
        slot = self._pluperfect_slot(c.first, first)
        if slot is not None:  # `وكان السفير الروسي في لندن X قد صرح أن`: the words between `كان` and `قد`
            a, b = slot
            if b - a <= 6 and all(self._word(k).isalpha() and not self._is_complementizer(self._word(k)) for k in range(a, b)):
                return (self.tokens[a].start, self.tokens[b - 1].end), c.last
            return None
        if self._word(c.first)[:1] in "وف" and self._word(c.first)[1:] and self.cues.get(self._word(c.first)[1:]) is not None:
            return None  # (`وقال`: a verb joined by a conjunction opens its clause; its subject follows)
        opening = max((k for k in (first, *(k for k in range(first + 1, c.first) if self._comma_before(k)))), default=first)
        if opening < c.first and self._word(opening) in _CLAUSE_LINKS:
            opening += 1
        elif opening + 1 < c.first and self._word(opening) in _EXCEPTION_WORDS and self._word(opening + 1) == "ان":
            opening += 2  # `إلا أن دراسات حديثة أكدت أن`: "however", then the subject
        else:
            opening = self._subject_after_complementizer(c, opening) or opening  # `يذكر أن بعض التقارير تشير إلى أن`
        if 1 <= c.first - opening <= 3 and self._subject_words(opening, c.first) \
                and self._content_marker(c.last, last) is not None:
            return (self.tokens[opening].start, self.tokens[c.first - 1].end), c.last
        return None

    def _head_with_quoted_name(self, j: int, marker: int) -> bool:
        """`قالت صحيفة "لا ناسيون" إن`, `وأضافت شبكة "إي.إس.بي.إن" أن`: a speaking body's head (or a
        title) right after the verb, then its name in quotation marks closed right before the content:
        the subject, though no rule knows the name (its words may hold dots or several parts)."""
        q = j + 1
        if q >= marker or not self._speaker_slot(j) or not self._subject_words(j, q) or self._gap(q)[-1:] not in QUOTE_OPEN \
                or not 1 <= marker - q <= 4 or self._gap(marker).strip()[:1] not in QUOTE_OPEN:
            return False
        return all(not any(ch in QUOTE_OPEN or ch in ",،:" for ch in self._gap(k)) for k in range(q + 1, marker))

    def _subject_after_complementizer(self, c, first: int) -> int | None:
        """`يذكر أن بعض التقارير تشير إلى أن`, `وأضاف أن المحققين يعتقدون أن`: one to three words after an
        `أن`/`إن`, opened by a definite noun or a quantifier and in no mention, right before a verb with no
        conjunction: the subject of the reported clause says it, no speaker remembered. Where they start."""
        if self._word(c.first)[:1] in "وف" or self._is_participle(c.first):
            return None
        k = next((x for x in range(c.first - 2, max(first, c.first - 4) - 1, -1) if self._is_complementizer(self._word(x))), None)
        if k is None or self._word(k).startswith(("لان", "ولان")):
            return None
        opening = self._word(k + 1)
        if not (opening.startswith("ال") or strip_article(opening) in _QUANTIFIERS) or not self._subject_words(k + 1, c.first) \
                or any(x in self.in_mention for x in range(k + 1, c.first)):
            return None
        return k + 1

    def _subject_before_apposition(self, c, first: int) -> tuple[int, int] | None:
        """`لكن خدمة الاستشارات، وهي من أكبر ...، تقول إن`: a verb of saying right after a
        description set off by commas (`وهو`/`وهي` or a relative pronoun) whose clause opens with one
        to four words that may name a speaker: those words are its subject (the tokens)."""
        if c.first <= first + 2 or not self._comma_before(c.first) or self._word(c.first)[:1] in "وف" \
                or self._is_participle(c.first):
            return None
        bounds = self._clause_bounds
        i = bisect_left(bounds, c.first) - 1
        if i < 0 or bounds[i] <= first:
            return None
        b = bounds[i]
        if not (self._word(b) in _STATE_CLAUSE_PRONOUNS or self._word(b) in self.relative_pronouns):
            return None
        a = bounds[i - 1] if i > 0 and bounds[i - 1] > first else first
        if self._word(a) in _APPOSITION_LINKS:
            a += 1
        if not 1 <= b - a <= 4 or not self._subject_words(a, b):
            return None
        return a, b

    def _subject_after_amma(self, c, first: int) -> tuple[int, int] | None:
        """`أما صاحب المطعم، فقال إنه`: `أما` + one to four words that may name a speaker, a comma,
        then a verb of saying joined by `ف`: those words are its subject (the tokens)."""
        if not self._word(c.first).startswith("ف") or not self._comma_before(c.first) or c.first <= first + 1:
            return None
        bounds = self._clause_bounds
        i = bisect_left(bounds, c.first) - 1
        a = bounds[i - 1] if i > 0 and bounds[i - 1] > first else first
        if self._word(a) not in ("اما", "واما") or not 1 <= c.first - (a + 1) <= 4 \
                or not self._subject_words(a + 1, c.first):
            return None
        return a + 1, c.first

    def _definite_subject_before(self, c, first: int, last: int) -> tuple[int, int] | None:
        """`لكن السلطات المحلية آنذاك قالت إن`: a verb of saying with no conjunction after a
        definite phrase of one to three words (an adverb after it set aside) that opens its clause,
        with its `أن`/`إن` after it: that phrase is its subject (the tokens)."""
        if c.first <= first or self._word(c.first)[:1] in "وف" or self._is_participle(c.first) \
                or self._content_marker(c.last, last) != c.last:
            return None
        opened = self._subject_after_opening_contrast(c, first)
        if opened is not None:
            return opened
        bounds = self._clause_bounds
        i = bisect_left(bounds, c.first)
        a = bounds[i - 1] if i > 0 and bounds[i - 1] > first else first
        if self._word(a) in _CLAUSE_LINKS:
            a += 1
        b = c.first
        while b > a and self._word(b - 1) in self.adverbs:
            b -= 1
        if not 1 <= b - a <= 3 or b == c.first or not without_conjunction(self._word(a)).startswith("ال") \
                or not self._subject_words(a, b):
            return None  # (with no adverb set aside the rules before this one read the slot)
        return a, b

    def _subject_after_opening_contrast(self, c, first: int) -> tuple[int, int] | None:
        """`. ولكن المحللين قالوا إن`, `. لكن الوزير X وأنصاره يقولون إن`: a sentence opened by `لكن`,
        `ولكن`, `بينما` or `فيما`, then one to five words, then the verb of saying (no conjunction on it,
        its `أن`/`إن` checked by the caller): the words are the verb's subject, even when they hold a
        name that does not agree with the verb, so no speaker of an earlier sentence goes on. A lone
        title or body head (`لكن الوزير قال`) is left to the rules that find whom it names."""
        a, b = first + 1, c.first
        if self._word(first) not in _SENTENCE_CONTRASTS or not 1 <= b - a <= 5:
            return None
        person = any(k in self.person_starts for k in range(a + 1, b))
        if not person and (b - a > 3 or self._word(a).startswith("ال") and self._speaker_head(a)):
            return None  # (`لكن الوزيرة الكورية قالت`: the minister named before; five words need a name to hold)
        for k in range(a, b):
            word = self._word(k)
            if word == "من" and a < k < b - 1 and strip_article(self._word(k - 1)) in _QUANTIFIERS:
                continue  # `العديد من المحللين`
            if not word.isalpha() or k > a and (self._comma_before(k) or self._gap(k)[-1:] in QUOTE_OPEN) \
                    or self._is_preposition(word) or self._is_complementizer(word) or self._time_word(k) \
                    or word in self.adverbs or word in self.relatives or word in _PERSONAL_PRONOUNS \
                    or without_conjunction(word) in _AUXILIARIES or self._cue_verb_word(word) \
                    or noun_with_pronoun(word) and not (k > a and word.startswith("و")) or word in BUT_WITH_PRONOUN:
                return None  # (`وأنصاره`: "and his supporters" joins a second subject)
        return a, b

    def _name_then_apposition(self, c, last: int) -> tuple[int, int, int] | None:
        """`وقال بين كارتر، المدون من ولاية X، إنه`: one to three words no rule names right after
        a verb of saying, a description set off by commas, then the `أن`/`إن` right after the second
        comma: the words are the speaker. Returns their tokens and the token after the description."""
        if self._is_participle(c.first) or c.last >= last or self._word(c.last).startswith("لل"):
            return None
        comma = next((k for k in range(c.last + 1, min(last, c.last + 4)) if self._comma_before(k)), None)
        if comma is None or not self._subject_words(c.last, comma):
            return None
        end = next((k for k in range(comma + 1, min(last, comma + 12)) if self._comma_before(k)), None)
        if end is None or self._clause_break(comma + 1, end) or not self._is_complementizer(self._word(end)) \
                or self._content_marker(comma, last) != end:
            return None
        return c.last, comma, end

    def _bare_head_then_object(self, c, j: int, last: int) -> bool:
        """`ونفى المتحدث وجود أي اتفاق`, `وأكدت الوزارة ضرورة التهدئة`: a verb of saying (not one
        that also names an action), one definite title or body head no earlier speaker explains,
        then the object: the head is the subject a reader sees."""
        if c.value.needs_marker or self._is_participle(c.first) or j + 1 >= last \
                or not self._word(j).startswith("ال") or not self._speaker_head(j) \
                or self._time_word(j):
            return False  # (`أعلن الأحد دبلوماسيون`: Sunday, the day it was said, heads no subject)
        second = self._word(j + 1)
        joined = second.startswith("وال") or second[:1] == "و" and len(second) > 4 and second.endswith(("ه", "ها", "هم"))
        return self._opens_object(j + 1, {}) and not self._comma_before(j + 1) and not joined
        # (`وعلق الفريق ومدربه في الكهف`: `و` joins a second subject, no object follows)

    def _slot_before_time_adjunct(self, j: int, last: int) -> int | None:
        """`وأعلنت لجنة حكومية الأربعاء رفضها`, `وأعلن المدرب جان دوبون، الخميس، استقالته`: one to
        four subject words, then a lone day or time word (set off by commas or not) and the object
        after it: the token of the time word, else None."""
        for k in range(j + 1, min(last - 1, j + 5)):
            word = self._word(k)
            if word in TIME_WORDS or self.tokens[k].bare in TIME_WORDS:
                after = k + 1
                if not (self._subject_words(j, k) or self._comma_before(k) and self._subject_words(j, k - 1 if k - 1 > j else k)
                        and all(not self._comma_before(x) for x in range(j + 1, k))):
                    return None
                nxt = self._word(after)
                if not nxt.isalpha() or self._is_preposition(nxt) and nxt not in GOVERNED_PREPOSITIONS \
                        or self._is_complementizer(nxt) \
                        or nxt in TIME_WORDS or self.cues.get(nxt) is not None:
                    return None
                return k
        return None

    def _cue_verb_word(self, word: str) -> bool:
        """A word the cue lexicon holds, read as written: with the article it is a noun (`وزير
        النقل`, transport), unless a verb's first letters only look like it (`ألمح`)."""
        return self.cues.get(word) is not None and (not word.startswith("ال") or word in alif_lam_verbs())

    def _quantity_words(self, j: int, end: int) -> bool:
        """`45 بالمئة`, `غالبيتهم`, `ثلث المشاركين`: a share of a group as a verb's subject — words and
        numbers with no comma, quotation, complementizer or time word between."""
        return all(self._word(k).isalnum() and not self._is_complementizer(self._word(k)) and not self._time_word(k)
                   and not (k > j and (self._comma_before(k) or self._gap(k)[-1:] in QUOTE_OPEN)) for k in range(j, end))

    def _subject_words(self, j: int, end: int) -> bool:
        """Words that can name a speaker: letters only, no preposition, complementizer, time
        word, adverb, relative or pronoun-suffixed noun, none in a mention, none after a comma."""
        for k in range(j, end):
            word = self._word(k)
            if word == "من" and j < k < end - 1 and strip_article(self._word(k - 1)) in _QUANTIFIERS:
                continue  # `العديد من الاقتصاديين`, `عدد من النواب`: a quantity of people
            if not word.isalpha() or k in self.in_mention or k > j and self._comma_before(k) \
                    or self._is_preposition(word) or self._is_complementizer(word) or word in TIME_WORDS \
                    or self.tokens[k].bare in TIME_WORDS or word in self.adverbs or word in self.relatives \
                    or word in SKIP_AT_CONTENT_START or noun_with_pronoun(word) or self._cue_verb_word(word) \
                    or word in ADJUNCT_OPENERS or word in _PERSONAL_PRONOUNS or word in BUT_WITH_PRONOUN \
                    or k > j and self._gap(k)[-1:] and self._gap(k)[-1] in QUOTE_OPEN \
                    or without_conjunction(word) in _AUXILIARIES \
                    or k == j and (word.startswith("بال") or word == "بمثابه" or _manner_participle(word)):
                return False  # (`بالفعل`, `بمثابة`: `بـ` and a noun, an adverbial or a predicate, never who
                # speaks; after a head it may describe one: `الحساب الناطق بالعربية`)
        gap = self._gap(j)
        return not (gap[-1:] and gap[-1] in QUOTE_OPEN or ":" in gap)


def _manner_participle(word: str) -> bool:
    """`متهكما`, `مستدركا`, `مبتسما`: an indefinite participle of the derived forms (مُتَفَعِّل,
    مُسْتَفْعِل, مُفْتَعِل) in the accusative, how the speaker spoke (a circumstantial accusative), never the
    subject: a subject is nominative and takes no final alif. Six letters or more, so that a short
    name (`ميترا`) is not one."""
    if len(word) < 6 or not word.endswith("ا") or word[:1] != "م":
        return False
    return word[1] == "ت" or word.startswith("مست") or word[2] == "ت"
