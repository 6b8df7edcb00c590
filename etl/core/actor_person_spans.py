"""A person's name from its first word (`_name_from`), and the tests of where it ends.

A name runs up to four words, and on through the words a name link governs (`عبد الله`, `بن سلمان`,
`دي سيلفا`); it stops before a verb, a title, a second conjunct, a preposition's phrase or the
article after a foreign given name. The spelling as written tells `علي` the name from `على`."""
from __future__ import annotations

from .actor_base import UNMARKED, name_words
from .actor_lexicon import Mention, pattern_person
from .actor_person_words import PersonState, _feminine_past_verb, _present_verb_after_name, _transliterated_family_name
from .lexicon import word_classes
from .morphology import strip_article
from .text import TA_MARBUTA, normalize_phrase

_NAME_LINKS = word_classes()["name_link"] | word_classes()["actor_name_link"]
# `دي`, `دا`, `فون`: a foreign particle takes the family name after it, which ends the name
_NAME_PARTICLES = name_words("name_particle")
_SON_OF = word_classes()["patronymic_link"]  # `بن`, `بنت`: the word before it is a given name
_FROM_OR_ABOUT = word_classes()["from_or_about_preposition"]  # `أكثر من`, `أقل عن`: a comparison
_RELATIVES = frozenset(w for w in word_classes()["relative"] if w.startswith("ال"))  # `الذي`, `التي` (not `من`)
_ORDINALS = name_words("ordinal")  # a monarch's number: `هنري [الثامن]`, `كارل [السادس] عشر غوستاف`
_GOD = "الله"  # `جورج عطا [الله]`: a theophoric family name ends in it, after a foreign given name too


