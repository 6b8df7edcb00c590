"""The claim of a verb or noun cue (`_verb_claim`): its source and the chain of sources it
quotes, its channel, and where its content starts and ends; with the pieces only it reads (an
attribution set off by commas, a report inside a clause of time, a verbal noun's object)."""
from __future__ import annotations

from .claim_base import (BUT_WITH_PRONOUN, GOVERNED_PREPOSITIONS, PREPOSITION_VERBS, PREPOSITION_VERB_STEMS,
                         QUOTE_OPEN, TIME_WORDS, Claim, is_present_verb)
from .claim_cues import _BI_ANNA, _DESCRIBING_VERBS, _FINDING_STEMS
from .claim_state import ClaimState
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speakers import _SOURCE_DOCUMENTS

_IMPERSONAL_CUES = word_classes()["impersonal_cue"]
_SAYING_VERBS = word_classes()["claim_saying_verb"]  # verbs of saying that take no noun object
# `الأخير`/`الأخيرة`, the latter: a subject that names the actor mentioned just before
_LATTER_WORDS = word_classes()["latter_word"]
# `عبّر X عن قلقه`, `أعرب X عن أمله`: verbs of expressing, whose statement starts at `عن` after the
# subject (and عبرت, which also means "crossed", reports only then), normalised
# `تحدث X عن`: speaking about — it reports what follows its `عن`, or an `أن` or a quotation
# with no comma before it (`قال إنه تحدث دون تردد، وأن ...` goes on with the outer report), normalised
_SPEAKING_ABOUT = tuple(sorted(word_classes()["speaking_about_verb"]))
_RESUMPTIVE_PRONOUNS = word_classes()["resumptive_pronoun"]  # `فيه`, `فيها`, `فيهم`
_VERB_NEGATORS = word_classes()["claim_verb_negator"]
_AS_WORDS = word_classes()["claim_as_word"]  # `كما قال`
# `توصل/خلص ... إلى أن`: verbs of concluding, whose finding is an `أن` clause; a quotation after their
# `إلى` is what was reached (`توصلت إلى "صيغة" مع`), not a statement (normalised stems, all persons)
_CONCLUDING_STEMS = tuple(sorted(word_classes()["concluding_stem"]))  # for str.startswith
# `وواصل: "..."`: a verb of going on, which also names an act (continued an advance), reports only
# with a colon or a quotation right after it
_GOING_ON_STEMS = ("وواصل",)
_EXPRESSING_VERBS = word_classes()["expressing_verb"] | frozenset(_SPEAKING_ABOUT)
# verbal nouns of saying whose agent follows in construct: of speaking (what follows `عن`) and of
# announcing or affirming (their object carries the agent's pronoun), normalised
_SPEAKING_NOUNS = word_classes()["speaking_noun"]
_ANNOUNCING_NOUNS = word_classes()["announcing_noun"]

# `وإذ رأت X أن ...، حذرت`: conjunctions opening a clause of time or circumstance before the main
# clause, and prepositions of time before a verbal noun or `أن` (`غداة تأكيد`, `بعد أن قال`), normalised
_SUBORDINATORS = word_classes()["time_subordinator"]
_TIME_PREPOSITIONS = word_classes()["time_preposition"]


