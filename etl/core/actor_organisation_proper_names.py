"""Bodies named by a proper noun after an indefinite head: a state or capital (`بنك مصر`,
`حزب نداء تونس`), a city for a club (`ريال مدريد`), a person (`مؤسسة كوفي عنان`), a foreign
name for an outlet or company (`صحيفة أرمان`, `شركة بتروتشاينا`), an acronym spelled in letter
names (`قناة إن بي سي`)."""
from __future__ import annotations

from .actor_base import LETTER_NAMES, name_words
from .actor_lexicon import Mention
from .actor_organisation_words import OrganisationState, _ORG_NAME_FIELDS, _OUTLET_NAME_WORDS, _COUNT_NOUNS
from .matching import PhraseMatch
from .morphology import accusative_adverb, clitic_preposition, strip_article
from .text import normalize_phrase

_OUTLET_CLOSING_WORDS = name_words("outlet_closing_word")
_BROADCASTER_HEADS = name_words("broadcaster_head")
# sectors whose heads take a foreign name-shaped word as their name: outlets, businesses, schools
# and foundations (`جامعة ستانفورد`, `مؤسسة نوبل`)
_FOREIGN_NAMED_SECTORS = ("JRN", "BUS", "EDU", "NGO")
_CLUB_HEADS = name_words("club_head")


