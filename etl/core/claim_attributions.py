"""The claim of an attribution preposition (`بحسب`, `وفقا لـ`, `على حد قوله`) and of a headline
colon: whose words (a named source, a pronoun, words no rule named before `فإن` or ending the
sentence, a quoted outlet) and which clause they attribute (the one before, or after a fronted
attribution)."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import QUOTE_OPEN, TIME_WORDS, Claim, is_present_verb
from .claim_sources import _ATTRIBUTION_PUBLISHING
from .claim_state import ClaimState
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speakers import _ANAPHORIC_SOURCES, _OFFICIALS, _SOURCE_DOCUMENTS

_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`
# `وبحسب الدعوى فإن ...`: the particle that opens the content after a fronted attribution (normalised)
_FRONTED_CONTENT_OPENERS = word_classes()["fronted_content_opener"]
# `وحسب القانون الألماني فإن`: a law, a constitution, an agreement or a ruling is the basis of a rule,
# not a speaker (normalised, without the article)
_LEGAL_BASES = word_classes()["legal_basis_noun"]
_CONDITIONAL_OPENERS = word_classes()["claim_conditional_opener"]  # main clause opens with `فإن`
_LAM_GOVERNING_ADVERBS = word_classes()["claim_lam_governing_adverb"]  # `وفقا لـ`, `طبقا لـ`


class ClaimAttributionRules(ClaimState):
    """The claims of attribution prepositions and headline colons."""

    def _prep_claim(self, c, first, last, by_first) -> Claim | None:
        source = by_first.get(c.last)
        if source is None and c.last + 1 < last and self._word(c.last) not in self.complementizers \
                and self._before_prep_source(c.last, last):
            source = by_first.get(c.last + 1)  # `وفق ما أعلنت وزارة الصحة`, `بحسب ما نقلت رويترز`
            if source is not None and self._word(c.last + 1)[:1] == "ل" and not self._lam_of_name(source):
                source = None  # `حسب ما قال لقناة X الوزير Y`: whom it was said to; the verb's subject follows
        if source is None and c.last + 2 < last and self._word(c.last) == "ما":
            source = by_first.get(c.last + 2)  # `حسب ما أكده وزير الخارجية`
        word = self._word(c.last) if c.last < last else ""
        document = word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else \
            self.tokens[c.last].bare if word else ""
        if source is None and (document in _ANAPHORIC_SOURCES or strip_article(document) in _SOURCE_DOCUMENTS):
            source = self._issuer(c.last, last, by_first)  # `بحسب بيان صادر عن الجيش`, `وفقا لتقرير للأمم المتحدة`
            if source is None and strip_article(document) in _SOURCE_DOCUMENTS and not document.startswith("ال"):
                source = by_first.get(c.last + 1)  # `وفقا لتقديرات الأمم المتحدة`: the issuer in construct
        if source is None:
            source = self._official_of(c.last, last, by_first)  # `بحسب متحدث باسم شركة آسمان`
        if source is None and self.describe is not None:  # `وبحسب خبراء`, `وفق ما أعلنت إدارة الطوارئ`
            # (`حسب قول X وهو سائق أجرة`: a clause of state after the source describes it, it is no part of it)
            described_end = next((k for k in range(c.last + 1, min(last, c.last + 5)) if self._word(k) in _STATE_CLAUSE_PRONOUNS), last)
            source = self.describe(c.last, described_end) or (self.describe(c.last + 1, last) if c.last + 1 < last
                                                     and self._before_prep_source(c.last, last) else None)
        verb = self.cues.match_at(self.tokens, c.last, stop=last) if source is None and c.last < last else None
        if verb is not None and verb.value.kind == "verb":  # `حسبما قال مدير الطيران المدني في غيانا`
            source = self._source_after_verb(verb.last, last, by_first)
        if source is None:  # `وفق تقرير نشرته صحيفة X`, `حسب حصيلة أعلنتها الشرطة`: the one who published it
            source = self._publisher_of_document(c.last, last, by_first)
        pronoun = None
        subject_after_verb = verb is not None and verb.value.kind == "verb" and verb.last < last \
            and not self._comma_before(verb.last) and self._word(verb.last).isalpha()
        if source is None and c.first > first and not subject_after_verb:
            # `بحسب تعبيره`, `على حد قولها`: whose words, by the pronoun (not a verb's object before its own
            # subject: `حسب ما وصفه العديد من الجماهير`)
            pronoun = c.last if c.last < last and not self._comma_before(c.last) else c.last - 1
            source = self._pronoun_speaker(self._word(pronoun), first, c.first, by_first)
        if source is None and c.first - first > 2:
            return self._claim_of_unnamed_words(c, first, last, verb if verb is not None and verb.value.kind == "verb" else None,
                                                by_first)  # `...، وفق ما أعلنت الوزارة.`
        if source is None and c.first == first:
            return self._claim_of_fronted_words(c, last, by_first)  # `وبحسب الدعوى فإن`, `وبحسب مدير إحدى المدارس، فإن`
        if source is None:
            return None
        named = self._holder_named_last(source.last, last, by_first) if source.actor.actor_type != "person" else None
        if named is not None and c.first - first > 2 and self._titled_words(c.last, source.first + 1):
            source = named  # `...، بحسب ما قالته مفوضة التمييز الجنسي، كيت جينكينز.`: the title's holder speaks
        _, after = self._channel(source.last, last, by_first)
        quoted = self._prep_quoted_source(c, source, after, last, by_first)
        if quoted is not None:  # `بحسب ما نقلت وكالة X عن مصادر أمنية`: X passes on what Y said
            after = quoted.last + 1 if quoted.last < last and self._word(quoted.last).startswith("قول") else quoted.last
        # `...، فبحسب تحقيق X، في 1.5% فقط ...`: the `فـ` opens a new clause, attributed before it is said
        resumes = self._word(c.first)[:1] == "ف" and self._comma_before(c.first) and pronoun is None \
            and any(self._comma_before(k) for k in range(after, min(last, after + 4)))
        # `السبب بحسب كوينسي أن ...`: a complementizer right after the source opens what it says
        opens = after < last and (self._is_complementizer(self._word(after)) or self._word(after) in _FRONTED_CONTENT_OPENERS) \
            and pronoun is None and not self._comma_before(c.first)
        if c.first - first <= 2 and pronoun is None and not self._comma_before(c.first) or resumes or opens:   # `بحسب المصادر، فإن ...`: content follows
            after = next((k for k in range(after, min(last, after + 4)) if self._comma_before(k)),
                         after)  # `وفقا لمصادر أمنية في دمشق، فقد ...`
            if after < last and self._word(after) in self.relative_pronouns:  # `وفقا لموقع X، الذي يتابع ...، يعد`
                after = next((k for k in range(after + 1, last) if self._comma_before(k)), last)
            when = after
            while when < last and when - after < 3 and self._time_word(when):
                when += 1
            if after < when < last and self._comma_before(when):
                after = when  # `وبحسب صحيفة X، يوم الجمعة، يدرس`: when it was reported, set off by commas
            start = self._content_start(after, last)
            end = last
            if start >= end and not self._comma_before(c.first) and self._attribution_alone(c, first, last):
                start, end = self.sentence_before[:2]  # `حسب ما نقلت وكالة X.` after the words it attributes
        else:                      # `... بحسب المصادر`: content precedes
            start, end = self._after_adverbial(first, c.first), c.first
            while end - 1 > start and self._word(end - 1) in ("وذلك", "ذلك"):
                end -= 1  # `...، وذلك وفقا لوكالة فارس`: `وذلك` points back at the content
            if not self._comma_before(end):  # `شنت غارات على أهداف، بينها نفق بحسب الجيش`: the nearest clause
                clause = next((k for k in range(end - 2, start, -1) if self._comma_before(k)), None)
                if clause is not None and self.text[self.tokens[start].start:self.tokens[clause].start].count('"') % 2 == 0:
                    start = self._skip_particles(clause, end)
            main = next((k for k in range(c.first - 1, start, -1) if self._word(k) in ("فان", "فانه", "فانها")), None)
            if main is not None and without_conjunction(self._word(first)) in _CONDITIONAL_OPENERS:
                start = self._skip_particles(main, end)  # `وإذا كانت تركيا قد أفرجت، فإنها ما زالت ... حسب ما أكده`
        if start >= end:
            return None
        hedged = c.value.hedged or self._hedged(start, end)
        claim = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                      source, (source.start, source.end), None, hedged)
        if quoted is not None:
            claim.children.append(Claim(claim.cue_start, claim.cue_end, claim.content_start, claim.content_end,
                                        quoted, (quoted.start, quoted.end), None, hedged, parent=claim))
        return claim

    def _attribution_alone(self, c, first: int, last: int) -> bool:
        """`. حسب ما نقلت رويترز.`, `. حسب وكالة فرانس برس.`: an attribution preposition opening a
        short sentence that holds nothing but its source: it attributes the sentence before (a
        body sentence, not the headline)."""
        before = self.sentence_before
        if self._word(c.first).startswith("نقلا"):
            return False  # `*نقلا عن صحيفة X`: a reprint credit for the whole article, not for its last sentence
        return before is not None and not before[2] and before[1] == first and c.first <= first + 1 \
            and last - first <= 8 and before[1] - before[0] >= 4

    def _titled_words(self, j: int, end: int) -> bool:
        """A title or an official (`مدير`, `المتحدثة باسم`) among tokens j..end-1 (after the `لـ` of
        `وفقا لـ`): the words name an office, not a report or a thing (`لتقارير صحفية`)."""
        lex = actor_lexicon()
        for k in range(j, end):
            word = self._word(k)
            bare = word[1:] if word.startswith("ل") and not word.startswith("ال") else word
            if lex.titles.has_word(bare) or strip_article(bare) in _OFFICIALS:
                return True
        return False

    def _holder_named_last(self, k: int, last: int, by_first) -> Mention | None:
        """`...، بحسب مدير المستشفى، سامي حداد.`: a person named after a comma at token k who ends the
        sentence: the holder of the title before the comma."""
        named = by_first.get(k) if k < last and self._comma_before(k) else None
        return named if named is not None and named.actor.actor_type == "person" and named.last == last else None

    def _claim_of_unnamed_words(self, c, first: int, last: int, verb, by_first=None) -> Claim | None:
        """`...، وفق ما أعلنت الوزارة.`, `...، بحسب وزير الداخلية.`, `حسب ما أعلنت متحدثة باسم
        المحكمة.`: after a clause, an attribution preposition (and its verb) followed by one to
        four words that end the sentence and may name a speaker (a title, a body or a statement
        head first; `باسم` may join them): those words are the source, no actor is made of them,
        and the clause before the preposition is the content."""
        j = verb.last if verb is not None else c.last + 1 if c.last < last and self._word(c.last) == "ما" else c.last
        said = self.cues.match_at(self.tokens, j, stop=last) if verb is None and j < last else None
        if said is not None and said.value.kind == "verb":  # `حسب ما أعلنت`
            j = said.last
        elif verb is None and j < last - 1 and self._word(j) in _ATTRIBUTION_PUBLISHING:
            j += 1  # `حسب ما نشر موقع صحيفة X.`: who published it follows
        if (verb is not None or said is not None) and j < last - 1 and self._preposition_and_pronoun(self._word(j)):
            j += 1  # `وفق ما صرح به الوزير`: the pronoun points back at what was said, the speaker follows
        while j < last - 1 and self._time_word(j):
            j += 1  # `حسبما أعلن الثلاثاء مدرب الفريق`: when it was said, then who said it
        words_end = self._before_speaker_relative(j, last)  # `بحسب مدير الشركة، الذي زار الموقع.`
        # after a closed quotation (`"...سيكون بإدارة مدنية" وفق أبازيد.`) the words that follow are
        # whose words they were, whatever they are
        quoted = any(q in self._gap(c.first) for q in '"»”') and 1 <= words_end - j <= 3
        # (with no comma before the preposition, a title or a speaking body must head the words:
        # `... 2200 متر بحسب المتحدث باسم الهيئة.`, not `وفق المواصفات الفنية`)
        if j >= last:
            return None  # (`...، بحسب ما أعلن.`: no words after the verb)
        longest = 6 if self._speaker_head(j) else 4  # (`المتحدث باسم الإدارة الوطنية للكوارث`)
        holder = next((m for m in (self._holder_named_last(k, words_end, by_first or {}) for k in range(j + 1, min(words_end, j + longest + 1)))
                       if m is not None), None)
        if holder is not None and not self._titled_words(j, holder.first):
            holder = None  # (`، وفقا لتقارير صحفية، غضب X.`: no title before the comma, the words after it are the clause's)
        if holder is not None:  # `...، وفقا لمدير المستشفى، سامي حداد.`: the title's holder, named after it, speaks
            words_end = holder.first
        described = self._described_informant(c, j, words_end, last) if holder is None else None
        if described is not None:
            words_end = described
        if described is None and (not 1 <= words_end - j <= longest or not (self._comma_before(c.first) or quoted or self._speaker_head(j))
                              or not (self._attributed_slot(j) or quoted)):
            return None
        last = words_end
        for k in range(j, last if described is None else j):
            word = self._word(k)
            if not word.isalpha() or k > j and self._comma_before(k) or self._is_complementizer(word) \
                    or word in TIME_WORDS or self.tokens[k].bare in TIME_WORDS or self.cues.get(word) is not None \
                    or self._is_preposition(word) and word != "باسم" or word in self.relatives:
                return None
        if any(m is not None and m.value.kind == "verb" for m in (
                self.cues.match_at(self.tokens, k, stop=c.first) for k in self.cues.starts_in(self.tokens, first, c.first))):
            return None  # `وقال X إن ...، بحسب دراسة للصندوق.`: the clause is already X's report
        start, end = self._after_adverbial(first, c.first), c.first
        if start >= end:
            return None
        t0, t1 = self.tokens[j], self.tokens[last - 1]
        if holder is not None:
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                         holder, (holder.start, holder.end), None, c.value.hedged or self._hedged(start, end))
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     None, (t0.start + self._lam_width(j), t1.end), None, c.value.hedged or self._hedged(start, end))

    def _before_speaker_relative(self, j: int, last: int) -> int:
        """`...، بحسب مدير الشركة، الذي زار الموقع أمس.`, `حسبما أفاد المستشفى الذي استقبل
        المصابين.`: a relative clause (after a comma or not) that describes the words naming the
        speaker and ends the sentence: the token of its relative pronoun, where those words end;
        else `last`. (Any cue in the clause is the speaker's description, not a report of its own.)"""
        for k in range(j + 1, min(last, j + 5)):
            if self._word(k) in self.relative_pronouns:
                return k
            if self._comma_before(k):
                break
        return last

    def _claim_of_fronted_words(self, c, last: int, by_first=None) -> Claim | None:
        """`وبحسب الدعوى فإن ...`, `وبحسب مدير إحدى المدارس، فإن "..."`: an attribution preposition
        opening the sentence, then one to eight words no actor rule named (a document, a described
        person), then `فإن`: those words are the source, and what `فإن` opens is the content. (With
        no `فإن` the words may run into the content itself: no claim.)"""
        j = c.last
        if j < last and self._word(j) == "ما":
            said = self.cues.match_at(self.tokens, j + 1, stop=last) if j + 1 < last else None
            j = said.last if said is not None and said.value.kind == "verb" else j
        if j < last - 1 and self._word(j) in _ATTRIBUTION_PUBLISHING:
            j += 1  # `وحسب ما نشرت صحيفة محلية، فإن`: the outlet that published it
        quoted = self._quoted_name_then_comma(j, last)
        if quoted is not None:  # `ووفقا لـ"ديلي ميل"، ركب الفريق ...`: the quoted outlet or site said it
            name_first, name_end = quoted
            after = next((k for k in range(name_end + 1, min(last, name_end + 6)) if self._comma_before(k) and (
                self._word(k) in _FRONTED_CONTENT_OPENERS or self._is_complementizer(self._word(k)))), name_end)
            # (`وبحسب نشرة "X"، الصادرة عن البرلمان، فإن ...`: what describes the name, set off by commas)
            word = self._word(after)
            start = self._content_start(after, last) if self._is_complementizer(word) or word in _FRONTED_CONTENT_OPENERS \
                else self._skip_particles(after, last)  # (`، فهذه ليست سوى البداية`: the clause after the comma)
            end = self._clause_before_cue(start, last)  # (`...، حيث يقول X: "..."`: X's own report)
            if start >= end:
                return None
            named = (by_first or {}).get(name_first)  # (a name an actor rule knows: `وطبقا لـ"فرانس برس"،`)
            named = named if named is not None and named.last == name_end else None
            span = (named.start, named.end) if named is not None else \
                (self.tokens[name_first].start, self.tokens[name_end - 1].end)
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end), named,
                         span, None, c.value.hedged or self._hedged(start, end))
        marker = next((k for k in range(j + 1, min(last, j + 9)) if self._word(k) in _FRONTED_CONTENT_OPENERS), None)
        after_comma = marker is None
        if after_comma and j < last and self._attributed_slot(j):
            # `وبحسب إفادات الناجين، كان ...`: a title, a speaking body or a document heads the words,
            # and the comma after them opens the content
            # (or the colon before a quotation: `وبحسب البيان: "..."`)
            marker = next((k for k in range(j + 1, min(last - 1, j + 7)) if self._comma_before(k) or ":" in self._gap(k)), None)
        head = self._word(j) if marker is not None else ""
        if marker is None or strip_article(without_conjunction(head)) in _LEGAL_BASES or head in self.demonstratives or head in TIME_WORDS or self.tokens[j].bare in TIME_WORDS \
                or self._is_preposition(head) or head in self.relatives:
            return None  # (`وبحسب ذلك فإن`: "accordingly", no one's words)
        for k in range(j, marker):
            word = self._word(k)
            if not word.isalpha() or self._is_complementizer(word) or k > j and self._comma_before(k) and k + 1 < marker \
                    or self.cues.get(word) is not None and not self._adjective_participle(k, last) \
                    or '"' in self._gap(k) or "«" in self._gap(k):
                return None
        words_end = marker
        if after_comma:
            # `وبحسب رئيسة اللجنة، مارغريت فيستاجر، إن ...`, `وبحسب بيان للصندوق، الإثنين، فقد ...`: a name
            # or a time set off by commas before the particle that opens the content
            later = next((k for k in range(marker + 1, min(last, marker + 6)) if self._comma_before(k) and (
                self._word(k) in _FRONTED_CONTENT_OPENERS or self._word(k) == "فقد" or self._is_complementizer(self._word(k)))), None)
            marker = later if later is not None else marker
        start = self._skip_particles(marker, last) if after_comma and self._word(marker) == "فقد" or after_comma and not \
            self._is_complementizer(self._word(marker)) and self._word(marker) not in _FRONTED_CONTENT_OPENERS \
            else self._content_start(marker, last)
        if start >= last:
            return None
        t0, t1 = self.tokens[j], self.tokens[words_end - 1]
        named = (by_first or {}).get(words_end)
        if named is not None and named.last == marker and named.actor.actor_type == "person":
            # `وبحسب رئيسة اللجنة، ماريا لوبيز، إن`: the title's holder, named between commas, speaks
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, last),
                         named, (named.start, named.end), None, c.value.hedged or self._hedged(start, last))
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, last),
                     None, (t0.start + self._lam_width(j), t1.end), None, c.value.hedged or self._hedged(start, last))

    def _clause_before_cue(self, start: int, last: int) -> int:
        """The end of content running from `start` to the sentence end: before a later reporting
        verb opened by a comma and a clause opener (`_clause_before`), else `last`."""
        for k in self.cues.starts_in(self.tokens, start + 1, last):
            cue = self.cues.match_at(self.tokens, k, stop=last)
            if cue is not None and cue.value.kind == "verb":
                end = self._clause_before(start, k)
                if end is not None:
                    return end
        return last

    def _quoted_name_then_comma(self, j: int, last: int) -> tuple[int, int] | None:
        """`لـ"ديلي ميل"،`, `"مشابل"،`: after a fronted attribution preposition (and the `لـ` written
        apart), one to four words in quotation marks closed right before a comma — a name no rule
        knows, the outlet or site the sentence cites. Returns (its first token, the token after the
        comma), or None."""
        if j < last and self._word(j) == "ل":
            j += 1
        if j >= last or self._gap(j)[-1:] not in QUOTE_OPEN:
            return None
        for k in range(j + 1, min(last, j + 5)):
            gap = self._gap(k).strip()
            if gap[:1] in '"»”' and gap[1:].strip() in ("،", ","):
                words = [self._word(x) for x in range(j, k)]
                if all(w.isalpha() and not self._is_complementizer(w) for w in words):
                    return j, k
                return None
            if gap:
                return None
        return None

    def _lam_width(self, j: int) -> int:
        """1 when the words naming a speaker open with the `لـ` of `وفقا لـ` (`لمصادر`): the source
        text starts after it; 0 for `للـ`, whose article the `ل` replaced (`للدراسة`)."""
        word = self._word(j)
        if not word.startswith("ل") or word.startswith("لل"):
            return 0
        heads = actor_lexicon()
        matchers = (heads.titles, heads.person_nouns, heads.speaker_org_heads)
        own = any(m.has_word(word) for m in matchers)  # `لجنة`: the word's own first letter
        if own:
            return 0
        # after `وفقا`/`طبقا` (which govern `لـ`) the `ل` is the preposition's, also before a name
        # (`وفقا لوالر`); after `بحسب`/`وفق` it may be the name's own (`وفق ليبرمان`)
        governs_lam = j > 0 and self._word(j - 1) in _LAM_GOVERNING_ADVERBS
        return 1 if self._attributed_slot(j) or governs_lam else 0

    def _headline_claim(self, first, last, by_first) -> list[Claim]:
        """`غريفيث: إطلاق مفاوضات ...` — a headline quoting its source."""
        for k in range(first, min(last - 1, first + 5)):
            gap = self.text[self.tokens[k].end:self.tokens[k + 1].start]
            if ":" in gap:
                source = by_first.get(first)
                span = (self.tokens[first].start, self.tokens[k].end)
                if source is not None and source.last == k and source.actor.actor_type != "state" \
                        and (is_present_verb(self._word(k)) or self.cues.get(self._word(k)) is not None):
                    span = (source.start, source.end)  # `نتانياهو يتوعد: ...`: the name, not name and verb
                elif source is None or source.last != k + 1:
                    source = None
                elif source.actor.actor_type == "state" and not self._speaks_in_first_person(k + 1, last):
                    return []  # `إيران: تحطم طائرة` is a dateline, not a quotation (`إيران: لن نتفاوض` is one)
                cue_at = self.tokens[k].end + gap.index(":")
                content = self._span(k + 1, last)
                hedged = self._hedged(k + 1, last)
                return [Claim(cue_at, cue_at + 1, *content, source, span, None, hedged)]
        return []
