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
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property

from .actor_lexicon import (Actor, ActorLexicon, Head, Mention, actor_lexicon, pattern_person, person_gender,
                            unnamed_source)
from .ids import slug
from .lexicon import load, phrase_key, word_classes
from .matching import PhraseMatch, Token, positions_by_bits, opener_bits
from .morphology import (accusative_adverb, clitic_preposition, prefixed_word, preposition_with_pronoun,
                         stem_candidates, strip_article, tagged_name_clitic)
from .ner import NameTagger, name_tagger
from .text import Normalized, normalize_phrase

# word lists: function_words.tsv, by class
_PLACE_WORDS = word_classes()["place_word"]
_NO_QUOTES = str.maketrans("", "", '"«»“”')
_DOCUMENT_NOUNS = word_classes()["document_noun"]
_SOURCE_ADJECTIVES = word_classes()["source_adjective"]
_NAMING_WORDS = word_classes()["naming_word"] | {"و" + w for w in word_classes()["naming_word"]}
_GROUP_ADJECTIVES = word_classes()["group_adjective"]
_NAME_LINKS = word_classes()["name_link"] | word_classes()["actor_name_link"]
_YEAR_NOUNS = word_classes()["year_noun"]
_ORG_NAME_WORDS = [(normalize_phrase(r["word_ar"]), r["word_class"]) for r in load("actor_name_words.tsv", ("word_ar", "word_class"))]


def _name_words(word_class: str) -> frozenset[str]:
    """The words of one class of actor_name_words.tsv, normalised."""
    return frozenset(word for word, cls in _ORG_NAME_WORDS if cls == word_class)


_ORG_NAME_FIELDS = _name_words("field")
_OUTLET_NAME_WORDS = _name_words("outlet_word")
_BROADCASTER_HEADS = _name_words("broadcaster_head")
_LETTER_NAMES = _name_words("letter_name")
_STORY_COUNTRY_HEADS = _name_words("story_country_head")
_VERBAL_NOUN_HEADS = _name_words("verbal_noun_head")
_QUANTIFIERS = word_classes()["quantifier"] | _name_words("conjunct_quantity")
# adjectives between a title and the name (`الرئيس اليمني [الراحل] علي صالح`): closed class
_TITLE_ADJECTIVES = word_classes()["actor_title_adjective"]
_TAGGED_KINDS = {"PERS": "person", "ORG": "organization"}
# The lowest marginal probability of a tagged span's labels for it to become an actor (tuned on
# the development articles one may read, see README).
NAME_TAGGER_CONFIDENCE = 0.7
# ActorFinder._window_opener: what a word may open (0: nothing)
_NAME_OPENER, _ORG_OPENER = 1, 2
_UNDISCLOSED = word_classes()["undisclosed_phrase"]
# `المصدر [نفسه]`: the source named before; `مصدر [مهم] للمعلومات`: the origin of something
_SAME_WORDS = _name_words("same_word")
_DEMONSTRATIVES = word_classes()["demonstrative"]
_PREPOSITIONS = word_classes()["preposition"]
# what follows a quoted subject: the reported content or the source it quotes (`"وفا" [إن]`, `[عن]`)
_SUBJECT_FOLLOWERS = frozenset({"ان", "بان", "انه", "انها", "عن"})
_OFFICE_GOVERNORS = _name_words("office_governor")
_DISTRICT_WORDS = _name_words("district_word")
_SITE_HEADS = _name_words("site_head")
_TIME_ADJECTIVES = _name_words("time_adjective")
_STATE_BODY_ADJECTIVES = _name_words("state_body_adjective")
_OTHER_REACH_ADJECTIVES = _name_words("other_reach_adjective")
_ORDINALS = _name_words("ordinal")
_CLOSE_WORDS = _name_words("close_to")
_IMPORTANCE_ADJECTIVES = _name_words("importance_adjective")
# marks and tatweel dropped from a name as written (`اتصالاً`), and quotes around it
_UNMARKED = {cp: None for cp in [*range(0x064B, 0x0660), 0x0670, 0x0640, *map(ord, '"«»“”')]} | {ord("_"): " "}  # `#علي_صالح`


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
    written = " ".join(surface.translate(_UNMARKED).split())
    return written if written and normalize_phrase(written) == normalize_phrase(name) else None


