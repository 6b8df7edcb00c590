"""Crowds and peoples (actor type `other`) as parties: a counted crowd gathering (`تجمع آلاف X`),
joining a protest (`شارك X في مظاهرات`) or owning it (`احتجاجاتهم`), a population as the object of
force or of a call, officials or a crowd in the nominative or oblique case after a verb, and the
count of those killed or arrested (passive: no doer named)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_context import SAID_TYPES
from .event_roles_words import (FORCE_TYPES, INTRANSITIVE_TYPES, POPULATION, RoleState, SOURCE_TYPES,
                                _COMPLEMENTIZERS, _PARTICLES, _PREPOSITIONS, passive_news_verb, role_words)
from .lexicon import word_classes
from .morphology import analyse, without_conjunction

_CIVILIAN_ADJECTIVES = 2  # adjectives a civilian noun may take before the name (`الناشط الحقوقي البارز X`)
_FORCE_OBJECT_SPAN = 3  # words after an act of force within which a crowd named undergoes it
_APPROXIMATORS = word_classes()["approximator"]  # `أكثر من 20`, `نحو 20`: before a count
_COUNTED_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})  # `قتل ثلاثة محتجين`, `اعتقل ثلاثة صحفيين`: passive, the count undergoes it
_CROWD_TYPES = frozenset({"PROTEST", "MOBILIZE"})  # acts a crowd does by gathering: its count names its subject
_CROWD_JOINING_VERBS = word_classes()["event_role_crowd_joining_verb"]  # `شارك`, `خرج`: its subject joins the protest after `في`
_JOINING_SPAN = 4  # words of the crowd between a joining verb and its `في` (`شارك آلاف الفلسطينيين، الجمعة، في`)


class CrowdRules(RoleState):
    """Crowds and peoples as parties."""

    def _counted_crowd(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> tuple | None:
        """`وتجمع آلاف المحتجين`, `تظاهر عشرات الطلاب`: a verb of gathering or marching
        with a count right after it or in its trigger has the counted crowd as subject. Returns
        (the crowd's actor,) or () when the crowd names no actor; None when no count follows."""
        if event_type not in _CROWD_TYPES or not self._verb(t0) or self._noun(t0):
            return None  # (not `وعدد 3 شروط`: a request's count is of the things asked)
        end = min(t1 + 1, len(self.tokens))
        count = next((k for k in range(t0 + 1, end) if self.tokens[k].joined and self._count(k)), None)
        if count is None or any(m.first <= count < m.last for m in mentions) or \
                any(t0 < m.first and m.last <= count for m in mentions):
            return None  # `انسحبت القوات ... 3 كيلومترات`: a count of something else after the subject
        crowd = next((m for m in mentions if count < m.first <= count + 2 and m.actor.actor_type == POPULATION
                      and all(self.tokens[k].joined for k in range(count, m.first + 1))), None)
        return (crowd.actor,) if crowd is not None else ()

    def _joining_crowd(self, t0: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`وشارك آلاف الفلسطينيين في مظاهرات`, `إن آلاف الفلسطينيين شاركوا في احتجاجات`: the noun of a
        protest or a gathering right after the `في` of a verb of joining or going out (function_words
        class event_role_crowd_joining_verb) is done by that verb's subject: the party between the
        verb and `في`, else the one right before the verb. An indefinite noun heading the act's noun
        may stand between `في` and it (`شاركوا في أعمال شغب`). None when no such verb governs the noun."""
        if event_type not in _CROWD_TYPES or t0 - 2 < self._sentence_first or not self.tokens[t0].joined:
            return None
        headed = t0 - 3 >= self._sentence_first and self.tokens[t0 - 2].word == "في" and \
            self.tokens[t0 - 1].joined and not self.tokens[t0 - 1].word.startswith("ال") and \
            self.triggers.match_at(self.tokens, t0 - 1, stop=t0) is None
        if self.tokens[t0 - 1].word != "في" and not headed:
            return None
        t0 -= headed  # from the head noun, as if the act's noun stood there
        verb = next((k for k in range(t0 - 2, max(self._sentence_first, t0 - 2 - _JOINING_SPAN) - 1, -1)
                     if without_conjunction(self.tokens[k].word) in _CROWD_JOINING_VERBS), None)
        if verb is None or not self._one_clause(verb + 1, t0):
            return None  # a clause ends between the verb and the noun
        parties = [m for m in mentions if m.actor.actor_type in (*SOURCE_TYPES, POPULATION)]
        between = next((m for m in parties if verb < m.first and m.last <= t0 - 1 and not self._governed(m)), None)
        before = next((m for m in parties if m.last == verb and self.tokens[verb].joined), None)
        crowd = between or before
        return crowd.actor if crowd is not None else None

    def _counted_undergoer(self, t0: int, t1: int, after: list[Mention], event_type: str,
                           last: int) -> Mention | None:
        """`وقتل أكثر من 35 ألف جندي أمريكي`, `واعتقل 30 من عناصر الحركة`: a count (maybe after an
        approximation, `أكثر من`, `نحو`) right after a one-word verb of killing, arrest or
        prevention (event_roles.tsv role `passive_relative`; not `هاجم عشرات المسلحين`): news
        writes it in the passive, the party counted (named within a word or two of the count)
        undergoes the act and no doer is named."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                not passive_news_verb(self.tokens[t0].word):
            return None
        k = t1
        if without_conjunction(self.tokens[k].word) in _APPROXIMATORS:
            k += 1
            if k < last and self.tokens[k].word == "من":
                k += 1
        counts = 0
        while k < last and counts < 2 and self.tokens[k].joined and \
                (self._count(k) or counts == 0 and k > t1 and self.tokens[k].word[2:].isdigit()
                 and self.tokens[k].word.startswith("من")):  # `أكثر من35`: the number written onto `من`
            k, counts = k + 1, counts + 1
        if not counts:
            return None
        return next((m for m in after if k <= m.first <= k + 2 and
                     all(self.tokens[j].joined for j in range(k, m.first + 1))), None)

    def _describes_indefinite_plural(self, t0: int, t1: int, mentions: list[Mention]) -> bool:
        """`250 محتجا تجمعوا عند المدخل`: a one-word past verb with a plural subject suffix (`-وا`)
        right after an indefinite noun naming no actor describes that noun, its subject: no party
        named before it, all of them singular bodies, can be the one who acts."""
        word = self.tokens[t0].word
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined or \
                not word.endswith("وا") or len(word) < 5 or word != without_conjunction(word):
            return False
        noun = self.tokens[t0 - 1].word
        return not noun.startswith("ال") and noun == without_conjunction(noun) and noun not in _PREPOSITIONS and \
            noun not in _PARTICLES and noun not in _COMPLEMENTIZERS and not self._time_word(t0 - 1) and \
            not any(m.first <= t0 - 1 < m.last for m in mentions)

    def _civilian_after_force_verb(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`واعتقل الناشط أحمد سالم`, `وقتل الصحفي X`: a one-word verb of force right before a person
        named with the noun of a civilian (event_roles.tsv role `civilian`) and maybe a nationality:
        the verb is passive, the person the one it is done to."""
        if event_type not in FORCE_TYPES or t1 - t0 != 1 or t1 + 1 >= len(self.tokens) or not self._verb(t0) or \
                not self.tokens[t1].joined or not self.tokens[t1 + 1].joined:
            return None
        noun = without_conjunction(self.tokens[t1].word)
        if not noun.startswith("ال") or not role_words("civilian").has_word(noun):
            return None
        named = t1 + 1
        # `الصحفي السوري X`, `الناشط الحقوقي X`, `الصحفي المصري البارز X`: a nationality and definite
        # adjectives (a definite word after the definite noun agrees with it) before the name
        for _ in range(_CIVILIAN_ADJECTIVES + 1):
            if named + 1 >= len(self.tokens) or not self.tokens[named + 1].joined or \
                    any(m.first == named for m in mentions):
                break
            nation = self.gentilics.match_at(self.tokens, named, stop=len(self.tokens))
            if nation is not None and all(self.tokens[k].joined for k in range(named, nation.last + 1) if k < len(self.tokens)):
                named = nation.last
            elif without_conjunction(self.tokens[named].word).startswith("ال"):
                named += 1
            else:
                break
        m = next((m for m in mentions if m.first == named and m.actor.actor_type == "person"), None)
        return m.actor if m is not None else None

    def _force_undergone(self, target: Actor, t1: int, mentions: list[Mention], event_type: str) -> bool:
        """`أطلق الجيش النار على متظاهرين`, `اعتقلت الشرطة عشرات المحتجين`, `ثلاثة محتجين قتلوا برصاص
        الشرطة`: a crowd named within a few words after an act of force in its clause, or before it
        with an agent phrase after naming the doer, undergoes it: a party though it never acted."""
        if event_type not in FORCE_TYPES:
            return False
        last = len(self.tokens)
        return any(m.actor == target and (
            t1 <= m.first <= t1 + _FORCE_OBJECT_SPAN and all(self.tokens[k].joined for k in range(t1, m.first + 1)) or
            m.last <= t1 and t1 - m.last <= _FORCE_OBJECT_SPAN and self._agent_after(t1, last))  # `ثلاثة محتجين قتلوا برصاص`
            for m in mentions)

    def _addressed(self, target: Actor, t1: int, mentions: list[Mention], event_type: str) -> bool:
        """`وجه إنذارا إلى الأوروبيين`, `دعوة إلى المحتجين`: a group a warning, call or charge is
        addressed to with `إلى` right after it (one word may come between) is its target, a party
        though it never acted."""
        return event_type in SAID_TYPES and any(
            m.actor == target and t1 < m.first <= t1 + 2 and without_conjunction(self.tokens[m.first - 1].word) == "الي"
            and all(self.tokens[k].joined for k in range(t1, m.first + 1)) for m in mentions)

    def _owning_crowd(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`وبدأ الفلسطينيون احتجاجاتهم`, `وواصل المحتجون اعتصامهم`: the noun of a protest or a
        gathering owned by a plural pronoun (`هم`) belongs to the crowd named last before it in its
        sentence, no preposition governing it: the crowd protests."""
        word = without_conjunction(self.tokens[t1 - 1].word)
        stem = word[:-2]  # `احتجاجات`, `اعتصام`, `مسيرت(ه)`: a noun before the pronoun, not a verb (`يدعمهم`)
        if event_type not in INTRANSITIVE_TYPES or not word.endswith("هم") or \
                not (analyse(stem).verbal_noun or stem.endswith("ت")) or analyse(word).present_strict:
            return None
        crowd = next((m for m in reversed(mentions) if m.last <= t0 and m.actor.actor_type == POPULATION), None)
        if crowd is None or self._governed(crowd) or \
                not self._same_clause_text(self.tokens[crowd.first].start, self.tokens[t0].start):
            return None
        return crowd.actor

    def _population_object(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> Mention | None:
        """A population right after a verb that cannot take it as subject: the verb carries its
        own plural subject (`يستقبلون آلاف المهاجرين`), or a count follows a killing verb, which
        news writes in the passive (`قتل ثلاثة محتجين`: three protesters were killed)."""
        after = next((m for m in mentions if m.actor.actor_type == POPULATION and m.first >= t1
                      and self._next_to(m, t0, t1)), None)
        if after is None:
            return None
        verb = self.tokens[t1 - 1].word
        if t1 - t0 == 1 and verb.endswith(("ون", "وا")) and len(verb) > 4:
            return after
        if event_type not in INTRANSITIVE_TYPES | SAID_TYPES and self._unnamed_subject_before(t0, t1, mentions):
            return after  # `إن الحكومة قتلت المتظاهرين`: the subject stands before the verb
        if event_type not in INTRANSITIVE_TYPES and self._noun(t1 - 1):
            return after  # `اعتقال مواطنين`: the noun of a transitive act governs its patient
        if (event_type in _COUNTED_PATIENT_TYPES or passive_news_verb(verb)) \
                and after.first == t1 + 1 and self._count(t1):
            return after  # `واعتقل ثلاثة صحفيين`: news writes arrests of a count in the passive too
        return None

    def _direct_object(self, t0: int, t1: int, mentions: list[Mention], source: Actor) -> Actor | None:
        """`تفرق الشرطة المحتجين`, `ودعا نتانياهو المسؤولين`: a crowd or a group of officials right
        after a verb, or right after its subject, no preposition between, is what the act is done to;
        with no subject named, only when its case shows it is no subject (`ودعا المسؤولين`)."""
        subject_end = next((m.last for m in mentions if m.actor == source and t0 < m.first <= t1 + 1), t1)
        for m in mentions:
            if m.actor.actor_type not in (POPULATION, "anonymous_source") or m.actor == source:
                continue
            if source is None and not self._oblique_plural(m):
                continue  # `ودعا المسؤولون`: a nominative plural after the verb is its subject
            if m.first in (t1, subject_end) and all(self.tokens[k].joined for k in range(t1, m.first + 1)) \
                    and not self._governed(m) and not self._verbal_noun(t0) and \
                    not (m.first == subject_end and "و" in self.text[self.tokens[m.first].start:m.start]):
                return m.actor  # (`وطلب النواب والنشطاء`: joined by `و` to the subject, a subject too)
        return None

    def _nominative_subject(self, t0: int, t1: int, mentions: list[Mention], target: Actor | None) -> Actor | None:
        """`ورفض المسؤولون`, `وتظاهر المحتجون`: officials or a crowd right after a verb, in the
        nominative plural (`-ون`), are its subject."""
        if self._verbal_noun(t0) or t1 - t0 != 1:
            return None
        m = next((m for m in mentions if m.first == t1 and m.actor.actor_type in (POPULATION, "anonymous_source")), None)
        if m is None or m.actor == target or not self.tokens[t1].joined or \
                not without_conjunction(self.tokens[t1].word).endswith("ون"):
            return None
        return m.actor
