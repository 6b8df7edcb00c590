"""Actors and their mentions: a curated lexicon, plus rules for actors it lacks.

Rules, tried at every word; the longest span wins (ties: the earlier rule):
- lexicon phrase (names, aliases, capitals as their state);
- group head + nationality (`الجيش الإسرائيلي`, `وسائل إعلام روسية`) → `{iso3}-{suffix}`;
- title + name (`اللواء كفاح ملحم`, `وزير الخارجية الإيراني عباس عراقجي`, `المتحدث باسم X Y Z`);
- given name + family name (`فوزي برهوم`);
- organisation head + name (`حزب العدالة والتنمية`, `قناة الحدث`);
- collective actors (`المحتجين`, `مسلحين فلسطينيين`, `المجتمع الدولي`);
- anonymous sources (`مصادر دبلوماسية`, `مسؤول رفض الكشف عن اسمه`).
Within a document, a person's family name and a bare title (`وزير الخارجية الإيراني`) resolve
to the person named before. A state named only as a place (`في سوريا`, `مدينة دمشق`) is a
place, not an actor.

The finder and its document memory are here; the rules are mixins, one module per kind of actor:
`actor_persons.py` (with its parts `actor_person_*.py`), `actor_organisations.py` (with
`actor_organisation_*.py`), `actor_groups.py` (bodies of a country), `actor_unnamed.py`
(collectives, anonymous sources) and `actor_tagging.py` (the learned tagger).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from operator import attrgetter

from .actor_base import LETTER_NAMES, NATIONAL_ADJECTIVES, OFFICE_GOVERNORS, UNMARKED, name_words
from .actor_groups import GroupRules
from .actor_lexicon import (Actor, ActorLexicon, Mention, actor_lexicon, pattern_person, person_gender,
                            unnamed_source)
from .actor_organisations import OrganisationRules
from .actor_persons import PersonRules
from .actor_tagging import ActorTaggerRules
from .actor_unnamed import UnnamedActorRules
from .ids import slug
from .lexicon import phrase_key, word_classes
from .matching import PhraseMatch, Token, opener_bits, positions_by_bits
from .morphology import clitic_preposition, stem_candidates, strip_article, without_conjunction
from .ner import NameTagger, name_tagger
from .text import Normalized, normalize_phrase

# word lists: function_words.tsv, by class
_DOCUMENT_NOUNS = word_classes()["document_noun"]
_NAMING_WORDS = word_classes()["naming_word"] | {"و" + w for w in word_classes()["naming_word"]}
_ONE_OF = name_words("one_of")  # `أحد`, `إحدى` and the word they quantify
_THE_LATTER = "الاخير"  # `وقال الأخير`: the person named last (one word, one rule: code)
_LION = "الاسد"  # `حصة [الأسد]`: the lion of the idiom (one word, one rule: code)
_SHARE_NOUNS = name_words("share_noun")  # `حصة`, `نصيب`: the lion's share
_CLUB_HEADS = name_words("club_head")  # `نادي`, `ريال`: a story about clubs names one so
# the domain word of an outlet's web address written in Arabic (`العربية.نت`, `مصراوي.كوم`)
_WEB_DOMAINS = word_classes()["web_domain_word"]
_SOURCE_ADJECTIVES = word_classes()["source_adjective"]  # `مسؤول [كبير]`, `مصادر [أخرى]`
# the words `_opening_positions` marks whatever they read as: a naming word, `الأخير` with or without `و`
_MARKED_WORDS = frozenset(_NAMING_WORDS | {_THE_LATTER, "و" + _THE_LATTER})
_WORD = attrgetter("word")  # Token.word, as a C-level callable for `map`
# `ActorFinder._gap_kind`: the punctuation between a word and the one before it that a rule needs
_GAP_COMMA, _GAP_QUOTE = 1, 2

_SURNAME_FORMS: dict[str, tuple[str, ...]] = {}


def _surname_forms(word: str) -> tuple[str, ...]:
    """The forms of a word that `ActorFinder._coref` looks up as family names (kept per word)."""
    forms = _SURNAME_FORMS.get(word)
    if forms is None:
        forms = _SURNAME_FORMS[word] = tuple(strip_article(c) for c in stem_candidates(word))
    return forms


def as_written(actor: Actor, surface: str) -> Actor:
    """A pattern actor whose name is its mention's matching form (`رييسه الوزراء`, built by a
    rule that reads only the normalised text) renamed as the mention is written (`رئيسة الوزراء`)."""
    if actor.origin == "lexicon":
        return actor
    written = _spelling_of(surface, actor.name_ar)
    return actor if written is None or written == actor.name_ar else replace(actor, name_ar=written)


def _spelling_of(surface: str, name: str) -> str | None:
    """`surface` without marks, tatweel and quotes, when it spells `name` (a matching form); else None."""
    written = " ".join(surface.translate(UNMARKED).split())
    return written if written and normalize_phrase(written) == normalize_phrase(name) else None


class ActorFinder(ActorTaggerRules, GroupRules, UnnamedActorRules, PersonRules, OrganisationRules):
    """Finds actor mentions in one document, sentence by sentence, keeping document-level
    memory for coreference (family names, bare titles, bare group heads)."""

    def __init__(self, tokens: list[Token], norm_text: str, lex: ActorLexicon | None = None,
                 tagger: NameTagger | None | bool = True, original: Normalized | None = None):
        self.lex = lex or actor_lexicon()
        self.original = original  # the text as written: pattern actors' names are taken from it
        self.tagger = name_tagger() if tagger is True else tagger or None
        self.tokens = tokens
        self.text = norm_text
        self.surnames: dict[str, Actor] = {}
        self.title_refs: dict[tuple[str, ...], Actor] = {}
        # `كيت دينزتا` ... `وأضافت كيت`: a known given name alone names the one person the
        # document gave it to (None where two people share it)
        self.given_refs: dict[str, Actor | None] = {}
        self.org_refs: dict[tuple[str, ...], Actor] = {}
        self.anon_refs: dict[str, Actor] = {}  # `مصدر عسكري` ... `المصدر`: by the head's bare form
        self.last_person: Actor | None = None  # for `الأخير`
        # Where `find` must look: every other word is skipped without running a rule (below)
        self._openings = self._opening_positions()
        self._coref_positions: list[int] = []  # words that may repeat a remembered family name

    def _opening_positions(self) -> list[int]:
        """Words where a rule may fire whatever the document's memory: a lexicon phrase may
        open, a naming word (`ويدعى`), `الأخير`, or a word after a comma (an apposition)."""
        may_start, tokens, openers = self.lex.may_start, self.tokens, self.lex.opener_mask
        # each kind of opening found by itself (no pass over every word testing all four)
        found = {k for bits, positions in positions_by_bits(tokens).items() if bits & openers
                 for k in positions if may_start(tokens[k].word)}
        words = list(map(_WORD, tokens))
        marked = _MARKED_WORDS.intersection(words)  # (one C-level pass: most documents hold none)
        if marked:
            found.update(i for i, w in enumerate(words) if w in marked)
        starts, text = self._token_starts, self.text
        for comma in ("،", ","):  # a word after a comma: the comma lies in the gap before it
            at = text.find(comma)
            while at >= 0:
                k = bisect_right(starts, at)
                if 0 < k < len(tokens) and not tokens[k].joined and self._comma_before(k):
                    found.add(k)
                at = text.find(comma, at + 1)
        for quote in ('"', "«", "“"):  # a quoted name after a clause's verb (`وقالت "وفا" إن`)
            at = text.find(quote)
            while at >= 0:
                k = bisect_right(starts, at)
                if 1 < k < len(tokens) and (tokens[k - 1].word[:1] in "وف" or tokens[k - 1].word == "ل"
                                            or self._dual_head(k - 1) is not None):
                    found.add(k)  # (or an outlet spoken to: `لـ"الجزيرة"`; two named by a dual head: `قناتي "X"`)
                at = text.find(quote, at + 1)
        return sorted(found)

    def _words_read_as(self, surname: str) -> list[int]:
        """The words that `_coref` may read as this family name (a proclitic or article dropped)."""
        # every form is a part of its word: the words holding the surname are found with
        # `str.find` over the text (a surname is letters only, so each occurrence lies in one word)
        tokens, text, starts = self.tokens, self.text, self._token_starts
        holding: list[int] = []
        at = text.find(surname)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(surname) <= tokens[k].end and (not holding or holding[-1] != k):
                holding.append(k)
            at = text.find(surname, at + 1)
        return [i for i in holding if surname in _surname_forms(tokens[i].word)]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def _written(self, start: int, end: int, fallback: str) -> str:
        """A pattern actor's name as the article writes it (`المسؤولون الإيرانيون`, not the
        matching form `المسوولون الايرانيون`), for the normalised span start..end that `fallback`
        spells in the matching form; the fallback where the text is not at hand or the span
        does not read as the same words."""
        if self.original is None or end <= start:
            return self._article_restored(start, fallback)
        a, b = self.original.to_original(start, end)
        name = _spelling_of(self.original.original[a:b], fallback)
        return self._article_restored(start, name if name is not None and len(name.split()) == len(fallback.split())
                                      else fallback)

    def _article_restored(self, start: int, name: str) -> str:
        """`للمجتمع الدولي` names `المجتمع الدولي`: after `ل` the article loses its alif, and a
        span that opens past `لل` drops it; the name takes it back (the surface stays as written)."""
        if start < 2 or self.text[start - 2:start] != "لل" or name.startswith("ال"):
            return name
        k = bisect_right(self._token_starts, start) - 1
        if k < 0 or self.text[self.tokens[k].start:start] not in ("لل", "ولل", "فلل"):
            return name  # (only proclitics before it: `وللمجتمع` too)
        return "ال" + name

    def _next_position(self, i: int) -> int | None:
        """The first word at or after i where `find` has anything to try."""
        openings, corefs = self._openings, self._coref_positions
        k = bisect_left(openings, i)
        at = openings[k] if k < len(openings) else None
        if corefs:
            k = bisect_left(corefs, i)
            if k < len(corefs) and (at is None or corefs[k] < at):
                at = corefs[k]
        return at

    @cached_property
    def doc_country(self) -> str | None:
        """The country the article is most about: where a bare `الجيش` or `المعارضة` belongs."""
        counts: Counter[str] = Counter()
        for m in self.lex.names.find_all(self.tokens):
            if m.value.actor_type == "state" and m.value.country_iso3:
                counts[m.value.country_iso3] += 1
        for m in self.lex.gentilics.find_all(self.tokens):
            counts[m.value.iso3] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _name_as_subject(self, i: int) -> bool:
        """`أن [اسمه] موجود على القائمة`: after أن/إن/لأن the noun `اسمه` is the subject of a nominal
        clause ("his name is on"), not "named"; what follows is its predicate, no one's name."""
        return i > 0 and self.tokens[i].joined and self.tokens[i].word in ("اسمه", "اسمها") \
            and self.tokens[i - 1].word in ("ان", "لان", "وان")

    @cached_property
    def doc_kingdom(self) -> str | None:
        """The kingdom the article names most (`السعودية`, `المغرب`, `الأردن`), by its name or its
        nationality (`الإنتربول السعودي`, `مواطنا سعوديا`): what a bare `المملكة` is (a kingdom named
        once in passing, `جائزة بنك السويد`, is not the one a Saudi story means)."""
        counts: Counter[str] = Counter()
        for m in self.lex.names.find_all(self.tokens):
            if m.value.actor_type == "state" and m.value.country_iso3 in self.lex.kingdoms:
                counts[m.value.country_iso3] += 1
        for m in self.lex.gentilics.find_all(self.tokens):
            if m.value.iso3 in self.lex.kingdoms:
                counts[m.value.iso3] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _kingdom_named_before(self, i: int, last: int) -> Mention | None:
        """`وقالت [المملكة] إنها`, `صادرات [المملكة]`: a bare `المملكة` (no nationality or name after it)
        is the kingdom the article names, as a capital names its state; none where it names no kingdom."""
        word = self.tokens[i].word
        clitic = word[:-len("المملكه")] if word.endswith("المملكه") else "ل" if word.endswith("للمملكه") else None
        if clitic is None or clitic not in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            return None
        if word.endswith("للمملكه") and word[:-len("للمملكه")] not in ("", "و", "ف"):
            return None
        if i > 0 and not self.tokens[i].joined and any(q in self._gap(i) for q in '"«“'):
            return None  # `شركة "المملكة القابضة"`: a quoted name that opens with the word
        if i + 1 < last and self.tokens[i + 1].joined and (self._gentilic_after(i + 1, last) is not None
                                                          or self.lex.names.match_at(self.tokens, i + 1, stop=last)):
            return None  # `المملكة الأردنية`, `المملكة البريطانية`: a kingdom of its own
        iso = self.doc_kingdom
        if iso is None or iso not in self.lex.states_by_iso:
            return None
        # (`للمملكة`: the preposition's ل is left out, the article's is written in the second ل)
        start = self.tokens[i].start + (len(word) - len("المملكه") if word.endswith("المملكه") else len(word) - len("للمملكه") + 1)
        return Mention(self.lex.states_by_iso[iso], i, i + 1, start, self.tokens[i].end)

    def find(self, first: int, last: int) -> list[Mention]:
        """Mentions among tokens[first:last] (one sentence), places included (flagged)."""
        out: list[Mention] = []
        i = first
        may_start, titles_bit = self.lex.may_start, self.lex.titles.bit
        while i < last:
            i = self._next_position(i)
            if i is None or i >= last:
                break
            token = self.tokens[i]
            if token.word in _NAMING_WORDS and i + 1 < last and not self._name_as_subject(i):
                # `شقيقه ويدعى علاء`, `واسمه ألكس مانسينغ`
                named = self._name_from(i + 1, last, None, None, expected=True)
                if named is not None:
                    out.append(named)
                    self.last_person = named.actor
                    i = named.last
                    continue
            latter = self._the_latter(i)
            if latter is not None:
                out.append(latter)
                i += 1
                continue
            if not may_start(token.word) and (token.joined or i == 0 or not self._comma_before(i)
                                              and self._dual_head(i - 1) is None) \
                    and (not self.surnames or self._coref(i) is None):
                i += 1
                continue
            m = self._at(i, last) or self._coref(i)
            if m is None:  # (most words here open no title: the token's `shut` says so without a call)
                title = None if token.shut & titles_bit else self.lex.titles.match_at(self.tokens, i, stop=last)
                if title is None:
                    i += 1
                    continue
                held = self._body_after_title(title, last)
                if held:  # `رئيس لجنة الأمن القومي علاء الدين بروجردي`, `رئيس جهاز الأمن الوطني التابع ...`
                    out.extend(held)
                    i = max(h.last for h in held)
                    continue
                # `رئيس الوزراء` alone names nobody, but `زعيم حزب الشعب الجمهوري` holds a name
                i = next((k for k in range(i + 1, title.last) if self.lex.names.match_at(self.tokens, k, stop=last)),
                         title.last)
                continue
            out.append(m)
            if m.actor.actor_id.startswith("anon-") and m.last - m.first >= 3:
                out.extend(self._bodies_inside(m, last))  # `مصادر مقربة من [الحكومة العراقية]`
            if m.actor.actor_type not in ("person", "state") and m.actor != self._remembered_org(m.first):
                self._remember_org(m.first, m.actor)  # the rule that won: `وزارة الدفاع الهندية` ... `الوزارة`
            out.extend(self._spokesperson_body(i, m, last))
            pair = self._dual_pair(m, last)  # `لقناتي "العربية" و"الحدث"`: both outlets
            if pair is not None:
                out[-1:] = pair
                m = pair[1]
            if m.actor.actor_type == "media" and m.actor.origin == "pattern" and m.actor.actor_id.endswith("-media"):
                owner = next((b for k in range(m.first + 1, m.last) if (b := self._owned_body(k, last)) is not None
                              and b.last == m.last), None)
                if owner is not None:
                    out.append(owner)  # `وسائل إعلام [الحوثيين]`: the owner is named too
            if m.actor.actor_type == "person":
                self.last_person = m.actor
            i = m.last
        for m in self._tagged(first, last, out):
            out.extend(self._object_split_off(m, last))
        return sorted(out, key=lambda m: m.first)

    def _object_split_off(self, m: Mention, last: int) -> list[Mention]:
        """`وحذرت [المنظمة الحكومة]`: a tagged body whose definite head is followed by another body's
        definite head noun is two phrases, the subject and the verb's object (the organisation
        rule's `_body_head_noun_at`): the head alone (a body named before) and what the object
        names; any other tagged mention as it is."""
        k = m.first + 1
        if m.actor.actor_type == "person" or m.last - m.first < 2 or not self.tokens[m.first].word.startswith("ال") \
                or self.lex.speaker_org_heads.match_at(self.tokens, m.first, max_words=1, stop=last) is None \
                or not self._body_head_noun_at(k, last):
            return [m]
        return [x for x in (self._organisation(m.first, last), self._at(k, last)) if x is not None]

    def _the_latter(self, i: int) -> Mention | None:
        """`لكن الأخير رفض`: `الأخير` as a noun (not after a noun it would describe, `العام
        الأخير`) is the person named last."""
        word = self.tokens[i].word
        if self.last_person is None or word.removeprefix("و") != _THE_LATTER or person_gender(self.last_person) == "f":
            return None
        if i > 0 and self.tokens[i].joined and self.tokens[i - 1].word.startswith(("ال", "وال")):
            return None
        t = self.tokens[i]
        return Mention(self.last_person, i, i + 1, t.start + (len(word) - len(_THE_LATTER)), t.end)

    def _spokesperson_body(self, i: int, m: Mention, last: int) -> list[Mention]:
        """`المتحدثة باسم البيت الأبيض، سارة ساندرز`, `زعيم حزب الشعب الجمهوري، كمال ...`: the
        body named inside a person's title is an actor of the sentence too."""
        if m.actor.actor_type != "person" or m.last - i < 3:
            return []
        title = self.lex.titles.match_at(self.tokens, i, stop=last)
        out, k = [], title.last if title is not None and title.last > i + 1 else i + 1
        # (`وزير [الخارجية] الأمريكي`: the title's own complement names no second actor)
        while k < m.last - 1:
            body = self._lexicon(k, last) or self._group(k, last) or self._organisation(k, last)
            if body is not None and body.actor.actor_type != "person" and body.actor != m.actor \
                    and body.last <= m.last - 1 and not body.place:
                out.append(body)
                k = body.last
            else:
                k += 1
        return out

    def _bodies_inside(self, m: Mention, last: int) -> list[Mention]:
        """The bodies (not states or persons) named inside an unnamed source's description: they
        are actors of the sentence too."""
        out, k = [], m.first + 1
        while k < m.last:
            body = self._lexicon(k, last) or self._group(k, last) or self._organisation(k, last)
            if body is not None and not body.place and body.last <= m.last \
                    and body.actor.actor_type not in ("person", "state") and not body.actor.anonymous:
                out.append(body)
                k = body.last
            else:
                k += 1
        return out

    def described(self, first: int, end: int) -> Mention | None:
        """`وقال مسؤول نفط عراقي إن`, `وأكد الشهود أن`, `كتب غرينيل على تويتر أن`: the phrase in
        a reporting verb's subject slot (tokens first..end, up to the reported content) that no
        rule named. The slot ends at a comma, a preposition or a time word; a bare title or
        organisation head (`الرئيس`, `الوزارة`) is left to coreference."""
        if first >= end:
            return None
        if first + 1 < len(self.tokens) and self._dual_head(first) is not None \
                and any(q in self._gap(first + 1) for q in '"«“'):
            return None  # `وأعلنت [شركتا] "X" و"Y"`: the head of the two bodies named after it, no speaker
        quantified = strip_article(self.tokens[first].word) in self.lex.quantifiers
        body_head = self.lex.speaker_org_heads.match_at(self.tokens, first, stop=end) is not None  # `مكتب الرئيس`
        described_noun = self.lex.person_nouns.match_at(self.tokens, first, stop=end) is not None  # `الشاب المتهم`
        anonymous_head = self.lex.anon_heads.match_at(self.tokens, first, stop=end) is not None  # `مسؤولون`
        k = first
        while k < end and k - first < 4 and (k == first or not self._comma_before(k)):
            word = self.tokens[k].word
            if quantified and (k == first or k == first + 1 and word in ("من", "منهم")):
                k += 1  # `الكثير من العراقيين`, `الكثير منهم`
                continue
            if word in _ONE_OF and k + 1 < end:
                k += 2  # `زوجة أحد القتلى`: `أحد` (not Sunday) and the word it quantifies
                continue
            if k > first and self.lex.addressee(word):
                break  # `قالت المرأة [للقاضي] ...`: the one spoken to, after the speaker
            if k == first + 1 and body_head and self.tokens[first].word.startswith("ال") and self._body_head_noun_at(k, end):
                break  # `وحذرت المنظمة [الحكومة] من`: the verb's object after the definite head
            if k > first and word[:1] == "ل" and word[1:] in LETTER_NAMES and anonymous_head:
                break  # `وقال مسؤولون [لبي] بي سي`: the channel spoken to, after an unnamed source
            if word in self.lex.stop and word not in self.lex.quantifiers or not word.isalpha() \
                    or k > first and strip_article(word) in self.lex.name_end and word not in self.lex.quantifiers \
                    or k > first and (clitic_preposition(word)
                                      or not body_head and self.lex.titles.match_at(self.tokens, k, stop=end)
                                      or not body_head and word.startswith("ال") and not described_noun
                                      and self.lex.person_nouns.match_at(self.tokens, k, stop=end)):
                break  # ... or a title or role after the name: `هيل ثورنينغ شميدت المديرة التنفيذية`, `[المرشح]`
            k += 1
        if k == first or k - first == 4 and k < end and not self._comma_before(k):
            return None  # the slot is not one short noun phrase
        first_word = self.tokens[first].word
        unnamed = self._unnamed_holder(first, k)
        if unnamed is not None:
            return unnamed
        if not self._may_speak(first_word) or self.lex.titles.match_at(self.tokens, first, stop=k) is not None:
            return None
        if strip_article(first_word) in _DOCUMENT_NOUNS or not quantified and strip_article(first_word) in self.lex.name_end \
                and first_word not in _ONE_OF and self.lex.anon_heads.match_at(self.tokens, first, stop=k) is None:
            return None  # `بيان صادر عن ...` speaks for someone else; `الأحد` is a day
        start, stop = self.tokens[first].start, self.tokens[k - 1].end
        phrase = " ".join(self.tokens[x].word for x in range(first, k))
        org = self.lex.speaker_org_heads.match_at(self.tokens, first, stop=k)
        if org is not None:
            if org.last == k or org.value["actor_type"] == "government" and self._organ_of_non_state_body(org, k):
                return None  # `الوزارة` alone refers back, it does not name; `إدارة النادي` is the club's
            return self._organisation_mention(org, k)
        definite = any(self.tokens[x].word.startswith("ال") for x in range(first, k))
        anonymous = quantified or self.lex.anon_heads.match_at(self.tokens, first, stop=k) is not None
        group = self.lex.collectives.match_at(self.tokens, first, stop=k)
        if anonymous or group is not None:  # `مسؤول نفط عراقي`, `منظمات الإغاثة`: unnamed
            kind, sector = (group.value.actor_type, group.value.sector) if group and not anonymous else \
                ("anonymous_source", None)
            actor = Actor(f"anon-{slug(phrase)}", self._written(start, stop, phrase), None, kind, None, sector, None,
                          "pattern", True)
            return Mention(actor, first, k, start, stop)
        if self.lex.person_nouns.match_at(self.tokens, first, stop=k) is None:
            # a name (`بيرحسين كوليوند`), or no one: not every subject of a reporting verb speaks (`كشفت الأزمة أن`)
            person = self._name_from(first, k, None, None, expected=True, remember=False)
            if person is None or person.last != k:
                return None
            if k - first == 1 and strip_article(first_word) not in self.surnames and self._accusative_alone(person):
                return None  # `وختم [مذكرا]`, `أعلنت [مؤخرا]`: an adverb or participle after the verb, no speaker
            if k - first == 1 and first_word in _SOURCE_ADJECTIVES:
                return None  # `فيما تقول [أخرى]`: an unnamed source's adjective with its noun left out names no one
            person = self._by_given_name(person)
            if k - first >= 2:
                self._remember_surname(k - 1, person.actor)
            return person
        if not definite:  # `رجل أمن`, `مواطن`: an unnamed individual
            actor = unnamed_source(phrase, self._written(start, stop, phrase))
        else:  # `زوجة أحد القتلى`, `المعارض التركي`
            actor = pattern_person(phrase, self._written(start, stop, phrase))
        return Mention(actor, first, k, start, stop)

    def _unnamed_holder(self, first: int, k: int) -> Mention | None:
        """`متحدث عسكري`, `قائد ميداني كردي`, `زعيم قبلي`: an indefinite title and only adjectives
        after it (`مسؤول محلي` is the same shape) is an unnamed individual, an anonymous source."""
        word = self.tokens[first].word
        t = self.lex.titles.match_at(self.tokens, first, stop=k)
        if t is None or word.startswith(("ال", "وال", "لل")) or t.start != self.tokens[first].start \
                or t.last >= k or "ال" in self.text[t.start:t.end][:2]:
            return None
        if not all(self.tokens[x].word[:2] != "ال" and self._is_qualifier(x, k) for x in range(t.last, k)):
            return None
        start, stop = self.tokens[first].start, self.tokens[k - 1].end
        phrase = " ".join(self.tokens[x].word for x in range(first, k))
        actor = unnamed_source(phrase, self._written(start, stop, phrase))
        return Mention(actor, first, k, start, stop)

    def _may_speak(self, word: str) -> bool:
        """Not a verb (`وقال يجب`), a prepositional phrase (`لرويترز`, `بالنسبة`, `فيها`) or a
        noun with a pronoun (`كلامها`). A short word opened by ي/ت/ن looks like a present verb,
        unless it heads a group of the lexicons (`تجار`, `نساء`; a person noun such as `نجم`
        opens a longer phrase other rules read: `نجم ليفربول`)."""
        if word[:1] in "يتن" and len(word) <= 5 and not self.lex.collectives.has_word(word) \
                or word.startswith(("بال", "لل")):
            return False
        if word.startswith("ل") and not word.startswith("ال") and self.lex.speaker_org_heads.get_word(word) is None:
            return False  # (`لجنة` is a body's head, not ل + a noun)
        if len(word) > 3 and word.endswith(("ها", "هم", "هما", "هن")):
            return False
        return strip_article(word) in self.lex.quantifiers or word.removesuffix("ه") not in self.lex.stop

    # -- rules -----------------------------------------------------------------------------
    @cached_property
    def _rules(self) -> tuple[tuple[Callable[["ActorFinder", int, int], Mention | None], int, int], ...]:
        """The rules `_at` tries, in order, each with the bit of the matcher whose phrase it
        opens with (-1: a rule that opens otherwise) and, for those, the punctuation it needs in
        the gap before the word (`_GAP_COMMA`, `_GAP_QUOTE`): each returns None at once without
        it, and most words have only spaces before them. The rules are the class's functions,
        not bound methods: bound methods kept on the finder would make it a reference cycle,
        which only the garbage collector frees (with the document's tokens), instead of at once."""
        lex, cls = self.lex, type(self)
        return ((cls._lexicon, lex.names.bit, 0), (cls._group, lex.heads.bit, 0), (cls._title, lex.titles.bit, 0),
                (cls._given_name, lex.given_names.bit, 0), (cls._organisation, lex.org_heads.bit, 0),
                (cls._collective, lex.collectives.bit, 0),
                (cls._counted_collective, lex.counted_collectives.bit, 0), (cls._anonymous, lex.anon_heads.bit, 0),
                (cls._apposition, -1, _GAP_COMMA), (cls._people, lex.gentilics.bit, 0),
                (cls._national_then_name, lex.gentilics.bit, 0),
                (cls._quoted_body, lex.speaker_org_heads.bit, 0), (cls._quoted_subject, -1, _GAP_QUOTE),
                (cls._quoted_channel, -1, _GAP_QUOTE), (cls._quoted_short_name, -1, _GAP_QUOTE),
                (cls._quoted_after_dual_head, -1, _GAP_QUOTE))

    @cached_property
    def _rules_by_bits(self) -> dict[int, tuple]:
        """The rules `_at` calls at a word, by the word's `opener_bits` and gap kind (`_gap_kind`,
        in the two low bits of the key; filled as met). The choice depends only on the lexicon's
        matchers and the finder's class, so the lexicon keeps the table for every document."""
        return self.lex.rule_tables.setdefault(type(self), {})

    def _gap_kind(self, i: int) -> int:
        """`_GAP_COMMA` if a comma alone separates word i from the one before, | `_GAP_QUOTE` if
        a quotation mark lies between them (0 for a word with only spaces before it)."""
        token = self.tokens[i]
        if token.joined or i == 0:
            return 0  # (a joined word's gap is spaces only)
        gap = self.text[self.tokens[i - 1].end:token.start]
        kind = _GAP_COMMA if gap.strip() in ("،", ",") else 0
        if '"' in gap or "«" in gap or "“" in gap:
            kind |= _GAP_QUOTE
        return kind

    def _at(self, i: int, last: int) -> Mention | None:
        key = opener_bits(self.tokens[i]) << 2 | self._gap_kind(i)
        rules = self._rules_by_bits.get(key)
        if rules is None:  # a rule whose matcher cannot open here, or whose gap is not here, is not called
            opens, kind = key >> 2, key & 3
            rules = self._rules_by_bits[key] = tuple(
                rule for rule, bit, gap in self._rules if (kind & gap == gap if bit < 0 else opens & bit))
        best = None
        for rule in rules:
            c = rule(self, i, last)
            if c is not None and (best is None or c.last - c.first > best.last - best.first):
                best = c  # the longest; the earlier rule wins ties
        return best

    def _lexicon(self, i: int, last: int) -> Mention | None:
        m = self.lex.names.match_at(self.tokens, i, stop=last)
        if m is None or m.last == i + 1:
            web = self._web_address(i, last)
            if web is not None:
                return web
        if m is None:
            return self._kingdom_named_before(i, last)
        if m.value.actor_type == "state" and m.first > 0 and self.tokens[m.first - 1].word.removeprefix("و").isdigit() \
                and self.tokens[m.first].joined and m.start == self.tokens[m.first].start:
            return None  # `قتل 193 هولنديا و[43 ماليزيا]`: a number counts nationals (an accusative nisba), no state
        if m.value.actor_type in ("international_org", "organization") and self._national_body_after(m, last):
            return None  # `مجلس الأمن [القومي] الأمريكي` is a state's council, not the UN's
        if m.value.actor_type == "state" and self._nisba_of_accusative_noun(m):
            return None  # `اعتقلت صحفيا [ألمانيا]`: the nationality of an indefinite person, no state
        if m.value.actor_type == "state" and (club := self._club_of_capital(m)) is not None:
            g = self._gentilic_after(m.last, last)
            end = g if g is not None and g.start == self.tokens[g.first].start and g.value.iso3 == m.value.country_iso3 else m
            return Mention(club, m.first, end.last, m.start, end.end)  # `[روما الإيطالي]`, `أمام [روما]`: the club
        if m.value.actor_type == "state" and m.last - m.first == 1 and not self._named_as_place(m):
            g = self._gentilic_after(m.last, last)
            if g is not None and g.start != self.tokens[g.first].start:
                g = None  # `قطر والسعودية`: a second state, not an adjective (which takes no proclitic)
            if g is not None and g.value.iso3 != m.value.country_iso3:
                return None  # `الاحتلال الأمريكي`: a noun another nationality qualifies, not the state it often names
            if g is not None:  # `الاحتلال الإسرائيلي`: the adjective belongs to the name
                return Mention(m.value, m.first, g.last, m.start, g.end)
        if m.value.actor_type == "state" and m.last - m.first == 1 and m.value.name_ar.startswith("ال") \
                and " " not in m.value.name_ar and "ال" not in self.tokens[m.first].word \
                and not self.tokens[m.first].word.startswith("لل") and self.tokens[m.first].word[:1] in "وفبلك" \
                and self.text[m.start:m.end] == normalize_phrase(m.value.name_ar)[2:]:
            return None  # `[فيمن] طلب`: ف + `من`, not `اليمن` without its article (which a state's name keeps);
            # a capital that opens with such a letter is no clitic (`بكين`, `فيينا`, `لشبونة`, `كوبنهاغن`)
        if self._indefinite_reading(m):
            return None  # `دولة و[منظمة دولية]`: an organisation, not `المنظمة الدولية` (the UN)
        if self._article_dropped(m):
            return None  # `[وشرع] العمال`, `[صدر] القرار`: the bare noun or verb, not `الشرع` or `الصدر`
        if self._article_added(m):
            return None  # `الطريق [المؤدي] إلى`, `غمرت [السيول]`: a definite common word, not `مودي` or `سيول`
        if m.value.actor_type == "government" and m.first > 0 and self.tokens[m.first].joined \
                and strip_article(self.tokens[m.first - 1].word) in OFFICE_GOVERNORS:
            return None  # `انتخابات [الرئاسة الأمريكية]`: the office voted for, no body acting
        if m.value.actor_type == "government" and m.last - m.first == 2 and self._adjective_of_noun_before(m.first, m.start):
            return None  # `السياسة [الخارجية الأمريكية]`: the policy's adjectives, no ministry
        if m.value.actor_type == "media" and "(" in self._gap(m.first) \
                and self.text[m.end:m.end + 4].replace(" ", "")[:2] in (")-", ")–", ")—"):
            return None  # `(CNN) --`: the dateline's mark of the outlet that filed the story, no actor in it
        place = m.value.actor_type == "state" and (self._named_as_place(m) or self._in_dateline(m.last)
                                                    or self._city_in_a_name(m))
        if m.value.actor_type == "person" and m.last - m.first == 1 and self._lion_s_share(m):
            return None  # `حصة [الأسد]`: the idiom's lion, no person
        if m.value.actor_type == "person" and m.last - m.first >= 2:
            self._remember_surname(m.last - 1, m.value)
        if m.value.actor_type == "person" and m.last - m.first == 1 \
                and (named := self._named_before_by_family_name(m)) is not None:
            return Mention(named, m.first, m.last, m.start, m.end)  # `تركي المالكي` ... `وأوضح [المالكي]`
        city_club = m.value.sector == "SPT" and m.value.needs_role and m.last - m.first == 1
        if city_club and self._named_as_place(m):
            return None  # `مظاهرة في [برشلونة]`, `مستشفى في [ليفربول]`: the city the club shares its name with
        if m.value.actor_type in ("organization", "political_party", "armed_group", "media", "international_org"):
            head = self.lex.org_heads.match_at(self.tokens, m.first, max_words=1)
            if head is not None and m.value.actor_type != "media" and (end := self._field_complement_end(m.last, last)) > m.last:
                return self._organisation_mention(head, end)  # `الاتحاد الأوروبي لكرة القدم` is UEFA, not the EU
            self._remember_org(m.first, m.value)
            if head is not None and m.value.needs_role and head.last < m.last:
                m = m._replace(value=replace(m.value, needs_role=False))
                # `شركة أمازون`: a company named with its head word is the story's body, not a
                # platform something was posted on or bought from (`على فيسبوك`, `من أمازون`)
            g = self._gentilic_after(m.last, last) if m.value.country_iso3 else None
            if g is not None and g.start == self.tokens[g.first].start and g.value.iso3 == m.value.country_iso3:
                # `شركة إيني [الإيطالية]`; `برشلونة [الإسباني]`: a masculine nationality describes the
                # club (the city is feminine), which then needs no role to count
                club = m.value.sector == "SPT" and m.value.needs_role and not self.tokens[g.last - 1].word.endswith("ه")
                return Mention(replace(m.value, needs_role=False) if club else m.value, m.first, g.last, m.start, g.end)
        if city_club and not self._clubs_in_story:
            return None  # `وغادر بوتشيمون [برشلونة]`: the city, in a story that names no club
        if city_club:  # `تعادل مع [ليفربول]`: in a story about clubs, the club whatever its role
            return Mention(replace(m.value, needs_role=False), m.first, m.last, m.start, m.end, place)
        return Mention(m.value, m.first, m.last, m.start, m.end, place)

    def _named_before_by_family_name(self, m: PhraseMatch) -> Actor | None:
        """`العقيد تركي المالكي` ... `وأوضح المالكي`: a family name alone that the lexicon knows as
        one person's (`المالكي`: Nouri al-Maliki) names the person the document named before with
        that family name, unless the document names the lexicon's person in full too (or that person
        was the lexicon's in another form: the same given name)."""
        named = self.surnames.get(strip_article(self.text[m.start:m.end]))
        if named is None or named == m.value or m.value.actor_id in self._persons_named_in_full:
            return None
        if normalize_phrase(named.name_ar)[:3] == normalize_phrase(m.value.name_ar)[:3]:
            return None  # `رجب أردوغان`: the lexicon's person, named in a shorter form
        return named

    def _club_of_capital(self, m: PhraseMatch) -> Actor | None:
        """`تعادل [روما] مع ليفربول`: in a story about clubs, a capital read as its state is the
        club that takes the city's name, where the lexicon knows one (`نادي روما`), unless it is
        named as a place (`في روما`); the state's own name (`إيطاليا`) is no club's."""
        if m.last - m.first != 1 or self._named_as_place(m) or not self._clubs_in_story:
            return None
        city = strip_article(self.text[m.start:m.end])
        if city == strip_article(normalize_phrase(m.value.name_ar)):
            return None
        clubs = {a.actor_id: a for head in _CLUB_HEADS
                 if (a := self.lex.names.get(f"{head} {city}")) is not None and a.sector == "SPT"}
        if len(clubs) > 1:  # `مدريد`: Real's or Atlético's, whichever the story names in full
            clubs = {k: a for k, a in clubs.items() if k in self._clubs_named}
        return replace(next(iter(clubs.values())), needs_role=False) if len(clubs) == 1 else None

    @cached_property
    def _clubs_named(self) -> frozenset[str]:
        """The lexicon's sports clubs the document names by one of their own names."""
        return frozenset(p.value.actor_id for p in self.lex.names.find_all(self.tokens) if p.value.sector == "SPT")

    @cached_property
    def _clubs_in_story(self) -> bool:
        """Whether the document is about clubs: it names a club head (`نادي`, `ريال`) or two of the
        lexicon's clubs, so a club that shares its city's name (`برشلونة`) is the club. (A city
        named as a place, `مدينة تورينو`, is no club named: a travel story names two such cities.)"""
        if any(stem in _CLUB_HEADS for t in self.tokens for stem in stem_candidates(t.word)):
            return True
        return len({p.value.actor_id for p in self.lex.names.find_all(self.tokens) if p.value.sector == "SPT"
                    and not (p.value.needs_role and self._named_as_place(p))}) >= 2

    @cached_property
    def _persons_named_in_full(self) -> frozenset[str]:
        """The lexicon's persons the document names by a name of two words or more."""
        return frozenset(p.value.actor_id for p in self.lex.names.find_all(self.tokens)
                         if p.value.actor_type == "person" and p.last - p.first >= 2)

    def _article_dropped(self, m: PhraseMatch) -> bool:
        """A person's one-word family name that holds the article (`الشرع`, `البرهان`, `المالكي`),
        read in a word without it: the matcher, which strips the article, found the common word
        that shares its letters (`شرع` began, `برهان` proof, `مالكي` owners of). So for a state's
        one-word name or capital written with the article, read in a bare word (`[رياض] درار` is a
        given name, `يمن` blessing, `جزائر` islands). `للعراق` holds the article (ل + ال). (Names of
        states known without it stay theirs: `سوريا`, `أوروغواي`; bodies are often written without
        it: `(بنتاغون)`, `أونروا`.)"""
        if m.last - m.first != 1 or m.value.actor_type not in ("person", "state"):
            return False
        written = self.text[m.start:m.end]
        if m.value.actor_type == "state" and written != self.tokens[m.first].word:
            return False  # (a state after a clitic: `[فيمن]` is the rule above's)
        if written.startswith("ال") or self.tokens[m.first].word.lstrip("وف").startswith("لل"):
            return False
        if m.value.actor_type == "state" and self._state_of_a_person(m):
            return False  # `[أرجنتين] مارادونا`: the state in construct with the one it is known by
        return (m.value.actor_id, written) not in self.lex.bare_one_word_names

    def _state_of_a_person(self, m: PhraseMatch) -> bool:
        """`أرجنتين مارادونا`, `مغرب مهدي بن عطية`: a state's bare name made definite by a person's
        name after it (the state, or its team, as that person's); not a given name before its
        family name (`رياض محرز`)."""
        k = m.last
        if k >= len(self.tokens) or not self.tokens[k].joined or self.tokens[k].word.startswith("ال") \
                or self.lex.given_names.get_word(self.tokens[m.first].word) is not None:
            return False
        known = self.lex.names.get_word(self.tokens[k].word)
        if known is not None:
            return known.actor_type == "person"  # (`احتلال فلسطين`: an occupation of a state, no one's Israel)
        return self.lex.given_names.get_word(self.tokens[k].word) is not None \
            or self._name_like(self.tokens[k].word, False, expected=True)

    def _indefinite_reading(self, m: PhraseMatch) -> bool:
        """A name of two words or more that the lexicon knows only with the article on every word,
        read in words none of which holds it (after their proclitics): the indefinite common
        phrase (`منظمة دولية` an international organisation, `اتحاد أوروبي` a European union)."""
        if m.last - m.first < 2:
            return False
        written = self.text[m.start:m.end]
        if (m.value.actor_id, phrase_key(written)) not in self.lex.definite_only_phrases:
            return False
        return not any(w.startswith(("ال", "لل")) for w in written.split()) \
            and not self.tokens[m.first].word.removeprefix("و").startswith("لل")  # (`للاتحاد`: ل + ال)

    def _article_added(self, m: PhraseMatch) -> bool:
        """The converse of `_article_dropped`: a one-word name the lexicon knows only without the
        article, read in a word that holds it: the matcher, which strips the article, found the
        common word that shares its letters. So for a person's or a movement's name (`الطريق
        [المؤدي]` is no `مودي`, `[الحماس]` zeal no `حماس`), and for a state's other names (`غمرت
        [السيول]` floods, no `سيول`) or a nisba (`الأراضي [السورية]`, `[التشيلي]` the Chilean: no
        state). A state's own name may take the article (`البيرو`, `الباراغواي`: there the nisba
        `التشيلي` is not told from `تشيلي`), and so may a company's (`الفيسبوك`)."""
        if m.last - m.first != 1:
            return False
        written = self.text[m.start:m.end]
        kind = m.value.actor_type
        if not written.startswith("ال") or kind not in ("person", "armed_group", "political_party", "state"):
            return False
        key = strip_article(written)
        if (m.value.actor_id, key) in self.lex.definite_one_word_names:
            return False
        name = strip_article(normalize_phrase(m.value.name_ar))
        return kind != "state" or key != name or written.endswith("ي") and not name.endswith("ي")

    def _lion_s_share(self, m: PhraseMatch) -> bool:
        """`حصة الأسد`, `بنصيب الأسد`: the lion's share, after a noun of a share (`share_noun`)."""
        k = m.first
        return k > 0 and self.tokens[k].joined and self.tokens[k].word == _LION \
            and without_conjunction(self.tokens[k - 1].word).removeprefix("ب") in _SHARE_NOUNS

    def _national_body_after(self, m: PhraseMatch, last: int) -> bool:
        """Whether a known body's name goes on with an adjective that makes it a state's own body
        (`مجلس الأمن [القومي]`, `[الوطني]`): a different body, which the organisation rule names."""
        k = m.last
        return k < last and self.tokens[k].joined and self.tokens[k].start == m.end + 1 \
            and self.tokens[k].word.startswith("ال") and strip_article(self.tokens[k].word) in NATIONAL_ADJECTIVES

    def _nisba_of_accusative_noun(self, m: PhraseMatch) -> bool:
        """A one-word state name in `يا` right after an indefinite accusative person noun
        (`صحفيا`, `مواطنا`, `ناشطا`) is the masculine accusative nisba that shares its spelling
        (`ألمانيا`, `تركيا`, `روسيا`): it describes the person. Adverbs in `ا` (`مجددا روسيا`,
        `أيضا تركيا`) are no person nouns, so the state stays there."""
        k = m.first
        if k == 0 or m.last - k != 1 or not self.tokens[k].joined or m.start != self.tokens[k].start \
                or not self.tokens[k].word.endswith("يا"):
            return False
        noun = self.tokens[k - 1].word.removeprefix("و")
        if len(noun) < 4 or not noun.endswith("ا") or noun.startswith("ال"):
            return False
        return self.lex.person_nouns.get(noun[:-1]) is not None \
            or self.lex.counted_collectives.get(noun) is not None

    def _remember_surname(self, k: int, actor: Actor) -> None:
        surname = strip_article(self.tokens[k].word)
        if len(surname) < 3 or surname in self.lex.stop:
            return  # `نصر الله` leaves `له`, which is a pronoun wherever it recurs; `محمد علي` leaves
            # `علي`, which matching folds with the preposition `على`
        if surname not in self.surnames:
            self.surnames[surname] = actor
            self._coref_positions = sorted({*self._coref_positions, *self._words_read_as(surname)})
        given = normalize_phrase(actor.name_ar).split()[0]
        if self.lex.given_names.get_word(given) is not None or actor.origin == "lexicon" and len(given) >= 3:
            # (a known person's first word: `كيم` is Kim Jong-un's family name, written first)
            self.given_refs[given] = actor if self.given_refs.get(given, actor) == actor else None

    def _by_given_name(self, person: Mention) -> Mention:
        """A one-word name that is the given name of one person named before: that person; a longer
        one may be a known person's (`_by_family_name`)."""
        if person.last - person.first != 1:
            return self._by_family_name(person)
        word = self.text[person.start:person.end]
        known = self.given_refs.get(word) or self.surnames.get(strip_article(word))
        return replace(person, actor=known) if known is not None else person

    def _by_family_name(self, person: Mention) -> Mention:
        """`جيم ماتيس` is the known `جيمس ماتيس`: a name of as many words as a known person's that
        ends in that person's family name (one word the lexicon names that person by) and opens with
        the first three letters of that person's given name is that person spelt another way
        (`لارا ترامب`, `جيل بايدن` are others); a name that spells a known one with a hyphen between
        its parts (`كيم جونغ-أون`) is that person (the lexicon matcher reads only names written with
        spaces)."""
        spelt = self.lex.names.get(" ".join(self.tokens[k].word for k in range(person.first, person.last)))
        if spelt is not None and spelt.actor_type == "person":
            return replace(person, actor=spelt)
        known = self.lex.names.get_word(self.tokens[person.last - 1].word)
        if known is None or known.actor_type != "person" or known.origin != "lexicon" \
                or len(normalize_phrase(known.name_ar).split()) != person.last - person.first:
            return person  # (`محمد ظريف` may be another محمد than `محمد جواد ظريف`: the words must match one to one)
        given = normalize_phrase(known.name_ar).split()[0]
        first = self.text[person.start:self.tokens[person.first].end]
        return replace(person, actor=known) if len(first) >= 3 and given[:3] == first[:3] else person

    def _remember_org(self, k: int, actor: Actor) -> None:
        """`حركة الجهاد` ... `الحركة`: the head word alone refers back to the organisation; so does
        the head of a known body's full name where the text calls it by a short name (`الناتو` ...
        `الحلف`, `حماس` ... `الحركة`); not an outlet's (`قال لرويترز إن الوكالة`: the agency is another,
        an outlet named as a channel is seldom the one referred back to)."""
        head = self.lex.org_heads.match_at(self.tokens, k, max_words=1)
        if head is not None:
            self.org_refs[phrase_key(head.value["head_ar"])] = actor
        elif actor.origin == "lexicon" and actor.actor_type != "media" \
                and (key := self._name_head_key(actor)) is not None:
            self.org_refs[key] = actor

    def _name_head_key(self, actor: Actor) -> tuple[str, ...] | None:
        """The org-head key of a known body's full name (`حلف شمال الأطلسي`: `حلف`), kept per actor."""
        keys = self.lex.name_head_keys
        if actor.actor_id not in keys:
            row = self.lex.org_heads.get_word(normalize_phrase(actor.name_ar).split()[0])
            keys[actor.actor_id] = phrase_key(row["head_ar"]) if row is not None else None
        return keys[actor.actor_id]

    def _remembered_org(self, k: int) -> Actor | None:
        """The body a bare organisation head at token k refers back to (`محكمة جنايات القاهرة` ...
        `المحكمة`), which wins over the bare head's reading as the story country's body."""
        head = self.lex.org_heads.match_at(self.tokens, k, max_words=1)
        return self.org_refs.get(phrase_key(head.value["head_ar"])) if head is not None else None

    def _gap(self, k: int) -> str:
        return self.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""

    def _web_address(self, i: int, last: int) -> Mention | None:
        """`العربية.نت`, `لـ"الجزيرة.نت"`: a known outlet's name written as its web address, a dot
        for the space before the domain word (`نت`), is that outlet."""
        k = i + 1
        if k >= last or self._gap(k) != "." or self.tokens[k].word not in _WEB_DOMAINS:
            return None
        word = self.tokens[i].word
        clitic = 1 if word[:1] in "وفبل" and word[1:3] in ("ال", "لع") and len(word) > 4 else 0  # `والعربية.نت`
        name = "ال" + word[2:] if word.startswith("لل") else word[clitic:]  # `للعربية.نت` names `العربية.نت`
        known = self.lex.names.get(f"{name} {self.tokens[k].word}")
        if known is None or known.actor_type != "media":
            return None
        return Mention(known, i, k + 1, self.tokens[i].start + clitic, self.tokens[k].end)

    def _comma_before(self, j: int) -> bool:
        gap = self.text[self.tokens[j - 1].end:self.tokens[j].start]
        return gap.strip() in ("،", ",")

    def _country_of(self, qualifiers: list[str]) -> str | None:
        for q in qualifiers:
            g = self.lex.gentilics.get(q)
            if g is not None:
                return g.iso3
        return None

    def _coref(self, i: int) -> Mention | None:
        word = self.tokens[i].word
        if self.surnames.keys().isdisjoint(_surname_forms(word)):
            return None  # (most words: no form of the word is a family name named before)
        for cand in stem_candidates(word):
            actor = self.surnames.get(strip_article(cand))
            if actor is not None:
                return Mention(actor, i, i + 1, self.tokens[i].start + len(word) - len(cand), self.tokens[i].end)
        return None
