"""Actors not named: collectives (`المحتجين`, `مسلحين فلسطينيين`) and anonymous sources (`مصادر
دبلوماسية`, `مسؤول رفض الكشف عن اسمه`) (a mixin of `actors.ActorFinder`)."""
from __future__ import annotations

from dataclasses import replace

from .actor_base import LETTER_NAMES, definite_noun, name_words
from .actor_lexicon import Actor, Head, Mention, unnamed_source
from .ids import slug
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import clitic_preposition, preposition_with_pronoun, strip_article
from .text import normalize_phrase

_SOURCE_ADJECTIVES = word_classes()["source_adjective"]
_GROUP_ADJECTIVES = word_classes()["group_adjective"]
_UNDISCLOSED = word_classes()["undisclosed_phrase"]
# `المصدر [نفسه]`: the source named before; `مصدر [مهم] للمعلومات`: the origin of something
_SAME_WORDS = name_words("same_word")
_DEMONSTRATIVES = word_classes()["demonstrative"]
_FROM_OR_ABOUT = word_classes()["from_or_about_preposition"]
_CLOSE_WORDS = name_words("close_to")
_SOURCE_QUANTIFIERS = name_words("source_quantifier")  # part of the mention: `[بعض] وسائل الإعلام`
_IMPORTANCE_ADJECTIVES = name_words("importance_adjective")
# `[أكبر] مصدر للنفط`, `مصدر [قلق]`: the origin of a thing, no one speaking
_SOURCE_NOUNS = name_words("source_noun")
_SOURCE_ELATIVES = name_words("source_elative")
_SOURCE_OF_NOUNS = name_words("source_of_noun")
_REGION_NAMES = name_words("region_name")
_FIELDS = name_words("field")  # the fields of work bodies are named by (`شركات [النفط]`)
_UNNAMED_MEDIA_HEADS = name_words("unnamed_media_head")
_OFFICIALS_HEADS = name_words("officials_head")
# `شمالي`, `غربي`: a compass noun's adverb form, which before a definite noun says where (`غربي البلاد`)
_COMPASS_ADVERBS = frozenset(w + "ي" for w in name_words("compass_word"))



def _needs_role(head: Head) -> bool:
    """Whether a collective counts only where it acts, is acted on or speaks: people (`المحتجين`,
    `اللاجئين`) do; a government, party or armed collective (`الدول الغربية`, `الجمهوريون`) and the
    international community and its bodies (`المجتمع الدولي`, `المنظمات الدولية`) are bodies named
    in the story."""
    return head.actor_type not in ("armed_group", "military", "political_party", "government") and head.sector != "IGO"

