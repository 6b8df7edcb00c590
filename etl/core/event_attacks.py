"""Attacks in words or in arms: `هاجم`, `شن هجوما على` by a party that speaks is criticism (ACCUSE).

A person, a party, an outlet or a civil body attacking a party that speaks attacks it in words
(`_person_attacks_party`) unless the clause names a weapon, an armed doer or an attacked site
(`_attacked_in_arms`); `نعت` calls a party names only with the name after `بـ`, else it mourns
(`_mourning`)."""
from __future__ import annotations

from .actor_lexicon import Actor
from .event_words import EventState
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import stem_candidates, strip_article, without_conjunction

# who a person attacks in words: parties that speak, not a place, a force or a crowd
_WORDS_ONLY_TYPES = frozenset({"person", "political_party", "media", "international_org"})
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})
_VERBAL_TARGET_TYPES = frozenset({"person", "state", "government", "political_party", "international_org", "media"})
_ATTACK_VERB_STEMS = tuple(sorted(word_classes()["attack_verb_stem"]))  # `هاجم`, `يهاجم`: to attack, a verb
_LAUNCHING_VERBS = word_classes()["attack_launching_verb"]  # `شن هجوما`
_ATTACK_NOUN_STEMS = tuple(sorted(word_classes()["attack_noun_stem"]))  # `هجوم`: the noun a launching verb governs
_NAME_CALLING_STEMS = tuple(sorted(word_classes()["name_calling_verb_stem"]))  # `نعت`, `ينعت`: to call a party names
_NAME_CALLING_OPENINGS = tuple(sorted(word_classes()["name_calling_predicate_opening"]))  # `بـ`: by the name
_ATTACKED_SITES = word_classes()["attacked_site_noun"]  # `مقر`, `قاعدة`, `مدينة`: attacked in arms
_ARMED_ATTACK_WORDS = word_classes()["armed_attack_word"]  # `مسلح`, `بالصواريخ`: a gunman, a weapon
_ARMED_ATTACK_SPAN = 3  # words after the verb that name its doer, object or weapon (`هاجم مسلح مكاتب الصحيفة`)
_NAME_CALLING_SPAN = 8  # words after the verb its `بـ` name may stand (`نعت الرئيس الأمريكي السابق خصمه بـ`)
_LAUNCHING_SPAN = 8  # words before the noun the verb may stand (`شن الرئيس الفلبيني رودريغو دوتيرتي هجوما`)


class AttackWords(EventState):
    """Whether an attack or a name-calling verb is an act of words, of arms, or mourning."""

    def _person_attacks_party(self, t: PhraseMatch, source: Actor, target: Actor | None) -> bool:
        """`وهاجم الرئيس نظيره`, `شن الرئيس هجوما على الكويت`, `وهاجمت الحكومة الإيرانية الرئيس
        الأمريكي`: a person, a party, an outlet, an international body or a civil government
        (`_speaking_party`) who attacks (the verb, or launches an attack) a person, a state or a body
        that speaks attacks it in words, not in arms (an armed attacker is a group, a force, a state
        or unnamed; one with a weapon is no `شن ... على` party);
        an office holder attacking with no party named (`هاجمت رئيسة الوزراء من وصفتهم`) too."""
        word = without_conjunction(self.tokens[t.first].word)
        if source.actor_type == "person" and source.sector == "GOV" and target is None and t.last - t.first == 1:
            # `هاجمت رئيسة الوزراء من وصفتهم بـ`: an office holder attacking no party the text names
            # attacks in words (her forces would be named as the doer of an armed attack)
            return word.startswith(_ATTACK_VERB_STEMS)
        if not self._speaking_party(source) or target is None or target.actor_type not in _VERBAL_TARGET_TYPES:
            return False
        launched = any(without_conjunction(self.tokens[k].word) in _LAUNCHING_VERBS
                       for k in range(max(0, t.first - _LAUNCHING_SPAN), t.first))  # `شن الرئيس X هجوما`
        return word.startswith(_ATTACK_VERB_STEMS) or word in _LAUNCHING_VERBS or \
            (launched and any(c.startswith(_ATTACK_NOUN_STEMS) for c in stem_candidates(word)))

    def _attacked_in_arms(self, t: PhraseMatch, last: int) -> bool:
        """`هاجم مسلح مكاتب الصحيفة`, `قد هاجم مقر صحيفة`, `هاجم الرئيس قاعدة جوية`, `هاجمها
        بالصواريخ`: among the first words after the verb that no name takes, a building, a camp or a
        town as its object, an armed doer or a weapon: an attack in arms, whoever the doer."""
        in_name = {k for m in self._sentence_mentions for k in range(m.first, m.last)}
        end = self._clause_end(t.last, last)
        words = [strip_article(without_conjunction(self.tokens[k].word)) for k in range(t.last, end) if k not in in_name]
        return any(w in _ATTACKED_SITES or w in _ARMED_ATTACK_WORDS for w in words[:_ARMED_ATTACK_SPAN])

    def _mourning(self, t: PhraseMatch, last: int) -> bool:
        """`نعت الرئيس خصمه بـ"الكاذب"`: calling a party names (ACCUSE) brings the name after `بـ`
        in the verb's clause; `نعت` with no such name (`ونعت الوزيرة الفنان الراحل`, `ونعته زوجته
        قائلة`) mourns the dead, as `نعى` does."""
        if not without_conjunction(self.tokens[t.first].word).startswith(_NAME_CALLING_STEMS):
            return False
        end = min(self._clause_end(t.last, last), t.last + _NAME_CALLING_SPAN)
        return not any(w == o or len(o) > 1 and w.startswith(o)
                       for w in (self.tokens[k].word for k in range(t.last, end)) for o in _NAME_CALLING_OPENINGS)

    @staticmethod
    def _speaking_party(party: Actor) -> bool:
        """A party that bears no arms of its own in the text: a person, a political party, an outlet,
        an international body, a government body of no armed sector (not the police or an army)."""
        return party.actor_type in _WORDS_ONLY_TYPES or \
            (party.actor_type == "government" and party.sector not in _ARMED_SECTORS)