class ActorFinder:
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
        words = [t.word for t in tokens]
        marked = {w for w in set(words) if w in _NAMING_WORDS or w.removeprefix("و") == "الاخير"}
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
                if 1 < k < len(tokens) and tokens[k - 1].word[:1] in "وف":
                    found.add(k)
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
            return fallback
        a, b = self.original.to_original(start, end)
        name = _spelling_of(self.original.original[a:b], fallback)
        return name if name is not None and len(name.split()) == len(fallback.split()) else fallback

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

    def find(self, first: int, last: int) -> list[Mention]:
        """Mentions among tokens[first:last] (one sentence), places included (flagged)."""
        out: list[Mention] = []
        i = first
        may_start = self.lex.may_start
        while i < last:
            i = self._next_position(i)
            if i is None or i >= last:
                break
            token = self.tokens[i]
            if token.word in _NAMING_WORDS and i + 1 < last:  # `شقيقه ويدعى علاء`, `واسمه ألكس مانسينغ`
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
            if not may_start(token.word) and (token.joined or i == 0 or not self._comma_before(i)) \
                    and (not self.surnames or self._coref(i) is None):
                i += 1
                continue
            m = self._at(i, last) or self._coref(i)
            if m is None:
                title = self.lex.titles.match_at(self.tokens, i, stop=last)
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
            if m.actor.actor_type == "media" and m.actor.origin == "pattern" and m.actor.actor_id.endswith("-media"):
                owner = next((b for k in range(m.first + 1, m.last) if (b := self._owned_body(k, last)) is not None
                              and b.last == m.last), None)
                if owner is not None:
                    out.append(owner)  # `وسائل إعلام [الحوثيين]`: the owner is named too
            if m.actor.actor_type == "person":
                self.last_person = m.actor
            i = m.last
        out.extend(self._tagged(first, last, out))
        return sorted(out, key=lambda m: m.first)

    def _tagged(self, first: int, last: int, found: list[Mention]) -> list[Mention]:
        """Person and organisation names the learned tagger finds where no rule found anything:
        the lexicon and the rules win wherever they know the actor."""
        if self.tagger is None or last - first < 2:
            return []
        taken = {k for m in found for k in range(m.first, m.last)}
        out = []
        for lo, hi in self._tagger_windows(first, last, taken):
            tokens = self.tokens[lo:hi]
            for e in self.tagger.entities([t.word for t in tokens], [not t.joined for t in tokens]):
                kind = _TAGGED_KINDS.get(e.kind)
                a, b = lo + e.first, lo + e.last
                if kind is None or e.confidence < NAME_TAGGER_CONFIDENCE or taken.intersection(range(a, b)):
                    continue
                m = self._tagged_mention(kind, a, b, last, taken)
                if m is not None:
                    out.append(m)
                    taken.update(range(m.first, m.last))
        return out

    def _tagger_windows(self, first: int, last: int, taken: set[int]) -> list[tuple[int, int]]:
        """Token ranges worth tagging: around two words no rule took that may open a name (the
        name rules' shape tests pass, and the model's own weights for one of them lean to a
        name; a name the tagger alone finds has two words at least) or an indefinite
        organisation head (`منظمة لحماية الطفولة`; the rules name `المنظمة ...`). Tagging whole
        sentences would cost more than all the rules together; the features look two words
        either side, so a window with that margin tags the same. Only the words that may open a
        window (`_window_openers`) are visited."""
        windows: list[tuple[int, int]] = []
        tagger = self.tagger
        tokens, opens, continues = self.tokens, tagger.window_openers, tagger.window_continuers
        in_name = tagger.may_be_in_name
        openers = self._window_openers
        for k in openers[bisect_left(openers, first):bisect_left(openers, last - 1)]:
            if k in taken:
                continue
            word, following = tokens[k].word, tokens[k + 1]
            opener = opens[word]
            if opener == _NAME_OPENER:  # a name needs its second word, and the model's leaning
                if k + 1 in taken:
                    continue
                second = following.word
                shaped = continues.get(second)
                if shaped is None:
                    shaped = continues[second] = self._name_shaped(second, False)
                if not shaped or not (in_name(word) or in_name(second)):
                    continue
            lo, hi = max(first, k - 2), min(last, k + 7)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows

    @cached_property
    def _window_openers(self) -> list[int]:
        """Words followed by a word with no punctuation between that may open a tagger window
        (most words are neither a name's first word nor an organisation head)."""
        tokens, opens = self.tokens, self.tagger.window_openers
        words = [t.word for t in tokens]
        joined = [t.joined for t in tokens[1:]]  # joined[k]: word k+1 follows word k with no punctuation
        for word in {w for w, j in zip(words, joined) if j}.difference(opens):  # words read for the first time
            opens[word] = self._window_opener(word)
        return [k for k, (w, j) in enumerate(zip(words, joined)) if j and opens[w]]

    def _window_opener(self, word: str) -> int:
        """What a word may open for `_tagger_windows`: an indefinite organisation head
        (`_ORG_OPENER`, a window whatever follows), else a name-shaped first word
        (`_NAME_OPENER`, a window if the next word goes on the name), else nothing (0)."""
        if "ال" not in word[:4] and self.lex.org_heads.can_start(word):
            return _ORG_OPENER
        return _NAME_OPENER if self._name_shaped(word, True) else 0

    def _name_shaped(self, word: str, first: bool) -> bool:
        """`_name_like` where a name is expected, after a proclitic for the first word (`وجون`);
        the answer depends on the word alone, so the lexicon object keeps it for the process."""
        shapes = self.lex.name_opening_shapes if first else self.lex.name_continuing_shapes
        hit = shapes.get(word)
        if hit is None:
            bare = word[len(tagged_name_clitic(word, "person", self.lex.one_word_given_names)):] if first else word
            hit = shapes[word] = self._name_like(bare, first, expected=True)
        return hit

    def _tagged_mention(self, kind: str, a: int, b: int, last: int, taken: set[int]) -> Mention | None:
        if kind == "organization" and self.lex.titles.match_at(self.tokens, a, stop=b) is not None:
            return None  # `الأمين العام للحلف الأطلسي`: a post, whose holder is a person
        if kind == "organization" and a > 0 and a - 1 not in taken and self.tokens[a].joined \
                and self.lex.speaker_org_heads.match_at(self.tokens, a - 1, max_words=1) is not None:
            a -= 1  # `صحيفة [أرمان الساخرة]`: the head word belongs to the name
        first_word = self.tokens[a].word
        clitic = tagged_name_clitic(first_word, kind, self.lex.one_word_given_names)
        words = [first_word[len(clitic):], *(self.tokens[k].word for k in range(a + 1, b))]
        if clitic.endswith("لل"):
            words[0] = "ال" + words[0]  # `للجنة` names `اللجنة`; its surface keeps the second `ل`
            clitic = clitic[:-1]
        if not words[0] or words[0] in self.lex.stop or any(not w.isalpha() for w in words):
            return None
        if kind == "person":
            while len(words) > 2 and (words[-1] in self.lex.name_end or strip_article(words[-1]) in self.lex.name_end
                                      or words[-1].startswith("ال") and not self._name_shaped(words[-1], False)):
                words.pop()  # `كيليان مبابي [هدفين]`, `دي كابريو [عندما]`: the tagger ran on past the name
                b -= 1
        if kind == "person" and a > 0 and self.tokens[a].joined and not clitic \
                and ((prev := self.tokens[a - 1].word) == "في" or strip_article(prev) in _PLACE_WORDS):
            return None  # `في [بيغ آيلاند]`, `مدينة [سان خوسيه]`: a place the tagger read as a name
        if kind == "person" and a > 0 and self.tokens[a].joined and not clitic \
                and (head := self.lex.speaker_org_heads.match_at(self.tokens, a - 1, max_words=1)) is not None \
                and head.value["actor_type"] == "media" and self.lex.org_heads.match_at(self.tokens, a - 1, max_words=1) is None:
            return None  # `محطة [مارين كورب] الجوية`: the name of a station or site, no person
        if kind == "person" and not (self._name_shaped(first_word, True)
                                     and all(self._name_shaped(self.tokens[k].word, False) for k in range(a + 1, b))):
            return None  # `ورم سرطاني`, `دينا أوامر`: the shape rules know these are not names
        if len(words) == 1 and (kind == "organization" or self.lex.given_names.get(words[0]) is None):
            return None  # one unknown word (`داتيلو`, `الشيعة`) is too often a ship, a sect or a product
        if kind == "person":
            while b < last and b - a < 4 and b not in taken and self.tokens[b].joined \
                    and self._name_shaped(self.tokens[b].word, False) and not self.tokens[b].word.startswith("ال"):
                words.append(self.tokens[b].word)  # `هيل ثورنينغ [شميدت]`: unseen names end late
                b += 1
        if kind == "organization" and b < last and b not in taken and self.tokens[b].joined \
                and self.tokens[b].word not in self.lex.stop \
                and self.lex.speaker_org_heads.match_at(self.tokens, a, max_words=1) is not None \
                and (g := self.lex.gentilics.match_at(self.tokens, b, max_words=1, stop=last)) is not None \
                and g.start == self.tokens[b].start:
            words.append(self.tokens[b].word)  # `شركة سافران [الفرنسية]`: the nationality closes the name
            b += 1
        name = " ".join(words)
        written = name if clitic.endswith("ل") and words[0].startswith("ال") and not first_word[len(clitic):].startswith("ال") \
            else self._written(self.tokens[a].start + len(clitic), self.tokens[b - 1].end, name)
        if kind == "person":
            actor = pattern_person(name, written)
            if b - a >= 2:
                self._remember_surname(b - 1, actor)
            self.last_person = actor
        else:  # the head word says what kind of body: `صحيفة خليج تايمز` is a newspaper
            head = self.lex.speaker_org_heads.match_at(self.tokens, a, max_words=1)
            kind, sector = (head.value["actor_type"], head.value["sector"] or None) if head is not None \
                else ("organization", None)
            actor = Actor(f"org-{slug(name)}", written, None, kind, None, sector, None, "pattern")
        return Mention(actor, a, b, self.tokens[a].start + len(clitic), self.tokens[b - 1].end)

    def _the_latter(self, i: int) -> Mention | None:
        """`لكن الأخير رفض`: `الأخير` as a noun (not after a noun it would describe, `العام
        الأخير`) is the person named last."""
        word = self.tokens[i].word
        if self.last_person is None or word.removeprefix("و") != "الاخير" or person_gender(self.last_person) == "f":
            return None
        if i > 0 and self.tokens[i].joined and self.tokens[i - 1].word.startswith(("ال", "وال")):
            return None
        t = self.tokens[i]
        return Mention(self.last_person, i, i + 1, t.start + (len(word) - len("الاخير")), t.end)

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
        quantified = strip_article(self.tokens[first].word) in self.lex.quantifiers
        body_head = self.lex.speaker_org_heads.match_at(self.tokens, first, stop=end) is not None  # `مكتب الرئيس`
        described_noun = self.lex.person_nouns.match_at(self.tokens, first, stop=end) is not None  # `الشاب المتهم`
        k = first
        while k < end and k - first < 4 and (k == first or not self._comma_before(k)):
            word = self.tokens[k].word
            if quantified and (k == first or k == first + 1 and word in ("من", "منهم")):
                k += 1  # `الكثير من العراقيين`, `الكثير منهم`
                continue
            if word in ("احد", "احدي") and k + 1 < end:
                k += 2  # `زوجة أحد القتلى`: `أحد` (not Sunday) and the word it quantifies
                continue
            if k > first and self.lex.addressee(word):
                break  # `قالت المرأة [للقاضي] ...`: the one spoken to, after the speaker
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
                and first_word not in ("احد", "احدي") and self.lex.anon_heads.match_at(self.tokens, first, stop=k) is None:
            return None  # `بيان صادر عن ...` speaks for someone else; `الأحد` is a day
        start, stop = self.tokens[first].start, self.tokens[k - 1].end
        phrase = " ".join(self.tokens[x].word for x in range(first, k))
        org = self.lex.speaker_org_heads.match_at(self.tokens, first, stop=k)
        if org is not None:
            if org.last == k:
                return None  # `الوزارة` alone refers back, it does not name
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
            if k - first >= 2:
                self._remember_surname(k - 1, person.actor)
            return self._by_given_name(person)
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
        noun with a pronoun (`كلامها`)."""
        if word[:1] in "يتن" and len(word) <= 5 or word.startswith(("بال", "لل")):
            return False
        if word.startswith("ل") and not word.startswith("ال"):
            return False
        if len(word) > 3 and word.endswith(("ها", "هم", "هما", "هن")):
            return False
        return strip_article(word) in self.lex.quantifiers or word.removesuffix("ه") not in self.lex.stop

    # -- rules -----------------------------------------------------------------------------
    @cached_property
    def _rules(self) -> tuple[tuple[Callable[["ActorFinder", int, int], Mention | None], int], ...]:
        """The rules `_at` tries, in order, each with the bit of the matcher whose phrase it
        opens with (-1: a rule that opens otherwise). The rules are the class's functions, not
        bound methods: bound methods kept on the finder would make it a reference cycle, which
        only the garbage collector frees (with the document's tokens), instead of at once."""
        lex, cls = self.lex, type(self)
        return ((cls._lexicon, lex.names.bit), (cls._group, lex.heads.bit), (cls._title, lex.titles.bit),
                (cls._given_name, lex.given_names.bit), (cls._organisation, lex.org_heads.bit),
                (cls._collective, lex.collectives.bit), (cls._anonymous, lex.anon_heads.bit),
                (cls._apposition, -1), (cls._people, lex.gentilics.bit),
                (cls._quoted_body, lex.speaker_org_heads.bit), (cls._quoted_subject, -1))

    @cached_property
    def _rules_by_bits(self) -> dict[int, tuple]:
        """The rules `_at` calls at a word, by the word's `opener_bits` (filled as met)."""
        return {}

    def _at(self, i: int, last: int) -> Mention | None:
        opens = opener_bits(self.tokens[i])  # a rule whose matcher cannot open here is not called
        rules = self._rules_by_bits.get(opens)
        if rules is None:
            rules = self._rules_by_bits[opens] = tuple(rule for rule, bit in self._rules if bit < 0 or opens & bit)
        cands = [c for rule in rules if (c := rule(self, i, last)) is not None]
        if not cands:
            return None
        return max(cands, key=lambda c: c.last - c.first)  # stable: earlier rule wins ties

    def _lexicon(self, i: int, last: int) -> Mention | None:
        m = self.lex.names.match_at(self.tokens, i, stop=last)
        if m is None:
            return None
        if m.value.actor_type == "state" and m.first > 0 and self.tokens[m.first - 1].word.removeprefix("و").isdigit() \
                and self.tokens[m.first].joined and m.start == self.tokens[m.first].start:
            return None  # `قتل 193 هولنديا و[43 ماليزيا]`: a number counts nationals (an accusative nisba), no state
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
                and not self.tokens[m.first].word.startswith("لل") and self.tokens[m.first].word[:1] in "وفبلك":
            return None  # `[فيمن] طلب`: ف + `من`, not `اليمن` without its article (which a state's name keeps)
        if m.value.actor_type == "government" and m.first > 0 and self.tokens[m.first].joined \
                and strip_article(self.tokens[m.first - 1].word) in _OFFICE_GOVERNORS:
            return None  # `انتخابات [الرئاسة الأمريكية]`: the office voted for, no body acting
        if m.value.actor_type == "media" and "(" in self._gap(m.first) \
                and self.text[m.end:m.end + 4].replace(" ", "")[:2] in (")-", ")–", ")—"):
            return None  # `(CNN) --`: the dateline's mark of the outlet that filed the story, no actor in it
        place = m.value.actor_type == "state" and (self._named_as_place(m) or self._in_dateline(m.last))
        if m.value.actor_type == "person" and m.last - m.first >= 2:
            self._remember_surname(m.last - 1, m.value)
        if m.value.actor_type in ("organization", "political_party", "armed_group", "media", "international_org"):
            head = self.lex.org_heads.match_at(self.tokens, m.first, max_words=1)
            if head is not None and m.value.actor_type != "media" and (end := self._field_complement_end(m.last, last)) > m.last:
                return self._organisation_mention(head, end)  # `الاتحاد الأوروبي لكرة القدم` is UEFA, not the EU
            self._remember_org(m.first, m.value)
            g = self._gentilic_after(m.last, last) if m.value.country_iso3 else None
            if g is not None and g.start == self.tokens[g.first].start and g.value.iso3 == m.value.country_iso3:
                return Mention(m.value, m.first, g.last, m.start, g.end)  # `شركة إيني [الإيطالية]`
        return Mention(m.value, m.first, m.last, m.start, m.end, place)

    def _remember_surname(self, k: int, actor: Actor) -> None:
        surname = strip_article(self.tokens[k].word)
        if len(surname) < 3:
            return  # `نصر الله` leaves `له`, which is a pronoun wherever it recurs
        if surname not in self.surnames:
            self.surnames[surname] = actor
            self._coref_positions = sorted({*self._coref_positions, *self._words_read_as(surname)})
        given = normalize_phrase(actor.name_ar).split()[0]
        if self.lex.given_names.get_word(given) is not None or actor.origin == "lexicon" and len(given) >= 3:
            # (a known person's first word: `كيم` is Kim Jong-un's family name, written first)
            self.given_refs[given] = actor if self.given_refs.get(given, actor) == actor else None

    def _by_given_name(self, person: Mention) -> Mention:
        """A one-word name that is the given name of one person named before: that person."""
        if person.last - person.first != 1:
            return person
        word = self.text[person.start:person.end]
        known = self.given_refs.get(word) or self.surnames.get(strip_article(word))
        return replace(person, actor=known) if known is not None else person

    def _remember_org(self, k: int, actor: Actor) -> None:
        """`حركة الجهاد` ... `الحركة`: the head word alone refers back to the organisation."""
        head = self.lex.org_heads.match_at(self.tokens, k, max_words=1)
        if head is not None:
            self.org_refs[phrase_key(head.value["head_ar"])] = actor

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
        if bare in _VERBAL_NOUN_HEADS and h.last < last and self.tokens[h.last].word.startswith("علي"):
            return None
        k = h.last
        if k < last and self.tokens[k].joined and self.tokens[k].word.startswith("ال"):
            adjective = strip_article(self.tokens[k].word)
            if adjective in _OTHER_REACH_ADJECTIVES or self._gentilic_after(k, last) is not None:
                return None  # (a nationality that does not agree with the head describes another noun)
            if self._nisba_after(k, last) or adjective in _STATE_BODY_ADJECTIVES:
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

    def _remembered_org(self, k: int) -> Actor | None:
        """The body a bare organisation head at token k refers back to (`محكمة جنايات القاهرة` ...
        `المحكمة`), which wins over the bare head's reading as the story country's body."""
        head = self.lex.org_heads.match_at(self.tokens, k, max_words=1)
        return self.org_refs.get(phrase_key(head.value["head_ar"])) if head is not None else None

    def _named_as_place(self, m: PhraseMatch) -> bool:
        """`في سوريا`, `مدينة دمشق`, `بغزة`: the state's name used for a location."""
        token = self.tokens[m.first]
        if "ب" in token.word[:m.start - token.start]:
            return True
        if m.first == 0 or not token.joined:
            return False
        prev = self.tokens[m.first - 1].word
        return prev in _PLACE_WORDS or strip_article(prev) in _PLACE_WORDS or \
            (prev[:1] in "وف" and len(prev) > 2 and strip_article(prev[1:]) in _PLACE_WORDS)

    def _gentilic_after(self, j: int, last: int) -> PhraseMatch | None:
        if j < last and self.tokens[j].joined and self.tokens[j].word not in self.lex.stop:  # `بأن` is not `ألبان`
            return self.lex.gentilics.match_at(self.tokens, j, max_words=1, stop=last)
        return None

    def _group(self, i: int, last: int) -> Mention | None:
        h = self.lex.heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        head: Head = h.value
        if h.first > 0 and self.tokens[h.first - 1].joined \
                and strip_article(self.tokens[h.first - 1].word) in _OFFICE_GOVERNORS:
            return None  # `انتخابات [الرئاسة الأمريكية]`: the office voted for, no body acting
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
        end_tok, end = h.last, h.end
        if g is not None:
            iso, end_tok, end = g.value.iso3, g.last, g.end
        else:
            state = self._qualified(h.last, last, max_words=3)
            if state is not None:
                iso, end_tok, end = state.value.country_iso3, state.last, state.end  # جيش الاحتلال, حكومة العراق
            elif (leader := self._leader_after(h.last, last) if head.suffix in ("gov", "regime") else None) is not None:
                iso, end_tok, end = leader.actor.country_iso3, leader.last, leader.end  # `حكومة العبادي`
            elif (owner := self._media_owner(h, last)) is not None:
                return owner
            elif (city_police := self._police_of_a_place(h, last)) is not None:
                return city_police
            elif head.standalone and any(w.startswith("ال") for w in self.text[h.start:h.end].split()) \
                    and not self._nisba_after(h.last, last):
                iso = self.doc_country  # `الجيش` (not an indefinite `نظام`, which names no body by itself)
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
        # as written (`الشرطة العراقية`, `حكومة العراق`; a bare `الشرطة`), not `شرطه العراق`
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        actor = Actor(f"{iso.lower()}-{head.suffix}", name, f"{head.name_en} ({iso})", head.actor_type, iso,
                      head.sector, None, "pattern", head.anonymous)
        known = self.lex.actors.get(actor.actor_id)
        return Mention(known or actor, h.first, end_tok, h.start, end)

    def _gentilic_after_nisbas(self, j: int, last: int) -> PhraseMatch | None:
        """`المخابرات [الحربية] الروسية`, `الشرطة [الجنائية الاتحادية] الألمانية`: one or two
        definite nisba adjectives between a body's head and its nationality belong to its name."""
        k = j
        while k < last and k - j < 2 and self._nisba_after(k, last) and self._gentilic_after(k, last) is None:
            k += 1
        g = self._gentilic_after(k, last) if k > j else None
        return g if g is not None and self.text[self.tokens[g.first].start:g.start] in ("", "ال") else None

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
        if j >= last or not self.tokens[j].joined:
            return []
        body = self._quoted_body(j, last, after_title=True)
        if body is None:
            return []
        person = None
        if body.last < last and self.tokens[body.last].joined:
            person = self._name_from(body.last, last, None, None, min_words=2, expected=True)
        if person is None:
            return [body]
        self.last_person = person.actor
        return [Mention(person.actor, title.first, person.last, title.start, person.end), body]

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

    def _collective(self, i: int, last: int) -> Mention | None:
        h = self.lex.collectives.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        if h.last - h.first == 1 and self.tokens[i].word.endswith(("يون", "يين")) and i > 0 and self.tokens[i].joined \
                and self.text[h.start:h.start + 2] == "ال" and strip_article(self.tokens[i - 1].word) != self.tokens[i - 1].word:
            return None  # `النواب [الجمهوريين]`, `المقاتلين [الجهاديين]`: an adjective after a definite noun
        head: Head = h.value
        g = self._gentilic_after(h.last, last)
        state = None if g else self._qualified(h.last, last)
        if state is not None and state.last < last and self.tokens[state.last].joined \
                and self.tokens[state.last].word.startswith("و") and self._qualified(state.last, last) is not None:
            return None  # `زعماء بريطانيا وفرنسا وألمانيا`: the states are the actors, not one state's leaders
        iso = g.value.iso3 if g else state.value.country_iso3 if state else None
        end_tok = g.last if g else state.last if state else h.last
        quals = end_tok
        while quals < last and quals - end_tok < 2 and self.tokens[quals].joined \
                and self._describes_group(quals, last, closed_only=quals > end_tok):
            quals += 1  # `ميليشيات شيعية`, `الدول الكبرى الست`, `أحزاب سياسية`
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
        # a government or party collective (`الدول الغربية`, `الجمهوريون`) is a body named in the story;
        # people (`المحتجين`, `اللاجئين`) count only where they act, are acted on or speak
        actor = known or Actor(actor_id, name, head.name_en + (f" ({iso})" if iso else ""),
                               head.actor_type, iso, head.sector, None, "pattern",
                               needs_role=head.actor_type not in ("armed_group", "military", "political_party", "government"))
        return Mention(actor, h.first, end_tok, h.start, end)

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
        if h is None:
            return None
        j = h.last
        while j < last and j - h.last < 4 and self.tokens[j].joined and self._is_qualifier(j, last):
            j += 1
        head_key = strip_article(self.text[h.start:self.tokens[h.last - 1].end])
        if j == h.last and self._source_of_a_thing(j, last):
            return None  # `مصدر [الغاز]`, `روسيا هي مصدر [هذا] السم`: the origin of a thing, no one speaking
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
        actor = unnamed_source(phrase, name)
        if j > h.last:
            self.anon_refs[head_key] = actor
        first, start = h.first, h.start
        if first > 0 and h.start == self.tokens[first].start and self.tokens[first].joined \
                and self.tokens[first - 1].word.removeprefix("و") in ("بعض", "معظم", "غالبية", "أغلب", "اغلب"):
            first, start = first - 1, self.tokens[first - 1].start + len(self.tokens[first - 1].word) \
                - len(self.tokens[first - 1].word.removeprefix("و"))  # `بعض وسائل الإعلام`: the quantifier is part of it
        return Mention(actor, first, j, start, self.tokens[j - 1].end)

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
        after = self.tokens[h.last].word  # and it speaks or acts: `نبهوا`, `يرى عدد من الخبراء أن`
        return self.tokens[h.last].joined and (after.endswith("وا") and len(after) > 3 or after in ("ان", "بان"))

    def _is_qualifier(self, j: int, last: int) -> bool:
        """An adjective of an unnamed source: `دبلوماسية`, `مطلعة`, `إيرانيون` (not `بأن`,
        `للحكومة` or a noun such as `لحظة`, `الحديدة`)."""
        word = self.tokens[j].word
        if strip_article(word) in _SOURCE_ADJECTIVES:
            return True  # (`بارز` is not ب + noun)
        if word in self.lex.stop or clitic_preposition(word) or word.startswith("لل") \
                or preposition_with_pronoun(word, self.lex.stop):
            return False  # (`المجتمع الدولي [عليه]`: not a nisba in `يه`)
        if self.lex.gentilics.match_at(self.tokens, j, max_words=1, stop=last) is not None:
            return True
        w = strip_article(word)
        if len(w) < 3 or w in self.lex.name_end:
            return False
        if w.endswith("ايه"):
            return False  # `رواية`, `نهاية`, `حماية`: a فعالة noun of a weak root, not a nisba adjective
        if w.endswith("ه") and not w.endswith("يه"):
            return w.startswith("م") and not self.lex.names.get(w)  # a participle: `مطلعة`, `موثوقة`
        return w.endswith(("يه", "ي", "ين", "يون")) and not self.lex.names.get(w)

    def _undisclosed_follows(self, j: int, last: int) -> bool:
        tail = " ".join(t.word for t in self.tokens[j:min(last, j + 6)])
        return any(normalize_phrase(p) in tail for p in _UNDISCLOSED)

    def _title(self, i: int, last: int) -> Mention | None:
        t = self.lex.titles.match_at(self.tokens, i, stop=last)
        if t is None or (t.last - t.first == 1 and self.text[t.start:t.start + 2] != "ال"
                         and not self.tokens[i].word.removeprefix("و").startswith("لل")):
            return None  # a one-word title is definite (`الصحفي`, `للقاضي`); `مؤتمر صحفي` is an adjective
        j = t.last
        qualifiers = []
        if normalize_phrase(t.value["title_ar"]).endswith("باسم") and j < last:
            body = self._lexicon(j, last) or self._group(j, last) or self._organisation(j, last)
            if body is None and (self.lex.org_heads.match_at(self.tokens, j, max_words=1, stop=last) is not None
                                 or self.lex.speaker_org_heads.match_at(self.tokens, j, max_words=1, stop=last) is not None):
                return None  # `متحدث باسم جامعة [هارفارد]`: the body's unknown name is no person's
            qualifiers.append(self.tokens[j].word)
            j = body.last if body else j + 1  # `المتحدث باسم الجهاد داود شهاب`
        elif (body_end := self._body_of_title(j, last)) is not None:
            qualifiers.append(self.tokens[j].word)  # `المدعية العامة [للمحكمة] فاتو بنسودا`
            j = body_end
        while j < last and self.tokens[j].joined:
            g = self._gentilic_after(j, last)
            if g is None and self.tokens[j].word in _TITLE_ADJECTIVES and self.text[t.start:t.start + 2] == "ال":
                qualifiers.append(self.tokens[j].word)  # `الرئيس اليمني [الراحل]`: kept in the key, a former
                j += 1                                  # president is not the president named later
                continue
            if g is None:
                break
            qualifiers.append(self.tokens[j].word)
            j = g.last
        key = (normalize_phrase(t.value["title_ar"]), *qualifiers)
        name_at = j
        if j < last and not self.tokens[j].joined and self._comma_before(j):
            name_at = j  # apposition: `رئيس الوزراء، ماتيو سالفيني،`
        elif j < last and not self.tokens[j].joined:
            name_at = last
        if name_at < last and name_at > t.last and self.lex.titles.match_at(self.tokens, name_at, stop=last):
            inner = self._title(name_at, last)
            if inner is not None:
                return Mention(inner.actor, t.first, inner.last, t.start, inner.end)
        if name_at < last:
            known = self.lex.names.match_at(self.tokens, name_at, stop=last)
            if known is not None and known.value.actor_type == "person":
                self.title_refs.setdefault(key, known.value)
                if known.last - known.first >= 2:
                    self._remember_surname(known.last - 1, known.value)  # `عباس` after `الرئيس محمود عباس`
                return Mention(known.value, t.first, known.last, t.start, known.end)
            coordinated = self.tokens[name_at].word[:1] == "و" and len(self.tokens[name_at].word) > 3 \
                and self.lex.given_names.get(self.tokens[name_at].word) is None  # `السفير وX`: two people
            # `رئيس مجلس إدارة [بنك] عودة`, `متحدث باسم [جامعة] هارفارد`: a body's head follows the
            # title, whose holder is not named
            body_head = self.lex.org_heads.match_at(self.tokens, name_at, max_words=1, stop=last) is not None \
                or self.lex.speaker_org_heads.match_at(self.tokens, name_at, max_words=1, stop=last) is not None
            if body_head and name_at == j:
                return None
            if known is None and not coordinated:
                person = self._name_from(name_at, last, self._country_of(qualifiers), t.value["sector"] or None,
                                         expected=True, titled=True)
                if person is not None and not self._past_verb_alone(person):
                    person = self._by_given_name(person)
                    self.title_refs.setdefault(key, person.actor)
                    return person
        if qualifiers and key in self.title_refs:
            return Mention(self.title_refs[key], t.first, j, t.start, self.tokens[j - 1].end)
        return None

    def _body_of_title(self, j: int, last: int) -> int | None:
        """`المدعية العامة [للمحكمة] فاتو بنسودا`, `المدير التنفيذي [لشركة تسلا] إيلون ماسك`, `مدير
        [مركز القاهرة لدراسات حقوق الإنسان] بهي الدين حسن`: where a body joined to the title ends,
        when a name follows it at once (`وقال الوزير [لقناة X] إن` names no one). A definite head alone (`للمحكمة`) may be the body, the words after it the name."""
        if j >= last or not self.tokens[j].joined or self.tokens[j].word.startswith("ال") \
                or self.lex.addressee(self.tokens[j].word):
            return None
        if not self.tokens[j].word.startswith("ل") and self.lex.org_heads.match_at(self.tokens, j, max_words=1) is None \
                and self.lex.speaker_org_heads.match_at(self.tokens, j, max_words=1) is None:
            return None  # (a body in construct with the title opens with its head: `مدير [مركز] القاهرة ...`)
        ends = [b.last for b in (self._lexicon(j, last), self._group(j, last), self._organisation(j, last),
                                 self._quoted_body(j, last, after_title=True))
                if b is not None and not b.place and b.actor.actor_type != "person"]
        if self.tokens[j].word.startswith("لل") and (self.lex.org_heads.match_at(self.tokens, j, max_words=1, stop=last)
                                                   or self.lex.heads.match_at(self.tokens, j, max_words=1, stop=last)):
            ends.append(j + 1)
        for k in sorted(set(ends), reverse=True):
            if k >= last or not self.tokens[k].joined:
                continue
            known = self.lex.names.match_at(self.tokens, k, stop=last)
            if known is not None and known.value.actor_type == "person":
                return k
            # an unknown name: two name-shaped words (one, `للمحكمة قرارها`, is too often something else)
            if k + 1 < last and self.tokens[k + 1].joined and self._name_like(self.tokens[k].word, True, expected=True) \
                    and (self._name_like(self.tokens[k + 1].word, False, expected=True)
                         or self.lex.given_names.get_word(self.tokens[k].word) is not None):
                return k
        return None

    def _past_verb_alone(self, person: Mention) -> bool:
        """`إن الرئيس [أخطأ]`, `الرئيس [سافر]`: one unknown word of the shape أفعل or فاعل after a
        title is the verb of the clause, not a name (`أحمد`, `سامر` are known given names); nor is
        one of the shape فعيل or a participle مُفعِل, the predicate of a nominal clause (`إن الرئيس
        [مريض]`, `الوزير [مستعد]`; `سعيد`, `منير` are known given names)."""
        word = self.tokens[person.first].word
        if person.last - person.first != 1 or self.lex.given_names.get_word(word) is not None \
                or self.lex.names.get_word(word) is not None:
            return False
        return len(word) == 4 and (word[0] == "ا" or word[1] == "ا" or word[2] == "ي") \
            or len(word) >= 5 and word[0] == "م" and word[1] not in "او"

    def _given_name(self, i: int, last: int) -> Mention | None:
        g = self.lex.given_names.match_at(self.tokens, i, stop=last)
        token = self.tokens[i]
        if g is None or token.word[:g.start - token.start] not in ("", "و") \
                or not (self._ali_at(i) and i + 1 < last and self.lex.given_names.get_word(self.tokens[i + 1].word)) \
                and not self._name_like(
                    self.tokens[i].word.removeprefix("و") if g.start > token.start else token.word, True):
            return None  # `لدينا` is not `دينا`
        known = self.lex.names.match_at(self.tokens, i, stop=last)
        if known is not None:
            return None  # the lexicon knows this person
        if i > 0 and token.joined and g.start == token.start \
                and (head := self.lex.speaker_org_heads.match_at(self.tokens, i - 1, max_words=1)) is not None \
                and head.value["actor_type"] == "media" and self.lex.org_heads.match_at(self.tokens, i - 1, max_words=1) is None:
            return None  # `محطة [مارين كورب] الجوية`: a station or site named, no person (`مكتب X` is X's office)
        if self.surnames and self._coref(i) is not None and not (
                i + 1 < last and self.lex.given_names.get_word(self.tokens[i + 1].word) is not None):
            return None  # `محمود عباس` ... `عباس قدم اعتذاره`: the family name again, then a verb
        return self._name_from(i, last, None, None, min_words=2, clitic=g.start - token.start)

    def _name_from(self, j: int, last: int, country: str | None, sector: str | None,
                   min_words: int = 1, expected: bool = False, remember: bool = True,
                   clitic: int = 0, titled: bool = False) -> Mention | None:
        """A person's name of 1–4 words starting at token j; `expected` where the context calls
        for a name (after a title, in a speaker slot), so `بنجامين` is not read as ب + noun."""
        k = j
        g = self.lex.given_names.match_at(self.tokens, j, stop=last)
        if g is not None and g.first == j and g.start == self.tokens[j].start and self.tokens[j].word not in self.lex.stop:
            k = g.last  # `عبد الله`, `عبد الفتاح` (not `بأن` read as ب + `آن`)
        # `علي` opens a name though it reads as the preposition: after a title, in a hashtag, or
        # before another given name (`علي بشار`); not in less edited text's `علي تغيير`
        ali = self._ali_at(j) and (titled or j + 1 < last and (
            self.tokens[j + 1].hashtag or self.lex.given_names.get_word(self.tokens[j + 1].word) is not None))
        if j + 1 < last and self.tokens[j + 1].hashtag:  # `#محمد_صلاح`: the hashtag is the whole name
            k = self._hashtag_end(j + 1, last)
            if not all(x == j and ali or self._name_like(self.tokens[x].word, x == j, expected) for x in range(j, k)):
                return None
        else:
            # up to four words, and one more for each link (`سيدي ولد الشيخ عبد الله`)
            while k < last and k - j < 4 + sum(self.tokens[x].word in _NAME_LINKS for x in range(j + 1, k)) \
                    and (k == j or self.tokens[k].joined) and not self.tokens[k].hashtag \
                    and (k == j and ali or self._name_like(self.tokens[k].word, k == j, expected)
                         or self._after_name_link(k, j) or k > j and self.tokens[k].word in _NAME_LINKS) \
                    and not (k > j and self._on_behalf_of(k, last)):
                k += 1
        while k > j + 1 and self.tokens[k - 1].word in _NAME_LINKS:
            k -= 1  # `عبد` / `أبو` / `بن` cannot end a name
        if k - j < min_words or k == j:
            return None
        name = " ".join(self.tokens[x].word for x in range(j, k))[clitic:]  # `وفوزي برهوم` names `فوزي برهوم`
        written = self._written(self.tokens[j].start + clitic, self.tokens[k - 1].end, name)
        actor = pattern_person(name, written, country, sector)
        if k - j >= 2 and remember:
            self._remember_surname(k - 1, actor)
        return Mention(actor, j, k, self.tokens[j].start + clitic, self.tokens[k - 1].end)

    def _ali_at(self, k: int) -> bool:
        """`علي` (or `وعلي`) written with a final ya: the given name, which matching folds into the
        preposition `على` (written with alef maqsura in edited news)."""
        if self.tokens[k].word.removeprefix("و") != "علي" or self.original is None:
            return False
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b].translate(_UNMARKED).endswith("ي")

    def _on_behalf_of(self, k: int, last: int) -> bool:
        """`سامر خليل [باسم] الحركة`: `باسم` before a definite noun or a known body means "on
        behalf of" and ends the name (`باسم` as a father's name is followed by another name)."""
        if self.tokens[k].word != "باسم" or k + 1 >= last or not self.tokens[k + 1].joined:
            return False
        following = self.tokens[k + 1].word
        return following.startswith("ال") or self.lex.names.match_at(self.tokens, k + 1, stop=last) is not None

    def _after_name_link(self, k: int, j: int) -> bool:
        """`رامي عبد [الله]`, `أبو [الهول]`: the word a name link (`عبد`, `أبو`, `بن`) governs
        belongs to the name whatever its shape."""
        word = self.tokens[k].word
        return k > j and self.tokens[k - 1].word in _NAME_LINKS and word.isalpha() and word not in self.lex.stop

    def _people(self, i: int, last: int) -> Mention | None:
        """`الفلسطينيون`: a definite plural nationality used as a noun (not right after a definite
        noun it would describe) names a people; like other collectives, only where it has a role."""
        g = self.lex.gentilics.match_at(self.tokens, i, max_words=1, stop=last)
        if g is None:
            return None
        word = self.tokens[i].word
        if self.text[g.start:g.start + 2] != "ال" or not word.endswith(("يون", "يين")):
            return None
        prev = self.tokens[i - 1].word if i > 0 else ""
        if self.tokens[i].joined and strip_article(prev) != prev:
            return None  # `الجنود الإسرائيليين`: an adjective after a definite noun
        iso = g.value.iso3
        state = self.lex.states_by_iso.get(iso)
        actor = Actor(f"{iso.lower()}-people", self._written(g.start, g.end, normalize_phrase(self.text[g.start:g.end])),
                      f"people ({iso})", "other", iso, "CVL", None, "pattern", needs_role=True)
        return Mention(self.lex.actors.get(actor.actor_id) or actor, g.first, g.last, g.start, g.end) if state else None

    def _apposition(self, i: int, last: int) -> Mention | None:
        """`السفيرة الأميركية في الأمم المتحدة، نيكي هايلي، إن`: two or three name words set off
        by commas right after a phrase that holds a title."""
        if i == 0 or self.tokens[i].joined or not self._comma_before(i):
            return None
        titles = self.lex.titles
        if not any(titles.match_at(self.tokens, p, stop=i) for p in titles.starts_in(self.tokens, max(0, i - 8), i)):
            return None
        person = self._name_from(i, last, None, None, min_words=2, expected=True, remember=False)
        if person is None or (person.last < last and self.tokens[person.last].joined):
            return None  # the name must close the apposition
        self._remember_surname(person.last - 1, person.actor)
        return person

    def _organisation(self, i: int, last: int) -> Mention | None:
        h = self.lex.org_heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        quoted_end = self._quoted_name_end(h.last, last)
        if quoted_end is not None:  # `قناة "الحدث"`, `حزب "العدالة والتنمية"`, `وكالة "إيرنا"`
            known = self._quoted_known(h, quoted_end)
            if known is not None:
                return known
            if quoted_end < last and self._gap(quoted_end).strip() in ('"', "»", "”") \
                    and self.tokens[quoted_end].word not in self.lex.stop \
                    and (g := self.lex.gentilics.match_at(self.tokens, quoted_end, max_words=1, stop=last)) is not None \
                    and g.start == self.tokens[quoted_end].start:
                quoted_end = g.last  # `صحيفة "الغد" [الأردنية]`: the nationality closes the name
            return self._organisation_mention(h, quoted_end)
        head_definite = self.text[h.start:h.start + 2] == "ال"
        if not head_definite and (after_state := self._named_after_state(h, last)) is not None:
            return after_state
        if not head_definite and (named := self._named_by_proper_noun(h, last)) is not None:
            return named
        chain = not head_definite and self._construct_chain(h, last)
        bare = not chain and (h.last >= last or not self.tokens[h.last].joined
                              or not self._name_like(self.tokens[h.last].word, False)
                              and not self.tokens[h.last].word.startswith("ال")
                              or head_definite and not self.tokens[h.last].word.startswith(("ال", "لل"))
                              or head_definite and self._object_after_head(h.last, last))
        # (`الشركة [تطبيق]`: a new phrase)
        if bare:
            ref = self.org_refs.get(phrase_key(h.value["head_ar"]))
            if ref is not None and self.text[h.start:h.start + 2] == "ال":
                return Mention(ref, h.first, h.last, h.start, h.end)  # `وأكدت الحركة`
            return None
        if self.lex.names.match_at(self.tokens, i, stop=last) is not None:
            return None  # `وكالة رويترز`: the lexicon knows it
        definite = chain or self.text[h.start:h.start + 2] == "ال" or self.tokens[h.last].word.startswith("ال")
        if not definite:
            # `هيئة حكم انتقالية` names no one in particular
            return self._named_after_state(h, last) or self._unnamed_body_of_state(h, last)
        k = h.last
        if self.tokens[k].hashtag:  # `#حركة_الجهاد التوصل`: the hashtag holds the whole name
            return self._organisation_mention(h, self._hashtag_end(k, last))
        while k < last and self.tokens[k].joined:
            word = self.tokens[k].word
            if k > h.last and self._gentilic_after(k, last) is not None:
                k += 1  # `وزارة الخارجية الأميركية`
                break
            if k - h.last >= int(h.value["name_words"]) + (k > h.last + 1 and self.tokens[k - 1].word[:1] == "و"
                                                           and not self.tokens[k - 1].word.startswith("وال")):
                break  # (a conjunct chain takes its genitive: `هيئة الاتصالات وتقنية [المعلومات]`)
            if k > h.last and self.tokens[k - 1].word.startswith("لل"):
                break  # `الهيئة العليا للمسيرات`: the name ends with its `لـ` complement
            if (chain and k > h.last + 1 or k > h.last and self.tokens[k - 1].word.startswith("ال")
                    and self.lex.names.match_at(self.tokens, k - 1, max_words=1) is None
                    and not self.lex.titles.has_word(self.tokens[k - 1].word)) \
                    and not word.startswith(("ال", "وال", "لل")) and self._qualified(k, last, max_words=2) is None \
                    and not (word[:1] == "و" and self._conjunct_chain(k, last)) \
                    and not (chain is False and self._name_like(word, True) and self._name_like(word, False)):
                break  # `صندوق دعم الصحافة [منحا]`, `رابطة الدوري [اختبار]`: after a definite common noun a name
                # goes on with definite words, or a word shaped as a name (`وكالة السلطة القضائية ميزان`;
                # after a place another place: `بنك الإمارات دبي`)
            if k > h.last and word[:1] == "و" and not word.startswith("وال") and self.tokens[k - 1].word.startswith("ال") \
                    and not self._conjunct_chain(k, last):
                break  # `جامعة القاهرة [ومستشفى] ...`: a definite name's conjunct is definite too
            if k > h.last and word.startswith("وال") and (self.lex.org_heads.can_start(word[1:])
                                                          or self.lex.speaker_org_heads.can_start(word[1:])):
                break  # `الوكالة الطبية الأوروبية [والوكالة] ...`: a second body
            if k > h.last and word.startswith("وال") and (self.lex.person_nouns.get_word(word[1:]) is not None
                                                          or self.lex.titles.can_start(word[1:])):
                break  # `مركز الدراسات الدبلوماسية [والناشط] ...`: a person joined to the body
            if k > h.last and self._nisba_after(k - 1, last) and word.startswith("ال") \
                    and (self.lex.collectives.match_at(self.tokens, k, max_words=1, stop=last) is not None
                         or self.lex.person_nouns.get_word(word) is not None):
                break  # `بثها التلفزيون الحكومي [الجنود]`: the object after the body's adjective
            if k > h.last and strip_article(self.tokens[k - 1].word) in _STATE_BODY_ADJECTIVES and word.startswith("ال") \
                    and not self._nisba_after(k, last) and strip_article(word) not in _STATE_BODY_ADJECTIVES:
                break  # `أيدت المحكمة العليا [الحكم]`: a noun after the adjective is the verb's object
            bare = strip_article(word[1:] if k > h.last and word.startswith("وال") else word)
            if word == "العام" and k + 1 < last and self.tokens[k + 1].joined \
                    and (self.tokens[k + 1].word.isdigit() or strip_article(self.tokens[k + 1].word) in _TIME_ADJECTIVES):
                break  # `الحركة الطلابية [العام] 1986`, `[العام] الماضي`: the year, not `الأمن العام`
            ordinal = k == h.last and word.startswith("ال") and bare in _ORDINALS  # `القناة [الثانية]`, not a time word
            if word in self.lex.stop or bare in self.lex.name_end and not ordinal or word.isdigit() or clitic_preposition(word) \
                    or (word[:1] in "يت" and len(word) > 3 and k > h.last) or preposition_with_pronoun(word, self.lex.stop):
                break  # (`المجلس فيها`)
            if self.lex.gentilics.match_at(self.tokens, k, max_words=1, stop=last) is not None:
                k += 1
                break
            if k > h.last and not self.lex.titles.has_word(self.tokens[k - 1].word) \
                    and (self.lex.names.match_at(self.tokens, k, stop=last) is not None
                         or self.lex.given_names.match_at(self.tokens, k, max_words=1, stop=last) is not None):
                break  # `حركة الجهاد سمير ...`: a person's name follows the organisation's
            k += 1
        if k == h.last:
            return None
        if chain:
            k = max(k, h.last + 2)  # (`وزارة [شؤون المرأة]`: the chain is one name word)
        end = self._field_complement_end(k, last)
        if k - 1 > h.last and self.tokens[k - 1].word.startswith("لل"):
            end = max(end, self._field_complement_end(k - 1, last))  # `الهيئة العامة للطيران [المدني]`
        return self._organisation_mention(h, end)

    def _unnamed_body_of_state(self, h: PhraseMatch, last: int) -> Mention | None:
        """`شركة إيطالية`, `منظمة بريطانية`: an indefinite head and a nationality describe a body
        of that country, which counts (like a collective) only where it acts or is acted on."""
        if h.last - h.first != 1 or self.text[h.start:h.start + 2] == "ال":
            return None
        g = self._gentilic_after(h.last, last)
        if g is None or g.start != self.tokens[h.last].start or g.last - g.first != 1:
            return None
        if self.tokens[h.first].word.endswith("ه") != self.tokens[h.last].word.endswith("ه"):
            return None  # the adjective agrees with its head (`شركة [أمريكي]` is no phrase)
        end = self.tokens[g.last - 1].end
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        r = h.value
        actor = Actor(f"org-{slug(normalize_phrase(self.text[h.start:end]))}", name, None, r["actor_type"],
                      g.value.iso3, r["sector"] or None, None, "pattern", needs_role=True)
        return Mention(actor, h.first, g.last, h.start, end)

    def _object_after_head(self, k: int, last: int) -> bool:
        """`وحمّلت النقابة [الحوثيين] المسؤولية`: a group or a named person or armed group right
        after a definite head is the verb's object; the head alone refers back to its body."""
        if not self.tokens[k].word.startswith("ال"):
            return False  # (`الاتحاد [للعمال]`: a field, not an object)
        if self.lex.collectives.match_at(self.tokens, k, max_words=1, stop=last) is not None:
            return True
        m = self.lex.names.match_at(self.tokens, k, stop=last)
        return m is not None \
            and m.value.actor_type in ("person", "armed_group")

    def _conjunct_chain(self, k: int, last: int) -> bool:
        """`هيئة الاتصالات [وتقنية المعلومات]`: a conjunct that is a construct chain, definite by
        its genitive, goes on a name of common nouns (after a place, `جامعة القاهرة ومستشفى
        الشفاء`, it is a second body; `وبقية البلاد` is a quantity)."""
        if k + 1 >= last or not self.tokens[k + 1].joined or not self.tokens[k + 1].word.startswith("ال") \
                or self.tokens[k + 1].word in self.lex.stop:
            return False
        noun = self.tokens[k].word[1:]
        if not noun.endswith("ه") or noun in _QUANTIFIERS or self.lex.org_heads.can_start(noun) \
                or self.lex.speaker_org_heads.can_start(noun):
            return False  # (`وبقية البلاد`; `ورابطة الدوري` is a second body; a verb, `ويعارض`, ends no ة)
        return self.lex.names.match_at(self.tokens, k - 1, max_words=1) is None

    def _construct_chain(self, h: PhraseMatch, last: int) -> bool:
        """`هيئة مكافحة التمييز`, `صندوق دعم الرياضة`, `شركة سكك الحديد`: an indefinite head, an
        indefinite noun and a definite genitive are one construct chain, definite by its last
        word, which names one body (`منظمة إرهابية`, `شركة تعمل الآن`: an adjective or a verb
        after the head describes a body, names none)."""
        k = h.last
        if k + 1 >= last or not (self.tokens[k].joined and self.tokens[k + 1].joined):
            return False
        word, genitive = self.tokens[k].word, self.tokens[k + 1].word
        stop = self.lex.stop
        if not word.isalpha() or len(word) < 3 or word.startswith("ال") or word in stop or word in self.lex.name_end \
                or clitic_preposition(word) or word[:1] in "وف" and word[1:] in stop or preposition_with_pronoun(word, stop):
            return False
        if word[:1] in "ين" or word[:1] == "ت" and len(word) == 4 or word.endswith(("يه", "ي")) \
                or word.endswith("ت") and not (word.endswith("ات") and len(word) >= 5) \
                or not all("\u0621" <= c <= "\u064a" for c in word) or self.lex.gentilics.get_word(word) is not None \
                or self.lex.titles.has_word(word) or self.lex.person_nouns.get_word(word) is not None \
                or self.lex.given_names.get_word(word) is not None:
            return False  # a verb, a nisba adjective, a Latin word, a title, a person (`جماعة رجل الدين`, `رئاسة أنمار ...`;
            # a plural in -ات is a noun: `محكمة [جنايات] الجيزة`)
        if self.lex.org_heads.can_start(genitive) or self.lex.speaker_org_heads.can_start(genitive):
            return False  # `مجلس إدارة الشركة`: a part of the body named before, not a name
        return genitive.startswith("ال") and genitive.isalpha() and genitive not in stop \
            and strip_article(genitive) not in self.lex.name_end and self.lex.gentilics.get_word(genitive) is None

    def _field_complement_end(self, k: int, last: int) -> int:
        """Where a name ends that may go on at token k with لـ and the field its body works in:
        `الاتحاد الدولي [لكرة القدم]`, `المنظمة العربية [لحقوق الإنسان]`, `الوكالة الدولية
        [للطاقة الذرية]`. The fields are a closed class: `لـ` + a verbal noun is mostly a
        purpose clause (`دعا الاتحاد لحماية المدنيين`), no part of the name."""
        if k >= last or not self.tokens[k].joined:
            return k
        word = self.tokens[k].word
        if not word.startswith("ل") or len(word) < 4 or (word[1:] not in _ORG_NAME_FIELDS
                                                         and word[2:] not in _ORG_NAME_FIELDS):
            return k
        end = k + 1
        if end >= last or not self.tokens[end].joined:
            return end
        after = self.tokens[end].word
        # an indefinite field takes its genitive (`لكرة القدم`, `لشؤون اللاجئين`); a definite
        # one an adjective (`للطاقة الذرية`)
        if after.startswith("ال") and after not in self.lex.stop and self._qualified(end, last, max_words=1) is None \
                and (not word.startswith("لل") or after.endswith(("ي", "يه"))):
            end += 1
        elif not word.startswith("لل") and end + 1 < last and self.tokens[end + 1].joined and after.isalpha() \
                and not after.startswith(("ال", "و")) and after not in self.lex.stop and strip_article(after) not in self.lex.name_end \
                and self.tokens[end + 1].word.startswith("ال") and self.tokens[end + 1].word not in self.lex.stop:
            end += 2  # `لدراسات [حقوق الإنسان]`: the genitive is itself a construct chain
        return end

    def _quoted_known(self, h: PhraseMatch, end: int) -> Mention | None:
        """`وكالة "فرانس برس"`: the quoted name (or the head with it) is a lexicon actor's name,
        which the quotes kept the lexicon from reading."""
        for k in (h.last, h.first):
            m = self.lex.names.match_at(self.tokens, k, stop=end)
            if m is not None and m.last == end and m.value.actor_type != "person" and m.value.actor_type != "state":
                return Mention(m.value, h.first, end, h.start, self.tokens[end - 1].end)
        return None

    def _named_after_state(self, h: PhraseMatch, last: int) -> Mention | None:
        """`حزب نداء تونس`, `حزب مستقبل وطن`: an indefinite head and a word that ends in a state's name
        (`حزب نداء [تونس]`) is a proper name, though no article says so."""
        k = h.last
        word = self.tokens[k].word if k < last else ""
        if k + 1 >= last or not self.tokens[k].joined or not word.isalpha() or word.startswith("ال") \
                or word in self.lex.stop or strip_article(word) in self.lex.name_end:
            return None
        state = self._qualified(k + 1, last, max_words=2)
        if state is None or state.start != self.tokens[k + 1].start:
            return None  # (`حزب [الله]`-like names are in the lexicon)
        return self._organisation_mention(h, state.last)

    def _named_by_proper_noun(self, h: PhraseMatch, last: int) -> Mention | None:
        """An indefinite head in construct with a proper noun: a company's, bank's or school's
        with a state or capital (`بنك مصر`, `مصرف لبنان المركزي`, `جامعة دمشق`, `شركة مصر
        للطيران`), an outlet's with a name-shaped word (`وكالة أنباء فارس`, `صحيفة أرمان`).
        A media head takes no state (`قناة بنما` is a canal); a nisba adjective closes the name."""
        sector, k = h.value["sector"], h.last
        if k >= last or not self.tokens[k].joined:
            return None
        state = self._qualified(k, last, max_words=2) if (sector in ("BUS", "EDU") or self._broadcaster(h)) \
            and not self.tokens[k].word.startswith("ال") else None  # (a definite name is read word by word)
        if state is not None and state.start == self.tokens[k].start:  # `شركة [بلبنان]` is a place
            end = state.last
        elif sector == "JRN" and (spelled := self._letter_names_end(k, last)) > k \
                and self.lex.names.match_at(self.tokens, k, stop=last) is None:  # (`راديو [بي بي سي]` is known)
            end = spelled  # `قناة إن بي سي`: an acronym spelled out, and the words that go on it (`يو إس أي توداي`)
            while end < last and end - k < 4 and self.tokens[end].joined and not self.tokens[end].word.startswith("ال") \
                    and not clitic_preposition(self.tokens[end].word) and self._name_shaped(self.tokens[end].word, False):
                end += 1
        elif sector in ("NGO", "EDU", "BUS") and (person := self._person_after_head(k, last)) is not None:
            end = person  # `مؤسسة كوفي عنان`, `جامعة جورج واشنطن`: a body named after a person
        elif sector == "JRN" and self._outlet_name(self.tokens[k].word) \
                and self.lex.names.match_at(self.tokens, k, stop=last) is None:  # (the lexicon reads a known name)
            end = k + 1
            while end < last and end - k < 3 and self.tokens[end].joined and not self.tokens[end].word.startswith("ال") \
                    and not clitic_preposition(self.tokens[end].word) and self._name_shaped(self.tokens[end].word, False):
                end += 1  # `صحيفة نيزافيسيمايا غازيتا`: a foreign name may take two or three words
            if end < last and self.tokens[end].joined and self.tokens[end].word.isdigit() and len(self.tokens[end].word) <= 2:
                end += 1  # `قناة فرانس [2]`
        else:
            return None
        if end < last and self.tokens[end].joined and (word := self.tokens[end].word).startswith("ال") \
                and word.endswith(("ي", "يه")) and word not in self.lex.stop:
            end += 1  # `مصرف لبنان [المركزي]`, `صحيفة أرمان [الإيرانية]`
        return self._organisation_mention(h, self._field_complement_end(end, last))

    def _person_after_head(self, k: int, last: int) -> int | None:
        """The end of a person's name of two words at least at token k: a known person's, or a known
        given name and name-shaped words (`مؤسسة [كوفي عنان]`)."""
        known = self.lex.names.match_at(self.tokens, k, stop=last)
        if known is not None:
            ok = known.value.actor_type == "person" and known.last - known.first >= 2 and known.start == self.tokens[k].start
            return known.last if ok else None
        if self.lex.given_names.get_word(self.tokens[k].word) is None:
            return None
        person = self._name_from(k, last, None, None, min_words=2, expected=True, remember=False)
        return person.last if person is not None and person.start == self.tokens[k].start else None

    def _broadcaster(self, h: PhraseMatch) -> bool:
        """`إذاعة إسرائيل`, `تلفزيون فلسطين`: a radio or television head takes its state's name."""
        return normalize_phrase(h.value["head_ar"]) in _BROADCASTER_HEADS

    def _outlet_name(self, word: str) -> bool:
        """A word that may name a newspaper or channel after its head (`صحيفة أرمان`), not one
        that describes it: a nisba adjective (`صحيفة محلية`, `قناة إخبارية`) or a noun of the rules' classes."""
        if word in _OUTLET_NAME_WORDS:
            return True  # `صحيفة [ذي] تايمز`, `موقع [ديلي] بيست`
        return len(word) >= 3 and not word.endswith(("يه", "ي")) \
            and word not in _ORG_NAME_FIELDS \
            and all("\u0621" <= c <= "\u064a" for c in word) and self._name_like(word, True) \
            and self.lex.person_nouns.get_word(word) is None  # (`وكالة أبحاث`, `إذاعة أخبار`: a field)

    def _quoted_body(self, i: int, last: int, after_title: bool = False) -> Mention | None:
        """`شبكة "سي إن بي سي"`, `لجنة "..."`: a head that otherwise names a body only as a
        speaker (`شبكة`, `لجنة`, `جهاز`) names one wherever a quoted name follows it."""
        if self.lex.org_heads.match_at(self.tokens, i, stop=last) is not None:
            return None  # `_organisation` reads it
        h = self.lex.speaker_org_heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        quoted_end = self._quoted_name_end(h.last, last)
        if quoted_end is not None and self._site_as_place(h):
            return None  # `في تغريدة على موقع "تويتر"`: where something was posted, no one acting
        if quoted_end is not None:
            return self._quoted_known(h, quoted_end) or self._organisation_mention(h, quoted_end)
        field_end = self._named_with_field(h, last)
        if field_end is not None:
            return self._organisation_mention(h, field_end)
        if h.value["actor_type"] != "government" or not after_title and i > 0 and self.tokens[i].joined \
                and any(t.last == i for p in self.lex.titles.starts_in(self.tokens, max(0, i - 3), i)
                        if (t := self.lex.titles.match_at(self.tokens, p, stop=i)) is not None):
            return None  # (`رئيس لجنة الأمن القومي علاء الدين بروجردي`: the body belongs to the title)
        # `جهاز الأمن الوطني`, `لجنة الأمن القومي`: a state body's head, a definite noun and the
        # nisba adjective that closes its name (`موقع الهجوم` is not a body; `لجنة تحقيق` is indefinite)
        k = h.last
        while k < last and k - h.last < 3 and self.tokens[k].joined and self.tokens[k].word.startswith("ال") \
                and self.tokens[k].word not in self.lex.stop:
            k += 1
            if k - h.last >= 2 and self._nisba_after(k - 1, last):
                return self._organisation_mention(h, k)
        return None

    def _site_as_place(self, h: PhraseMatch) -> bool:
        """A website head after `على`, `عبر`, `في` or with `ب` (`على موقع`, `بموقع`): the site where
        something was posted."""
        if normalize_phrase(h.value["head_ar"]) not in _SITE_HEADS:
            return False
        clitics = self.text[self.tokens[h.first].start:h.start]
        return "ب" in clitics or h.first > 0 and self.tokens[h.first].joined \
            and self.tokens[h.first - 1].word in ("علي", "عبر", "في")

    def _named_with_field(self, h: PhraseMatch, last: int) -> int | None:
        """`مركز البحرين [لحقوق الإنسان]`, `المكتب الوطني [للإحصاء]`, `مركز الخليج [للأبحاث]`: a
        speaker head, a state's name or one or two definite adjectives, then لـ and the field the
        body works in (a closed class) is one body's name; the end of the name, or None."""
        k = h.last
        if k >= last or not self.tokens[k].joined:
            return None
        state = self._qualified(k, last, max_words=2)
        if state is not None and state.start == self.tokens[k].start:
            k = state.last
        else:
            while k < last and k - h.last < 2 and self.tokens[k].joined and self._nisba_after(k, last) \
                    and self.tokens[k].word not in self.lex.stop:
                k += 1
        if k == h.last:
            return None
        end = self._field_complement_end(k, last)
        return end if end > k else None

    def _organisation_mention(self, h: PhraseMatch, k: int) -> Mention:
        end = self.tokens[k - 1].end
        name = " ".join(normalize_phrase(self.text[h.start:end]).translate(_NO_QUOTES).split())
        written = self._written(h.start, end, name)
        if self.tokens[h.first].word.startswith("لل") and not name.startswith("ال"):
            name, written = "ال" + name, "ال" + written  # `للمجلس المركزي` names `المجلس المركزي`
        r = h.value
        kind, sector = r["actor_type"], r["sector"] or None
        inner = self.lex.names.match_at(self.tokens, h.last, stop=k) if h.last < k else None
        if inner is not None and inner.value.actor_type == "international_org" and inner.start == self.tokens[h.last].start:
            kind, sector = "international_org", "IGO"  # `وكالة الأمم المتحدة للهجرة` is an agency, not a news agency
        actor = Actor(f"org-{slug(name)}", written, None, kind, None, sector, None, "pattern")
        self._remember_org(h.first, actor)
        return Mention(actor, h.first, k, h.start, self.tokens[k - 1].end)

    def _quoted_subject(self, i: int, last: int) -> Mention | None:
        """`وقالت "وفا" إن`, `وأفادت "سي ووتش" أن`, `ونقلت "القناة 12" عن`: a quoted name of one to
        three words right after the verb that opens a clause, before the reported content or `عن`,
        is the verb's subject, a body no lexicon knows."""
        if i < 2 or self.tokens[i].joined or not any(q in self._gap(i) for q in '"«“'):
            return None
        verb = self.tokens[i - 1].word
        if verb[:1] not in "وف" or len(verb) < 4 or verb[1:] in self.lex.stop \
                or not self.tokens[i - 1].joined and not self._gap(i - 1).strip() or self.tokens[i - 1].joined:
            return None  # (the verb opens its clause: a full stop, comma or line before it)
        end = self._quoted_name_end(i, last)
        if end is None or end - i > 3 or end >= last or self.tokens[end].word not in _SUBJECT_FOLLOWERS:
            return None
        words = [self.tokens[k].word for k in range(i, end)]
        if any(w in self.lex.stop or strip_article(w) in self.lex.name_end for w in words) \
                or self.lex.titles.match_at(self.tokens, i, stop=end) or self.lex.person_nouns.match_at(self.tokens, i, stop=end) \
                or self.lex.names.match_at(self.tokens, i, stop=end) is not None:
            return None  # (a known name is the lexicon's; a title or role describes a person)
        if not all(w in _OUTLET_NAME_WORDS or w in _LETTER_NAMES or w.isdigit() or self._name_like(w, False)
                   and not accusative_adverb(w) for w in words):
            return None
        if any(a.startswith("ال") and not b.startswith("ال") and not b.isdigit() for a, b in zip(words, words[1:])):
            return None  # `"الأمر خطير"`: a nominal sentence quoted, no name
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        name = " ".join(words)
        written = self._written(start, stop, name)
        return Mention(Actor(f"org-{slug(name)}", written, None, "organization", None, None, None, "pattern"),
                       i, end, start, stop)

    def _quoted_name_end(self, j: int, last: int) -> int | None:
        """The token after a name of 1–4 words in quotes that starts at token j, or None (a
        quotation opening with a function word, `للصحيفة "هذا الأمر ..."`, is a statement)."""
        if j >= last or self._gap(j).strip() not in ('"', "«", "“", '" ', "«"):
            return None
        for k in range(j + 1, min(last, j + 4) + 1):
            gap = self._gap(k) if k < len(self.tokens) else '"'
            if any(q in gap for q in '"»”'):
                # (`"إن دي تي في"`: letter names spell an acronym, though `إن` is a function word)
                return k if self.tokens[j].word not in self.lex.stop or self._letter_names_end(j, k) == k else None
            if gap.strip():
                return None
        return None

    def _letter_names_end(self, j: int, last: int) -> int:
        """The end of a run of two to four transliterated Latin letter names from token j
        (`إن بي سي`, `سي إن إن`), which spell an acronym; j itself where there is none."""
        k = j
        while k < last and k - j < 4 and (k == j or self.tokens[k].joined) and self.tokens[k].word in _LETTER_NAMES:
            k += 1
        if k - j > 2 and self.tokens[k - 1].word == "ان" and k < last and self.tokens[k].joined \
                and self._gentilic_after(k, last) is None:
            k -= 1  # `قناة إن بي سي [إن] الرئيس ...`: the last `إن` opens the reported clause
        return k if k - j >= 2 else j

    def _gap(self, k: int) -> str:
        return self.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""

    def _comma_before(self, j: int) -> bool:
        gap = self.text[self.tokens[j - 1].end:self.tokens[j].start]
        return gap.strip() in ("،", ",")

    def _country_of(self, qualifiers: list[str]) -> str | None:
        for q in qualifiers:
            g = self.lex.gentilics.get(q)
            if g is not None:
                return g.iso3
        return None

    def _name_like(self, word: str, first: bool, expected: bool = False) -> bool:
        """`_word_name_like`, kept per word on the lexicon (the answer reads only the two)."""
        answers = self.lex.__dict__.setdefault("name_like_answers", {})
        key = (word, first, expected)
        hit = answers.get(key)
        if hit is None:
            hit = answers[key] = self._word_name_like(word, first, expected)
        return hit

    def _word_name_like(self, word: str, first: bool, expected: bool) -> bool:
        if not word.isalpha() or len(word) < 2:
            return False
        if not first and word == "الله":
            return True  # `مصطفى صنع الله`, `حسن نصر الله`: a theophoric name ends in `الله` (not the pronoun `له`)
        bare = strip_article(word)
        if word in self.lex.stop or bare in self.lex.name_end and not (bare != word and bare in _PREPOSITIONS) \
                or word in self.lex.name_end or word[:1] in "وف" and word[1:] in self.lex.stop:
            return False  # (`ولكن`, `فقد`; a word with the article is no preposition: `محمد [العلي]`)
        if first and (word.startswith("ال") or (word.endswith("ه") and not self.lex.given_names.get_word(word))):
            return False  # a name does not open with the article or (unless a known name) a ta marbuta
        if len(word) > 4 and word.endswith(("ته", "تها", "تهم", "يه")):
            return False  # `خارجيته`: a noun with a pronoun, not a name
        known = self.lex.given_names.get_word(word) is not None
        if not first and not known and (word.endswith("ه") or prefixed_word(word, self.lex.name_end, expected)):
            return False  # `اعتذاره`, `ويدعى`, `بالانسحاب`: not a family name (`برهوم` is)
        if preposition_with_pronoun(word, self.lex.stop):
            return False  # `فيها`, `منها`, `عليه`: a preposition with a pronoun is no name
        if not first and word[:1] == "و" and len(word) > 3 and (self.lex.titles.can_start(word[1:])
                                                               or self.lex.names.get_word(word[1:]) is not None):
            return False  # `ألكسندر ياكوفنكو [ووزير]`, `كيم [وشي]`: a second person joined by و
        if not first and word[:1] == "و" and len(word) > 4 and self.lex.given_names.get_word(word[1:]) is not None:
            return False  # `رامي عبد الله [وسامي] يوسف`: a second person's name joined by و
        if not first and word[:1] == "ك" and len(word) > 4 and (
                self.lex.person_nouns.get_word(word[1:]) is not None or word[1] == "م" and len(word) >= 5):
            return False  # `سامر خليل [كمراقب] مستقل`: `ك` + a role or participle, not a family name
        if not first and word[:1] in "لب" and (self.lex.speaker_org_heads.get_word(word[1:]) is not None
                                                or self.lex.names.get_word(word[1:]) is not None):
            return False  # `لتلفزيون`, `لرويترز`: a channel after the name
        if not first and word in _YEAR_NOUNS:
            return False  # `ميليس زيناوي [عام] 2012`
        if not first and not known and word[0] == "م" and word[1] not in "او" and word.endswith("ا") and len(word) >= 5:
            return False  # `أنتوني بوردين [منتحرا]`, `[مضيفا]`: a participle in the accusative
        if not first and not known and word[:2] in ("سي", "سن") and len(word) == 4:
            return False  # `بوتن [سيضع]`: a future verb of a hollow or short root
        if not first and not known and word[:2] == "ست" and len(word) in (5, 6) and word[2] not in "ايورل":
            return False  # `كيم [ستكون]`, `[ستقدم]`: a future verb (`ستيفن`, `ستانلي`, `ستراو` go on a name)
        if not first and not known and len(word) == 5 and word[0] == "م" and word[2] == "ت" and word[-1] != "ي":
            return False  # `عظيموف [مرتكب]`, `[منتخب]`: a participle of the form مُفتعِل, no family name
            # (one of a defective root, `مرتجى`, is a family name as often as a participle)
        if not first and word[:1] == "ل" and word[1:] in _LETTER_NAMES:
            return False  # `ميرزيانوف [لبي] بي سي`: the channel spoken to, after the name
        if not known and word[:2] in ("سي", "سن") and len(word) >= 5:
            return False  # `سيضيف`: a future verb (`ستيير`, `ستيفن` are names)
        if not first and not known and (word[:1] == "ي" and 4 <= len(word) <= 6 or len(word) >= 5 and word.endswith("ات")
                                        or word.startswith("الم") and word.endswith(("ين", "ون"))):
            return False  # `ينشغل` (a verb), `تساؤلات` (a plural), `المنضمين` (a participle): the name has ended
        if not first and word.endswith("ا") and (self.lex.person_nouns.get_word(word[:-1]) is not None
                                                 or self.lex.titles.get_word(word[:-1]) is not None):
            return False  # `رئيسا`: a role in the accusative
        if not first and not known and (word.startswith("لل") or accusative_adverb(word)
                                        or self.lex.person_nouns.get_word(word) is not None):
            return False  # `للتلفزيون`, `غضبا`, `تحضيرا`, `رسميا`, `عضو`: the name has ended
        if first and not known and len(word) > 4 and word.endswith("ات"):
            return False  # `تغييرات`: a plural noun
        if first and not known and len(word) >= 6 and word[0] == "ا" and word[-2] == "ا" \
                and (word[2] == "ت" or word.startswith("است")):
            return False  # `انتهاك`, `اجتماع`, `استقبال`: a verbal noun
        if not known and len(word) > 4 and word.endswith(("ها", "هم", "هما", "نا")):
            return False  # `جعلها`: a verb or noun with a pronoun
        proclitic = "ل" if expected and not word.startswith("بال") else "لب"
        if first and not known and (word[:1] in ("يت" if expected else "يتن") and len(word) <= 6 or word[:1] in proclitic and len(word) > 3
                                    or word[:1] in "بلو" and word[1:] in self.lex.stop):
            return False  # `يسوق`, `تبكي`, `يتوافق` (verbs), `لحضور`, `بما` (a preposition): not a given name
            # (where a name is expected, `نيك` after `النائب` is one: a we-verb does not follow a title)
        if not first and not known and word[:1] in "يت" and len(word) >= 6 and word.endswith(("ان", "ون")):
            return False  # `كيم [يتعهدان]`: a dual or plural present verb
        if not first and not known and (len(word) == 5 and word[0] == "ا" and (word[2] == "ت" or word[1] == "ن")
                                        or len(word) == 6 and word.startswith("است")):
            return False  # `[استخدم]`, `[انتقد]`, `[انسحب]`: a derived past verb after the name
        if not known and word.startswith("ا") and word.endswith("ت") and len(word) >= 5:
            return False  # `ارتفعت`, `انسحبت`: a past verb, not a name
        return not self.lex.gentilics.get_word(word) and not self.lex.titles.has_word(word) \
            and not self.lex.heads.get_word(word)

    def _coref(self, i: int) -> Mention | None:
        word = self.tokens[i].word
        if self.surnames.keys().isdisjoint(_surname_forms(word)):
            return None  # (most words: no form of the word is a family name named before)
        for cand in stem_candidates(word):
            actor = self.surnames.get(strip_article(cand))
            if actor is not None:
                return Mention(actor, i, i + 1, self.tokens[i].start + len(word) - len(cand), self.tokens[i].end)
        return None
