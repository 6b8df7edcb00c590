"""Names no rule found, from the learned tagger (`ner.py`): where to run it, and which tagged
spans become actors (a mixin of `actors.ActorFinder`)."""
from __future__ import annotations

from bisect import bisect_left
from functools import cached_property
from itertools import compress, islice
from operator import attrgetter

from .actor_base import PLACE_WORDS, name_words
from .actor_lexicon import Actor, Mention, pattern_person
from .ids import slug
from .lexicon import word_classes
from .morphology import strip_article, tagged_name_clitic
from .ner import remember_names

_TAGGED_KINDS = {"PERS": "person", "ORG": "organization"}
_COUNT_NOUNS = name_words("count_noun")
# nouns of place a name may follow with a preposition before them (`بمنطقة`, `لجزيرة`)
_PLACE_NOUNS = (PLACE_WORDS - word_classes()["preposition"]) | name_words("landmark_noun")
# The lowest marginal probability of a tagged span's labels for it to become an actor (tuned on
# the development articles one may read, see README).
NAME_TAGGER_CONFIDENCE = 0.7
# ActorFinder._window_opener: what a word may open (0: nothing)
_NAME_OPENER, _ORG_OPENER = 1, 2
_WORD, _JOINED = attrgetter("word"), attrgetter("joined")  # Token fields as C-level callables for `map`


def _place_noun(word: str) -> bool:
    """`جزيرة`, `وبمنطقة`, `لشارع`: a noun of place or landmark, after و/ف and, in construct, a
    preposition ب/ل."""
    if word[:1] in "وف" and len(word) > 3:
        word = word[1:]
    if word[:1] in "بل" and len(word) > 3 and not word.startswith("ال"):
        return word[1:] in _PLACE_NOUNS  # in construct (`بالولاية X` after a title is where its holder serves)
    return strip_article(word) in _PLACE_NOUNS


def _memory_kind(actor: Actor) -> str | None:
    """The tagger's label for the kind of a name found (None: unnamed, no name to remember)."""
    if actor.actor_type == "anonymous_source" or actor.actor_id.startswith("anon-"):
        return None
    return "PERS" if actor.actor_type == "person" else "LOC" if actor.actor_type == "state" else "ORG"


def _past_verb_afala(word: str) -> bool:
    """`أراد`, `أكد`, `أعاد`: four letters of the past verb أفعل (hamza folded to ا, a consonant after
    it), which the tagger may read into the name of its subject after it."""
    return len(word) == 4 and word[0] == "ا" and word[1] not in "اوي" and word[3] not in "اوي"


