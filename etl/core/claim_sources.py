"""Who made a claim: the source and channel rules of `ClaimFinder` (a mixin).

`ClaimSourceRules` keeps the tests the other claim rules share (is a word a speaker's head, a
speaker slot, a preposition with a pronoun), the channel after the source (`لوكالة رويترز`), the
outlet that received a statement (`بيان تلقت X نسخة منه`) and the first person after a headline
colon; the rules of each question live in the `claim_sources_*` mixins: the words of an unnamed
subject slot (`claim_sources_slots`), subject or object after the verb (`claim_sources_objects`), a
verb with no subject of its own going on (`claim_sources_going_on`), what stands between speaker and
content (`claim_sources_adjuncts`), and whom an attribution or a parenthetical verb cites
(`claim_sources_attributed`). The words other modules read (`_ATTRIBUTION_PUBLISHING`, ...) are
importable from here."""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from .actor_lexicon import Actor, Mention, actor_lexicon
from .claim_base import (ADJUNCT_OPENERS, alif_lam_verbs, BUT_WITH_PRONOUN, CHANNEL_HEADS, GOVERNED_PREPOSITIONS,
                         PREPOSITION_VERBS, QUOTE_OPEN, SKIP_AT_CONTENT_START, TIME_WORDS, is_present_verb,
                         noun_with_pronoun)
from .claim_sources_adjuncts import (SpeakerAdjuncts, _ADJUNCT_PREPOSITIONS, _IN_OR_DURING, _ISSUED_WORDS,
                                     _LAM_PRONOUNS, _OFFICIAL_NOUNS, _PERIOD_PARTS)
from .claim_sources_attributed import (AttributedSources, _ABOUT_PRONOUNS, _AS_WORDS, _ATTRIBUTION_PUBLISHING,
                                       _DESCRIBED_INFORMANT_WORDS, _INFORMANT_HEADS)
from .claim_sources_going_on import SpeakerGoesOn, _SINGULAR_ANONYMOUS_HEADS
from .lexicon import word_classes
from .morphology import analyse, preposition_with_pronoun, strip_article, with_conjunctions, without_conjunction
from .speakers import _ADVERBIAL_ACCUSATIVES, _ANAPHORIC_SOURCES, _SOURCE_DOCUMENTS

# importable from here as before the split (claim_attributions.py and the word-list test read these)
__all__ = ["ClaimSourceRules", "_PERIOD_PARTS", "_INFORMANT_HEADS", "_SINGULAR_ANONYMOUS_HEADS",
           "_ATTRIBUTION_PUBLISHING", "_ADJUNCT_PREPOSITIONS", "_OFFICIAL_NOUNS", "_ISSUED_WORDS", "_LAM_PRONOUNS", "_AS_WORDS",
           "_ABOUT_PRONOUNS", "_IN_OR_DURING", "_DESCRIBED_INFORMANT_WORDS"]

