"""Titles of office, appositions and the parties they stand for: a bare title (`الرئيس`) for the
person last named with it, a body named in a title (`وزير خارجية بريطانيا، X`) for its holder, a
title before a name, members for their party (`مقاتلو حماس`), `بلاده` for the speaker's state,
states named as places left out, and a titled subject or object after a verb."""
from __future__ import annotations

from dataclasses import replace

from .actor_lexicon import Actor, Mention, actor_lexicon, person_gender
from .event_roles_words import (CLAUSE_OPENERS, CONNECTIVES, FORCE_TYPES, RELATIVES, RoleState, SOURCE_TYPES, _APPOSITION_SPAN,
                                _COMPLEMENTIZERS, _COUNTERPART_WORDS, _OFFICIALS, _PARTICLES, _PREPOSITIONS,
                                _TITLE_APPOSITION_WORDS, office_head, passive_news_verb, role_words)
from .lexicon import word_classes
from .morphology import analyse, strip_article, without_conjunction

_APPOSITION_COMMAS = frozenset("،,")
_APPOSITION_REACH = 6  # words a title with its description may stand before a name set off by a comma
_POST_PREPOSITIONS = word_classes()["posting_preposition"]  # `سفير X لدى الأمم المتحدة`: where an envoy is posted
_PLACE_NOUNS = word_classes()["place_word"] - word_classes()["preposition"]  # `العاصمة`, `مدينة`
_OWNER_PREPOSITIONS = word_classes()["event_role_owner_preposition"]  # `وزير في الحكومة`, `المتحدث باسم`


