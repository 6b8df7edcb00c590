"""Events: PLOVER triggers from a lexicon, with actors, negation, location, date and claim.

`EventFinder.find` reads a sentence's triggers in turn: what each names (`event_collocations.py`),
whether the act was done, is still to come, asked for or negated (`event_modality.py`), whether an
agreement word names one reached (`event_agreements.py`), whether it names an act already found
(`event_clauses.py`), its parties (the role rules of `event_roles.py`, then `event_parties.py`,
`event_attacks.py`), and the kind of report that silences acts (`event_reports.py`). The rules of
each question are mixins of `EventFinder`, reading its state through `event_words.EventState`.

The names other modules read (`EventFinder`, `Event`, `trigger_matcher`) are importable from here."""
from __future__ import annotations

from bisect import bisect_left

from . import event_sense
from .actor_lexicon import Actor, Mention, actor_lexicon
from .event_agreements import AgreementRules
from .event_attacks import AttackWords
from .event_clauses import ClauseTests
from .event_collocations import TriggerReadings
from .event_context import SAID_TYPES, EventContext
from .event_modality import ModalityRules
from .event_parties import PartyRules
from .event_reports import _WEAPON_MODES, ReportKinds, beyond_sport
from .event_roles import RoleRules
from .event_roles_words import (FORCE_TYPES, INTRANSITIVE_TYPES, MUTUAL_TYPES, POPULATION, PRONOUN_OBJECTS, RELATIVES,
                                role_matcher)
from .event_triggers import Head, obliges, trigger_matcher
from .event_words import _COOPERATIVE_TYPES, Event
from .lexicon import word_classes
from .matching import Token
from .morphology import without_conjunction
from .text import Normalized

_NEGATING_REASONS = frozenset({"negated", "cancelled"})  # context classes that keep the event, negated
_SPEAKER_TYPES = frozenset({"person", "government", "political_party", "international_org", "media"})
# parties that speak, report or help but bear no arms: never the doer of an armed attack
_UNARMED_TYPES = frozenset({"media", "organization", "international_org"})
# acts of judging another party's deed or words: the nation of the thing judged is the party (`رفض الاتهامات الإسرائيلية`)
_JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# sentences a report's headline and lead take: a disaster told there is what the report is about
_DISASTER_LEAD = 3