class NameSpans(PersonState):
    """A person's name from its first word, and where it ends."""

    def _name_from(self, j: int, last: int, country: str | None, sector: str | None,
                   min_words: int = 1, expected: bool = False, remember: bool = True,
                   clitic: int = 0, titled: bool = False, opened: bool = False, foreign: bool = False) -> Mention | None:
        """A person's name of 1–4 words starting at token j; `expected` where the context calls
        for a name (after a title, in a speaker slot), so `بنجامين` is not read as ب + noun;
        `opened` where the caller has read word j as a clitic and a known given name; `foreign`
        where it has read word j as a transliterated given name the lexicon does not know."""
        k = j
        g = self.lex.given_names.match_at(self.tokens, j, stop=last)
        if g is not None and g.first == j and g.start == self.tokens[j].start and self.tokens[j].word not in self.lex.stop:
            k = g.last  # `عبد الله`, `عبد الفتاح` (not `بأن` read as ب + `آن`)
        # `علي` opens a name though it reads as the preposition: after a title, in a hashtag, or
        # before another given name (`علي بشار`); not in less edited text's `علي تغيير`
        ali = self._ali_at(j) and (titled or j + 1 < last and (
            self.tokens[j + 1].hashtag or self.lex.given_names.get_word(self.tokens[j + 1].word) is not None
            or self._family_nisba_at(j + 1, last) or self._known_family_name_at(j + 1)))
        # `الشيخ [سلطان] بن سحيم`: where a name is expected, a word before `بن` opens it, though
        # alone it would be a rank (`السلطان`) or a common noun
        ali = ali or opened or expected and j + 1 < last and self.tokens[j + 1].joined and self.tokens[j + 1].word in _SON_OF \
            and self.tokens[j].word.isalpha() and not self.tokens[j].word.startswith("ال") \
            and self.tokens[j].word not in self.lex.stop
        if j + 1 < last and self.tokens[j + 1].hashtag:  # `#محمد_صلاح`: the hashtag is the whole name
            k = self._hashtag_end(j + 1, last)
            if not all(x == j and ali or self._name_like(self.tokens[x].word, x == j, expected) for x in range(j, k)):
                return None
        else:
            # up to four words, and one more for each link (`سيدي ولد الشيخ عبد الله`) among
            # words j+1..k-1 (counted as the name grows, not again for each word)
            links = sum(self.tokens[x].word in _NAME_LINKS for x in range(j + 1, k))
            foreign = foreign or self.tokens[j].word[clitic:] in self.lex.foreign_given_names
            while k < last and k - j < 4 + links and not (foreign and k > j and self._written_definite(k) and (self.tokens[k].word != _GOD or k == j + 1)) \
                    and (k == j or self.tokens[k].joined or self._hyphenated(k)) and not self.tokens[k].hashtag \
                    and (k == j and ali or self._name_like(self.tokens[k].word, k == j, expected)
                         or k > j and self._ali_after_given_name(k)
                         or foreign and k == j + 1 and self._family_name_after_foreign(self.tokens[k].word)
                         or k == j + 1 and self._family_name_in_ta_marbuta(j, k, clitic, expected or titled)
                         or self._after_name_link(k, j) or k > j and self.tokens[k].word in _NAME_LINKS
                         or self._after_name_particle(k, j) or k > j and self._hyphenated(k)) \
                    and not (k > j and self._on_behalf_of(k, last)) and not (k - j >= 2 and self._second_conjunct(k)) \
                    and not (k > j and self._preposition_and_noun_after_name(j, k)) \
                    and not (k > j + 1 and self._title_after_name(k, last)) \
                    and not (foreign and k > j + 1 and self._clause_word_after_foreign_name(k)) \
                    and not (k > j and self._elative_before_comparison(k, last)):
                k += 1
                if k - 1 > j and self.tokens[k - 1].word in _NAME_LINKS:
                    links += 1
                if k - j >= 3 and self.tokens[k - 2].word in _NAME_PARTICLES and self.tokens[k - 1].word not in _NAME_PARTICLES:
                    break  # `نيمار دا سيلفا [وجابرييل]`: the family name after the particle ends the name
        while k > j + 1 and (self.tokens[k - 1].word in _NAME_LINKS or self.tokens[k - 1].word in _NAME_PARTICLES):
            k -= 1  # `عبد` / `أبو` / `بن` / `دي` cannot end a name
        k = self._before_verb(j, k, clitic)
        if k - j < min_words or k == j:
            return None
        name = "".join(("-" if self._hyphenated(x) else " ") + self.tokens[x].word if x > j else self.tokens[x].word
                       for x in range(j, k))[clitic:]  # `وفوزي برهوم` names `فوزي برهوم`; `جان-كلود` keeps its hyphen
        written = self._written(self.tokens[j].start + clitic, self.tokens[k - 1].end, name)
        actor = pattern_person(name, written, country, sector)
        if k - j >= 2 and remember:
            self._remember_surname(k - 1, actor)
        return Mention(actor, j, k, self.tokens[j].start + clitic, self.tokens[k - 1].end)

    def _clause_word_after_foreign_name(self, k: int) -> bool:
        """`دييغو سيميوني [صنع]`, `جواو بيدرو [سجل]`, `آرون هانت [أحدث]`, `جولي بنتز [حلت]`: after a
        foreign given name and a family name, a word of an Arabic verb's shape opens the clause: a
        root's three letters with no vowel letter (فعل), the past verb أفعل, or فعلت. A transliterated
        name spells its vowels (`كين`, `نام`, `أرنو`, `أجوت`); a known name goes on (`تامر`)."""
        word = self.tokens[k].word
        if word == _GOD or self.lex.given_names.get_word(word) is not None or self.lex.names.get_word(word) is not None \
                or strip_article(self.tokens[k - 1].word) in _ORDINALS:
            return False  # (`لويس الرابع [عشر]`: a monarch's number goes on; `ميشال خير [الله]`)
        afala = len(word) == 4 and word[0] == "ا" and word[1] not in "اوي" and word[2] not in "وي" and word[3] not in "اوي" \
            and word[1:3] != "نغ"  # (`ماري إليزابيث [أنغر]`: the cluster "ng" is a transliteration's)
        bare_root = not any(c in "اوي" for c in word[:2])
        return len(word) == 3 and bare_root and word[2] not in "وي" or afala \
            or len(word) == 4 and word.endswith("ت") and bare_root and word[2] not in "اوي" \
            or len(word) >= 6 and word.endswith("يين")
        # (`ولكر [خطأ]`, `[جدا]`: a noun or adverb of three letters in hamza or alif; `بايل [أساسيين]`: a
        # plural adjective; two letters are a particle as often, `خوان مارتن [دل] بوترو`)

    def _elative_before_comparison(self, k: int, last: int) -> bool:
        """`في عمر [أقل] عن رونالدو`, `[أكثر] من مرة`: a word of the elative أفعل (أفلّ of a doubled root) before `من` or `عن`
        compares; it is no family name (`علي أكبر ولايتي` goes on with a name)."""
        word = self.tokens[k].word
        return len(word) in (3, 4) and word[0] == "ا" and not any(c in "اوي" for c in word[1:]) and k + 1 < last \
            and self.tokens[k + 1].joined and self.tokens[k + 1].word in _FROM_OR_ABOUT \
            and self.lex.given_names.get_word(word) is None

    def _title_after_name(self, k: int, last: int) -> bool:
        """`جون كيلي [كبير موظفي] البيت الأبيض`, `مارك زاندي [كبير الاقتصاديين]`: a title of two words or
        more right after a name of two words is the person's post, no part of the name; so is a
        definite official's noun and its adjective (`محمد عبد الكريم [المسؤول الأمني]`)."""
        word = self.tokens[k].word
        if word.startswith("ال") and (a := self.lex.anon_heads.match_at(self.tokens, k, stop=last)) is not None \
                and a.start == self.tokens[k].start and a.last - a.first == 1 and self._nisba_after(k + 1, last):
            return True
        t = self.lex.titles.match_at(self.tokens, k, stop=last)
        return t is not None and t.last - t.first >= 2 and t.start == self.tokens[k].start \
            and self.lex.given_names.get_word(self.tokens[k].word) is None

    def _preposition_and_noun_after_name(self, j: int, k: int) -> bool:
        """`ميلانيا ترامب [بسبب]`, `كارين كارابيتيان [لعقد] مباحثات`: ل/ب + a noun of three letters
        with no long vowel (a verbal noun فعل; a transliterated family name keeps a long vowel)
        after a name that already has more than its given name, or after a known person's name,
        is a prepositional phrase. Right after a given name alone it is the family name
        (`فوزي لقجع`, `جيرارد بتلر`)."""
        word = self.tokens[k].word
        if len(word) != 4 or word[0] not in "لب" or word.endswith("ه") or any(c in "اوي" for c in word[1:]):
            return False
        if self.lex.given_names.get_word(word) is not None or self.lex.names.get_word(word) is not None:
            return False
        given = self.lex.given_names.match_at(self.tokens, j, stop=k)
        if given is None or given.first != j or given.last != k:
            return True
        before = self.lex.names.get_word(self.tokens[k - 1].word)
        return before is not None and before.actor_type == "person"

    def _before_verb(self, j: int, k: int, clitic: int) -> int:
        """Where the name j..k ends before a finite verb the word shapes let run on (`مايكل [تهب]
        الرياح`, `سارة يوسف [توفيت]`): a present verb by its prefix, or a past verb with the
        feminine suffix. A known given or family name (`يوسف`, `تامر`, `يحيى`)
        stays in the name."""
        gender = self.lex.given_names.get(self.tokens[j].word[clitic:])
        for x in range(j + 1, k):
            word = self.tokens[x].word
            if self.lex.given_names.get_word(word) is not None or self.lex.names.get_word(word) is not None:
                continue
            if _present_verb_after_name(word) or _feminine_past_verb(word, gender):
                return x
        return k

    def _family_name_after_foreign(self, word: str) -> bool:
        """A word the shape tests refuse as a name that is a family name after a known foreign
        given name (`_transliterated_family_name`), unless the lexicons know it as a word of
        another kind (a stop word, a title, a nationality, ب + a known word: `بين`, `بيروت`)."""
        lex = self.lex
        if not _transliterated_family_name(word) or word in lex.stop or word in lex.name_end:
            return False
        if word[0] == "ب" and (word[1:] in lex.stop or lex.names.get_word(word[1:]) is not None
                               or lex.speaker_org_heads.get_word(word[1:]) is not None):
            return False
        return not lex.gentilics.get_word(word) and not lex.titles.has_word(word) and not lex.heads.get_word(word) \
            and lex.person_nouns.get_word(word) is None and lex.names.get_word(word) is None

    def _second_conjunct(self, k: int) -> bool:
        """`سامي علوي [وفيفي] عبده`, `أندرو برانسون [ووضع] قيد`: after a given and a family name a word in
        و opens a second conjunct (a person or a clause), unless it is a known name of its own
        (`وسام`, `وهبي`)."""
        word = self.tokens[k].word
        return word[:1] == "و" and len(word) > 2 and word not in _NAME_LINKS and self.tokens[k - 1].word not in _NAME_LINKS \
            and self.lex.given_names.get_word(word) is None and self.lex.names.get_word(word) is None

    def _family_name_in_ta_marbuta(self, j: int, k: int, clitic: int, expected: bool) -> bool:
        """`كريم [بنزيمة]`, `علاء [سعادة]`: right after a known given name, a word written with ta
        marbuta is the family name where the name plainly ends after it (punctuation, the next
        conjunct's و, a relative pronoun). Matching folds ة into ه, which `_word_name_like` refuses
        as a noun with a pronoun (`اعتذاره`); the original spelling tells the two apart. Before
        other words it is as often the verb's object (`نشرت ميشيل [صورة] لابنه`); a body's head
        (`[شركة]`) or a word opening in ل, و or ك is no family name, nor one in ب (`[بخسارة]`)
        unless a name is expected."""
        word = self.tokens[k].word
        if self.original is None or len(word) < 4 or word.startswith(("ال", "وال")) or word[:1] in "لوك" \
                or word[:1] == "ب" and not expected or word in self.lex.name_end \
                or self.lex.speaker_org_heads.get_word(word) is not None \
                or self.lex.given_names.get_word(self.tokens[j].word[clitic:]) is None:
            return False
        if k + 1 < len(self.tokens) and self.tokens[k + 1].joined and self.tokens[k + 1].word[:1] != "و" \
                and self.tokens[k + 1].word not in _RELATIVES:
            return False
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b].translate(UNMARKED).endswith(TA_MARBUTA)

    def _written_definite(self, k: int) -> bool:
        """Token k written with the article `ال` (not a foreign name in `أل`: `ألبرت`, `ألكسندر`,
        which matching folds to the same letters), and no monarch's ordinal (`هنري [الثامن]`)."""
        word = self.tokens[k].word
        if not word.startswith("ال") or strip_article(word) in _ORDINALS:
            return False
        if self.original is None:
            return True
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b].translate(UNMARKED).startswith("ال")

    def _family_nisba_at(self, k: int, last: int) -> bool:
        """`علي [المزروعي]`, `علي [الحبسي]`: a definite nisba of a root's three or four letters (ال + فعلي)
        after `علي` is a family name, so `علي` is the given name; the verbal nouns of تفعّل and تفاعل in
        ي (`على [التوالي]`, `[التخلي]`) are not."""
        if k >= last or not self.tokens[k].joined:
            return False
        word = self.tokens[k].word
        stem = word[2:]
        if not word.startswith("ال") or not stem.endswith("ي") or not 4 <= len(stem) <= 6 or word in self.lex.stop \
                or stem in self.lex.name_end or self.lex.names.get_word(word) is not None \
                or self.lex.gentilics.get_word(word) is not None:
            return False
        return not (stem[0] == "ت" and (len(stem) == 4 or stem[2] == "ا"))

    def _known_family_name_at(self, k: int) -> bool:
        """`علي [المقداد]`: a word the lexicon knows as one person's family name, after which `علي`
        (written with its ي) is another person's given name, not the preposition."""
        if not self.tokens[k].joined:
            return False
        p = self.lex.names.get_word(self.tokens[k].word)
        return p is not None and p.actor_type == "person" and len(normalize_phrase(p.name_ar).split()) >= 2

    def _ali_after_given_name(self, k: int) -> bool:
        """`خالد [علي]`, `محمد [علي] الحوثي`: `علي` written with its final ya right after a known
        Arabic given name is the father's name in the chain, not the preposition `على`."""
        previous = self.tokens[k - 1].word
        return self._ali_at(k) and self.tokens[k].word == "علي" \
            and self.lex.given_names.get_word(previous) is not None and previous not in self.lex.foreign_given_names

    def _ali_at(self, k: int) -> bool:
        """`علي` (or `وعلي`) written with a final ya: the given name, which matching folds into the
        preposition `على` (written with alef maqsura in edited news)."""
        if self.tokens[k].word.removeprefix("و") != "علي" or self.original is None:
            return False
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b].translate(UNMARKED).endswith("ي")

    def _on_behalf_of(self, k: int, last: int) -> bool:
        """`سامر خليل [باسم] الحركة`: `باسم` before a definite noun or a known body means "on
        behalf of" and ends the name (`باسم` as a father's name is followed by another name)."""
        if self.tokens[k].word != "باسم" or k + 1 >= last or not self.tokens[k + 1].joined:
            return False
        following = self.tokens[k + 1].word
        return following.startswith("ال") or self.lex.names.match_at(self.tokens, k + 1, stop=last) is not None

    def _hyphenated(self, k: int) -> bool:
        """`يونغ-[هيون]`, `جان-[كلود]`: a word joined to the one before by a hyphen, no space, is
        the second half of one name word (East Asian and French compound given names)."""
        if k == 0 or not self.tokens[k].word.isalpha():
            return False
        return self.text[self.tokens[k - 1].end:self.tokens[k].start] in ("-", "‐", "–")

    def _after_name_particle(self, k: int, j: int) -> bool:
        """`ماريو دي [بيرتو]`, `لولا دا [سيلفا]`: the family name after a foreign particle belongs
        to the name whatever its shape (the particle follows a given name: j, the name's start, is before it)."""
        word = self.tokens[k].word
        return k > j + 1 and self.tokens[k - 1].word in _NAME_PARTICLES and word.isalpha() and word not in self.lex.stop

    def _after_name_link(self, k: int, j: int) -> bool:
        """`رامي عبد [الله]`, `أبو [الهول]`: the word a name link (`عبد`, `أبو`, `بن`) governs
        belongs to the name whatever its shape."""
        word = self.tokens[k].word
        return k > j and self.tokens[k - 1].word in _NAME_LINKS and word.isalpha() and word not in self.lex.stop
