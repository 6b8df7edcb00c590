"""Agreements: whether an agreement word names an agreement reached, or a deal, an aim or a finding.

A definite agreement noun names a deal as a thing (`الاتفاق النووي`, `اتفاق السلام`) unless a light
verb or a verb of making it stands next to it (`_refers_to_existing`); an agreement sought
(`للتوصل إلى اتفاق`) is no agreement reached (`_aimed_at`), nor a conclusion drawn (`توصلت إلى أن`:
`_finding_reached`); a withdrawal from a deal named before is a SANCTION (`_leaves_agreement`)."""
from __future__ import annotations

from .actor_lexicon import Mention
from .event_roles_words import role_words
from .event_words import EventState
from .lexicon import time_words, word_classes
from .matching import PhraseMatch
from .morphology import stem_candidates, without_conjunction

# `توصلت اللجنة إلى أن الحادث عرضي`: a trigger ending in its preposition, with a clause of `أن` for its
# object, tells a finding reached, no agreement (corpus sample: 17 of 17 `توصل/خلص إلى أن` were findings)
_PREPOSITIONS = word_classes()["preposition"]
_CLAUSE_OPENINGS = word_classes()["complementizer"] | word_classes()["pronoun_complementizer"]
# what `انسحب منه` may leave (PLOVER §SANCTION withdraw): the agreement nouns, normalised as tokens are
_AGREEMENT_NOUNS = word_classes()["agreement_noun"]
_WITHDRAWAL_PRONOUN_SPAN = 6  # words after a withdrawal its `منه` may stand (`انسحبت الولايات المتحدة منه`, `انسحاب الرئيس الأميركي دونالد ترامب منه`)
_AGREEMENT_STEMS = tuple(sorted(word_classes()["agreement_stem"]))  # nouns of an agreement, a treaty, a deal (for str.startswith)
_TIME_PERIOD_NOUNS = word_classes()["time_period_noun"]
# verbs of making an agreement (`وقع`, `أبرم`, `توصل`): before an agreement noun they name the act
_AGREEMENT_MAKING = word_classes()["agreement_making_verb"]
_AGREEMENT_MAKING_SPAN = 4
_AIM_SPAN = 2  # words between `للتوصل`, `لإبرام` and the agreement noun it seeks (`للتوصل إلى اتفاق`)
_GENITIVE_PREPOSITIONS = word_classes()["event_genitive_preposition"]


class AgreementRules(EventState):
    """Agreement nouns and verbs that name no agreement reached."""

    def _refers_to_existing(self, t, first: int, mentions: list[Mention]) -> bool:
        """`الاتفاق النووي`, `اتفاق السلام`: a definite agreement or treaty named as a thing, not an
        act; but with a light verb next to it (`تم الاتفاق على`, `الاتفاق تم بوساطة`) the noun names
        the act."""
        if t.value.event_type != "AGREE" or t.last - t.first != 1:
            return False
        light_verbs = role_words("light")
        for k, boundary in ((t.first - 1, t.first), (t.last, t.last)):  # the word before, the word after
            if 0 <= k < len(self.tokens) and self.tokens[boundary].joined and \
                    light_verbs.has_word(without_conjunction(self.tokens[k].word)):  # `وتم`: a 2-letter stem
                return False
        word = self.tokens[t.first].word
        if any(c.startswith("ال") and c[2:].startswith(_AGREEMENT_STEMS) for c in stem_candidates(word)):
            return True
        return any(c.startswith(_AGREEMENT_STEMS) for c in stem_candidates(word)) and \
            self._named_by_genitive(t.last, mentions) and not self._made_before(t.first, first)

    def _named_by_genitive(self, k: int, mentions: list[Mention]) -> bool:
        """`اتفاق السلام`, `اتفاقية التجارة الحرة`: a definite noun right after the agreement noun names
        which agreement (a construct phrase, definite as a whole): a thing the text speaks about.
        Not a party (`اتفاق الطرفين على`, `اتفاق الحكومة والمعارضة`: who agreed, an act), nor a
        time (`اتفاق الخميس`)."""
        if k >= len(self.tokens) or not self.tokens[k].joined:
            return False
        word = without_conjunction(self.tokens[k].word)
        if not word.startswith("ال") or word in time_words() or word[2:] in _TIME_PERIOD_NOUNS or \
                word.endswith(("ين", "ان")) or any(m.first == k for m in mentions):
            return False
        return not any(without_conjunction(self.tokens[j].word) in _GENITIVE_PREPOSITIONS
                       for j in range(k + 1, min(len(self.tokens), k + 3)) if self.tokens[j].joined)

    def _made_before(self, t0: int, first: int) -> bool:
        """`وقعت الحكومة اتفاق السلام`, `التوصل إلى اتفاقية الشراكة`: a verb of making an agreement
        in the few words before the noun makes it the act again."""
        return any(w in _AGREEMENT_MAKING for k in range(max(first, t0 - _AGREEMENT_MAKING_SPAN), t0)
                   for w in stem_candidates(self.tokens[k].word)) and \
            all(self.tokens[k].joined for k in range(max(first, t0 - _AGREEMENT_MAKING_SPAN) + 1, t0 + 1))

    def _aimed_at(self, k: int, first: int) -> bool:
        """The trigger at tokens[k] is, or follows within `_AIM_SPAN` words of its clause, a verbal
        noun or present verb of making an agreement after the `ل` of purpose (`للتوصل`, `لإبرام`,
        `لتوقيع`): an agreement sought (`تحركات للتوصل إلى هدنة`, `سعيا لإبرام اتفاق`), not one
        reached (corpus sample: 5 of 14 `التوصل إلى` were aims)."""
        for j in range(k, max(first - 1, k - _AIM_SPAN - 1), -1):
            word = without_conjunction(self.tokens[j].word)
            if word[:2] == "لل" and word[2:] in _AGREEMENT_MAKING or word[:1] == "ل" and word[1:] in _AGREEMENT_MAKING:
                return True
            if not self.tokens[j].joined:
                return False
        return False

    def _finding_reached(self, t: PhraseMatch, last: int) -> bool:
        """`توصلت إلى أن`, `توصلنا إلى أنه`: the trigger ends in a preposition whose object is a clause
        opened by `أن`, a conclusion drawn, not an agreement (`توصل إلى اتفاق`)."""
        return t.last < last and t.last - t.first > 1 and self.tokens[t.last - 1].word in _PREPOSITIONS and \
            self.tokens[t.last].word in _CLAUSE_OPENINGS

    def _leaves_agreement(self, t0: int, t1: int, first: int, last: int) -> bool:
        """A withdrawal (`انسحب`, `انسحاب`) from `منه`/`منها` whose sentence names an agreement before
        it: what is left is the deal (PLOVER §SANCTION withdraw), not ground (§RETREAT)."""
        if "نسحاب" not in self.tokens[t0].word and "نسحب" not in self.tokens[t0].word:
            return False
        pronoun = next((k for k in range(t0 + 1, min(last, t1 + _WITHDRAWAL_PRONOUN_SPAN))
                        if self.tokens[k].word in ("منه", "منها")), None)
        if pronoun is None or not self._same_clause_tokens(t0, pronoun):
            return False
        return any(w in _AGREEMENT_NOUNS for k in range(first, t0) for w in stem_candidates(self.tokens[k].word))
