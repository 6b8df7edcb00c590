"""Which phrase a party stands in: governed by a preposition (`ناقشت مع X`), joined by `و` to
another, partitive (`العديد من`), right after the trigger or next to it, in a setting (`في فيسبوك`,
`خلال لقائه`), before an audience (`أمام`), outside the complement holding the trigger, and where
an embedded clause or a phrase of the act's charge or occasion after the trigger's object opens. No party governed so is the clause's subject."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon
from .event_roles_words import (CLAUSE_OPENERS, CONNECTIVES, FORCE_TYPES, MUTUAL_TYPES, PRONOUN_OBJECTS, RoleState,
                                _COMPLEMENTIZERS, _NOUN_RELATIVES, _PARTICLES, _PREPOSITIONS,
                                _PRONOUN_COMPLEMENTIZERS, _QUANTIFIERS, _SETTING_WORDS, _TIME_ASIDE_SPAN,
                                _TITLE_APPOSITION_WORDS, office_head, preposition_pronoun, role_words)
from .claims import cue_matcher
from .event_triggers import verb_form_words
from .lexicon import word_classes
from .morphology import analyse, preposition_with_pronoun, strip_article, without_conjunction

_CONJUNCT_GAP = 2  # words between two parties joined by `و`: an adjective of the first, a noun heading the second
_TIME_SETTING_WORDS = _SETTING_WORDS - word_classes()["non_time_setting_word"]  # `خلال`, `بعد`, `عقب`: a time set by another act
_AUDIENCE_WORDS = word_classes()["event_role_audience_word"]  # `أمام`, `بحضور`: the party after is the act's audience
_ADDRESSEE_PREPOSITIONS = word_classes()["event_role_addressee_preposition"]  # `إليها`, `عليه`, `له`
_SETTING_PREPOSITIONS = word_classes()["event_role_setting_preposition"]  # `في فيسبوك`, `عبر تويتر`
_MEETING_PREPOSITIONS = word_classes()["event_role_meeting_preposition"]  # `اجتماعه مع X`, `لقائه بـX`
_DEMONSTRATIVES = word_classes()["demonstrative"]  # `إثر ذلك`: the act told before
_DISAPPROVING_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT"})  # their occasion is what they are against
_COMMAS = frozenset("،,")


class PartyPhrases(RoleState):
    """The phrase a party stands in, for the role rules."""

    def _listed_subject(self, t0: int, t1: int, after: list[Mention], last: int) -> Mention | None:
        """`وتطالب كل من الفلبين وفيتنام`: `كل من` right after a verb opens the list of its subjects;
        the first party listed acts (those joined to it act with it)."""
        if t1 + 2 >= last or not self._verb(t0) or not self._after_both_of(t1 + 2):
            return None
        return next((m for m in after if m.first == t1 + 2 and self.tokens[m.first].joined), None)

    def _after_both_of(self, k: int) -> bool:
        """tokens[k] follows `كل من` (joined to it), which heads a list of parties."""
        return k >= 2 and all(self.tokens[j].joined for j in (k - 1, k)) and \
            without_conjunction(self.tokens[k - 1].word) == "من" and without_conjunction(self.tokens[k - 2].word) == "كل"

    def _next_to(self, m: Mention, t0: int, t1: int) -> bool:
        """The mention stands right before the trigger, or right after it (one word may come
        between: `تجمع آلاف الفلسطينيين`), with no punctuation between them."""
        if m.last == t0:
            return self.tokens[t0].joined
        return t1 <= m.first <= t1 + 1 and all(self.tokens[k].joined for k in range(t1, m.first + 1) if k < len(self.tokens))

    def _outside_complement(self, m: Mention, t0: int) -> bool:
        """A complementizer stands between the party and the noun at tokens[t0], which its clause
        holds: `أن`/`إن`, or `أنه`/`أنها` opening a nominal clause (no verb or particle between it and
        the noun: `أنه هجوم`, `أنها بمثابة إهانة لضحايا اعتداء`), whose pronoun is not the party
        acting (`أنه شن هجوما`, with its verb, is left to the clause rules)."""
        for k in range(m.last, t0):
            word = without_conjunction(self.tokens[k].word)
            if word in _COMPLEMENTIZERS and self.tokens[k].word not in ("كي", "لكي"):
                return True
            if word in _PRONOUN_COMPLEMENTIZERS or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS:
                return self._nominal_complement(k, t0)
        return False

    def _nominal_complement(self, marker: int, t0: int) -> bool:
        """The words from the pronoun complementizer at tokens[marker] to tokens[t0] make no verbal
        clause: no particle, present verb, light verb or trigger verb's form among them, and the
        first is no past verb (a past shape that is no noun by its ending, article or proclitic:
        `أنه ضرب`, `أنها وفت`; `أنها بمثابة`, `أنه هجوم` are nominal)."""
        for k in range(marker + 1, t0):
            word = without_conjunction(self.tokens[k].word)
            if word in _PARTICLES or analyse(word).present_strict or word in verb_form_words() or \
                    role_words("light").has_word(word):
                return False
            if k == marker + 1 and any(analyse(w).past_verb_shape for w in {word, self.tokens[k].word}):
                return False  # (`وفت`: the word's own `و`, which `without_conjunction` would take off)
        return True

    def _object_in_lam_after(self, m: Mention, after: list[Mention], last: int) -> bool:
        """`لروسيا`, `للمدنيين`, `لدبلوماسيين`: right after the genitive, an object with the
        proclitic `ل`: a party, a definite noun, or a sound plural in its object case."""
        k = m.last
        if k >= last or not self.tokens[k].joined:
            return False
        word = without_conjunction(self.tokens[k].word)
        if any(n.first == k and "ل" in self.text[self.tokens[k].start:n.start] for n in after):
            return True
        return word.startswith("لل") or word.startswith("ل") and len(word) >= 6 and analyse(word[1:]).oblique_plural

    def _right_after(self, t1: int, m: Mention) -> bool:
        """The mention stands right after the trigger: next to it, one word between, or with only
        words of time (`صباح الأحد`) or a place (`في القاهرة`), a resumptive pronoun (`الذي دعا
        فيه`) and a title of office (`الرئيس`) before the name."""
        if m.first - t1 <= 1:
            return True
        k = t1
        while k < min(m.first, t1 + _TIME_ASIDE_SPAN) and self._time_word(k):
            k += 1  # `وقصفت صباح الأحد الطائرات الإسرائيلية`: a time between the verb and its subject
        place = next((p for p in self._sentence_places if p.first == k + 1), None)
        if place is not None and self.tokens[k].word == "في" and place.last <= m.first:
            k = place.last  # `والتقى في القاهرة وزير الخارجية`: where, between the verb and its subject
        if k < m.first and preposition_pronoun(self.tokens[k].word):
            k += 1
        title = actor_lexicon().titles.match_at(self.tokens, k, stop=m.first) if k < m.first else None
        if title is not None:
            k = title.last
        return k == m.first and all(self.tokens[j].joined for j in range(t1, m.first + 1))

    def _in_construct_after_preposition(self, m: Mention) -> bool:
        """`مع مسؤولي الحكومة`: the mention owns a noun a preposition governs: part of that phrase."""
        return m.first >= 2 and self.tokens[m.first].joined and self.tokens[m.first - 1].joined and \
            without_conjunction(self.tokens[m.first - 2].word) in _PREPOSITIONS

    def _governed(self, m: Mention) -> bool:
        """A preposition governs the mention: a word before it or a `ب`/`ك`/`ل` proclitic; not the
        partitive `من` after a quantity (`العديد من المحتجين`, `آلاف من`), whose phrase the
        mention heads in its own case."""
        if m.first > 0 and self.tokens[m.first].joined and m.first - 1 != self._trigger_first and \
                without_conjunction(self.tokens[m.first - 1].word) in _PREPOSITIONS and not self._partitive(m) and \
                not self._opening_verb_before_about(m.first - 1, m):
            return True  # (`وعبر ماكرون عن غضبه`: the trigger read as a verb is no preposition)
        if any(c in self.text[self.tokens[m.first].start:m.start] for c in "لبك"):
            return True
        head = self._title_head_before(m)  # `مع رئيس الوزراء الإيطالي X`: the title's preposition governs its holder
        if head is None or head - 1 == self._trigger_first:
            return False
        proclitic = not office_head(self.tokens[head].word)  # `بالرئيس`, `لرئيس`: the title's own preposition
        return proclitic or without_conjunction(self.tokens[head - 1].word) in _PREPOSITIONS and \
            not self._opening_verb_before_about(head - 1, m)

    def _opening_verb_before_about(self, k: int, m: Mention) -> bool:
        """`عبر الرئيس X عن تأييده`: a word of a preposition's letters opening the sentence, with
        `عن` (event_roles.tsv role `about`) right after the party, is the verb of expressing, the
        party its subject: no preposition governs it."""
        return k == self._sentence_first and m.last < len(self.tokens) and \
            role_words("about").has_word(without_conjunction(self.tokens[m.last].word))

    def _governed_conjunct(self, m: Mention) -> bool:
        """`مع الحكومة العراقية وقيادات حزب الدعوة`: a party joined by `و` (a noun of its members
        may head it) to a party a preposition governs shares that preposition: it is an object of
        the clause, never its subject, nor one of a pair acting together."""
        if self._governed(m):
            return True
        own = "و" in self.text[self.tokens[m.first].start:m.start]  # `وحزب الدعوة`: the conjunction outside the name
        head = self.tokens[m.first - 1].word if m.first > 0 else ""
        headed = not own and without_conjunction(head) != head and head.startswith("و") and len(head) >= 4
        if not (own or headed):
            return False  # (`واشنطن`: a name's own `و`)
        link = m.first if own else m.first - 1
        p = next((p for p in reversed(self._sentence_mentions) if p.last <= link), None)
        if p is None or link - p.last > _CONJUNCT_GAP or not all(self.tokens[k].joined for k in range(p.last, m.first + 1)):
            return False
        # only adjectives of the first party between (`مع الحكومة اليمنية الشرعية وقيادات`)
        return all(self._adjective_of(p.last - 1, k) for k in range(p.last, link)) and \
            not self._after_agent_phrase(p) and self._governed_conjunct(p)

    def _after_agent_phrase(self, m: Mention) -> bool:
        """`من قبل حزب الله والحشد الشعبي`: the mention follows an agent phrase, the doers of the act."""
        return any((r := self.roles.match_at(self.tokens, k, stop=m.first)) is not None and r.value == "agent"
                   and r.last == m.first for k in range(max(0, m.first - 3), m.first))

    def _group_subject_after(self, t1: int, m: Mention) -> bool:
        """`وأجرى وفد من حركة حماس محادثات`: right after the trigger a noun of a group (event_roles.tsv
        role `partitive`, not a count: `وقتل عشرات من`) and `من` before the party: the group the
        party sends is the verb's subject, so the party acts."""
        if m.first != t1 + 2 or self._count(t1) or not all(self.tokens[k].joined for k in range(t1, m.first + 1)):
            return False  # (nor a quantifier: `ودعت عددا من الصحافيين`, `العديد من`: those asked or undergoing)
        group = self.tokens[t1].word
        return self._partitive(m) and any(role_words("partitive").has_word(w) for w in (group, without_conjunction(group)))

    def _partitive(self, m: Mention) -> bool:
        """`العديد من المحتجين`, `مئات من الفلسطينيين`: `من` after a quantifier or a count."""
        if m.first < 2 or without_conjunction(self.tokens[m.first - 1].word) != "من" or not self.tokens[m.first - 1].joined:
            return False
        word = without_conjunction(self.tokens[m.first - 2].word)
        # (`وفد من`: a noun whose own first letter is `و`, read whole as well as without the conjunction)
        return strip_article(word) in _QUANTIFIERS or self._count(m.first - 2) or \
            any(role_words("partitive").has_word(w) for w in (word, self.tokens[m.first - 2].word))

    def _prepositional(self, m: Mention, t1: int) -> bool:
        """The mention right after the trigger tokens[:t1] is governed by a preposition (`ناقشت مع
        بوتين`, `وبرر للسوداني`). After a verbal noun with no pronoun of its own, a bare `ل` marks
        the noun's owner, its doer (`اجتماع للمجلس`), not an object. A trigger ending in its own
        preposition (`حكم على`) governs the phrase after it, a title before the name included
        (`حكم على الناشط X`: X is sentenced, not the judge)."""
        if t1 > 0 and m.first >= t1 and without_conjunction(self.tokens[t1 - 1].word) in _PREPOSITIONS and \
                t1 - 1 != self._trigger_first and self._right_after(t1, m):
            return True  # (not a one-word trigger read as a verb: `وعبر ماكرون عن غضبه`)
        if not self._governed(m):
            return False
        by_word = m.first > 0 and without_conjunction(self.tokens[m.first - 1].word) in _PREPOSITIONS
        clitics = self.text[self.tokens[m.first].start:m.start]
        if by_word or "ب" in clitics or "ك" in clitics:
            return True
        return not (t1 > 0 and self._noun(t1 - 1) and not self.tokens[t1 - 1].word.endswith(("ه", "ها", "هم", "هما")))

    def _clause_opener(self, t0: int) -> bool:
        """The trigger opens a clause of its own: after `حيث`/`بينما`/`فيما`/`ثم`, or joined by
        `و`/`ف` right after punctuation (`..., وأجرى`). Its subject is the actor right after it, or,
        dropped, the subject of the sentence's first clause. A verbal particle joined by `و` after
        punctuation opens the clause for a verb after it not marked for a plural subject (`، وقد
        سانده رئيس الوزراء X`: X is the subject, not the party named before the comma)."""
        if t0 <= self._sentence_first:
            return False
        prev = without_conjunction(self.tokens[t0 - 1].word)
        if self.tokens[t0].joined and (prev in CONNECTIVES or prev in CLAUSE_OPENERS):
            return True
        if self.tokens[t0].joined and prev in _PARTICLES and t0 - 1 > self._sentence_first and \
                self._conjoined_after_break(t0 - 1) and not self.tokens[t0].word.endswith("وا"):
            return True  # (`، وقد هددوا السكان`: a plural verb whose subject, dropped, is the party before)
        return self._conjoined_after_break(t0)

    def _pronoun_addressee(self, k: int) -> bool:
        """`إليها`, `له`, `عليه`: a preposition with a third-person pronoun, joined to the word before."""
        word = self.tokens[k].word
        return self.tokens[k].joined and word == without_conjunction(word) and \
            (word in PRONOUN_OBJECTS or preposition_with_pronoun(word, _ADDRESSEE_PREPOSITIONS))

    def _joined_after(self, m: Mention, mentions: list[Mention]) -> list[Mention]:
        """`السعودية والإمارات ومصر`: the parties joined one after another to the mention by a `و` of
        their own, with no word or punctuation between."""
        chain, end = [], m.last
        for n in mentions:
            if n.first < end:
                continue
            if n.first != end or not self.tokens[n.first].joined or \
                    "و" not in self.text[self.tokens[n.first].start:n.start]:
                break
            chain.append(n)
            end = n.last
        return chain

    def _embedded_clause_start(self, t1: int, end: int, mentions: list[Mention]) -> int:
        """Where a clause embedded after the trigger's object opens: a relative pronoun after a noun
        (`انتهاكه الاتفاق الذي وقعته X`) or a complementizer (`بعد أن`, `مؤكدا أن`), past which the
        parties named are that clause's, not the trigger's object. A relative on the trigger itself
        or its adjectives (`القمة التاريخية التي ستعقد مع X`) tells of that act: its parties stay."""
        inside = {k for m in mentions for k in range(m.first, m.last)}
        for k in range(t1 + 1, end):
            if k in inside or "-" in self.text[self.tokens[k - 1].end:self.tokens[k].start]:
                continue  # (`مون جيه-إن`: a name's `إن`)
            word = without_conjunction(self.tokens[k].word)
            if self.tokens[k].word in _NOUN_RELATIVES:
                own = all(self.tokens[j].word.startswith("ال") and j not in inside for j in range(t1, k))
                if not own:
                    return k
            elif word in _COMPLEMENTIZERS and self.tokens[k].word not in ("كي", "لكي"):
                return k
            elif word in _PRONOUN_COMPLEMENTIZERS and word[:1] != "ب" and \
                    without_conjunction(self.tokens[k - 1].word) not in _PREPOSITIONS:
                # `قائلة إنها ضللت X`: reported words, their parties (not a description of the object,
                # `يشتبه في أنهم من X`, `ضباط يزعم بأنهم من X`, `وصفه بأنه جندي من X`)
                return k
            elif role_words("other_clause").match_at(self.tokens, k, stop=end):
                return k  # `انسحابها مما أغضب X`, `ما لم ينجح X`: a clause of consequence or condition, its parties
            elif self.tokens[k].word in ("ما", "مما") and k + 1 < end and not self._noun(k + 1) and \
                    self.tokens[k + 1].word.endswith(("ه", "ها", "هم")) and len(self.tokens[k + 1].word) >= 4:
                return k  # `استهداف القاعدة ما نفته الحكومة`: what the government denied, another act (not
                # `خلال الهجوم وما لحقه من قصف`, a joined phrase of the same clause)
        return end

    def _cause_phrase_start(self, t1: int, end: int, mentions: list[Mention], event_type: str) -> int:
        """Where a phrase of the act's charge or occasion opens after the trigger (event_roles.tsv
        roles `charge`, `occasion`: `اعتقلت صحفيا للاشتباه بعلاقته بحزب X`, `استدعت سفيرها إثر تقارير
        وسائل إعلام X`), past which the parties named are that phrase's, not the act's object; not
        `إثر ذلك`, which points back to an act told before, nor the occasion of an act of disapproval,
        which names what it is against (`ندد إثر تصريحات X`)."""
        roles = ("charge",) if event_type in _DISAPPROVING_TYPES else ("charge", "occasion")
        inside = {k for m in mentions for k in range(m.first, m.last)}
        for k in range(t1, end):
            cause = next((c for c in (role_words(r).match_at(self.tokens, k, stop=end) for r in roles) if c), None)
            if cause is None or k in inside:
                continue
            if cause.last < end and without_conjunction(self.tokens[cause.last].word) in _DEMONSTRATIVES:
                continue
            return k
        return end

    def _joined_verb_start(self, t1: int, end: int, mentions: list[Mention]) -> int:
        """Where a verb joined by `و` with no punctuation before it opens another clause after the
        trigger (`اعتقلت في واشنطن السبت ومثلت أمام المحكمة`): a past verb marked feminine by its
        `ت` (not a plural's `ات`, nor a noun by its shape, article or proclitic), past which the
        parties named are that verb's, not the trigger's object; not a verb of an act itself."""
        inside = {k for m in mentions for k in range(m.first, m.last)}
        for k in range(t1 + 1, end):
            word = self.tokens[k].word
            verb = without_conjunction(word)
            if k in inside or verb == word or not verb.endswith("ت") or verb.endswith("ات") or len(verb) < 4:
                continue
            if analyse(verb).past_verb_shape and not self._noun_by_shape(k) and verb not in verb_form_words():
                return k  # (`وقتلت`: a trigger's verb, whose act the trigger's may be told with)
        return end

    def _attribution_start(self, t1: int, end: int) -> int:
        """Where an attribution phrase after punctuation (`، حسب ما قال ... لوكالة X`, `، وفقا لـ`:
        reporting_cues.tsv kind `prep`) closes the trigger's clause: the parties named past it tell
        of the act or hear of it, none undergoes it."""
        for k in range(t1 + 1, end):
            if self.tokens[k].joined:
                continue
            cue = cue_matcher().match_at(self.tokens, k, stop=end)
            if cue is not None and cue.value.kind == "prep":
                return k
        return end

    def _participle_clause_start(self, t1: int, end: int) -> int:
        """Where a circumstantial participle of saying or of an act (a reporting cue or a trigger)
        after a comma opens another clause after the trigger (`دعا إلى التهدئة، مشيرا إلى أنه سيناقش
        المسألة مع X`): the parties named past it are that clause's, not the trigger's object; not a
        noun of the same shape (`، موقعا لكتائب X`: the object itself)."""
        return next((k for k in range(t1 + 1, end) if self._participle(k) and
                     self.text[self.tokens[k - 1].end:self.tokens[k].start].strip(" \"«»“”") in _COMMAS and
                     (cue_matcher().match_at(self.tokens, k, stop=k + 1) is not None or
                      self.triggers.match_at(self.tokens, k, stop=k + 1) is not None)), end)

    def _in_time_setting(self, m: Mention, t0: int) -> bool:
        """`أكد بوتين خلال لقائه الرئيس التركي X دعم بلاده`: the object of a noun in a phrase of time
        (`خلال`, `بعد`, `عقب` + a noun) belongs to that noun's act, not to the trigger before it."""
        j = m.first - 1
        title = next((k for k in range(max(t0 + 1, m.first - _TITLE_APPOSITION_WORDS), m.first)
                      if actor_lexicon().titles.match_at(self.tokens, k, stop=m.first) is not None
                      and actor_lexicon().titles.match_at(self.tokens, k, stop=m.first).last == m.first), None)
        j = title - 1 if title is not None else j  # `خلال لقائه الرئيس التركي X`: a title before the name
        if j - 1 > t0 and without_conjunction(self.tokens[j].word) in _MEETING_PREPOSITIONS:
            j -= 1  # `بعد اجتماعه مع X`
        if j - 1 <= t0 or not all(self.tokens[k].joined for k in range(j, m.first + 1)):
            return False
        if without_conjunction(self.tokens[j - 1].word) not in _TIME_SETTING_WORDS or self.tokens[j].word.startswith("ال"):
            return False
        return self._noun(j) or analyse(self.tokens[j].word).pronoun_suffix != ""

    def _audience(self, m: Mention, event_type: str) -> bool:
        """`دعوى أمام المحكمة العليا`, `استقالته أمام البرلمان`, `بحضور الأمين العام`: the party is the
        audience or venue of the act, no party of it (function_words class event_role_audience_word);
        not for a protest or an attack, done before the party it is against (`تظاهروا أمام السفارة`), nor
        for a meeting, whose audience takes part in it."""
        if event_type == "PROTEST" or event_type in MUTUAL_TYPES or event_type in FORCE_TYPES:
            return False  # (`إحاطة أمام مجلس الأمن`: the council is briefed; `فجر نفسه أمام الوزارة`: it is hit)
        for k in range(m.first - 1, max(m.first - 1 - _TITLE_APPOSITION_WORDS, self._trigger_first), -1):
            if not self.tokens[k + 1].joined:
                return False
            if self.tokens[k].word in _AUDIENCE_WORDS:
                return True  # (`بحضور الأمين العام للأمم المتحدة`: a title between)
        return False

    def _in_setting(self, m: Mention) -> bool:
        """`في فيسبوك`, `عبر تويتر`: where something happened, not who it happened to."""
        return m.first > 0 and self.tokens[m.first - 1].word in _SETTING_PREPOSITIONS and self.tokens[m.first].joined and \
            m.first - 1 != self._trigger_first  # `وعبر ماكرون عن غضبه`: the trigger, a verb