class ActorTaggerRules:
    def _tagged(self, first: int, last: int, found: list[Mention]) -> list[Mention]:
        """Person and organisation names the learned tagger finds where no rule found anything:
        the lexicon and the rules win wherever they know the actor."""
        if self.tagger is None or last - first < 2:
            return []
        taken = {k for m in found for k in range(m.first, m.last)}
        out = []
        earlier = self._document_memory if self.tagger.reads_document else None
        for lo, hi in self._tagger_windows(first, last, taken):
            tokens = self.tokens[lo:hi]
            for e in self.tagger.entities([t.word for t in tokens], [not t.joined for t in tokens], earlier):
                kind = _TAGGED_KINDS.get(e.kind)
                a, b = lo + e.first, lo + e.last
                if kind is None or e.confidence < NAME_TAGGER_CONFIDENCE or taken.intersection(range(a, b)):
                    continue
                m = self._tagged_mention(kind, a, b, last, taken)
                if m is not None:
                    out.append(m)
                    taken.update(range(m.first, m.last))
        if earlier is not None:
            for m in (*found, *out):
                kind = _memory_kind(m.actor)
                if kind is not None:
                    remember_names(earlier, [t.word for t in self.tokens[m.first:m.last]], [kind] * (m.last - m.first))
        return out

    @cached_property
    def _document_memory(self) -> dict[str, frozenset[str]]:
        """The names found in the document's sentences so far, by bare word and kind: the
        tagger's document features (`ner.remember_names`), as training reads the sentences before."""
        return {}

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
        # whether a word may go on a name where one is expected: `_name_shaped(word, False)`'s
        # answers, read from `_name_like`'s own table (one table of them for every rule)
        tokens, opens, continues = self.tokens, tagger.window_openers, self.lex.name_like_answers[False][True]
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
                    shaped = self._name_like(second, False, expected=True)
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
        words = list(map(_WORD, tokens))
        # the positions of the words followed by a joined word (C-level `compress`, no Python loop)
        followed = list(compress(range(len(tokens) - 1), map(_JOINED, islice(tokens, 1, None))))
        candidates = list(map(words.__getitem__, followed))
        for word in set(candidates).difference(opens):  # words read for the first time
            opens[word] = self._window_opener(word)
        return list(compress(followed, map(opens.__getitem__, candidates)))

    def _window_opener(self, word: str) -> int:
        """What a word may open for `_tagger_windows`: an indefinite organisation head
        (`_ORG_OPENER`, a window whatever follows), else a name-shaped first word
        (`_NAME_OPENER`, a window if the next word goes on the name), else nothing (0)."""
        if word.startswith("ال"):
            return 0  # a head that opens a window is indefinite, and `_word_name_like` opens no name with the article
        if "ال" not in word[:4] and self.lex.org_heads.can_start(word):
            return _ORG_OPENER
        return _NAME_OPENER if self._name_shaped(word, True) else 0

    def _name_shaped(self, word: str, first: bool) -> bool:
        """`_name_like` where a name is expected, after a proclitic for the first word (`وجون`);
        the answer depends on the word alone, so the lexicon object keeps it for the process (a
        later word's is `_name_like`'s own answer, kept in its table)."""
        if not first:
            return self._name_like(word, False, expected=True)
        shapes = self.lex.name_opening_shapes
        hit = shapes.get(word)
        if hit is None:
            hit = shapes[word] = self._name_like(
                word[len(tagged_name_clitic(word, "person", self.lex.one_word_given_names)):], True, expected=True)
        return hit

    def _known_person_named(self, words: list[str], actor: Actor) -> Actor:
        """`وقام [كيم] بزيارة` after `كيم جونغ أون`, `[كيلي] ...` after `كيلي رولييت`: one word that
        is the family name of a person named before, or the given name of a known (lexicon) person
        named before, is that person. A given name shared with a person the rules named (`لوران
        [برجيه]` after `لوران برون`) may be someone else whose family name the tagger left out."""
        if len(words) != 1:
            return actor
        known = self.surnames.get(strip_article(words[0]))
        if known is None and (given := self.given_refs.get(words[0])) is not None and given.origin == "lexicon":
            known = given
        return known or actor

    def _tagged_mention(self, kind: str, a: int, b: int, last: int, taken: set[int]) -> Mention | None:
        if kind == "organization" and self.lex.titles.match_at(self.tokens, a, stop=b) is not None:
            return None  # `الأمين العام للحلف الأطلسي`: a post, whose holder is a person
        if kind == "organization" and (club := self.lex.org_heads.match_at(self.tokens, a, max_words=1)) is not None \
                and club.value["sector"] == "SPT":
            return None  # `ريال مدريد` is the club rule's; `ريال سعودي` is money
        if kind == "organization" and a > 0 and a - 1 not in taken and self.tokens[a].joined \
                and self.lex.speaker_org_heads.match_at(self.tokens, a - 1, max_words=1) is not None:
            a -= 1  # `صحيفة [أرمان الساخرة]`: the head word belongs to the name
        first_word = self.tokens[a].word
        clitic = tagged_name_clitic(first_word, kind, self.lex.one_word_given_names)
        if clitic and kind != "person" and (head := self.lex.speaker_org_heads.match_at(self.tokens, a, max_words=1)) is not None \
                and head.start == self.tokens[a].start:
            clitic = ""  # `بلدية برشلونة`: a head that opens with ب or ل has no preposition to strip
        if clitic.endswith("ك") and first_word[len(clitic):][:1] == "ا" and first_word[len(clitic):][:2] != "ال":
            clitic = clitic[:-1]  # `[كامبريدج] أناليتيكا`, `كارفور`: a foreign name in كا-, not `ك` ("as") + a word
        words = [first_word[len(clitic):], *(self.tokens[k].word for k in range(a + 1, b))]
        if clitic.endswith("لل"):
            words[0] = "ال" + words[0]  # `للجنة` names `اللجنة`; its surface keeps the second `ل`
            clitic = clitic[:-1]
        if not words[0] or words[0] in self.lex.stop or any(not w.isalpha() for w in words):
            return None
        if kind == "person" and not clitic and len(words) >= 2 and _past_verb_afala(words[0]) \
                and self.lex.given_names.get(words[0]) is None and self.lex.given_names.get(words[1]) is not None:
            del words[0]  # `هكذا [أراد] زايد`: a past verb أفعل before its subject's given name
            a += 1
            first_word = self.tokens[a].word
        if any(w in _COUNT_NOUNS for w in words[1:]):
            return None  # `الشركة [تريليون] دولار`: a number counts, it names nothing
        if kind == "person":
            while len(words) > 2 and (words[-1] in self.lex.name_end or strip_article(words[-1]) in self.lex.name_end
                                      or words[-1].startswith("ال") and not self._name_shaped(words[-1], False)):
                words.pop()  # `كيليان مبابي [هدفين]`, `دي كابريو [عندما]`: the tagger ran on past the name
                b -= 1
        if kind == "person":
            cut = next((x for x in range(a + 2, b) if self._second_conjunct(x) or self._title_after_name(x, last)), b)
            if cut < b:  # `سامي علوي [وفيفي عبده]`: the tagger ran on into a second conjunct
                del words[cut - a:]
                b = cut
        if kind == "person" and a > 0 and self.tokens[a].joined and not clitic \
                and ((prev := self.tokens[a - 1].word) == "في" or strip_article(prev) in PLACE_WORDS
                     or _place_noun(prev)):
            return None  # `في [بيغ آيلاند]`, `مدينة [سان خوسيه]`, `بمنطقة [سيري]`: a place the tagger read as a name
        if kind == "person" and a > 0 and self.tokens[a].joined and not clitic \
                and (head := self.lex.speaker_org_heads.match_at(self.tokens, a - 1, max_words=1)) is not None \
                and head.value["actor_type"] == "media" and self.lex.org_heads.match_at(self.tokens, a - 1, max_words=1) is None:
            return None  # `محطة [مارين كورب] الجوية`: the name of a station or site, no person
        if kind == "person" and not (self._name_shaped(first_word, True)
                                     and all(self._name_shaped(self.tokens[k].word, False) for k in range(a + 1, b))):
            return None  # `ورم سرطاني`, `دينا أوامر`: the shape rules know these are not names
        if len(words) == 1 and (kind == "organization" or self.lex.given_names.get(words[0]) is None):
            return None  # one unknown word (`داتيلو`, `الشيعة`) is too often a ship, a sect or a product
        if kind == "person" and len(words) == 1 and clitic[-1:] in ("ل", "ب") and len(words[0]) < 4 \
                and strip_article(words[0]) not in self.surnames \
                and getattr(self.given_refs.get(words[0]), "origin", None) != "lexicon":
            return None  # `إن [لجان] التحقيق`: ل/ب + a short given name alone is a word (committees), not
            # the family name of someone named before, nor a known person's name (`صورا [لكيم]`)
        if kind == "person":
            while b < last and b - a < 4 and b not in taken and self.tokens[b].joined \
                    and self._name_shaped(self.tokens[b].word, False) and not self.tokens[b].word.startswith("ال") \
                    and not self._title_after_name(b, last):  # (`يوشيهيدي سوغا [كبير أمناء] مجلس الوزراء`)
                words.append(self.tokens[b].word)  # `هيل ثورنينغ [شميدت]`: unseen names end late
                b += 1
            cut = self._before_verb(a, b, len(clitic))  # `مايكل [تهب] الرياح`: the tagger ran into a verb
            if cut < b:
                del words[cut - a:]
                b = cut
                if len(words) == 1 and self.lex.given_names.get(words[0]) is None:
                    return None
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
            actor = self._known_person_named(words, pattern_person(name, written))
            if b - a >= 2:
                self._remember_surname(b - 1, actor)
            self.last_person = actor
        else:  # the head word says what kind of body: `صحيفة خليج تايمز` is a newspaper
            head = self.lex.speaker_org_heads.match_at(self.tokens, a, max_words=1)
            kind, sector = (head.value["actor_type"], head.value["sector"] or None) if head is not None \
                else ("organization", None)
            actor = Actor(f"org-{slug(name)}", written, None, kind, None, sector, None, "pattern")
        return Mention(actor, a, b, self.tokens[a].start + len(clitic), self.tokens[b - 1].end)
