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
from .claim_base import CHANNEL_HEADS, QUOTE_OPEN, is_present_verb
from .claim_sources_adjuncts import (SpeakerAdjuncts, _ADJUNCT_PREPOSITIONS, _IN_OR_DURING, _ISSUED_WORDS,
                                     _LAM_PRONOUNS, _OFFICIAL_NOUNS, _PERIOD_PARTS, _STATE_CLAUSE_PRONOUNS)
from .claim_sources_attributed import (AttributedSources, _ABOUT_PRONOUNS, _AS_WORDS, _ATTRIBUTION_PUBLISHING,
                                       _DESCRIBED_INFORMANT_WORDS, _INFORMANT_HEADS)
from .claim_sources_going_on import SpeakerGoesOn, _SINGULAR_ANONYMOUS_HEADS
from .claim_sources_objects import (SubjectOrObject, _ESTIMATING_VERBS, _OBJECT_THEN_BI_VERBS,
                                    _PERSONAL_SAYING_STEMS, _QUANTITY_WORDS, _SAYING_NOUNS)
from .claim_sources_slots import (SubjectSlotWords, _APPOSITION_LINKS, _AUXILIARIES, _CLAUSE_LINKS, _EXCEPTION_WORDS,
                                  _PERSONAL_PRONOUNS, _QUANTIFIERS)
from .lexicon import word_classes
from .morphology import analyse, preposition_with_pronoun, strip_article, with_conjunctions, without_conjunction
from .speakers import _ANAPHORIC_SOURCES, _SOURCE_DOCUMENTS

# importable from here as before the split (claim_attributions.py and the word-list test read these)
__all__ = ["ClaimSourceRules", "_PERSONAL_SAYING_STEMS", "_PERSONAL_PRONOUNS", "_ESTIMATING_VERBS", "_QUANTITY_WORDS",
           "_PERIOD_PARTS", "_INFORMANT_HEADS", "_QUANTIFIERS", "_AUXILIARIES", "_SINGULAR_ANONYMOUS_HEADS",
           "_OBJECT_THEN_BI_VERBS", "_ATTRIBUTION_PUBLISHING", "_CLAUSE_LINKS", "_EXCEPTION_WORDS",
           "_APPOSITION_LINKS", "_STATE_CLAUSE_PRONOUNS", "_ADJUNCT_PREPOSITIONS", "_OFFICIAL_NOUNS", "_ISSUED_WORDS",
           "_LAM_PRONOUNS", "_AS_WORDS", "_ABOUT_PRONOUNS", "_IN_OR_DURING", "_SAYING_NOUNS",
           "_DESCRIBED_INFORMANT_WORDS"]

# `بيان تلقت X نسخة منه`: verbs of receiving a copy (normalised)
_RECEIVING_VERBS = word_classes()["receiving_verb"]


class ClaimSourceRules(AttributedSources, SpeakerAdjuncts, SpeakerGoesOn, SubjectOrObject, SubjectSlotWords):
    """The source-and-channel half of `ClaimFinder`'s claim rules, with the rules of each question from
    the `claim_sources_*` mixins."""

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

    def _speaker_slot(self, j: int) -> bool:
        """A subject slot headed by a title, a person noun, a speaking body or a statement."""
        bare = strip_article(without_conjunction(self._word(j)))
        return self._speaker_head(j) or bare in _ANAPHORIC_SOURCES or bare in _SOURCE_DOCUMENTS

    def _speaker_head(self, j: int) -> bool:
        """A title, a person noun or the head of a speaking body (`الوزير`, `المتحدث`, `الوزارة`)."""
        lex = actor_lexicon()
        return any(m.match_at(self.tokens, j, stop=j + 1) is not None
                   for m in (lex.titles, lex.person_nouns, lex.speaker_org_heads))

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
