"""Objects and those an act is done to: the genitive of a verbal noun of force or release
(`اعتقال X`), an indefinite noun's doer and object (`قتل القوات X عشرات Y`), the subject of a verb
of undergoing (`تعرضت X لهجوم`), the nation of an object struck (`المواقع الإيرانية`), the party
sentenced (`حكم على X بالسجن`), and an object in the oblique case after a verb."""
from __future__ import annotations

from dataclasses import replace

from .actor_lexicon import Actor, Mention, actor_lexicon
from .event_roles_words import (CLAUSE_OPENERS, FORCE_TYPES, POPULATION, RELATIVES, RoleState, SOURCE_TYPES,
                                _MAIN_CLAUSE_OPENERS, _NOUN_RELATIVES, _PREPOSITIONS, _UNDERGO_SPAN, patient_noun,
                                role_words)
from .event_triggers import trigger_alone
from .lexicon import word_classes
from .morphology import analyse, strip_article, without_conjunction

_SENTENCED_APPOSITION_SPAN = 10  # words of a description and a time between a party sentenced and its punishment
_CHARGE_SPAN = 10  # words from an act of force back to it from its charge (`حكم عليه بالسجن عشر سنوات بتهمة`)
_SENTENCE_PRONOUN_SPAN = 5  # words from `عليه` to the sentence it names (`حكم عليه في نوفمبر 2017 بالسجن`)
_ADVERBS = word_classes()["adverb"]  # `مجددا`, `سابقا`: no phrase of their own between a subject and its act
_TIME_PREPOSITIONS = word_classes()["time_preposition"]  # `منذ فترة`, `بعد ذلك`


