"""Speakers no actor rule named: a definite noun phrase filling the subject slot (`وقالت
الشرطة الاتحادية الإثيوبية إنها`), a title with the body it heads (`الأمين العام للأمم المتحدة`),
a speaker only described (`مسؤول نفط عراقي`, `ناشط حقوقي`) and people described by the clause of
saying after them (`نحو 75 امرأة زعمن أنهن`)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention, actor_lexicon, pattern_person, unnamed_source
from .claim_base import ADJUNCT_OPENERS, TIME_WORDS
from .ids import slug
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speaker_words import (SpeakerState, _ANAPHORIC_SOURCES, _OBJECT_BEFORE_BI_ANNA, _OFFICIAL_OF_PREPOSITIONS,
                            _TIME_MODIFIERS, _TIME_PERIOD_NOUNS)

# `يعتقد أن`, `يقال إن`: impersonal passives, said by no one (not a clause describing the noun before them)
_IMPERSONAL_VERBS = word_classes()["claim_impersonal_opinion"] | word_classes()["impersonal_cue"]
# `ويكررون دائما أن`: adverbs of time and manner in the accusative, written after the verb, never its subject
_MANNER_ADVERBS = word_classes()["speaker_manner_adverb"]


class UnnamedPhrases(SpeakerState):
    """Speakers read from the words of the subject slot, no actor rule naming them."""

    def _subject_phrase(self, c, last: int, by_first) -> Mention | None:
        """`وقالت الشرطة الاتحادية الإثيوبية إنها`, `وقالت لجنة المراقبة التابعة للجمعية، وهي
        ...، إن`: a definite noun phrase fills the subject slot between a verb of saying and its
        `أن`/`إن` or colon, though no rule names it — the speaker is that phrase, not someone
        remembered from earlier. Verbs that also name an action (`كشفت الأزمة أن`) often have a
        thing as subject and are left out."""
        if self._is_participle(c.first):
            return None
        j = c.last
        marker = self._content_marker(j, min(last, j + 15))
        if marker is None or marker == j or not (self._is_complementizer(self._word(marker)) or ":" in self._gap(marker)):
            return None
        phrase = self._noun_phrase_at(j, marker, by_first)
        phrase = self._title_of_body(phrase, marker, by_first)  # `الأمين العام للأمم المتحدة`
        if phrase is not None and c.value.needs_marker and phrase.actor.actor_type != "person":
            return None  # `كشفت الأزمة أن`: a thing reveals; a titled person (`وأصر وزير المالية`) speaks
        if phrase is not None and phrase.actor.actor_type == "other" and self._word(marker).startswith("ب") \
                and without_conjunction(self._word(c.first)).startswith(_OBJECT_BEFORE_BI_ANNA):
            return None  # `ووصف المحادثات بأنها بناءة`: what is described, the object; the subject is elsewhere
        if phrase is None or phrase.last < marker and not (self._comma_before(phrase.last)
                                                           or self._is_preposition(self._word(phrase.last))
                                                           or self._word(phrase.last) in self.relative_pronouns):
            return None  # the phrase must end where the subject slot does (`تحالف مصنعي السيارات الذي يمثل ...:`)
        return phrase

    def _title_of_body(self, phrase: Mention | None, end: int, by_first) -> Mention | None:
        """`الأمين العام للأمم المتحدة`, `المدير التنفيذي لمنظمة X`: a title phrase whose
        genitive is a named body joined by `لـ` — the person is the title with its body."""
        if phrase is None or phrase.actor.actor_type != "person" or phrase.last >= end:
            return phrase
        body = by_first.get(phrase.last)
        if body is None or not self._word(phrase.last).startswith("ل") or body.last > end \
                or body.actor.actor_type == "person" or self._comma_before(phrase.last):
            return phrase
        name = " ".join(self._word(x) for x in range(phrase.first, body.last))
        actor = pattern_person(name, name)
        return Mention(actor, phrase.first, body.last, phrase.start, body.end)

    def _noun_phrase_at(self, j: int, end: int, by_first=None) -> Mention | None:
        """A definite noun phrase of up to five words from token j that no rule named, ending at
        a comma, a preposition, a time word, a channel or `end`. A bare organisation head or
        title (`الوزارة`, `الرئيس`) refers back and is left to coreference; a word with a
        pronoun (`كلامها`) or a preposition (`للصحفيين`, `بالنسبة`) does not open one."""
        lex = actor_lexicon()
        k = j
        while k < end and k - j < 5 and (k == j or not self._comma_before(k)):
            word = self._word(k)
            if k in self.in_mention or not word.isalpha() or word in lex.name_end or self.tokens[k].bare in lex.name_end \
                    or self._is_preposition(word) or k > j and self._addressed(k) or k > j and by_first is not None and self._channel(k, end, by_first)[0] \
                    or k > j and self._word(k - 1).startswith("ال") and not word.startswith(("ال", "ل")) and word != "باسم" \
                    or k > j and strip_article(word) in _TIME_PERIOD_NOUNS and k + 1 < end and self._word(k + 1) in _TIME_MODIFIERS \
                    or k > j and word in ADJUNCT_OPENERS or k > j and self._second_body(k):
                break  # (`تعهد الرئيس بمحاسبة`, `انتقد الوزير قرار`: a definite noun takes only definite
                # adjectives; an indefinite word or `بـ` + verbal noun after it opens the object;
                # `عشية المباراة` is a time adjunct)
            k += 1
        if k == j:
            return None
        first_word = self._word(j)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=k)
        title = lex.titles.match_at(self.tokens, j, stop=k) or lex.person_nouns.match_at(self.tokens, j, stop=k)
        if k - j == 1 and (org is not None or title is not None or self.tokens[j].bare in _ANAPHORIC_SOURCES):
            return None
        if not any(self._word(x).startswith(("ال", "لل")) for x in range(j, k)) or first_word.startswith(("لل", "بال")) \
                or len(first_word) > 3 and first_word.endswith(("ها", "هم", "هما", "هن")):
            return None
        name = " ".join(self._word(x) for x in range(j, k))
        kind = org.value["actor_type"] if org is not None else "person" if title is not None else "other"
        if kind == "other" and k - j == 2 and first_word in lex.one_word_given_names and self._word(j + 1).startswith("ال"):
            kind = "person"  # `قال ناصر القدوة، ...`: a known given name and a family name with the article
        elif kind == "other" and k - j == 1:
            named = self._person_by_family_name(j)
            if named is not None:  # `وأوضح القدوة أن`: the person named before by the full name
                return Mention(named.actor, j, k, self.tokens[j].start, self.tokens[j].end)
        actor = Actor(f"{'person' if kind == 'person' else 'org'}-{slug(name)}", name, None, kind, None,
                      org.value["sector"] or None if org is not None else None, None, "pattern")
        return Mention(actor, j, k, self.tokens[j].start, self.tokens[k - 1].end)

    def _second_body(self, k: int) -> bool:
        """`وحذرت المنظمة الحكومة من`: a definite head of a body right after a definite word is no
        adjective of it (a definite noun takes no definite genitive): it opens the verb's object."""
        if not self._word(k).startswith("ال") or not self._word(k - 1).startswith("ال"):
            return False
        lex = actor_lexicon()
        return lex.heads.match_at(self.tokens, k, stop=k + 1) is not None \
            or lex.speaker_org_heads.match_at(self.tokens, k, stop=k + 1) is not None

    def _described_subject(self, j: int, last: int, gender: str | None = None) -> Mention | None:
        """`وقال مسؤول نفط عراقي إن`: a speaker no actor rule named, between the cue and the
        reported content. (`يتحدث باسم "..."`: a word tying an official to his body, with no official
        before it, opens "in the name of", never a speaker; nor does an accusative of manner, `ورد
        ساخرا`, after a verb of that gender.)"""
        if self.describe is None or j >= last or self._word(j) in _OFFICIAL_OF_PREPOSITIONS \
                or self._word(j) in self.adverbs or self._manner_word(j, gender):
            return None
        marker = self._content_marker(j, last)
        if marker is not None:
            # (`وقال مسؤول لـ"العربية.نت" إن`: the described speaker ends before `لـ` written apart, the channel)
            # (`وقال المدرب الهولندي عشية المباراة إن`: nor does it run into an adjunct of time)
            marker = next((k for k in range(j + 1, marker) if self._word(k) == "ل" or self._word(k) in ADJUNCT_OPENERS), marker)
            return (self.describe(j, marker) or self._unnamed_role(j, marker)) if marker > j else None
        unnamed = self.describe(j, min(last, j + 4))  # `وأفادت تقارير بانضمام ...`: an unnamed source
        if unnamed is None or not unnamed.actor.anonymous or unnamed.last - j > 3:
            return None
        # a definite head takes only definite adjectives: `الخبراء [ارتفاع الأسعار]`
        if self._word(j).startswith("ال"):
            k = next((x for x in range(j + 1, unnamed.last) if not self._word(x).startswith("ال")), None)
            if k is not None:
                shorter = self.describe(j, k)
                return shorter if shorter is not None and shorter.actor.anonymous and shorter.last == k else None
        # an indefinite phrase does not run on into a definite word: `مسؤولون أكراد [التوصل]`
        if unnamed.last - j <= 2 or not self._word(unnamed.last - 1).startswith("ال"):
            return unnamed
        shorter = self.describe(j, unnamed.last - 1)
        return shorter if shorter is not None and shorter.actor.anonymous and shorter.last == unnamed.last - 1 else None

    def _manner_word(self, k: int, gender: str | None) -> bool:
        """`ورد ساخرا`: token k is an accusative of manner (`manner_accusative`) after a verb of that
        gender. A فاعلا shape written earlier in the text is a name that recurs (`المخرج "X Y فارما"
        ... . وقال فارما:`), not how someone spoke."""
        word = self._word(k)
        if not manner_accusative(word, gender):
            return False
        return word in _MANNER_ADVERBS or word[:1] == "م" or all(self._word(x) != word for x in range(k))

    def _described_by_clause(self, c, first: int) -> Mention | None:
        """`نحو 75 امرأة زعمن أنهن`, `وذكر مهندسون صمموا رماحا أن`, `أم أنجبت حديثا قالت إنها`: a
        finite verb of saying with no conjunction right after an indefinite person noun (person_nouns.tsv)
        and its adjective, no comma between, opens a clause describing that noun: the people it names
        say it (an unnamed source), not a speaker remembered from before."""
        k = c.first - 1
        if k < first or self._is_participle(c.first) or self._word(c.first)[:1] in "وف" and self.cues.get(self._word(c.first)[1:]) \
                or without_conjunction(self._word(c.first)) in _IMPERSONAL_VERBS \
                or self._comma_before(c.first) or k in self.in_mention:
            return None
        j = k - 1 if k - 1 >= first and actor_lexicon().person_nouns.match_at(self.tokens, k - 1, stop=k) is not None \
            and not self._comma_before(k) else k  # (`ناشط حقوقي قال`: the noun and its adjective)
        word = without_conjunction(self._word(j))
        if word.startswith("ال") or word in TIME_WORDS or self.tokens[j].bare in TIME_WORDS:
            return None  # (`والأحد قال`: Sunday, when it was said, not `أحد` (one of them))
        return self._unnamed_role(j, c.first)

    def _unnamed_role(self, j: int, marker: int) -> Mention | None:
        """`وقال ناشط حقوقي إن`, `وقال محلل سياسي إن`: an indefinite role noun (person_nouns.tsv)
        and one or two indefinite adjectives filling the subject slot up to the `أن`: an unnamed
        individual, an anonymous source."""
        if not 1 <= marker - j <= 3 or any(self._comma_before(k) or k in self.in_mention for k in range(j, marker)):
            return None
        lex = actor_lexicon()
        role = lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        words = [self._word(k) for k in range(j, marker)]
        if role is None or any(w.startswith(("ال", "لل", "بال")) or not w.isalpha() or w in self.prepositions for w in words):
            return None
        t0, t1 = self.tokens[j], self.tokens[marker - 1]
        phrase = self.text[t0.start:t1.end]
        actor = unnamed_source(phrase, phrase)
        return Mention(actor, j, marker, t0.start, t1.end)


def manner_accusative(word: str, gender: str | None) -> bool:
    """`ساخرا`, `ضاحكا`, `متهكما`, `دائما`: an indefinite word in the accusative (its final alif),
    how or when the speaker spoke, never the verb's subject (which is nominative). A participle
    agrees with the verb, so after a feminine verb it would end in `ة` (`ساخرة`): a word in alif
    there is a name (`كارلا`), as are فاعلا shapes with a long vowel inside (`ماريا`, `باولا`).
    Participles: form I فاعل (five letters, alif second) and the derived forms متفعل, مستفعل, مفتعل
    (six letters or more)."""
    if word.startswith("ال") or not word.endswith("ا") or not word.isalpha():
        return False
    if word in _MANNER_ADVERBS:
        return True
    if gender == "f":
        return False
    form_one = len(word) == 5 and word[1] == "ا" and word[2] not in "اوي" and word[3] not in "اوي"
    derived = len(word) >= 6 and word[0] == "م" and (word[1] == "ت" or word.startswith("مست") or word[2] == "ت")
    return form_one or derived
