"""A person named after a title (`الرئيس دونالد ترامب`), and the one word after a title that is no name.

A post's seat or body may stand between the title and the name (`السفيرة الأميركية في لبنان X Y`,
`المدير التنفيذي لشركة تسلا X Y`), or a genitive the title governs (`حاكم الولاية X Y`); a bare title
refers back to its holder named before. One word after a title (or a reporting verb) may be the
clause's verb or adverb, no name (`_clause_word_alone`, `_accusative_alone`)."""
from __future__ import annotations

from .actor_base import name_words
from .actor_lexicon import Mention
from .actor_person_words import PersonState, _adjunct_alone, _adjunct_opener, _derived_past_verb, _verbal_noun_alone
from .lexicon import word_classes
from .morphology import analyse, strip_article
from .text import normalize_phrase

_SEAT_PREPOSITIONS = name_words("seat_preposition")  # `السفير [في] لبنان X` (`_post_seat_end`)
# adjectives between a title and the name (`الرئيس اليمني [الراحل] علي صالح`): closed class
_TITLE_ADJECTIVES = word_classes()["actor_title_adjective"]
# `نظيره`, `نظيرتها`: a role noun definite by its possessive pronoun, as a title is by the article
_POSSESSED_TITLES = word_classes()["actor_possessed_title"]


def _possessed_title(t) -> bool:
    """A title of one noun made definite by its possessive pronoun (`نظيره`, `نظيرتها`)."""
    return t.last - t.first == 1 and normalize_phrase(t.value["title_ar"]) in _POSSESSED_TITLES


