"""What stands between the speaker and what is reported: a time, a clause on the speaker or a
title set off by commas (`أعلنت X، وهي من أقرب مساعديه، استقالتها`), a relative clause, a name before
its title, and adjuncts of place and time (`في بيان صدر عنها`, `في 25 يونيو`, `خلال لقائه X`) after
which the content, its `أن` or the preposition the verb governs still follows."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import GOVERNED_PREPOSITIONS, QUOTE_OPEN, TIME_WORDS
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speakers import _OFFICIALS, _TIME_MODIFIERS, _TIME_PERIOD_NOUNS

# the part of a period a date adjunct may name before it (`منتصف العام الماضي`), normalised
_PERIOD_PARTS = word_classes()["period_part"]
_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`
_ADJUNCT_PREPOSITIONS = word_classes()["claim_source_adjunct_preposition"]
_OFFICIAL_NOUNS = word_classes()["claim_source_official_noun"]  # `مسؤول` in its forms
_ISSUED_WORDS = word_classes()["claim_source_issued_word"]  # `صدر عن`, `صادر عن`
_LAM_PRONOUNS = word_classes()["claim_source_lam_pronoun"]  # `في بيان له`
_IN_OR_DURING = word_classes()["claim_source_in_or_during"]  # `في`, `خلال` opening a date adjunct


class SpeakerAdjuncts:
    """The words after the speaker that describe it or say where and when, not what was said."""

    def _after_apposition(self, j: int, last: int) -> int:
        """`أعلنت X، وهي من أقرب مساعديه، استقالتها`, `أعلن X الاثنين مقتل`, `نفى X الاثنين، في
        مقابلة مع Y، اتهامات`: a time, a clause on the speaker opened by `وهو`/`وهي`, or a
        prepositional phrase set off by commas come before what is reported."""
        for _ in range(4):
            if j >= last:
                return j
            word = self._word(j)
            if word in TIME_WORDS or self.tokens[j].bare in TIME_WORDS:
                if j + 1 < last and self._comma_before(j + 1):
                    j += 1  # `الاثنين، ...`
                    continue
                # `الاثنين مقتل`: a time word alone, or with its day name (`يوم الاثنين`)
                j += 2 if word in ("يوم", "اليوم") and j + 1 < last and self.tokens[j + 1].bare in TIME_WORDS else 1
                continue
            end = next((k for k in range(j + 1, min(last, j + 12)) if self._comma_before(k)), None)
            if end is None or not self._comma_before(j):
                return j
            if word in _STATE_CLAUSE_PRONOUNS or self._is_preposition(word) and word not in GOVERNED_PREPOSITIONS \
                    or self._opens_title(j) or word in self.relative_pronouns:
                j = end  # `، وهي من أقرب مساعديه،`, `، في مقابلة مع شبكة Y،`, `، رئيس اتحاد التنس،`, `، الذي خاض ...،`
                continue
            return j
        return j

    def _relative_clause_end(self, j: int, last: int) -> int | None:
        """`، الذي كان يتحدث في البرلمان، إن`: a relative clause right after the speaker (set off by
        a comma or not: `وقال الرئيس الذي كان يتحدث بعد القمة، إن`), with the reported content
        (`أن`/`إن`, a colon or a quotation) right after its closing comma; the token after that comma."""
        if j >= last or self._word(j) not in self.relative_pronouns:
            return None
        end = next((k for k in range(j + 1, min(last, j + 15)) if self._comma_before(k)), None)
        if end is None or self._clause_break(j + 1, end) or self._content_marker(end, last) != end:
            return None
        if not self._comma_before(j) and self._content_marker(j + 1, end) is not None:
            return None  # `وقال ترامب الذي انتقد الاتفاق إن "...، إنه"`: the content opened inside the clause
        return end

    def _name_before_title(self, c, source: Mention | None) -> tuple[int, int] | None:
        """`قال ماركو روسي، المدير الفني لنادي روما إن`: the speaker found after the verb stands
        inside a title set off by a comma after one to four words no rule named (the name, with a
        nationality before it): those words are the speaker, the title describes them. Their span."""
        if source is None or source.first <= c.last + 1:
            return None
        comma = next((k for k in range(c.last + 1, source.first) if self._comma_before(k)), None)
        if comma is None or not 1 <= comma - c.last <= 4 or not self._opens_title(comma) \
                or not self._subject_words(c.last, comma) or self._speaker_head(c.last):
            return None  # (`وقال رئيس النادي، والمدرب السابق، X، إن`: a title before the comma is no name)
        return self.tokens[c.last].start, self.tokens[comma - 1].end

    def _opens_title(self, j: int) -> bool:
        """A title or role noun (`رئيس`, `الرئيس التنفيذي`, `مدرب`) opens token j."""
        lex = actor_lexicon()
        stop = min(len(self.tokens), j + 4)
        return lex.titles.match_at(self.tokens, j, stop=stop) is not None \
            or lex.person_nouns.match_at(self.tokens, j, stop=stop) is not None

    def _past_title_apposition(self, j: int, stop: int) -> int:
        """`قال X، رئيس اتحاد التنس الفرنسي، لمجلة "..."`: a title set off by commas right after
        the speaker describes the speaker; what is reported comes after it."""
        if j >= stop or not self._opens_title(j):
            return j
        if not self._comma_before(j):
            return self._bare_title_apposition(j, stop)
        end = next((k for k in range(j + 1, min(stop, j + 12)) if self._comma_before(k)), None)
        if end is None and stop - j <= 8 and self._gap(stop)[-1:] in QUOTE_OPEN and self._gap(stop):
            end = stop  # `وصرح X، رئيس أبرز جمعية في البلاد "..."`: the title runs up to the quotation
        return end if end is not None and not self._clause_break(j + 1, end) else j

    def _bare_title_apposition(self, j: int, stop: int) -> int:
        """`وقال X المتحدث باسم الوزارة "..."`, `وصرح X القيادي في الحركة "..."`: a title with no
        commas right after a named speaker, running up to the quotation that opens the statement,
        describes the speaker; the statement is the quotation. Only a short phrase with no
        punctuation, quotation mark, verb of saying or `أن` in it counts."""
        if j - 1 not in self.in_mention or not 2 <= stop - j <= 8 or not self._gap(stop) \
                or self._gap(stop)[-1:] not in QUOTE_OPEN or self._clause_break(j + 1, stop):
            return j
        if self._is_preposition(self._word(stop - 1)) or j in self.person_starts \
                or any(self._time_word(k) for k in range(j, stop)):
            return j  # `حذر X الزعيم الكوري من "..."`: an object and its preposition; `الأحد`: a day, not `أحد`
        for k in range(j + 1, stop):
            gap, word = self._gap(k), self._word(k)
            if any(ch in gap for ch in '،,"«»“”') or self._is_complementizer(word) or k in self.person_starts \
                    or word[:1] == "ب" and word != "باسم" or self.cues.match_at(self.tokens, k, stop=stop) is not None:
                return j  # (`يتهم X المعارضة بشن "..."`: the object and its charge)
        return stop

    def _quote_after_a_clause(self, j: int, marker: int, last: int, by_first) -> bool:
        """A quotation that opens after a comma and words that are neither a statement's place
        (`، في بيان، "..."`) nor an adverbial: it belongs to another clause."""
        if marker - j <= 1:
            return False
        closed = next((k for k in range(marker + 1, min(last, marker + 4)) if any(q in self._gap(k) for q in '"»”')), None)
        if closed is not None and self._gap(closed).strip() in ('"', "»", "”"):
            return True  # `كشفت أزمة السفينة "أكواريوس" حجم الانقسام`: a short quoted name, and the clause goes on
        comma = next((k for k in range(j, marker) if self._comma_before(k)), None)
        if comma is None:
            return False
        return self._after_adverbial(self._past_statement_adjunct(j, last, by_first), marker + 1) != marker \
            and self._after_adverbial(comma, marker + 1) != marker  # (`للصحفيين، خلال مقابلة، "..."`)

    def _marker_after_long_adjunct(self, j: int, bound: int) -> int | None:
        """`وقال X في مؤتمر صحفي مشترك مع نظيره ... عقب اجتماع ... إن`: an adjunct saying where
        the statement was made (في + a statement noun) may run past the usual window; the `أن`/`إن`
        after it, in the same clause and before the next cue, still opens the content."""
        adjunct = self.cues.match_at(self.tokens, j, stop=bound) if j < bound else None
        if adjunct is None or adjunct.value.kind != "noun" or without_conjunction(self._word(j)) not in _IN_OR_DURING:
            return None
        stop = min(bound, j + 35)
        marker = next((k for k in range(adjunct.last, stop) if self._is_complementizer(self._word(k))
                       and k not in self.in_mention and not self._opens_subjunctive(k)
                       and not self._word(k).startswith(("لان", "ولان"))
                       or k in self._colon_tokens and k > adjunct.last), None)  # (`في كلمته أمام ... الماضي: "..."`)
        if marker is None or self._clause_break(j + 1, marker) or any(
                self.cues.match_at(self.tokens, k, stop=marker) is not None and self.cues.match_at(
                    self.tokens, k, stop=marker).value.kind == "verb" for k in range(adjunct.last, marker)):
            return None
        return marker

    def _governed_after_adjunct(self, j: int, last: int, governed: tuple[str, ...]) -> int | None:
        """An adjunct of place or time after the subject (`في اتصال هاتفي مع نظيره`, `خلال لقائه
        X`, `الخميس، دون ذكر Y،`) and then, within a dozen words and before any other verb of
        saying or `أن`, the preposition the verb governs: the token of that preposition."""
        opener = self._word(j)
        if not (opener in _ADJUNCT_PREPOSITIONS or opener in TIME_WORDS
                or self.tokens[j].bare in TIME_WORDS
                or strip_article(opener) in _OFFICIALS and j + 1 < last and self._word(j + 1) == "باسم"):
            return None  # (`X المتحدثة باسم النيابة`: a spokesman's title apposed to the name, not an object)
        for k in range(j + 1, min(last, j + 12)):
            word = self._word(k)
            if word in governed:
                return k if self._word(k - 1) not in _OFFICIAL_NOUNS else None
            if self._clause_break(k - 1, k) or self._is_complementizer(word) or word in self.relative_pronouns \
                    or self.cues.match_at(self.tokens, k, stop=last) is not None and not self._verbal_noun_cue(k, last) \
                    and self.cues.match_at(self.tokens, k, stop=last).value.kind == "verb":
                return None
        return None

    def _after_date_adjunct(self, j: int, last: int) -> int:
        """`أعلن X في 25 يونيو إقالة المدرب`, `في وقت لاحق تنفيذ`, `الأسبوع الماضي اعتقال`: a
        date or time adjunct (في + a day number, its month and year; a period noun with its
        `الماضي`/`لاحق`, `من اليوم`) before the object is not part of what was announced."""
        if j + 1 >= last:
            return j
        k = j
        if self._word(j) == "في" and self._word(j + 1).isdigit():
            k = j + 3 if j + 2 < last and self._word(j + 2).isalpha() else j + 2
            if k < last and self._word(k).isdigit():
                k += 1
        else:
            k = j + 1 if self._word(j) in _IN_OR_DURING else j
            if k + 1 < last and self._word(k) in _PERIOD_PARTS and strip_article(self._word(k + 1)) in _TIME_PERIOD_NOUNS:
                k += 1  # `منتصف العام الماضي`, `مطلع الشهر الجاري`: a part of the period
            if k < last and strip_article(self._word(k)) in _TIME_PERIOD_NOUNS:
                k += 1
                while k < last and (self._word(k) in _TIME_MODIFIERS or self._word(k) in TIME_WORDS):
                    k += 1
                if k + 1 < last and self._word(k) == "من" and strip_article(self._word(k + 1)) in _TIME_PERIOD_NOUNS:
                    k += 2  # `في وقت سابق من اليوم`
            else:
                k = j
        return k if j < k < last and self._word(k).isalpha() and not self._is_preposition(self._word(k)) \
            and not self._is_complementizer(self._word(k)) else j

    def _past_statement_adjunct(self, j: int, last: int, by_first) -> int:
        """`في بيان صدر عنها`, `في تصريح له`, `في بيان للرئاسة`: where the statement was made,
        before the object that is its content."""
        adjunct = self.cues.match_at(self.tokens, j, stop=last) if j < last else None
        if adjunct is None or adjunct.value.kind != "noun":
            return j
        k = adjunct.last
        if k + 1 < last and self._word(k) in _ISSUED_WORDS and self._word(k + 1).startswith("عن"):
            k = by_first[k + 2].last if self._word(k + 1) == "عن" and k + 2 in by_first else k + 2
        elif k < last and self._word(k) in _LAM_PRONOUNS:
            k += 1
        elif k in by_first:
            k = by_first[k].last
        return k if k < last else j