class EventFinder(RoleRules, TriggerReadings, ClauseTests, ModalityRules, AgreementRules, PartyRules, ReportKinds,
                  AttackWords):
    """The events of a document, sentence by sentence (`find`), with the memory of the sentences
    read before: their actors, the latest source and speaker, the parties of the latest acts."""

    def __init__(self, tokens: list[Token], norm_text: str, published_year: int | None = None,
                 original: Normalized | None = None):
        self.tokens = tokens
        self.text = norm_text
        self.original = original  # the text as written: `ة` and hamza, which normalisation folds
        self.context = EventContext(tokens, norm_text, published_year)
        self._sport_report: bool | None = None  # `sport_document`, read when the first event is found
        self.triggers = trigger_matcher()
        self.roles = role_matcher()
        self.gentilics = actor_lexicon().gentilics
        self._earlier: list[Mention] = []  # actors of the sentences already read, latest last
        self._last_source: Actor | None = None  # the source of the latest event of an earlier sentence
        self._last_speaker: Actor | None = None  # the latest party named as the subject of a reporting verb
        self._acting: set[str] = set()  # populations that were the source of an event
        self._sentences_read = 0
        # the report told a disaster's or an accident's toll in its lead before any attack (`_disaster_toll`):
        # None until the first attack or such toll is read
        self._disaster_report: bool | None = None
        self._passive = False  # the latest trigger's clause reads as passive (no subject to carry on)
        self._stopped: set[int] = set()  # first tokens of what a SANCTION verb stops (`علقت المساعدات`): no act of their own
        self._sentence_first = 0  # first token of the sentence being read
        self._trigger_first = -1  # first token of the trigger whose roles are being read
        self._sentence_mentions: list[Mention] = []  # the actors named in it
        self._sentence_places: list[Mention] = []  # the states named in it as places (`في القاهرة`)
        self._last_pair: tuple[Actor, Actor] | None = None  # the parties of the latest meeting or call
        self._last_parties: dict[str, tuple[Actor, Actor, int]] = {}  # the parties of the latest act of each type, and where its trigger ends
        self._act_parties: list[tuple[int, Actor]] = []  # the doer and the one acted on of each act found, by its first token
        words = word_classes()
        self.negators = words["negator"]
        self.future_markers = words["future"] | words["intent"]
        self.intent_markers = self.future_markers | words["event_intent"]  # `تريد ترحيل`: wanted, not done

    def find(self, first: int, last: int, mentions: list[Mention], denial_cues: list[int],
             places: list[Mention] = ()) -> list[Event]:
        """Events in tokens[first:last]; `denial_cues` are token indices of denial verbs (`نفى`),
        `places` states named as locations."""
        events = []
        self._sentence_first = first
        self._sentences_read += 1
        self._sentence_mentions = mentions
        self._sentence_places = places
        if self._disaster_report is None and self._sentences_read <= _DISASTER_LEAD and not mentions and \
                self._tells_disaster(first, last):
            self._disaster_report = True
        starts = self.triggers.starts_in(self.tokens, first, last)  # only words where a trigger may open
        if not starts:  # no trigger (most sentences): only the memory of its actors and of who speaks
            self._earlier.extend(mentions)
            self._last_speaker = self._sentence_speaker(first, last, mentions)
            return events
        mentions = [m for m in mentions if not self._act_read_as_name(m, last)]
        in_mention = {k for m in (*mentions, *places) for k in range(m.first, m.last)}
        named = mentions
        telling = {m: self._attribution_end(m) for m in named}  # `بحسب وكالة رويترز`: who tells, no party
        i = first
        while i < last:
            k = bisect_left(starts, i)
            if k == len(starts):
                break
            i = starts[k]
            if i in in_mention or i in self._stopped:
                i += 1
                continue
            t = self.triggers.match_at(self.tokens, i, stop=last)
            if t is not None and isinstance(t.value, Head):
                t = self._collocation(t, last, mentions)
            if t is not None and self._misspelled_as_verb(t):
                t = None  # `أقنعة`, `باحث`: a noun, not `أقنعه`, `بـ` + `أحث`
            if t is not None and self._adverb_read_as_particle(t):
                t = None  # `عليه الآن`: now, not `عليه أن`
            if t is None:
                i += 1
                continue
            if self._refers_to_existing(t, first, named):
                i = t.last
                continue
            event_type, mode = t.value.event_type, t.value.event_mode
            if event_type == "ACCUSE" and self._mourning(t, last):
                i = t.last  # `ونعت الوزيرة الفنان الراحل`: mourning the dead is no act between parties
                continue
            # the one who tells is a party only of the act told right after the cue (`حسب ما تطالب ميركل`)
            mentions = [m for m in named if telling[m] is None or telling[m] <= t.first < m.first]
            if event_type == "RETREAT" and mode == "withdraw" and self._leaves_agreement(t.first, t.last, first, last):
                event_type = "SANCTION"  # `الاتفاق الذي انسحبت منه`: leaving a deal, not pulling back forces
            if event_type == "CONSULT" and (self._future(t.first, first) or self._due(t, last) or self._scheduled(t.first, first)
                                            or self._led_by_meeting_verb(t, first, last)
                                            or self._subject_of_future_verb(t, last)
                                            or self._in_future_clause(t, first)):
                event_type, mode = "AGREE", None  # an intended meeting is an agreement to meet
            elif event_type in FORCE_TYPES and self._future(t.first, first):
                if self._future_in_past(t.first, first):
                    i = t.last  # `كانت ستفرض عقوبات لو`: force that would have been used is neither used nor announced
                    continue
                event_type, mode = "THREATEN", None  # `ستحتجز السفينتين`: force announced, not yet used
            elif event_type in _COOPERATIVE_TYPES and self._future(t.first, first):
                event_type, mode = "AGREE", None  # `ستقدم مساعدات`: help promised is an intent to cooperate
            elif event_type == "RETREAT" and self._future(t.first, first):
                event_type, mode = "CONCEDE", None  # `ستنسحب القوات`: a retreat announced is a concession
            if event_type != "REQUEST" and self._obliged(t.first, first, event_type != "SUPPORT"):
                event_type, mode = "REQUEST", None  # `ينبغي أن تحتجز السفينة`: an act demanded, not reported
            intent = self.context.reason(t.first, t.last, event_type, first, last) \
                if event_type == "CONSULT" or event_type in _COOPERATIVE_TYPES else None
            meeting_to_come = event_type == "CONSULT" and intent in ("planned", "readiness") or \
                event_type in _COOPERATIVE_TYPES and intent == "readiness"
            if meeting_to_come:  # `يستعد لاستقبال`, `وصل الوفد للإعداد للقمة`: a meeting to come, not the one
                # held; `أعرب عن استعداد بلاده للتعاون`: readiness to help is an intent to cooperate (AGREE)
                event_type, mode = "AGREE", None
            if event_type == "CONSULT" and self._agreed_meeting(t, events, first):
                event_type, mode = "AGREE", None  # `اتفقا على الاجتماع`: the meeting agreed to is still to come
            same = next((k for k in range(len(events) - 1, -1, -1) if events[k].event_type == event_type), None)
            # one event per type and clause: `غارات جوية ... قصف` name the same strikes; a said act
            # after a comma is another one (`رفضت ...، وقال إن ... غير قابل للتفاوض`)
            if same is not None and not self._new_clause(t.first, first) and \
                    not self._sequenced(events[same].trigger_end, t.first, first) and \
                    not (event_type in SAID_TYPES and self._clause_break(events[same].trigger_end, t.start)) and \
                    not self._relative_on_another_head(t.first, first, last):
                events[same] = self._also_named_by(events[same], t, first, last)
                i = t.last
                continue
            unspecific = self.context.reason(t.first, t.last, event_type, first, last)
            if event_type == "ASSAULT" and self._disaster_report is None and unspecific == "accident" and \
                    self._sentences_read <= _DISASTER_LEAD:
                # `قتل 77 شخصا إثر عواصف رملية`: a headline or lead that tells the deaths of a storm, a fire
                # or a crash before any attack makes the report a disaster's
                self._disaster_report = True
            if unspecific == "sport" and event_type == "ASSAULT" and mode in _WEAPON_MODES and \
                    not self._sport_reading(first, last):
                unspecific = None  # `وأطلق مجند النار على المدرب`: one word of sport in a report of no sport
            if event_type == "AGREE" and self._aimed_at(t.first, first):
                i = t.last
                continue  # `سعيا للتوصل إلى اتفاق`, `الضغط لإبرام صفقة`: the agreement is the aim, not reached
            if event_type == "AGREE" and self._finding_reached(t, last):
                i = t.last
                continue
            if meeting_to_come and unspecific in ("planned", "readiness"):
                unspecific = None  # the plan is what makes it an agreement to meet
            # a sport cue silences the games' own acts, not those of political parties beside them
            # (`التقى الرئيس الفرنسي نظيره الروسي قبل المباراة النهائية`): decided once the parties are read
            sport_sentence = unspecific == "sport"
            if sport_sentence and not any(beyond_sport(m.actor) for m in mentions):
                i = t.last
                continue  # no political party named in the sentence: the parties need not be read
            if sport_sentence:  # what else the sentence says of the act (`ألغت دعوة ...، وهددت بعدم حضور البطولة`)
                unspecific = self.context.reason(t.first, t.last, event_type, first, last, beyond_sport=True)
            if unspecific == "in_words":  # `شن هجوما لاذعا على`, `هجوم إعلامي`: criticism, not force
                if any(e.event_type == "ACCUSE" for e in events):
                    i = t.last
                    continue
                event_type, mode, unspecific = "ACCUSE", None, None
            if unspecific is not None and unspecific not in _NEGATING_REASONS:
                i = t.last
                continue  # a plan, a hypothesis, a question, history, a figure of speech: no event happened
            self._trigger_first = t.first
            source, target = self._roles(t.first, t.last, mentions, event_type, last)
            if event_type not in INTRANSITIVE_TYPES - {"REQUEST"}:
                target = self._direct_object(t.first, t.last, mentions, source) or target
            giver = self._noun_agent(t, first, last, mentions, event_type)
            if giver is not None:  # `انتقادات من الاتحاد الأوروبي`, `بدعم من روسيا`: who the act comes from
                source, target = giver, (target if target != giver else None)
            if self._possessed_noun(t.first, t.last, first):
                owner = self._possessor(t.first, t.last, first, last, mentions)
                if owner is not None and event_type in FORCE_TYPES and source not in (None, owner) and \
                        self._agent_after(t.last, last):
                    target = owner  # `إثر إصابتها برصاص القوات`: she was hit, the agent phrase names who shot
                elif owner is not None:  # `في ختام لقائه بها`: his meeting, the one the sentence is about
                    source, target = owner, (target if target != owner and not self._reported_after(t.last, last, target, mentions)
                                             else None)
            patient = self._pronoun_patient(t, first, last, mentions, event_type) or \
                self._patient_before_agent(t, first, last, mentions, event_type)
            if patient is not None:  # `اعتقاله`, `إطلاق سراحه`: the one named before is arrested, released
                source, target = (source if source != patient else None), patient
                self._passive = self._passive or source is None  # the sentence's subject is no doer of it
            if event_type in MUTUAL_TYPES and self._last_pair is not None and self._names_a_pair(t, first, last):
                source, target = self._last_pair  # `واتفقا`, `اتفق الرئيسان`: the two parties named before
            undergoing = self._undergone(t.first, first, mentions)
            if undergoing is not None:  # `تعرضت السفارة لهجوم`: the subject of `تعرض` undergoes the act
                self._passive = True
                named_after = any(m.actor == source and m.first >= t.last for m in mentions)  # `من قبل X`
                source, target = (source if named_after and source != undergoing else None), undergoing
            judged = self._judged(t, first, mentions)
            if judged is not None:
                source, target = judged
            else:
                speaker = self._speaker_as_subject(t.first, t.last, first, mentions)
                if speaker is not None and speaker != source:
                    source, target = speaker, (target if target != speaker else None)
            if event_type in SAID_TYPES and self._first_person(t.first, first):
                # `وأضاف نتانياهو "لن نسمح لإيران"`: we = the speaker; `وأضاف: "لن نسمح"`: the one who spoke before
                speaker = self._quoting_speaker(t.first, first, mentions) or self._sentence_speaker(first, last, mentions)
                if speaker is not None and speaker != target:
                    source = speaker
            national = self._source_by_nationality(t.last, last, mentions, event_type)
            if national is None and source is not None:
                # `أن الاتفاق تم بوساطة مصرية`: the nation of the noun's adjective, never named, is its
                # doer, not the party that speaks of it
                national = self._doer_nation(t.first, t.last, last, mentions, target, event_type)
            if national is not None and (source is None or source.country_iso3 != national.country_iso3):
                source, target = national, (target if target != national else None)
            if source is None:  # `وفي اجتماع مع X تعهد العبادي`: the main clause's subject
                source = self._setting_noun_doer(t, first, last, mentions, target)
            if source is None:  # `ورفض المسؤولون الإيرانيون`: a nominative plural right after the verb is its subject
                source = self._nominative_subject(t.first, t.last, mentions, target)
            elif self._unnamed_nominative_after(t.first, t.last, last, mentions) and \
                    any(m.actor == source and m.first > t.last for m in mentions):
                # `ويتهم المنتقدون بوتين`: the plural that names no party is the subject, the party after
                # it the verb's object
                source, target = None, source
                self._passive = True
            if source is None and self._light_verb_before(t.first, first):
                self._passive = True  # `وتم إنجاز الاتفاق`: the passive periphrasis names no doer to carry on
            if source is None and not self._passive and events and events[-1].source not in (None, target) and \
                    (self._clause_opener(t.first) or self._same_clause_text(events[-1].trigger_end, t.start)):
                # `ورفعت واشنطن الرسوم ... كما فرضت عقوبات`, `وأشادت بمستوى التنسيق`: the same subject goes on
                source = events[-1].source
            carried = self._last_speaker if event_type in SAID_TYPES and self._last_speaker is not None and \
                self._opens_clause(t.first, first) else self._last_source
            speaker = self._last_speaker or self._last_source  # who spoke, else who acted, before
            if source is None and not self._passive and event_type in SAID_TYPES and speaker not in (None, target) and \
                    self._in_dropped_speakers_words(t.first, first, last, named):
                # `وأكد إدانة ...`, `وقال: "يمكن منح عفو"`: the act said in the words of a reporting verb
                # that opens the sentence with its subject dropped is the one's who goes on speaking
                source = speaker
            if source is None and not self._passive and event_type in SAID_TYPES and \
                    self._in_titled_speakers_words(t.first, first, last, named):
                # `لكن الرئيس أضاف أنه سيكون مستعدا`: the title points back to the holder of an office
                # named before (a person of a government, sector GOV in actors.tsv)
                holder = next((m.actor for m in reversed(self._earlier)
                               if m.actor.actor_type == "person" and m.actor.sector == "GOV"), None)
                source = holder if holder != target else None
            if source is None and not self._passive and self._opens_clause(t.first, first) and carried not in (None, target) \
                    and not self._unnamed_subject_after(t.first, t.last, last, named):
                # `وأشادت بـ...`: a verb opening its clause with a dropped subject goes on with the last
                # actor, an act of saying with the last party that spoke (`وذكرت المفوضية أن ... . ودعت
                # إلى`); a trigger inside a clause (`أكد أن الدعوة ...`, `نتيجة لهجوم`) takes no subject
                # from another sentence
                source = carried
            if (event_type in SAID_TYPES or event_type == "CONSULT") and self._purpose(t):
                # `توجه إلى برلين للقاء ميركل`: the one met is Merkel, the one meeting named before (not
                # `لهجوم قوات المعارضة`, whose noun after is the attack's doer)
                source, target = self._purpose_roles(t, first, mentions, source, target)
            # `حكم عليه`, `أطلق النار عليه`; not a relative clause's resumptive pronoun (`الاتفاق الذي توصل إليه`)
            own_pronoun = t.last - t.first > 1 and event_type in FORCE_TYPES | {"THREATEN"} and \
                without_conjunction(self.tokens[t.last - 1].word) in PRONOUN_OBJECTS and \
                not (t.first > first and self.tokens[t.first - 1].word in RELATIVES)
            if target is None and source is not None and \
                    (self._verb_object_pronoun(t.first, t.last, mentions) or self._pronoun_object_after(t.last, last)
                     or self._purpose_object_pronoun(t) or own_pronoun):
                # `وتتهمه تركيا`, `التقى به`: him, named before
                suffix = self._pronoun_suffix(t.last - 1, t.last, last) if own_pronoun else \
                    self._pronoun_suffix(t.first, t.last, last)
                # `توجه إلى أنقرة لإقناعها`: the state named as where he went, right before the purpose
                # (a place only as a party the text names elsewhere: a place is no actor row of its own)
                known = {m.actor for m in (*self._earlier, *mentions)}
                went_to = next((m for m in (*mentions, *places) if suffix == "ها" and m.actor != source and
                                m.actor in known and m.actor.actor_type == "state" and 0 <= t.first - m.last <= 1
                                and self._purpose(t)), None)
                target = went_to.actor if went_to is not None else self._antecedent(t.first, mentions, source, suffix)
                # `كيف قتله جندي إسرائيلي`: the subject named right after the verb that carries the
                # pronoun does the act, whoever the pronoun stands for
                subject_after = not own_pronoun and any(m.actor == source and m.first == t.last and
                                                        not self._governed(m) for m in mentions)
                if target is None and event_type in FORCE_TYPES | {"THREATEN"} and not subject_after:
                    # `وكان X قاضيا، وحكم عليه بالسجن`: the pronoun can stand only for the party taken
                    # as the doer: it undergoes the act, whose doer is not named
                    source, target = None, source
                    self._passive = True
            if target is None and source is not None and event_type in _JUDGING_TYPES and self._verb(t.first):
                subject_end = next((m.last for m in mentions if m.actor == source and m.first == t.last), t.last)
                nation = self._object_nation(subject_end, last, mentions)  # `انتقد العقوبات الأمريكية`: the US
                target = nation if nation != source else None
            if event_type == "ASSAULT" and source is not None and source.actor_type in _UNARMED_TYPES:
                # `قالت المنظمة إن ... قصف`: a body with no arms reports or undergoes force, it does not use it
                source = self._force_of_text(mentions, target)
            if self._disaster_toll(event_type, mode, source, target, first, last, mentions):
                i = t.last
                continue
            if self._verbal_noun(t.first) and t.first > first and (source is None or target is None):
                earlier = self._last_parties.get(event_type)  # `وتناول اللقاء`: the meeting already named
                earlier = None if earlier is None or self._party_of_kind_between(earlier, t.first) else earlier[:2]
                if earlier is not None and (source is None or source in earlier):
                    source, target = source or earlier[0], target or next((a for a in earlier if a != (source or earlier[0])), None)
            # an attack named by its weapon (`هجوم كيميائي`, `هجوم بعبوة ناسفة`) is one in arms whoever speaks of it
            if event_type == "ASSAULT" and source is not None and mode not in _WEAPON_MODES and (
                    source.actor_type in _SPEAKER_TYPES and self.context.verbal_attack(t.first, first, last)
                    or self._person_attacks_party(t, source, target)) and not self._attacked_in_arms(t, last):
                event_type, mode = "ACCUSE", None  # `هاجم ترامب ... قائلا`: a speaker attacks with words
                if any(e.event_type == event_type for e in events):
                    i = t.last
                    continue
            if event_type == "REQUEST" and obliges(self.tokens, t.first):
                obliged = next((m.actor for m in mentions if m.first == t.first + 1), None)
                if obliged is not None:  # `إن على إسرائيل أن تنسحب`: the obligation is laid on Israel
                    speaker = self._sentence_speaker(first, last, mentions)  # `وقال الوزير إن على ...`: who lays it
                    source, target = (speaker if speaker != obliged else None), obliged
            if sport_sentence and not (beyond_sport(source) or beyond_sport(target)):
                i = t.last
                continue  # a club's, a player's or a team's act in a sentence about sport
            sense = event_sense.read(self.tokens, t.first, t.last, first, last, event_type)
            if sense is not None and sense.vetoed:
                i = t.last
                continue  # the learned veto (off by default): this use of the word reports no act
            negated = unspecific in _NEGATING_REASONS or self._negated(t.first, first) or \
                any(first <= d < t.first and t.first - d <= 6 and
                    not any(self._conjoined_after_break(k) for k in range(d + 1, t.first + 1)) for d in denial_cues)
            # (`نفت الوزارة الاتهامات، وقصفت الطائرات`: the denial ends where a clause joined after a comma opens)
            location = self._location(t.last, last, places)
            if target is not None and source is not None and \
                    (target.actor_id == source.actor_id or self._state_and_its_official(source, target)):
                # `ويحتجز المشتبه فيهم في مخفر للشرطة`: a party does no act to itself; the rules that
                # found the doer read the clause's subject, the one that found it again as object erred.
                # A state's own official is the state on one side (`القمة` of Trump and the US, `فرض
                # الولايات المتحدة رسوما ... التي قطعها الرئيس`): one of them was taken from another clause
                target = None
            if event_type == "ACCUSE" and self._restated_judgement(t, events, named, source):
                i = t.last  # `نددت بالقرار، ووصفته بأنه غير مقبول`: the condemnation judged again, one act
                continue
            if source is not None and source.actor_type == POPULATION:
                self._acting.add(source.actor_id)
            if event_type == "CONSULT" and source is not None and target is not None:
                self._last_pair = (source, target)  # the two who met or talked
            if source is not None and target is not None:
                self._last_parties[event_type] = (source, target, t.last)
            self._act_parties.extend((t.first, party) for party in (source, target) if party is not None)
            if event_type == "ASSAULT" and self._disaster_report is None:
                self._disaster_report = False  # an attack told first: the report is no disaster's
            events.append(Event(t.start, t.end, event_type, mode, source, target, location, negated,
                                None if sense is None else sense.reported))
            i = t.last
        events = self._framed_not_reported(events)
        if events and self._in_sport_report():
            events = [e for e in events if beyond_sport(e.source) or beyond_sport(e.target)]
        self._earlier.extend(named)
        mentions = named
        self._last_source = next((e.source for e in reversed(events) if e.source is not None
                                  and e.source.actor_type != POPULATION), self._last_source)
        self._last_speaker = self._sentence_speaker(first, last, mentions)
        return events