class TitledPersons(PersonState):
    """`_title`: the person a title introduces; and whether the one word after a title is a name."""

    def _holder_span(self, t, name) -> tuple[int, int, int, int]:
        """The mention of a known holder after title t: from the title (`الرئيس دونالد ترامب`), but
        from the name after a counterpart (`من نظيره الأمريكي [دونالد ترامب]`): the event rules
        read the counterpart word before the party as its role."""
        if _possessed_title(t):
            return name.first, name.last, name.start, name.end
        return t.first, name.last, t.start, name.end

    def _head_referring_back(self, head, last: int) -> bool:
        """`المتحدث باسم [الفصيل] أبو عبد الله`: a body's head with the article before an indefinite
        word is the body named before, whole; the word after it opens the spokesman's name, not
        the body's (a definite head takes no bare proper name)."""
        k = head.last
        return self.text[head.start:head.start + 2] == "ال" and head.last - head.first == 1 and k < last \
            and self.tokens[k].joined and not self.tokens[k].word.startswith(("ال", "لل"))

    def _definite_title(self, t) -> bool:
        """A title with the article (`الرئيس`), or one noun made definite by its pronoun (`نظيره`)."""
        return self.text[t.start:t.start + 2] == "ال" \
            or _possessed_title(t)

    def _title(self, i: int, last: int) -> Mention | None:
        if i > 0 and self.tokens[i].joined and self.tokens[i - 1].word == "ال":
            return None  # `آل [الشيخ]`, `آل [الأمير]`: after آل (folded to ال) a family's name, no title
        t = self.lex.titles.match_at(self.tokens, i, stop=last)
        if t is not None and t.last - t.first == 1 and i > 0 and self.tokens[i].joined \
                and self.tokens[i - 1].word.startswith("ال") and self.text[t.start:t.start + 2] == "ال" \
                and (self.lex.org_heads.match_at(self.tokens, i - 1, max_words=1) is not None
                     or self.lex.heads.match_at(self.tokens, i - 1, max_words=1) is not None):
            return None  # `الحزب [الحاكم]`, `الحكومة [الحاكمة]`: an adjective of the body before, no title
        if t is not None and t.last - t.first == 1 and t.last < last and not self._definite_title(t) \
                and not self.tokens[i].word.removeprefix("و").startswith("لل"):
            after_genitive = self._name_after_genitive(t, t.last, last)
            if after_genitive is not None:
                return after_genitive  # `حاكم [الولاية] ريك سكوت`, `رئيس [المهرجان] بيير ليسكور`
            holder = self.title_refs.get((normalize_phrase(t.value["title_ar"]), self.tokens[t.last].word)) \
                if self.title_refs and self.tokens[t.last].joined else None
            if holder is not None:  # `وأضاف حاكم الولاية`: the holder named before
                return Mention(holder, t.first, t.last + 1, t.start, self.tokens[t.last].end)
        if t is None or (t.last - t.first == 1 and not self._definite_title(t)
                         and not self.tokens[i].word.removeprefix("و").startswith("لل")):
            return None  # a one-word title is definite (`الصحفي`, `للقاضي`); `مؤتمر صحفي` is an adjective
        if self._body_closing_title(t, last) is not None:
            return None  # `زعيم [حزب بوديموس] ...`: the body and its leader (`GroupRules._body_after_title`)
        j = t.last
        qualifiers = []
        if normalize_phrase(t.value["title_ar"]).endswith("باسم") and j < last:
            body = self._lexicon(j, last) or self._group(j, last) or self._organisation(j, last)
            head = self.lex.org_heads.match_at(self.tokens, j, max_words=1, stop=last) \
                or self.lex.speaker_org_heads.match_at(self.tokens, j, max_words=1, stop=last)
            if body is None and head is not None and not self._head_referring_back(head, last):
                return None  # `متحدث باسم جامعة [هارفارد]`: the body's unknown name is no person's
            qualifiers.append(self.tokens[j].word)
            j = body.last if body else j + 1  # `المتحدث باسم الجهاد داود شهاب`
        elif (body_end := self._body_of_title(j, last)) is not None:
            qualifiers.append(self.tokens[j].word)  # `المدعية العامة [للمحكمة] فاتو بنسودا`
            j = body_end
        title_definite = self.tokens[t.last - 1].word.removeprefix("و").startswith(("ال", "لل")) or _possessed_title(t)
        while j < last and self.tokens[j].joined:
            g = self._gentilic_after(j, last)
            if g is not None and title_definite and not self.tokens[j].word.startswith(("ال", "وال")):
                g = None  # `الأمير [تركي] بن طلال`: an indefinite nisba does not describe a definite title
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
        if name_at == j and (seat_end := self._post_seat_end(j, last)) is not None:
            name_at = seat_end  # `السفيرة الأميركية [في لبنان] إليزابيث ريتشارد`: the post's seat, then its holder
        if name_at < last and (inner_title := self.lex.titles.match_at(self.tokens, name_at, stop=last)) is not None \
                and _possessed_title(inner_title):
            return None  # `التقى الرئيس الفرنسي [نظيره] البولندي`: the verb's object, another person
        if name_at < last and name_at > t.last and self.lex.titles.match_at(self.tokens, name_at, stop=last):
            inner = self._title(name_at, last)
            if inner is not None:
                return Mention(inner.actor, t.first, inner.last, t.start, inner.end)
        if name_at < last:
            known = self.lex.names.match_at(self.tokens, name_at, stop=last)
            if known is not None and known.value.actor_type == "person" and known.last - known.first == 1 \
                    and (named := self._named_before_by_family_name(known)) is not None:
                return Mention(named, *self._holder_span(t, known))  # `العقيد تركي المالكي` ... `العقيد المالكي`
            if known is not None and known.value.actor_type == "person":
                self.title_refs.setdefault(key, known.value)
                if known.last - known.first >= 2:
                    self._remember_surname(known.last - 1, known.value)  # `عباس` after `الرئيس محمود عباس`
                return Mention(known.value, *self._holder_span(t, known))
            coordinated = self.tokens[name_at].word[:1] == "و" and len(self.tokens[name_at].word) > 3 \
                and self.lex.given_names.get(self.tokens[name_at].word) is None  # `السفير وX`: two people
            # `رئيس مجلس إدارة [بنك] عودة`, `متحدث باسم [جامعة] هارفارد`: a body's head follows the
            # title, whose holder is not named
            body_head = self.lex.org_heads.match_at(self.tokens, name_at, max_words=1, stop=last) is not None \
                or self.lex.speaker_org_heads.match_at(self.tokens, name_at, max_words=1, stop=last) is not None
            if body_head and name_at == j:
                return None
            if known is None and not coordinated:
                # a counterpart is introduced by his full name (`نظيره الأرجنتيني [كلاوديو] ...`: one
                # unknown word alone is a name cut short); a known one the lexicon reads above
                counterpart = normalize_phrase(t.value["title_ar"]) in _POSSESSED_TITLES
                person = self._name_from(name_at, last, self._country_of(qualifiers), t.value["sector"] or None,
                                         min_words=2 if counterpart else 1, expected=True, titled=True, remember=False)
                if person is not None and not self._clause_word_alone(person):
                    person = self._by_given_name(person)
                    if person.last - person.first >= 2:  # (only a name kept is remembered)
                        self._remember_surname(person.last - 1, person.actor)
                    self.title_refs.setdefault(key, person.actor)
                    return person
        if qualifiers and key in self.title_refs:
            return Mention(self.title_refs[key], t.first, j, t.start, self.tokens[j - 1].end)
        return None

    def _post_seat_end(self, j: int, last: int) -> int | None:
        """`في لبنان`, `لدى الأمم المتحدة`, `إلى اليمن` after a title: the seat of the post, a known
        state or body, where a holder's name of two words or more follows at once; where it ends."""
        if j + 2 >= last or not self.tokens[j].joined or self.tokens[j].word not in _SEAT_PREPOSITIONS:
            return None
        seat = self.lex.names.match_at(self.tokens, j + 1, stop=last)
        if seat is None or seat.first != j + 1 or seat.value.actor_type == "person" or seat.last + 1 >= last \
                or not self.tokens[seat.last].joined:
            return None
        person = self._name_from(seat.last, last, None, None, min_words=2, expected=True, titled=True, remember=False)
        return seat.last if person is not None else None

    def _name_after_genitive(self, t, j: int, last: int) -> Mention | None:
        """`حاكم [الولاية] ريك سكوت`, `رئيس [المهرجان] بيير ليسكور`: an indefinite title in construct with one
        definite noun that names no actor (the state, the festival it heads), then a name of two
        words or more, the first no known given name (a known one the other rules read). The
        noun is the title's, the name its holder's; a bare title refers back to the holder."""
        if j + 2 >= last or not self.tokens[j].joined or not self.tokens[j + 1].joined \
                or not self.tokens[j].word.startswith("ال"):
            return None
        word = self.tokens[j].word
        if word in self.lex.stop or strip_article(word) in self.lex.name_end \
                or self.lex.names.match_at(self.tokens, j, stop=last) is not None \
                or self._gentilic_after(j, last) is not None or self.lex.titles.has_word(word) \
                or self.tokens[j + 1].word[:1] == "و" or self.lex.given_names.get_word(self.tokens[j + 1].word) is not None:
            return None  # (`أستاذ الأشعة [والطب] النفسي`: a conjunct of the genitive, no name)
        person = self._name_from(j + 1, last, None, t.value["sector"] or None, min_words=2, expected=True,
                                 titled=True, remember=False)
        if person is None or self.lex.names.match_at(self.tokens, j + 1, stop=last) is not None:
            return None
        if person.last < last and self.tokens[person.last].joined and self.tokens[person.last].word.startswith("ال"):
            return None  # (`رئيس الحكومة [أشاد بالجيش] ...`: a clause, no name)
        self._remember_surname(person.last - 1, person.actor)
        self.title_refs.setdefault((normalize_phrase(t.value["title_ar"]), word), person.actor)
        return person

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

    def _accusative_alone(self, person: Mention) -> bool:
        """`وختم [مذكرا]`, `أعلنت [مؤخرا]`, `أعلن [قبلا]`: one unknown word in the accusative after a
        reporting verb is its adverb or circumstantial participle, no speaker (other shapes in the
        speaker slot are mostly a family name named before: `وأشار [شكير]`, `وقال [بريناند]`)."""
        word = self.tokens[person.first].word
        return person.last - person.first == 1 and word.endswith("ا") and not _adjunct_opener(word) \
            and self._clause_word_alone(person)  # (`بيلينغسليا` in ب is a family name, no adjunct)

    def _clause_word_alone(self, person: Mention) -> bool:
        """`إن الرئيس [أخطأ]`, `الرئيس [سافر]`: one unknown word of the shape أفعل or فاعل after a
        title is the verb of the clause, not a name (`أحمد`, `سامر` are known given names); nor is
        one of the shape فعيل or a participle مُفعِل, the predicate of a nominal clause (`إن الرئيس
        [مريض]`, `الوزير [مستعد]`; `سعيد`, `منير` are known given names); nor an adjunct's
        first word (`_adjunct_alone`)."""
        word = self.tokens[person.first].word
        if self.lex.given_names.get_word(word) is not None or self.lex.names.get_word(word) is not None:
            return False
        if person.last - person.first >= 2 and self.tokens[person.first + 1].word.startswith("ال"):
            return _adjunct_opener(word)  # `البابا [بنشر التقرير]`, `الرئيس [بغرض الانتقام]`: ب + a noun in construct
        return person.last - person.first == 1 and (analyse(word).predicate_shape or _adjunct_alone(word)
                                                    or _derived_past_verb(word) or _verbal_noun_alone(word)
                                                    or _accusative_predicate(word))


def _accusative_predicate(word: str) -> bool:
    """`أن يكون القائد [جاهزا]`, `وأضاف [ضاحكا]`: a predicate's shape (فاعل, مُفتعِل) with the
    accusative's alif is a participle describing the person (the circumstantial حال or كان's
    predicate), no name; a known name (`ماريا`) is let through before this is asked."""
    return len(word) >= 5 and word.endswith("ا") and not word.endswith("يا") and analyse(word[:-1]).predicate_shape