class TitleRules(RoleState):
    """Titles, appositions and the parties they stand for."""

    def _bare_title_subject(self, t0: int, t1: int) -> Actor | None:
        """`ورحب الرئيس بالاتفاق`, `"الرئيس يريد أن يلتقي بهم"`: a definite title of office with no
        name, nationality or body after it, the subject of a verb trigger (right after it, or
        opening the clause right before it or before a verb and `أن` that govern it) or of the
        sentence's opening verb whose object the noun trigger right after it is, stands for
        the person last named with that title (`الرئيس الأمريكي دونالد ترامب`); None when the text
        names none."""
        if t1 < len(self.tokens) and self.tokens[t1].joined and self._verb(t0) and self._bare_title(t1) and \
                not (self._role_event_type in FORCE_TYPES and passive_news_verb(self.tokens[t0].word)):
            return self._title_holder(t1)  # (`وقتل الصحفي أمس`: news writes it in the passive, he is killed)
        for p in (t0 - 1, t0 - 3):
            if p < self._sentence_first or not self._bare_title(p) or \
                    not all(self.tokens[k].joined for k in range(p + 1, t0 + 1)):
                continue
            if p == t0 - 3 and without_conjunction(self.tokens[t0 - 1].word) != "ان":
                continue  # only `الرئيس يريد أن يلتقي`: a verb and `أن` governing the trigger
            opens = p == self._sentence_first or not self.tokens[p].joined or \
                without_conjunction(self.tokens[p - 1].word) in _COMPLEMENTIZERS
            if opens and (self._verb(t0) or analyse(without_conjunction(self.tokens[t0].word)).present_strict):
                return self._title_holder(p)
            verb = p - 1
            if p == t0 - 1 and verb == self._sentence_first and not self._verb(t0) and \
                    analyse(self.tokens[verb].word).past_shape:
                return self._title_holder(p)  # `وأكد الرئيس دعمه`: the verb's subject owns the act it names
        return None

    def _bare_title(self, k: int) -> bool:
        """tokens[k] is a definite head of a title of office (`الرئيس`, `والوزير`) with no name,
        nationality or body in construct after it (the next word is no definite noun and opens no party)."""
        word = without_conjunction(self.tokens[k].word)
        if not word.startswith("ال") or not office_head(word):
            return False
        if k + 1 < len(self.tokens) and self.tokens[k + 1].joined and self.tokens[k + 1].word.startswith("ال"):
            return False  # `الرئيس الأمريكي`, `الرئيس التنفيذي`
        return not any(m.first <= k + 1 and m.last > k for m in self._sentence_mentions)  # (nor holds it: `الرئيس X`)

    def _title_holder(self, k: int) -> Actor | None:
        """The person last named before tokens[k] right after the same title word, or whose mention
        opens with it (`الرئيس ... X`: at most four words between, none set off by punctuation)."""
        word = without_conjunction(self.tokens[k].word)
        named = [*self._earlier, *(m for m in self._sentence_mentions if m.last <= k)]
        for i in range(len(named) - 1, -1, -1):
            m = named[i]
            if m.actor.actor_type != "person":
                continue
            reach = _APPOSITION_REACH if self._set_off_by_comma(m.first) else 4  # `القس الأمريكي المعتقل منذ أعوام، X`
            before = next((p.last for p in reversed(named[:i]) if p.actor.actor_type == "person" and p.last <= m.first), 0)
            # (`بين الرئيس X وY`: X's title, not Y's; a state named by the title's adjective is no bound)
            for j in range(min(m.first + 1, m.last) - 1, max(before - 1, m.first - reach - 1), -1):  # (a mention may hold its title)
                if not self.tokens[j + 1].joined and j + 1 < m.first:
                    break
                if without_conjunction(self.tokens[j].word) == word:
                    return m.actor
        return None

    def _set_off_by_comma(self, k: int) -> bool:
        """A comma stands right before tokens[k] (a name in apposition to the words before it)."""
        return k > 0 and self.text[self.tokens[k - 1].end:self.tokens[k].start].strip() in _APPOSITION_COMMAS

    def _described_object_holder(self, t1: int, last: int, source: Actor | None) -> Actor | None:
        """`أفرجت تركيا عن القس`, `اعتقال الصحفي`: a definite title or noun of a person right after
        the trigger (or after its preposition) with no name, nationality or party after it is the
        person named before with that word (`القس X`), the act's object; None when the text names none."""
        k = t1
        subject = next((m for m in self._sentence_mentions if m.first == k and source is not None and m.actor == source), None)
        if subject is not None:  # `وأفرجت تركيا عن القس`: past the verb's subject
            k = subject.last
        if k < last and self.tokens[k].joined and without_conjunction(self.tokens[k].word) in _PREPOSITIONS:
            k += 1
        if k >= last or not self.tokens[k].joined:
            return None
        word = without_conjunction(self.tokens[k].word)
        if not word.startswith("ال") or not (office_head(word) or actor_lexicon().person_nouns.has_word(word)) or \
                any(m.first <= k < m.last or m.first == k + 1 for m in self._sentence_mentions):
            return None
        if k + 1 < len(self.tokens) and self.tokens[k + 1].joined and self.tokens[k + 1].word.startswith("ال"):
            return None  # `الصحفي الأمريكي`, `الرئيس التنفيذي`: a description of its own
        holder = self._title_holder(k)
        return holder if holder != source else None

    def _without_listed_places(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions less the states named as places: after a noun of place with its own
        preposition (`بالعاصمة باريس`, `لمدينة X`), in a list after `في كل من`, or joined by `و`
        to a place after `في` or a noun of place (`في مدريد وروما وباريس`: the capitals after the
        first are where, like it; not after `إلى`, whose list may name parties: `بالإضافة إلى X وY`)."""
        places = [p for p in self._sentence_places if p.first > self._sentence_first and self.tokens[p.first].joined
                  and (self.tokens[p.first - 1].word == "في" or self.tokens[p.first - 1].word in _PLACE_NOUNS)]
        out = []
        for m in mentions:
            if m.actor.actor_type == "state" and m.first > self._sentence_first and self.tokens[m.first].joined and \
                    (self._after_place_noun(m.first) or self._listed_after(m, places) or self._in_places_list(m.first)
                     or self._across_border(m.first)):
                places.append(m)
                continue
            out.append(m)
        return out if len(out) != len(mentions) else mentions

    def _after_place_noun(self, k: int) -> bool:
        """`بالعاصمة X`, `لمدينة X`: a noun of place (function_words.tsv `place_word`, not the
        prepositions of that class) carrying its own preposition right before the name."""
        bare = without_conjunction(self.tokens[k - 1].word)
        noun = "ال" + bare[2:] if bare.startswith("لل") else bare[1:]  # `للعاصمة`: ل + العاصمة
        return bare[:1] in ("ب", "ل") and noun in _PLACE_NOUNS

    def _across_border(self, k: int) -> bool:
        """`قرب الحدود مع X`, `على الحدود بين X وY`: a state after a noun of a border (event_roles.tsv
        role `border`: the noun with `مع`/`بين`) names where the border runs, not a party to the act there."""
        border = role_words("border").match_at(self.tokens, k - 2, stop=k) if k >= self._sentence_first + 2 else None
        return border is not None and border.last == k and self.tokens[k - 1].joined and self.tokens[k].joined

    def _listed_after(self, m: Mention, places: list[Mention]) -> bool:
        """`في مدريد وروما`: the name joined by `و` right after a place."""
        own = "و" in self.text[self.tokens[m.first].start:m.start]
        return own and any(p.last == m.first for p in places)

    def _in_places_list(self, k: int) -> bool:
        """`في كل من إيطاليا وإسبانيا`: a list after `في كل من` names where."""
        return k >= self._sentence_first + 3 and [without_conjunction(self.tokens[j].word) for j in range(k - 3, k)] == \
            ["في", "كل", "من"] and all(self.tokens[j].joined for j in range(k - 2, k + 1))

    def _titled_holders(self, mentions: list[Mention]) -> list[Mention]:
        """`استقال وزير خارجية بريطانيا، X،`, `اعتقال رئيس الإنتربول، X`: a body named in a title of
        office (its head noun one or two words before the body, in construct with it: not `الأمين
        العام لحزب X`, whose `ل` the clause may read as governing the whole title) whose holder
        follows it after a comma is no party of the act: the holder is. The title's words, body included, stand for
        the holder (a mention from the title's head), so that the clause reads the holder where
        the title stands."""
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.actor.actor_type == "person" or m.last >= len(self.tokens) or self.tokens[m.last].joined or \
                    self.text[self.tokens[m.first].start:m.start] or \
                    not self._set_off_by_comma(m.last):
                continue
            holder = next((p for p in mentions if p.first == m.last and p.actor.actor_type == "person"), None)
            # `السفيرة الأميركية لدى الأمم المتحدة، X،`: an envoy's post after `لدى`/`في`, a nisba between
            posted = m.first - 1 > self._sentence_first and self.tokens[m.first - 1].word in _POST_PREPOSITIONS
            reach = (m.first - 1, m.first - 2, m.first - 3, m.first - 4) if posted else (m.first - 1, m.first - 2)
            head = next((k for k in reach if k >= self._sentence_first and
                         office_head(self.tokens[k].word) and
                         all(self.tokens[j].joined for j in range(k + 1, m.first + 1))), None)
            if holder is not None and head is not None:
                out[i] = replace(m, actor=holder.actor, first=head, start=self.tokens[head].start)
        return self._titles_before_names(out)

    def _titles_before_names(self, mentions: list[Mention]) -> list[Mention]:
        """`أدان البرلماني البريطاني المعارض، X،`: a title of office with its adjectives, set off from
        the person's name by a comma, names that person where it stands (a mention of the holder
        from the title's head is added), so that the clause reads the holder in the title's place."""
        added = []
        for p in mentions:
            if p.actor.actor_type != "person" or p.first - 2 < self._sentence_first or self.tokens[p.first].joined or \
                    not self._set_off_by_comma(p.first):
                continue
            for head in range(p.first - 1, max(self._sentence_first, p.first - 1 - _TITLE_APPOSITION_WORDS) - 1, -1):
                if any(m.first <= head < m.last for m in mentions) or \
                        not all(self.tokens[j].joined for j in range(head + 1, p.first)):
                    break
                if office_head(self.tokens[head].word):
                    added.append(replace(p, first=head, last=p.first, start=self.tokens[head].start,
                                         end=self.tokens[p.first - 1].end))
                    break
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    def _members_as_parties(self, t0: int, t1: int, mentions: list[Mention]) -> list[Mention]:
        """`مقاتلو حركة حماس`, `مسلحي الوحدات الكردية`, `عناصر من حزب الله`: a noun of members,
        fighters or craft (event_roles.tsv role `member`) in construct with a party, or before a
        partitive `من` and the party, acts for it: the party's mention takes the noun's place and
        the group it names is no party of its own."""
        members = role_words("member")
        out, merged = list(mentions), False
        for i, n in enumerate(mentions):
            if n.actor.actor_type not in SOURCE_TYPES or n.actor.actor_type == "person":
                continue
            k = n.first - 1
            if k > 0 and without_conjunction(self.tokens[k].word) == "من" and self.tokens[k].joined:
                k -= 1  # `عناصر من حزب الله`
            if k < 0 or t0 <= k < t1 or not all(self.tokens[j].joined for j in range(k + 1, n.first + 1)):
                continue
            word = self.tokens[k].word
            bare = without_conjunction(word)
            clitic = next((p for p in ("", "ب", "ل", "ك") if members.has_word(bare[len(p):])
                           and not bare[len(p):].startswith("ال")), None)
            if clitic is None or any(m.first < k < m.last for m in mentions):
                continue
            start = self.tokens[k].start + len(word) - len(bare) + len(clitic)  # a `ل`/`ب` before it stays a preposition
            out = [m for m in out if not (m.first == k and m.last <= n.first)]  # `مسلحي`: the group noun's own mention
            out = [replace(n, first=k, start=start) if m is n else m for m in out]
            merged = True
        return out if merged else mentions

    def _home_states_named(self, t0: int, t1: int, mentions: list[Mention]) -> list[Mention]:
        """`الاتفاق الذي توصلت إليه بلاده`: `بلاده`/`بلادها` (his, her country) right after the
        trigger or right before it names the state of the person who speaks in the sentence, else
        of the person named last before it, as the text has named that state; the mentions with
        it added."""
        added = []
        for k in (t0 - 1, t1, t1 + 1):
            if not (self._sentence_first <= k < len(self.tokens)) or any(m.first <= k < m.last for m in mentions):
                continue
            word = without_conjunction(self.tokens[k].word)
            if word not in ("بلاده", "بلادها"):
                continue  # (a preposition before it, `لبلاده`, makes it no subject or object)
            speaker = self._speaker(k, self._sentence_first, mentions)  # `شدد روحاني في اتصال مع نظيره ماكرون على أن ... بلاده`
            person = speaker.actor if speaker is not None and speaker.actor.actor_type == "person" else \
                next((m.actor for m in reversed((*self._earlier, *mentions)) if m.last <= k
                      and m.actor.actor_type == "person"), None)
            home = person and self._home_state(person, mentions)
            if home is not None:
                start = self.tokens[k].start + len(self.tokens[k].word) - len(word)
                added.append(Mention(home, k, k + 1, start, self.tokens[k].end))
        return sorted((*mentions, *added), key=lambda m: m.first) if added else mentions

    def _title_in_apposition(self, words: list[str]) -> bool:
        """`X المدير السابق للحملة`, `X وزير الخارجية`: the words after a name are a title of office
        describing it (its head first, a few words, no preposition of their own): the name's phrase
        goes on to them."""
        return 0 < len(words) <= _TITLE_APPOSITION_WORDS and office_head(words[0]) and \
            not any(w in _PREPOSITIONS for w in words)

    def _home_state(self, person: Actor, mentions: list[Mention]) -> Actor | None:
        """The state a person speaks for (`بلاده`: his country), as the text has named it, else the
        lexicon's state of the person's country (`قال الرئيس الإيراني حسن روحاني إن ... بلاده`: Iran,
        named only by an adjective, as `الضربات الإسرائيلية` names Israel); None when the person
        has no country."""
        if person.actor_type != "person" or not person.country_iso3:
            return None
        named = next((m.actor for m in reversed((*self._earlier, *mentions)) if m.actor.actor_type == "state"
                      and m.actor.country_iso3 == person.country_iso3), None)
        return named or actor_lexicon().states_by_iso.get(person.country_iso3)

    def _titled_subject(self, t0: int, t1: int, after: list[Mention], last: int) -> tuple[Mention, int] | None:
        """A verb whose subject is a title of office (titles.tsv, or an official noun) owned by a body
        named after it (`نفى المتحدث باسم الجيش`, `دعا الأمين العام للأمم المتحدة`): the person the
        title is given to in apposition after the body (`..., جون سميث،`) acts, else the body (an
        unnamed official acts for it). Returns the subject's mention and where its phrase ends;
        None when the word after the verb is no title or no body owns it."""
        if t1 - t0 != 1 or t1 >= last or not self._verb(t0) or not self.tokens[t1].joined:
            return None
        title = actor_lexicon().titles.match_at(self.tokens, t1, stop=last)
        title_end = title.last if title is not None else t1 + 1 if self.tokens[t1].word in _OFFICIALS else None
        if self._feminine_verb(t0) and not self.tokens[t1].word.endswith("ه"):
            return None  # `والتقت وزير الخارجية`: a feminine verb, a man's title: its object
        owner = after[0] if after and after[0].first > t1 else None  # not a mention holding the title itself
        if title_end is None or owner is None or owner.first - title_end > 2 or \
                not all(self.tokens[k].joined for k in range(t1, owner.first + 1)):
            return None
        if any(without_conjunction(self.tokens[k].word) in _PREPOSITIONS and
               without_conjunction(self.tokens[k].word) not in _OWNER_PREPOSITIONS for k in range(title_end, owner.first - 1)):
            return None  # `دعا المتحدث إلى تدمير X`: X is in the object the preposition heads, no owner of the title
        by_word = without_conjunction(self.tokens[owner.first - 1].word)
        if by_word in _PREPOSITIONS and by_word not in _OWNER_PREPOSITIONS or \
                any(c in self.text[self.tokens[owner.first].start:owner.start] for c in "بك"):
            return None  # `قال المسؤول مع الوفد`: a preposition of another role
        if owner.actor.actor_type != "person" and not self._governed(owner) and by_word.startswith("ال"):
            return None  # `يلتقي الأمير كبار المسؤولين`: a definite title owns nothing after it; that is its object
        named = next((m for m in after if m.first >= owner.last and not self._governed(m)), None)  # not `لدى لندن`
        if named is not None and named.actor.actor_type == "person" and owner.actor.actor_type != "person" and \
                named.first - owner.last <= _APPOSITION_SPAN and \
                not any(self.tokens[k].word in _COMPLEMENTIZERS for k in range(owner.last, named.first)):
            return named, named.last
        return owner, owner.last

    def _titled_object_after_unnamed_title(self, t0: int, t1: int, m: Mention) -> bool:
        """`واستقبل رئيس الوزراء العراقي وزير الخارجية الأمريكي X`, `والتقى الرئيس المصري الرئيس
        الفرنسي X`: right after a verb trigger stands a whole title naming no one (its construct
        chain closed by a definite word, nisba adjectives after it), and then a second title of
        office before the person named: the first title is the subject, the named person its
        object."""
        if t1 - t0 != 1 or m.actor.actor_type != "person" or m.first < t1 or m.first - t1 > _APPOSITION_SPAN or \
                not self.tokens[t1].joined:
            return False  # (the mention may take in the titles before the name)
        head = without_conjunction(self.tokens[t1].word)
        if not (office_head(head) or strip_article(head) in _OFFICIALS):
            return False
        closed = head.startswith("ال")
        for k in range(t1 + 1, m.last if m.first == t1 else m.first):  # (a name after the titles: `الشيخ سلطان`)
            if not self.tokens[k].joined:
                return False
            word = self.tokens[k].word
            if closed and (office_head(word) or strip_article(word) in _OFFICIALS):
                return True  # a second title after a whole one: a new noun phrase
            if word in _PREPOSITIONS or word in _COUNTERPART_WORDS:
                return False
            closed = closed or word.startswith("ال")
        return False

    def _holder_after_title(self, t0: int, t1: int, after: list[Mention], last: int) -> Mention | None:
        """`وحذر نائب وزير الخارجية الفرنسي X`, `وطلب حاكم ولاية كاليفورنيا X`: right after a verb
        trigger a title headed by an office (`نائب`, `حاكم`, `وزير`, an official noun) whose
        phrase runs, unbroken, into a person's name: that person is the verb's subject, though
        the title is none the lexicon lists whole. Not when the verb is feminine and the title a
        man's (`والتقت وزير الخارجية X`: its object), nor when a new noun phrase opens before the
        name (`والتقى رئيس الوزراء الرئيس الفرنسي X`, `نظيره`), nor across a preposition other
        than `في` or a clause boundary."""
        if t1 - t0 != 1 or t1 >= last or not self._verb(t0) or not self.tokens[t1].joined:
            return None
        head = without_conjunction(self.tokens[t1].word)
        if not (office_head(head) or strip_article(head) in _OFFICIALS):
            return None
        if self._feminine_verb(t0) and not head.endswith("ه"):
            return None
        person = next((m for m in after if m.first > t1), None)
        if person is None or person.actor.actor_type != "person" or person.first - t1 > _APPOSITION_SPAN or \
                any(m.first < person.first and m.actor.actor_type == "person" for m in after):
            return None
        closed = head.startswith("ال")  # a definite word ends the construct chain: only adjectives follow
        for k in range(t1 + 1, person.first):
            word = without_conjunction(self.tokens[k].word)
            if not self.tokens[k].joined or word in _COUNTERPART_WORDS or \
                    word in _COMPLEMENTIZERS or word in RELATIVES or \
                    word in _PREPOSITIONS and word != "في" or self._time_word(k):
                return None
            if closed and (office_head(word) or strip_article(word) in _OFFICIALS):
                return None  # a second title after a whole one: a new noun phrase, the verb's object
            closed = closed or word.startswith("ال")
        if not self.tokens[person.first].joined and self.text[self.tokens[person.first - 1].end:
                                                               self.tokens[person.first].start].strip() not in ("،", ","):
            return None
        return person

    def _mans_title_after_feminine_verb(self, t0: int, m: Mention) -> bool:
        """`واستقبلت وزير الخارجية X`, `وأيدت المليونير جورج X`: a one-word verb marked feminine
        before a person named with a man's title or a man's given name does not agree with him: he
        is its object, its subject is dropped."""
        if m.actor.actor_type != "person" or not self._verb(t0) or not self._feminine_verb(t0):
            return False
        if person_gender(m.actor) == "m":
            return True
        title = actor_lexicon().titles.match_at(self.tokens, m.first, stop=m.last)
        return title is not None and not self.tokens[m.first].word.endswith("ه")

    def _feminine_party_after_masculine_verb(self, t0: int, t1: int, m: Mention) -> bool:
        """`ثم اتهم الدول الخمس`, `ودعا الحكومة إلى`: a one-word verb marked masculine right before
        a party whose name is feminine in grammar (a noun in `ة`, a plural in `ات`, `الدول`, a
        state in `ا`) does not agree with it: the party is its object, its subject is dropped."""
        if t1 - t0 != 1 or m.first != t1 or m.actor.actor_type == "person" or not self._verb(t0) or \
                not self.tokens[t1].joined:
            return False
        bare = without_conjunction(self.tokens[t0].word)
        before = without_conjunction(self.tokens[t0 - 1].word) if t0 > self._sentence_first else ""
        opens = bare != self.tokens[t0].word or not before or not self.tokens[t0].joined or \
            before in CONNECTIVES or before in CLAUSE_OPENERS or before in _PARTICLES or before in RELATIVES
        if not opens:
            return False  # `وجاء رفض روما`: after another verb the word is a noun, its genitive its doer
        a = analyse(bare)
        masculine = a.agreement_gender == "m" or (a.present_strict and bare.startswith("ي")) or \
            (len(bare) <= 4 and bare.endswith(("ا", "ي")) and not bare.endswith("وا") and not bare.startswith(("ت", "ي")))
        if not masculine:
            return False
        head = strip_article(without_conjunction(self.tokens[m.first].word))
        name = m.actor.name_ar
        return head.endswith(("ه", "ات")) or head in ("دول", "الدول") or \
            (m.actor.actor_type == "state" and name.endswith("ا") and head.endswith("ا"))

    def _title_head_before(self, m: Mention) -> int | None:
        """`رئيس الوزراء الإيطالي X`: the head of a title of office standing right before a person's
        name (no comma between), a few words back, when the person's mention leaves it out."""
        if m.actor.actor_type != "person" or m.first <= self._sentence_first or not self.tokens[m.first].joined:
            return None
        for k in range(m.first - 1, max(self._sentence_first, m.first - 1 - _TITLE_APPOSITION_WORDS) - 1, -1):
            if k < m.first - 1 and not self.tokens[k + 1].joined:
                return None
            word = self.tokens[k].word
            bare = without_conjunction(word)
            if office_head(word) or bare[:1] in ("ب", "ل", "ك") and office_head(bare[1:]) or \
                    bare.startswith("لل") and office_head("ال" + bare[2:]):
                return k if k > self._sentence_first else None
        return None
