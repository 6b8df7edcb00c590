"""Whom an attribution or a parenthetical verb cites: the words after `بحسب`/`وفقا لـ` that name an
informant or a statement (`وفقا لدراسة حديثة أعدها مركز X`), the subject after the verb of `حسبما قال`,
the publisher of a document (`وفق تقرير نشرته صحيفة X`), whom that source quotes (`نقلا عن Y`), and a
verb of saying that attributes the clause before it (`...، قالت الوزيرة.`, `...، كما أعلن X.`)."""
from __future__ import annotations

from .actor_lexicon import Mention
from .claim_base import CHANNEL_HEADS, PUBLISHING_VERBS, QUOTE_OPEN, noun_with_pronoun
from .lexicon import word_classes
from .morphology import analyse, strip_article, without_conjunction
from .speakers import _ANAPHORIC_SOURCES, _SOURCE_DOCUMENTS

_INFORMANT_HEADS = word_classes()["claim_informant_head"]
_ATTRIBUTION_PUBLISHING = word_classes()["claim_attribution_publishing_verb"]  # `حسب ما نشرت صحيفة X`
_AS_WORDS = word_classes()["claim_as_word"]  # `كما قال`
_ABOUT_PRONOUNS = word_classes()["claim_source_about_pronoun"]  # `عنه`, `بها` ...
_DESCRIBED_INFORMANT_WORDS = 10  # the words of a trailing attribution that describe its source, at most