class UnnamedActorRules:
    def _collective(self, i: int, last: int) -> Mention | None:
        h = self.lex.collectives.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        if h.last - h.first == 1 and self.tokens[i].word.endswith(("يون", "يين")) and i > 0 and self.tokens[i].joined \
                and self.text[h.start:h.start + 2] == "ال" and definite_noun(self.tokens[i - 1].word):
            return None  # `النواب [الجمهوريين]`, `المقاتلين [الجهاديين]`: an adjective after a definite noun
        head: Head = h.value
        g = self._gentilic_after(h.last, last)
        state = None if g else self._qualified(h.last, last)
        if state is not None and state.last < last and self.tokens[state.last].joined \
                and self.tokens[state.last].word.startswith("و") and self._qualified(state.last, last) is not None:
            return None  # `زعماء بريطانيا وفرنسا وألمانيا`: the states are the actors, not one state's leaders
        iso = g.value.iso3 if g else state.value.country_iso3 if state else None
        end_tok = g.last if g else state.last if state else h.last
        region = g is None and state is None and self._region_after(h.last, last)
        quals = end_tok + 1 if region else end_tok  # `قادة [أوروبا]`, `دول [الخليج]`: a region's, no state's
        while quals < last and quals - end_tok < 2 and self.tokens[quals].joined \
                and self._describes_group(quals, last, closed_only=quals > end_tok):
            quals += 1  # `ميليشيات شيعية`, `الدول الكبرى الست`, `أحزاب سياسية`
        of_a_field = False
        if g is None and state is None and quals == end_tok and head.actor_type == "organization":
            quals = self._field_of_bodies_end(end_tok, last)  # `شركات [النفط]`, `شركات [الطيران] الأوروبية`
            of_a_field = quals > end_tok
        if g is None and state is None and quals == end_tok and not head.standalone:
            return None  # `الدول` alone; `الدول الأوروبية`, `قادة العراق` name someone
        end = self.tokens[quals - 1].end
        name = normalize_phrase(self.text[h.start:end])
        actor_id = f"{iso.lower()}-{head.suffix}" if iso else head.suffix
        if quals > end_tok:
            actor_id += "-" + slug(" ".join(self.tokens[x].word for x in range(end_tok, quals)))
        end_tok = quals
        known = self.lex.actors.get(actor_id)
        name = self._written(h.start, end, name)
        if name.startswith("لل"):
            name = "ا" + name[1:]  # `للمجتمع الدولي` names `المجتمع الدولي`
        # people (`المحتجين`, `اللاجئين`) count only where they act, are acted on or speak (`_needs_role`)
        # the leaders or states of a region (`قادة أوروبا`) are a collective of several, no government
        kind = "other" if region and head.actor_type == "government" else head.actor_type
        # (bodies of a trade, none of them named, speak as unnamed sources: `وقالت منظمات الإغاثة`)
        actor = known or Actor(actor_id, name, head.name_en + (f" ({iso})" if iso else ""),
                               kind, iso, head.sector, None, "pattern", of_a_field,
                               needs_role=_needs_role(head))
        return Mention(actor, h.first, end_tok, h.start, end)

    def _field_of_bodies_end(self, j: int, last: int) -> int:
        """`شركات [النفط]`, `شركات [الطيران]`, `جمعيات [الإغاثة]`: bodies in construct with the
        definite field they work in (a closed class, the one organisations' names take after لـ) are
        a collective of that trade, with the nationality after it (`شركات النفط [الأوروبية]`); the
        end of the phrase, j where no field follows."""
        if j >= last or not self.tokens[j].joined or not self.tokens[j].word.startswith("ال") \
                or strip_article(self.tokens[j].word) not in _FIELDS:
            return j
        g = self._gentilic_after(j + 1, last)
        return g.last if g is not None else j + 1

    def _counted_collective(self, i: int, last: int) -> Mention | None:
        """`30 محتجا`, `15 مهاجرا`: the accusative singular a number from 11 to 99 takes (تمييز)
        counts members of the collective its plural names; only right after the number."""
        if i == 0 or not self.tokens[i].joined or not self.tokens[i - 1].word.isdigit():
            return None
        h = self.lex.counted_collectives.match_at(self.tokens, i, max_words=1, stop=last)
        if h is None or h.start != self.tokens[i].start:
            return None  # (no proclitic between the number and the noun)
        head: Head = h.value
        actor = self.lex.actors.get(head.suffix) or Actor(
            head.suffix, self._written(h.start, h.end, normalize_phrase(self.text[h.start:h.end])), head.name_en,
            head.actor_type, None, head.sector, None, "pattern",
            needs_role=_needs_role(head))
        return Mention(actor, h.first, h.last, h.start, h.end)

    def _region_after(self, k: int, last: int) -> bool:
        """`قادة [أوروبا]`, `دول [الخليج]`, `زعماء [العالم]`: a region's name in construct after a
        collective head qualifies it as a state's name would (a closed class)."""
        return k < last and self.tokens[k].joined and self.tokens[k].word in _REGION_NAMES

    def _hashtag_end(self, k: int, last: int) -> int:
        """The token after the words an underscore joins from token k on."""
        while k < last and self.tokens[k].hashtag:
            k += 1
        return k

    def _qualified(self, j: int, last: int, max_words: int | None = None) -> PhraseMatch | None:
        """A state follows (`قادة العراق`, `جيش الاحتلال`)."""
        if j >= last or not self.tokens[j].joined:
            return None
        m = self.lex.names.match_at(self.tokens, j, max_words=max_words, stop=last)
        return m if m is not None and m.value.actor_type == "state" and m.value.country_iso3 else None

    def _describes_group(self, j: int, last: int, closed_only: bool) -> bool:
        """A nisba adjective, sect or number after a group noun: `الأوروبية`, `شيعية`, `الكبرى`,
        `الست` (a second one only from the closed list: `ميليشيات شيعية [المدينة]`); not a
        participle (`الجنود [المتراجعين]`)."""
        if j + 1 < last and self.tokens[j + 1].word.isdigit():
            return False  # `الجماعات الإرهابية [سنة] 2013`: a year, not the sect
        word = strip_article(self.tokens[j].word)
        return word in _GROUP_ADJECTIVES or not closed_only and word.endswith("يه") and self._is_qualifier(j, last)

    def _anonymous(self, i: int, last: int) -> Mention | None:
        h = self.lex.anon_heads.match_at(self.tokens, i, stop=last)
        if h is None or self._adjective_of_noun(h):
            return None
        j = h.last
        definite = self.text[h.start:h.start + 2] == "ال" or self.tokens[h.first].word.removeprefix("و").startswith("لل")
        while j < last and j - h.last < 4 and self.tokens[j].joined and self._is_qualifier(j, last) \
                and not (definite and not self.tokens[j].word.startswith(("ال", "وال"))):
            j += 1  # (a definite head's adjectives are definite: `المسؤول القبلي [موسى]` goes on with a name)
        if definite and j < last and self.tokens[j].joined and not self.tokens[j].word.startswith("ال") \
                and self.tokens[j].word not in self.lex.stop and self._name_like(self.tokens[j].word, True) \
                and self.lex.given_names.get_word(self.tokens[j].word) is not None:  # (`على` is no `علي`)
            return None  # `المسؤول القبلي موسى ...`: the official is the person named, no unnamed source
        head_key = strip_article(self.text[h.start:self.tokens[h.last - 1].end])
        if j == h.last and self._source_of_a_thing(j, last) or self._origin_of_a_thing(h, j, last):
            return None  # `مصدر [الغاز]`, `روسيا هي مصدر [هذا] السم`: the origin of a thing, no one speaking
        if j == h.last and j < last and self.tokens[j].joined and self.tokens[j].word[:1] == "و" \
                and (pair := self._anonymous(j, last)) is not None and pair.actor.anonymous:
            # `مسؤولون ومصادر في الصناعة`: two unnamed heads joined by و and described together are one source
            name = self._written(h.start, pair.end, normalize_phrase(self.text[h.start:pair.end]))
            actor = replace(pair.actor, actor_id=f"anon-{slug(normalize_phrase(self.text[h.start:pair.end]))}",
                            name_ar=name)
            return Mention(actor, h.first, pair.last, h.start, pair.end)
        if j == h.last and self.text[h.start:h.start + 2] == "ال" and head_key in self.anon_refs:
            actor = self.anon_refs[head_key]  # `مصدر عسكري` ... `وقال المصدر`: the source named before
            return Mention(actor, h.first, j, h.start, self.tokens[j - 1].end)
        if j == h.last and not h.value and not self._undisclosed_follows(j, last) \
                and self.text[h.start:self.tokens[j - 1].end] not in self.lex.anon_definite_ok \
                and not self._quantified_definite(h) and self._source_location(j, last) is None:
            return None  # a bare `مسؤولون` or `سكان` is not yet a source (`سكان في الحي` is one)
        # the head as matched, without its proclitics: `لمصادر أمنية` and `المصادر الأمنية` are one source
        words = [self.text[h.start:self.tokens[h.first].end], *(self.tokens[k].word for k in range(h.first + 1, j))]
        phrase = " ".join(strip_article(w) for w in words)
        name = self._written(h.start, self.tokens[j - 1].end, " ".join(words))
        where = self._source_location(j, last) or self._source_relation(j, last)
        if where is not None:  # `مصادر أمنية في دمشق`: where the source is belongs to its description
            place = " ".join(self.tokens[k].word for k in range(j, where))
            phrase += " " + place
            name = self._written(h.start, self.tokens[where - 1].end, " ".join(words) + " " + place)
            j = where
        actor = self._unnamed_kind(unnamed_source(phrase, name), head_key, h.last, j, last)
        if j > h.last:
            self.anon_refs[head_key] = actor
        first, start = h.first, h.start
        if first > 0 and h.start == self.tokens[first].start and self.tokens[first].joined \
                and self.tokens[first - 1].word.removeprefix("و") in _SOURCE_QUANTIFIERS:
            first, start = first - 1, self.tokens[first - 1].start + len(self.tokens[first - 1].word) \
                - len(self.tokens[first - 1].word.removeprefix("و"))  # `بعض وسائل الإعلام`: the quantifier is part of it
        return Mention(actor, first, j, start, self.tokens[j - 1].end)

    def _adjective_of_noun(self, h: PhraseMatch) -> bool:
        """`الدفع [الدبلوماسي] العالمي`: a definite head in the nisba form right after a definite noun
        is that noun's adjective (diplomatic), no diplomat (`وقال [الدبلوماسي]` follows a verb)."""
        k = h.first
        if k == 0 or not self.tokens[k].joined or self.text[h.start:h.start + 2] != "ال" \
                or not self.tokens[k].word.endswith("ي"):
            return False
        before = self.tokens[k - 1].word
        return before.startswith(("ال", "وال", "بال", "لل", "فال")) and before not in self.lex.stop

    def _unnamed_kind(self, actor: Actor, head_key: str, first: int, end: int, last: int) -> Actor:
        """What an unnamed source is, though it stays anonymous: unnamed media are media (`وسائل
        إعلام روسية`, `صحف إصلاحية`); officials of one state are its government (`مسؤولون
        إيرانيون`), the tokens first..end being the words that qualify the head."""
        if head_key in _UNNAMED_MEDIA_HEADS:
            return replace(actor, actor_type="media", sector="JRN")
        if head_key in _OFFICIALS_HEADS:
            for k in range(first, end):
                g = self._gentilic_after(k, last)
                if g is not None and g.last <= end and g.value.iso3 in self.lex.states_by_iso:
                    return replace(actor, actor_type="government", country_iso3=g.value.iso3, sector="GOV")
        return actor

    def _source_relation(self, j: int, last: int) -> int | None:
        """`مصادر مقربة [من الحكومة]`, `مصادر [على اتصال مع وزارة الخارجية]`: the body a source is
        close to or in touch with belongs to its description; the end of the phrase, or None."""
        if j + 1 >= last or not self.tokens[j].joined or not self.tokens[j + 1].joined:
            return None
        word, k = self.tokens[j].word, None
        if word == "من" and strip_article(self.tokens[j - 1].word) in _CLOSE_WORDS:
            k = j + 1
        elif strip_article(word) in _CLOSE_WORDS and self.tokens[j + 1].word == "من":
            k = j + 2  # `مصدر [قريب من] حركة حماس`
        elif word == "علي" and self.tokens[j + 1].word == "اتصال" and j + 2 < last and self.tokens[j + 2].joined:
            k = j + 3 if self.tokens[j + 2].word == "مع" else j + 2 if self.tokens[j + 2].word.startswith("ب") else None
        if k is None or k >= last:
            return None
        body = self._lexicon(k, last) or self._group(k, last) or self._organisation(k, last)
        return body.last if body is not None and not body.place else None

    def _source_of_a_thing(self, j: int, last: int) -> bool:
        """`مصدر الغاز`, `مصدر هذا السم`, `مصدر مهم للمعلومات`: a bare source noun in construct
        with a definite noun or a demonstrative, or described as important, is the origin of
        something (`المصدر نفسه` is the source named before)."""
        if j >= last or not self.tokens[j].joined:
            return False
        word = self.tokens[j].word
        if word in _SAME_WORDS:
            return False
        return word.startswith("ال") and word not in self.lex.stop or word in _DEMONSTRATIVES \
            or word in _IMPORTANCE_ADJECTIVES

    def _origin_of_a_thing(self, h: PhraseMatch, j: int, last: int) -> bool:
        """`[أكبر] مصدر للنفط`, `ثاني أكبر مصادر الدخل`, `مصدر [قلق]`, `ومصدر [إلهام]`: a source noun
        after an elative or ordinal, or bare before an indefinite noun of what it yields or causes,
        is the origin or exporter of something."""
        head = self.tokens[h.first].word
        bare = strip_article(head[1:] if head[:1] in "وف" else head)
        if bare not in _SOURCE_NOUNS or h.last - h.first != 1:
            return False
        if h.first > 0 and self.tokens[h.first].joined \
                and self.tokens[h.first - 1].word.removeprefix("و") in _SOURCE_ELATIVES:
            return True
        return j == h.last and j < last and self.tokens[j].joined and self.tokens[j].word in _SOURCE_OF_NOUNS

    def _source_location(self, j: int, last: int) -> int | None:
        """The end of `في` + a place or sector of one to three definite words after an unnamed source
        (`في دمشق`, `في قطاع النفط`), or None: not where `في` names a body (`مسؤول في وزارة الدفاع`,
        whose ministry is the source) or goes on past a comma."""
        if j + 1 >= last or self.tokens[j].word != "في" or not self.tokens[j].joined or not self.tokens[j + 1].joined:
            return None
        k = j + 1
        body = self.lex.names.match_at(self.tokens, k, stop=last)
        if body is not None and body.value.actor_type != "state" or self.lex.org_heads.match_at(self.tokens, k, stop=last) \
                or self.lex.speaker_org_heads.match_at(self.tokens, k, stop=last) or self.lex.heads.match_at(self.tokens, k, stop=last):
            return None
        if body is not None:
            return body.last if body.last - j <= 3 else None
        while k < last and k - j <= 3 and (k == j + 1 or self.tokens[k].joined):
            word = self.tokens[k].word
            if not word.isalpha() or word in self.lex.stop or strip_article(word) in self.lex.name_end \
                    or clitic_preposition(word) or word[:1] in "يت" and len(word) > 3:
                break
            k += 1
        if k == j + 1 or not any(self.tokens[x].word.startswith("ال") for x in range(j + 1, k)) \
                or k < last and self.tokens[k].joined \
                and self.tokens[k].word not in self.lex.stop and not self._comma_before(k):
            return None  # (a phrase that goes on is not a place; `في` + an indefinite noun is no place either)
        if k < last and self.tokens[k].joined and self.tokens[k].word in _FROM_OR_ABOUT and k - 1 > j + 1 \
                and self.tokens[k - 1].word.startswith("ال") and self.tokens[k - 2].word.startswith("ال"):
            k -= 1  # `في حي المطار [القريب] من ...`: an adjective with its complement describes the place, past the name
        return k

    def _quantified_definite(self, h: PhraseMatch) -> bool:
        """`عددا من الخبراء`, `الكثير من المحللين`: a definite plural source counted out of a group
        is a source by itself."""
        k = h.first
        if k < 2 or self.text[h.start:h.start + 2] != "ال" or h.start != self.tokens[k].start \
                or self.tokens[k - 1].word != "من" or not self.tokens[k - 1].joined:
            return False
        if strip_article(self.tokens[k - 2].word.removeprefix("و")) not in self.lex.quantifiers or h.last >= len(self.tokens):
            return False
        after = self.tokens[h.last].word  # and it speaks or acts: `نبهوا`, `يرى عدد من الخبراء [أن]` (a complementiser)
        return self.tokens[h.last].joined and (after.endswith("وا") and len(after) > 3 or after in ("ان", "بان"))

    def _is_qualifier(self, j: int, last: int) -> bool:
        """An adjective of an unnamed source: `دبلوماسية`, `مطلعة`, `إيرانيون` (not `بأن`,
        `للحكومة` or a noun such as `لحظة`, `الحديدة`)."""
        word = self.tokens[j].word
        if strip_article(word) in _SOURCE_ADJECTIVES:
            return True  # (`بارز` is not ب + noun)
        if word in self.lex.stop or clitic_preposition(word) or word.startswith("لل") \
                or preposition_with_pronoun(word, self.lex.stop) or word[:1] in "وف" and word[1:] in self.lex.stop:
            return False  # (`المجتمع الدولي [عليه]`: not a nisba in `يه`; `مسؤولون [وحتى]`, `[وفي]`: و + a particle)
        if word[:1] == "ل" and word[1:] in LETTER_NAMES:
            return False  # `مسؤول محلي [لبي] بي سي`: the channel spoken to, not a nisba in `ي`
        if self.lex.gentilics.match_at(self.tokens, j, max_words=1, stop=last) is not None:
            return True
        w = strip_article(word)
        if len(w) < 3 or w in self.lex.name_end:
            return False
        if word in _COMPASS_ADVERBS and j + 1 < last and self.tokens[j + 1].word.startswith("ال"):
            return False  # `السكان الأصليون [غربي] البلاد`: where they live, no adjective
        if w.endswith("ايه"):
            return False  # `رواية`, `نهاية`, `حماية`: a فعالة noun of a weak root, not a nisba adjective
        if w.endswith("ه") and not w.endswith("يه"):
            return w.startswith("م") and not self.lex.names.get(w)  # a participle: `مطلعة`, `موثوقة`
        return w.endswith(("يه", "ي", "ين", "يون")) and not self.lex.names.get(w)

    def _undisclosed_follows(self, j: int, last: int) -> bool:
        tail = " ".join(t.word for t in self.tokens[j:min(last, j + 6)])
        return any(normalize_phrase(p) in tail for p in _UNDISCLOSED)
