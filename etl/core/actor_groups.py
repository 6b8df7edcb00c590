"""Bodies of a country: a group head and a nationality (`الجيش الإسرائيلي`), a bare head of the
story's country, a city's police, a state's media, the body a title belongs to (a mixin of
`actors.ActorFinder`)."""
from __future__ import annotations

from .actor_base import OFFICE_GOVERNORS, PLACE_WORDS, STATE_BODY_ADJECTIVES, name_words
from .actor_lexicon import Actor, Head, Mention
from .ids import slug
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import clitic_preposition, strip_article
from .text import normalize_phrase

_STORY_COUNTRY_HEADS = name_words("story_country_head")
_VERBAL_NOUN_HEADS = name_words("verbal_noun_head")
_DISTRICT_WORDS = name_words("district_word")
_BODY_ADJECTIVES = name_words("body_adjective")  # `قوات الأمن [الخاصة]`: a kind of unit, in the name
# a state's outlet is written with the adjective that says whose it is (`التلفزيون السوري [الرسمي]`)
_OFFICIAL_ADJECTIVES = word_classes()["state_outlet_adjective"]
# the bodies whose head an adjective of the same letters as a state's name hardly follows (`نظام
# مالي`, `أمن مالي`, `ضابط مالي` are a financial system, security and officer)
_BODIES_OF_A_STATE = frozenset({"gov", "presidency", "mfa", "mod", "moi", "moh", "mil", "parliament",
                                "embassy", "police", "intel", "court", "navy", "airforce"})
_ROUTE_ENDS = word_classes()["route_end_preposition"]  # `من طهران إلى ياسوج`
_RANK_ADJECTIVES = name_words("rank_adjective")  # `المحكمة الأمريكية [العليا]`
_OTHER_REACH_ADJECTIVES = name_words("other_reach_adjective")
_NAMED_AFTER_PLACE = name_words("named_after_place")
_LOYAL_ADJECTIVES = name_words("loyal_adjective")
# `حفظ النظام`, `هذا النظام`: before a bare `النظام` these make it order or a system, no regime
_ORDER_SENSE_BEFORE = name_words("order_sense_before") | word_classes()["demonstrative"]


