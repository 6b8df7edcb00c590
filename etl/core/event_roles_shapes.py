"""Shape tests of one word of the sentence: whether the word at a token reads as a verb, a verbal
noun, a count, a word of time, a feminine or first-person verb, an accusative participle, an
oblique plural, an adjective; and the spans (a time set off by commas, one clause) the role rules
step over."""
from __future__ import annotations

from .actor_lexicon import Mention
from .event_roles_words import (RoleState, _PREPOSITIONS, _SETTING_WORDS, _TIME_ASIDE_SPAN, _TIME_WORDS,
                                _UNDERGO_SPAN, role_words)
from .event_triggers import verb_form_words
from .matching import PhraseMatch
from .morphology import analyse, strip_article, without_conjunction


class WordShapes(RoleState):
    """How a word of the sentence reads (verb, noun, count, time), for the role rules."""

    def _one_clause(self, start: int, end: int) -> bool:
        """tokens[start:end] follow one another with no punctuation between them but that of a time
        set off by commas (`، الجمعة،`)."""
        k = start
        while k < end:
            if not self.tokens[k].joined:
                aside_end = self._time_aside_end(k, end + 1)
                if aside_end is None:
                    return False
                k = aside_end
            k += 1
        return True

    def _noun_after_proclitic(self, k: int) -> bool:
        """`بوساطة`, `برعاية`, `لوساطة`: a feminine noun (its `ة`, normalised `ه`) carrying the
        preposition `ب`/`ل`, which no verb takes."""
        word = without_conjunction(self.tokens[k].word)
        return word[:1] in ("ب", "ل") and len(word) >= 5 and word.endswith("ه")

    def _prefixed_preposition(self, t0: int) -> bool:
        """The trigger opening at tokens[t0] carries a proclitic preposition (`لهجوم`, `بإقناع`)."""
        t = self.triggers.match_at(self.tokens, t0, stop=t0 + 1)
        return t is not None and any(c in self.text[self.tokens[t0].start:t.start] for c in "لبك")

    def _intransitive_form(self, t0: int) -> bool:
        """`انفجرت`, `انطلق`, `تنفجر`: a verb of form VII (`انفعل`, present `ينفعل`), which takes no
        object; not form VIII of a root in `ن` (`انتقد`, `انتهك`), which does."""
        word = without_conjunction(self.tokens[t0].word)
        for prefix, stems in (("ان", (5, 6, 7)), ("ين", (5, 7)), ("تن", (5, 7))):
            if word.startswith(prefix) and not word.startswith(prefix + "ت") and len(word) in stems:
                rest = word[5:]
                return rest in ("", "ت", "وا", "ون") and (prefix == "ان" or rest in ("", "ون"))
        return False

    def _no_construct_before(self, k: int, mentions: list[Mention]) -> bool:
        """The word before tokens[k] cannot head a construct with it: it takes the article, ends a
        party's name, or carries the indefinite accusative `ا` or a sound plural's `ن` (`وفدا`, `مسؤولين`),
        which a noun in construct drops."""
        before = without_conjunction(self.tokens[k - 1].word)
        return before.startswith("ال") or before.endswith(("ا", "ين", "ون")) or any(m.last == k for m in mentions)

    def _owned_by_pronoun(self, k: int) -> bool:
        """`قواته`, `طائراتها`, `جنوده`: a plural or feminine noun with a third-person possessive
        pronoun (the `ات`, `ت` or long vowel before it shows a noun, not a verb with its object)."""
        word = without_conjunction(self.tokens[k].word)
        suffix = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        if suffix is None or word.startswith("ال"):
            return False
        stem = word[:-len(suffix)]
        return len(stem) >= 3 and (stem.endswith(("ات", "ت", "ي")) or stem[-2:-1] in "او")

    def _participle(self, k: int) -> bool:
        """`مضيفا`, `مؤكدة`, `مشيرا`: an active participle in the accusative (a circumstantial
        clause of the verb before it), by its `م` and its case or feminine ending."""
        return analyse(self.tokens[k].word).participle_accusative

    def _first_person(self, t0: int, first: int) -> bool:
        """`لن نسمح`, `لا نقبل`, `سنرد`, `لن أقبل`: a first-person present verb, known as one after a
        negator or the future prefix (a bare `ن` also opens past verbs: `نفى`, `نشر`)."""
        particles = self.negators | self.future_markers
        negated = t0 > first and without_conjunction(self.tokens[t0 - 1].word) in particles
        if without_conjunction(self.tokens[t0].word) in particles and t0 + 1 < len(self.tokens):
            t0, negated = t0 + 1, True  # `لن نسمح` as one trigger: the verb after its particle
        word = without_conjunction(self.tokens[t0].word)
        if word[:2] == "سن" and len(word) >= 5:
            return True
        if negated and t0 > first and without_conjunction(self.tokens[t0 - 1].word) in ("ما", "مما") and \
                word.endswith(("ه", "ها", "هم", "هما")):
            return False  # `وهو ما نفته الإمارات`: the relative `ما` and its resumptive verb, no negation
        return negated and word[:1] in "نا" and len(word) >= 4 and not self._noun(t0)

    def _light_verb_before(self, t0: int, first: int) -> bool:
        """`تم الاتفاق`, `وجرى اعتقال`: a light verb of the passive periphrasis right before the trigger."""
        return t0 > first and self.tokens[t0].joined and \
            role_words("light").has_word(without_conjunction(self.tokens[t0 - 1].word))

    def _oblique_plural(self, m: Mention) -> bool:
        """`المسؤولين`, `المحتجين`: a sound plural in its object or genitive case, never a subject
        (the subject reads `المسؤولون`)."""
        return analyse(self.tokens[m.first].word).oblique_plural

    def _verbal_noun(self, t0: int) -> bool:
        """A definite noun trigger: the actor after it is its owner, not its object."""
        return analyse(self.tokens[t0].word).definite

    def _noun(self, k: int) -> bool:
        """tokens[k] is a verbal noun by its shape (`WordAnalysis.verbal_noun`: `الهجمات`, `اعتقال`);
        `_noun_by_shape` adds the pattern فعول (read here too, it changed 9 events of 3,000 corpus
        articles, more for the worse: nouns of sanctions and loans lost the party they are for)."""
        return analyse(self.tokens[k].word).verbal_noun

    def _count(self, k: int) -> bool:
        """tokens[k] is a number: digits or a number word (event_roles.tsv role `count`: `ثلاثة`)."""
        return without_conjunction(self.tokens[k].word).isdigit() or \
            role_words("count").match_at(self.tokens, k, stop=k + 1) is not None

    def _noun_by_shape(self, k: int) -> bool:
        """A verbal noun by its shape (`اعتداء`, `الهجمات`), or of the pattern `فعول` (`هجوم`,
        `دخول`), which no past verb takes: a noun, though a past verb has its letters' count."""
        word = analyse(self.tokens[k].word)
        return word.verbal_noun or word.fuul_shape and word.bare not in verb_form_words()

    def _adjective_of(self, noun: int, k: int) -> bool:
        """`انتقادات شديدة`, `رفض متكرر`, `هجمات منظمة`: an adjective by its shape (a participle in
        `م`, a relative adjective in `ي`, a feminine in `ة`) agreeing with the noun in definiteness."""
        word = strip_article(without_conjunction(self.tokens[k].word))
        shaped = (word.startswith("م") and len(word) >= 4) or word.endswith(("ي", "ه"))  # `شديدة`: normalised `ة`
        return shaped and not role_words("partitive").has_word(word) and self._agrees_in_definiteness(noun, k)

    def _noun_trigger(self, t: PhraseMatch, first: int) -> bool:
        """The trigger is a noun: by its shape, its `ب`/`ل` proclitic (`بطلب`), the preposition before
        it, or as the object of a verb of undergoing or receiving (`تلقت الحكومة دعوة`)."""
        clitics = self.text[self.tokens[t.first].start:t.start]
        before = without_conjunction(self.tokens[t.first - 1].word) if t.first > first else ""
        return self._noun(t.first) or "ب" in clitics or "ل" in clitics or before in _PREPOSITIONS or \
            self._undergo_verb_before(t.first, first)

    def _undergo_verb_before(self, t0: int, first: int) -> bool:
        """A verb of undergoing or receiving (event_roles.tsv role `undergo`) a few words before
        tokens[t0] in its clause: what follows it is the noun of the act undergone."""
        undergo = role_words("undergo")
        return any(undergo.match_at(self.tokens, k, stop=t0) is not None and
                   all(self._joined_past_quotes(j) for j in range(k + 1, t0 + 1))
                   for k in range(max(first, t0 - _UNDERGO_SPAN), t0))

    def _joined_past_quotes(self, k: int) -> bool:
        """Only spaces and quotation marks separate tokens[k] from the word before: a name quoted
        in the clause (`واجهت شركة "X" انتقادات`) does not end the clause as a comma does."""
        return self.tokens[k].joined or k > 0 and \
            not self.text[self.tokens[k - 1].end:self.tokens[k].start].strip(" \"«»“”")

    def _feminine_verb(self, t0: int) -> bool:
        """`التقت`, `تلتقي`: a verb marked for a feminine subject (past `ت`, present `ت`)."""
        return analyse(self.tokens[t0].word).feminine_verb

    def _verb(self, t0: int) -> bool:
        """A one-word trigger read as a verb: not a noun by its shape (`_noun_by_shape`: `اعتقال`,
        `هجوم`) or its feminine `ة` (`زيارة`), nor a noun in construct after a preposition or a
        verbal noun (`تمديد حبس`, `في زيارة`)."""
        word = analyse(self.tokens[t0].word)
        if not word.verb_shape or self._noun_by_shape(t0):
            return False
        if t0 == 0 or not self.tokens[t0].joined or word.conjunction:
            return True  # `ونفى`: a conjunction opens a clause
        before = without_conjunction(self.tokens[t0 - 1].word)
        if before.startswith("ال") and self._bare_title(t0 - 1):
            return True  # `أن الرئيس دعا`: a definite title heads no construct, the word after it is its verb
        return not (before in _PREPOSITIONS or before in _SETTING_WORDS or self._noun(t0 - 1))

    def _time_word(self, k: int) -> bool:
        """`الأحد`, `صباح`, `أمس`, `فجر` (its `ف` no conjunction), a number: a word of time."""
        word = self.tokens[k].word
        return word in _TIME_WORDS or without_conjunction(word) in _TIME_WORDS or word.isdigit()

    def _time_aside_end(self, k: int, last: int) -> int | None:
        """`، فجر الخميس،`, `، الأحد،`: a time adverbial of a few words set off by punctuation that
        opens at tokens[k]: the index of the word after its closing punctuation, else None."""
        for j in range(k, min(last, k + _TIME_ASIDE_SPAN + 1)):
            if j > k and not self.tokens[j].joined:
                return j
            if not self._time_word(j):
                return None
        return None
