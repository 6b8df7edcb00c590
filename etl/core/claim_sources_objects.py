"""Is the noun after a verb of saying its subject or its object: an estimate (`وقدر X عدد Y بـ`),
a thing that shows (`أظهرت الصور أن`), the one accused or described (`تتهم فرنسا بـ`, `ووصفت الوزارة
الهجوم بأنه`), and, with no `أن` to end the slot, a title or body no rule named ended by the object
or the governed preposition (`ونفت وزارة الخارجية الفرنسية وجود`), a bare head as a recent speaker
(`ونفت الحكومة وجود`), a person named after a title (`وأعرب الأمين العام ... ينس ستولتنبرغ عن`)."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import (GOVERNED_PREPOSITIONS, QUOTE_OPEN, SKIP_AT_CONTENT_START, TIME_WORDS, is_present_verb,
                         noun_with_pronoun)
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speakers import _ADVERBIAL_ACCUSATIVES, _SOURCE_DOCUMENTS

# verbs that name an action of their own (so they report only before `أن`, a colon or a quotation)
# but before `أن` have a speaker as subject, never a thing that shows (`أظهرت الصور أن`): added,
# insisted, asserted, denied, explained, noted, told, doubted, ruled out (normalised stems)
_PERSONAL_SAYING_STEMS = tuple(sorted(word_classes()["personal_saying_stem"]))  # for str.startswith
# `قدر X عدد Y بـ`: verbs of estimating a quantity, and the words that open the quantity after بـ
_ESTIMATING_VERBS = word_classes()["estimating_verb"]
_QUANTITY_WORDS = word_classes()["quantity_word"]
_OBJECT_THEN_BI_VERBS = tuple(sorted(word_classes()["object_before_bi_anna"]))  # for str.startswith
_SAYING_NOUNS = word_classes()["claim_saying_noun"]  # `اكتفى بالقول إن`: "by saying", opening the statement


class SubjectOrObject:
    """Where the subject after a verb ends and its object begins."""

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
        if marker == j + 1 and self._manner_word(j, self._cue_gender(c.first)):
            return False  # `وأضاف ساخرا إن`: how he said it, no subject
        if self._speaker_head(j):
            return False  # `وأضاف الوزير في كلمته أن`: a title or a body's head names who speaks
        if strip_article(word) in _SOURCE_DOCUMENTS:
            return False  # `كشفت دراسة حديثة أن`, `وخلص التقرير إلى أن`: a study or report states its
            # findings, the same source as in `وقال التقرير إن` (footage, `أظهرت لقطات أن`, states nothing)
        if source is None and without_conjunction(self._word(c.first)).startswith(_PERSONAL_SAYING_STEMS):
            return False  # `وأضاف بيرجيه أنه`: only someone adds, insists or notes that (`كشفت الأزمة أن` is a thing's)
        return word.isalpha() and not self._object_pronoun(c.first) and not self._tells_whom(c.first)

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
