"""People: a title and a name, a known given name and a family name, an apposition, a people.

`PersonRules` is the person half of `actors.ActorFinder`'s rules: a known given name and the name
it opens (`_given_name`, after `و`, `ل`/`ب` or a kinship noun), a people (`الفلسطينيون`), a
nationality before a transliterated name (`البرازيلي كاسيميرو`) and a name set off by commas after
a title (`_apposition`). The parts they share are mixins, one module per question: a person after
a title (`actor_person_titles`), a name from its first word and where it ends (`actor_person_spans`),
whether a word may be a name word (`actor_person_name_words`); the word shapes they test without
the lexicons, and `PersonState` (what they read of `ActorFinder`), are in `actor_person_words`."""
from __future__ import annotations

from .actor_base import UNMARKED, definite_noun, name_words
from .actor_lexicon import Actor, Mention
from .actor_person_name_words import NameWords
from .actor_person_spans import NameSpans
from .actor_person_titles import TitledPersons
from .actor_person_words import _transliterated_name_word
from .morphology import strip_article
from .text import TA_MARBUTA, normalize_phrase

_PREPOSITION_CLITICS = frozenset({"ل", "ب", "ول", "وب"})  # before a foreign given name (`_foreign_after_preposition`)
_ORGANISED_EVENTS = name_words("organised_event")  # `كأس`, `بطولة`: an event, which a list of names may hold
# `وابنته`, `شقيقها`, `زوجتهم`: a kinship noun with a possessive pronoun (ة written ت before it), with و or ف
_KINSHIP_FORMS = frozenset(p + (w[:-1] + "ت" if w.endswith("ه") else w) + s
                           for w in name_words("kinship_noun") for s in ("ه", "ها", "هم", "هما") for p in ("", "و", "ف"))


