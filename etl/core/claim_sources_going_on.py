"""Whose statement a verb with no subject of its own goes on: the last speaker (`. وأضافت أن`,
`وأكد X أن ...، وشدد على`), agreeing with the verb in gender and number; the subject of the clause
a participle or a coordinated verb shares (`...، مبينا أن`); the actor before a relative clause
(`منظمات حقوقية، التي تتهم`); the issuer of a statement "in which" (`أصدر X بيانا أكد فيه`)."""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import BUT_WITH_PRONOUN, GOVERNED_PREPOSITIONS, TIME_WORDS
from .lexicon import load
from .morphology import analyse, without_conjunction
from .speakers import _ADVERBIAL_ACCUSATIVES
from .text import normalize_phrase

_SINGULAR_ANONYMOUS_HEADS = frozenset(normalize_phrase(r["head_ar"]).split()[0] for r in load(
    "anonymous_sources.tsv", ("head_ar", "number", "bare_ok")) if r["number"] == "singular")


class SpeakerGoesOn:
    """Dropped subjects: the speaker, named or only described, that a verb continues."""

    def _unnamed_goes_on(self, c, first: int) -> tuple[int, int] | None:
        """`وقالت الوزارة إن ... . وأضافت أن`: a verb joined by و/ف (or after `كما`) opening its
        sentence, with no subject, continues the last speaker named only by words, when the verb
        agrees with the one that speaker took in gender and number."""
        if self.last_unnamed is None or c.first != first and not (
                c.first == first + 1 and self._word(first) in ("كما", "وكما") or
                c.first == first + 1 and self._word(first) in BUT_WITH_PRONOUN):  # `. لكنها أكدت أن`: she goes on
            return None
        if c.first == first and self._word(c.first)[:1] not in "وف":
            return None
        return self._unnamed_agreeing(self.last_unnamed, c)

    def _unnamed_agreeing(self, unnamed: tuple, c) -> tuple[int, int] | None:
        """The span of a speaker named only by words (its span, gender, number) when the verb at
        `c` agrees with it in number and gender, as far as either is known; else None."""
        span, gender, plural = unnamed
        here = self._cue_gender(c.first)
        if plural is not None and plural != self._plural_verb(c.first) \
                or gender is not None and here is not None and gender != here:
            return None
        return span

    def _accuser_before(self, c, first: int, mentions: list[Mention]) -> Mention | None:
        """`منظمات حقوقية، التي تتهم فرنسا بـ`: the verb of a relative clause says what the actor
        before its relative pronoun (a comma and up to three words between) says; places aside. A verb
        opening its sentence has a dropped subject: the last speaker goes on; a verb joined by `و` after
        a comma goes on with the speaker of the sentence's claim before it."""
        k = c.first - 1
        if c.first == first and self._word(c.first)[:1] in "وف" and self.last_unnamed is None:
            # `. وتتهم الرئيس بأنه`: a dropped subject, the last speaker (of the verb's gender) goes on (after
            # a speaker named only by words, `_unnamed_goes_on` gives those words)
            gender = self._cue_gender(c.first)
            return next((m for m, _ in reversed(self.speakers[-3:]) if gender is None or self._speaker_gender(m) in (None, gender)), None)
        if c.first > first and self._word(c.first)[:1] == "و" and self._comma_before(c.first) \
                and self.sentence_speaker is not None:
            # `كشفت المنظمة عن ...، واتهمت الحكومة بـ`: a verb coordinated after the sentence's claim
            # shares its speaker, when the verb agrees with it in gender
            gender = self._cue_gender(c.first)
            speaker = self.sentence_speaker[0]
            if gender is None or self._speaker_gender(speaker) in (None, gender):
                return speaker
        subject = next((m for m in mentions if m.last == c.first and not m.place), None)
        if subject is not None and self._word(c.first)[:1] not in "وف":
            return subject  # `منظمة هيومن رايتس ووتش تتهم مسؤولين بتعذيب`: the subject before the verb
        if k <= first or self._word(k) not in self.relative_pronouns:
            return None
        before = [m for m in mentions if m.last <= k and m.last >= k - 3 and m.first >= first and not m.place]
        return before[-1] if before else None

    def _unnamed_speaker_of_participle(self, c, first: int) -> tuple[int, int] | None:
        """`وأوضح الصندوق أن ...، مبينا أن`, `وأشادت الوزارة بالاتفاق، معربة عن أملها`: a participle of
        saying shares the subject of its sentence. When that subject is only words no rule named —
        the sentence's last speaker, or the subject slot of the verb opening the sentence — those words
        are the participle's source text (not a name standing at the end of the clause before it)."""
        if not self._is_participle(c.first):
            return None
        if self.sentence_unnamed is not None:
            return self._unnamed_agreeing(self.sentence_unnamed, c)
        if self.sentence_speaker is not None or c.first - first < 3:
            return None
        return self._opening_subject_words(first, c.first)

    def _coordinated_unnamed_subject(self, c, first: int) -> tuple[int, int] | None:
        """`وهون الاقتصاديون من التأثير ... وتوقعوا أن`: a verb of saying joined by `و` right to its
        `أن` (no subject of its own) shares the subject of the clause it is coordinated with, when that
        clause opens with a verb whose subject is words no rule named: the span of those words."""
        if not self._conjoined_verb(c) or self._is_participle(c.first) or c.last >= len(self.tokens) \
                or not self._is_complementizer(self._word(c.last)):
            return None
        bounds = self._clause_bounds
        opening = max([first, *bounds[bisect_left(bounds, first + 1):bisect_left(bounds, c.first)]])
        if c.first - opening < 3:
            return None
        lex = actor_lexicon()
        head = opening + 1  # (a bare title, `ورحب الوزير بـ... وأكد`, is the person of its kind named before)
        if lex.titles.match_at(self.tokens, head, stop=head + 1) is not None \
                or lex.person_nouns.match_at(self.tokens, head, stop=head + 1) is not None:
            return None
        return self._opening_subject_words(opening, c.first)

    def _opening_subject_words(self, first: int, cue: int) -> tuple[int, int] | None:
        """`وأشادت الوزارة بالاتفاق، ...`, `وخرج السكان إلى الشوارع منددين`: a sentence opened by a verb
        (joined by و/ف) whose subject, one to three words opened by a definite noun and none of them in a
        mention, runs up to a preposition, a `بـ` + noun or a comma: the span of those words."""
        word = self._word(first)
        kind = getattr(self.cues.get(word[1:]), "kind", None)
        if word[:1] not in "وف" or kind not in (None, "verb") or not (kind == "verb" or self._opens_with_past_verb(first)):
            return None  # (`وحسب الترجمة، ...`: a preposition, no verb with a subject)
        j = first + 1
        if not self._word(j).startswith("ال") and not self._speaker_head(j) and not self._name_before_preposition(j, cue):
            return None
        end = next((k for k in range(j + 1, min(cue, j + 4)) if self._comma_before(k) or self._is_preposition(self._word(k))
                    or self._word(k).startswith("ب") and len(self._word(k)) > 4), None)
        if end is None or not self._subject_words(j, end):
            return None
        return self.tokens[j].start, self.tokens[end - 1].end

    def _name_before_preposition(self, j: int, cue: int) -> bool:
        """`وتحدث أفورقي إلى الحضور، ...، قائلا`: one indefinite word that may be a name (not an
        accusative of manner in `ا`, a noun with its pronoun or an adverb) right before a preposition,
        after the sentence's opening verb: its subject, a name no rule knows."""
        if j + 1 >= cue or not self._is_preposition(self._word(j + 1)) or self._comma_before(j + 1) \
                or self._is_preposition(without_conjunction(self._word(j - 1))):
            return False  # (`وإثر اتصالات بين`: the sentence opens with a preposition, not a verb)
        word = self._word(j)
        return word.isalpha() and not word.endswith("ا") and word not in self.adverbs and word not in _ADVERBIAL_ACCUSATIVES \
            and not (len(word) > 3 and word.endswith(("ه", "ها", "هم"))) and not self._preposition_and_pronoun(word) \
            and not self._is_preposition(word) and j not in self.in_mention and not analyse(word).present_strict

    def _plural_verb(self, k: int) -> bool:
        """`وعبروا`, `يقولون`, `مؤكدين`: a verb or participle in the plural."""
        analysis = analyse(self._word(k))
        if analysis.plural_ending:
            # (a plural in `ين` is a participle of five letters or more, `مؤكدين`; `بين` is the past `بيّن`)
            return not (analysis.bare.endswith("ين") and len(analysis.bare) <= 4)
        # a dual (`وقالا`, `قالتا`, `يقولان`) is no single speaker either: the verb form without its
        # dual ending is itself a verb of saying
        cue = self.cues.get(analysis.dual_stem) if analysis.dual_stem else None
        return cue is not None and cue.kind == "verb" and self.cues.get(analysis.bare) is not None

    @staticmethod
    def _single_speaker(source: Mention) -> bool:
        """One person: a named person, or an unnamed source with a singular head (`مسؤول`)."""
        if source.actor.actor_type == "person":
            return True
        head = normalize_phrase(source.actor.name_ar or "").split()[:1]
        return bool(head) and head[0] in _SINGULAR_ANONYMOUS_HEADS

    def _statement_in_which(self, c, first: int, last: int, mentions: list[Mention]) -> Mention | None:
        """`أصدر X بيانا أكد فيه`, `ووجه X رسالة إلى Y أكد فيها`: a cue + `فيه`/`فيها` after a
        sentence whose subject (right after its opening verb) issued what the cue reports from."""
        if c.last >= last or self._word(c.last) not in ("فيه", "فيها") or c.first - first < 3:
            return None
        subject = next((m for m in mentions if first < m.first <= first + 2 and m.last < c.first), None)
        if subject is None:  # `وبعث وزير الخارجية X رسالة`: a title no rule joined to the name, then the name
            subject = next((m for m in mentions if first + 2 < m.first <= first + 4 and m.last < c.first), None)
            if subject is not None and any(self._comma_before(k) or self._is_preposition(self._word(k))
                                           or self._word(k)[:1] in "لب" for k in range(first + 1, subject.first)):
                subject = None
        if subject is None and not any(first < m.first < c.first for m in mentions):
            # `وكتب وزير الخارجية الفرنسي تغريدة قال فيها`: a title no rule named, right after the verb
            subject = self._opening_subject_phrase(first, c.first)
        if subject is None or any(self._comma_before(k) for k in range(subject.last + 1, c.first)):
            return None
        addressees = [m for m in mentions if subject.last <= m.first < c.first and self._word(m.first - 1) == "الي"]
        if self._comma_before(c.first) and not any(a.last == c.first for a in addressees):
            return None  # (a comma right after the addressee still opens the clause "in which": `رسالة إلى Y، لفت فيها`)
        if any(subject.last <= m.first < c.first and self._word(m.first - 1) != "الي"
               and not any(a.first <= m.first and m.last <= a.last for a in addressees) for m in mentions):
            return None  # `تغريدة للمرشد X كرر فيها`: the statement is X's (an addressee after `إلى`, and the
            # body named inside the addressee's title, are not)
        return subject

    def _speaker_goes_on(self, c, first: int, source: Mention) -> bool:
        """`وأكد X أن ...، وشدد على ضرورة ...`, `. وأعرب عن قلقه`: a verb joined by و/ف (or after
        `كما`) at the head of a clause, with no subject of its own, continues the last speaker; what it
        reports is the prepositional object it governs (`على`, `عن`, `إلى`, `من`, `بـ` + noun)."""
        joined = self._word(c.first)[:1] in "وف" and (c.first == first or self._comma_before(c.first)) \
            or c.first > first and self._word(c.first - 1) in BUT_WITH_PRONOUN \
            or c.first > first and self._word(c.first - 1) in ("كما", "وكما") \
            and (c.first - 1 == first or self._comma_before(c.first - 1))  # `. كما شدد على`
        # `لكن الأخير رفض العرض وأكد قدرته`: a verb coordinated in the clause of its subject
        coordinated = not joined and self._word(c.first)[:1] == "و" and source.last < c.first \
            and first <= source.first and not any(self._comma_before(k) for k in range(source.last, c.first + 1)) \
            and source is self._clause_subject(first, c.first, sorted([source], key=attrgetter("first")))
        if not joined and not coordinated:
            return False
        if self._plural_verb(c.first) and self._single_speaker(source):
            return False  # `وعبروا عن غضبهم`: they, not the official quoted before
        if c.last >= len(self.tokens) or c.last in self.in_mention:
            return False
        recent = [s for s, _ in self.speakers[-3:]]
        if self.sentence_speaker is not None:
            recent.append(self.sentence_speaker[0])
        if not coordinated and not any(source is s for s in recent):
            return False
        word = self._word(c.last)
        if word in GOVERNED_PREPOSITIONS or word.startswith("ب") and len(word) > 4 and word[1:3] != "ان" \
                or self._is_complementizer(word) and not word.startswith(("لان", "ولان")):
            return True  # (`وأوضح أن يوم ...`: an `أن` read as opening an infinitive is still his report)
        # `كما أكد ضرورة إصلاح`, `وأكد دعمه`: an indefinite noun in ة or with a pronoun is the object
        # (a definite word or a bare noun here may be a new subject: `وأكد منسق الأمم المتحدة`)
        # (`محاميها`, `محاميه`: a pronoun after a long vowel makes a person, a likely subject)
        shaped = word.endswith("ه") and not word.endswith(("يه", "اه", "وه")) or word.endswith(("تها", "تهم"))
        return word.isalpha() and len(word) > 3 and not word.startswith(("ال", "وال")) and shaped \
            and word not in TIME_WORDS and not self._is_preposition(word) and word not in self.relatives \
            and not self._is_complementizer(word) and (self.cues.match_at(self.tokens, c.last, stop=c.last + 1) is None
                                                       or word.endswith(("ته", "تها", "تهم")))
        # (`وأكد قدرته`, `وجدد دعوته`: a noun in ة with a pronoun, not `قدرت` + `ه`, a second finite
        # verb with an object that could not follow the first without a conjunction)