class GroupRules:
    def _elimination_verbal_noun(self, k: int, last: int) -> bool:
        """`القضاء [على]`, `القضاء [بشكل كامل] على`, `القضاء [نهائيا] على`: `على` right after the
        head, or after one or two indefinite words of an adverbial (no definite word between), makes
        it the verbal noun of eliminating, no judiciary."""
        for j in range(k, min(last, k + 3)):
            word = self.tokens[j].word
            if word.startswith("علي"):
                return j == k or self.tokens[j].joined
            if word.startswith("ال") or not self.tokens[j].joined:
                return False
        return False

    def _story_country_body(self, h: PhraseMatch, last: int) -> int | None:
        """`الحكومة`, `المحكمة`, `القضاء` alone, or with an adjective of their own (`الحكومة
        [الشرعية]`, `المحكمة [العليا]`), name the body of the country the article is about, where
        it names one; the end of the phrase, or None. Not a body of another reach (`الحكومة
        [المحلية]`, `المحكمة [الأوروبية]`), a named court mentioned before (`محكمة جنايات القاهرة`
        ... `المحكمة`), or the verbal noun `القضاء [على]`."""
        written = self.text[h.start:h.end]
        bare = strip_article(written)
        if h.last - h.first != 1 or not written.startswith("ال") or bare not in _STORY_COUNTRY_HEADS \
                or self.doc_country is None or self._remembered_org(h.first) is not None:
            return None
        if bare in _VERBAL_NOUN_HEADS and self._elimination_verbal_noun(h.last, last):
            return None
        k = h.last
        if k < last and self.tokens[k].joined and self.tokens[k].word.startswith("ال"):
            adjective = strip_article(self.tokens[k].word)
            if adjective in _OTHER_REACH_ADJECTIVES or self._gentilic_after(k, last) is not None:
                return None  # (a nationality that does not agree with the head describes another noun)
            if self._nisba_after(k, last) or adjective in STATE_BODY_ADJECTIVES:
                k += 1
        return k

    def _in_dateline(self, j: int) -> bool:
        """`دبي، الإمارات العربية المتحدة (CNN) –`: the places of a dateline before the agency's
        mark in parentheses are where the story was filed, no actors."""
        for k in range(j, min(len(self.tokens), j + 5)):
            gap = self._gap(k)
            if "(" in gap:
                word = self.tokens[k].word
                return word.isascii() and word.isalpha() and word.isupper()
            if gap.strip() not in ("", "،", ","):
                return False
        return False

    def _named_as_place(self, m: PhraseMatch) -> bool:
        """`في سوريا`, `مدينة دمشق`, `بغزة`: the state's name used for a location."""
        token = self.tokens[m.first]
        if "ب" in token.word[:m.start - token.start]:
            return True
        if m.first == 0 or not token.joined:
            return False
        prev = self.tokens[m.first - 1].word
        return prev in PLACE_WORDS or strip_article(prev) in PLACE_WORDS or \
            (prev[:1] in "وف" and len(prev) > 2 and strip_article(prev[1:]) in PLACE_WORDS) \
            or self._capital_after_its_adjective(m) or self._start_of_a_route(m)

    def _capital_after_its_adjective(self, m: PhraseMatch) -> bool:
        """`العاصمة اليمنية صنعاء`, `العاصمة الكورية الجنوبية سول`: the city named after `العاصمة`
        and the nationality that describes it."""
        for width in (1, 2):
            k = m.first - width
            g = self.lex.gentilics.match_at(self.tokens, k, max_words=2) if k > 0 and self.tokens[k].joined else None
            if g is not None and g.last == m.first and g.start == self.tokens[k].start:
                noun = self.tokens[k - 1].word.removeprefix("و")
                return noun.startswith("ال") and noun in PLACE_WORDS
        return False

    def _start_of_a_route(self, m: PhraseMatch) -> bool:
        """`رحلة من طهران إلى ياسوج`, `من دمشق الى بيروت`: a journey's start named by a city (a
        state's own name there may be the giver: `الدعم من إيران إلى حزب الله`)."""
        return self.tokens[m.first - 1].word == "من" and m.last + 1 < len(self.tokens) \
            and self.text[m.start:m.end] != normalize_phrase(m.value.name_ar) \
            and self.tokens[m.last].joined and self.tokens[m.last].word in _ROUTE_ENDS

    def _forces_of_a_body(self, h: PhraseMatch, last: int) -> Mention | None:
        """`قوات [حرس الحدود الأمريكية]`: a forces head in construct with a military body's name is
        one body, named with the head."""
        k = h.last
        if k >= last or not self.tokens[k].joined:
            return None
        body = self._organisation(k, last)
        if body is None or body.first != k or body.start != self.tokens[k].start or body.actor.actor_type != "military":
            return None
        name = self._written(h.start, body.end, normalize_phrase(self.text[h.start:body.end]))
        actor = Actor(f"org-{slug(normalize_phrase(self.text[h.start:body.end]))}", name, None, "military",
                      body.actor.country_iso3, body.actor.sector, None, "pattern")
        return Mention(actor, h.first, body.last, h.start, body.end)

    def _loyal_forces(self, h: PhraseMatch, last: int) -> Mention | None:
        """`القوات [الموالية له]`, `قوات [موالية للحكومة]`: forces loyal to someone are an armed group
        of their own, named by whom they are loyal to (a pronoun or a definite noun)."""
        k = h.last
        if k + 1 >= last or not (self.tokens[k].joined and self.tokens[k + 1].joined) \
                or strip_article(self.tokens[k].word) not in _LOYAL_ADJECTIVES:
            return None
        to = self.tokens[k + 1].word
        if to in ("له", "لها", "لهم", "لهما"):  # `لـ` with a pronoun (grammar, so code)
            end_tok = k + 2
        elif to.startswith("لل") and len(to) > 4:
            end_tok = k + 2
            if end_tok < last and self.tokens[end_tok].joined and self._gentilic_after(end_tok, last) is not None:
                end_tok += 1  # `القوات الموالية للحكومة [السورية]`
        else:
            return None  # (`قوات موالية [لإيران]`: the state is an actor of its own, read by the lexicon)
        end = self.tokens[end_tok - 1].end
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        actor = Actor(f"org-{slug(normalize_phrase(self.text[h.start:end]))}", name, None, "armed_group",
                      self.doc_country, "REB", None, "pattern")
        return Mention(actor, h.first, end_tok, h.start, end)

    def _adjective_of_noun_before(self, k: int, start: int) -> bool:
        """`الأوضاع [الداخلية]`, `السياسة [الخارجية] الأمريكية`: a ministry named by its nisba alone
        (`الداخلية`, `الخارجية`, at token k, its letters from `start`) right after a definite noun
        is that noun's adjective, no ministry."""
        word = self.tokens[k].word
        if k == 0 or not self.tokens[k].joined or self.text[start:start + 2] != "ال" or not word.endswith("يه"):
            return False
        before = self.tokens[k - 1].word
        return before.startswith(("ال", "وال")) and before.isalpha() \
            and self.lex.heads.match_at(self.tokens, k - 1, max_words=1) is None \
            and self.lex.org_heads.match_at(self.tokens, k - 1, max_words=1) is None \
            and self.lex.titles.match_at(self.tokens, k - 1, max_words=1) is None  # (`وزير الخارجية` is the title's)

    def _city_in_a_name(self, m: PhraseMatch) -> bool:
        """`اتفاق [باريس]`, `مسار [أستانا]`, `ريال [مدريد]`: a capital read as its state, in construct
        after a noun that takes a city's name as its own (an agreement, a meeting, a club), names
        the thing, no state acting. The state's own name stays an actor (`اتفاق [إيران] النووي`)."""
        if m.first == 0 or not self.tokens[m.first].joined:
            return False
        prev = self.tokens[m.first - 1].word
        if not any(strip_article(w) in _NAMED_AFTER_PLACE for w in (prev, prev[1:]) if w):
            return False
        surface = strip_article(self.text[m.start:m.end])
        return surface != strip_article(normalize_phrase(m.value.name_ar))

    def _gentilic_after(self, j: int, last: int) -> PhraseMatch | None:
        """The nationality adjective at token j: one word, or two for the few that take two
        (`الكورية الجنوبية`, `الجنوب أفريقي`), which the adjective's noun takes whole."""
        if j < last and self.tokens[j].joined and self.tokens[j].word not in self.lex.stop:  # `بأن` is not `ألبان`
            g = self.lex.gentilics.match_at(self.tokens, j, max_words=2, stop=last)
            if g is not None and g.last - g.first == 2 and not self.tokens[g.first + 1].joined:
                g = self.lex.gentilics.match_at(self.tokens, j, max_words=1, stop=last)  # (a comma between: two words)
            return g
        return None

    def _group(self, i: int, last: int) -> Mention | None:
        h = self.lex.heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        head: Head = h.value
        if h.first > 0 and self.tokens[h.first - 1].joined \
                and strip_article(self.tokens[h.first - 1].word) in OFFICE_GOVERNORS:
            return None  # `انتخابات [الرئاسة الأمريكية]`: the office voted for, no body acting
        if h.last - h.first == 1 and self._adjective_of_noun_before(h.first, h.start):
            return None  # `الأوضاع [الداخلية] السورية`: a nisba head after a definite noun describes it
        if self.text[self.tokens[h.first].start:h.start].endswith("ب") and self.text[h.start:h.start + 2] != "ال" \
                and head.suffix == "leadership":
            return None  # `بقيادة الولايات المتحدة`: "led by" the state, which the lexicon reads
        g = self._gentilic_after(h.last, last)
        if g is None and head.suffix not in ("", "regime") and not (head.suffix == "airforce" and h.last - h.first == 1):
            # (`النظام [المالي] الأميركي`, `الطيران [المدني] الروسي`: the adjective names another thing)
            g = self._gentilic_after_nisbas(h.last, last)
        if g is not None and h.last - h.first == 1 and not self.tokens[h.first].word.endswith(("ه", "ات")) \
                and self.tokens[g.first].word.endswith("يه") and not head.anonymous:  # (`صحف بريطانية`: a broken plural)
            g = None  # `شركة "آسمان" [للطيران] الإيرانية`: a feminine adjective does not describe a masculine head
        if g is not None and h.last - h.first == 1 and self.text[h.start:h.end].endswith("ه") \
                and not self.tokens[g.last - 1].word.endswith("يه"):
            g = None  # `مسؤولو [الصحة] الصينيون`, `[الهنود]`: an adjective that does not agree with the feminine
            # head describes the people before it, not the body
        if g is not None and head.anonymous and (self.text[h.start:h.start + 2] == "ال" or g.first != h.last) \
                and self.lex.org_heads.match_at(self.tokens, h.first, max_words=1) is not None:
            return None  # `صحيفة بريطانية` is unnamed media, `قناة [الرياضية] السعودية` a channel's name and
            # `الصحيفة الكورية` the paper named before: the organisation rules read those
        end_tok, end = h.last, h.end
        if g is not None:
            iso, end_tok, end = g.value.iso3, g.last, g.end
        else:
            state = self._qualified(h.last, last, max_words=3)
            if state is None and head.suffix in _BODIES_OF_A_STATE:
                state = self._state_after_body(h.last, last)  # `حكومة [مالي]`
            if state is not None:
                iso, end_tok, end = state.value.country_iso3, state.last, state.end  # جيش الاحتلال, حكومة العراق
            elif (leader := self._leader_after(h.last, last) if head.suffix in ("gov", "regime") else None) is not None:
                iso, end_tok, end = leader.actor.country_iso3, leader.last, leader.end  # `حكومة العبادي`
            elif (owner := self._media_owner(h, last)) is not None:
                return owner
            elif head.actor_type == "military" and (unit := self._forces_of_a_body(h, last)) is not None:
                return unit
            elif head.actor_type == "military" and (loyal := self._loyal_forces(h, last)) is not None:
                return loyal
            elif (city_police := self._police_of_a_place(h, last)) is not None:
                return city_police
            elif head.standalone and any(w.startswith("ال") for w in self.text[h.start:h.end].split()) \
                    and not self._nisba_after(h.last, last) and not self._order_sense(h):
                iso = self.doc_country  # `الجيش` (not an indefinite `نظام`, which names no body by itself)
                if self._body_adjective_at(h.last, last):
                    end_tok, end = h.last + 1, self.tokens[h.last].end  # `قوات الأمن [الخاصة]`
            elif (story_end := self._story_country_body(h, last)) is not None:
                iso, end_tok = self.doc_country, story_end  # `وقالت الحكومة`, `قضت المحكمة العليا`, `القضاء`
                end = self.tokens[story_end - 1].end
            else:
                return None
        if iso is None:
            if not head.suffix or h.last - h.first == 1 and head.actor_type not in ("military", "government"):
                return None
            # `قوات الأمن` in a story no state is named in: the body still acts, of no known country
            name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
            return Mention(Actor(f"{head.suffix}-{slug(name)}", name, head.name_en, head.actor_type, None, head.sector,
                                 None, "pattern", head.anonymous), h.first, end_tok, h.start, end)
        if not head.suffix and iso in self.lex.states_by_iso:  # `الجانب التركي` is Turkey itself
            return Mention(self.lex.states_by_iso[iso], h.first, end_tok, h.start, end)
        if head.actor_type == "media" and end_tok < last and self.tokens[end_tok].joined \
                and self.tokens[end_tok].word in _OFFICIAL_ADJECTIVES \
                and ((known := self.lex.names.match_at(self.tokens, h.first, stop=last)) is None or known.last != end_tok):
            end_tok, end = end_tok + 1, self.tokens[end_tok].end  # `التلفزيون الإيراني [الرسمي]` (a known
            # outlet's name, `وكالة الأنباء السورية`, stays the lexicon's)
        if g is not None and head.actor_type == "government" and end_tok < last and self.tokens[end_tok].joined \
                and self.tokens[end_tok].word.startswith("ال") and strip_article(self.tokens[end_tok].word) in _RANK_ADJECTIVES:
            end_tok, end = end_tok + 1, self.tokens[end_tok].end  # `المحكمة الأمريكية [العليا]`: the body's rank
        # as written (`الشرطة العراقية`, `حكومة العراق`; a bare `الشرطة`), not `شرطه العراق`
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        actor = Actor(f"{iso.lower()}-{head.suffix}", name, f"{head.name_en} ({iso})", head.actor_type, iso,
                      head.sector, None, "pattern", head.anonymous)
        known = self.lex.actors.get(actor.actor_id)
        return Mention(known or actor, h.first, end_tok, h.start, end)

    def _state_after_body(self, j: int, last: int) -> PhraseMatch | None:
        """The state whose short name is also a common word (`مالي`), right after the head of one of
        its bodies (`حكومة مالي`, `جيش مالي`), where no adjective reading fits an indefinite head."""
        if j >= last or not self.tokens[j].joined:
            return None
        state = self.lex.states_after_body.get(self.tokens[j].word)
        t = self.tokens[j]
        return PhraseMatch(j, j + 1, t.start, t.end, state) if state is not None else None

    def _order_sense(self, h: PhraseMatch) -> bool:
        """`لضمان الأمن وحفظ [النظام]`, `ويبين [هذا النظام]`: a bare `النظام` kept or pointed at is
        order or a system, not the story country's regime (`إسقاط النظام` is the regime)."""
        return h.value.suffix == "regime" and h.last - h.first == 1 and h.first > 0 and self.tokens[h.first].joined \
            and self.tokens[h.first - 1].word.removeprefix("و") in _ORDER_SENSE_BEFORE

    def _gentilic_after_nisbas(self, j: int, last: int) -> PhraseMatch | None:
        """`المخابرات [الحربية] الروسية`, `الشرطة [الجنائية الاتحادية] الألمانية`: one or two
        definite nisba adjectives between a body's head and its nationality belong to its name."""
        k = j
        while k < last and k - j < 2 and (self._nisba_after(k, last) or self._body_adjective_at(k, last)) \
                and self._gentilic_after(k, last) is None:
            k += 1  # (`قوات الأمن [الخاصة] اليمنية`: an adjective of units that is no nisba belongs there too)
        g = self._gentilic_after(k, last) if k > j else None
        return g if g is not None and self.text[self.tokens[g.first].start:g.start] in ("", "ال") else None

    def _body_adjective_at(self, j: int, last: int) -> bool:
        """`[الخاصة]`: a definite adjective of the closed class that names a kind of unit (`body_adjective`)."""
        return j < last and self.tokens[j].joined and self.tokens[j].word.startswith("ال") \
            and strip_article(self.tokens[j].word) in _BODY_ADJECTIVES

    def _police_of_a_place(self, h: PhraseMatch, last: int) -> Mention | None:
        """`شرطة تورونتو`, `شرطة ساوث يوركشير`: an indefinite police head and a place's name of
        one or two words that no lexicon knows is that place's police force."""
        head: Head = h.value
        k = h.last
        if head.sector != "COP" or h.last - h.first != 1 or self.text[h.start:h.start + 2] == "ال" \
                or k >= last or not self.tokens[k].joined:
            return None
        if k + 1 < last and self.tokens[k].word in _DISTRICT_WORDS and self.tokens[k + 1].joined:
            k += 1  # `شرطة [مقاطعة] كلاكاماس`, `شرطة [ولاية] أوريغون`
        while k < last and k - h.last < 3 and self.tokens[k].joined and self.tokens[k].word.isalpha() \
                and not self.tokens[k].word.startswith("ال") and not clitic_preposition(self.tokens[k].word) \
                and self.tokens[k].word not in self.lex.stop and self._name_shaped(self.tokens[k].word, k == h.last) \
                and self.lex.names.match_at(self.tokens, k, stop=last) is None:
            k += 1
        if k == h.last or self.tokens[k - 1].word in _DISTRICT_WORDS:
            return None
        end = self.tokens[k - 1].end
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        actor = Actor(f"police-{slug(normalize_phrase(self.text[h.start:end]))}", name, head.name_en, head.actor_type,
                      None, head.sector, None, "pattern")
        return Mention(actor, h.first, k, h.start, end)

    def _media_owner(self, h: PhraseMatch, last: int) -> Mention | None:
        """`وسائل إعلام الحوثيين`, `وسائل إعلام حزب الله`: unnamed media of a named body (not of a
        state, which takes a nisba: `وسائل إعلام روسية`). The mention spans both; `find` adds the body."""
        head: Head = h.value
        body = self._owned_body(h.last, last) if head.actor_type == "media" else None
        if body is None:
            return None
        name = self._written(h.start, body.end, normalize_phrase(self.text[h.start:body.end]))
        actor = Actor(f"{body.actor.actor_id}-media", name, f"{head.name_en} of {body.actor.name_en or body.actor.actor_id}",
                      "media", body.actor.country_iso3, head.sector, None, "pattern", head.anonymous)
        return Mention(actor, h.first, body.last, h.start, body.end)

    def _owned_body(self, j: int, last: int) -> Mention | None:
        """The named body (not a person, state or outlet) right after a media head at token j."""
        if j >= last or not self.tokens[j].joined:
            return None
        body = self._lexicon(j, last)
        if body is None or body.start != self.tokens[j].start or body.place \
                or body.actor.actor_type in ("person", "state", "media"):
            return None
        return body

    def _body_after_title(self, title: PhraseMatch, last: int) -> list[Mention]:
        """A state body named by a speaker head right after a title (`رئيس [لجنة الأمن القومي]`),
        and the person the whole phrase names if a name follows the body at once."""
        j = title.last
        body = self._body_closing_title(title, last)
        if body is None and (j >= last or not self.tokens[j].joined):
            return []
        body = body or self._quoted_body(j, last, after_title=True)
        if body is None:
            return []
        person = None
        if body.last < last and self.tokens[body.last].joined:
            known = self.lex.names.match_at(self.tokens, body.last, stop=last)
            person = Mention(known.value, known.first, known.last, known.start, known.end) \
                if known is not None and known.value.actor_type == "person" and known.start == self.tokens[body.last].start \
                else self._name_from(body.last, last, None, None, min_words=2, expected=True)
        if person is None:
            return [body]
        self.last_person = person.actor
        return [Mention(person.actor, title.first, person.last, title.start, person.end), body]

    def _body_closing_title(self, title: PhraseMatch, last: int) -> Mention | None:
        """`زعيم [حزب بوديموس] بابلو إيغليسياس`, `زعيم [الحزب الاشتراكي] بيدرو سانشيز`: a title whose
        last word is an organisation's head (`زعيم الحزب`) has the body's name in it when the head
        goes on with one: the body, which the title's holder leads, is an actor of its own."""
        k = title.last - 1
        if title.last - title.first < 2 or self.lex.org_heads.match_at(self.tokens, k, max_words=1, stop=last) is None:
            return None
        known = self._lexicon(k, last)
        body = known or self._organisation(k, last)
        if body is None or body.place or body.actor.actor_type == "person" or body.last <= title.last:
            return None
        if known is None and not all(self.tokens[x].word.startswith(("ال", "وال", "لل")) for x in range(k + 1, body.last)):
            return None  # `زعيم الحزب الشيوعي [كاسترو]`: the rule's name ran into the holder's; the title reads him
        return body

    def _nisba_after(self, j: int, last: int) -> bool:
        """`الشرطة [الاتحادية] الإثيوبية`: a definite nisba adjective goes on the head's phrase,
        which names a body other than the bare head's (`الشرطة [الهراوات]` is the object)."""
        if j >= last or not self.tokens[j].joined:
            return False
        word = self.tokens[j].word
        return word.startswith("ال") and strip_article(word).endswith(("يه", "ي")) and len(word) > 5

    def _leader_after(self, j: int, last: int) -> Mention | None:
        """A person of known country named right after a government head (`حكومة العبادي`,
        `نظام الأسد`): the head names that country's government."""
        if j >= last or not self.tokens[j].joined or self.tokens[j].word[:1] in "وبلك" \
                and not self.tokens[j].word.startswith("ال"):
            return None
        m = self.lex.names.match_at(self.tokens, j, stop=last)
        if m is not None and m.start == self.tokens[j].start:
            person = Mention(m.value, m.first, m.last, m.start, m.end)
        else:
            person = self._coref(j) if self.surnames else None
        if person is None or person.actor.actor_type != "person" or not person.actor.country_iso3 \
                or person.start != self.tokens[j].start:
            return None
        return person
