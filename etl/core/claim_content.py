"""Where a claim's content starts and ends: complementisers, colons, quotations, a verb's
object, adverbials and clause breaks (a mixin of `ClaimFinder`)."""
from __future__ import annotations

import bisect

from .claim_base import (QUOTE_OPEN, ADJUNCT_OPENERS, CHANNEL_HEADS, GOVERNED_PREPOSITIONS, PREPOSITION_VERB_STEMS, alif_lam_verbs, SKIP_AT_CONTENT_START, SUFFIXED_COMPLEMENTIZERS, TIME_WORDS, is_present_verb,
                          noun_with_pronoun)
from .actor_lexicon import actor_lexicon
from .lexicon import word_classes
from .matching import candidate_forms
from .morphology import analyse, preposition_with_pronoun, strip_article, without_conjunction

_TELLING_VERBS = word_classes()["telling_verb"]
_DISCOURSE_ADVERBIALS = tuple(sorted((tuple(p.split()) for p in word_classes()["discourse_adverbial"]),
                                     key=lambda p: (-len(p), p)))  # none is the start of another
_CLAUSE_OPENERS = word_classes()["clause_opener"]
_SEEMING_VERBS = word_classes()["claim_seeming_verb"]  # `يبدو أن`: the `أن` of "it seems", not a report
_SAYING_NOUNS = word_classes()["claim_saying_noun"]  # `اكتفى بالقول "..."`: "by saying", then the words said
_ADVERBIAL_OPENERS = word_classes()["adverbial_opener"]
_CONTRAST_OPENERS = word_classes()["contrast_opener"]
# after a comma, the writer's gloss on a report (normalised words): `، في إشارة إلى`, `، من دون أن يقدم`
_WRITERS_GLOSSES = tuple(sorted(tuple(p.split()) for p in word_classes()["writers_gloss"]))
# `مؤكدة على`, `مشيرة إلى`, `معربة عن`: what a participle of saying governs (normalised); not `من`,
# which also follows the adjective (`مخاوف مؤكدة من مصادرة`)
_PARTICIPLE_PREPOSITIONS = word_classes()["participle_preposition"]
# `بعد أن`, `قبل أن`, `منذ أن`, `دون أن`, `إلا أن` / `غير أن` (however), `رغم أن`, `لو أن`: an `أن`
# that opens a clause of time, manner, contrast or condition, not the proposition a verb reports
# (`وأقر المجلس التعيين بعد أن صوت الأعضاء`) (normalised)
_NON_REPORTING_BEFORE_ANNA = word_classes()["non_reporting_before_an"]
_CONCESSIVE_VERB_STEMS = tuple(sorted(word_classes()["claim_concessive_verb_stem"]))  # for str.startswith: `وإن كانت`, `وإن بدا`
_UNSEEN = object()