class ObjectRules(RoleState):
    """Objects of acts and those acts are done to."""

    _patient_noun = staticmethod(patient_noun)  # events.py reads it through the finder

    def _sentenced(self, t0: int, mentions: list[Mention]) -> Mention | None:
        """`حكم على X بالسجن`, `قضت المحكمة على X بالإعدام`: a verbal noun with `ب` right after a
        party `على` governs (a title may stand between) names what is done to that party."""
        word = without_conjunction(self.tokens[t0].word)
        if not word.startswith("بال"):
            return None
        m = next((m for m in mentions if m.last == t0), None) if self.tokens[t0].joined else None
        m = m or self._sentenced_in_apposition(t0, mentions)
        if m is None:
            return None
        k = m.first - 1
        while k >= 0 and k > m.first - 3 and without_conjunction(self.tokens[k].word) != "علي" and \
                self.tokens[k + 1].joined and self.tokens[k].word.startswith("ال"):
            k -= 1  # `على الناشط X`: the title before the name
        if k < 0 or without_conjunction(self.tokens[k].word) != "علي" or not self.tokens[k + 1].joined:
            return None
        return m

    def _sentenced_in_apposition(self, t0: int, mentions: list[Mention]) -> Mention | None:
        """`حكم على X، المدعي العام السابق، في نوفمبر 2017 بالسجن`: the party after `على` set off
        by a comma, then a description or a time naming no other person or body, before the
        punishment: the one it is done to."""
        before = [m for m in mentions if m.last < t0 and t0 - m.last <= _SENTENCED_APPOSITION_SPAN]
        for m in reversed(before):
            if self.tokens[m.last].joined:
                continue  # no comma right after the name (the caller looks for `على` before it)
            between = range(m.last, t0)
            if any(o is not m and o.first in between and o.actor.actor_type in ("person", "organization", "government")
                   for o in mentions) or \
                    any(w == "علي" or w in _MAIN_CLAUSE_OPENERS or w in CLAUSE_OPENERS or w in RELATIVES
                        for w in (without_conjunction(self.tokens[k].word) for k in between)):
                return None
            return m
        return None

    def _charged_act(self, t0: int, event_type: str):
        """`اعتقلت الشرطة X بتهمة`, `حكم عليه بالسجن بتهمة`: a charge phrase (event_roles.tsv role
        `charge`) gives the reason of the act of force before it in its clause: the trigger's span
        of that act (its first and last token, its type), or None. Who did that act charges, the
        one it was done to is charged."""
        if event_type != "ACCUSE" or not role_words("charge").has_word(without_conjunction(self.tokens[t0].word)):
            return None
        for k in range(t0 - 1, max(self._sentence_first, t0 - _CHARGE_SPAN) - 1, -1):
            if not self.tokens[k + 1].joined:
                return None  # past punctuation: another clause's act
            value = trigger_alone(found := self.triggers.match_at(self.tokens, k, stop=t0))
            if value is not None and value.event_type in FORCE_TYPES:
                return found.first, found.last, value.event_type
        return None

    def _sentenced_pronoun(self, t0: int, event_type: str) -> str | None:
        """`حكم عليه في نوفمبر بالسجن`, `قضت عليها المحكمة بالإعدام`, `صدر بحقه حكم بالسجن`: a verbal
        noun of force with `ب` after `عليه`/`بحقه` (`ها`, `هم`) a few words before it in its clause names what is done to the one
        the pronoun stands for; the pronoun's suffix, else None."""
        word = without_conjunction(self.tokens[t0].word)
        if event_type not in FORCE_TYPES or not (word.startswith("بال") and self.tokens[t0].joined):
            return None
        for k in range(t0 - 1, max(self._sentence_first, t0 - _SENTENCE_PRONOUN_SPAN) - 1, -1):
            word = self.tokens[k].word
            if word.startswith("علي") and word[3:] in ("ه", "ها", "هم", "هما"):
                return word[3:]
            if word.startswith("بحق") and word[3:] in ("ه", "ها", "هم", "هما"):
                return word[3:]  # `صدر بحقه حكم بالسجن`: against him
            if not self.tokens[k].joined:
                return None
        return None

    def _sentenced_antecedent(self, t0: int, mentions: list[Mention], source: Actor | None, suffix: str) -> Actor | None:
        """Who `عليه` stands for in a sentence passed: the latest person named before (in the sentence,
        else earlier); for `عليهم` also a group of people. A state, a government, a court or a force
        passes sentences; it is not the one imprisoned."""
        kinds = ("person",) if suffix in ("ه", "ها") else ("person", POPULATION, "armed_group", "political_party")
        for named in ([m for m in mentions if m.last <= t0], self._earlier):
            found = next((m.actor for m in reversed(named) if m.actor.actor_type in kinds and m.actor != source), None)
            if found is not None:
                return found
        return None

    def _construct_patient(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int) -> Actor | None:
        """`اعتقال الصحفي X`, `إعدام X`, `استهداف الصحفيين`: an indefinite verbal noun of force or
        release (event_roles.tsv role `patient`) with an actor in construct right after it (a title
        or noun of a person may come between) names the one it is done to; not when an object
        with `ل` follows (`استهداف الجيش للمدنيين`: the army targets)."""
        if event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"} or t1 >= last:
            return None
        if t1 - t0 != 1 and not (self._verb(t0) and patient_noun(self.tokens[t1 - 1].word)):
            return None  # (`أطلقت سراح X`: the verb's own noun of release, its genitive released)
        word = without_conjunction(self.tokens[t1 - 1].word)
        if word.startswith("ال") or not patient_noun(word):
            return None  # (`باعتقال`, `لاعتقال`: a proclitic preposition)
        if t0 > self._sentence_first and self.tokens[t0 - 1].word in _NOUN_RELATIVES:
            return None  # `المرأة التي قتل المسلحون زوجها`: a verb opening a relative clause, no noun in construct
        m = next((m for m in mentions if m.first in (t1, t1 + 1) and m.actor.actor_type in (*SOURCE_TYPES, POPULATION)), None)
        if m is None or self._governed(m) or not all(self.tokens[k].joined for k in range(t1, m.first + 1)):
            return None
        head = without_conjunction(self.tokens[m.first].word)
        if head.endswith("ون") and len(strip_article(head)) >= 5 and m.last < last and self.tokens[m.last].joined and \
                without_conjunction(self.tokens[m.last].word) not in _PREPOSITIONS and \
                (self._count(m.last) or not self._time_word(m.last)):
            # `التي قتل المسلحون زوجها`, `وقتل مسلحون 18 شخصا`: a plural in the nominative with an
            # object after it is the verb's subject, never a genitive (`وقتل مسلحون في الهجوم`:
            # no object, the passive's subject, killed)
            return None
        if m.first == t1 + 1 and not (actor_lexicon().person_nouns.has_word(self.tokens[t1].word)
                                      or actor_lexicon().titles.has_word(self.tokens[t1].word)
                                      or t1 - t0 != 1 and self.gentilics.match_at(self.tokens, t1, stop=t1 + 1)
                                      or self._count(t1)):
            return None  # only `الصحفي X`, `الرئيس X`, `سراح الأميركي X`, a count (`مقتل 3 مسلحين`) between
        if self._object_in_lam_after(m, mentions, last):
            return None  # `استهداف الجيش للمدنيين`: an object with `ل` after: the genitive does it
        if self._verb(t0) and self._object_after_subject(m, mentions, last):
            return None  # `وقتل جندي إسرائيلي الجمعة الشاب X`: a passive takes no object, the verb is active
        return m.actor

    def _described_patient(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int) -> Actor | None:
        """`اعتقال الصحفي`, `سراح القس`: a verbal noun of force or release (event_roles.tsv role
        `patient`) with a definite noun of a person or a title right after it, no name following,
        names the person the text introduced with that noun (`الصحفي X`, `القس الأمريكي X`, the
        latest such): he undergoes the act. An indefinite noun (`اعتقال صحفي`) is someone new."""
        if event_type not in FORCE_TYPES | {"RETREAT"} or t1 >= last or not self.tokens[t1].joined or \
                not patient_noun(without_conjunction(self.tokens[t1 - 1].word)) or \
                any(m.first <= t1 + 1 < m.last or m.first == t1 + 1 for m in mentions):
            return None
        noun = self.tokens[t1].word
        lexicon = actor_lexicon()
        if not noun.startswith("ال") or not (lexicon.person_nouns.has_word(noun) or lexicon.titles.has_word(noun)) or \
                any(m.first <= t1 < m.last for m in mentions):
            return None
        named = [*self._earlier, *(m for m in mentions if m.last <= t0)]
        return next((m.actor for m in reversed(named) if m.actor.actor_type == "person" and self._introduced_by(m, noun)), None)

    def _introduced_by(self, m: Mention, noun: str) -> bool:
        """The mention's own words hold the noun, or it stands right before the name (a nationality
        may come between: `الصحفي محمود X`, `القس الأمريكي X`), with no punctuation between."""
        if any(without_conjunction(self.tokens[k].word) == noun for k in range(m.first, m.last)):
            return True
        for k in (m.first - 1, m.first - 2):
            if k < 0 or not all(self.tokens[j].joined for j in range(k + 1, m.first + 1)):
                return False
            if without_conjunction(self.tokens[k].word) == noun:
                return k == m.first - 1 or self.gentilics.match_at(self.tokens, k + 1, stop=m.first) is not None
        return False

    def _construct_doer(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """`قتل القوات الإسرائيلية عشرات الفلسطينيين`, `احتجاز أنقرة القس الأمريكي X`: an indefinite
        verbal noun of force or release (event_roles.tsv role `patient`) with a party in construct
        right after it and a direct object right after that party (a count, a noun of a person or
        a title, a definite plural in its object case, or another party no preposition governs) names the doer as its genitive and the
        one it is done to as its object. Returns (the doer's mention, the object's mention or
        None); None when the noun has no such object."""
        if event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"} or t1 - t0 != 1 or t1 >= last:
            return None
        word = without_conjunction(self.tokens[t0].word)
        if word.startswith(("ال", "م")) or not patient_noun(word) or self._verb(t0):
            return None  # (`مقتل X`: a noun of dying, its genitive dies; `قتل X`, read as a verb, a passive)
        parties = [m for m in mentions if m.actor.actor_type in (*SOURCE_TYPES, POPULATION)]
        m = next((m for m in parties if m.first == t1 and m.actor.actor_type in SOURCE_TYPES), None)
        if m is None or not self.tokens[t1].joined or self._governed(m) or m.last >= last or \
                not self.tokens[m.last].joined:
            return None
        k = m.last
        after = without_conjunction(self.tokens[k].word)
        undergoer = next((p for p in parties if p.first == k and not self._governed(p)), None)
        person = actor_lexicon().person_nouns.has_word(self.tokens[k].word) or \
            actor_lexicon().titles.has_word(self.tokens[k].word)
        plural_object = after.startswith("ال") and analyse(after).oblique_plural  # `المدنيين`: an object, no adjective
        if undergoer is None and not (self._count(k) or person and after.startswith("ال") or plural_object):
            return None
        if undergoer is None and k + 1 < last:  # `القس الأمريكي X`, `عشرات الفلسطينيين`: the party the phrase names
            undergoer = next((p for p in parties if k < p.first <= k + 3 and not self._governed(p) and
                              all(self.tokens[j].joined for j in range(k, p.first + 1))), None)
        return m, undergoer

    def _object_after_subject(self, m: Mention, mentions: list[Mention], last: int) -> bool:
        """After the party named right after a verb (a time word or two may follow it), a definite
        person (a party, or a noun of a person or a title: `الشاب`, `الصحفي`) in the same clause: the
        verb's object, so the party before it is the verb's subject."""
        j = m.last
        while j < last and j < m.last + 2 and self.tokens[j].joined and self._time_word(j):
            j += 1
        if j >= last or not self.tokens[j].joined:
            return False
        word = self.tokens[j].word
        if not word.startswith("ال") or word in _PREPOSITIONS:
            return False
        return any(n.first == j and not self._governed(n) for n in mentions) or \
            actor_lexicon().person_nouns.has_word(word) or actor_lexicon().titles.has_word(word)

    def _scene_of(self, t0: int, mentions: list[Mention]) -> Actor | None:
        """`وشهدت روسيا مظاهرات`, `شهدت فرنسا أسوأ اعتداء`: a state that is the subject of a verb of
        being the scene of (event_roles.tsv role `witness`) right before the trigger (a word or two
        between) is where the act happened, not its doer."""
        for k in range(max(self._sentence_first, t0 - _UNDERGO_SPAN), t0):
            if not role_words("witness").has_word(without_conjunction(self.tokens[k].word)) or \
                    not all(self.tokens[j].joined for j in range(k + 1, t0 + 1)):
                continue
            return next((m.actor for m in mentions if k < m.first and m.last <= t0 and m.actor.actor_type == "state"), None)
        return None

    def _undergone(self, t0: int, first: int, mentions: list[Mention]) -> Actor | None:
        """`تعرضت السفارة لهجوم`, `ليتعرض إلى رصاصة`: a verb of undergoing (event_roles.tsv role
        `undergo`) right before the trigger (`إلى` or `في` may come between, and its subject named
        after it: `تعرض موكب رئيس الوزراء X لهجوم`, `أصيب X في هجوم`) makes its subject the target:
        the actor right after the verb, else the nearest one before it in the sentence."""
        for k in range(max(first, t0 - _UNDERGO_SPAN), t0):
            u = role_words("undergo").match_at(self.tokens, k, stop=t0)
            if u is None or not all(self._joined_past_quotes(j) for j in range(u.last, t0 + 1)):
                continue
            parties = [m for m in mentions if m.actor.actor_type in (*SOURCE_TYPES, POPULATION)]
            between = [m for m in parties if u.last <= m.first and m.last <= t0]
            # not past a noun naming no actor right before the verb (`السلطات إن 17 طالبا أصيبوا`: the students)
            before = [] if self._unnamed_noun_before(k, mentions) else \
                [m for m in parties if first <= m.first and m.last <= k and not self._governed(m)]
            gap = self._undergo_gap(between[-1].last, t0) if between else []
            if between and (gap not in ([], ["الي"], ["في"]) and not self._title_in_apposition(gap)
                            or between[0].first - u.last > 3) or \
                    not between and t0 - k > 4:
                continue  # far off or after another preposition, the act is in another phrase (`تعرض لضغوط لوقف الهجوم`, `واجه X خلال زيارته`)
            subject = between[0] if between else (before[-1] if before else None)
            if subject is None or self._governed(subject) or \
                    subject.actor.actor_type == POPULATION and subject.actor.actor_id not in self._acting:
                return None  # `متظاهرين ... تعرضوا للتعذيب`: a crowd that never acted is no party
            return subject.actor
        return None

    def _undergo_gap(self, start: int, end: int) -> list[str]:
        """The words from the subject of a verb of undergoing to the act, past its adverbs and times
        (`واجه X منذ فترة اتهامات`, `تعرض X مجددا لانتقادات`: `منذ`, `بعد` with the word they govern)."""
        words, k = [], start
        while k < end:
            word = without_conjunction(self.tokens[k].word)
            if word in _TIME_PREPOSITIONS and k + 1 < end:
                k += 2
            elif word in _ADVERBS or self._time_word(k):
                k += 1
            else:
                words.append(word)
                k += 1
        return words

    def _force_of_text(self, mentions: list[Mention], target: Actor | None) -> Actor | None:
        """The army or armed group the text has named most (latest first on a tie), not the target."""
        forces = [m.actor for m in (*self._earlier, *mentions)
                  if m.actor.actor_type in ("military", "armed_group") and m.actor != target]
        return max(reversed(forces), key=forces.count) if forces else None

    def _oblique_object_after_verb(self, t0: int, t1: int, m: Mention) -> bool:
        """`وطردت المصلين`, `واعتقلت المحتجين`: right after a one-word verb marked as one (past `ت`,
        present prefix: not `هجوم الجهاديين`, a noun and its genitive doer) a definite sound plural
        (or dual) in the object case (`-ين`) cannot be its subject, which would read `المصلون`: the
        party is the object and the subject is dropped. Not a state or a person, whose names may
        end in `ين` (`الصين`, `البحرين`, `بوتين`)."""
        if t1 - t0 != 1 or m.first != t1 or not self._verb(t0) or m.actor.actor_type in ("state", "person"):
            return False
        verb = analyse(self.tokens[t0].word)
        if not (verb.feminine_verb or verb.present_strict):
            return False  # `وطرد`, `هجوم`: may be a noun, whose genitive is no object of a verb
        word = without_conjunction(self.tokens[t1].word)
        return word.startswith("ال") and len(word) >= 7 and self._oblique_plural(m)

    def _party_after_plural_verb(self, t0: int, t1: int, m: Mention) -> bool:
        """`وانتقدوا الحكومة`, `المحتجون يهاجمون السفارة`: a one-word verb carrying its plural
        subject (past `-وا`, present `ي-...-ون`) has that subject in itself or before it: a verb
        before its subject stays singular (`وانتقد النواب`), so the party right after is its object.
        Not `يتعاون`, `يكون`: a singular whose root ends in `ون`."""
        if t1 - t0 != 1 or m.first != t1 or not self._verb(t0):
            return False
        bare = without_conjunction(self.tokens[t0].word)
        present_plural = bare.startswith("ي") and bare.endswith("ون") and len(bare) >= 6 and not bare.endswith("اون")
        past_plural = bare.endswith("وا") and len(bare) >= 5 and not bare.startswith(("ال", "ي", "ت"))
        return present_plural or past_plural

    def _national_object(self, k: int, last: int, actors: list[Mention]) -> Mention | None:
        """`على أهداف إيرانية`, `على مواقع للحوثيين`: no actor right after the target word, but one
        within its phrase, or a nationality adjective on its noun naming the state undergoing the
        act (the state as the text has named it; none when it has not)."""
        at = {m.first: m for m in actors}
        for j in range(k + 1, min(last, k + 5)):
            if not self.tokens[j].joined:
                return None
            if j in at:
                return at[j]  # `على مواقع للحوثيين`: the actor the phrase's noun belongs to
            word = self.tokens[j].word
            if analyse(word).present_strict or word in RELATIVES:
                return None  # `على رجل يحمل الجنسية الإيرانية`: a clause describing the noun, not its nation
            g = self.gentilics.match_at(self.tokens, j, stop=last)
            if g is None:
                continue
            if g.last < last and self.tokens[g.last].joined and \
                    self.gentilics.match_at(self.tokens, g.last, stop=last) is not None:
                return None  # `أهداف إيرانية سورية`: more than one nation, no one party
            state = next((m for m in reversed((*self._earlier, *actors)) if m.actor.country_iso3 == g.value.iso3
                          and m.actor.actor_type == "state"), None)
            return None if state is None else replace(state, first=g.first, last=g.last)
        return None

    def _object_nation(self, k: int, last: int, mentions: list[Mention]) -> Actor | None:
        """`العقوبات الأمريكية`, `الاتهامات الإسرائيلية`: a noun right after the verb (or its subject)
        with a nationality adjective: the state of that nation as the text has named it."""
        if k + 1 >= last or not self.tokens[k].joined or not self.tokens[k + 1].joined or \
                without_conjunction(self.tokens[k].word) in _PREPOSITIONS or any(m.first == k for m in mentions):
            return None
        g = self.gentilics.match_at(self.tokens, k + 1, stop=last)
        if g is None and k + 2 < last and self.tokens[k + 2].joined and self._agrees_in_definiteness(k, k + 1) and \
                not any(m.first == k + 1 for m in mentions):
            g = self.gentilics.match_at(self.tokens, k + 2, stop=last)  # `البنية التحتية الإيرانية`: an adjective between
        if g is None or not self._agrees_in_definiteness(k, g.first) or \
                without_conjunction(self.tokens[g.last - 1].word).endswith(("يين", "يون")):
            return None  # `محاكمة الجهاديين الفرنسيين`: people of a nation, not the nation
        return next((m.actor for m in reversed((*self._earlier, *mentions)) if m.actor.actor_type == "state"
                     and m.actor.country_iso3 == g.value.iso3), None)
