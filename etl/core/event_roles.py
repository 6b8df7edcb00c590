"""Event roles: which of a sentence's actors did the act (source) and to whom (target), from the
clause around the trigger. `RoleRules._roles` reads the clause kinds in turn: the special
constructions first (a bare title, an answered charge, a reason, a crowd, a sentence passed), then
`_clause_roles` and `_participants`, the subject and object of the clause. The rules of each kind
live in the `event_roles_*` mixins; `EventFinder` (events.py) takes `RoleRules` as its base: the
rules read its tokens, text and clause tests (`event_roles_words.RoleState`), and the words and
classes other modules read (`SOURCE_TYPES`, `role_matcher`, ...) are in `event_roles_words`."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_context import SAID_TYPES
from .event_roles_crowds import CrowdRules
from .event_roles_descriptions import DescriptionRules
from .event_roles_doers import DoerRules
from .event_roles_objects import ObjectRules
from .event_roles_pairs import PairRules
from .event_roles_phrases import _MEETING_PREPOSITIONS, PartyPhrases
from .event_roles_pronouns import PronounRules
from .event_roles_reactions import ReactionRules
from .event_roles_relatives import RelativeRules
from .event_roles_shapes import WordShapes
from .event_roles_speech import SpeechRules
from .event_roles_subjects import SubjectRules
from .event_roles_titles import TitleRules
from .event_roles_words import (FORCE_TYPES, INTRANSITIVE_TYPES, MUTUAL_TYPES, POPULATION, RELATIVES, SOURCE_TYPES,
                                _COMPLEMENTIZERS, _PREPOSITIONS, _QUANTIFIERS, _SPEAKER_PARTY_TYPES, _TOLD_ACTS,
                                _TOLD_TO_ACTS, passive_news_verb, role_words)
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction

# acts whose object a clause of their content may name (`طالب بأن تفرج X`, `حذر من أن X`, `اعتبر أن X`)
_SAID_CONTENT_TYPES = SAID_TYPES | {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "SUPPORT"}
_NOUN_SUBJECT_SPAN = 5  # words past which the nearest party before a noun trigger is no longer its doer
_TIME_SUBORDINATORS = word_classes()["time_subordinator"]  # `بعدما`, `عندما`: open a clause of time
_TELLING_ONLY_TYPES = frozenset({"media", "anonymous_source"})  # tell of acts said in their words, party of none
_STREET_PROTEST_OUTSIDERS = frozenset({"state", "government", "military"})  # they meet street protests, never hold them
_ADDRESSING_WORDS = _PREPOSITIONS | _MEETING_PREPOSITIONS  # `مع`, `على`, `عبر`: `_only_addressed`
_SPEAKERS_ACTS = frozenset({"ACCUSE", "THREATEN"})  # told in someone's words, the telling is the act


class RoleRules(WordShapes, PartyPhrases, TitleRules, DescriptionRules, SpeechRules, ReactionRules, CrowdRules, ObjectRules,
                PronounRules, DoerRules, SubjectRules, RelativeRules, PairRules):
    """The role rules of `EventFinder`: source and target from the trigger's clause (`_roles`), with
    the rules of each kind of clause from the mixins."""

    def _roles(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """Source and target from the clause (`_clause_party_roles`); forces of order never protest
        (`قتل فلسطينيان برصاص الجيش خلال تظاهرات`), nor does a state or government hold street protests
        (event_roles.tsv role `street_protest`: `وتواجه الحكومة ضغوطا بسبب المظاهرات`): such a source
        is the one the protest meets, and none is carried on to it from the text before."""
        source, target = self._clause_party_roles(t0, t1, mentions, event_type, last)
        if target is None and event_type not in SAID_TYPES:  # `أفرجت تركيا عن القس`: the pastor named before
            target = self._described_object_holder(t1, last, source)
        if target is not None and event_type not in _TOLD_TO_ACTS.get(target.actor_type, (event_type,)) and \
                (source is None or source.actor_type != target.actor_type) and self._only_addressed(target, mentions):
            target = None  # `نفى بوتين في مقابلة مع شبكة X`, `طالب خلال لقاء مع قناة X`: the outlet he spoke to
        if source is not None and source.actor_type in _TOLD_ACTS and event_type not in _TOLD_ACTS[source.actor_type]:
            # `أشار المصدر إلى أن معارك تدور`, `قالت صحيفة X إن لمجرد اعتدى`: the teller did not act; force
            # told of is the force the text names (as for any body with no arms: `_force_of_text`)
            self._passive = True
            target = target if target != source else None
            return (self._force_of_text(mentions, target) if event_type == "ASSAULT" else None), target
        if event_type == "PROTEST" and source is not None and (
                source.actor_type == "military" or source.actor_type in _STREET_PROTEST_OUTSIDERS and
                role_words("street_protest").match_at(self.tokens, t0, stop=t1) is not None):
            self._passive = True
            return None, (target if target != source else None)
        return source, target

    def _only_addressed(self, actor: Actor, mentions: list[Mention]) -> bool:
        """Every mention of the actor in the clause comes after a preposition, its own (`لوكالة`,
        `بقناة`) or a word (`مع`, `على`, `عبر`): spoken to or through, not the verb's object."""
        own = [m for m in mentions if m.actor == actor]
        return all(any(c in self.text[self.tokens[m.first].start:m.start] for c in "لب") or
                   m.first > self._sentence_first and self.tokens[m.first].joined and
                   without_conjunction(self.tokens[m.first - 1].word) in _ADDRESSING_WORDS
                   for m in own)

    def _clause_party_roles(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """Source and target from the clause (`_clause_roles`), members standing for their party
        (`مقاتلو حركة حماس`); a verbal noun governed by a verb of trying or deciding is done by
        that verb's subject (`حاول الأسد، منذ ...، إقناع أنقرة`), its genitive its object."""
        self._passive = False
        self._clause_mentions = mentions  # read again by `_object_after_opening_subject` for this trigger
        self._role_event_type = event_type  # read again by `_speaker_as_subject` for this trigger
        mentions = self._members_as_parties(t0, t1, self._home_states_named(t0, t1, self._titled_holders(
            self._described_parties(self._without_listed_places(mentions), last))))
        charged = self._charged_act(t0, event_type)
        if charged is not None:  # `اعتقلت الشرطة X بتهمة`: the police charge, X is charged
            first, end, act_type = charged
            state = self._clause_mentions, self._role_event_type
            source, target = self._roles(first, end, mentions, act_type, last)
            self._clause_mentions, self._role_event_type = state
            if target is None and source is not None and source.actor_type == "person":
                return None, source  # `وحكم عليه بالسجن بتهمة`: a person alone in the act is the one charged
            return source, target
        holder = self._bare_title_subject(t0, t1)
        if holder is not None:  # `وأكد الرئيس ...`, `"الرئيس يريد أن يلتقي بهم"`: the president named before
            _, target = self._clause_roles(t0, t1, [m for m in mentions if m.actor != holder], event_type, last)
            return holder, (target if target != holder else None)
        answering = self._answering_party(t0, t1, mentions, event_type)
        if answering is not None:  # `ونفت الوزارة اتهامات الحكومة البريطانية`: the ministry is accused
            rest = [m for m in mentions if m.actor != answering]
            source, _ = self._roles(t0, t1, rest, event_type, last)  # the act's own doer, the rejecter left out
            genitive = next((m for m in rest if m.first == t1 and self.tokens[t1].joined and
                             m.actor.actor_type in SOURCE_TYPES and not self._governed(m)), None)
            self._passive = True  # the act answered is another's, not the rejecting subject's
            return (genitive.actor if genitive else source if source != answering else None), answering
        reasoning = self._reason_subject(t0, t1, mentions)
        if reasoning is not None:  # `ألغت كوريا الشمالية المحادثات مع سول احتجاجا على`: the one who cancels protests
            subject, = reasoning
            rest = [m for m in mentions if subject is None or m.actor != subject.actor]
            _, target = self._clause_roles(t0, t1, rest, event_type, last)
            return (subject.actor if subject else None), target
        counted = self._counted_crowd(t0, t1, mentions, event_type)
        if counted is not None:  # `وتجمع آلاف X`: the crowd counted after the verb gathers, no one before
            crowd, = counted or (None,)
            _, target = self._clause_roles(t0, t1, [m for m in mentions if m.actor != crowd], event_type, last)
            self._passive = crowd is None  # a crowd the text names no actor for: no earlier subject carried on
            return crowd, target
        provoked = self._provoked_reaction(t0, t1, mentions, event_type, last)
        if provoked is not None:  # `وأثار ترامب غضب المكسيك`: Mexico is angered, at Trump
            return provoked
        joining = self._joining_crowd(t0, mentions, event_type)
        if joining is not None:  # `وشارك آلاف الفلسطينيين في مظاهرات`: the crowd that joins protests
            _, target = self._clause_roles(t0, t1, [m for m in mentions if m.actor != joining], event_type, last)
            return joining, target
        sentenced = self._sentenced(t0, mentions)
        if sentenced is not None:  # `حكمت المحكمة على X بالسجن`: X is imprisoned, the court imprisons
            source, _ = self._clause_roles(t0, t1, [m for m in mentions if m.actor != sentenced.actor], event_type, last)
            return source, sentenced.actor
        source, target = self._clause_roles(t0, t1, mentions, event_type, last)
        pronoun = self._sentenced_pronoun(t0, event_type)
        if pronoun is not None and target is None:  # `وحكم عليه في نوفمبر بالسجن`: him, named before
            target = self._sentenced_antecedent(t0, mentions, source, pronoun)
            if target is None and source is not None and self._sentenced_antecedent(t0, mentions, None, pronoun) == source:
                source, target = None, source  # `لكنه اعتقل وصدر بحقه حكم بالسجن`: the only one named is sentenced
                self._passive = True
        if source is not None and source.actor_type not in (POPULATION, "armed_group") and \
                not any(m.actor == source and m.first >= t1 for m in mentions) and \
                self._describes_indefinite_plural(t0, t1, mentions):
            self._passive = True  # `لتفريق 250 محتجا تجمعوا`: they gathered, not the police named before
            return None, (target if target is not None and target.actor_type != POPULATION else None)
        civilian = self._civilian_after_force_verb(t0, t1, mentions, event_type)
        if civilian is not None:  # `واعتقل الناشط X`: he was arrested; no activist arrests
            self._passive = True
            return (source if source != civilian else None), civilian
        if target is None and event_type in FORCE_TYPES and self._verb(t0):
            # `قصفت إسرائيل المواقع العسكرية الإيرانية`: the nation of the object struck, as the text has named it
            subject_end = next((m.last for m in mentions if m.actor == source and m.first == t1), t1)
            if subject_end + 1 < last and strip_article(without_conjunction(self.tokens[subject_end].word)) in _QUANTIFIERS:
                subject_end += 1  # `ضربت كل البنية التحتية الإيرانية`: the quantified noun
            nation = self._object_nation(subject_end, last, mentions)
            target = nation if nation != source else None
        if source is not None and source == self._scene_of(t0, mentions) and \
                not any(m.actor == source and m.first >= t1 for m in mentions):  # (`بين مصر والسودان`: a party too)
            self._passive = True  # `وشهدت روسيا مظاهرات`: where it happened; no doer named, none carried on
            source = None
        if not any(m.actor == source and m.first >= t1 for m in mentions) and self._object_of_reaction(t0, event_type):
            # `وعقدت الحكومة اجتماعا، وأدانت الهجوم`: who condemns is no party of the act condemned
            self._passive = True  # nor is an earlier subject carried on to it
            source = None
        if source is None:  # `وأعلن مسؤولون كبار التوصل إلى اتفاق`: the unnamed officials who announce it
            source = self._unnamed_officials_before(t0, mentions)
        if source is None:  # `الضربات الإسرائيلية على`: the nation the noun's adjective names does it
            source = self._doer_nation(t0, t1, last, mentions, target, event_type)
        if target is None:  # `بحث بوتين مع نظيره التركي`: the Turkish counterpart the text has named
            target = self._counterpart(t1, last, mentions, source)
        threatened = self._threatened_act(t0, t1, mentions)
        if threatened is not None:  # `وهددت فرنسا دمشق بضربات`: France would strike Damascus
            return threatened
        controller = self._controlling_subject(t0, t1, mentions) or self._shared_controller(t0, t1, mentions)
        if controller is not None and controller.actor != source:  # `حاول الأسد ... إقناع أنقرة`: who tries does it
            object_after = any(m.actor == source and t1 <= m.first <= t1 + 1 for m in mentions)
            target = source if object_after else target  # `إقناع روسيا`: the noun's genitive is its object
            return controller.actor, (target if target != controller.actor else None)
        return source, target

    def _clause_roles(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """Source and target from the clause, a population counting as a party where it acts next
        to the trigger (`تجمع المحتجون`, `المحتجون تجمعوا`) or undergoes the act once it has acted
        in the text; otherwise the roles are read again without the populations."""
        inside = next((m for m in mentions if t0 < m.first and m.last <= t1 and m.actor.actor_type == POPULATION), None)
        if inside is not None and event_type in INTRANSITIVE_TYPES:  # the trigger names its doer: `تجمع المحتجون`
            _, target = self._participants(t0, t1, [m for m in mentions if m.actor != inside.actor], event_type, last)
            return inside.actor, target
        if inside is not None and self._noun(t0) is False and t1 - t0 == 2:  # `تفرق المحتجين`: the crowd undergoes it
            source, _ = self._participants(t0, t1, [m for m in mentions if m.actor != inside.actor], event_type, last)
            return source, inside.actor
        verb = without_conjunction(self.tokens[t0].word)
        feminine_past = verb.endswith("ت") and not verb.endswith("ات") and not verb.startswith("ال")
        subject = next((m for m in mentions if t0 < m.first < t1 and m.actor.actor_type in SOURCE_TYPES), None)
        # `فرقت الشرطة`, `أوقفت الشرطة`: the verb's subject is in the trigger; `دخول القوات X`, `انسحاب
        # الجيش X`: the forces named in the trigger move themselves (not `انسحاب من الحكومة`; not the
        # forces a party deploys, `قام النظام بنشر قوات الأمن`)
        if subject is not None and (feminine_past or not self._governed(subject) and event_type != "MOBILIZE"):
            _, target = self._participants(t0, t1, [m for m in mentions if m.actor != subject.actor], event_type, last)
            return subject.actor, target
        doer = self._construct_doer(t0, t1, mentions, event_type, last)
        if doer is not None:  # `قتل القوات الإسرائيلية عشرات الفلسطينيين`: the genitive kills, its object is killed
            subject, undergoer = doer
            return subject.actor, (undergoer.actor if undergoer is not None else None)
        patient = self._construct_patient(t0, t1, mentions, event_type, last) or \
            self._described_patient(t0, t1, mentions, event_type, last)
        if patient is not None:  # `اعتقال الصحفي X`: the noun's genitive is the one arrested
            source, _ = self._participants(t0, t1, [m for m in mentions if m.actor != patient], event_type, last)
            if source is None and self._verb(t0) and \
                    passive_news_verb(self.tokens[t0].word):
                self._passive = True  # `وقتل X، وهو ...`: killed, by no one named; none carried on to it
            return source, patient
        owner = self._owning_crowd(t0, t1, mentions, event_type)
        if owner is not None:  # `وبدأ الفلسطينيون ... احتجاجاتهم`: their protests, theirs to make
            _, target = self._participants(t0, t1, [m for m in mentions if m.actor != owner], event_type, last)
            return owner, target
        undergoing = self._population_object(t0, t1, mentions, event_type)
        if undergoing is not None:
            rest = [m for m in mentions if m.actor != undergoing.actor]
            source, target = self._participants(t0, t1, rest, event_type, last)
            if undergoing.actor.actor_id in self._acting or event_type in FORCE_TYPES or \
                    passive_news_verb(self.tokens[t0].word) or \
                    event_type not in SAID_TYPES and self._unnamed_subject_before(t0, t1, mentions):
                target = undergoing.actor  # `إن الحكومة قتلت المتظاهرين`: the verb's object
            self._passive = source is None  # no subject of its own to carry on from the text before
            return source, target
        source, target = self._participants(t0, t1, mentions, event_type, last, populations=True)
        bad_source = source is not None and source.actor_type == POPULATION and \
            not any(m.actor == source and self._next_to(m, t0, t1) for m in mentions)
        # a group one acts with (`اتفاق بين إيران ومجموعة الست`, `مع الدول الست`) acts itself, even never named acting before
        partner = event_type in MUTUAL_TYPES and any(  # `وقعته إيران مع الدول الست`: one acts with it
            m.actor == target and m.first > t1 and without_conjunction(self.tokens[m.first - 1].word) == "مع"
            for m in mentions)
        bad_target = target is not None and target.actor_type == POPULATION and target.actor_id not in self._acting and \
            self._mutual_pair != (source, target) and not partner and \
            not self._force_undergone(target, t1, mentions, event_type) and not self._addressed(target, t1, mentions, event_type)
        if bad_source or bad_target:
            return self._participants(t0, t1, mentions, event_type, last)
        return source, target

    def _participants(self, t0: int, t1: int, mentions: list[Mention], event_type: str = "", last: int | None = None,
                      populations: bool = False):
        types = (*SOURCE_TYPES, POPULATION) if populations else SOURCE_TYPES
        self._mutual_pair = None  # the two parties of a mutual act, set when the clause names them
        actors = [m for m in mentions if m.actor.actor_type in types]
        reacting = [m for m in actors if m.last <= t0 and self._reacts_to(m, t0, event_type)]
        opening = self._reported_clause_start(t0, mentions)
        if event_type not in _SPEAKER_PARTY_TYPES:
            reacting += [m for m in actors if m.last <= opening]
        else:  # `ذكرت وكالة رويترز أن اللقاء سيعقد`: an outlet or unnamed source only tells of the meeting
            reacting += [m for m in actors if m.last <= opening and m.actor.actor_type in _TELLING_ONLY_TYPES]
        reacting += [m for m in actors if m.last <= t0 and m not in reacting and self._announces_death(m, t0)]
        if reacting:  # `أدان الاتحاد الهجوم`: the one condemning is no party of the act condemned
            self._passive = True  # nor is its subject carried on to it
            actors = [m for m in actors if m not in reacting]
        last = len(self.tokens) if last is None else last
        marked = self._marked_roles(t0, t1, actors, event_type, last)
        if marked is not None:
            return marked
        if event_type == "ACCUSE" and self._passive_charge(t0, t1, last, mentions):
            self._passive = True  # `واتهم فيها بالاعتداء`: accused, by no one named; none carried on to it
            return None, None
        end = self._clause_end(t1, last)  # `..., وغادر صوب ألمانيا`: a party of the next clause is none of this act
        if event_type not in _SAID_CONTENT_TYPES:
            end = self._embedded_clause_start(t1, end, mentions)  # `انتهاك الاتفاق الذي وقعته الحكومة`: that clause's party
        # `وجاء الرفض بعدما تعرض X لاستجواب`: a clause of time after the trigger has parties of its own
        end = next((k for k in range(t1, end) if without_conjunction(self.tokens[k].word) in _TIME_SUBORDINATORS
                    and not any(m.first <= k < m.last for m in mentions)), end)
        if event_type != "ASSAULT":  # `مقتل X إثر غارة شنها Y`: a killing's agent may stand in its occasion
            end = self._cause_phrase_start(t1, end, mentions, event_type)  # `اعتقل صحفيا للاشتباه بعلاقته بحزب X`
        end = self._joined_verb_start(t1, end, mentions)  # `اعتقلت في واشنطن ومثلت أمام المحكمة`: that verb's party
        end = self._participle_clause_start(t1, end)  # `دعا إلى التهدئة، مشيرا إلى أنه سيناقش مع X`: that clause's
        end = self._attribution_start(t1, end)  # `على الحدود، حسب ما قال عضو ميليشيا لوكالة X`: who tells, who hears
        after = [m for m in actors if t1 <= m.first < end and not self._in_setting(m) and not self._in_time_setting(m, t0)
                 and not self._audience(m, event_type)]
        before = [m for m in actors if m.last <= t0]
        lam_subject = self._subject_in_lam(t0, mentions)
        if lam_subject is not None:  # `وسبق لترامب أن انتقد الحكومة المكسيكية`: Trump criticised
            target = next((m for m in after if m.actor != lam_subject.actor), None)
            return lam_subject.actor, (target.actor if target else None)
        undergoer = self._passive_relative_head(t0, t1, before, event_type, last)
        if undergoer is not None:  # `الجنود الذين قتلوا في الحرب`: the soldiers were killed, they killed no one
            self._passive = True  # nor is an earlier subject carried on to it
            return None, undergoer.actor
        counted = self._counted_undergoer(t0, t1, after, event_type, last)
        if counted is not None:  # `وقتل أكثر من 35 ألف جندي أمريكي`: they were killed, by no one named here
            self._passive = True  # nor is an earlier subject carried on to it
            return None, counted.actor
        fighting = self._pair_between(t1, last, after, event_type) \
            if event_type == "ASSAULT" else None
        if fighting is not None:  # `اشتباكات بين الجيش وقوات المعارضة`: the one named first fights the other
            self._mutual_pair = fighting
            return fighting
        if event_type in MUTUAL_TYPES:
            pair = self._pair_between(t1, last, after, event_type) or self._coordinated_pair(t0, before)
            if pair is not None:
                self._mutual_pair = pair
                return pair
        opens = self._clause_opener(t0)
        traveller = self._where_clause_subject(t0, t1, actors) if event_type in MUTUAL_TYPES else None
        if traveller is not None:  # `ينتقل نتانياهو إلى باريس حيث يلتقي الرئيس ماكرون`: he meets Macron there
            target = next((m for m in after if m.actor != traveller.actor), None)
            return traveller.actor, (target.actor if target else None)
        parties_before = before
        if opens:  # `..., حيث أجرى اتصالا`, `بينما اجتاح مقاتلون`: the actors before belong to another clause
            own = [m for m in before if m.first <= self._sentence_first + 1][:1]  # the sentence's own subject
            if not own and 0 <= opening and any(m.first <= self._sentence_first + 1 for m in reacting):
                # `كشفت الصحيفة أن ترامب أجرى ...، كما يطلب`: an outlet only tells; the reported words go on
                own = [m for m in before if opening < m.first <= opening + 2 and not self._governed(m)][:1]
            before = own
        # Verb-first clause: `قصفت إسرائيل غزة` — the actor right after the trigger is the source;
        # one after a preposition (`ناقشت مع بوتين`, `وبرر للسوداني`) is an object, never the subject.
        # `خلال زيارته للولايات المتحدة قدم ماكرون`; `مع X وقيادات Y، بجانب مباحثات`: Y is with X under `مع`
        # `للرئيس راؤول كاسترو الذي تنحى`, `مع منظمة أوكسفام التي تنفي`: the head of the trigger's relative
        # clause does it, though a preposition governs it (not a place or a part: `الصحفية في بي بي سي التي`)
        subjects = [m for m in before if not self._governed_conjunct(m) or self._relative_head(m, t0)]
        if self._after_fronted_setting(t0, t1):
            subjects = []  # `وفي اجتماع مع مسؤولي الحكومة تعهد العبادي`: the actors before are in the setting
        elif event_type not in MUTUAL_TYPES and self._dated_by_other_act(t0, t1):
            subjects = []  # `ردت إسرائيل بعد هجوم صاروخي`: the attack replied to is another's
            self._passive = True  # nor is the sentence's subject carried on to it
        # `إن الشرطة اعتقلت X`: X its object; not for an act of saying told in reported words
        # (`قال إن السفينة انتهكت القانون`: the speaker accuses, the subject is accused)
        # (words that accuse or threaten are the speaker's act: `قال X إن السفينة انتهكت` keeps a
        # speaker named before; the other acts are the reported subject's own, `إن الملكة وافقت`;
        # with no speaker, `بعض الدول تتهم فرنسا` has a subject of its own)
        own_subject, partitive = self._reported_subject_phrase(t0, mentions) \
            if event_type not in _SPEAKERS_ACTS or not subjects else (False, None)
        if partitive is not None:  # `أن وفدا من الحكومة المصرية وصل`: the body its members act for
            target = next((m for m in after if m.actor != partitive), None)
            return partitive, (target.actor if target else None)
        unnamed = (event_type not in _SPEAKERS_ACTS or not subjects) and self._unnamed_subject_before(t0, t1, mentions)
        if own_subject and not unnamed:  # `إن مسؤولين من البلدين يلتقون`: its own subject, who names no party
            self._passive = True  # nor is an earlier subject carried on to it
            target = next((m for m in after if not self._in_setting(m)), None)
            return None, (target.actor if target else None)
        titled = None if unnamed else self._titled_subject(t0, t1, [m for m in actors if m.first >= t1], last)
        holder = self._holder_after_title(t0, t1, after, last) if titled is None else None
        if holder is not None and (opens or not subjects or t0 - subjects[-1].last > 3):
            # `وحذر نائب وزير الخارجية الفرنسي X إيطاليا`: the title's holder acts, the party after is its object
            target = next((m for m in after if m.first >= holder.last and m.actor != holder.actor), None)
            return holder.actor, (target.actor if target else None)
        if titled is not None and (opens or not subjects or t0 - subjects[-1].last > 3):
            source, end = titled  # `ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل`
            target = next((m for m in after if m.first >= end and m.actor != source.actor), None)
            return source.actor, (target.actor if target else None)  # `في فيسبوك`: a setting is no object
        if after and self._titled_object_after_unnamed_title(t0, t1, after[0]):
            # `واستقبل رئيس الوزراء العراقي وزير الخارجية الأمريكي X`: X is received; the host names no party
            self._passive = True  # nor is an earlier subject carried on to it
            return None, after[0].actor
        listed = self._listed_subject(t0, t1, after, last)
        if listed is not None:  # `وتطالب كل من الفلبين وفيتنام بالسيادة`: the listed parties act
            co_subjects = self._joined_after(listed, after)
            target = next((m for m in after if m.actor != listed.actor and m not in co_subjects), None)
            return listed.actor, (target.actor if target else None)
        relative_roles = self._relative_subject_roles(t0, t1, actors, after, event_type)
        if relative_roles is not None:  # `الصواريخ التي استهدفت إسرائيل`: the rockets hit Israel
            return relative_roles
        genitive = self._genitive_agent(t0, t1, after, event_type, last)
        if genitive is not None:  # `رفضت الحكومة طلب إيران`: Iran asks, whoever the clause's subject is
            joined = [] if event_type in MUTUAL_TYPES else self._joined_after(genitive, after)  # `تنديد فرنسا وألمانيا`
            target = next((m for m in after if m.first >= genitive.last and m.actor != genitive.actor
                           and m not in joined), None)
            return genitive.actor, (target.actor if target else None)
        if after and (self._right_after(t1, after[0]) or self._group_subject_after(t1, after[0])) and \
                not self._prepositional(after[0], t1) and \
                not self._mans_title_after_feminine_verb(t0, after[0]) and not unnamed and \
                not self._feminine_party_after_masculine_verb(t0, t1, after[0]) and \
                not self._owns_judged_thing(t0, t1, after[0], event_type) and \
                not self._oblique_object_after_verb(t0, t1, after[0]) and \
                not self._party_after_plural_verb(t0, t1, after[0]) and \
                not self._owns_judged_thing_in_phrase(t1, after[0]) and \
                (opens or not subjects or t0 - subjects[-1].last > 3 or self._object_pronoun(t0, t1) or
                 self._resumptive_relative(t0, t1, after[0]) or self._after_fronted_clause(t0, t1, subjects[-1])
                 or self._relative_verb(t0, t1)):
            source = after[0]
            # `وأدانت السعودية والإمارات الهجوم`: the parties joined to the subject by `و` act with it
            # (for a mutual act they are the other party: `اتفقت روسيا والصين`)
            co_subjects = [] if event_type in MUTUAL_TYPES else self._joined_after(source, after)
            target = next((m for m in after[1:] if m.actor != source.actor and m not in co_subjects), None)
            if self._relative_verb(t0, t1):
                # `الصحفي الذي اعتقلته الشرطة`: the pronoun stands for the relative's head, a party
                # only when one is named right before it (`وهو ما استنكرته المنظمة`: a deed)
                head = next((m for m in actors if m.last == t0 - 1 and m.actor != source.actor), None)
                target = head or target
            elif self._verb_object_pronoun(t0, t1, actors):
                target = None  # `تتهمها السلطات بالتجسس`: the pronoun is the object, a party named before
        elif unnamed:  # the subject names no actor: the act has no named doer, what follows is its object
            self._passive = True  # nor is an earlier subject carried on to it
            source = None
            target = next((m for m in after if self._right_after(t1, m) and not self._governed(m)), None)
        else:  # subject-first: the nearest actor before that no preposition governs (`وبرر للسوداني`: an object)
            source = subjects[-1] if subjects else None
            if source is not None and self._counted_subject_after(t0, t1, last, mentions):
                source = None  # `ونفى خمسة منهم التهمة`: the five deny, not the party named before
                self._passive = True  # nor is an earlier subject carried on to it
            elif source is not None and self._verb(t0) and self._clause_break(source.end, self.tokens[t0].start) and \
                    not any(self.tokens[k].word in RELATIVES for k in range(source.last, t0)):  # `X، التي ...، طالبت`
                # `اتهم X Y، وطالب ...`: past a comma the nearest actor is another clause's; a verb
                # with its subject dropped goes on with the subject the sentence opens with
                source = next((m for m in subjects if m.first <= self._sentence_first + 2), source)
                if self._disagrees_in_gender(t0, source):
                    # `وقال أوربان إن الأحزاب لم تدعم قراره، وأيدت X`: not the speaker the verb disagrees
                    # with, but the latest party before that may be its subject
                    source = next((m for m in reversed(parties_before) if not self._governed_conjunct(m)
                                   and not self._disagrees_in_gender(t0, m)), None)
            elif source is not None and event_type not in _SPEAKER_PARTY_TYPES and \
                    self._noun_by_shape(t0) and self._outside_complement(source, t0) and not self._deed_after(t1):
                # `تظهر تقارير المخابرات أنه هجوم إرهابي`, `اعتبر نواب أنها إهانة لضحايا اعتداء`: the
                # party before `أن` is the outer clause's; the act its complement names has no doer there
                source = None
                self._passive = True  # nor is an earlier subject carried on to it
            elif source is not None and (shared := self._opening_subject_shared(t0, subjects, mentions)) is not None:
                # `واتهمت الحكومة الحركة بتنفيذ الهجوم وتوعدت بملاحقتها`: the government threatens;
                # `اتهم الرئيس الأمريكي إيران ... وهدد`: an unnamed subject, no party
                source = shared[0]
            elif source is not None and not self._verb(t0) and t0 - source.last > _NOUN_SUBJECT_SPAN:
                # `فإن النظام السوري اقتنع ... بأن ... مع قوات المعارضة ... ومحاولة إقناعه`: far from
                # its noun, the nearest party is another phrase's; the clause's own subject acts
                opening = min((k for k in range(self._sentence_first, t0)
                               if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS), default=self._sentence_first)
                source = next((m for m in subjects if opening <= m.first <= opening + 2), source)
            target = next((m for m in after if source is None or m.actor != source.actor), None)
        return (source.actor if source else None), (target.actor if target else None)