class ProperNamedBodies(OrganisationState):
    """Bodies named by a proper noun after an indefinite head."""

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
        state = self._qualified(k, last, max_words=2) if (sector in ("BUS", "EDU") or self._broadcaster(h)
                                                          or self._club(h)) \
            and not self.tokens[k].word.startswith("ال") else None  # (a definite name is read word by word)
        if state is not None and self._club(h) and self._gentilic_after(k, last) is not None:
            state = None  # `ريال [سعودي]`: a nationality after the head describes money, no club's city
        if state is not None and state.start == self.tokens[k].start:  # `شركة [بلبنان]` is a place
            end = state.last
        elif sector == "JRN" and (spelled := self._letter_names_end(k, last)) > k \
                and self.lex.names.match_at(self.tokens, k, stop=last) is None:  # (`راديو [بي بي سي]` is known)
            end = spelled  # `قناة إن بي سي`: an acronym spelled out, and the words that go on it (`يو إس أي توداي`)
            while end < last and end - k < 4 and self.tokens[end].joined and not self.tokens[end].word.startswith("ال") \
                    and not clitic_preposition(self.tokens[end].word) and self._name_shaped(self.tokens[end].word, False):
                end += 1
        elif sector == "JRN" and (place := self._qualified(k, last, max_words=2)) is not None \
                and place.start == self.tokens[k].start and place.last < last and self.tokens[place.last].joined \
                and self.tokens[place.last].word in _OUTLET_CLOSING_WORDS:
            end = place.last + 1  # `صحيفة [موسكو تايمز]`: the city opens the paper's name, no state's media
        elif state is None and self._club(h) and self._club_name(h, k, last):
            end = k + 1  # `ريال بيتيس`, `أتلتيكو بلباو`: a club named after no capital
        elif sector in ("NGO", "EDU", "BUS") and (person := self._person_after_head(k, last)) is not None:
            end = person  # `مؤسسة كوفي عنان`, `جامعة جورج واشنطن`: a body named after a person
        elif sector in _FOREIGN_NAMED_SECTORS and self._outlet_name(self.tokens[k].word) \
                and (sector == "JRN" or self._business_name(k, last)) \
                and (sector in ("JRN", "BUS") or self.tokens[k].word[:1] not in "يتن") \
                and self.lex.names.match_at(self.tokens, k, stop=last) is None:  # (the lexicon reads a known name)
            # (a company or bank is named so too: `شركة بتروتشاينا`, `بنك باركليز`)
            end = k + 1
            while end < last and end - k < 3 and self.tokens[end].joined and not self.tokens[end].word.startswith("ال") \
                    and not clitic_preposition(self.tokens[end].word) and self._name_shaped(self.tokens[end].word, False):
                end += 1  # `صحيفة نيزافيسيمايا غازيتا`: a foreign name may take two or three words
            if sector == "JRN" and end < last and self.tokens[end].joined and self.tokens[end].word.isdigit() \
                    and len(self.tokens[end].word) <= 2:
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

    def _business_name(self, k: int, last: int) -> bool:
        """Whether token k may name a company or bank after its head (`شركة وايمو`), beyond what
        `_outlet_name` asks: not a short Arabic noun of the trade (`شركة [حفر]`), a count (`شركة
        [تريليون] دولار`), a future verb (`الشركة [ستصل]`), or a person named before (`شركة
        [كوشنر]` is that person's company: the person stays an actor)."""
        word = self.tokens[k].word
        if len(word) < 4 or word in _COUNT_NOUNS or len(word) <= 5 and word[:2] in ("ست", "سي", "سن"):
            return False
        return not any(strip_article(self.tokens[j].word) in self.surnames for j in range(k, min(k + 2, last)))

    def _club_name(self, h: PhraseMatch, k: int, last: int) -> bool:
        """Whether token k names the club whose head is h (`ريال [مايوركا]`), not what the same
        word as a currency counts (`مليون ريال [سعودي]`, `ألف ريال [شهريا]`, `100 ريال [للفائز]`):
        no number before the head, and a foreign name after it (no nisba, clitic or given name)."""
        word = self.tokens[k].word
        if h.first > 0 and (self.tokens[h.first - 1].word.removeprefix("و").isdigit()
                            or strip_article(self.tokens[h.first - 1].word) in _COUNT_NOUNS):
            return False
        if k + 1 < last and self.tokens[k + 1].joined and self.tokens[k + 1].word not in self.lex.stop \
                and not self.tokens[k + 1].word.startswith("ال") and self._name_shaped(self.tokens[k + 1].word, False):
            return False  # `رئيس ريال [فلورينتينو بيريز]`: a person's name after the club's short name
        # a definite nationality after the word says it is the club's name, though it ends as a nisba
        # or an adverb would (`نادي [سيمبا] التنزاني`): no money is counted so
        national = self._gentilic_after(k + 1, last) is not None and self.tokens[k + 1].word.startswith("ال")
        return len(word) >= 4 and all("\u0621" <= c <= "\u064a" for c in word) and word[:1] not in "ليتن" \
            and "ال" not in word[:3] and (national or not word.endswith(("ي", "يه")) and not accusative_adverb(word)) \
            and word not in self.lex.stop and word not in _COUNT_NOUNS and word not in _ORG_NAME_FIELDS \
            and self.lex.person_nouns.get_word(word) is None and self.lex.given_names.get_word(word) is None \
            and not (word[:1] == "ب" and word[1:2] not in "يو") and (national or not (word.endswith("ا") and len(word) <= 5))
        # (a club's foreign name is read by its shape: `بيتيس` is no preposition + verb; `لحساب`,
        # `للفائز`, `يدفعها`, `شهريا`, `سعودي` go on with the money; after the club's short name
        # `ريال` a phrase goes on: `ريال [بفارق]`, `ريال [خلافا] للتوقعات`, `ريال [بديلا]`)

    def _club(self, h: PhraseMatch) -> bool:
        """`نادي روما`, `ريال مدريد`, `أتلتيكو مدريد`: a club takes its city's name as its own."""
        return normalize_phrase(h.value["head_ar"]) in _CLUB_HEADS

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

    def _letter_names_end(self, j: int, last: int) -> int:
        """The end of a run of two to four transliterated Latin letter names from token j
        (`إن بي سي`, `سي إن إن`), which spell an acronym; j itself where there is none."""
        k = j
        while k < last and k - j < 4 and (k == j or self.tokens[k].joined) and self.tokens[k].word in LETTER_NAMES:
            k += 1
        if k - j > 2 and self.tokens[k - 1].word == "ان" and k < last and self.tokens[k].joined \
                and self._gentilic_after(k, last) is None:
            k -= 1  # `قناة إن بي سي [إن] الرئيس ...`: the last `إن` opens the reported clause
        return k if k - j >= 2 else j
