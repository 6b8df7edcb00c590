"""Mutual acts and pairs: the two parties after `بين` (`اتفاق بين X وY`), two parties joined by
`و` before a mutual act, a dual subject naming the pair named before (`اتفق الرئيسان`), and a
counterpart (`نظيره التركي`)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention, actor_lexicon
from .event_roles_words import (RoleState, _COUNTERPART_WORDS, _PREPOSITIONS, _TITLE_APPOSITION_WORDS, office_head,
                                role_words)
from .matching import PhraseMatch
from .morphology import without_conjunction

_PAIR_SPAN = 8  # words a mutual act's noun may stand before the `بين` naming its two parties
_COUNTERPART_SPAN = 5  # words after the trigger the counterpart may stand (`قدم X سلسلة مقترحات لنظيره`)
_CONJUNCT_NOUN_SPAN = 3  # words from a party to the next one named after `و` + a title (`ونظيره الروسي X`)


class PairRules(RoleState):
    """The two parties of a mutual act, and counterparts."""

    def _counterpart(self, t1: int, last: int, mentions: list[Mention], source: Actor | None) -> Actor | None:
        """`مع نظيره التركي`, `لنظيرته الألمانية`: the counterpart of a nation, in the trigger's clause
        right after it, is the person of that nation the text has named (the latest), not the doer;
        a body's counterpart, no such person named, is that nation's state."""
        for k in range(t1, min(last - 1, t1 + _COUNTERPART_SPAN)):
            if not self.tokens[k].joined or not self.tokens[k + 1].joined:
                return None  # past the clause
            word = without_conjunction(self.tokens[k].word)
            if word[:1] in ("ل", "ب") and word[1:].startswith("نظير"):
                word = word[1:]
            if word not in _COUNTERPART_WORDS:
                continue
            g = self.gentilics.match_at(self.tokens, k + 1, stop=last)
            if g is None:
                return None
            person = next((m.actor for m in reversed((*self._earlier, *mentions)) if m.actor.actor_type == "person"
                           and m.actor.country_iso3 == g.value.iso3 and m.actor != source), None)
            if person is None and source is not None and source.actor_type != "person":
                # `طالبت الحكومة البريطانية نظيرتها الروسية`: a body's counterpart is that nation's, named or not
                state = actor_lexicon().states_by_iso.get(g.value.iso3)
                return state if state != source else None
            return person
        return None

    def _names_a_pair(self, t: PhraseMatch, first: int, last: int) -> bool:
        """The trigger's subject is two parties named before: a dual verb opening its clause
        (`واتفقا`, `التقيا`), or a dual noun next to it (`اتفق الرئيسان`, event_roles.tsv role `pair`)."""
        pairs = role_words("pair")
        k = t.first - 1
        if k >= first and self.tokens[t.first].joined and pairs.match_at(self.tokens, k, stop=k + 1) is not None:
            return True
        for k in (t.last, t.last + 1):  # `اتفق الرئيسان`, `تناولت محادثات الزعيمين`: the noun's genitive
            if k < last and all(self.tokens[j].joined for j in range(t.last, k + 1)) and \
                    pairs.match_at(self.tokens, k, stop=k + 1) is not None and \
                    not (k > t.last and without_conjunction(self.tokens[t.last].word) in _PREPOSITIONS | {"بين"}):
                return True  # (not `هدنة بين الطرفين`: the two sides of a war told of, not the pair named before)
        word = without_conjunction(self.tokens[t.first].word)
        return t.last - t.first == 1 and len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and \
            word[-2] not in "اوء" and (t.first == first or self._clause_opener(t.first) or word != self.tokens[t.first].word)

    def _pair_between(self, t1: int, last: int, after: list[Mention], event_type: str):
        """`الاتفاق ... بين إيران ومجموعة الست`: the two parties after `بين` in the trigger's clause;
        a time or a relative clause naming no party may come between (`الاتفاق الذي أبرم في 2015
        بين X وY`), not a party of the act's own (`اتفق X مع Y على ... بين`)."""
        for k in range(t1, min(last, t1 + _PAIR_SPAN)):
            slash = self.text[self.tokens[k - 1].end:self.tokens[k].start].strip() == "/"  # `تموز/يوليو`
            if k > t1 and (not (self.tokens[k].joined or slash) or any(m.first == k for m in after)):
                return None
            if without_conjunction(self.tokens[k].word) == "بين":
                pair = [m for m in after if m.first > k][:2]
                if len(pair) == 2 and pair[0].first == k + 1 and pair[1].first - pair[0].last <= 1 and pair[0].actor != pair[1].actor:
                    return pair[0].actor, pair[1].actor
                if pair and pair[0].first == k + 1 and self._joined_to_unnamed(pair[0], last, after):
                    # `قمة بين ترامب ونظيره الروسي بوتين`: the other named a few words on; `اجتماع بين ماي
                    # ووزرائها`: she meets them, who name no actor
                    other = next((m for m in pair[1:] if m.first - pair[0].last <= _CONJUNCT_NOUN_SPAN and m.actor != pair[0].actor
                                  and all(self.tokens[j].joined for j in range(pair[0].last, m.first + 1))), None)
                    return pair[0].actor, (other.actor if other else None)
                return None
        return None

    def _joined_to_unnamed(self, m: Mention, last: int, after: list[Mention]) -> bool:
        """`بين ماي ووزرائها`: the mention is joined by `و` to a noun that names no actor."""
        k = m.last
        return k < last and self.tokens[k].joined and self.tokens[k].word.startswith("و") and \
            len(self.tokens[k].word) >= 4 and not any(n.first == k for n in after)

    def _coordinated_pair(self, t0: int, before: list[Mention]):
        """`ماكرون ونظيره الإيراني حسن روحاني تحدثا`, `توصل X وزعيم كوريا الشمالية Y الثلاثاء لاتفاق`:
        two actors joined by `و` (the second one's title may come between) right before the trigger
        (a time word may come between)."""
        if len(before) < 2 or t0 - before[-1].last > 1 and \
                not all(self._time_word(k) and self.tokens[k].joined for k in range(before[-1].last, t0)):
            return None  # (`توصل X وY الثلاثاء لاتفاق`: a time word may come between)
        b = before[-1]
        a = before[-2]
        if len(before) >= 3 and a.first > before[-3].last and office_head(self.tokens[before[-3].last].word) and \
                self.tokens[before[-3].last].word.startswith("و"):
            a = before[-3]  # `X وزعيم كوريا الشمالية Y`: the body in the second one's title is no party of the pair
        if self._governed_conjunct(a) and not all(self.tokens[k].joined for k in range(b.last, t0 + 1)):
            # `لقاءات مع الحكومة وقيادات الحزب، بجانب مباحثات`: the ones met, not a pair acting (but
            # `دعوة روسيا للأردن والولايات المتحدة إلى مباحثات`: the ones invited talk together)
            return None
        gap = range(a.last, b.first + 1)
        titled = b.first - a.last <= _TITLE_APPOSITION_WORDS + 1 and office_head(self.tokens[a.last].word)
        if (b.first - a.last > 2 and not titled) or a.actor == b.actor or \
                not self.tokens[min(gap)].word.startswith("و") or not all(self.tokens[k].joined for k in gap):
            return None  # (`X وزعيم كوريا الشمالية Y`: `و` and the second one's title between)
        return a.actor, b.actor