class AttributedSources:
    """The sources of attributions and of verbs that report what came before them."""

    def _attributed_slot(self, j: int) -> bool:
        """The words after `بحسب`/`وفقا`: a speaker slot, its `لـ` joined for `وفقا لـ`
        (`وفقا للدراسة`, `وفقا لمصادر`)."""
        if self._speaker_slot(j):
            return True
        word = without_conjunction(self._word(j))
        bare = strip_article("ال" + word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else "")
        # (`بحسب الأرصاد اليابانية`, `وفقا للسلطات المحلية`: bodies and people that inform)
        return bare in _ANAPHORIC_SOURCES or bare in _SOURCE_DOCUMENTS or bare in _INFORMANT_HEADS \
            or strip_article(word) in _INFORMANT_HEADS

    def _described_informant(self, c, j: int, words_end: int, last: int) -> int | None:
        """`...، بحسب بيان مشترك لمكتب المدعي العام وشرطة المدينة.`, `...، وفقا لدراسة حديثة أعدها
        مركز X.`, `...، وفق ما أفاد قيادي في المجلس الجمعة.`: after a clause, an attribution whose
        words are headed by an informant or a statement (`_attributed_slot`) and run on to the end of
        the sentence, with the phrases that say whose or which one it is (a preposition, a verb of
        issuing, a day): all those words name the source. Not across a comma, a quotation or an
        `أن`, and at most ten words. Returns where the words end (before when it was said), or None."""
        if words_end != last or not 2 <= words_end - j <= _DESCRIBED_INFORMANT_WORDS \
                or not self._attributed_slot(j):
            return None
        if self._word(c.first)[:1] == "و" and self.cues.get(self._word(c.first)[1:]) is not None:
            return None  # (`، ووفقا للتقرير الأخير يعادل ذلك ...`: a conjunction opens a clause the attribution heads)
        if not all(self._word(k).isalpha() and not self._is_complementizer(self._word(k)) and self._word(k) not in self.relatives
                   and not (k > j and (self._comma_before(k) or self._gap(k)[-1:] in QUOTE_OPEN or analyse(self._word(k)).present_strict))
                   for k in range(j, words_end)):
            return None  # (a present verb or a number: the words go on into a statement of their own)
        return self._before_time_words(j, words_end)

    def _attributes_before(self, cue: int, first: int, last: int) -> bool:
        """`...، كما أعلن X.`, `...، مثلما قال X`: `كما` after a comma and a verb with nothing
        reported after it attribute what came before (`كما أعلن X أن` means "X also announced")."""
        return cue - 1 > first and self._word(cue - 1) in _AS_WORDS and self._comma_before(cue - 1) \
            and self._content_marker(cue + 1, last) is None

    def _parenthetical_verb(self, cue: int, first: int, last: int) -> bool:
        """`الاقتصاد سيتعافى، يقول الخبراء.`, `...، قالت الوزيرة.`: a verb of saying with no
        conjunction right after a comma, its subject ending the sentence and nothing reported
        after it, attributes the clause before the comma."""
        if cue - first < 3 or not self._comma_before(cue) or last - cue > 8:
            return False
        c = self.cues.match_at(self.tokens, cue, stop=last)
        if c is None or c.value.kind != "verb" or self._is_participle(cue) or self._word(cue)[:1] in "وف":
            return False  # (`، وتتهمه تركيا بـ`: a verb joined by a conjunction opens a clause of its own)
        if c.last >= last or self._content_marker(c.last, last) is not None or self._is_preposition(self._word(c.last)) \
                or any(self._comma_before(k) for k in range(c.last + 1, last)):
            return False
        if noun_with_pronoun(self._word(c.last)) or c.last not in self.in_mention and len(self._word(c.last)) > 4 \
                and self._written(c.last).endswith(("ه", "ها", "هم")):  # (as written: `الصحيفة` ends in ة)
            return False  # `...، فلاديمير بوتين، أكد التزامه.`: the verb's object, its subject before the comma
        adjunct = next((k for k in range(c.last + 1, last) if self._is_preposition(self._word(k))), None)
        if c.value.needs_marker:  # `، أضاف سميث.` (not `، أضاف الفريق هدفا ثانيا في الدقيقة 80`)
            return adjunct is None and last - c.last <= 3
        # `، قالت الشرطة في بيان.`: where it was said may follow the subject
        return adjunct is None or not any(self.cues.match_at(self.tokens, k, stop=last) is not None
                                          and self.cues.match_at(self.tokens, k, stop=last).value.kind == "verb"
                                          for k in range(adjunct, last))

    def _after_fronted_quotation(self, cue: int, first: int) -> bool:
        """`"نحن مستعدون للحوار"، قال الوزير.`: the sentence opens with a quotation that closes,
        with a comma, right before the verb — the verb reports the words before it."""
        if cue - first < 2:
            return False
        before = self._gap(cue)
        opening = self.text[self.tokens[first - 1].end if first else 0:self.tokens[first].start]
        if not (opening[-1:] in QUOTE_OPEN and any(q in before for q in '"»”')):
            return False  # (a comma after the quotation is usual, not needed: `"..." قال X.`)
        if "،" not in before and "," not in before and self._content_marker(cue + 1, len(self.tokens)) is not None:
            return False  # `"درع الفرات" قال X إنها نجحت`: a quoted name, then the verb's own report
        quoted = self.text[self.tokens[first].start - 1:self.tokens[cue].start]  # one quotation, no more
        return quoted.count('"') + quoted.count("«") + quoted.count("»") + quoted.count("“") + quoted.count("”") == 2

    def _source_after_verb(self, j: int, last: int, by_first) -> Mention | None:
        """The subject after the verb of `حسبما قال` / `بحسب ما أفادت`: an actor within a few
        words (`مراسلة وكالة الأنباء الفرنسية`), an official's body, a speaker only described or a
        definite phrase up to a preposition or the end (`مدير الطيران المدني في غيانا`)."""
        if j + 1 < last and self._word(j) in _ABOUT_PRONOUNS:
            j += 1  # `وفق ما أعلن عنه وزير الداخلية`: the verb's resumptive pronoun, then its subject
        told = by_first.get(j)
        if told is not None and self._word(j)[:1] == "ل" and not self._lam_of_name(told) and told.last < last:
            j = told.last  # `قال لرويترز مسؤول في الوزارة`: the channel first, then the subject
        last = self._addressee_after_subject(j, last, by_first) or last  # `قال الوزير لوكالة X`: X is told
        named = next((by_first[k] for k in range(j, min(last, j + 3)) if k in by_first
                      and not any(self._comma_before(x) for x in range(j + 1, k + 1))), None)
        if named is not None:
            return named
        official = self._official_of(j, last, by_first)
        if official is not None:
            return official
        described = self.describe(j, last) if self.describe is not None and j < last else None
        return described if described is not None else self._noun_phrase_at(j, last, by_first)

    def _addressee_after_subject(self, j: int, last: int, by_first) -> int | None:
        """`قال الوزير لوكالة فرانس برس`, `يقول أحد السكان لبي بي سي`: an actor joined by `لـ` a
        few words after the verb is whom it was said to or the channel, never the subject, which
        stands before it: its first token."""
        return next((k for k in range(j + 1, min(last, j + 4)) if k in by_first and self._word(k)[:1] == "ل"
                     and not self._lam_of_name(by_first[k]) and not self._comma_before(k)), None)

    def _publisher_of_document(self, j: int, last: int, by_first) -> Mention | None:
        """`وفق تقرير نشرته صحيفة X`, `حسب حصيلة أولية أعلنتها الشرطة`: a noun after the
        preposition, then within a few words a verb of publishing or saying with an object pronoun
        (the noun) and its subject, a named actor — whose document or figure it is."""
        for k in range(j + 1, min(last - 1, j + 4)):
            if self._comma_before(k) or k in self.in_mention:
                return None
            word = without_conjunction(self._word(k))
            if word in PUBLISHING_VERBS or self._object_pronoun(k):
                return by_first.get(k + 1)
        return None

    def _before_prep_source(self, k: int, last: int) -> bool:
        """The word between an attribution preposition and its source: `ما`, a verb of saying or
        publishing (`بحسب ما نقلت رويترز`, `حسب ما نشرت صحيفة X`) or an outlet's head (`بحسب صحيفة`) — not a noun the preposition
        governs (`وفق تفاهمات القاهرة`: in accordance with, not according to)."""
        word = self._word(k)
        verb = self.cues.match_at(self.tokens, k, stop=last)
        head = word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else word
        return word == "ما" or verb is not None and verb.value.kind == "verb" or word in _ATTRIBUTION_PUBLISHING \
            or strip_article(head) in CHANNEL_HEADS or strip_article(word) in CHANNEL_HEADS

    def _prep_quoted_source(self, c, source: Mention, after: int, last: int, by_first) -> Mention | None:
        """`بحسب ما نقلت وكالة X عن Y`, `وفقا لوكالة X نقلا عن Y`: whom the source of a
        prepositional cue quotes — after `عن` when a verb of passing on stands between the cue and
        the source, or after `نقلا عن`."""
        if after + 1 < last and self._word(after) == "نقلا":
            after += 1
        elif not any(self._transmits(k) for k in range(c.last, source.first)):
            return None
        if after + 1 >= last or self._word(after) != "عن":
            return None
        return self._quoted_source(after + 1, last, by_first)