class ClaimVerbRules(ClaimState):
    """The claim of a verb or noun cue, from its source to the end of its content."""

    def _verb_claim(self, c, first, last, next_cue, mentions, by_first, by_last) -> Claim | None:
        if self._attributes_before(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first)  # `...، كما أعلن نائب الرئيس X.`
        if c.first - 1 > first and self._word(c.first - 1) in _AS_WORDS and self._content_marker(c.last, last) is None:
            trailing = self._trailing_claim(c, first, last, by_first)
            if trailing is not None:
                return trailing  # `وشوهدت سيارات محروقة كما قالت فرق الإطفاء.`: no comma, the source ends it
        if self._parenthetical_verb(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `...، يقول الخبراء.`
        if self._after_fronted_quotation(c.first, first):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `"نحن مستعدون"، قال X.`
        if c.first - 1 > first + 1 and self._word(c.first - 1) in ("هكذا", "وهكذا") \
                and (self._after_fronted_quotation(c.first - 1, first) or self._comma_before(c.first - 1)):
            return self._trailing_claim(c, first, last, by_first, end=c.first - 1)  # `"..."، هكذا قال X.`
        speakers, speakers_first, speakers_last = self._before_opened_words(c, last, mentions, by_first, by_last)
        source, after_source = self._verb_source(c, first, last, speakers, speakers_first, speakers_last)
        source, after_source = self._named_after(source, after_source, last, speakers_first)
        accused = self._object_before_bi(c, source, last) if source is not None else None
        accuser_words = accused if accused is not None and accused[0] < accused[1] else None
        if accused is not None:  # `التي تتهم فرنسا بانتهاك`: France is accused; who accuses stands before
            # (or the words between the verb and the accused: `وتتهم المنظمة الحكومة بأنها`)
            source, after_source = None if accuser_words else self._accuser_before(c, first, mentions), source.first
        apposed_to = self._name_before_title(c, source)
        if apposed_to is not None:  # `قال ماركو روسي، المدير الفني لنادي روما إن`: Rome is in the title
            source = None
        titled = None
        if source is None:
            titled = self._titled_subject(c.last, last, mentions) or self._phrase_before_object(c, last, by_first)
        if titled is None and source is None:
            titled = self._subject_before_object(c, last, by_first) or self._phrase_before_verb(c, first, by_first) \
                or self._holder_after_title(c, last, by_first)
        if titled is not None:  # (a subject before the verb: what it says starts after the verb)
            source, after_source = titled, max(titled.last, c.last)
        subject = self._subject_before_described_object(c, source, last)
        if subject is not None:  # `ووصف الرئيس الأمريكي إعلان كوريا الشمالية بأنه`: North Korea is in the object
            source, after_source = subject, subject.last
        relative_span = None
        relative = self._subject_before_relative(c, last)
        if relative is not None and (source is None or source.first > relative):
            # `وأضاف مدير المستشفى الذي يعالج فيه الرئيس X أن`: the phrase the relative clause describes is
            # the subject; a name inside the clause is not (nor is the speaker remembered from before)
            source = self.describe(c.last, relative) if self.describe is not None else None
            if source is not None and source.last != relative:
                source = None
            relative_span = None if source is not None else (self.tokens[c.last].start, self.tokens[relative - 1].end)
            after_source = relative
            clause_end = self._content_marker(relative + 1, last)
            if clause_end is not None and next_cue < clause_end:  # (`الذي كان يتحدث ...`: the clause's verbs report nothing)
                next_cue = next((k for k in self.cues.starts_in(self.tokens, clause_end, last)
                                 if self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        in_which = self._statement_in_which(c, first, last, mentions)
        if in_which is not None:  # `أصدر X بيانا أكد فيه ...`: X, who issued the statement, says it
            source, after_source = in_which, c.last + 1
        adjacent = source is not None and (source.first == c.last or source.last == c.first or in_which is not None
                                           or source.first == c.last + 1 and self._word(c.last) in _RESUMPTIVE_PRONOUNS
                                           or source is self._pluperfect_subject(c.first, first, by_last)
                                           or source is self._apposed_subject(c.last, last, mentions)
                                           or source is self._official_of(c.last, last, by_first)
                                           or source is titled)
        if source is not None:
            after_source = self._past_adjectives_of_quoted_name(after_source, last)
        channel, after_source = self._channel(after_source, last, by_first)
        relative_end = self._relative_clause_end(after_source, last) if source is not None else None
        if relative_end is not None:  # `وقال X، الذي كان يتحدث في البرلمان، إن`: the clause describes X;
            after_source = relative_end  # its verbs report nothing, the `إن` after it is X's
            if next_cue < relative_end:
                next_cue = next((k for k in self.cues.starts_in(self.tokens, relative_end, last)
                                 if self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        span = (source.start, source.end) if source is not None else None
        if source is not None and self.tokens[source.first].bare in _LATTER_WORDS:
            span = self._antecedent_span(source, mentions) or span
        if apposed_to is not None:
            span = apposed_to
        elif accuser_words is not None and source is None:
            span = accuser_words  # `وتتهم المنظمة الحكومة بأنها`: the words before the accused name the speaker
        elif accused is not None and source is None:
            span = self._unnamed_goes_on(c, first)  # `. واتهم الحزب بالتآمر`: the speaker named only by words goes on
        elif relative_span is not None and source is None:
            span = relative_span
        elif source is None and self.unnamed_continues and not (c.last < last and self._speaker_slot(c.last)):
            span = self._unnamed_goes_on(c, first)  # `. ووصف الهجوم بأنه`: the object follows, the speaker goes on
        elif source is None and in_which is None:
            unnamed = self._subject_slot_words(c, first, last, after_source)
            if unnamed is not None:  # `وقالت يوليا إنها`, `لكن يونايتد أكد أن`: the words that name the speaker
                span, after_source = unnamed
        if source is None and span is None and in_which is None:
            span = self._unnamed_speaker_of_participle(c, first) \
                or self._coordinated_unnamed_subject(c, first)  # `وأوضح الصندوق أن ...، مبينا أن`, `وهون الخبراء ... وتوقعوا أن`
        chain = []  # `نقلت X عن Y عن Z قوله إن`: who each source quotes, outermost first
        by_pronoun = self._quoted_by_pronoun(c, after_source, source, first, last, mentions)
        if by_pronoun is not None:  # `ونقلت وكالة X عنه قوله`: he, named before, is quoted
            chain.append(by_pronoun[0])
            after_source = by_pronoun[1]
        quoted_words = None  # `ونقلت رويترز عن تجار أن`: whom the source quotes, named by words no rule knows
        while len(chain) < 3:
            naqlan = after_source + 1 < last and self._word(after_source) == "نقلا"
            at = after_source + 1 if naqlan else after_source
            passes_on = at < last and self._word(at) == "عن" and (naqlan or chain or self._transmits(c.first))
            quoted = self._quoted_source(at + 1, last, by_first) if passes_on else None
            if quoted is None:
                quoted_words = self._quoted_words(at + 1, last) if passes_on else None
                if quoted_words is not None:
                    after_source = quoted_words[1]
                break
            chain.append(quoted)
            after_source = quoted.last
            if after_source < last and self._word(after_source).startswith("قول"):
                after_source += 1
        after_source = self._after_set_off_attribution(after_source, last)  # `وأضاف X، وفق وكالة Y، "..."`
        bound = next_cue if after_source < next_cue < last or after_source == next_cue < last and self._is_participle(next_cue) \
            and not self._comma_before(next_cue) else last  # (`في تغريدة إلى أعضاء الكونغرس قائلا`: the participle's statement)
        marker = self._content_marker(after_source, bound)
        if marker is None:
            marker = self._marker_after_long_adjunct(after_source, bound)
        if marker is None and after_source < next_cue < last and next_cue - after_source <= 2:
            marker, next_cue = self._reported_by_object(after_source, next_cue, last)
        if marker is None and after_source <= next_cue < last and self._word(next_cue).startswith("قايل") \
                and next_cue - after_source <= 6:
            return None  # `وعلق X على القرار قائلا إن`: one statement, the participle's
        if not chain and self._moves_someone(c, after_source, marker, last):
            return None  # `ونقل المصابون إلى المستشفى`, `تم نقل ثلاثة مهاجرين`: carried, not passed on
        noun_object = self._verbal_noun_object(c, source, after_source, next_cue) \
            if c.value.kind == "noun" and marker is None else None
        if noun_object is not None:  # `تصريح الوزير عن انفتاحهم`, `إعلان الرئيس استعداده`
            after_source = noun_object
        elif c.value.kind == "noun" and (marker is None or marker - after_source > 2
                                       or source is not None and source.first >= next_cue
                                       or any(self._comma_before(k) for k in range(after_source, marker) if k > c.last)):
            return None  # `في بيان` opens a claim only when the statement follows at once
            # (`فند X تصريحات Y، واصفا كلامها بأنه`: a comma ends the noun's phrase; the participle reports;
            # `وتعود مزاعم الفساد إلى ...، ويقول سكان إن`: a speaker after the next verb is that verb's)
        if c.value.kind == "noun" and noun_object is None and without_conjunction(self._word(c.first)) != "في" \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `بعد إعلان الجيش أن`; but `اعتبر X تصريحات Y "غير مقبولة"`: the noun is an object
        if marker is not None and c.value.needs_marker and not self._is_complementizer(self._word(marker)) \
                and ":" not in self._gap(marker) and self._quote_after_a_clause(after_source, marker, last, by_first):
            marker = None  # `سفينة تنقل مهاجرين، وهي الإيطالية "داتيلو"`: not what an action verb reports
        verb_word = without_conjunction(self._word(c.first))
        # (`ووجدت الدراسة أن`: a study, a survey, a title or a body no rule named, right after the verb)
        finder_words = source is None and marker is not None and c.last < marker and self._speaker_slot(c.last)
        if (verb_word.startswith(_FINDING_STEMS) or self._word(c.first).startswith(_FINDING_STEMS)) and not (
                marker is not None and (source is not None and c.last <= source.first < marker or finder_words)
                and not (c.first > first and without_conjunction(self._word(c.first - 1)) in _VERB_NEGATORS)):
            return None  # `ووجد المحققون أن`: who found it stands between the verb and its `أن`
            # (not `فوجدت أن` after a study, which no one says)
        if self._word(c.first).startswith(_GOING_ON_STEMS) and (marker is None or marker - c.last > 3
                                                     or self._is_complementizer(self._word(marker))):
            return None  # `وواصل: "..."`, `وواصل المدرب: "..."`; not `واصلت الفرقة مع أغنية "..."`
        if marker is not None and verb_word.startswith(_CONCLUDING_STEMS) and not self._is_complementizer(self._word(marker)):
            marker = None  # `وتوصلت إلى "صيغة" مع`: the thing reached, no finding reported
        if marker is None and source is not None and after_source < last and verb_word in _EXPRESSING_VERBS:
            # `وأعرب X في اتصال هاتفي مع نظيره عن قلقه`: where or when it was said comes before the
            # `عن` of what was expressed (not for `على`/`إلى`, which also follow an object: `فرض رسوم على`)
            governed = self._governed_after_adjunct(after_source, last, ("عن",))
            if governed is not None:
                after_source = governed
        elif marker is None and source is not None and after_source < last \
                and self._word(after_source) not in GOVERNED_PREPOSITIONS and verb_word.startswith(PREPOSITION_VERB_STEMS):
            # `وشدد X خلال لقائه بالسفير على ضرورة`, `وأشارت X المتحدثة باسم Y إلى سقوط`: the adjunct or
            # title before the preposition this verb always governs is not what was said
            preposition = next(p for stem, p in PREPOSITION_VERBS.items() if verb_word.startswith(stem))
            governed = self._governed_after_adjunct(after_source, last, (preposition,))
            if governed is not None:
                after_source = governed
        expresses = after_source < last and self._word(after_source) == "عن" and verb_word in _EXPRESSING_VERBS
        if expresses:
            marker = None  # `عبرت X عن صدمتها من أن ...`: what she expressed starts at `عن`
        if not expresses and without_conjunction(self._word(c.first)) in _SPEAKING_ABOUT \
                and (marker is None or any(self._comma_before(k) for k in range(c.last, marker + 1))):
            return None  # (`تحدث الخميس عن أن`, `تحدث لقناة X "..."`: what was said follows at once)
        estimates = marker is None and self._estimate_of(c, after_source, last)
        acknowledges = marker is None and (source is not None or span is not None) and self._acknowledges(c, after_source, last)
        if marker is None and c.value.needs_marker and not expresses and not estimates and not acknowledges:
            return None  # `وردت إسرائيل بغارات`: an action, not a statement (`عبرت X عن قلقها` is one)
        if c.value.needs_marker and marker is not None and self._thing_as_subject(c, source, marker):
            return None  # `وأظهرت لقطات فيديو أن`: a thing shows it, no one says it
        if source is not None and marker is not None and source.last <= c.first and c.last < marker \
                and strip_article(self._word(c.last)) in _SOURCE_DOCUMENTS:
            slot = self._subject_slot_words(c, first, last, c.last)
            if slot is not None:  # `. وخلصت الدراسة إلى أن`: the study in the subject slot states it,
                source, span = None, slot[0]  # not the speaker of the sentence before
        if c.value.needs_marker and not expresses and self._is_participle(c.first) and not self._comma_before(c.first) \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `ورفعت لافتة كتب عليها "..."`: a noun (a banner), not the participle `، لافتة إلى`
        if marker is None and c.first > first and without_conjunction(self._word(c.first - 1)) in _VERB_NEGATORS:
            return None  # `ولم تعلق كوريا على الأمر`, `لم تؤكد هذا العرض`: nothing was said
        if marker == c.last and without_conjunction(self._word(c.first)) in _IMPERSONAL_CUES:
            return None  # `ويذكر أن`: the writer's own aside, attributed to no one
        if marker == c.last and self._impersonal_opinion(c, first):
            return None  # `ويتوقع أن تتجاوز التكلفة ...`: it is expected; the last speaker does not say it
        if source is not None and self.last_source is not None and source is self.last_source[0]:
            span = self.last_source[1]
        # `وأشار البيان إلى`, `وأعلنت لجنة حكومية الأربعاء رفضها`: a subject slot no rule named, headed
        # by a title, a body or a statement (not `ونقل الفتى إلى المستشفى`), then the object
        slot_then_object = source is None and span is not None and marker is None and after_source < last \
            and (self._speaker_slot(self._token_at(span[0])) or self._name_before_own_preposition(c, span, after_source)) \
            and not self._transmits(c.first) \
            and (self._word(after_source) in GOVERNED_PREPOSITIONS or self._word(after_source) in TIME_WORDS
                 or self.tokens[after_source].bare in TIME_WORDS
                 or after_source == self._token_at(span[0]) + 1 and self._bare_head_then_object(c, after_source - 1, last))
        # `، معربة عن أملها`, `. وأعرب عن أمله`: the speaker named only by words goes on
        unnamed_goes_on = source is None and span is not None and (self._is_participle(c.first) or accused is not None or self.unnamed_continues
                                                                   and after_source < last and self._word(after_source) in GOVERNED_PREPOSITIONS)
        if marker is None and not slot_then_object and not unnamed_goes_on and (source is None or not (adjacent or self._is_participle(c.first) or self._tells_whom(c.first)
                                                      or self._speaker_goes_on(c, first, source)
                                                      or expresses and source.last == after_source)):
            return None  # a cue word with neither a source beside it nor reported content
        if marker is not None and without_conjunction(self._word(c.first)) in _SAYING_VERBS and c.last == c.first + 1:
            start = marker  # `وقال كريم بوسعدة من معهد X "..."`: no object; the words before the quotation name the speaker
        elif marker is not None:
            start = self._object_start(after_source, marker)
        else:
            after_title = self._past_bare_title(after_source, last, source, by_first)  # `أعلن X زعيم كوريا الشمالية وقف`
            start = self._after_date_adjunct(self._past_statement_adjunct(self._after_apposition(after_title, last), last, by_first), last)
            if start >= last or self._word(start) not in GOVERNED_PREPOSITIONS:
                start = self._after_adverbial(start, last)  # (`حذر من الفوضى، ...`: the governed `من`, no adverbial)
            start = self._skip_particles(start, last)
            if self._considered(c, start, last):
                return None  # `ويعتبر داسو من أبرز مصنعي الطائرات`: he is considered so, no one says it
        # (`أعلن X في غزة الجمعة، مقتل`, `ونبهت في بيان صدر عنها من الانعكاسات`)
        if marker is not None and start == marker and after_source < marker <= after_source + 4 \
                and self._word(marker) in _BI_ANNA and (self._word(c.first) in _DESCRIBING_VERBS or without_conjunction(self._word(c.first)) in _DESCRIBING_VERBS) \
                and not any(self._comma_before(k) for k in range(after_source + 1, marker + 1)):
            start = after_source  # `وصف الهجوم بأنه إرهابي`: what is described is part of the statement
        end_tok = next_cue if start < next_cue < last and not self._inside_quotation(start, next_cue) and (
            self._word(next_cue).startswith("و") or (self._is_participle(next_cue) and "،" in self._gap(next_cue))
            or marker is None and self._comma_before(next_cue)) else last  # `...، مضيفا أن`
        # (`وإذ حذر X من الفوضى، أكد أنه`: a noun phrase reported, then the main verb after a comma)
        if start < next_cue - 1 < last and self._word(next_cue - 1) in BUT_WITH_PRONOUN:
            end_tok = next_cue - 1  # `...، لكنها أكدت أن`: her next statement
        if start < next_cue - 1 < last and self._word(next_cue - 1) in ("كما", "وكما") and self._comma_before(next_cue - 1) \
                and self._content_marker(next_cue, last) is not None:
            end_tok = next_cue - 1  # `...، كما أشار إلى أن`: a further statement of the same speaker
        if end_tok == last and start < next_cue < last:
            end_tok = self._clause_before(start, next_cue) or last  # `...، حيث قالت مصادر إن`
        if end_tok == last and start < next_cue < last and self._subordinate_report(c, first, next_cue):
            end_tok = next_cue  # `وإذ رأت الوكالة أن ...، حذرت بأن`: the main clause's verb says the next thing
        end_tok = self._contrast_clause(start, end_tok) or end_tok  # `...، فيما تواصل القتال`
        end_tok = self._writers_gloss(start, end_tok) or end_tok  # `...، في إشارة إلى`
        if start >= end_tok or self._word(start) in self.relative_pronouns:
            return None  # (`قال X الذي يقول ...`: the relative clause belongs to the next cue)
        if source is None and span is None and marker is not None:
            span = self._unnamed_goes_on(c, first)
        if source is None and span is None and self._is_participle(c.first):
            return None  # a participle shares its sentence's subject: with none found, no one is known to say it
        content = self._span(start, end_tok)
        hedged = c.value.hedged or self._hedged(c.first, end_tok)
        claim = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *content,
                      source, span, channel, hedged)
        parent = claim
        for quoted in chain:
            child = Claim(claim.cue_start, claim.cue_end, *content, quoted, (quoted.start, quoted.end),
                          None, hedged, parent=parent)
            parent.children.append(child)
            parent = child
        if quoted_words is not None:
            words = self._span(*quoted_words)
            parent.children.append(Claim(claim.cue_start, claim.cue_end, *content, None, words, None, hedged, parent=parent))
        return claim

    def _past_adjectives_of_quoted_name(self, j: int, last: int) -> int:
        """`وكتبت صحيفة "الصباح" المصرية أن`, `أعلنت مجموعة "النور" الألمانية توقيف`: the name in
        quotation marks ends the speaker's mention at its closing mark, but the relative adjectives
        after it (`المصرية`, `الألمانية`) still describe the speaker; what is said starts after them."""
        if not 0 < j < last or self._gap(j)[:1] not in ('"', "»", "”"):
            return j  # (the mark must close the name: `قائلا: "الأهلي` opens a quotation)
        k = j
        while k < last and k - j < 3 and (k == j or not self._comma_before(k)) and _is_relative_adjective(self._word(k)):
            k += 1
        if j < k < last - 1 and self._word(k).startswith("ال") and self._comma_before(k + 1) and not self._comma_before(k):
            k += 1  # `مجموعة "أمازون" الأمريكية العملاقة، التوصل`: one more adjective, set off by the comma
        if k < last and (self._is_preposition(self._word(k)) or self._word(k) in GOVERNED_PREPOSITIONS):
            return j  # `كشفت صحيفة "X" الأميركية عن دفع مبالغ`: what it revealed, a thing, as before
        return k

    def _after_set_off_attribution(self, j: int, last: int) -> int:
        """`وأضاف X، وفق وكالة Y، "..."`, `وقال X، بحسب ما نقلت عنه Y، إن`: an attribution set off by
        commas between the speaker and the words said names who passed them on (the preposition's own
        claim nests the speaker's under it); the words said start after its closing comma. The token
        after that comma, else j."""
        if j >= last or not self._comma_before(j):
            return j
        cue = self.cues.match_at(self.tokens, j, stop=last)
        if cue is None or cue.value.kind != "prep":
            return j
        for k in range(cue.last + 1, min(last, cue.last + 10)):
            if self._break_before(k) or self._is_complementizer(self._word(k)):
                return j
            if self._comma_before(k) or ":" in self._gap(k):  # (`، حسب "آس": "..."`)
                return k
        return j

    def _subordinate_report(self, c, first: int, main: int) -> bool:
        """`وإذ رأت X أن ...، حذرت بأن`, `غداة تأكيد X أن ...، أعلن Y أن`, `بعد أن قال X إن ...، أكد
        Y`: a report inside a clause of time or circumstance (`إذ`, `عندما`, `بعدما`, `بعد أن`; a
        verbal noun after `غداة`, `عقب`, `بعد`) ends at the comma before the main clause's verb of
        saying (no `و` on it, not a participle, outside any quotation)."""
        if c.first <= first or not self._comma_before(main) or self._word(main)[:1] in "وف" or self._is_participle(main):
            return False
        before = without_conjunction(self._word(c.first - 1))
        opened = before in _SUBORDINATORS or c.value.kind == "noun" and before in _TIME_PREPOSITIONS \
            or before == "ان" and c.first - 1 > first and without_conjunction(self._word(c.first - 2)) in _TIME_PREPOSITIONS
        main_cue = self.cues.match_at(self.tokens, main, stop=len(self.tokens))
        if not opened or main_cue is None or main_cue.value.kind != "verb" or main_cue.last >= len(self.tokens):
            return False
        # the main verb names its own subject (`، أعلن البيت الأزرق أن`): a verb whose `أن` or
        # adjunct follows at once may be the reported clause's own predicate (`قال مسؤولون إن عدا
        # سريعا للأصوات، بعد الانتخابات، أكد أن ...`)
        subject = main_cue.last
        word = self._word(subject)
        return not (self._is_complementizer(word) or self._is_preposition(word) or word in TIME_WORDS
                    or ":" in self._gap(subject) or self._gap(subject)[-1:] in QUOTE_OPEN) \
            and not self._inside_quotation(c.last, main)

    def _verbal_noun_object(self, c, source, after: int, stop: int) -> int | None:
        """`بالإضافة إلى تصريح وزير الخارجية عن انفتاحهم`, `بعد إعلان الرئيس استعداده للقاء`: a
        verbal noun of saying with its agent named right after it in construct, then what was said —
        `عن` + a noun after a noun of speaking, or a noun carrying the agent's pronoun after one of
        announcing or affirming. The token where the content starts."""
        if source is None or source.first != c.last or after >= stop or self._comma_before(after):
            return None
        noun = strip_article(without_conjunction(self._word(c.first)))
        word = self._word(after)
        if after + 1 >= stop or self._clause_break(after + 1, after + 1) or self._comma_before(after + 1):
            return None  # (`قبل إعلان ترامب قراره.`: one word, a thing announced, no statement)
        if noun in _SPEAKING_NOUNS and word == "عن" and self._word(after + 1).isalpha():
            return after
        if noun in _ANNOUNCING_NOUNS and len(word) >= 5 and word.endswith(("ه", "ها", "هم")) \
                and not word.startswith("ال") and not is_present_verb(word) and not self._is_preposition(word) \
                and after not in self.in_mention:
            return after  # (`استعداده`, `رفضها`: a noun carrying the agent's pronoun)
        return None


def _is_relative_adjective(word: str) -> bool:
    """A definite nisba adjective (normalised): `البريطانيه`, `الامريكي` — of a country, a people, a kind."""
    return word.startswith("ال") and len(word) > 5 and word.endswith(("يه", "ي"))