# verbs that name an action of their own (so they report only before `أن`, a colon or a quotation)
# but before `أن` have a speaker as subject, never a thing that shows (`أظهرت الصور أن`): added,
# insisted, asserted, denied, explained, noted, told, doubted, ruled out (normalised stems)
_PERSONAL_SAYING_STEMS = tuple(sorted(word_classes()["personal_saying_stem"]))  # for str.startswith
# `وأضافت وهي تحمل طفلها أنها`: a pronoun opens a clause on the speaker, it names no one (normalised)
_PERSONAL_PRONOUNS = word_classes()["clause_pronoun"]
# `قدر X عدد Y بـ`: verbs of estimating a quantity, and the words that open the quantity after بـ
_ESTIMATING_VERBS = word_classes()["estimating_verb"]
_QUANTITY_WORDS = word_classes()["quantity_word"]
_QUANTIFIERS = word_classes()["quantifier"]
_AUXILIARIES = word_classes()["aux"]  # `قد`, `كان`: before a verb, never a speaker's name
# `بيان تلقت X نسخة منه`: verbs of receiving a copy (normalised)
_RECEIVING_VERBS = word_classes()["receiving_verb"]
_OBJECT_THEN_BI_VERBS = tuple(sorted(word_classes()["object_before_bi_anna"]))  # for str.startswith
_CLAUSE_LINKS = word_classes()["claim_source_clause_link"]  # `لكن`, `بينما`, `كما` ... opening a clause
_EXCEPTION_WORDS = word_classes()["claim_source_exception_word"]  # `إلا أن`, `غير أن`, `بيد أن`
_APPOSITION_LINKS = word_classes()["claim_source_apposition_link"]  # `أما الوزير، فقال`
_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`
_SAYING_NOUNS = word_classes()["claim_saying_noun"]  # `اكتفى بالقول إن`: "by saying", opening the statement


class ClaimSourceRules(AttributedSources, SpeakerAdjuncts, SpeakerGoesOn):
    """The source-and-channel half of `ClaimFinder`'s claim rules, with the rules of each question from
    the `claim_sources_*` mixins."""

    def _estimate_of(self, c, j: int, last: int) -> bool:
        """`وقدر X عدد اللاجئين بمليون شخص`: a verb of estimating whose object is valued at a
        quantity (`بـ` + a number, `بنحو`, `بحوالي`, `بمليون`) states that estimate."""
        if without_conjunction(self._word(c.first)) not in _ESTIMATING_VERBS:
            return False
        for k in range(j + 1, min(last, j + 8)):
            word = self._word(k)
            if self._comma_before(k):
                return False
            if word.startswith("ب") and (word[1:] in _QUANTITY_WORDS or word[1:].isdigit()
                                          or word == "ب" and k + 1 < last and self._word(k + 1).isdigit()):
                return True
        return False

    def _thing_as_subject(self, c, source: Mention | None, marker: int) -> bool:
        """A verb that also names an action (`أظهر`, `كشف`) whose subject slot, between it and
        its `أن`, holds a noun that is no speaker: the source found elsewhere (the last speaker)
        did not say it. A slot opened by a preposition, a time word or an adverb (`وأضاف في بيان
        أن`, `وأصر على أن`) holds no subject."""
        j = c.last
        if marker <= j or self._is_participle(c.first) or source is not None and j <= source.first < marker:
            return False
        word = self._word(j)
        if word[:1] == "و" and self._is_preposition(word[1:]) \
                and without_conjunction(self._word(c.first)).startswith(_PERSONAL_SAYING_STEMS):
            return False  # `وأضافت وعلى وجهها علامات الفرحة: "..."`: a clause of state, how she said it
        if self._is_preposition(word) or word in TIME_WORDS or self.tokens[j].bare in TIME_WORDS \
                or word in self.adverbs or self._comma_before(j) or j in self.in_mention \
                or word in SKIP_AT_CONTENT_START or self._gap(j)[-1:] in QUOTE_OPEN or ":" in self._gap(j) \
                or word in _SAYING_NOUNS:  # (`واكتفى بالقول إن`: "by saying" opens what was said)
            return False
        if self._speaker_head(j):
            return False  # `وأضاف الوزير في كلمته أن`: a title or a body's head names who speaks
        if strip_article(word) in _SOURCE_DOCUMENTS:
            return False  # `كشفت دراسة حديثة أن`, `وخلص التقرير إلى أن`: a study or report states its
            # findings, the same source as in `وقال التقرير إن` (footage, `أظهرت لقطات أن`, states nothing)
        if source is None and without_conjunction(self._word(c.first)).startswith(_PERSONAL_SAYING_STEMS):
            return False  # `وأضاف بيرجيه أنه`: only someone adds, insists or notes that (`كشفت الأزمة أن` is a thing's)
        return word.isalpha() and not self._object_pronoun(c.first) and not self._tells_whom(c.first)

    def _names_a_speaker(self, span: tuple[int, int]) -> bool:
        """Words that may be remembered as a speaker: not a preposition with a pronoun (`يقال لهم`)
        or a present verb."""
        word = self._word(self._token_at(span[0]))
        # (the strict reading: `توسك`, `نبيل`, `تامر` are names, though they open with ت/ن)
        return word.isalpha() and not self._preposition_and_pronoun(word) and not analyse(word).present_strict

    def _preposition_and_pronoun(self, word: str) -> bool:
        """`له`, `لهم`, `بها`, `عليه`: a preposition with a pronoun, never a speaker's name."""
        pronoun_after_li = word[:1] in "لب" and word[1:] in ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم")
        return pronoun_after_li or preposition_with_pronoun(word, self.prepositions)

    def _object_before_bi(self, c, source: Mention, last: int) -> tuple[int, int] | None:
        """`التي تتهم فرنسا بانتهاك`, `تقارير تتهم إيران بدعم`, `وتتهم المنظمة الحكومة الفرنسية بأنها`:
        a verb that takes its object before `بـ` (`اتهم`, `وصف`), written without an object pronoun, whose
        mention is followed at once by `بـ` + a noun or `بأن`, with at most the words of an unnamed
        subject between the verb and it: the mention is the one accused or described, not the speaker.
        Returns the span of those subject words (empty when the mention follows the verb at once)."""
        word = without_conjunction(self._word(c.first))
        if not word.startswith(_OBJECT_THEN_BI_VERBS) or self.cues.get(word) is None or c.last != c.first + 1:
            return None
        after = source.last
        if source.first < c.last or after >= last or after in self.in_mention or not self._word(after).startswith("ب") \
                or len(self._word(after)) <= 3 or any(self._comma_before(k) for k in range(c.last, after + 1)):
            return None
        if source.first == c.last:
            return self.tokens[c.last].start, self.tokens[c.last].start
        if source.first - c.last > 3 or not self._subject_words(c.last, source.first) or not self._speaker_slot(c.last):
            return None
        return self.tokens[c.last].start, self.tokens[source.first - 1].end

    def _object_after_subject_words(self, c, marker: int) -> int | None:
        """`ووصفت الوزارة الهجوم بأنه`, `واتهم وزير الداخلية الحزب بأنه`: a verb that takes its
        object before `بأن`, then a speaker's words no rule named — a definite title, body or person
        noun, or an indefinite one with the noun it governs — then one definite noun right before
        `بأن`: that noun is the object; the token where it starts (else None)."""
        word = without_conjunction(self._word(c.first))
        j = c.last
        if not word.startswith(_OBJECT_THEN_BI_VERBS) or self.cues.get(word) is None or not self._speaker_head(j) \
                or not self._word(marker).startswith("ب"):
            return None
        head_definite = self._word(j).startswith("ال")
        start = j + 1 if head_definite else j + 2
        if marker != start + 1 or not self._word(start).startswith("ال") \
                or not head_definite and not self._word(j + 1).startswith("ال") or not self._subject_words(j, marker):
            return None
        return start

    def _speaker_slot(self, j: int) -> bool:
        """A subject slot headed by a title, a person noun, a speaking body or a statement."""
        bare = strip_article(without_conjunction(self._word(j)))
        return self._speaker_head(j) or bare in _ANAPHORIC_SOURCES or bare in _SOURCE_DOCUMENTS

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

    def _speaker_head(self, j: int) -> bool:
        """A title, a person noun or the head of a speaking body (`الوزير`, `المتحدث`, `الوزارة`)."""
        lex = actor_lexicon()
        return any(m.match_at(self.tokens, j, stop=j + 1) is not None
                   for m in (lex.titles, lex.person_nouns, lex.speaker_org_heads))

    def _phrase_before_object(self, c, last: int, by_first) -> Mention | None:
        """`وحذر الأمين العام لحلف شمال الأطلسي من تصعيد`, `وأكدت الشرطة المحلية في بيان مقتل`:
        with no `أن` to end the subject slot, a definite phrase of a title or a body that no rule
        named, ended by the preposition the verb governs or by `في بيان`, is the subject."""
        if c.value.needs_marker or self._is_participle(c.first) or c.last >= last:
            return None
        phrase = self._title_of_body(self._noun_phrase_at(c.last, last, by_first), last, by_first)
        if phrase is None or phrase.last >= last:
            return None
        word = self._word(phrase.last)
        adjunct = self.cues.match_at(self.tokens, phrase.last, stop=last)
        if adjunct is not None and adjunct.value.kind == "noun" and word in ("في", "وفي"):
            return phrase  # (whatever issues a statement speaks)
        return phrase if word in GOVERNED_PREPOSITIONS and phrase.actor.actor_type != "other" else None

    def _phrase_before_verb(self, c, first: int, by_first) -> Mention | None:
        """`وزير المالية الإسرائيلي يؤكد لقاء ...`, `الخارجية الفرنسية تعلن ...`: a title or body
        no rule named opens the clause (the sentence, or after a comma or `لكن`) right before a
        verb with no conjunction — subject first, as headlines and later clauses put it."""
        word = self._word(c.first)
        if c.value.needs_marker or self._is_participle(c.first) or word[:1] in "وف" and self.cues.get(word[1:]) is not None:
            return None
        opening = max((first, *(k for k in range(first + 1, c.first) if self._comma_before(k))))
        if opening < c.first and self._word(opening) in ("لكن", "ولكن"):
            opening += 1
        if not 2 <= c.first - opening <= 5:
            return None
        phrase = self._title_of_body(self._noun_phrase_at(opening, c.first, by_first), c.first, by_first)
        if phrase is None or phrase.last != c.first or phrase.actor.actor_type == "other":
            return None
        return phrase

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
                    or k == j and (word.startswith("بال") or word == "بمثابه"):
                return False  # (`بالفعل`, `بمثابة`: `بـ` and a noun, an adverbial or a predicate, never who
                # speaks; after a head it may describe one: `الحساب الناطق بالعربية`)
        gap = self._gap(j)
        return not (gap[-1:] and gap[-1] in QUOTE_OPEN or ":" in gap)

    def _subject_before_object(self, c, last: int, by_first) -> Mention | None:
        """`ونفت وزارة الخارجية الفرنسية وجود أي اتفاق`, `وأعلن رئيس الوزراء استقالته`, `واتهم
        وزير الخارجية الإيراني الولايات المتحدة بانتهاك`: with no `أن`, the subject slot of a verb
        of saying ends where its object starts — a noun with a possessive pronoun, a `بـ` + verbal
        noun, a named actor, or an indefinite noun right after the definite phrase (a definite
        subject takes only definite adjectives). The phrase before it, a title or a body no rule
        named, is the subject; a bare head (`الحكومة`) is a recent speaker of its kind."""
        if c.value.needs_marker or self._is_participle(c.first) or c.last >= last:
            return None
        j = c.last
        if j in self.in_mention or not self._word(j).isalpha() or self._is_preposition(self._word(j)):
            return None
        k = next((x for x in range(j + 1, min(last, j + 7)) if self._opens_object(x, by_first)), None)
        if k is None or any(self._comma_before(x) or self._is_complementizer(self._word(x)) or x in self._colon_tokens
                            or x in self._quote_tokens for x in range(j + 1, k + 1)):
            return None  # (`وقال الوزير: "الطرق مغلقة"`: a colon or a quotation opens the statement, no object)
        if k == j + 1:
            head = self._bare_head_as_speaker(j)
            if head is not None:
                return head
        phrase = self._title_of_body(self._noun_phrase_at(j, k, by_first), k, by_first)
        if phrase is None or phrase.last != k or phrase.actor.actor_type == "other":
            return None
        return phrase

    def _opens_object(self, k: int, by_first) -> bool:
        """Token k starts the object after a definite subject phrase ending at k - 1."""
        word, before = self._word(k), self._word(k - 1)
        if not (before.startswith("ال") or k - 1 in self.in_mention) or word in TIME_WORDS \
                or self.tokens[k].bare in TIME_WORDS or word in self.adverbs or not word.isalpha() \
                or self._is_preposition(word) or self._is_complementizer(word) or word in self.relatives:
            return False
        if k in by_first:
            if by_first[k].actor.actor_type == "person" and k - 1 not in self.in_mention:
                return False  # `وقال الرئيس الروسي فلاديمير بوتين`: a name after a title is in apposition
            return k - 1 not in self.in_mention or by_first[k].first == k and not any(
                m.first < k < m.last for m in by_first.values())
        if k in self.in_mention or word.startswith("ال") or is_present_verb(word):
            return False
        return noun_with_pronoun(word) or word.startswith("ب") and len(word) > 4 \
            or len(word) > 3 and word[-2:] in ("ها", "هم") or len(word) >= 3

    def _bare_head_as_speaker(self, j: int) -> Mention | None:
        """`ونفت الحكومة وجود`: a bare definite title or organisation head as subject refers to
        the last speaker of its kind (a title to a person, a head to a body)."""
        lex = actor_lexicon()
        title = lex.titles.match_at(self.tokens, j, stop=j + 1) or lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=j + 1)
        if title is None and org is None:
            return None
        gender = self._cue_gender(j - 1)
        t = self.tokens[j]
        speaker = self._recent_of_kind(j, [s for s, _ in reversed(self.speakers[-3:])], title is not None,
                                       lambda m: gender is None or self._speaker_gender(m) in (None, gender))
        return Mention(speaker.actor, j, j + 1, t.start, t.end) if speaker is not None else None

    def _titled_subject(self, j: int, last: int, mentions: list[Mention]) -> Mention | None:
        """`وأعرب الأمين العام لحلف الناتو ينس ستولتنبرغ عن قلقه`: a person named after a title
        of a few words right after the verb, followed by the preposition the verb governs."""
        person = next((m for m in mentions if j < m.first <= j + 6 and m.actor.actor_type == "person"), None)
        if person is None or person.last >= last or self._word(person.first) in _ADVERBIAL_ACCUSATIVES:
            return None
        lex = actor_lexicon()
        if self._word(person.last) not in GOVERNED_PREPOSITIONS and not (
                self._comma_before(person.last) and (lex.titles.match_at(self.tokens, j, stop=person.first)
                                                     or lex.person_nouns.match_at(self.tokens, j, stop=person.first))):
            return None  # (`وأعلن وزير الداخلية الفرنسي X، السبت، وفاة`: a title, the name, a comma)
        if any(self._comma_before(k) or self._is_complementizer(self._word(k)) for k in range(j + 1, person.last)):
            return None
        return person

    @cached_property
    def _may_receive(self) -> bool:
        """Whether any word of the document holds a verb of receiving (most documents: none)."""
        return any(verb in self.text for verb in _RECEIVING_VERBS)

    @cached_property
    def _receiving_positions(self) -> list[int]:
        """The tokens that are a verb of receiving, after و/ف or not, found once per document
        (`_receivers` is asked for every sentence with a cue; it tested each of its words)."""
        forms = with_conjunctions(_RECEIVING_VERBS)  # every word whose `without_conjunction` is one
        return [k for k, token in enumerate(self.tokens) if token.word in forms]

    def _receivers(self, first: int, last: int, mentions: list[Mention]) -> set[int]:
        """The first tokens of the actors named between a verb of receiving (`تلقت`, `حصلت على`,
        `اطلعت على`) and `نسخة`: the outlet that was sent a statement."""
        out = set()
        if not self._may_receive:
            return out
        verbs = self._receiving_positions
        for k in verbs[bisect_left(verbs, first):bisect_left(verbs, last - 2)]:
            copy = next((x for x in range(k + 1, min(last, k + 8)) if self._word(x) in ("نسخه", "نسخا")), None)
            if copy is not None:
                out |= {m.first for m in mentions if k < m.first and m.last <= copy}
        return out

    def _speaks_in_first_person(self, j: int, last: int) -> bool:
        """`لن نتفاوض`, `سنرد`, `مواقفنا ثابتة`, or a quotation: the words after a headline colon
        are someone's own, so the name before the colon is a speaker, not a dateline."""
        if j < last and self._gap(j)[-1:] in QUOTE_OPEN and self._gap(j).strip(" :"):
            return True
        for k in range(j, min(last, j + 3)):
            word = without_conjunction(self._word(k))
            if word.startswith("سن"):
                word = word[1:]
            if word.endswith("نا") and len(word) > 3 or word[:1] == "ن" and len(word) >= 4 and is_present_verb(word):
                return True
        return False

    def _channel(self, j: int, last: int, by_first) -> tuple[Actor | None, int]:
        """`لموقع الجزيرة نت`, `لوكالة رويترز`, `لرويترز` right after the source."""
        if j >= last or not self._word(j).startswith("ل"):
            return None, j
        m = by_first.get(j)
        if m is not None and m.actor.actor_type == "media":
            return m.actor, m.last
        if self._word(j)[1:] in CHANNEL_HEADS or strip_article(self._word(j)[1:]) in CHANNEL_HEADS:
            m = by_first.get(j + 1) or by_first.get(j)
            if m is not None and m.actor.actor_type == "media":
                return m.actor, m.last
        return None, j