class PersonRules(TitledPersons, NameSpans, NameWords):
    """The person rules of `actors.ActorFinder`: `_title`, `_given_name`, `_people`, `_national_then_name`,
    `_apposition`, and the parts they share from the mixins."""

    def _given_name(self, i: int, last: int) -> Mention | None:
        g = self.lex.given_names.match_at(self.tokens, i, stop=last)
        token = self.tokens[i]
        in_ta = False
        if g is not None and token.word[:g.start - token.start] in _PREPOSITION_CLITICS and g.last == i + 1 \
                and self._foreign_after_preposition(token.word[g.start - token.start:]) \
                and self.lex.given_names.get_word(token.word) is None:  # (`برايان` is Brian, not ب + `رايان`)
            person = self._name_from(i, last, None, None, min_words=2, clitic=g.start - token.start, remember=False,
                                     opened=True)
            if person is not None:  # `خلفا [لريكس] تيلرسون`: a preposition before a foreign given name
                self._remember_surname(person.last - 1, person.actor)
            return person
        if g is None or token.word[:g.start - token.start] not in ("", "و") \
                or not (self._ali_at(i) and i + 1 < last and (self.lex.given_names.get_word(self.tokens[i + 1].word)
                                                             or self._family_nisba_at(i + 1, last)
                                                             or self._known_family_name_at(i + 1))) \
                and not self._name_like(
                    self.tokens[i].word.removeprefix("و") if g.start > token.start else token.word, True) \
                and not (in_ta := self._given_name_in_ta_marbuta(i, g)):
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
        kin = i > 0 and token.joined and g.start == token.start and self.tokens[i - 1].word in _KINSHIP_FORMS
        # (`وابنته [يوليا]`, `شقيقه [علاء]`: after a kinship noun a given name alone names the relative)
        person = self._name_from(i, last, None, None, min_words=1 if kin else 2, clitic=g.start - token.start,
                                 remember=False, opened=bool(in_ta))
        if person is None:
            return None
        person = self._by_family_name(person)  # `كيم جونغ-أون`, `جيم ماتيس`: a known person spelt another way
        if person.last - person.first >= 2:
            self._remember_surname(person.last - 1, person.actor)
        return person

    def _given_name_in_ta_marbuta(self, i: int, g) -> bool:
        """`[نادية] مراد`, `[فوزية] X`: a known given name of one word written with ta marbuta, which
        matching folds into ه and so into the shape of a noun with a pronoun (`ناديه` "his club",
        refused by `_word_name_like`); the original spelling tells the name from the pronoun."""
        word = self.tokens[i].word[g.start - self.tokens[i].start:]
        if self.original is None or g.last != i + 1 or not word.endswith("ه") or word.startswith("ال"):
            return False  # (`المشاعر [النبيلة]`: an adjective with the article, no given name)
        a, b = self.original.to_original(g.start, self.tokens[i].end)
        return self.original.original[a:b].translate(UNMARKED).endswith(TA_MARBUTA)

    def _foreign_after_preposition(self, given: str) -> bool:
        """A known foreign given name of four letters or more, which after ل/ب opens a name as
        after و: transliterated names hardly ever read as ل/ب + an Arabic word (`لجان` is
        committees, `لدينا` "we have": shorter or Arabic names are left out)."""
        return len(given) >= 4 and given in self.lex.foreign_given_names and given not in self.lex.stop

    def _people(self, i: int, last: int) -> Mention | None:
        """`الفلسطينيون`: a definite plural nationality used as a noun (not right after a definite
        noun it would describe) names a people; like other collectives, only where it has a role."""
        g = self.lex.gentilics.match_at(self.tokens, i, max_words=1, stop=last)
        if g is None:
            return None
        word = self.tokens[i].word
        broken = word.startswith("ال") and strip_article(word) in self.lex.gentilic_broken_plurals
        if broken:
            g = g._replace(start=self.tokens[i].start)  # (`الألمان`: the article too)
        elif self.text[g.start:g.start + 2] != "ال" or not word.endswith(("يون", "يين")):
            return None  # (`الأرمن`, `الأتراك`: a definite broken plural names the people too)
        prev = self.tokens[i - 1].word if i > 0 else ""
        if self.tokens[i].joined and definite_noun(prev):
            return None  # `الجنود الإسرائيليين`: an adjective after a definite noun (`آلاف` is no such noun)
        iso = g.value.iso3
        state = self.lex.states_by_iso.get(iso)
        actor = Actor(f"{iso.lower()}-people", self._written(g.start, g.end, normalize_phrase(self.text[g.start:g.end])),
                      f"people ({iso})", "other", iso, "CVL", None, "pattern", needs_role=True)
        return Mention(self.lex.actors.get(actor.actor_id) or actor, g.first, g.last, g.start, g.end) if state else None

    def _national_then_name(self, i: int, last: int) -> Mention | None:
        """`لخروج [الإسباني] إيسكو`, `والبرازيلي كاسيميرو`: a definite singular nationality used as a
        noun (no definite noun before it that it would describe) and a name of a transliteration's
        shape (`_transliterated_name_word`), which sports news gives alone (`البرازيلي مارسيلو`)."""
        g = self.lex.gentilics.match_at(self.tokens, i, max_words=1, stop=last)
        word = self.tokens[i].word
        if g is None or self.text[g.start:g.start + 2] != "ال" or word.endswith(("يون", "يين", "ه", "ات")) \
                or i + 1 >= last or not self.tokens[i + 1].joined:
            return None
        if i > 0 and self.tokens[i].joined and definite_noun(self.tokens[i - 1].word):
            return self._role_national_name(i, last, g.value.iso3)  # `المنتخب الإسباني X`: an adjective of the noun before
        first = self.tokens[i + 1].word
        if not _transliterated_name_word(first) or first[0] == "و" or not self._name_like(first, True, expected=True) \
                or self.lex.names.match_at(self.tokens, i + 1, stop=last) is not None:
            return None  # (`مرسيليا الفرنسي [وأتلتيكو] مدريد`: a second club joined by و; a person the lexicon knows is its own)
        person = self._name_from(i + 1, last, g.value.iso3, None, min_words=1, expected=True, titled=True,
                                 remember=False, foreign=True)
        if person is not None and person.last - person.first >= 2:
            self._remember_surname(person.last - 1, person.actor)
        return person

    def _role_national_name(self, i: int, last: int, iso3: str) -> Mention | None:
        """`المهاجم [الفرنسي] كريم بنزيمة`, `الحارس [الكوستاريكي] كيلور نافاس`: after a definite role
        noun (`person_nouns.tsv`) the nationality describes a person, and the name after it is
        theirs, though its given name is one the lexicon lacks. Two name words at least: one word
        alone after a role's nationality is as often the next phrase."""
        if self.lex.person_nouns.match_at(self.tokens, i - 1, max_words=1, stop=i) is None \
                or not self.tokens[i - 1].word.startswith("ال") or self.tokens[i + 1].word[:1] == "و" \
                or self.lex.names.match_at(self.tokens, i + 1, stop=last) is not None \
                or not self._name_like(self.tokens[i + 1].word, True):
            return None  # (a person the lexicon knows is its own; `[و]`: a second conjunct)
        first = self.tokens[i + 1].word
        if len(first) == 3 and not any(c in "اوي" for c in first) and self.lex.given_names.get_word(first) is None:
            return None  # `النجم المصري [قرر] الصيام`: a root's three letters with no vowel letter is the verb;
            # a transliterated given name spells its vowels
        person = self._name_from(i + 1, last, iso3, None, min_words=2, remember=False)
        if person is not None:
            self._remember_surname(person.last - 1, person.actor)
        return person

    def _apposition(self, i: int, last: int) -> Mention | None:
        """`السفيرة الأميركية في الأمم المتحدة، نيكي هايلي، إن`: two or three name words set off
        by commas right after a phrase that holds a title."""
        if i == 0 or self.tokens[i].joined or not self._comma_before(i):
            return None
        titles = self.lex.titles
        if not any(titles.match_at(self.tokens, p, stop=i) for p in titles.starts_in(self.tokens, max(0, i - 8), i)) \
                and not any(self._title_with_pronoun(p) for p in range(max(0, i - 3), i)):
            return None
        if strip_article(self.tokens[i].word.removeprefix("و")) in _ORGANISED_EVENTS:
            return None  # `بكأس الملك، [وكأس] السوبر`: the next item of a list of events, no name
        person = self._name_from(i, last, None, None, min_words=2, expected=True, remember=False)
        if person is None or (person.last < last and self.tokens[person.last].joined):
            return None  # the name must close the apposition
        self._remember_surname(person.last - 1, person.actor)
        return person

    def _title_with_pronoun(self, k: int) -> bool:
        """`رئيسها`, `ومديره`, `زعيمهم`: a one-word title made definite by a possessive pronoun (the
        body's head named before), which an apposition may follow as it follows `الرئيس`:
        `من رئيسها التنفيذي، X Y،`. A final ه written ة is no pronoun (`محافظة X،`: a province)."""
        word = self.tokens[k].word.removeprefix("و")
        stem = next((word[:-len(p)] for p in ("ها", "هم", "ه") if word.endswith(p)), "")
        if len(stem) < 3 or self.lex.titles.get_word(stem) is None:
            return False
        if self.original is None:
            return True
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return not self.original.original[a:b].translate(UNMARKED).endswith(TA_MARBUTA)