class ClaimContentRules:
    def _writers_gloss(self, start: int, end: int) -> int | None:
        """`قال إن طائراته قصفت مواقع، في إشارة إلى ...`, `أعلنت أن قواتها دمرت مخزنا، من دون أن
        تقدم تفاصيل`: after a comma, the writer's gloss on the report, not the report; the content
        ends before it (not inside a quotation)."""
        commas = self._comma_list
        for k in commas[bisect.bisect_left(commas, start + 1):bisect.bisect_left(commas, end)]:
            words = tuple(self._word(x) for x in range(k, min(end, k + 3)))
            if any(words[:len(g)] == g for g in _WRITERS_GLOSSES):
                quotes = self.text[self.tokens[start - 1].end if start else 0:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k
        return None

    def _contrast_clause(self, start: int, end: int) -> int | None:
        """`قال إن الوفد غادر، فيما تواصل القتال في المدينة`: a clause opened by a comma and
        `فيما` / `بينما` / `في حين` sets the writer's own account against the report; the content
        ends before it (not inside a quotation, where the speaker's words go on)."""
        commas = self._comma_list
        for k in commas[bisect.bisect_left(commas, start + 1):bisect.bisect_left(commas, end)]:
            if self._word(k) in _CONTRAST_OPENERS \
                    or k + 1 < end and f"{self._word(k)} {self._word(k + 1)}" in _CONTRAST_OPENERS:
                quotes = self.text[self.tokens[start - 1].end if start else 0:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k  # (counted from the gap before the content: `قال "إن ...، فيما ..."`)
        return None

    def _clause_before(self, start: int, cue: int) -> int | None:
        """`أن الوفد غادر، حيث قالت مصادر إن ...`: a later reporting verb opened by a comma and a
        clause opener (`حيث`, `فيما`, `بينما`, `في حين`) starts another statement; the content
        ends before it — unless the verb is quoted inside the content."""
        for k in (cue - 1, cue - 2):
            if k <= start:
                return None
            words = " ".join(self._word(x) for x in range(k, cue))
            if words in _CLAUSE_OPENERS and self._comma_before(k):
                quotes = self.text[self.tokens[start].start:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k
        return None

    def _after_adverbial(self, first: int, end: int) -> int:
        """`وفي السياق نفسه، شنت ...`: the proposition starts after a leading adverbial phrase."""
        if first < min(end, len(self.tokens)) and self._word(first).lstrip("و") in _ADVERBIAL_OPENERS:
            for k in range(first + 1, min(end, first + 6)):
                if self._comma_before(k):
                    return k
        return first

    def _content_start(self, j: int, last: int) -> int:
        marker = self._content_marker(j, last)
        if marker is None:
            return self._skip_particles(j, last)
        return marker  # the content keeps its `أن` / `إن`: the proposition starts there

    def _content_marker(self, j: int, last: int) -> int | None:
        """Where the reported content is introduced within the next words: the token index of
        `أن` / `إن` / `بأن` (and `أنه`, `إنها`...), else of the first word after `:` or a quote
        (a quoted name before the `أن`, `لحزب "العدالة والتنمية"`, is not the statement)."""
        stop = min(last, j + 20)  # the result depends on j and this stop only
        key = (j, stop)
        marker = self._markers.get(key, _UNSEEN)
        if marker is _UNSEEN:
            marker = self._markers[key] = self._content_marker_in(j, stop)
        return marker

    def _content_marker_in(self, j: int, stop: int) -> int | None:
        # the window ends before the first token k > j with `_clause_break(k - 1, k)`: the first
        # gap holding sentence-internal punctuation at or after j's (none before token 1 counts)
        breaks = self._break_tokens
        i = bisect.bisect_left(breaks, j)
        end = stop
        if i < len(breaks):
            b = breaks[i]
            end = min(stop, j + 1 if b == j else 2 if b == 1 else b)
        window = range(j, end)
        candidates = (k for k in window if self._is_complementizer(self._word(k))
                      and k not in self.in_mention and self._gap(k) not in ("-", "‐") and not self._in_acronym(k)
                      and not self._word(k).startswith(("لان", "ولان")) and self._word(k) not in ("كي", "لكي")
                      and not self._opens_subjunctive(k)
                      and not self._concessive(k) and not (k > j and self._word(k - 1) in _NON_REPORTING_BEFORE_ANNA))
        # `، يبدو أن ...`: the `أن` of "it seems" opens its own clause, no report (it still bounds a
        # short quoted name before it: `على حسابه في "تويتر": "... الذي يبدو أنه"`)
        first_complementizer = complementizer = None
        for k in candidates:
            first_complementizer = k if first_complementizer is None else first_complementizer
            if not (k > j and self._word(k - 1) in _SEEMING_VERBS):
                complementizer = k
                break
        # (`لأنه` is "because": a reason given, `طلب عدم نشر اسمه لأنه غير مخول`, and `لكي` "in order
        # to", `في خطوة اعتبرت ضرورية لكي يركز`: a purpose, not the report;
        # an `إن` inside a name or joined to one by a hyphen, `مون جيه-إن`, is no complementizer)
        colons, quoted = self._colon_tokens, self._quote_tokens
        for k in window:
            if complementizer is not None and k >= complementizer:
                break
            if k in colons or k in quoted and k not in self.inside_mention \
                    and not self._short_quoted_name(k, first_complementizer) and not self._quoted_term(k, j) \
                    and not self._what_it_was_called(k) and not self._quoted_name_after_preposition(k):  # (`" ` closes a quotation)
                return k  # `وأضافت "..."`, `وقال: ...`, `وقال "ليشهد العالم أن ..."` (the أن is quoted)
        return complementizer

    def _in_acronym(self, k: int) -> bool:
        """`(إن.إتش.كيه) إن`: token k is joined by a dot to a letter on either side, a letter group
        of a transliterated acronym (its `إن` is no complementizer)."""
        token, text = self.tokens[k], self.text
        return text[token.end:token.end + 1] == "." and text[token.end + 1:token.end + 2].isalpha() \
            or token.start > 1 and text[token.start - 1] == "." and text[token.start - 2].isalpha()

    def _quoted_term(self, k: int, j: int) -> bool:
        """`وأشار المراقبون أيضا إلى عرقلة عملهم ... لـ"تهديد جسدي"`: once the slot of a verb that
        always opens its statement with a preposition (`PREPOSITION_VERBS`) opens with it (after an
        adverb at most) and words follow it, a later quotation is part of its object, a term the
        writer quotes, not the statement (`أشار إلى "جهد مصري"` still quotes it at once)."""
        opening = j + 1 if j + 1 < k and self._word(j) in self.adverbs else j
        if not (opening + 1 < k and self._word(opening) in GOVERNED_PREPOSITIONS):
            return False
        verb = next((g for g in range(j - 1, max(-1, j - 7), -1) if self.cues.match_at(self.tokens, g, stop=j) is not None), None)
        return verb is not None and without_conjunction(self._word(verb)).startswith(PREPOSITION_VERB_STEMS)

    def _what_it_was_called(self, k: int) -> bool:
        """`على خلفية ما وصفه الجانب الأوروبي "انتهاك ..."`, `إزاء ما وصفه بـ"..."`: a quotation after
        `ما` + a cue with an object pronoun (and its subject or `بـ`) is the name given to a thing,
        a term inside the clause, not a statement."""
        for back in range(1, 5):
            g = k - back
            if g < 1:
                return False
            if self._word(g - 1) == "ما" and self._object_pronoun(g):
                return True
            if self._comma_before(g) or self._is_complementizer(self._word(g)):
                return False
        return False

    def _concessive(self, k: int) -> bool:
        """`وإن كان عملهم ...`: "even if", a concession, not the `أن` of a report."""
        return self._word(k) == "وان" and k + 1 < len(self.tokens) and self._word(k + 1).startswith(_CONCESSIVE_VERB_STEMS)

    def _short_quoted_name(self, k: int, before: int | None) -> bool:
        """`لحزب "العدالة والتنمية" إن`: a quotation of a few words closed before the `أن` is a
        name, not the statement."""
        if before is None:
            return False
        return any(any(q in self._gap(x) for q in '"»”') for x in range(k + 1, min(before + 1, k + 5)))

    def _quoted_name_after_preposition(self, k: int) -> bool:
        """`في مقابلة مع "العربية.نت"، عن`, `عبر "تويتر"،`, `لـ"الجزيرة"، "..."`: a quotation of one to
        three words after a bare preposition, closed right before a comma, names whom it was said
        to or the medium: it is not the statement (after a preposition with its pronoun, `كتب فيها
        "..."`, it is; after `في`, `عضوان في "X"،`, the name belongs to the clause's own words; after
        a preposition a verb of saying governs, `أعربت عن "قلق عميق"،`, it is what was said; `على`
        most often names the medium, `على "تويتر"،`)."""
        before = self._word(k - 1) if k >= 1 else ""
        governed = before in GOVERNED_PREPOSITIONS and before != "علي"
        if not (before in self.prepositions and before != "في" and not governed or before == "ل"):
            return False
        for x in range(k + 1, min(len(self.tokens), k + 4)):
            gap = self._gap(x).strip()
            if gap:
                return gap[:1] in '"»”' and gap[1:].strip()[:1] in ("،", ",")
        return False

    def _object_start(self, j: int, marker: int) -> int:
        """`ندد يوم الثلاثاء بالموقف "المعيب ..."`, `اتهم ماكرون الحكومة "بعدم المسؤولية"`,
        `أعلنت الهيئة اختتام فعاليات جمعة "..."`: a quotation that opens inside the verb's object;
        the content is the object (an adjunct, `في بيان "..."`, is not)."""
        if marker <= j or self._is_complementizer(self._word(marker)) or ":" in self._gap(marker):
            return marker
        gap = self._gap(marker)
        if sum(gap.count(q) for q in '"«»“”') >= 2 or any(ch in "،,؛" for ch in gap):
            return marker  # `لمنظمة "أنقذوا الأطفال" "نحن ..."`, `قال في بيانه، "..."`
        j = self._past_title_apposition(j, marker)
        if marker - j == 1 and self._word(j) in _SAYING_NOUNS:
            return marker  # `واكتفى بالقول "..."`: what was said is the quotation, not "by saying" it
        if j < marker and self._word(j)[:1] == "ل" and (j in self.in_mention or self._word(j)[1:] in CHANNEL_HEADS
                                                        or strip_article(self._word(j)[1:]) in CHANNEL_HEADS):
            return marker  # `...، لمجلة التنس "..."`: the channel, then the quotation
        if j < marker and (self._is_preposition(self._word(j)) or self._word(j) in ADJUNCT_OPENERS):
            # `تعهد في أول إحاطة له، في نيسان، بتقديم "..."`, `وقال عقب الاجتماع "..."`
            j = max((x for x in range(j + 1, marker) if self._comma_before(x)), default=j)
        while j < marker and (self._time_word(j)
                              or self._word(j) in self.adverbs or self._word(j).isdigit()):
            j += 1
        if j >= marker or self._is_preposition(self._word(j)) or self._word(j) in ADJUNCT_OPENERS \
                or any(self.cues.match_at(self.tokens, k, stop=marker) is not None and not self._verbal_noun_cue(k, marker)
                       for k in range(j, marker)):
            return marker  # `كتب عليها "..."`, `قال X بحسب ما أوردت Y "..."` (a noun, `تصريحات Y "..."`, is the object)
        word = self._word(j)
        if word in self.relative_pronouns:
            return marker  # `وتابع X الذي انضم إلى ... "..."`: a clause on the speaker, then the quotation
        if marker - j == 1 and not (word.startswith(("ب", "ال")) and len(word) > 3 or noun_with_pronoun(word)):
            return marker  # `عبادي "..."`: the rest of a name, not an object (`إدانته "..."` is one)
        if all(k in self.in_mention for k in range(j, marker)) and not self._word(marker).startswith("ب"):
            return marker  # `أبلغ روحاني "رغبته ..."`: the addressee (`اتهم الحكومة "بعدم ..."` keeps its object)
        return j

    def _verbal_noun_cue(self, k: int, stop: int) -> bool:
        """`تصريحات`, `إعلان` (not `في بيان`): a noun of saying that may be a verb's object."""
        cue = self.cues.match_at(self.tokens, k, stop=stop)
        return cue is not None and cue.value.kind == "noun" and without_conjunction(self._word(k)) != "في"

    def _verb_prefix_ok(self, c) -> bool:
        """A verb or verbal noun takes a conjunction or `لـ` before it (`وقال`, `لترجيح`), never
        an article or `بـ` (`الحذر`, `بوصفها`)."""
        token = self.tokens[c.first]
        prefix = self.text[token.start:c.start]
        if prefix in ("ل", "ول", "فل") and is_present_verb(self.text[c.start:token.end]):
            return False  # `لترى`, `ليقول`: "in order to", an act intended, not a report
        if not prefix and c.value.kind == "verb" and self._preposition_before_suffixed(token.word):
            return False  # `بوصفها`, `بقولها`: a suffixed reading keeps the whole word, `بـ` included
        return prefix in ("", "و", "ف", "ل", "ول", "فل") and (
            not self.text.startswith("ال", c.start) or self.text[c.start:token.end] in alif_lam_verbs())
        # (`ألمح`, `ألح`: verbs whose first letters are written like the article)

    def _preposition_before_suffixed(self, word: str) -> bool:
        """`بوصفها`: `بـ` or `كـ` (after an optional conjunction) before a cue verb that carries a
        pronoun suffix. No verb takes these prepositions; a cue that itself opens with the letter
        (`بينته`, `كتبته`) is read without stripping it."""
        bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
        if bare[:1] not in "بك":
            return False
        readings = [cand for cand, first in candidate_forms(word, True) if first in self.cue_first_words]
        return bool(readings) and not any(cand.startswith(bare[0]) for cand in readings)

    def _adjective_participle(self, k: int, last: int) -> bool:
        """`حراسة مشددة`, `حالات مؤكدة جديدة`, `مخاوف مؤكدة من`, `دولة مضيفة`: a feminine participle
        of saying right after an indefinite noun, with no comma between and no `أن` (`فإن` opens the
        main clause after a fronted `بحسب معلومات مؤكدة`), colon,
        quotation or governed preposition after it, is the noun's adjective; nothing is reported.
        (A statement noun before it is the participle's adjunct: `في كلمة مؤكدة رفضها`.)"""
        word = self._word(k)
        if k < 1 or not word.endswith("ه") or not self._is_participle(k) or not self.tokens[k].joined \
                or k - 1 in self.in_mention:
            return False
        if k + 1 < last:
            after = self._word(k + 1)
            gap = self._gap(k + 1)
            if self._is_complementizer(after) and not after.startswith("ف") or after in _PARTICIPLE_PREPOSITIONS or ":" in gap \
                    or gap[-1:] in QUOTE_OPEN:
                return False
        noun = self._word(k - 1)
        if analyse(noun).definite or f"في {noun}" in self.cues or self.cues.has_word(without_conjunction(noun)):
            return False
        return not self._is_preposition(noun) and noun not in self.relatives and not is_present_verb(noun)

    def _past_bare_title(self, j: int, last: int, source, by_first) -> int:
        """`أعلن X زعيم كوريا الشمالية وقف التجارب`, `وأعلن X وزير الخارجية استقالته`: a title in
        construct (no article) with no comma right after a named person, and its one genitive (a named body or state, or a
        definite noun with its nisba adjectives), describes the speaker; what is reported (the
        verb's object) comes after it. The token after the title, or j."""
        if source is None or source.actor.actor_type != "person" or source.last != j or j >= last \
                or self._comma_before(j) or self._word(j).startswith("ال") or self._is_preposition(self._word(j)) \
                or not self._opens_title(j):
            return j  # (a definite noun after the name is rather the object: `أعلن X المدرب الجديد`; `أمام`,
            # in front of, is written like the title `إمام`)
        lex = actor_lexicon()
        title = lex.titles.match_at(self.tokens, j, stop=last) or lex.person_nouns.match_at(self.tokens, j, stop=last)
        k = title.last
        if k < last and not self._comma_before(k) and k in by_first:
            k = by_first[k].last  # `زعيم كوريا الشمالية`
        elif k < last and not self._comma_before(k) and self._word(k).startswith("ال") and self._word(k).isalpha() \
                and title.last - title.first == 1:
            k += 1  # `رئيس الوزراء`, `زعيم الحزب` (a title the lexicon gives whole, `وزير الخارجية`, has its genitive)
        while k < last and not self._comma_before(k) and self._word(k).startswith("ال") and self._word(k).endswith(("ي", "يه")):
            k += 1  # `الإسرائيلي`: the nisba of the title
        return k if k < last and not self._is_complementizer(self._word(k)) else j

    def _tells_whom(self, k: int) -> bool:
        """`وأبلغه استعداده`: a verb of telling with its addressee as a pronoun; what follows is
        what was told."""
        word = without_conjunction(self._word(k))
        return any(word.endswith(p) and word[:-len(p)] in _TELLING_VERBS for p in ("ه", "ها", "هم"))

    def _object_pronoun(self, k: int) -> bool:
        """The cue word carries an object pronoun: `أبلغه`, `قالها`."""
        word = self._word(k)
        return any(word.endswith(p) and self.cues.get(word[:-len(p)]) is not None for p in ("ه", "ها", "هم"))

    def _is_preposition(self, word: str) -> bool:
        """`في`, `عليها`, `منه`: a preposition, alone or with a pronoun."""
        return word in self.prepositions or preposition_with_pronoun(word, self.prepositions)

    def _opens_subjunctive(self, k: int) -> bool:
        """`أن` + a present-tense verb (`أن يلتقي`, `أن تنتظر`) is an infinitive, the object of
        `يريد`/`يمكن`, not a reported proposition."""
        if self._word(k) != "ان" or k + 1 >= len(self.tokens) or k + 1 in self.in_mention:
            return False
        if self._written(k).startswith("إ"):
            return False  # `قال إن نسبة ...`: `إن` opens a clause, never an infinitive
        verb = self._word(k + 1)
        if verb in TIME_WORDS or self.tokens[k + 1].bare in TIME_WORDS:
            return False  # `إن يوم الجمعة`: a time noun, not a verb
        if verb.endswith("ه") and [ch for ch in self._written(k + 1) if ch.isalpha()][-1:] != ["ه"]:
            return False  # `أن نسبة السائحين`, `أن تجربة`: a final ه the text wrote as ta marbuta (folded
            # to ه) ends a noun; no verb ends in it (`أن يعطيه` keeps its pronoun ه as written)
        noun = analyse(verb)
        if noun.verbal_noun or noun.bare.endswith("ات"):
            return False  # `أن تحقيقات ...`, `أن تهديدات ...`: a noun opens the clause, no verb ends in `ات`
        lex = actor_lexicon()
        if any(m.has_word(verb) for m in (lex.titles, lex.person_nouns, lex.speaker_org_heads, lex.collectives)):
            return False  # `أن نائب الرئيس`, `أن نجم الفريق`, `أن نادي X`, `أن تجار`: the head of a
            # title, a person, a body or a group opens the clause, though it looks like a present verb
        if self._possessed_noun(verb):
            return False  # `أن نجمه المصري`, `أن نجمي الفريق`, `أن توقعاتهم`: the same heads, or a plural
            # in ات, with a possessive pronoun or in dual construct
        return is_present_verb(verb) and not verb[1:].startswith("كون") \
            and not self._governed_by_expecting(k)  # `أن تكون` states a fact, `توقع أن تستمر` a forecast

    @staticmethod
    def _possessed_noun(word: str) -> bool:
        """`نجمه`, `نائبها`, `نجمي` (the dual in construct), `توقعاتهم`: a noun that looks like a
        present verb, carrying a possessive pronoun; its stem is the head of a title, a person, a
        body or a group, or a plural in ات (no present verb keeps ات before an object pronoun)."""
        suffix = analyse(word).pronoun_suffix or (word[-1:] if word.endswith("ي") else "")
        stem = word[:-len(suffix)] if suffix else ""
        if len(stem) < 3:
            return False
        lex = actor_lexicon()
        return stem.endswith("ات") or any(m.has_word(stem) for m in (lex.titles, lex.person_nouns, lex.speaker_org_heads,
                                                                       lex.collectives))

    def _governed_by_expecting(self, k: int) -> bool:
        """`توقع الوزير أن تستمر المحادثات`, `استبعد أن يعود`, `نفى أن تسعى`: the `أن` at k follows,
        in the same clause and within a few words (the speaker between), a verb of expecting,
        ruling out or denying (`subjunctive` in reporting_cues.tsv), whose object it is."""
        for g in range(k - 1, max(-1, k - 7), -1):
            cue = self.cues.match_at(self.tokens, g, stop=k)
            if cue is not None and cue.value.kind != "noun":  # (`في تقريرها`: an adjunct, read past)
                return cue.value.subjunctive
            if self._comma_before(g) or self._break_before(g):
                return False  # (the gap before g: not the one before g - 1, which for `وتوقع المحلل أن
                # تستمر` opening a sentence is the sentence's own boundary)
        return False

    def _is_complementizer(self, word: str) -> bool:
        return word in self.complementizers or word in SUFFIXED_COMPLEMENTIZERS

    def _skip_particles(self, j: int, last: int) -> int:
        """Past `فإن`, `فقد` and discourse adverbials (`من جهة أخرى`, `بدورها`) that open the
        content but are not part of the proposition."""
        while j < last:
            if self._word(j) in SKIP_AT_CONTENT_START or self._word(j) in self.adverbs:
                j += 1
                continue
            phrase = next((p for p in _DISCOURSE_ADVERBIALS if tuple(self._word(k) for k in range(j, min(last, j + len(p)))) == p),
                          None)
            if phrase is None:
                return j
            j += len(phrase)
        return j

    def _break_before(self, k: int) -> bool:
        """Sentence-internal punctuation in the gap right before token k."""
        breaks = self._break_tokens
        i = bisect.bisect_left(breaks, k)
        return k > 0 and i < len(breaks) and breaks[i] == k

    def _clause_break(self, a: int, b: int) -> bool:
        """Sentence-internal punctuation between tokens a-1 and b."""
        if a <= 0 or b <= a:
            return False
        breaks = self._break_tokens  # the gaps before tokens a..b
        i = bisect.bisect_left(breaks, a)
        return i < len(breaks) and breaks[i] <= b
