"""Doers of verbal nouns and acts marked by a word: the agent phrase (`برصاص X`, `من قبل X`,
`من X`), the genitive doer (`طلب إيران`), the nation of an adjective (`الغارات الإسرائيلية`),
unnamed officials announcing an act, the subject of a verb of trying or deciding that governs the
noun, a purpose phrase, and a noun in a fronted setting."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention, actor_lexicon
from .event_roles_words import (MUTUAL_TYPES, RoleState, SOURCE_TYPES, _COMPLEMENTIZERS, _NOUN_RELATIVES, _OFFICIALS,
                                _PREPOSITIONS, _SETTING_WORDS, patient_noun, role_words)
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import analyse, strip_article, without_conjunction

# types whose target is named by a preposition or `استهدف` (`غارات على X`); for the others
# `على` introduces a topic (`اتفقوا على`) and `نحو` an amount
_TARGET_MARKED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "SANCTION", "MOBILIZE"})
_CONTROL_SPAN = 14  # words a verb of trying or deciding may stand before the verbal noun it governs, an aside between
_AGENT_SPAN = 8  # words after the trigger an agent phrase (`قتل ... برصاص X`) may stand
# acts whose `من` names what is left, expelled or warned of (`انسحاب من`, `تحذير من`), not their doer
_FROM_OBJECT_TYPES = frozenset({"RETREAT", "SANCTION", "THREATEN", "MOBILIZE"})
_ATTEMPT_NOUNS = word_classes()["attempt_noun"]  # `لمحاولة إقناعها`: purpose
_PATIENT_GENITIVE_TYPES = frozenset({"ASSAULT", "COERCE"})  # `اعتقال أميركي`, `مقتل بريطاني`: the nation's man undergoes it
_PASSIVE_AGENT_SPAN = 5  # words from a passive act's noun to the `من` naming its doer (`إرسال نحو 12 فريق إسعاف من`)


class DoerRules(RoleState):
    """Doers of verbal nouns, and roles a word of the clause marks."""

    def _unnamed_officials_before(self, t0: int, mentions: list[Mention]) -> Actor | None:
        """Unnamed officials (`مسؤولون كبار`, `متحدث عسكري`) right before a noun trigger, the subject
        of the past verb right before them (`وأعلن مسؤولون أكراد التوصل إلى`), do the act
        they announce: the rules for named parties leave such speakers out."""
        m = next((m for m in reversed(mentions) if m.last <= t0), None)
        if m is None or m.last != t0 or m.first == 0 or not self._noun(t0) or \
                not (m.actor.anonymous or m.actor.actor_type == "anonymous_source") or \
                without_conjunction(self.tokens[m.first].word) not in _OFFICIALS or \
                not all(self.tokens[k].joined for k in range(m.first, t0 + 1)):
            return None
        before = without_conjunction(self.tokens[m.first - 1].word)
        verb = analyse(before)
        return m.actor if verb.past_shape and not verb.definite and before not in _PREPOSITIONS else None

    def _doer_nation(self, t0: int, t1: int, last: int, mentions: list[Mention], target: Actor | None,
                     event_type: str) -> Actor | None:
        """`الضربات الجوية الإسرائيلية`, `تنديد فرنسي`: a noun naming an act, with a nationality
        adjective agreeing with it (another adjective may come between), is done by that nation's
        state when the text names no party of that nation (`events._source_by_nationality` picks
        a named one); not a nation's people (`الإسرائيليين`)."""
        noun = without_conjunction(self.tokens[t1 - 1].word)
        if not self._noun(t0) and not (noun.startswith("ال") and not analyse(noun).plural_ending) and \
                not self._noun_after_proclitic(t0):
            return None  # (`الذين التقوا`: a verb)
        for k in (t1, t1 + 1):
            if k >= last or not all(self.tokens[j].joined for j in range(t0 + 1, k + 1)) or \
                    any(m.first <= k < m.last for m in mentions):
                return None
            g = self.gentilics.match_at(self.tokens, k, stop=last)
            if g is None:
                word = without_conjunction(self.tokens[k].word)
                if k == t1 and self._agrees_in_definiteness(t1 - 1, t1) and word.endswith(("ي", "يه")):
                    continue  # `الضربات الجوية الإسرائيلية`: an adjective of relation before the nation's
                return None
            nation = without_conjunction(self.tokens[g.last - 1].word)
            if not self._agrees_in_definiteness(t1 - 1, g.first) or nation.endswith(("يين", "يون")):
                return None  # `الجهاديين الفرنسيين`: a nation's people
            if not noun.startswith("ال") and not nation.endswith("يه") and \
                    (event_type in _PATIENT_GENITIVE_TYPES or patient_noun(noun)):
                return None  # `اعتقال أميركي`, `إطلاق سراح أميركي`: an indefinite act's genitive, an American arrested, released
            if patient_noun(noun) and not noun.endswith("ه") and nation.endswith("يه"):
                return None  # `اعتقال روسية`: a feminine nisba, no adjective of a masculine noun, names a woman arrested
            if any(m.actor.country_iso3 == g.value.iso3 and m.actor.actor_type in SOURCE_TYPES and
                   m.actor.actor_type != "person" and m.actor != target for m in (*self._earlier, *mentions)):
                return None  # a party of that nation the text names: the event finder's nationality rule picks it
            state = actor_lexicon().states_by_iso.get(g.value.iso3)  # `غارات تركية`: Turkey, never named
            return state if state != target else None
        return None

    def _controlling_subject(self, t0: int, t1: int, mentions: list[Mention]) -> Mention | None:
        """`حاول الأسد إقناع أنقرة`, `قررت الحكومة، بعد اجتماع مع X، فرض عقوبات`, `شن الجيش بدعم من
        X هجوما`: a verbal noun that is the object of a verb of trying, deciding or going on, or of a
        support verb (event_roles.tsv role `control`) is
        done by that verb's subject, the party right after the verb or right before it, whatever
        party a setting set off by commas between them names. None when the subject is dropped or
        no such verb governs the noun."""
        if t1 - t0 != 1 or self._verb(t0) or t0 < 2 or self._prefixed_preposition(t0) or \
                without_conjunction(self.tokens[t0 - 1].word) in _PREPOSITIONS:
            return None  # `منذ بداية لهجوم X`: a noun a preposition governs is no verb's object
        controls = role_words("control")
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        for c in range(t0 - 1, max(self._sentence_first, t0 - _CONTROL_SPAN) - 1, -1):
            if not controls.has_word(without_conjunction(self.tokens[c].word)):
                continue
            subject = next((m for m in parties if m.first == c + 1 and self.tokens[m.first].joined
                            and not self._governed(m)), None)
            end = subject.last if subject is not None else c + 1
            subject = subject or next((m for m in parties if m.last == c and self.tokens[c].joined
                                       and not self._governed(m)), None)
            if subject is None or end > t0:
                return None
            if end == t0:
                return subject if self.tokens[t0].joined else None
            opener = without_conjunction(self.tokens[end].word)
            backed = opener[:1] == "ب" and len(opener) >= 4 and end + 1 < t0 and \
                without_conjunction(self.tokens[end + 1].word) == "من"  # `بدعم من الطيران الروسي`: with X's help
            aside = (opener in _PREPOSITIONS or opener in _SETTING_WORDS or self._time_word(end) or backed) and \
                all(self.tokens[k].joined for k in range(end + 1, t0))  # `خلال لقائه بوتين`, `، منذ ...،`
            return subject if aside else None
        return None

    def _threatened_act(self, t0: int, t1: int, mentions: list[Mention]) -> tuple[Actor, Actor | None] | None:
        """`وهددت فرنسا دمشق بضربات`, `توعدت إسرائيل حماس برد قاس`: a verbal noun in `ب` after the
        object of a verb of threatening (event_roles.tsv role `threatening`) names the act threatened:
        the verb's subject (right after it or right before it) would do it, to the verb's object.
        None when the noun is no such verb's complement, or the verb's subject or object is not named."""
        word = without_conjunction(self.tokens[t0].word)
        if word[:1] != "ب" or len(word) < 4 or self._verb(t0):
            return None
        threats = role_words("threatening")
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES and not self._governed(m)]
        for c in range(t0 - 1, max(self._sentence_first, t0 - _CONTROL_SPAN) - 1, -1):
            if not self.tokens[c + 1].joined:
                return None  # past punctuation the noun is in another clause
            if not threats.has_word(without_conjunction(self.tokens[c].word)):
                continue
            subject = next((m for m in parties if m.first == c + 1), None) or \
                next((m for m in parties if m.last == c and self.tokens[c].joined), None)
            if subject is None:
                return None
            after = [m for m in parties if max(subject.last, c + 1) <= m.first and m.last <= t0 and m.actor != subject.actor]
            return (subject.actor, after[-1].actor) if after else None  # (`هدد X بقصف Y`: the noun's own object)
        return None

    def _shared_controller(self, t0: int, t1: int, mentions: list[Mention]) -> Mention | None:
        """`وحرر الجيش X المديرية من قبضة Y، ويواصل التقدم`: a verbal noun right after a verb of going
        on or trying (event_roles.tsv role `control`) that opens a clause joined by `و` after
        punctuation, its subject dropped, is done by the party right after the verb the sentence
        opens with (both verbs agreeing in gender, no `أن` or relative pronoun opening another
        clause between), not by the party nearest before it."""
        c, first = t0 - 1, self._sentence_first
        if t1 - t0 != 1 or self._verb(t0) or c - first < 3 or self.tokens[c].joined or not self.tokens[t0].joined:
            return None
        verb = analyse(self.tokens[c].word)
        if verb.bare == self.tokens[c].word or not role_words("control").has_word(verb.bare):
            return None  # (`ويواصل`: the verb's own `و` joins its clause)
        opener = analyse(self.tokens[first].word)
        if not (opener.past_shape or opener.present_strict) or opener.definite or opener.feminine_verb != verb.feminine_verb:
            return None
        subject = next((m for m in mentions if m.first == first + 1 and m.actor.actor_type in SOURCE_TYPES), None)
        if subject is None or self._governed(subject) or \
                any(without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS or self.tokens[k].word in _NOUN_RELATIVES
                    for k in range(subject.last, c)):
            return None
        return subject

    def _purpose(self, t: PhraseMatch) -> bool:
        """`للقاء`, `لإقناع`, `لبحث`: a verbal noun after the `ل` of purpose (not `ليلتقي`)."""
        clitics = self.text[self.tokens[t.first].start:t.start]
        if clitics.endswith("ل") and not analyse(self.text[t.start:self.tokens[t.first].end]).present_strict:
            return True
        # the matcher took the `ل` in: `لإقناعها`, `لتشجيعهم` (ل + a derived verbal noun), or a noun of
        # attempt before it (`لمحاولة إقناعها`)
        word = without_conjunction(self.tokens[t.first].word)
        before = without_conjunction(self.tokens[t.first - 1].word) if t.first > 0 and self.tokens[t.first].joined else ""
        stem = next((word[:-len(p)] for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), word)
        return (stem.startswith(("لا", "لت")) and len(stem) >= 5 and analyse(stem[1:]).verbal_noun) or \
            before in _ATTEMPT_NOUNS

    def _purpose_roles(self, t: PhraseMatch, first: int, mentions: list[Mention], source, target):
        """The act of a purpose phrase is done by the clause's subject, its first party named before
        it; the party right after the verbal noun is its object (`لإقناع الحوثيين`), not its doer."""
        after = next((m for m in mentions if m.actor.actor_type in SOURCE_TYPES and self._next_to(m, t.first, t.last)
                      and m.first >= t.last and not self._prepositional(m, t.last)), None)
        pronoun = after is None and self._purpose_object_pronoun(t)  # `زار X تركيا لإقناعها`: its object named before
        if after is None and not pronoun:
            return source, target
        clause = [m for m in mentions if first <= m.first and m.last <= t.first and
                  self._same_clause_text(self.tokens[m.first].start, t.start)]
        subject = next((m.actor for m in clause  # the first party of the clause: `زار المبعوث صنعاء لإقناع`
                        if m.actor.actor_type in SOURCE_TYPES and not self._governed(m)
                        and (after is None or m.actor != after.actor)), None)
        if pronoun:
            return (subject or source), None
        if subject is None and source not in (None, after.actor):
            subject = source
        return subject, after.actor

    def _agent_after(self, t1: int, last: int) -> bool:
        """An agent phrase (`برصاص`, `من قبل`, event_roles.tsv role `agent`) in the trigger's clause after it."""
        for k in range(t1, min(last, t1 + _AGENT_SPAN)):
            if k > t1 and not self.tokens[k].joined:
                return False
            r = self.roles.match_at(self.tokens, k, stop=last)
            if r is not None and r.value == "agent":
                return True
        return False

    def _deed_after(self, t1: int) -> bool:
        """A verb resuming the noun right after it names who did it (`كمين نصبه عناصره`)."""
        return t1 < len(self.tokens) and self.tokens[t1].joined and \
            (r := self.roles.match_at(self.tokens, t1, stop=t1 + 1)) is not None and r.value == "deed"

    def _genitive_agent(self, t0: int, t1: int, after: list[Mention], event_type: str, last: int) -> Mention | None:
        """`طلب إيران`, `بعد استقالة الوزير X`, `طرد بريطانيا لدبلوماسيين روس`: an indefinite one-word
        verbal noun (no article, no pronoun of its own; the verb of the same letters would have the
        party after it as its subject too, `طلب X`: X asked) with a party in construct
        right after it (a title or noun of a person may come between) names the doer of its act,
        for nouns whose genitive is their subject (event_roles.tsv role `doer_genitive`; after a noun
        of visiting only a person visits, a state or body is the place visited, `زيارة البيت الأبيض`) or where an object in `ل` follows the
        genitive (`اتهام الحكومة لروسيا`; without it, `اتهام الحكومة` may be the one accused).
        The subject of the clause around the noun (`رفضت الحكومة طلب إيران`) does another act."""
        word = without_conjunction(self.tokens[t0].word)
        if t1 - t0 != 1 or not after or word.startswith("ال") or word.endswith(("ها", "هم", "هما")):
            return None  # (read as a verb, `رغم طلب أنقرة` would still have the party after as subject)
        m = after[0]
        if without_conjunction(self.tokens[m.first].word) in ("بلاده", "بلادها"):
            return None  # `إعلان ترامب انسحاب بلاده`: his country's act, done by the person it belongs to
        if m.first not in (t1, t1 + 1) or m.actor.actor_type not in SOURCE_TYPES or self._governed(m) or \
                not all(self.tokens[k].joined for k in range(t1, m.first + 1)):
            return None
        if m.first == t1 + 1 and not (actor_lexicon().person_nouns.has_word(self.tokens[t1].word)
                                      or actor_lexicon().titles.has_word(self.tokens[t1].word)):
            return None  # only `الوزير X`, `الرئيس X` between
        if self._object_in_lam_after(m, after, last):
            return m
        doer_noun = any(role_words("doer_genitive").has_word(w) for w in (word, word[1:], word[2:]) if len(w) >= 3)
        if not doer_noun or event_type == "CONSULT" and m.actor.actor_type != "person":
            return None  # (`باستقالة`, `لطلب`: a proclitic preposition)
        return m

    def _noun_agent(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`انتقادات من الاتحاد`, `هجمات منظمة من الشرطة`, `بطلب من الحكومة`: `من` and an actor right
        after a noun naming an act (an adjective may come between) name where the act comes from.
        Not after a verb (`طلب من X`: asked X), nor for acts whose `من` names what is left, feared
        or warned of (`انسحاب من`, `تحذير من`), nor a state an attack comes from (`من سوريا`)."""
        word = without_conjunction(self.tokens[t.first].word)
        described = t.last - t.first == 2 and self.tokens[t.first + 1].joined  # `اتصالا هاتفيا من`: a noun and its modifier
        if event_type in _FROM_OBJECT_TYPES or (t.last - t.first != 1 and not described) or \
                not self._noun_trigger(t, first) or word.endswith(("ها", "هم", "هما")):  # `باستهدافها من`: a noun with its own party
            return None
        if self._light_verb_before(t.first, first):
            passive_agent = self._passive_agent(t, last, mentions, event_type)
            if passive_agent is not None:
                return passive_agent
        for k in (t.last, t.last + 1):
            if k + 1 >= last or not all(self.tokens[j].joined for j in range(t.last, k + 2)):
                return None
            if k > t.last and not self._adjective_of(t.first, t.last):
                return None  # `لطلب قرض من`: the `من` of another noun
            if without_conjunction(self.tokens[k].word) == "من":
                named = k + 1
                if named < last and strip_article(self.tokens[named].word).startswith("نظير"):
                    # `من نظيره الأمريكي دونالد ترامب`: the counterpart named after his nation
                    named += 1 + (named + 1 < last and self.gentilics.match_at(self.tokens, named + 1, stop=last) is not None)
                m = next((m for m in mentions if m.first == named and m.actor.actor_type in SOURCE_TYPES
                          and all(self.tokens[j].joined for j in range(k + 1, named + 1))), None)
                if m is None or self._partitive(m) or event_type == "ASSAULT" and m.actor.actor_type == "state":
                    return None  # `قتل العشرات من`: a count; `صواريخ من سوريا`: where the attack came from
                return m.actor
        return None

    def _passive_agent(self, t: PhraseMatch, last: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`وتم إرسال 12 فريق إسعاف من الهلال الأحمر`: in the passive periphrasis the act has no
        subject; `من` and a party after the noun's object, a few words on in its clause, name who
        did it (not a count, `من بين`; nor a state an attack comes from)."""
        for k in range(t.last, min(last - 1, t.last + _PASSIVE_AGENT_SPAN)):
            if not self.tokens[k].joined or any(m.first == k for m in mentions) or \
                    (k > t.last and self.triggers.match_at(self.tokens, k, stop=last) is not None):
                return None  # the clause ends, the object is a party, or another act opens
            if without_conjunction(self.tokens[k].word) == "من":
                m = next((m for m in mentions if m.first == k + 1 and m.actor.actor_type in SOURCE_TYPES
                          and self.tokens[k + 1].joined), None)
                if m is None or self._partitive(m) or event_type == "ASSAULT" and m.actor.actor_type == "state":
                    return None
                return m.actor
        return None

    def _setting_noun_doer(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention], target) -> Actor | None:
        """`وفي اجتماع مع X، تعهد العبادي`, `وخلال لقائه ... أكد`: a noun trigger in the setting the
        sentence opens with is done by the main clause's subject, the first party after the setting
        that no preposition governs (not in the words it reports, nor a medium that aired the
        setting: `في اجتماع بثه التلفزيون`)."""
        if t.first - first > 1 or self._verb(t.first) or not self._opens_with_setting():
            return None
        words = next((k for k in range(t.last, last) if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS), last)
        return next((m.actor for m in mentions if t.last <= m.first and m.last <= words and m.actor != target
                     and m.actor.actor_type in SOURCE_TYPES and m.actor.actor_type != "media"
                     and not self._governed(m) and not self._in_construct_after_preposition(m)), None)

    def _marked_roles(self, t0: int, t1: int, actors: list[Mention], event_type: str, last: int):
        """Roles a word of the clause marks: the actor after an agent phrase (`قتل X برصاص Y`,
        `اعتقل من قبل Y`) or a resumptive verb (`هجوم شنه Y`) is the source, and the actor
        undergoing the act is the one before the trigger or after it; the actor after `على`/`ضد`/
        `استهدفت` is an attack's target. None when no such word stands after the trigger."""
        at = {m.first: m for m in actors}
        agent = target = None
        unnamed_agent = False  # `لانتقادات من قبل المحافظين`: an agent phrase naming no actor
        own = self.roles.match_at(self.tokens, t0, stop=last)
        if own is not None and own.value == "agent" and own.last == t1:
            agent = at.get(t1) or at.get(t1 + 1)  # `قتل برصاص الجيش`: the trigger is the agent phrase's own noun
        k, stop, aside_end = t1, min(last, t1 + _AGENT_SPAN), -1
        while k < stop:
            if k >= t1 and not self.tokens[k].joined and k != aside_end:
                aside_end = self._time_aside_end(k, last)
                if aside_end is None and k > t1:
                    break  # the trigger's clause ends at punctuation
            if aside_end is not None and k < aside_end:
                # `أطلقت، فجر الخميس، 20 صاروخا على X`: a time set off by commas does not end the clause
                stop, k = min(last, stop + aside_end - k), aside_end
                continue
            if k == t1 and self.tokens[k].word in _NOUN_RELATIVES and self._verbal_noun(t0) and k + 2 < last and \
                    (event_type in MUTUAL_TYPES or self._resumes_relative_head(k + 1)):
                # (`الهجمات التي استهدفت السفارة`: the embassy is hit; `القمة التي تجمع X بـ Y`: its parties)
                agent = at.get(k + 2)  # `الوعود التي قطعتها الإدارة الأميركية`: the relative clause's subject
                given = agent and next((m for m in actors if m.first == agent.last and m.actor != agent.actor), None)
                target = target or given  # `... لتركيا`: the one the promise is made to, right after its maker
                if agent is None and k + 3 < last and self._pronoun_addressee(k + 2):
                    # `الاتهامات التي وجهتها إليها منظمة العفو`: its maker after the one it is made to, a
                    # pronoun standing for the party named last before the noun
                    agent = at.get(k + 3)
                    addressee = next((m for m in reversed(actors) if m.last <= t0 and not self._governed(m)), None)
                    target = target or (addressee if agent is not None and addressee is not None
                                        and addressee.actor != agent.actor else None)
            if self._other_act(k, last, event_type):
                break  # `أدان الاتحاد الهجوم الذي شنته روسيا`, `اتهمته بقصف`: the words after name that act's roles
            r = self.roles.match_at(self.tokens, k, stop=last)
            if r is None:
                k += 1
                continue
            m = at.get(r.last) or at.get(r.last + 1)
            # (`انتقد رئيس وزراء كندا الرسوم التي فرضتها X`: past the subject of a verb trigger, a resumptive
            # verb resumes its object, another act; `قتلت ألغام زرعتها X`: with none between, its subject)
            resumes_object = r.value == "deed" and self._verb(t0) and any(t1 <= m.first < k for m in actors)
            if r.value in ("agent", "deed") and agent is None and not resumes_object:
                agent = m
                unnamed_agent = unnamed_agent or (m is None and r.value == "agent")
            elif r.value == "target" and target is None and event_type in _TARGET_MARKED_TYPES:
                target = m or self._national_object(r.last, last, actors)
            k = r.last
        if agent is None and target is None:
            if not unnamed_agent:
                return None
            self._passive = True  # the agent is no actor (nor any earlier one); the actor before undergoes the act
            before = [m for m in actors if m.last <= t0]
            if before and self._subject_of_verb_governing_noun(before[-1], t0):
                return None, None  # `أعلن الحوثيون الخميس استهداف المطار بقصف`: they announce, they are not hit
            return None, (before[-1].actor if before and t0 - before[-1].last <= 3 else None)
        if agent is None:
            before = [m for m in actors if m.last <= t0 and m.actor != target.actor]
            if self._clause_opener(t0):  # `..., كما فرضت عقوبات على X`: the sentence's own subject
                source = next((m for m in before if m.first <= self._sentence_first + 1), None)
            else:
                source = before[-1] if before and t0 - before[-1].last <= 3 else None
            if source is None:  # verb-first: `قصفت إسرائيل مواقع على ...`
                source = next((m for m in actors if t1 <= m.first <= t1 + 1 and m.actor != target.actor), None)
            return (source.actor if source else None), target.actor
        if target is None:
            before = [m for m in actors if m.last <= t0 and m.actor != agent.actor]
            target = next((m for m in actors if t1 <= m.first < agent.first and m.actor != agent.actor), None) or \
                (before[-1] if before and t0 - before[-1].last <= 3 else None)
        return agent.actor, (target.actor if target and target.actor != agent.actor else None)

    def _subject_of_verb_governing_noun(self, m: Mention, t0: int) -> bool:
        """`أعلن الحوثيون الخميس استهداف`, `وأكدت الوزارة مقتل`: the party stands right after a verb
        (its subject) and the trigger is a verbal noun that verb governs as its object, a word of
        time at most between: the party speaks of the act or does it, it does not undergo it."""
        if m.first == 0 or not self._noun(t0) or any(not self.tokens[k].joined for k in range(m.first, t0 + 1)):
            return False
        if any(not self._time_word(k) for k in range(m.last, t0)):
            return False
        verb = analyse(self.tokens[m.first - 1].word)
        return (verb.past_shape or verb.present_strict) and not verb.definite and not verb.verbal_noun and \
            verb.bare not in _PREPOSITIONS
