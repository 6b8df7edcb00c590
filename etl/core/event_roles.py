"""Event roles: which of a sentence's actors did the act (source) and to whom (target), from the
clause around the trigger: its subject and object, agent phrases (`من قبل`, `برصاص`), possessors
of verbal nouns, speakers going on without a subject, and who only tells the news. `EventFinder`
(events.py) takes these rules as a mixin: they read its tokens, text and clause tests."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .actor_lexicon import Actor, Mention, actor_lexicon, person_gender
from .claims import cue_matcher
from .event_context import SAID_TYPES
from .event_triggers import Head, trigger_alone, verb_form_words
from .lexicon import load, time_words, word_classes
from .matching import PhraseMatch, PhraseMatcher
from .morphology import analyse, preposition_with_pronoun, strip_article, without_conjunction
from .text import normalize_phrase

SOURCE_TYPES = ("person", "state", "government", "military", "armed_group", "political_party",
                 "organization", "international_org", "media")
# a people or a crowd (`المحتجون`, `الفلسطينيون`) is a party when it acts (`تجمع المحتجون`); as the
# one acted on it is a party only once it has acted in the text (else refugees, victims and
# migrants named as objects would all become actors of the document)
POPULATION = "other"
INTRANSITIVE_TYPES = frozenset({"PROTEST", "MOBILIZE", "REQUEST", "RETREAT"})  # `تجمع المحتجين`: the noun after is the doer
# types whose target is named by a preposition or `استهدف` (`غارات على X`); for the others
# `على` introduces a topic (`اتفقوا على`) and `نحو` an amount
_TARGET_MARKED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "SANCTION", "MOBILIZE"})
_UNDERGO_SPAN = 10  # words from `تعرض` to the act undergone: its subject may come between (`تعرض موكب رئيس الوزراء X لهجوم`)
_CONTROL_SPAN = 14  # words a verb of trying or deciding may stand before the verbal noun it governs, an aside between
_FORCE_OBJECT_SPAN = 3  # words after an act of force within which a crowd named undergoes it
_PAIR_SPAN = 8  # words a mutual act's noun may stand before the `بين` naming its two parties
_AGENT_SPAN = 8  # words after the trigger an agent phrase (`قتل ... برصاص X`) may stand
# acts two parties do together: `X وY تحدثا`, `اتفاق بين X وY` name both, the first as source
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # acts that, announced, are threats (PLOVER THREATEN)
CONNECTIVES = word_classes()["connective"]  # open a coordinated clause (function_words.tsv)
CLAUSE_OPENERS = word_classes()["clause_opener"]  # `حيث`, `بينما`, `فيما`
_PREPOSITIONS = word_classes()["preposition"]
_COMPLEMENTIZERS = word_classes()["complementizer"] - word_classes()["purpose_or_cause_complementizer"]  # `أن`/`إن` open reported words
# third person and `I`: `أننا` (we) speaks for the body the speaker represents, not the speaker
_PRONOUN_COMPLEMENTIZERS = word_classes()["pronoun_complementizer"]
_PARTICLES = word_classes()["aux"] | word_classes()["negator"] | word_classes()["future"]  # `قد`, `كانت`, `لن`
# prepositions of time and setting: a trigger after them is no verb's object (`اقترح خلال المحادثة`)
_SETTING_WORDS = word_classes()["adverbial_opener"] - word_classes()["verb_governed_setting_word"]  # not `على`, `من`
# nouns heading a possessed verbal noun (`عدم استجابته`, `ختام زيارته`): the trigger after them is a noun
_OWNED_NOUN_HEADS = word_classes()["owned_noun_head"]
# a preposition with a pronoun after an act: its object, a party named before (`التقى به`, `ضدهم`)
PRONOUN_OBJECTS = frozenset(p + suffix for p in word_classes()["object_preposition"]
                             for suffix in ("ه", "ها", "هم", "هما"))
# acts the one who reports them may well be a party of (`قال إن الاتفاق ...`, `قال إن اللقاء`)
_SPEAKER_PARTY_TYPES = SAID_TYPES | {"CONSULT"}
# acts whose object a clause of their content may name (`طالب بأن تفرج X`, `حذر من أن X`, `اعتبر أن X`)
_SAID_CONTENT_TYPES = SAID_TYPES | {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "SUPPORT"}
# acts answering another party's act: their subject is no party of the act they answer (`أدان الهجوم`)
_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "PROTEST"})
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# acts whose `من` names what is left, expelled or warned of (`انسحاب من`, `تحذير من`), not their doer
_FROM_OBJECT_TYPES = frozenset({"RETREAT", "SANCTION", "THREATEN", "MOBILIZE"})
_NOUN_RELATIVES = word_classes()["noun_relative"]  # agree with a definite noun trigger
_OFFICIALS = word_classes()["official_noun"]  # `مسؤول`, `متحدث`: an unnamed holder of an office
_QUANTIFIERS = word_classes()["quantifier"]  # `العديد من`, `عدد من`: a partitive `من` governs no role
RELATIVES = word_classes()["relative"]  # `الذي`, `التي`: a relative clause set off by commas
_APPOSITION_SPAN = 7  # words a title's body may take before the name it is given to (`منسق الأمم المتحدة الخاص لعملية السلام، X`)
_TIME_WORDS = time_words()  # `اليوم قصفت إسرائيل`: a definite word of time before a verb is no subject
_ATTEMPT_NOUNS = word_classes()["attempt_noun"]  # `لمحاولة إقناعها`: purpose
_NOUN_SUBJECT_SPAN = 5  # words past which the nearest party before a noun trigger is no longer its doer
_TIME_ASIDE_SPAN = 4  # words of a time set off by commas inside a clause (`، فجر الخميس،`)
_CONJUNCT_GAP = 2  # words between two parties joined by `و`: an adjective of the first, a noun heading the second
_SENTENCED_APPOSITION_SPAN = 10  # words of a description and a time between a party sentenced and its punishment
_APPROXIMATORS = word_classes()["approximator"]  # `أكثر من 20`, `نحو 20`: before a count
_COUNTED_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})  # `قتل ثلاثة محتجين`, `اعتقل ثلاثة صحفيين`: passive, the count undergoes it
_PATIENT_GENITIVE_TYPES = frozenset({"ASSAULT", "COERCE"})  # `اعتقال أميركي`, `مقتل بريطاني`: the nation's man undergoes it
_COUNTERPART_SPAN = 5  # words after the trigger the counterpart may stand (`قدم X سلسلة مقترحات لنظيره`)
_COUNTERPART_WORDS = word_classes()["counterpart_noun"]  # his/her counterpart
_CROWD_TYPES = frozenset({"PROTEST", "MOBILIZE"})  # acts a crowd does by gathering: its count names its subject
_SUBORDINATORS = word_classes()["event_role_subordinator"]  # `عندما`, `كيف`: a verbal clause opens after them
_SENTENCE_PRONOUN_SPAN = 5  # words from `عليه` to the sentence it names (`حكم عليه في نوفمبر 2017 بالسجن`)
_DOCUMENT_NOUNS = word_classes()["document_noun"]  # `البيان`, `القرار`: speak for who issued them
_PASSIVE_AGENT_SPAN = 5  # words from a passive act's noun to the `من` naming its doer (`إرسال نحو 12 فريق إسعاف من`)
_MAIN_CLAUSE_OPENERS = word_classes()["main_clause_opener"]  # `لكن`, `ثم`
_SETTING_PHRASE_SPAN = 3  # words of a phrase like `في بيان صحفي` between a reporting verb and its `أن`
_SUBJECT_PHRASE_SPAN = 3  # words a noun phrase naming no actor may take before its verb (`القوات الأمنية العراقية`)
# speakers no unnamed subject of their words can be a member of: a person, who speaks for no body
# here (`قال ترامب إن مسؤولين من البلدين يلتقون`), a news outlet, an unnamed source
_SPEAKING_ONLY_TYPES = frozenset({"person", "media", "anonymous_source"})
_TIME_SUBORDINATORS = word_classes()["time_subordinator"]  # `بعدما`, `عندما`: open a clause of time
_TELLING_ONLY_TYPES = frozenset({"media", "anonymous_source"})  # tell of acts said in their words, party of none
_REPORTED_SUBJECT_SPAN = 4  # words of a reported clause's own subject before its verb (`إن مسؤولين من البلدين يلتقون`)


@lru_cache(maxsize=None)
def role_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((r["cue_ar"], r["role"]) for r in load("event_roles.tsv", ("cue_ar", "role"))
                         if r["role"] in ("agent", "deed", "target"))


@lru_cache(maxsize=None)
def role_words(role: str) -> PhraseMatcher[bool]:
    """Words of one class of event_roles.tsv that rules read on their own: `judged` (`غير مقبولة`:
    the party it describes is criticised, the speaker who judges it the source), `pair` (`الرئيسان`:
    the two parties named before), `undergo` (`تعرض`: its subject is the target of the act after
    it), `count` (`ثلاثة`: a number before a noun), `due` (`المقبل`: a time to come), `light`
    (`تم`: a light verb whose verbal noun is the act)."""
    return PhraseMatcher(((r["cue_ar"], True) for r in load("event_roles.tsv", ("cue_ar", "role")) if r["role"] == role),
                         enclitics=role in ("judged", "undergo"))


@lru_cache(maxsize=None)
def office_heads() -> frozenset[str]:
    """`رئيس`, `وزير`, `زعيم`: the head noun of each title of office (titles.tsv), without its
    article (not `مؤسسة`, also a foundation)."""
    heads = {strip_article(normalize_phrase(r["title_ar"]).split()[0]) for r in load("titles.tsv", ("title_ar",))}
    return frozenset(heads - {normalize_phrase("مؤسسة")})


_APPOSITION_COMMAS = frozenset("،,")
_POST_PREPOSITIONS = word_classes()["posting_preposition"]  # `سفير X لدى الأمم المتحدة`: where an envoy is posted
_TIME_SETTING_WORDS = _SETTING_WORDS - word_classes()["non_time_setting_word"]  # `خلال`, `بعد`, `عقب`: a time set by another act
_RELAYING_VERBS = word_classes()["relaying_verb"]  # `نقلت X عن Y`: X passes on Y's words
_RELAY_SPAN = 8  # words from a verb of relaying to its `عن` (`نقلت وكالة الأنباء السعودية الرسمية عن`)
_DEMONSTRATIVES = word_classes()["demonstrative"]  # `هذا الهجوم`: the act named before
_SPEAKERS_ACTS = frozenset({"ACCUSE", "THREATEN"})  # told in someone's words, the telling is the act
_TITLE_APPOSITION_WORDS = 4
_CONJUNCT_NOUN_SPAN = 3  # words from a party to the next one named after `و` + a title (`ونظيره الروسي X`)
_CROWD_JOINING_VERBS = word_classes()["event_role_crowd_joining_verb"]  # `شارك`, `خرج`: its subject joins the protest after `في`
_AUDIENCE_WORDS = word_classes()["event_role_audience_word"]  # `أمام`, `بحضور`: the party after is the act's audience
_PROVOKING_VERBS = word_classes()["event_role_provoking_verb"]  # `أثار`: provokes the reaction named after it
_PROVOKED_REACTIONS = word_classes()["event_role_provoked_reaction"]  # `غضب`, `انتقادات`: the party after it reacts
_REACTION_SPAN = 7  # words from a provoking verb to its reaction noun (`أثارت تصريحات الرئيس التركي X غضب`)
_JOINING_SPAN = 4  # words of the crowd between a joining verb and its `في` (`شارك آلاف الفلسطينيين، الجمعة، في`)
_PLACE_NOUNS = word_classes()["place_word"] - word_classes()["preposition"]  # `العاصمة`, `مدينة`  # words of a title after a name (`المدير السابق للحملة الانتخابية`)
_OWNER_PREPOSITIONS = word_classes()["event_role_owner_preposition"]  # `وزير في الحكومة`, `المتحدث باسم`
_PLACE_PART_TOPIC_PREPOSITIONS = word_classes()["event_role_place_part_topic_preposition"]
_ADDRESSEE_PREPOSITIONS = word_classes()["event_role_addressee_preposition"]  # `إليها`, `عليه`, `له`
_SETTING_PREPOSITIONS = word_classes()["event_role_setting_preposition"]  # `في فيسبوك`, `عبر تويتر`
_MEETING_PREPOSITIONS = word_classes()["event_role_meeting_preposition"]  # `اجتماعه مع X`, `لقائه بـX`


class RoleRules:
    """The role rules of `EventFinder`."""

    def _roles(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """Source and target from the clause (`_clause_roles`), members standing for their party
        (`مقاتلو حركة حماس`); a verbal noun governed by a verb of trying or deciding is done by
        that verb's subject (`حاول الأسد، منذ ...، إقناع أنقرة`), its genitive its object."""
        self._passive = False
        self._clause_mentions = mentions  # read again by `_object_after_opening_subject` for this trigger
        self._role_event_type = event_type  # read again by `_speaker_as_subject` for this trigger
        mentions = self._members_as_parties(t0, t1, self._home_states_named(t0, t1, self._titled_holders(
            self._without_listed_places(mentions))))
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
        if source is None:  # `وأعلن مسؤولون كبار التوصل إلى اتفاق`: the unnamed officials who announce it
            source = self._unnamed_officials_before(t0, mentions)
        if source is None:  # `الضربات الإسرائيلية على`: the nation the noun's adjective names does it
            source = self._doer_nation(t0, t1, last, mentions, target, event_type)
        if target is None:  # `بحث بوتين مع نظيره التركي`: the Turkish counterpart the text has named
            target = self._counterpart(t1, last, mentions, source)
        controller = self._controlling_subject(t0, t1, mentions)
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
        patient = self._construct_patient(t0, t1, mentions, event_type, last)
        if patient is not None:  # `اعتقال الصحفي X`: the noun's genitive is the one arrested
            source, _ = self._participants(t0, t1, [m for m in mentions if m.actor != patient], event_type, last)
            if source is None and self._verb(t0) and \
                    self._passive_news_verb(self.tokens[t0].word):
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
                    self._passive_news_verb(self.tokens[t0].word) or \
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

    def _listed_subject(self, t0: int, t1: int, after: list[Mention], last: int) -> Mention | None:
        """`وتطالب كل من الفلبين وفيتنام`: `كل من` right after a verb opens the list of its subjects;
        the first party listed acts (those joined to it act with it)."""
        if t1 + 2 >= last or not self._verb(t0) or not self._after_both_of(t1 + 2):
            return None
        return next((m for m in after if m.first == t1 + 2 and self.tokens[m.first].joined), None)

    def _after_both_of(self, k: int) -> bool:
        """tokens[k] follows `كل من` (joined to it), which heads a list of parties."""
        return k >= 2 and all(self.tokens[j].joined for j in (k - 1, k)) and \
            without_conjunction(self.tokens[k - 1].word) == "من" and without_conjunction(self.tokens[k - 2].word) == "كل"

    def _bare_title_subject(self, t0: int, t1: int) -> Actor | None:
        """`ورحب الرئيس بالاتفاق`, `"الرئيس يريد أن يلتقي بهم"`: a definite title of office with no
        name, nationality or body after it, the subject of a verb trigger (right after it, or
        opening the clause right before it or before a verb and `أن` that govern it) or of the
        sentence's opening verb whose object the noun trigger right after it is, stands for
        the person last named with that title (`الرئيس الأمريكي دونالد ترامب`); None when the text
        names none."""
        if t1 < len(self.tokens) and self.tokens[t1].joined and self._verb(t0) and self._bare_title(t1):
            return self._title_holder(t1)
        for p in (t0 - 1, t0 - 3):
            if p < self._sentence_first or not self._bare_title(p) or \
                    not all(self.tokens[k].joined for k in range(p + 1, t0 + 1)):
                continue
            if p == t0 - 3 and without_conjunction(self.tokens[t0 - 1].word) != "ان":
                continue  # only `الرئيس يريد أن يلتقي`: a verb and `أن` governing the trigger
            opens = p == self._sentence_first or not self.tokens[p].joined or \
                without_conjunction(self.tokens[p - 1].word) in _COMPLEMENTIZERS
            if opens and (self._verb(t0) or analyse(without_conjunction(self.tokens[t0].word)).present_strict):
                return self._title_holder(p)
            verb = p - 1
            if p == t0 - 1 and verb == self._sentence_first and not self._verb(t0) and \
                    analyse(self.tokens[verb].word).past_shape:
                return self._title_holder(p)  # `وأكد الرئيس دعمه`: the verb's subject owns the act it names
        return None

    def _bare_title(self, k: int) -> bool:
        """tokens[k] is a definite head of a title of office (`الرئيس`, `والوزير`) with no name,
        nationality or body in construct after it (the next word is no definite noun and opens no party)."""
        word = without_conjunction(self.tokens[k].word)
        if not word.startswith("ال") or not self._office_head(word):
            return False
        if k + 1 < len(self.tokens) and self.tokens[k + 1].joined and self.tokens[k + 1].word.startswith("ال"):
            return False  # `الرئيس الأمريكي`, `الرئيس التنفيذي`
        return not any(m.first <= k + 1 and m.last > k for m in self._sentence_mentions)  # (nor holds it: `الرئيس X`)

    def _title_holder(self, k: int) -> Actor | None:
        """The person last named before tokens[k] right after the same title word, or whose mention
        opens with it (`الرئيس ... X`: at most four words between, none set off by punctuation)."""
        word = without_conjunction(self.tokens[k].word)
        for m in reversed([*self._earlier, *(m for m in self._sentence_mentions if m.last <= k)]):
            if m.actor.actor_type != "person":
                continue
            for j in range(min(m.first + 1, m.last) - 1, max(-1, m.first - 5), -1):  # (a mention may hold its title)
                if not self.tokens[j + 1].joined and j + 1 < m.first:
                    break
                if without_conjunction(self.tokens[j].word) == word:
                    return m.actor
        return None

    def _answering_party(self, t0: int, t1: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`رفضت الحكومة مطالب المحتجين`, `ونفت الوزارة اتهامات لندن`, `وتجاهل X دعوات Y`: a call, a
        charge or a threat named as the object of a verb of rejecting or denying (a REJECT trigger)
        is addressed to that verb's subject, who answers it: the subject right after the verb with
        the noun right after it, or right before the verb with the noun right after the verb."""
        if event_type not in ("REQUEST", "ACCUSE", "THREATEN") or t1 - t0 != 1 or t0 - 2 < self._sentence_first or \
                not self.tokens[t0].joined or self._verb(t0) and not self._noun_by_shape(t0):
            return None
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        subject = next((m for m in parties if m.last == t0 and self.tokens[m.first].joined and m.first >= 1), None)
        verb = subject.first - 1 if subject is not None else t0 - 1
        if subject is None:
            subject = next((m for m in parties if m.last == verb and self.tokens[verb].joined), None)
        if subject is None or verb < self._sentence_first or self._governed(subject):
            return None
        t = self.triggers.match_at(self.tokens, verb, stop=verb + 1)
        if t is None:
            return None
        if isinstance(t.value, Head):  # `تجاهل`: a verb of rejecting with its objects (`تجاهل دعوات`)
            types = {c.trigger.event_type for c in t.value.collocations} | \
                ({t.value.alone.event_type} if t.value.alone is not None else set())
        else:
            types = {t.value.event_type}
        return subject.actor if "REJECT" in types else None

    def _reason_subject(self, t0: int, t1: int, mentions: list[Mention]) -> tuple[Mention | None] | None:
        """`ألغت كوريا الشمالية المحادثات مع كوريا الجنوبية احتجاجا على المناورات`, `أغلقت الحكومة
        سفارتها، تضامنا مع`: an indefinite verbal noun in the accusative giving the reason of its
        clause's act (event_roles.tsv role `reason`: `احتجاجا`, `تنديدا`, `ردا`) is done by the
        subject of that clause, not by the party its verb's object or a preposition names: the party
        right after the clause's opening verb (a time word may come between), or the party opening
        the clause with its verb right after it. The clause opens at the sentence's start or after
        its last `أن`/`إن`. Returns the subject in a tuple, (None,) when the verb's subject names no
        party (`قاطعت المعارضة الجلسة رفضا لقرار البرلمان`: not the parliament), None when the rule
        does not apply (a relative clause between, no verb found)."""
        if t1 - t0 != 1 or t0 - self._sentence_first < 2 or \
                not role_words("reason").has_word(without_conjunction(self.tokens[t0].word)):
            return None
        start = self._sentence_first
        for k in range(t0 - 1, self._sentence_first - 1, -1):
            word = without_conjunction(self.tokens[k].word)
            if word in RELATIVES or word in _NOUN_RELATIVES:
                return None  # `المناورات التي أجرتها X احتجاجا`: whose clause it belongs to is unclear
            if role_words("considering").has_word(word):
                return None  # `اعتبرت الحكومة إطلاق الحوثيين الصواريخ رفضا للسلام`: what the act is deemed
            if word in _COMPLEMENTIZERS or word in _PRONOUN_COMPLEMENTIZERS:
                start = k + 1
                break
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES and start <= m.first < t0]
        subject = next((m for m in parties if m.first == start), None)
        if subject is not None:
            if subject.last >= t0 or not self.tokens[subject.last].joined:
                return None
            verb = analyse(self.tokens[subject.last].word)
            return (subject,) if not verb.definite and \
                (verb.present_strict or verb.past_shape and self._feminine_or_plural_past(subject.last)) else None
        opener = analyse(self.tokens[start].word)
        if not (opener.past_shape or opener.present_strict or self._feminine_or_plural_past(start)):
            return None  # (`الغت`: the normalised `أ` of a verb reads like an article)
        after = start + 1 + (start + 1 < t0 and self._time_word(start + 1))
        return next((m for m in parties if m.first == after and self.tokens[m.first].joined
                     and not self._governed(m)), None),

    def _feminine_or_plural_past(self, k: int) -> bool:
        """A past verb of three to six letters marked for its subject (`أغلقت`, `أغلقوا`)."""
        word = without_conjunction(self.tokens[k].word)
        return 4 <= len(word) <= 6 and word.isalpha() and word.endswith(("وا", "ت")) and not word.endswith("ات")

    def _without_listed_places(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions less the states named as places: after a noun of place with its own
        preposition (`بالعاصمة باريس`, `لمدينة X`), in a list after `في كل من`, or joined by `و`
        to a place after `في` or a noun of place (`في مدريد وروما وباريس`: the capitals after the
        first are where, like it; not after `إلى`, whose list may name parties: `بالإضافة إلى X وY`)."""
        places = [p for p in self._sentence_places if p.first > self._sentence_first and self.tokens[p.first].joined
                  and (self.tokens[p.first - 1].word == "في" or self.tokens[p.first - 1].word in _PLACE_NOUNS)]
        out = []
        for m in mentions:
            if m.actor.actor_type == "state" and m.first > self._sentence_first and self.tokens[m.first].joined and \
                    (self._after_place_noun(m.first) or self._listed_after(m, places) or self._in_places_list(m.first)):
                places.append(m)
                continue
            out.append(m)
        return out if len(out) != len(mentions) else mentions

    def _after_place_noun(self, k: int) -> bool:
        """`بالعاصمة X`, `لمدينة X`: a noun of place (function_words.tsv `place_word`, not the
        prepositions of that class) carrying its own preposition right before the name."""
        bare = without_conjunction(self.tokens[k - 1].word)
        noun = "ال" + bare[2:] if bare.startswith("لل") else bare[1:]  # `للعاصمة`: ل + العاصمة
        return bare[:1] in ("ب", "ل") and noun in _PLACE_NOUNS

    def _listed_after(self, m: Mention, places: list[Mention]) -> bool:
        """`في مدريد وروما`: the name joined by `و` right after a place."""
        own = "و" in self.text[self.tokens[m.first].start:m.start]
        return own and any(p.last == m.first for p in places)

    def _in_places_list(self, k: int) -> bool:
        """`في كل من إيطاليا وإسبانيا`: a list after `في كل من` names where."""
        return k >= self._sentence_first + 3 and [without_conjunction(self.tokens[j].word) for j in range(k - 3, k)] == \
            ["في", "كل", "من"] and all(self.tokens[j].joined for j in range(k - 2, k + 1))

    def _titled_holders(self, mentions: list[Mention]) -> list[Mention]:
        """`استقال وزير خارجية بريطانيا، X،`, `اعتقال رئيس الإنتربول، X`: a body named in a title of
        office (its head noun one or two words before the body, in construct with it: not `الأمين
        العام لحزب X`, whose `ل` the clause may read as governing the whole title) whose holder
        follows it after a comma is no party of the act: the holder is. The title's words, body included, stand for
        the holder (a mention from the title's head), so that the clause reads the holder where
        the title stands."""
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.actor.actor_type == "person" or m.last >= len(self.tokens) or self.tokens[m.last].joined or \
                    self.text[self.tokens[m.first].start:m.start] or \
                    self.text[self.tokens[m.last - 1].end:self.tokens[m.last].start].strip() not in _APPOSITION_COMMAS:
                continue
            holder = next((p for p in mentions if p.first == m.last and p.actor.actor_type == "person"), None)
            # `السفيرة الأميركية لدى الأمم المتحدة، X،`: an envoy's post after `لدى`/`في`, a nisba between
            posted = m.first - 1 > self._sentence_first and self.tokens[m.first - 1].word in _POST_PREPOSITIONS
            reach = (m.first - 1, m.first - 2, m.first - 3, m.first - 4) if posted else (m.first - 1, m.first - 2)
            head = next((k for k in reach if k >= self._sentence_first and
                         self._office_head(self.tokens[k].word) and
                         all(self.tokens[j].joined for j in range(k + 1, m.first + 1))), None)
            if holder is not None and head is not None:
                out[i] = replace(m, actor=holder.actor, first=head, start=self.tokens[head].start)
        return self._titles_before_names(out)

    def _titles_before_names(self, mentions: list[Mention]) -> list[Mention]:
        """`أدان البرلماني البريطاني المعارض، X،`: a title of office with its adjectives, set off from
        the person's name by a comma, names that person where it stands (a mention of the holder
        from the title's head is added), so that the clause reads the holder in the title's place."""
        added = []
        for p in mentions:
            if p.actor.actor_type != "person" or p.first - 2 < self._sentence_first or self.tokens[p.first].joined or \
                    self.text[self.tokens[p.first - 1].end:self.tokens[p.first].start].strip() not in _APPOSITION_COMMAS:
                continue
            for head in range(p.first - 1, max(self._sentence_first, p.first - 1 - _TITLE_APPOSITION_WORDS) - 1, -1):
                if any(m.first <= head < m.last for m in mentions) or \
                        not all(self.tokens[j].joined for j in range(head + 1, p.first)):
                    break
                if self._office_head(self.tokens[head].word):
                    added.append(replace(p, first=head, last=p.first, start=self.tokens[head].start,
                                         end=self.tokens[p.first - 1].end))
                    break
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    @staticmethod
    def _office_head(word: str) -> bool:
        """`رئيس`, `والرئيس`, `وزير` (whose `و` is its own)."""
        return strip_article(word) in office_heads() or strip_article(without_conjunction(word)) in office_heads()

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

    def _provoked_reaction(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int):
        """`وأثار ترامب غضب المكسيك`, `وأثارت تصريحات أردوغان غضب الحكومة الألمانية`: a verb of provoking
        (function_words class event_role_provoking_verb) and the reaction it provokes (class
        event_role_provoked_reaction): the party in construct after the reaction noun criticises, the
        verb's subject (or the party owning its subject, `تصريحات X`) is criticised. (source, target);
        None when the trigger is no such verb or no reaction noun follows it in its clause."""
        if event_type != "ACCUSE" or t1 - t0 != 1 or without_conjunction(self.tokens[t0].word) not in _PROVOKING_VERBS:
            return None
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        reaction = None
        for k in range(t1, min(last, t1 + _REACTION_SPAN + 1)):
            if not self.tokens[k].joined:
                return None
            if without_conjunction(self.tokens[k].word) in _PROVOKED_REACTIONS and not any(m.first <= k < m.last for m in parties):
                reaction = k
                break
        if reaction is None:
            return None
        reacting = next((m for m in parties if m.first == reaction + 1 and self.tokens[m.first].joined), None)
        # the subject: a party between the verb and the noun (`أثار ترامب`, `أثارت تصريحات ترامب`), else
        # the one right before the verb (`ترامب أثار`; not past a relative: `الخطوة التي أثارت`)
        provoker = next((m for m in parties if t1 <= m.first and m.last <= reaction), None) or \
            next((m for m in parties if m.last == t0 and self.tokens[t0].joined), None)
        if reacting is None and (provoker is None or self._agent_after(reaction + 1, last)):
            return None  # `انتقادات عدة من قبل X`: the agent phrase names who criticises (`_marked_roles`)
        return (reacting.actor if reacting else None), (provoker.actor if provoker else None)

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

    def _one_clause(self, start: int, end: int) -> bool:
        """tokens[start:end] follow one another with no punctuation between them but that of a time
        set off by commas (`، الجمعة،`)."""
        k = start
        while k < end:
            if not self.tokens[k].joined:
                aside_end = self._time_aside_end(k, end + 1)
                if aside_end is None:
                    return False
                k = aside_end
            k += 1
        return True

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
                    (event_type in _PATIENT_GENITIVE_TYPES or self._patient_noun(noun)):
                return None  # `اعتقال أميركي`, `إطلاق سراح أميركي`: an indefinite act's genitive, an American arrested, released
            if any(m.actor.country_iso3 == g.value.iso3 and m.actor.actor_type in SOURCE_TYPES and
                   m.actor.actor_type != "person" and m.actor != target for m in (*self._earlier, *mentions)):
                return None  # a party of that nation the text names: the event finder's nationality rule picks it
            state = actor_lexicon().states_by_iso.get(g.value.iso3)  # `غارات تركية`: Turkey, never named
            return state if state != target else None
        return None

    @staticmethod
    def _patient_noun(word: str) -> bool:
        """`سراح`, `اعتقال`, `ترحيل`: a verbal noun whose genitive undergoes its act (event_roles.tsv
        role `patient`), a proclitic preposition allowed (`باعتقال`)."""
        return any(role_words("patient").has_word(w) for w in (word, word[1:], word[2:]) if len(w) >= 3)

    @classmethod
    def _patient_pronoun(cls, word: str) -> str | None:
        """The possessive pronoun (`ه`, `ها`, `هم`, `هما`) a patient verbal noun carries (`اعتقاله`,
        `إصابتها`: the one arrested, hit), None for any other word."""
        suffix = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        if suffix is None:
            return None
        stem = word[:-len(suffix)]
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # `إصابته`: a noun's `ة` before the pronoun
        return suffix if cls._patient_noun(stem) else None

    @staticmethod
    def _passive_news_verb(word: str) -> bool:
        """`قتل`, `اعتقل`, `منع`: a verb of killing, wounding, arrest or prevention that news writes
        in the passive (event_roles.tsv role `passive_relative`), its conjunction allowed."""
        return role_words("passive_relative").has_word(without_conjunction(word))

    def _noun_after_proclitic(self, k: int) -> bool:
        """`بوساطة`, `برعاية`, `لوساطة`: a feminine noun (its `ة`, normalised `ه`) carrying the
        preposition `ب`/`ل`, which no verb takes."""
        word = without_conjunction(self.tokens[k].word)
        return word[:1] in ("ب", "ل") and len(word) >= 5 and word.endswith("ه")

    def _counterpart(self, t1: int, last: int, mentions: list[Mention], source: Actor | None) -> Actor | None:
        """`مع نظيره التركي`, `لنظيرته الألمانية`: the counterpart of a nation, in the trigger's clause
        right after it, is the person of that nation the text has named (the latest), not the doer."""
        for k in range(t1, min(last - 1, t1 + _COUNTERPART_SPAN)):
            if not self.tokens[k].joined or not self.tokens[k + 1].joined:
                return None  # past the clause
            word = without_conjunction(self.tokens[k].word)
            if word[:1] in ("ل", "ب") and word[1:].startswith("نظير"):
                word = word[1:]
            if word not in _COUNTERPART_WORDS:
                continue
            g = self.gentilics.match_at(self.tokens, k + 1, stop=last)
            if g is None:
                return None
            return next((m.actor for m in reversed((*self._earlier, *mentions)) if m.actor.actor_type == "person"
                         and m.actor.country_iso3 == g.value.iso3 and m.actor != source), None)
        return None

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

    def _sentenced_pronoun(self, t0: int, event_type: str) -> str | None:
        """`حكم عليه في نوفمبر بالسجن`, `قضت عليها المحكمة بالإعدام`: a verbal noun of force with `ب`
        after `عليه`/`عليها`/`عليهم` a few words before it in its clause names what is done to the one
        the pronoun stands for; the pronoun's suffix, else None."""
        word = without_conjunction(self.tokens[t0].word)
        if event_type not in FORCE_TYPES or not (word.startswith("بال") and self.tokens[t0].joined):
            return None
        for k in range(t0 - 1, max(self._sentence_first, t0 - _SENTENCE_PRONOUN_SPAN) - 1, -1):
            word = self.tokens[k].word
            if word.startswith("علي") and word[3:] in ("ه", "ها", "هم", "هما"):
                return word[3:]
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

    def _members_as_parties(self, t0: int, t1: int, mentions: list[Mention]) -> list[Mention]:
        """`مقاتلو حركة حماس`, `مسلحي الوحدات الكردية`, `عناصر من حزب الله`: a noun of members,
        fighters or craft (event_roles.tsv role `member`) in construct with a party, or before a
        partitive `من` and the party, acts for it: the party's mention takes the noun's place and
        the group it names is no party of its own."""
        members = role_words("member")
        out, merged = list(mentions), False
        for i, n in enumerate(mentions):
            if n.actor.actor_type not in SOURCE_TYPES or n.actor.actor_type == "person":
                continue
            k = n.first - 1
            if k > 0 and without_conjunction(self.tokens[k].word) == "من" and self.tokens[k].joined:
                k -= 1  # `عناصر من حزب الله`
            if k < 0 or t0 <= k < t1 or not all(self.tokens[j].joined for j in range(k + 1, n.first + 1)):
                continue
            word = self.tokens[k].word
            bare = without_conjunction(word)
            clitic = next((p for p in ("", "ب", "ل", "ك") if members.has_word(bare[len(p):])
                           and not bare[len(p):].startswith("ال")), None)
            if clitic is None or any(m.first < k < m.last for m in mentions):
                continue
            start = self.tokens[k].start + len(word) - len(bare) + len(clitic)  # a `ل`/`ب` before it stays a preposition
            out = [m for m in out if not (m.first == k and m.last <= n.first)]  # `مسلحي`: the group noun's own mention
            out = [replace(n, first=k, start=start) if m is n else m for m in out]
            merged = True
        return out if merged else mentions

    def _home_states_named(self, t0: int, t1: int, mentions: list[Mention]) -> list[Mention]:
        """`الاتفاق الذي توصلت إليه بلاده`: `بلاده`/`بلادها` (his, her country) right after the
        trigger or right before it names the state of the person who speaks in the sentence, else
        of the person named last before it, as the text has named that state; the mentions with
        it added."""
        added = []
        for k in (t0 - 1, t1, t1 + 1):
            if not (self._sentence_first <= k < len(self.tokens)) or any(m.first <= k < m.last for m in mentions):
                continue
            word = without_conjunction(self.tokens[k].word)
            if word not in ("بلاده", "بلادها"):
                continue  # (a preposition before it, `لبلاده`, makes it no subject or object)
            speaker = self._speaker(k, self._sentence_first, mentions)  # `شدد روحاني في اتصال مع نظيره ماكرون على أن ... بلاده`
            person = speaker.actor if speaker is not None and speaker.actor.actor_type == "person" else \
                next((m.actor for m in reversed((*self._earlier, *mentions)) if m.last <= k
                      and m.actor.actor_type == "person"), None)
            home = person and self._home_state(person, mentions)
            if home is not None:
                start = self.tokens[k].start + len(self.tokens[k].word) - len(word)
                added.append(Mention(home, k, k + 1, start, self.tokens[k].end))
        return sorted((*mentions, *added), key=lambda m: m.first) if added else mentions

    def _where_clause_subject(self, t0: int, t1: int, actors: list[Mention]) -> Mention | None:
        """`وصل نتانياهو إلى باريس حيث يلتقي الرئيس ماكرون`: a meeting in a clause opened by `حيث`
        (where), a few words before it naming no party (`حيث يرتقب أن يلتقي`), goes on with the
        person the sentence is about, its first party no preposition governs: the one met is the
        object. Not when the verb carries its object as a pronoun (`حيث استقبله الملك`)."""
        if self._verb_object_pronoun(t0, t1, actors):
            return None
        for k in range(t0 - 1, max(self._sentence_first, t0 - 4) - 1, -1):
            if any(m.first <= k < m.last for m in actors) or not self.tokens[k + 1].joined:
                return None
            if without_conjunction(self.tokens[k].word) == "حيث":
                subject = next((m for m in actors if self._sentence_first <= m.first and m.last <= k
                                and not self._governed(m)), None)
                return subject if subject is not None and subject.actor.actor_type == "person" else None
        return None

    def _resumptive_relative(self, t0: int, t1: int, m: Mention) -> bool:
        """`إطارات أضرم فيها المحتجون النار`: a one-word verb right after an indefinite noun naming
        no actor, then a preposition with a pronoun standing for that noun, then the mention: a
        clause describing the noun, whose subject is the mention, not a party named before."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or m.first != t1 + 1 or self._noun(t0) or \
                not all(self.tokens[k].joined for k in range(t0, m.first + 1)):
            return False
        noun = self.tokens[t0 - 1].word
        return self._preposition_pronoun(self.tokens[t1].word) and not noun.startswith(("ال", "وال")) and \
            noun == without_conjunction(noun) and noun not in _PREPOSITIONS and noun not in _PARTICLES and \
            not any(n.first <= t0 - 1 < n.last for n in self._sentence_mentions)

    def _counted_undergoer(self, t0: int, t1: int, after: list[Mention], event_type: str,
                           last: int) -> Mention | None:
        """`وقتل أكثر من 35 ألف جندي أمريكي`, `واعتقل 30 من عناصر الحركة`: a count (maybe after an
        approximation, `أكثر من`, `نحو`) right after a one-word verb of killing, arrest or
        prevention (event_roles.tsv role `passive_relative`; not `هاجم عشرات المسلحين`): news
        writes it in the passive, the party counted (named within a word or two of the count)
        undergoes the act and no doer is named."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                not self._passive_news_verb(self.tokens[t0].word):
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

    def _subject_in_lam(self, t0: int, mentions: list[Mention]) -> Mention | None:
        """`سبق لترامب أن انتقد`, `يمكن للحكومة أن ترفض`: after a verb that takes its real subject
        with `ل` (event_roles.tsv role `lam_subject`) the party in `ل`, right before the `أن` that
        opens the trigger's verb, does the act; so does a party in `على` there (`على إيران أن
        توقف`, `يجب على الحكومة أن`: the one bound to do it)."""
        if t0 - 2 < self._sentence_first or self.tokens[t0 - 1].word != "ان" or not self.tokens[t0].joined or \
                not self.tokens[t0 - 1].joined:
            return None
        m = next((m for m in mentions if m.last == t0 - 1), None)
        if m is None or m.first - 1 < self._sentence_first:
            return None
        k = m.first
        title = self._title_head_before(m)
        k = k if title is None else title
        if without_conjunction(self.tokens[k - 1].word) == "علي":
            return m  # `على إيران أن توقف`, `يجب على الحكومة أن`: the one bound to do it does it
        word = self.tokens[k].word
        if not (word.startswith("ل") and len(word) > 2 and self.tokens[k].joined):
            return None
        governor = without_conjunction(self.tokens[k - 1].word) if k - 1 >= self._sentence_first else ""
        return m if role_words("lam_subject").has_word(governor) else None

    def _passive_relative_head(self, t0: int, t1: int, before: list[Mention], event_type: str,
                               last: int) -> Mention | None:
        """`الجنود الأمريكيين الذين قتلوا في الحرب`, `الصحفيين الذين اعتقلوا خلال`: a verb of killing,
        wounding, arrest or abduction (event_roles.tsv role `passive_relative`) right after a
        relative pronoun, with no object after it (a preposition, a word of time, punctuation or
        the sentence's end): news writes it in the passive, and the relative's head, named right
        before the pronoun, undergoes the act. Not `الذي قتل الضابط` (an object follows)."""
        if t1 - t0 != 1 or t0 - 1 <= self._sentence_first or \
                not self.tokens[t0].joined or self.tokens[t0 - 1].word not in _NOUN_RELATIVES or \
                not role_words("passive_relative").has_word(self.tokens[t0].word):
            return None
        if t1 < last and self.tokens[t1].joined:
            word = without_conjunction(self.tokens[t1].word)
            clitic = word[:1] in ("ب", "ل") and len(word) > 3 and not word.startswith("ال")
            if not (word in _PREPOSITIONS or clitic or self._time_word(t1)):
                return None  # an object, or a subject after the verb: active
        return next((m for m in before if m.last == t0 - 1), None)

    def _relative_verb(self, t0: int, t1: int) -> bool:
        """`ما استنكرته`, `الذي اعتقلته`: a one-word verb right after a relative word, carrying the
        pronoun that resumes the relative's head: the actor after it is its subject."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined or self._noun(t0):
            return False
        word, before = self.tokens[t0].word, without_conjunction(self.tokens[t0 - 1].word)
        return (before in RELATIVES or before == "ما") and word.endswith(("ه", "ها", "هم", "هما")) and len(word) >= 4

    @staticmethod
    def _preposition_pronoun(word: str) -> bool:
        """`فيها`, `عليه`, `وفيه`: a preposition with a pronoun, after a conjunction or not (the `ف`
        of `فيها` is the preposition's own, no conjunction to strip)."""
        return preposition_with_pronoun(word, _PREPOSITIONS) or preposition_with_pronoun(without_conjunction(word), _PREPOSITIONS)

    def _after_fronted_clause(self, t0: int, t1: int, subject: Mention) -> bool:
        """`وبعد أن اتهمته إيران بالتجسس، أفرجت السلطات عن X`: a one-word verb right after the comma
        closing a clause of time or setting the sentence opens with: the main clause is verb-first,
        the party named in the fronted clause is none of its subject (not a subject set off by
        commas right before the verb, `الرئيس، X، التقى`, nor one a relative clause describes)."""
        if t1 - t0 != 1 or self.tokens[t0].joined or not self._verb(t0) or not self._opens_with_setting():
            return False
        return subject.last < t0 and not any(self.tokens[k].word in RELATIVES for k in range(subject.last, t0))

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
        nation = self.gentilics.match_at(self.tokens, named, stop=len(self.tokens))
        if nation is not None and all(self.tokens[k].joined for k in range(named, nation.last + 1) if k < len(self.tokens)):
            named = nation.last  # `الصحفي السوري X`
        m = next((m for m in mentions if m.first == named and m.actor.actor_type == "person"), None)
        return m.actor if m is not None else None

    def _unnamed_noun_before(self, k: int, mentions: list[Mention]) -> bool:
        """A word naming no actor stands right before tokens[k], joined to it, and is no particle,
        preposition, complementizer, relative pronoun or word of time: a noun, the subject of the
        verb at k (`17 طالبا أصيبوا`)."""
        if k <= self._sentence_first or not self.tokens[k].joined or \
                any(m.first <= k - 1 < m.last for m in (*mentions, *self._sentence_places)):
            return False  # (`السفارة في بغداد تعرضت`: a place closes the subject's phrase)
        if k - 2 >= self._sentence_first and without_conjunction(self.tokens[k - 2].word) in _PREPOSITIONS:
            return False  # `السفارة في العاصمة تعرضت`: a noun a preposition governs is no subject
        word = without_conjunction(self.tokens[k - 1].word)
        return word not in _PARTICLES and word not in _PREPOSITIONS and word not in _COMPLEMENTIZERS and \
            word not in _PRONOUN_COMPLEMENTIZERS and self.tokens[k - 1].word not in RELATIVES and \
            word not in CONNECTIVES and word not in CLAUSE_OPENERS and not self._time_word(k - 1)

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

    def _prefixed_preposition(self, t0: int) -> bool:
        """The trigger opening at tokens[t0] carries a proclitic preposition (`لهجوم`, `بإقناع`)."""
        t = self.triggers.match_at(self.tokens, t0, stop=t0 + 1)
        return t is not None and any(c in self.text[self.tokens[t0].start:t.start] for c in "لبك")

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

    def _sentence_speaker(self, first: int, last: int, mentions: list[Mention]) -> Actor | None:
        """Who speaks in a sentence that reports words (`قال نتانياهو إن إيران ...`): the subject of
        its first reporting verb, right after the verb or opening the sentence before it; the one
        who spoke before when that verb opens the sentence with its subject dropped (`وأضاف`).
        None when the sentence reports no words: an act of saying with a dropped subject in the
        next sentence (`ودعت إلى`) goes on with the speaker, not with a party of the words."""
        cues = cue_matcher()
        for k in cues.starts_in(self.tokens, first, last):  # only words where a cue may open
            c = cues.match_at(self.tokens, k, stop=last)
            if c is None or c.value.kind != "verb":
                continue
            m = self._relayed_speaker(c, last, mentions) or \
                next((m for m in mentions if c.last <= m.first <= c.last + 1 and self.tokens[m.first].joined
                      and not self._after_complementizer(c.first, m)), None) or \
                next((m for m in mentions if m.last == k and m.first <= first + 1), None)
            if m is None:
                return self._last_speaker if k <= first + 1 else None
            m = self._named_in_apposition(m, mentions)
            return m.actor if m.actor.actor_type in SOURCE_TYPES else None
        return None

    def _in_dropped_speakers_words(self, t0: int, first: int, last: int, mentions: list[Mention]) -> bool:
        """The trigger stands in the words of a reporting verb that opens the sentence with its subject
        dropped (`وأضاف أنه سيكون مستعدا`, `وأكد إدانة`), no party named between the verb and it."""
        cues = cue_matcher()
        for k in cues.starts_in(self.tokens, first, min(last, first + 2)):
            c = cues.match_at(self.tokens, k, stop=last)
            if c is not None and c.value.kind == "verb" and k <= first + 1 and c.last <= t0 and \
                    not (k == first + 1 and without_conjunction(self.tokens[first].word) not in _PARTICLES) and \
                    not any(first <= m.first < t0 for m in mentions) and self._no_subject_after(c.last, t0):
                return True
        return False

    def _in_titled_speakers_words(self, t0: int, first: int, last: int, mentions: list[Mention]) -> bool:
        """The trigger stands in the words of a reporting verb whose subject is a bare definite title
        naming no one (`لكن الرئيس أضاف أنه سيكون مستعدا`, `وقال الرئيس إن`): the title points back to
        the holder the text has named; no party named between the sentence's start and the trigger."""
        if any(first <= m.first < t0 for m in mentions):
            return False
        k = first
        if without_conjunction(self.tokens[k].word) in _MAIN_CLAUSE_OPENERS | _PARTICLES:
            k += 1  # `لكن`, `وقد`
        cues = cue_matcher()
        for title, cue_at in ((k, k + 1), (k + 1, k)):  # `الرئيس أضاف`, `أضاف الرئيس`
            if cue_at >= t0 or title >= t0 or not self.tokens[title].word.startswith("ال") or \
                    not self._office_head(self.tokens[title].word) or not self.tokens[max(title, cue_at)].joined:
                continue
            c = cues.match_at(self.tokens, cue_at, stop=last)
            if c is not None and c.value.kind == "verb" and c.last <= t0 and \
                    self._no_subject_after(max(c.last, title + 1), t0):
                return True
        return False

    def _unnamed_subject_after(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`واحتج رئيس البلاد`, `وأدانت جماعات حقوقية`, `وانتقد ناشطون`: right after a verb trigger
        stands a noun that names no actor but heads its subject: the head of a title of office, an
        official, an indefinite sound plural (`-ون`, `-ات`) that names no act of its own (not
        `ونفذت هجمات`), a noun of kin or counsel in construct (`وتطالب عائلة X`), or a count or an
        amount of people after a verb not marked feminine (`واتهم ثلاثة محامين`, `عدد من`). The verb
        has a subject of its own: none carries on from the sentence before."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                any(m.first == t1 for m in mentions):
            return False
        word = without_conjunction(self.tokens[t1].word)
        if word.startswith("ال"):
            return self._agreeing_definite_subject(t0, t1, last)
        if word in _OFFICIALS or self._office_head(word):
            return True
        if role_words("kin_subject").has_word(word) and t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `وتطالب عائلة المتهمة`: a noun of kin or counsel in construct heads the subject
        if (self._count(t1) and not self._feminine_verb(t0) or strip_article(word) in _QUANTIFIERS) and \
                t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `واتهم ثلاثة محامين`, `واتهم عدد من المحامين`: counted people, the verb's own subject
        if word.endswith("و") and len(word) >= 5 and t1 + 1 < last and self.tokens[t1 + 1].joined and \
                without_conjunction(self.tokens[t1 + 1].word).startswith("ال"):
            return True  # `وحث مسؤولو الولاية`: a sound plural in construct keeps its nominative `و`: a subject
        if word.endswith("و") and word.startswith("م") and len(word) >= 5 and t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `ويتهم ممثلو ادعاء`: a participle's sound plural in construct, nominative, whatever its genitive
        if self._intransitive_form(t0) and word not in _TIME_WORDS and word not in _PREPOSITIONS and \
                word not in _PARTICLES and word.isalpha():
            return True  # `وانفجرت سيارة مفخخة`: a verb of form VII takes no object, the noun after is its subject
        if word in _TIME_WORDS or len(word) < 5 or not word.endswith(("ون", "ات")):
            return False
        if word.endswith("ات") and not (t1 + 1 < last and self.tokens[t1 + 1].joined and
                                        without_conjunction(self.tokens[t1 + 1].word) not in _PREPOSITIONS and
                                        not any(m.first == t1 + 1 for m in mentions)):
            # `ورفض تلميحات عن`, `ورفضت تصريحات الحوثيين`: a plural in `-ات` may be the object (a party's
            # words); a subject has its own words after it (`جماعات نسائية`)
            return False
        t = self.triggers.match_at(self.tokens, t1, stop=last)
        return t is None

    def _intransitive_form(self, t0: int) -> bool:
        """`انفجرت`, `انطلق`, `تنفجر`: a verb of form VII (`انفعل`, present `ينفعل`), which takes no
        object; not form VIII of a root in `ن` (`انتقد`, `انتهك`), which does."""
        word = without_conjunction(self.tokens[t0].word)
        for prefix, stems in (("ان", (5, 6, 7)), ("ين", (5, 7)), ("تن", (5, 7))):
            if word.startswith(prefix) and not word.startswith(prefix + "ت") and len(word) in stems:
                rest = word[5:]
                return rest in ("", "ت", "وا", "ون") and (prefix == "ان" or rest in ("", "ون"))
        return False

    def _unnamed_nominative_after(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`ويتهم المنتقدون`, `وقال المراقبون`: right after a one-word verb trigger, a definite sound
        plural in the nominative (`ال...ون`) that names no party: only a subject takes that case."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                any(m.first == t1 for m in mentions):
            return False
        word = without_conjunction(self.tokens[t1].word)
        return word.startswith("ال") and word.endswith("ون") and len(word) >= 7 and word not in _TIME_WORDS

    def _agreeing_definite_subject(self, t0: int, t1: int, last: int) -> bool:
        """`وناقشت العصابة`, `وحث القرار`: a definite noun right after the verb that agrees with it in
        gender (a feminine verb before `-ة`/`-ات`, a masculine one before neither) and names no act
        (`وأدانت الهجوم` is its object) is its subject; not a title or an official (`وأضاف الرئيس`,
        `وقال المتحدث` point back to the party named before), nor a document speaking for its
        author (`ودعت المسودة`, `وحث القرار`), nor a word of time."""
        word = without_conjunction(self.tokens[t1].word)
        if len(word) < 5 or word in _TIME_WORDS or word in _OFFICIALS or strip_article(word) in _OFFICIALS or \
                self._office_head(word) or strip_article(word) in _DOCUMENT_NOUNS or word in _DOCUMENT_NOUNS or \
                self.triggers.match_at(self.tokens, t1, stop=last) is not None:
            return False
        feminine_noun = word.endswith(("ه", "ات"))
        return feminine_noun == self._feminine_verb(t0)

    def _no_subject_after(self, k: int, t0: int) -> bool:
        """What follows a reporting verb at tokens[k] leaves no room for a subject of its own: the
        trigger as its object (`وأكد إدانة`), a colon or quotation (`وقال: "..."`), or `أن`/`إن`, after
        a preposition or not (`وأضاف أنه`, `وأشار إلى أن`); a noun there may be an unknown name
        (`وذكرت صحيفة X أن`), the one who speaks."""
        if k == t0 or not self.tokens[k].joined:
            return True
        def complementizer(j: int) -> bool:
            word = without_conjunction(self.tokens[j].word)
            return word in _COMPLEMENTIZERS or word in _PRONOUN_COMPLEMENTIZERS
        if complementizer(k):
            return True
        # a prepositional phrase first (`وقالت في بيان إنها`, `وأشار إلى أن`): no subject in it
        if without_conjunction(self.tokens[k].word) not in _PREPOSITIONS:
            return False
        for j in range(k + 1, min(t0, k + _SETTING_PHRASE_SPAN + 1)):
            if not self.tokens[j].joined:
                return False
            if complementizer(j):
                return True
        return False

    def _after_complementizer(self, cue_first: int, m: Mention) -> bool:
        """`وأضاف أن الحكومة ...`: a party after the `أن`/`إن` that follows a reporting verb is the
        reported words' subject, not the one who speaks (he is dropped: the one who spoke before)."""
        return any(without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS for k in range(cue_first + 1, m.first))

    def _named_in_apposition(self, m: Mention, mentions: list[Mention]) -> Mention:
        """`قال مستشار الكرملين، يوري أوشاكوف`: after a body whose title opens the subject, the person
        the title is given to, named a few words on before any reported words; else the body."""
        named = next((n for n in mentions if m.last <= n.first <= m.last + _APPOSITION_SPAN), None)
        if m.actor.actor_type != "person" and named is not None and named.actor.actor_type == "person" and \
                not self._governed(named) and \
                not any(without_conjunction(self.tokens[j].word) in _COMPLEMENTIZERS for j in range(m.last, named.first)):
            return named
        return m

    def _attribution_end(self, m: Mention) -> int | None:
        """Where the cue ends when the mention names who tells the news, not a party of it: it
        follows an attribution preposition (`بحسب X`, `وفقا لـX`, `نقلا عن X`), one or two words
        (`بحسب تقرير لوكالة X`, `بحسب ما تطالب X`) between them at most, in one clause; or it is a
        medium told the words with `ل` a few words after a reporting verb or noun (`قال لقناة X`,
        `في تصريح لصحيفة X`). None when it may be a party."""
        if self._relays(m):
            return m.first  # `ونقلت وكالة X عن الرئيس`: the agency passes on his words, a party of nothing
        cues = cue_matcher()
        told_to = m.actor.actor_type == "media" and "ل" in self.text[self.tokens[m.first].start:m.start]
        for k in range(m.first - 1, max(self._sentence_first, m.first - 4) - 1, -1):
            if not self.tokens[k + 1].joined:
                return None
            c = cues.match_at(self.tokens, k, stop=m.first)
            if c is not None and c.value.kind == "prep" and m.first - c.last <= 2:
                return c.last
            if c is not None and c.value.kind in ("verb", "noun") and told_to:
                return m.first  # `قال لقناة X`, `في تصريح لصحيفة X`: the medium told, a party of nothing
        return None

    def _titled_speaker(self, cue: PhraseMatch, stop: int, mentions: list[Mention]) -> Mention | None:
        """`وقال الناطق باسم الشرطة X إن`: a title owned by a body between the verb of saying and
        the speaker's name (`_titled_subject`): the holder speaks, else the body."""
        titled = self._titled_subject(cue.first, cue.last, [m for m in mentions if m.first >= cue.last and m.last <= stop], stop)
        return titled[0] if titled is not None else None

    def _relayed_speaker(self, cue: PhraseMatch, stop: int, mentions: list[Mention]) -> Mention | None:
        """`ونقلت وكالة X عن الرئيس Y قوله`: after a verb of relaying, the one whose words are passed
        on is the party after `عن` (a few words on, in the cue's clause), not the medium."""
        if without_conjunction(self.tokens[cue.first].word) not in _RELAYING_VERBS:
            return None
        for k in range(cue.last, min(stop, cue.last + _RELAY_SPAN)):
            if k > cue.last and not self.tokens[k].joined:
                return None
            if self.tokens[k].word == "عن":
                return next((m for m in mentions if k < m.first <= k + 2 and m.last <= stop
                             and all(self.tokens[j].joined for j in range(k + 1, m.first + 1))), None)
        return None

    def _relays(self, m: Mention) -> bool:
        """`ونقلت وكالة X عن الرئيس قوله`, `نقلت صحيفة X عنه`: a medium, the subject of a verb of
        relaying right before it, passing on the words of the one named after `عن`."""
        if m.actor.actor_type != "media" or m.first <= self._sentence_first or m.last >= len(self.tokens) or \
                not self.tokens[m.first].joined or not self.tokens[m.last].joined:
            return False
        return without_conjunction(self.tokens[m.first - 1].word) in _RELAYING_VERBS and \
            self.tokens[m.last].word.startswith("عن")

    def _unnamed_subject_before(self, t0: int, t1: int, mentions: list[Mention]) -> bool:
        """`إن الحكومة قتلت المتظاهرين`, `المسلحون هاجموا القرية`: a definite noun phrase that names no
        actor stands right before a one-word verb trigger, opening its clause (at the sentence's
        start, after `أن`/`إن`, a connective or a clause opener): subject-first, that noun is the
        verb's subject, so the actor after the verb is its object, not its doer."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined:
            return False
        verb = self.tokens[t0].word
        if analyse(verb).conjunction or self._noun(t0) or (verb.endswith("ه") and not analyse(verb).present_strict):
            return False  # a noun (`زيارة`); `والحكومة وقتلت`: a conjunction on the verb opens another clause
        covered = {k for m in mentions for k in range(m.first, m.last)}

        def definite(k: int) -> bool:
            word = without_conjunction(self.tokens[k].word)
            return word.startswith("ال") and len(word) > 3 and k not in covered and \
                word not in _TIME_WORDS and word not in RELATIVES and word not in _NOUN_RELATIVES  # `الذي غادر`

        head = t0 - 1
        if not definite(head):
            return False
        # adjectives agreeing with the head (`القوات الأمنية`), not past a conjunction (`والقرى`)
        while head - 1 >= self._sentence_first and t0 - head < _SUBJECT_PHRASE_SPAN and definite(head - 1) and \
                self.tokens[head].joined and self.tokens[head].word == without_conjunction(self.tokens[head].word):
            head -= 1
        if head - 1 >= self._sentence_first and self.tokens[head].joined and \
                self.tokens[head].word == without_conjunction(self.tokens[head].word) and \
                without_conjunction(self.tokens[head - 1].word) in _QUANTIFIERS:
            head -= 1  # `بعض الدول`, `معظم الفصائل`: a quantifier heads the phrase
        if head == self._sentence_first or self.tokens[head].word != without_conjunction(self.tokens[head].word):
            return True  # the sentence or a coordinated clause opens with it: `والشرطة اعتقلت`
        if not self.tokens[head].joined:
            return True  # `...، الشرطة اعتقلت`: it opens the clause after punctuation
        opener = without_conjunction(self.tokens[head - 1].word)
        return opener in _COMPLEMENTIZERS or opener in CLAUSE_OPENERS or opener in CONNECTIVES

    def _reported_subject_phrase(self, t0: int, mentions: list[Mention]) -> tuple[bool, Actor | None]:
        """`قال X إن مسؤولين من البلدين يلتقون`, `أن وفدا أميركيا يجري محادثات`: reported words opened by
        `أن`/`إن` (not `إنه`, whose pronoun is the speaker) whose verb trigger has an indefinite noun
        phrase before it, naming no actor: the words have a subject of their own, others than the
        speaker before the complementizer, who is not the doer (a definite one, `إن الوزارة ترفض`,
        may name the speaker's own body again, and an indefinite one the members of a speaking body,
        `قال الجيش إن طائرات حربية قصفت`: the body acts through them). (True, the party) for a partitive `وفد من X`,
        `مسؤولون من X` (an unnamed official of a named body acts for the body) or a nationality
        (`وفدا أميركيا`: the state, as the text has named it); (True, None) for a phrase naming no
        party; (False, None) otherwise."""
        no = (False, None)
        verb = analyse(self.tokens[t0].word)
        if verb.conjunction and len(verb.bare) < 3:  # `وصل`, `وقع`: the `و` of the root, no conjunction
            verb = replace(verb, conjunction="", bare=self.tokens[t0].word, past_shape=True)
        if t0 <= self._sentence_first or not self.tokens[t0].joined or verb.conjunction or verb.definite or \
                self._noun(t0) or not (verb.present_strict or verb.past_shape) or \
                verb.bare.endswith("ه") and not verb.present_strict:  # `زيارة`: a noun in `ة`
            return no  # (the verb right after its subject: a noun before it makes no construct of it)
        if not (verb.present_strict or verb.bare.endswith(("وا", "ت")) or self._no_construct_before(t0, mentions)):
            return no  # `إن منفذ هجوم`, `أول رئيس زار`: a bare past form after an indefinite noun may be its genitive
        k = t0 - 1
        while k > self._sentence_first and without_conjunction(self.tokens[k].word) in _PARTICLES:
            k -= 1  # `إن مسؤولين لم يلتقوا`, `أن الوفد قد وصل`
        end = k + 1
        while k > self._sentence_first and end - k - 1 <= _REPORTED_SUBJECT_SPAN:
            if not self.tokens[k + 1].joined:
                return no  # punctuation inside: an aside or another clause
            word = self.tokens[k].word
            if without_conjunction(word) in _COMPLEMENTIZERS and word not in _PRONOUN_COMPLEMENTIZERS:
                break
            k -= 1
        else:
            return no
        phrase = range(k + 1, end)
        if not phrase or without_conjunction(self.tokens[k].word) in ("كي", "لكي"):
            return no
        if any(without_conjunction(self.tokens[k].word) in _NOUN_RELATIVES for k in phrase):
            return no  # `أن الاتفاق الذي أبرمته إيران`: the verb of a relative clause, its subject after it
        head = self.tokens[phrase[0]].word
        if analyse(head).definite or head in _DEMONSTRATIVES:
            return no  # `إن الوزارة ترفض`, `إن هذه القوات`: a definite subject may name the speaker's own body again
        if self.triggers.match_at(self.tokens, phrase[0], stop=end) is not None:
            return no  # `أن محادثات ستعقد مع X`: the subject names an act, no doer; the speaker may be its party
        if head in _PREPOSITIONS or head in _TIME_WORDS or head in RELATIVES or head in _PARTICLES or \
                self._owned_by_pronoun(phrase[0]) or not head.isalpha() or \
                analyse(head).present_strict or analyse(head).feminine_verb:  # `أن حاولت غزو`: a verb
            return no  # `أن لدى`, `إن اليوم`, `أن قواته` (his forces: the speaker's own, `_speaker_as_subject`)
        inside = [m for m in mentions if phrase[0] <= m.first and m.last <= end]
        if not inside:
            nation = None if len(phrase) != 2 or analyse(head).definite else \
                self._source_by_nationality(phrase[1], end, mentions)
            speaker = self._speaker(t0, self._sentence_first, mentions)
            if nation is None and speaker is not None and speaker.actor.actor_type not in _SPEAKING_ONLY_TYPES:
                return no  # `قال الجيش إن طائرات حربية قصفت`: a body's unnamed members act for the body that speaks
            return True, nation
        m = inside[0]
        partitive = len(inside) == 1 and m.first == phrase[0] + 2 and m.last == end and \
            self.tokens[phrase[0] + 1].word == "من" and m.actor.actor_type in SOURCE_TYPES and \
            not analyse(head).definite and head not in _QUANTIFIERS
        return (True, m.actor) if partitive else no

    def _no_construct_before(self, k: int, mentions: list[Mention]) -> bool:
        """The word before tokens[k] cannot head a construct with it: it takes the article, ends a
        party's name, or carries the indefinite accusative `ا` or a sound plural's `ن` (`وفدا`, `مسؤولين`),
        which a noun in construct drops."""
        before = without_conjunction(self.tokens[k - 1].word)
        return before.startswith("ال") or before.endswith(("ا", "ين", "ون")) or any(m.last == k for m in mentions)

    def _construct_patient(self, t0: int, t1: int, mentions: list[Mention], event_type: str, last: int) -> Actor | None:
        """`اعتقال الصحفي X`, `إعدام X`, `استهداف الصحفيين`: an indefinite verbal noun of force or
        release (event_roles.tsv role `patient`) with an actor in construct right after it (a title
        or noun of a person may come between) names the one it is done to; not when an object
        with `ل` follows (`استهداف الجيش للمدنيين`: the army targets)."""
        if event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"} or t1 >= last:
            return None
        if t1 - t0 != 1 and not (self._verb(t0) and self._patient_noun(self.tokens[t1 - 1].word)):
            return None  # (`أطلقت سراح X`: the verb's own noun of release, its genitive released)
        word = without_conjunction(self.tokens[t1 - 1].word)
        if word.startswith("ال") or not self._patient_noun(word):
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
        if word.startswith(("ال", "م")) or not self._patient_noun(word) or self._verb(t0):
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
        if (event_type in _COUNTED_PATIENT_TYPES or self._passive_news_verb(verb)) \
                and after.first == t1 + 1 and self._count(t1):
            return after  # `واعتقل ثلاثة صحفيين`: news writes arrests of a count in the passive too
        return None

    def _undergone(self, t0: int, first: int, mentions: list[Mention]) -> Actor | None:
        """`تعرضت السفارة لهجوم`, `ليتعرض إلى رصاصة`: a verb of undergoing (event_roles.tsv role
        `undergo`) right before the trigger (`إلى` or `في` may come between, and its subject named
        after it: `تعرض موكب رئيس الوزراء X لهجوم`, `أصيب X في هجوم`) makes its subject the target:
        the actor right after the verb, else the nearest one before it in the sentence."""
        for k in range(max(first, t0 - _UNDERGO_SPAN), t0):
            u = role_words("undergo").match_at(self.tokens, k, stop=t0)
            if u is None or not all(self.tokens[j].joined for j in range(u.last, t0 + 1)):
                continue
            parties = [m for m in mentions if m.actor.actor_type in (*SOURCE_TYPES, POPULATION)]
            between = [m for m in parties if u.last <= m.first and m.last <= t0]
            # not past a noun naming no actor right before the verb (`السلطات إن 17 طالبا أصيبوا`: the students)
            before = [] if self._unnamed_noun_before(k, mentions) else \
                [m for m in parties if first <= m.first and m.last <= k and not self._governed(m)]
            gap = [without_conjunction(self.tokens[j].word) for j in range(between[-1].last, t0)] if between else []
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

    def _title_in_apposition(self, words: list[str]) -> bool:
        """`X المدير السابق للحملة`, `X وزير الخارجية`: the words after a name are a title of office
        describing it (its head first, a few words, no preposition of their own): the name's phrase
        goes on to them."""
        return 0 < len(words) <= _TITLE_APPOSITION_WORDS and self._office_head(words[0]) and \
            not any(w in _PREPOSITIONS for w in words)

    def _names_a_pair(self, t: PhraseMatch, first: int, last: int) -> bool:
        """The trigger's subject is two parties named before: a dual verb opening its clause
        (`واتفقا`, `التقيا`), or a dual noun next to it (`اتفق الرئيسان`, event_roles.tsv role `pair`)."""
        pairs = role_words("pair")
        k = t.first - 1
        if k >= first and self.tokens[t.first].joined and pairs.match_at(self.tokens, k, stop=k + 1) is not None:
            return True
        for k in (t.last, t.last + 1):  # `اتفق الرئيسان`, `تناولت محادثات الزعيمين`: the noun's genitive
            if k < last and all(self.tokens[j].joined for j in range(t.last, k + 1)) and \
                    pairs.match_at(self.tokens, k, stop=k + 1) is not None and \
                    not (k > t.last and without_conjunction(self.tokens[t.last].word) in _PREPOSITIONS | {"بين"}):
                return True  # (not `هدنة بين الطرفين`: the two sides of a war told of, not the pair named before)
        word = without_conjunction(self.tokens[t.first].word)
        return t.last - t.first == 1 and len(word) >= 4 and word.endswith("ا") and not word.startswith("ال") and \
            word[-2] not in "اوء" and (t.first == first or self._clause_opener(t.first) or word != self.tokens[t.first].word)

    def _judged(self, t: PhraseMatch, first: int, mentions: list[Mention]):
        """`قال نتانياهو إن طهران "تجاوزت الخط الأحمر"`: a word judging its subject, in what a
        speaker of the sentence says, is the speaker's act against the party judged (the actor
        before it in the reported words); None when the word judges nothing or no speaker is named."""
        if not any(role_words("judged").match_at(self.tokens, k, stop=t.last) for k in range(t.first, t.last)):
            return None
        speaker = self._speaker(t.first, first, mentions)
        # `وأضافت "التصريحات ... من جانب القيادة الفلسطينية تقوض"`: a reporting verb opening the
        # sentence with its subject dropped goes on with the one who spoke before
        who, words = (speaker.actor, speaker.last) if speaker is not None else (self._sentence_speaker(first, t.first, mentions), first)
        if who is None:
            return None
        actors = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES]
        judged = next((m for m in reversed(actors) if words <= m.first and m.last <= t.first
                       and m.actor != who), None)
        return who, (judged.actor if judged else None)

    def _speaker_as_subject(self, t0: int, t1: int, first: int, mentions: list[Mention]) -> Actor | None:
        """`قالت ميركل إنها كانت قد ناقشت مع بوتين`: in reported words whose subject is a pronoun
        (`إنه`, `إنها`) or left out (`إن ... قد التقى`), the one who acts is the speaker. None when the
        words name an actor before the trigger or a subject right after it."""
        speaker = self._speaker(t0, first, mentions)
        if speaker is None or self._undergo_verb_before(t0, first):
            return None  # `قال X إنه تعرض لهجوم`: he underwent the act, he did not do it
        if self._bare_title_subject(t0, t1) is not None:
            return None  # `وأضاف بومبيو: "الرئيس يريد أن يلتقي بهم"`: the president acts, not the speaker
        if self._spoken_of(t0):
            return None  # `قال إنه لا يوجد مشتبه بهم في هذا الهجوم`: an act spoken of, told before
        marker = next((k for k in range(t0 - 1, speaker.last - 1, -1)
                       if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS
                       or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), None)
        if marker is None:
            return None
        if self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._role_event_type not in _SPEAKER_PARTY_TYPES \
                and self._noun_by_shape(t0) and not self._deed_after(t1) and self._nominal_complement(marker, t0):
            return None  # `اعتبر نواب أنها إهانة لضحايا اعتداء`: a clause about a thing, no act of the speaker's
        if self.tokens[marker].word in ("انها", "بانها") and \
                any(self._participle(k) and self.tokens[k].word.endswith("ا") for k in range(speaker.last, marker)):
            return None  # `مبينا أنها فبركت`: a man's words about her (a state), not about himself
        opening = next(k for k in range(speaker.last, marker + 1)  # `قال إن الرئيس يريد أن يلتقي`: the reported
                       if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS  # words' own subject
                       or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS)
        if self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._participle(marker - 1):
            opening = marker  # `قالت إن "... سوريا"، مضيفة إنها ناقشت`: her words open again at `إنها`
        if any(opening <= m.first and m.last <= t0 for m in mentions):
            return None
        if not all(self.tokens[k].joined for k in range(marker + 1, t0 + 1)):
            return None  # `قائلا إنه عانى، ونفى`: the trigger is past the reported clause
        between = [k for k in range(marker + 1, t0) if self.tokens[k].word not in _PARTICLES]
        owned = len(between) == 1 and self._owned_by_pronoun(between[0])  # `أن قواته قتلت`: his forces
        if self.tokens[marker].word not in _PRONOUN_COMPLEMENTIZERS and (between and not owned or self._noun(t0)):
            return None  # `إن الضربات الإسرائيلية ...`, `أن غارات`: the words have a subject of their own
        pronoun_and_verb = self.tokens[marker].word in _PRONOUN_COMPLEMENTIZERS and self._verb(t0) and \
            not self._noun_by_shape(t0) and not without_conjunction(self.tokens[t0].word).endswith("ه")
        if not pronoun_and_verb and any(t1 <= m.first <= t1 + 1 and not self._prepositional(m, t1) for m in mentions):
            # `إن ... اجتمع الوزير`: a subject after the verb; `أنه على الرغم من انتقاد ترمب`: the
            # noun's doer (after `أنه` + a verb, the party after is its object: `أنه سيزور بغداد`)
            return None
        if any(self._reaction_at(k, t0) for k in range(marker + 1, t0)):
            return None  # `إنها تدين الهجوم`: the act the speaker reacts to is another's
        if owned and strip_article(without_conjunction(self.tokens[between[0]].word)).startswith("بلاد"):
            return self._home_state(speaker.actor, mentions) or speaker.actor  # `قال ظريف إن بلاده ترفض`: Iran
        return speaker.actor

    def _home_state(self, person: Actor, mentions: list[Mention]) -> Actor | None:
        """The state a person speaks for (`بلاده`: his country), as the text has named it, else the
        lexicon's state of the person's country (`قال الرئيس الإيراني حسن روحاني إن ... بلاده`: Iran,
        named only by an adjective, as `الضربات الإسرائيلية` names Israel); None when the person
        has no country."""
        if person.actor_type != "person" or not person.country_iso3:
            return None
        named = next((m.actor for m in reversed((*self._earlier, *mentions)) if m.actor.actor_type == "state"
                      and m.actor.country_iso3 == person.country_iso3), None)
        return named or actor_lexicon().states_by_iso.get(person.country_iso3)

    def _owned_by_pronoun(self, k: int) -> bool:
        """`قواته`, `طائراتها`, `جنوده`: a plural or feminine noun with a third-person possessive
        pronoun (the `ات`, `ت` or long vowel before it shows a noun, not a verb with its object)."""
        word = without_conjunction(self.tokens[k].word)
        suffix = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        if suffix is None or word.startswith("ال"):
            return False
        stem = word[:-len(suffix)]
        return len(stem) >= 3 and (stem.endswith(("ات", "ت", "ي")) or stem[-2:-1] in "او")

    def _speaker(self, t0: int, first: int, mentions: list[Mention]) -> Mention | None:
        """Who says the words holding tokens[t0]: the actor right after the nearest reporting verb
        before it (`قال رئيس الوزراء ... إن`) or right before it at the sentence start (`نتانياهو يتوعد:`), or
        the sentence's first actor when a colon after it opens the words (`نتانياهو: ...`)."""
        cues = cue_matcher()
        for k in reversed(cues.starts_in(self.tokens, first, t0)):  # (where a cue may open)
            c = cues.match_at(self.tokens, k, stop=t0)
            if c is None or c.value.kind != "verb":
                continue
            after = self._relayed_speaker(c, t0, mentions) or \
                next((m for m in mentions if c.last <= m.first <= c.last + 1 and m.last <= t0
                      and not self._after_complementizer(c.first, m)), None) or \
                self._titled_speaker(c, t0, mentions)
            if after is not None:
                after = self._named_in_apposition(after, [m for m in mentions if m.last <= t0])
            before = next((m for m in mentions if m.last == k and first <= m.first <= first + 1), None)
            if after is None and before is None and (self._participle(k) or self._dropped_speaker_verb(c)):
                # `قالت ميركل إنه ...، مضيفة إنها`: the participle goes on with the verb's subject;
                # `أعلن ماكرون دعمه ...، وأضاف أنه سيزور`: so does a verb joined by `و`, its subject dropped
                continue
            return after or before
        colon = next((k for k in range(first + 1, t0 + 1) if ":" in self.text[self.tokens[k - 1].end:self.tokens[k].start]), None)
        if colon is not None:
            return next((m for m in mentions if first <= m.first and m.last <= colon and m.last <= first + 3), None)
        return None

    def _reaction_at(self, k: int, stop: int) -> bool:
        """A trigger of a reacting act (condemning, welcoming, calling for) opens at tokens[k]."""
        value = trigger_alone(self.triggers.match_at(self.tokens, k, stop=stop))
        return value is not None and value.event_type in _REACTION_TYPES

    def _dropped_speaker_verb(self, c: PhraseMatch) -> bool:
        """A reporting verb joined by `و` whose words follow it at once (`وأضاف أنه`, `وتابع:`): its
        subject is dropped, the one who spoke before goes on (not `وأضاف المتحدث أن`, a new speaker)."""
        word = self.tokens[c.first].word
        if without_conjunction(word) == word or not word.startswith("و") or c.last >= len(self.tokens):
            return False
        nxt = self.tokens[c.last]
        gap = self.text[self.tokens[c.last - 1].end:nxt.start]
        return any(ch in gap for ch in ":\"«“") or without_conjunction(nxt.word) in _COMPLEMENTIZERS or \
            nxt.word in _PRONOUN_COMPLEMENTIZERS

    def _participle(self, k: int) -> bool:
        """`مضيفا`, `مؤكدة`, `مشيرا`: an active participle in the accusative (a circumstantial
        clause of the verb before it), by its `م` and its case or feminine ending."""
        return analyse(self.tokens[k].word).participle_accusative

    def _antecedent(self, t0: int, mentions: list[Mention], source: Actor, suffix: str | None = None) -> Actor | None:
        """The party an object pronoun on the verb stands for: the latest actor named before the
        verb (in this sentence, else an earlier one) other than the verb's own subject, one no
        preposition governs first; not a news medium, named as where the words were told
        (`قال لشبكة ...`), not as a party; not a state for a masculine `ه` (a state is feminine:
        `وتتهمه أنقرة` is him, not a country), nor one person for a plural `هم`/`هما`."""
        # `يلتقي بهم`: a plural object is no one person (`قمتهما`, their summit, holds the subject too)
        object_pronoun = self._verb(t0) and not self._noun_by_shape(t0)

        def parties(named: list[Mention]) -> list[Mention]:
            return [m for m in reversed(named) if m.actor != source and m.actor.actor_type != "media"
                    and m.actor.actor_type in (*SOURCE_TYPES, POPULATION)
                    and not (suffix == "ه" and m.actor.actor_type in ("state", POPULATION))  # `ه`: one man
                    and not (object_pronoun and suffix in ("هم", "هما") and m.actor.actor_type == "person")]
        for named in (parties([m for m in mentions if m.last <= t0]), parties(self._earlier)):
            # in its sentence first; a subject or object before a name behind a preposition (`اجتماع للمجلس`)
            salient = next((m for m in named if not self._governed(m)), None) or next(iter(named), None)
            if salient is not None:
                return salient.actor
        return None

    def _pronoun_suffix(self, t0: int, t1: int, last: int) -> str | None:
        """The object pronoun on a preposition right after the trigger (`التقى بها`) or on a one-word
        trigger (`تتهمه`): `ه`, `ها`, `هم` or `هما`; None when there is none."""
        def suffix(word: str) -> str | None:
            return next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        for k in range(t1, min(last, t1 + 2)):
            word = without_conjunction(self.tokens[k].word)
            if word in PRONOUN_OBJECTS:
                return suffix(word)
        return suffix(without_conjunction(self.tokens[t0].word)) if t1 - t0 == 1 else None

    def _first_person(self, t0: int, first: int) -> bool:
        """`لن نسمح`, `لا نقبل`, `سنرد`, `لن أقبل`: a first-person present verb, known as one after a
        negator or the future prefix (a bare `ن` also opens past verbs: `نفى`, `نشر`)."""
        particles = self.negators | self.future_markers
        negated = t0 > first and without_conjunction(self.tokens[t0 - 1].word) in particles
        if without_conjunction(self.tokens[t0].word) in particles and t0 + 1 < len(self.tokens):
            t0, negated = t0 + 1, True  # `لن نسمح` as one trigger: the verb after its particle
        word = without_conjunction(self.tokens[t0].word)
        if word[:2] == "سن" and len(word) >= 5:
            return True
        if negated and t0 > first and without_conjunction(self.tokens[t0 - 1].word) in ("ما", "مما") and \
                word.endswith(("ه", "ها", "هم", "هما")):
            return False  # `وهو ما نفته الإمارات`: the relative `ما` and its resumptive verb, no negation
        return negated and word[:1] in "نا" and len(word) >= 4 and not self._noun(t0)

    def _quoting_speaker(self, t0: int, first: int, mentions: list[Mention]) -> Actor | None:
        """The actor quoted by the nearest reporting verb before tokens[t0] that names one (`قال
        نتانياهو ... مضيفا "..."`): the party after the verb, or before it at the sentence start."""
        cues = cue_matcher()
        for k in reversed(cues.starts_in(self.tokens, first, t0)):  # (where a cue may open)
            c = cues.match_at(self.tokens, k, stop=t0)
            if c is None or c.value.kind != "verb":
                continue
            m = next((m for m in mentions if c.last <= m.first <= c.last + 1 and m.last <= t0
                      and m.actor.actor_type in SOURCE_TYPES and not self._after_complementizer(c.first, m)), None) or \
                next((m for m in mentions if m.last == k and m.actor.actor_type in SOURCE_TYPES), None)
            if m is not None:
                return m.actor
        return None

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

    def _verb_object_pronoun(self, t0: int, t1: int, mentions: list[Mention] = ()) -> bool:
        """`تتهمه`, `يدعمها`, `استهدفهم`: a one-word verb trigger with an object pronoun; a bare
        `ه` counts on a present-tense verb, or on a past one right after its subject (`وكانت
        واشنطن دعته`: a noun's `ة` never follows a name); elsewhere it may be a noun's `ة`."""
        word = without_conjunction(self.tokens[t0].word)
        if word.endswith(("ه", "ها")) and self._possessed_noun(t0, t1, self._sentence_first):
            return False  # `إثر رفضها`: a noun after a preposition; its pronoun owns the act (`لقائهما`: both its parties)
        if self._object_pronoun(t0, t1):
            return True
        if t1 - t0 != 1 or not word.endswith("ه"):
            return False
        if analyse(word).present_strict and len(word) >= 5:
            return True
        after_subject = self.tokens[t0].joined and any(m.last == t0 for m in mentions)
        if after_subject and word.endswith(("ته", "اه", "وه")) and len(word) >= 4 and not self._noun(t0):
            return True
        # `عندما اعتقله الجيش`, `كيف أعدمه قناص`: a past verb of the lexicon with `ه` and its subject
        # named right after it (a noun's `ة` would be no verb: its stem alone is no trigger)
        before = without_conjunction(self.tokens[t0 - 1].word) if t0 > self._sentence_first else ""
        opens = self.tokens[t0].word != word or before in _SUBORDINATORS or before in CONNECTIVES or \
            before in _COMPLEMENTIZERS or before in _PARTICLES and before != "ما"  # `ما`: also `وهو ما نفته`
        # (not `الذي أبرمته إيران`, `قضية إدانة الحزب`: a relative clause's `ه` is its head, a noun's `ة` no pronoun)
        subject_after = opens and t1 < len(self.tokens) and self.tokens[t1].joined and \
            any(m.first == t1 and m.actor.actor_type in SOURCE_TYPES and not self._governed(m) for m in mentions)
        stem = word[:-1]
        return subject_after and len(stem) >= 3 and not self._noun(t0) and not analyse(word).present_strict and \
            self.triggers.has_word(stem)

    def _purpose_object_pronoun(self, t: PhraseMatch) -> bool:
        """`لإقناعها`, `لمساعدتهم`: a verbal noun of purpose with a pronoun: the one acted on, named before."""
        word = without_conjunction(self.tokens[t.first].word)
        return t.last - t.first == 1 and self._purpose(t) and word.endswith(("ها", "هم", "هما")) and len(word) >= 6

    def _force_of_text(self, mentions: list[Mention], target: Actor | None) -> Actor | None:
        """The army or armed group the text has named most (latest first on a tie), not the target."""
        forces = [m.actor for m in (*self._earlier, *mentions)
                  if m.actor.actor_type in ("military", "armed_group") and m.actor != target]
        return max(reversed(forces), key=forces.count) if forces else None

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

    def _light_verb_before(self, t0: int, first: int) -> bool:
        """`تم الاتفاق`, `وجرى اعتقال`: a light verb of the passive periphrasis right before the trigger."""
        return t0 > first and self.tokens[t0].joined and \
            role_words("light").has_word(without_conjunction(self.tokens[t0 - 1].word))

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

    def _oblique_plural(self, m: Mention) -> bool:
        """`المسؤولين`, `المحتجين`: a sound plural in its object or genitive case, never a subject
        (the subject reads `المسؤولون`)."""
        return analyse(self.tokens[m.first].word).oblique_plural

    def _verbal_noun(self, t0: int) -> bool:
        """A definite noun trigger: the actor after it is its owner, not its object."""
        return analyse(self.tokens[t0].word).definite

    def _possessed_noun(self, t0: int, t1: int, first: int) -> bool:
        """`خلال لقائه`, `إثر رفضها`, `عدم استجابته`: a one-word noun trigger carrying a possessive
        pronoun, known as a noun by the preposition or noun (`عدم`, `ختام`) it follows, not a verb
        with its object (`التقاه`)."""
        word = without_conjunction(self.tokens[t0].word)
        # a bare `ه` only after the `ت` of a feminine noun or a hamza (`زيارته`, `لقائه`): normalised,
        # a noun's own `ة` is a `ه` too (`المحادثة`)
        pronoun = word.endswith(("ها", "هم", "هما")) or word.endswith(("ته", "ايه", "اوه"))  # `ئ`, `ؤ` are normalised to `ي`, `و`
        if t1 - t0 != 1 or t0 <= first or not pronoun or word.startswith("ال") or not self.tokens[t0].joined:
            return False
        before = without_conjunction(self.tokens[t0 - 1].word)
        return before in _PREPOSITIONS or before in _SETTING_WORDS or before in _OWNED_NOUN_HEADS or \
            self._object_after_opening_subject(t0)

    def _object_after_opening_subject(self, t0: int) -> bool:
        """`وجددت الحكومة الأردنية رفضها لـ`, `أعلنت الحكومة رفضها`: right after the subject of the
        verb that opens the sentence (verb, subject, object), a word with a pronoun is that verb's
        object, a noun whose pronoun is the subject's (a second verb would need a conjunction)."""
        subject = next((m for m in self._clause_mentions if m.last == t0), None)
        if subject is None or not self.tokens[subject.first].joined:
            return False
        verb = subject.first - 1
        if verb > self._sentence_first and without_conjunction(self.tokens[verb - 1].word) in _PARTICLES:
            verb -= 1  # `وقد أعلنت الحكومة رفضها`: the verb after its particle
        if verb != self._sentence_first:
            return False
        opening = analyse(self.tokens[subject.first - 1].word)
        return not opening.definite and (opening.feminine_verb or opening.present_strict or opening.past_shape) and \
            opening.bare not in _PREPOSITIONS and opening.bare not in _SETTING_WORDS

    def _agent_after(self, t1: int, last: int) -> bool:
        """An agent phrase (`برصاص`, `من قبل`, event_roles.tsv role `agent`) in the trigger's clause after it."""
        for k in range(t1, min(last, t1 + _AGENT_SPAN)):
            if k > t1 and not self.tokens[k].joined:
                return False
            r = self.roles.match_at(self.tokens, k, stop=last)
            if r is not None and r.value == "agent":
                return True
        return False

    def _reported_after(self, t1: int, last: int, actor: Actor | None, mentions: list[Mention]) -> bool:
        """The actor is named only in words reported after the trigger (`لقائه بها، إن إيران`)."""
        words = next((k for k in range(t1, last) if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS), last)
        named = [m.first for m in mentions if m.actor == actor]
        return bool(named) and min(named) >= words

    def _possessor(self, t0: int, t1: int, first: int, last: int, mentions: list[Mention]) -> Actor | None:
        """Whom a possessive pronoun on a verbal noun stands for: the subject the sentence is about,
        its first party no preposition governs (before the noun, or in the main clause after it:
        `وفي ختام لقائه بها، قال نتانياهو`), else the one who speaks in it, else the party that
        acted last in the text."""
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES
                   and not self._governed(m) and not (t1 <= m.first <= t1 + 1)]  # not the noun's complement
        words = next((k for k in range(t1, last) if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS
                      or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), last)  # not in the words reported after
        subject = next((m for m in parties if m.last <= t0), None) or \
            next((m for m in parties if t1 < m.first and m.last <= words), None)
        if subject is not None and self._may_own(subject.actor, t0):
            return subject.actor
        if subject is not None:
            # `ندد ماكرون بموقف الحكومة الإيطالية إثر رفضها`: `ها` is no man's; the nearest party before that it may stand for
            owner = next((m.actor for m in reversed(mentions) if m.last <= t0 and m.actor.actor_type in SOURCE_TYPES
                          and self._may_own(m.actor, t0)), None)
            return owner or subject.actor
        if t0 - 1 > first and self._bare_title(t0 - 1) and (holder := self._title_holder(t0 - 1)) is not None:
            return holder  # `وأكد الرئيس دعمه`: his, the president named before
        # `وقال في ختام لقائه بها`: the dropped subject of the sentence's reporting verb, the one who spoke before
        return self._sentence_speaker(first, last, mentions) or self._last_source

    def _may_own(self, actor: Actor, t0: int) -> bool:
        """The possessive pronoun on tokens[t0] agrees with the actor in gender: `ها` stands for no
        man, a bare `ه` after a feminine noun's `ت` (`زيارته`) for no woman (a person whose given
        name tells the gender; any other party may be either)."""
        word = without_conjunction(self.tokens[t0].word)
        pronoun = "f" if word.endswith("ها") else "m" if word.endswith("ه") and not word.endswith(("هم", "هما")) else None
        gender = person_gender(actor)
        return pronoun is None or gender is None or gender == pronoun

    def _pronoun_patient(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`اعتقاله`, `احتجازها`, `إطلاق سراحهم`: a verbal noun of force or release (event_roles.tsv
        role `patient`) ending the trigger with a possessive pronoun and no object after it: the
        pronoun is the one the act is done to (with an object after, `اعتقالها الصحفي`, it is the
        doer). It stands for the person named last before it (a group or crowd for `هم`), not the
        one who speaks in the sentence."""
        if event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"}:
            return None
        suffix = self._patient_pronoun(without_conjunction(self.tokens[t.last - 1].word))  # (`باعتقاله` too)
        if suffix is None or self.text[t.end:self.tokens[t.last - 1].end]:
            return None  # the pronoun must end the trigger's own word, not a word of the phrase after
        after = t.last
        if after < last and self.tokens[after].joined and (
                any(m.first == after and not self._governed(m) for m in mentions) or
                without_conjunction(self.tokens[after].word).startswith("ال")):
            return None  # `بعد اعتقالها الصحفي`: its object follows, the pronoun is the doer
        return self._pronoun_referent(t.first, first, last, mentions, suffix)

    def _pronoun_referent(self, t0: int, first: int, last: int, mentions: list[Mention], suffix: str) -> Actor | None:
        """The one a patient's pronoun stands for: the person named last before tokens[t0] (a group
        or crowd for `هم`), not the one who speaks in the sentence."""
        kinds = ("other", "armed_group", "media", "anonymous_source") if suffix in ("هم", "هما") else ("person",)
        speaker = self._sentence_speaker(first, last, mentions)
        for named in ([m for m in mentions if m.last <= t0], self._earlier):
            m = next((m for m in reversed(named) if m.actor.actor_type in kinds and m.actor != speaker), None)
            if m is not None:
                return m.actor
        return None

    def _patient_before_agent(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention],
                              event_type: str) -> Actor | None:
        """`إثر إصابتها برصاص القوات`, `بعد اعتقاله على يد الشرطة`: a trigger that is an agent phrase
        (event_roles.tsv `agent`) right after a verbal noun of force with a possessive pronoun
        (role `patient`): the pronoun is the one hit, the person named before it."""
        if event_type not in FORCE_TYPES or t.first <= first or not self.tokens[t.first].joined:
            return None
        own = self.roles.match_at(self.tokens, t.first, stop=last)
        if own is None or own.value != "agent":
            return None
        suffix = self._patient_pronoun(without_conjunction(self.tokens[t.first - 1].word))
        if suffix is None:
            return None
        return self._pronoun_referent(t.first - 1, first, last, mentions, suffix)

    def _pronoun_object_after(self, t1: int, last: int) -> bool:
        """`التقى به`, `محادثات معهم`, `أطلقت النار عليه`: a preposition carrying a pronoun within
        the trigger's clause (two words after it at most) names as object a party named before."""
        for k in range(t1, min(last, t1 + 3)):
            if not self.tokens[k].joined:
                return False
            if without_conjunction(self.tokens[k].word) in PRONOUN_OBJECTS:
                return True
        return False

    def _object_pronoun(self, t0: int, t1: int) -> bool:
        """`الذين تدعمهم إيران`, `استهدفها الجيش`: a one-word verb trigger carrying its object as a
        pronoun, so the actor after it is its subject whatever stands before."""
        word = without_conjunction(self.tokens[t0].word)
        # not a bare `ه`: normalised, it is also a noun's `ة` (`مواجهة`)
        suffix = next((p for p in ("هما", "هم", "ها") if word.endswith(p)), None)
        if t1 - t0 != 1 or suffix is None or self._noun(t0) or self._object_after_opening_subject(t0):
            return False
        stem = word[:-len(suffix)]
        return len(stem) >= 3 and not (len(stem) >= 5 and stem[-2] in "اي")  # `استعداده`: a verbal noun's owner

    def _noun(self, k: int) -> bool:
        return analyse(self.tokens[k].word).verbal_noun

    def _count(self, k: int) -> bool:
        return without_conjunction(self.tokens[k].word).isdigit() or \
            role_words("count").match_at(self.tokens, k, stop=k + 1) is not None

    def _next_to(self, m: Mention, t0: int, t1: int) -> bool:
        """The mention stands right before the trigger, or right after it (one word may come
        between: `تجمع آلاف الفلسطينيين`), with no punctuation between them."""
        if m.last == t0:
            return self.tokens[t0].joined
        return t1 <= m.first <= t1 + 1 and all(self.tokens[k].joined for k in range(t1, m.first + 1) if k < len(self.tokens))

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
        if reacting:  # `أدان الاتحاد الهجوم`: the one condemning is no party of the act condemned
            self._passive = True  # nor is its subject carried on to it
            actors = [m for m in actors if m not in reacting]
        last = len(self.tokens) if last is None else last
        marked = self._marked_roles(t0, t1, actors, event_type, last)
        if marked is not None:
            return marked
        end = self._clause_end(t1, last)  # `..., وغادر صوب ألمانيا`: a party of the next clause is none of this act
        if event_type not in _SAID_CONTENT_TYPES:
            end = self._embedded_clause_start(t1, end, mentions)  # `انتهاك الاتفاق الذي وقعته الحكومة`: that clause's party
        # `وجاء الرفض بعدما تعرض X لاستجواب`: a clause of time after the trigger has parties of its own
        end = next((k for k in range(t1, end) if without_conjunction(self.tokens[k].word) in _TIME_SUBORDINATORS
                    and not any(m.first <= k < m.last for m in mentions)), end)
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
        if opens:  # `..., حيث أجرى اتصالا`, `بينما اجتاح مقاتلون`: the actors before belong to another clause
            before = [m for m in before if m.first <= self._sentence_first + 1][:1]  # the sentence's own subject
        # Verb-first clause: `قصفت إسرائيل غزة` — the actor right after the trigger is the source;
        # one after a preposition (`ناقشت مع بوتين`, `وبرر للسوداني`) is an object, never the subject.
        # `خلال زيارته للولايات المتحدة قدم ماكرون`; `مع X وقيادات Y، بجانب مباحثات`: Y is with X under `مع`
        # `للرئيس راؤول كاسترو الذي تنحى`, `مع منظمة أوكسفام التي تنفي`: the head of the trigger's relative
        # clause does it, though a preposition governs it (not a place or a part: `الصحفية في بي بي سي التي`)
        subjects = [m for m in before if not self._governed_conjunct(m) or self._relative_head(m, t0)]
        if self._after_fronted_setting(t0, t1):
            subjects = []  # `وفي اجتماع مع مسؤولي الحكومة تعهد العبادي`: the actors before are in the setting
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
        if after and self._right_after(t1, after[0]) and not self._prepositional(after[0], t1) and \
                not self._mans_title_after_feminine_verb(t0, after[0]) and not unnamed and \
                not self._feminine_party_after_masculine_verb(t0, t1, after[0]) and \
                not self._owns_judged_thing(t0, t1, after[0], event_type) and \
                not self._oblique_object_after_verb(t0, t1, after[0]) and \
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
            if source is not None and self._verb(t0) and self._clause_break(source.end, self.tokens[t0].start) and \
                    not any(self.tokens[k].word in RELATIVES for k in range(source.last, t0)):  # `X، التي ...، طالبت`
                # `اتهم X Y، وطالب ...`: past a comma the nearest actor is another clause's; a verb
                # with its subject dropped goes on with the subject the sentence opens with
                source = next((m for m in subjects if m.first <= self._sentence_first + 2), source)
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

    def _outside_complement(self, m: Mention, t0: int) -> bool:
        """A complementizer stands between the party and the noun at tokens[t0], which its clause
        holds: `أن`/`إن`, or `أنه`/`أنها` opening a nominal clause (no verb or particle between it and
        the noun: `أنه هجوم`, `أنها بمثابة إهانة لضحايا اعتداء`), whose pronoun is not the party
        acting (`أنه شن هجوما`, with its verb, is left to the clause rules)."""
        for k in range(m.last, t0):
            word = without_conjunction(self.tokens[k].word)
            if word in _COMPLEMENTIZERS and self.tokens[k].word not in ("كي", "لكي"):
                return True
            if word in _PRONOUN_COMPLEMENTIZERS or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS:
                return self._nominal_complement(k, t0)
        return False

    def _nominal_complement(self, marker: int, t0: int) -> bool:
        """The words from the pronoun complementizer at tokens[marker] to tokens[t0] make no verbal
        clause: no particle, present verb, light verb or trigger verb's form among them, and the
        first is no past verb (a past shape that is no noun by its ending, article or proclitic:
        `أنه ضرب`, `أنها وفت`; `أنها بمثابة`, `أنه هجوم` are nominal)."""
        for k in range(marker + 1, t0):
            word = without_conjunction(self.tokens[k].word)
            if word in _PARTICLES or analyse(word).present_strict or word in verb_form_words() or \
                    role_words("light").has_word(word):
                return False
            if k == marker + 1 and any(self._past_verb_shape(w, k) for w in {word, self.tokens[k].word}):
                return False  # (`وفت`: the word's own `و`, which `without_conjunction` would take off)
        return True

    def _past_verb_shape(self, word: str, k: int) -> bool:
        """A past verb by its shape: of three to six letters, no noun by its ending, article or
        proclitic (`ضرب`, `وفت`, `قامت`; not `بمثابة`, `هجوم`, `الغارات`)."""
        nominal = self._noun_by_shape(k) or word.endswith(("ه", "ي", "ا", "ات")) or word.startswith(("ال", "ب", "ل", "ك"))
        if nominal:
            return False
        return analyse(word).past_shape or 3 <= len(word) and word.endswith("ت")

    def _noun_by_shape(self, k: int) -> bool:
        """A verbal noun by its shape (`اعتداء`, `الهجمات`), or of the pattern `فعول` (`هجوم`,
        `دخول`), which no past verb takes: a noun, though a past verb has its letters' count."""
        word = without_conjunction(self.tokens[k].word)
        return self._noun(k) or len(word) == 4 and word[2] == "و" and word.isalpha() and word not in verb_form_words()

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

    def _object_in_lam_after(self, m: Mention, after: list[Mention], last: int) -> bool:
        """`لروسيا`, `للمدنيين`, `لدبلوماسيين`: right after the genitive, an object with the
        proclitic `ل`: a party, a definite noun, or a sound plural in its object case."""
        k = m.last
        if k >= last or not self.tokens[k].joined:
            return False
        word = without_conjunction(self.tokens[k].word)
        if any(n.first == k and "ل" in self.text[self.tokens[k].start:n.start] for n in after):
            return True
        return word.startswith("لل") or word.startswith("ل") and len(word) >= 6 and analyse(word[1:]).oblique_plural

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

    def _adjective_of(self, noun: int, k: int) -> bool:
        """`انتقادات شديدة`, `رفض متكرر`, `هجمات منظمة`: an adjective by its shape (a participle in
        `م`, a relative adjective in `ي`, a feminine in `ة`) agreeing with the noun in definiteness."""
        word = strip_article(without_conjunction(self.tokens[k].word))
        shaped = (word.startswith("م") and len(word) >= 4) or word.endswith(("ي", "ه"))  # `شديدة`: normalised `ة`
        return shaped and not role_words("partitive").has_word(word) and self._agrees_in_definiteness(noun, k)

    def _noun_trigger(self, t: PhraseMatch, first: int) -> bool:
        """The trigger is a noun: by its shape, its `ب`/`ل` proclitic (`بطلب`), the preposition before
        it, or as the object of a verb of undergoing or receiving (`تلقت الحكومة دعوة`)."""
        clitics = self.text[self.tokens[t.first].start:t.start]
        before = without_conjunction(self.tokens[t.first - 1].word) if t.first > first else ""
        return self._noun(t.first) or "ب" in clitics or "ل" in clitics or before in _PREPOSITIONS or \
            self._undergo_verb_before(t.first, first)

    def _undergo_verb_before(self, t0: int, first: int) -> bool:
        """A verb of undergoing or receiving (event_roles.tsv role `undergo`) a few words before
        tokens[t0] in its clause: what follows it is the noun of the act undergone."""
        undergo = role_words("undergo")
        return any(undergo.match_at(self.tokens, k, stop=t0) is not None and
                   all(self.tokens[j].joined for j in range(k + 1, t0 + 1))
                   for k in range(max(first, t0 - _UNDERGO_SPAN), t0))

    def _right_after(self, t1: int, m: Mention) -> bool:
        """The mention stands right after the trigger: next to it, one word between, or with only
        words of time (`صباح الأحد`) or a place (`في القاهرة`), a resumptive pronoun (`الذي دعا
        فيه`) and a title of office (`الرئيس`) before the name."""
        if m.first - t1 <= 1:
            return True
        k = t1
        while k < min(m.first, t1 + _TIME_ASIDE_SPAN) and self._time_word(k):
            k += 1  # `وقصفت صباح الأحد الطائرات الإسرائيلية`: a time between the verb and its subject
        place = next((p for p in self._sentence_places if p.first == k + 1), None)
        if place is not None and self.tokens[k].word == "في" and place.last <= m.first:
            k = place.last  # `والتقى في القاهرة وزير الخارجية`: where, between the verb and its subject
        if k < m.first and self._preposition_pronoun(self.tokens[k].word):
            k += 1
        title = actor_lexicon().titles.match_at(self.tokens, k, stop=m.first) if k < m.first else None
        if title is not None:
            k = title.last
        return k == m.first and all(self.tokens[j].joined for j in range(t1, m.first + 1))

    def _titled_subject(self, t0: int, t1: int, after: list[Mention], last: int) -> tuple[Mention, int] | None:
        """A verb whose subject is a title of office (titles.tsv, or an official noun) owned by a body
        named after it (`نفى المتحدث باسم الجيش`, `دعا الأمين العام للأمم المتحدة`): the person the
        title is given to in apposition after the body (`..., جون سميث،`) acts, else the body (an
        unnamed official acts for it). Returns the subject's mention and where its phrase ends;
        None when the word after the verb is no title or no body owns it."""
        if t1 - t0 != 1 or t1 >= last or not self._verb(t0) or not self.tokens[t1].joined:
            return None
        title = actor_lexicon().titles.match_at(self.tokens, t1, stop=last)
        title_end = title.last if title is not None else t1 + 1 if self.tokens[t1].word in _OFFICIALS else None
        if self._feminine_verb(t0) and not self.tokens[t1].word.endswith("ه"):
            return None  # `والتقت وزير الخارجية`: a feminine verb, a man's title: its object
        owner = after[0] if after and after[0].first > t1 else None  # not a mention holding the title itself
        if title_end is None or owner is None or owner.first - title_end > 2 or \
                not all(self.tokens[k].joined for k in range(t1, owner.first + 1)):
            return None
        if any(without_conjunction(self.tokens[k].word) in _PREPOSITIONS and
               without_conjunction(self.tokens[k].word) not in _OWNER_PREPOSITIONS for k in range(title_end, owner.first - 1)):
            return None  # `دعا المتحدث إلى تدمير X`: X is in the object the preposition heads, no owner of the title
        by_word = without_conjunction(self.tokens[owner.first - 1].word)
        if by_word in _PREPOSITIONS and by_word not in _OWNER_PREPOSITIONS or \
                any(c in self.text[self.tokens[owner.first].start:owner.start] for c in "بك"):
            return None  # `قال المسؤول مع الوفد`: a preposition of another role
        if owner.actor.actor_type != "person" and not self._governed(owner) and by_word.startswith("ال"):
            return None  # `يلتقي الأمير كبار المسؤولين`: a definite title owns nothing after it; that is its object
        named = next((m for m in after if m.first >= owner.last and not self._governed(m)), None)  # not `لدى لندن`
        if named is not None and named.actor.actor_type == "person" and owner.actor.actor_type != "person" and \
                named.first - owner.last <= _APPOSITION_SPAN and \
                not any(self.tokens[k].word in _COMPLEMENTIZERS for k in range(owner.last, named.first)):
            return named, named.last
        return owner, owner.last

    def _titled_object_after_unnamed_title(self, t0: int, t1: int, m: Mention) -> bool:
        """`واستقبل رئيس الوزراء العراقي وزير الخارجية الأمريكي X`, `والتقى الرئيس المصري الرئيس
        الفرنسي X`: right after a verb trigger stands a whole title naming no one (its construct
        chain closed by a definite word, nisba adjectives after it), and then a second title of
        office before the person named: the first title is the subject, the named person its
        object."""
        if t1 - t0 != 1 or m.actor.actor_type != "person" or m.first < t1 or m.first - t1 > _APPOSITION_SPAN or \
                not self.tokens[t1].joined:
            return False  # (the mention may take in the titles before the name)
        head = without_conjunction(self.tokens[t1].word)
        if not (self._office_head(head) or strip_article(head) in _OFFICIALS):
            return False
        closed = head.startswith("ال")
        for k in range(t1 + 1, m.last if m.first == t1 else m.first):  # (a name after the titles: `الشيخ سلطان`)
            if not self.tokens[k].joined:
                return False
            word = self.tokens[k].word
            if closed and (self._office_head(word) or strip_article(word) in _OFFICIALS):
                return True  # a second title after a whole one: a new noun phrase
            if word in _PREPOSITIONS or word in _COUNTERPART_WORDS:
                return False
            closed = closed or word.startswith("ال")
        return False

    def _holder_after_title(self, t0: int, t1: int, after: list[Mention], last: int) -> Mention | None:
        """`وحذر نائب وزير الخارجية الفرنسي X`, `وطلب حاكم ولاية كاليفورنيا X`: right after a verb
        trigger a title headed by an office (`نائب`, `حاكم`, `وزير`, an official noun) whose
        phrase runs, unbroken, into a person's name: that person is the verb's subject, though
        the title is none the lexicon lists whole. Not when the verb is feminine and the title a
        man's (`والتقت وزير الخارجية X`: its object), nor when a new noun phrase opens before the
        name (`والتقى رئيس الوزراء الرئيس الفرنسي X`, `نظيره`), nor across a preposition other
        than `في` or a clause boundary."""
        if t1 - t0 != 1 or t1 >= last or not self._verb(t0) or not self.tokens[t1].joined:
            return None
        head = without_conjunction(self.tokens[t1].word)
        if not (self._office_head(head) or strip_article(head) in _OFFICIALS):
            return None
        if self._feminine_verb(t0) and not head.endswith("ه"):
            return None
        person = next((m for m in after if m.first > t1), None)
        if person is None or person.actor.actor_type != "person" or person.first - t1 > _APPOSITION_SPAN or \
                any(m.first < person.first and m.actor.actor_type == "person" for m in after):
            return None
        closed = head.startswith("ال")  # a definite word ends the construct chain: only adjectives follow
        for k in range(t1 + 1, person.first):
            word = without_conjunction(self.tokens[k].word)
            if not self.tokens[k].joined or word in _COUNTERPART_WORDS or \
                    word in _COMPLEMENTIZERS or word in RELATIVES or \
                    word in _PREPOSITIONS and word != "في" or self._time_word(k):
                return None
            if closed and (self._office_head(word) or strip_article(word) in _OFFICIALS):
                return None  # a second title after a whole one: a new noun phrase, the verb's object
            closed = closed or word.startswith("ال")
        if not self.tokens[person.first].joined and self.text[self.tokens[person.first - 1].end:
                                                               self.tokens[person.first].start].strip() not in ("،", ","):
            return None
        return person

    def _owns_judged_thing(self, t0: int, t1: int, m: Mention, event_type: str) -> bool:
        """`واستنكرت ممارسات الحوثيين`, `ورفض تصريحات الوزير`: a noun of a statement, policy or deed
        (event_roles.tsv role `judged_thing`) right after a verb of judging or asking, with the actor
        in construct after it: the actor owns the verb's object, the verb's subject is dropped."""
        if event_type in FORCE_TYPES or t1 - t0 != 1 or m.first != t1 + 1 or not self._verb(t0) or \
                not (self.tokens[t1].joined and self.tokens[m.first].joined):
            return False
        return role_words("judged_thing").has_word(without_conjunction(self.tokens[t1].word)) and not self._governed(m)

    def _opens_with_setting(self) -> bool:
        """The sentence opens with a preposition or adverbial of setting (`وفي اجتماع`, `وخلال لقاء`)."""
        word = without_conjunction(self.tokens[self._sentence_first].word)
        return word in _PREPOSITIONS or word in _SETTING_WORDS

    def _after_fronted_setting(self, t0: int, t1: int) -> bool:
        """`وفي اجتماع مع مسؤولي الحكومة تعهد العبادي`: a one-word verb trigger after a setting the
        sentence opens with (no reported words or relative clause between, `وبعد أن اجتمع`): the
        main clause is verb-first, the actors before it belong to the setting, not its subject."""
        if t1 - t0 != 1 or t0 <= self._sentence_first + 1 or not self._opens_with_setting():
            return False
        verb = without_conjunction(self.tokens[t0].word)
        if self._noun(t0) or (verb.endswith("ه") and not analyse(verb).present_strict) or verb != self.tokens[t0].word:
            return False  # a noun (`زيارة`), or a verb conjoined to another clause (`وتعهد`)
        between = range(self._sentence_first + 1, t0)
        return not any(without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS or self.tokens[k].word in RELATIVES
                       for k in between)

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

    def _in_construct_after_preposition(self, m: Mention) -> bool:
        """`مع مسؤولي الحكومة`: the mention owns a noun a preposition governs: part of that phrase."""
        return m.first >= 2 and self.tokens[m.first].joined and self.tokens[m.first - 1].joined and \
            without_conjunction(self.tokens[m.first - 2].word) in _PREPOSITIONS

    def _mans_title_after_feminine_verb(self, t0: int, m: Mention) -> bool:
        """`واستقبلت وزير الخارجية X`: a one-word verb marked feminine before a person named with a
        man's title does not agree with him: he is its object, its subject is dropped."""
        if m.actor.actor_type != "person" or not self._verb(t0) or not self._feminine_verb(t0):
            return False
        title = actor_lexicon().titles.match_at(self.tokens, m.first, stop=m.last)
        return title is not None and not self.tokens[m.first].word.endswith("ه")

    def _feminine_party_after_masculine_verb(self, t0: int, t1: int, m: Mention) -> bool:
        """`ثم اتهم الدول الخمس`, `ودعا الحكومة إلى`: a one-word verb marked masculine right before
        a party whose name is feminine in grammar (a noun in `ة`, a plural in `ات`, `الدول`, a
        state in `ا`) does not agree with it: the party is its object, its subject is dropped."""
        if t1 - t0 != 1 or m.first != t1 or m.actor.actor_type == "person" or not self._verb(t0) or \
                not self.tokens[t1].joined:
            return False
        bare = without_conjunction(self.tokens[t0].word)
        before = without_conjunction(self.tokens[t0 - 1].word) if t0 > self._sentence_first else ""
        opens = bare != self.tokens[t0].word or not before or not self.tokens[t0].joined or \
            before in CONNECTIVES or before in CLAUSE_OPENERS or before in _PARTICLES or before in RELATIVES
        if not opens:
            return False  # `وجاء رفض روما`: after another verb the word is a noun, its genitive its doer
        a = analyse(bare)
        masculine = a.agreement_gender == "m" or (a.present_strict and bare.startswith("ي")) or \
            (len(bare) <= 4 and bare.endswith(("ا", "ي")) and not bare.endswith("وا") and not bare.startswith(("ت", "ي")))
        if not masculine:
            return False
        head = strip_article(without_conjunction(self.tokens[m.first].word))
        name = m.actor.name_ar
        return head.endswith(("ه", "ات")) or head in ("دول", "الدول") or \
            (m.actor.actor_type == "state" and name.endswith("ا") and head.endswith("ا"))

    def _feminine_verb(self, t0: int) -> bool:
        """`التقت`, `تلتقي`: a verb marked for a feminine subject (past `ت`, present `ت`)."""
        return analyse(self.tokens[t0].word).feminine_verb

    def _verb(self, t0: int) -> bool:
        """A one-word trigger read as a verb: not a noun by its shape or its feminine `ة` (`زيارة`),
        nor a noun in construct after a preposition or a verbal noun (`تمديد حبس`, `في زيارة`)."""
        word = without_conjunction(self.tokens[t0].word)
        if self._noun(t0) or (word.endswith("ه") and not analyse(word).present_strict):
            return False
        if t0 == 0 or not self.tokens[t0].joined or word != self.tokens[t0].word:
            return True  # `ونفى`: a conjunction opens a clause
        before = without_conjunction(self.tokens[t0 - 1].word)
        return not (before in _PREPOSITIONS or before in _SETTING_WORDS or self._noun(t0 - 1))

    def _governed(self, m: Mention) -> bool:
        """A preposition governs the mention: a word before it or a `ب`/`ك`/`ل` proclitic; not the
        partitive `من` after a quantity (`العديد من المحتجين`, `آلاف من`), whose phrase the
        mention heads in its own case."""
        if m.first > 0 and self.tokens[m.first].joined and m.first - 1 != self._trigger_first and \
                without_conjunction(self.tokens[m.first - 1].word) in _PREPOSITIONS and not self._partitive(m):
            return True  # (`وعبر ماكرون عن غضبه`: the trigger read as a verb is no preposition)
        if any(c in self.text[self.tokens[m.first].start:m.start] for c in "لبك"):
            return True
        head = self._title_head_before(m)  # `مع رئيس الوزراء الإيطالي X`: the title's preposition governs its holder
        if head is None or head - 1 == self._trigger_first:
            return False
        proclitic = not self._office_head(self.tokens[head].word)  # `بالرئيس`, `لرئيس`: the title's own preposition
        return proclitic or without_conjunction(self.tokens[head - 1].word) in _PREPOSITIONS

    def _relative_head(self, m: Mention, t0: int) -> bool:
        """The mention stands right before the relative pronoun opening the trigger's clause
        (`للرئيس X الذي تنحى`), governed by no preposition of place, part or topic (`في`, `من`, `عن`)."""
        if m.last != t0 - 1 or t0 - 1 <= self._sentence_first or self.tokens[t0 - 1].word not in _NOUN_RELATIVES:
            return False
        k = self._title_head_before(m)
        k = m.first if k is None else k
        return k == 0 or without_conjunction(self.tokens[k - 1].word) not in _PLACE_PART_TOPIC_PREPOSITIONS

    def _title_head_before(self, m: Mention) -> int | None:
        """`رئيس الوزراء الإيطالي X`: the head of a title of office standing right before a person's
        name (no comma between), a few words back, when the person's mention leaves it out."""
        if m.actor.actor_type != "person" or m.first <= self._sentence_first or not self.tokens[m.first].joined:
            return None
        for k in range(m.first - 1, max(self._sentence_first, m.first - 1 - _TITLE_APPOSITION_WORDS) - 1, -1):
            if k < m.first - 1 and not self.tokens[k + 1].joined:
                return None
            word = self.tokens[k].word
            bare = without_conjunction(word)
            if self._office_head(word) or bare[:1] in ("ب", "ل", "ك") and self._office_head(bare[1:]) or \
                    bare.startswith("لل") and self._office_head("ال" + bare[2:]):
                return k if k > self._sentence_first else None
        return None

    def _governed_conjunct(self, m: Mention) -> bool:
        """`مع الحكومة العراقية وقيادات حزب الدعوة`: a party joined by `و` (a noun of its members
        may head it) to a party a preposition governs shares that preposition: it is an object of
        the clause, never its subject, nor one of a pair acting together."""
        if self._governed(m):
            return True
        own = "و" in self.text[self.tokens[m.first].start:m.start]  # `وحزب الدعوة`: the conjunction outside the name
        head = self.tokens[m.first - 1].word if m.first > 0 else ""
        headed = not own and without_conjunction(head) != head and head.startswith("و") and len(head) >= 4
        if not (own or headed):
            return False  # (`واشنطن`: a name's own `و`)
        link = m.first if own else m.first - 1
        p = next((p for p in reversed(self._sentence_mentions) if p.last <= link), None)
        if p is None or link - p.last > _CONJUNCT_GAP or not all(self.tokens[k].joined for k in range(p.last, m.first + 1)):
            return False
        # only adjectives of the first party between (`مع الحكومة اليمنية الشرعية وقيادات`)
        return all(self._adjective_of(p.last - 1, k) for k in range(p.last, link)) and \
            not self._after_agent_phrase(p) and self._governed_conjunct(p)

    def _after_agent_phrase(self, m: Mention) -> bool:
        """`من قبل حزب الله والحشد الشعبي`: the mention follows an agent phrase, the doers of the act."""
        return any((r := self.roles.match_at(self.tokens, k, stop=m.first)) is not None and r.value == "agent"
                   and r.last == m.first for k in range(max(0, m.first - 3), m.first))

    def _partitive(self, m: Mention) -> bool:
        """`العديد من المحتجين`, `مئات من الفلسطينيين`: `من` after a quantifier or a count."""
        if m.first < 2 or without_conjunction(self.tokens[m.first - 1].word) != "من" or not self.tokens[m.first - 1].joined:
            return False
        word = without_conjunction(self.tokens[m.first - 2].word)
        return strip_article(word) in _QUANTIFIERS or self._count(m.first - 2) or role_words("partitive").has_word(word)

    def _prepositional(self, m: Mention, t1: int) -> bool:
        """The mention right after the trigger tokens[:t1] is governed by a preposition (`ناقشت مع
        بوتين`, `وبرر للسوداني`). After a verbal noun with no pronoun of its own, a bare `ل` marks
        the noun's owner, its doer (`اجتماع للمجلس`), not an object. A trigger ending in its own
        preposition (`حكم على`) governs the phrase after it, a title before the name included
        (`حكم على الناشط X`: X is sentenced, not the judge)."""
        if t1 > 0 and m.first >= t1 and without_conjunction(self.tokens[t1 - 1].word) in _PREPOSITIONS and \
                t1 - 1 != self._trigger_first and self._right_after(t1, m):
            return True  # (not a one-word trigger read as a verb: `وعبر ماكرون عن غضبه`)
        if not self._governed(m):
            return False
        by_word = m.first > 0 and without_conjunction(self.tokens[m.first - 1].word) in _PREPOSITIONS
        clitics = self.text[self.tokens[m.first].start:m.start]
        if by_word or "ب" in clitics or "ك" in clitics:
            return True
        return not (t1 > 0 and self._noun(t1 - 1) and not self.tokens[t1 - 1].word.endswith(("ه", "ها", "هم", "هما")))

    def _opening_subject_shared(self, t0: int, subjects: list[Mention],
                                mentions: list[Mention]) -> tuple[Mention | None] | None:
        """`واتهمت الحكومة الحركة بتنفيذ الهجوم وتوعدت بملاحقة عناصرها`: a verb joined by `و` with
        its subject dropped shares the subject of the verb its sentence opens with (a party named
        right after that verb, or a subject naming none: `اتهم الرئيس الأمريكي إيران ... وهدد`),
        not the party nearest before it (that verb's object). Only when both verbs agree in gender,
        no `أن`/`إن` or relative pronoun opens another clause between, and the verb does not stand
        right after a party (`الحركة وافقت`: `و` may be the root's own). Returns the shared
        subject (None: it names no party) in a tuple, or None when the rule does not apply."""
        first = self._sentence_first
        nearest = subjects[-1] if subjects else None
        if nearest is None or nearest.last >= t0 or t0 - first < 3 or \
                analyse(self.tokens[t0].word).bare == self.tokens[t0].word or not self._verb(t0):
            return None
        opener = analyse(self.tokens[first].word)
        if not (opener.past_shape or opener.present_strict) or opener.definite or \
                self.triggers.match_at(self.tokens, first, stop=t0) is None and not opener.past_shape:
            return None
        opening = subjects[0]
        named = opening is not nearest and self._right_after(first + 1, opening) and \
            not self._governed(opening)
        head = without_conjunction(self.tokens[first + 1].word)
        unnamed = self._office_head(head) or strip_article(head) in _OFFICIALS or \
            self._unnamed_subject_after(first, first + 1, t0, mentions)
        if not named and (any(m.first <= first + 1 for m in mentions) or not unnamed):
            return None
        if opener.feminine_verb != self._feminine_verb(t0):
            return None  # `اتهمت الحكومة الوزير ... وقال`: the later verb has a subject of its own
        start = opening.last if named else first + 1
        if analyse(self.tokens[t0].word).bare.endswith("نا") or \
                any(c in self.text[self.tokens[start].start:self.tokens[t0].start] for c in "\"«»“”:"):
            return None  # `قال فيه ... وتوصلنا`: words quoted in the first person have a speaker of their own
        between = [without_conjunction(self.tokens[k].word) for k in range(start, t0)]
        if any(w in _COMPLEMENTIZERS or w in _PRONOUN_COMPLEMENTIZERS or w in RELATIVES for w in between):
            return None
        return (opening if named else None,)

    def _clause_opener(self, t0: int) -> bool:
        """The trigger opens a clause of its own: after `حيث`/`بينما`/`فيما`/`ثم`, or joined by
        `و`/`ف` right after punctuation (`..., وأجرى`). Its subject is the actor right after it, or,
        dropped, the subject of the sentence's first clause. A verbal particle joined by `و` after
        punctuation opens the clause for a verb after it not marked for a plural subject (`، وقد
        سانده رئيس الوزراء X`: X is the subject, not the party named before the comma)."""
        if t0 <= self._sentence_first:
            return False
        prev = without_conjunction(self.tokens[t0 - 1].word)
        if self.tokens[t0].joined and (prev in CONNECTIVES or prev in CLAUSE_OPENERS):
            return True
        if self.tokens[t0].joined and prev in _PARTICLES and t0 - 1 > self._sentence_first and \
                self._conjoined_after_break(t0 - 1) and not self.tokens[t0].word.endswith("وا"):
            return True  # (`، وقد هددوا السكان`: a plural verb whose subject, dropped, is the party before)
        return self._conjoined_after_break(t0)

    def _pair_between(self, t1: int, last: int, after: list[Mention], event_type: str):
        """`الاتفاق ... بين إيران ومجموعة الست`: the two parties after `بين` in the trigger's clause;
        a time or a relative clause naming no party may come between (`الاتفاق الذي أبرم في 2015
        بين X وY`), not a party of the act's own (`اتفق X مع Y على ... بين`)."""
        for k in range(t1, min(last, t1 + _PAIR_SPAN)):
            slash = self.text[self.tokens[k - 1].end:self.tokens[k].start].strip() == "/"  # `تموز/يوليو`
            if k > t1 and (not (self.tokens[k].joined or slash) or any(m.first == k for m in after)):
                return None
            if without_conjunction(self.tokens[k].word) == "بين":
                pair = [m for m in after if m.first > k][:2]
                if len(pair) == 2 and pair[0].first == k + 1 and pair[1].first - pair[0].last <= 1 and pair[0].actor != pair[1].actor:
                    return pair[0].actor, pair[1].actor
                if pair and pair[0].first == k + 1 and self._joined_to_unnamed(pair[0], last, after):
                    # `قمة بين ترامب ونظيره الروسي بوتين`: the other named a few words on; `اجتماع بين ماي
                    # ووزرائها`: she meets them, who name no actor
                    other = next((m for m in pair[1:] if m.first - pair[0].last <= _CONJUNCT_NOUN_SPAN and m.actor != pair[0].actor
                                  and all(self.tokens[j].joined for j in range(pair[0].last, m.first + 1))), None)
                    return pair[0].actor, (other.actor if other else None)
                return None
        return None

    def _joined_to_unnamed(self, m: Mention, last: int, after: list[Mention]) -> bool:
        """`بين ماي ووزرائها`: the mention is joined by `و` to a noun that names no actor."""
        k = m.last
        return k < last and self.tokens[k].joined and self.tokens[k].word.startswith("و") and \
            len(self.tokens[k].word) >= 4 and not any(n.first == k for n in after)

    def _coordinated_pair(self, t0: int, before: list[Mention]):
        """`ماكرون ونظيره الإيراني حسن روحاني تحدثا`, `توصل X وزعيم كوريا الشمالية Y الثلاثاء لاتفاق`:
        two actors joined by `و` (the second one's title may come between) right before the trigger
        (a time word may come between)."""
        if len(before) < 2 or t0 - before[-1].last > 1 and \
                not all(self._time_word(k) and self.tokens[k].joined for k in range(before[-1].last, t0)):
            return None  # (`توصل X وY الثلاثاء لاتفاق`: a time word may come between)
        b = before[-1]
        a = before[-2]
        if len(before) >= 3 and a.first > before[-3].last and self._office_head(self.tokens[before[-3].last].word) and \
                self.tokens[before[-3].last].word.startswith("و"):
            a = before[-3]  # `X وزعيم كوريا الشمالية Y`: the body in the second one's title is no party of the pair
        if self._governed_conjunct(a) and not all(self.tokens[k].joined for k in range(b.last, t0 + 1)):
            # `لقاءات مع الحكومة وقيادات الحزب، بجانب مباحثات`: the ones met, not a pair acting (but
            # `دعوة روسيا للأردن والولايات المتحدة إلى مباحثات`: the ones invited talk together)
            return None
        gap = range(a.last, b.first + 1)
        titled = b.first - a.last <= _TITLE_APPOSITION_WORDS + 1 and self._office_head(self.tokens[a.last].word)
        if (b.first - a.last > 2 and not titled) or a.actor == b.actor or \
                not self.tokens[min(gap)].word.startswith("و") or not all(self.tokens[k].joined for k in gap):
            return None  # (`X وزعيم كوريا الشمالية Y`: `و` and the second one's title between)
        return a.actor, b.actor

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
            if r.value in ("agent", "deed") and agent is None:
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

    def _relative_subject_roles(self, t0: int, t1: int, actors: list[Mention], after: list[Mention], event_type: str):
        """The roles of a verb whose relative pronoun is its subject (`_relative_as_subject`): the head,
        if a party (`القوات التي هاجمت X`), does it; the party after the verb, right after it or after
        one preposition (past a construct only for acts of force: `الخطوة التي أثارت غضب بكين`, Beijing
        is angered), undergoes it. None when the rule does not apply, or for a meeting or agreement
        whose parties are named after `بين` (`الاتفاق الذي أبرم في 2015 بين X و Y`: passive)."""
        if not self._relative_as_subject(t0, t1):
            return None
        head = next((m for m in actors if m.last == t0 - 1), None) or self._partitive_head(t0 - 1, actors)
        target = next((m for m in after if head is None or m.actor != head.actor), None)
        object_next = target is not None and (target.first == t1 or target.first == t1 + 1 and
                                              without_conjunction(self.tokens[t1].word) in _PREPOSITIONS)
        if event_type in MUTUAL_TYPES and target is not None and not object_next and \
                any(without_conjunction(self.tokens[k].word) == "بين" for k in range(t1, target.first)):
            return None  # the pair after `بين` is read by the rules for mutual acts
        if target is not None and not object_next and event_type not in FORCE_TYPES:
            target = None
        self._passive = head is None  # no party does it but the head: none carried on from before
        return (head.actor if head else None), (target.actor if target else None)

    def _partitive_head(self, relative: int, actors: list[Mention]) -> Mention | None:
        """`هانت من الوزراء الذين`, `إيران من أوائل الدول التي`: the party named right before a partitive
        `من` whose noun (a word like `أوائل` may come before it) heads the relative clause is one of
        them, the relative clause's subject."""
        for k in (relative - 2, relative - 3):
            if k > self._sentence_first and self.tokens[k].word == "من" and \
                    all(self.tokens[j].joined for j in range(k, relative)):
                return next((m for m in actors if m.last == k), None)
        return None

    def _relative_as_subject(self, t0: int, t1: int) -> bool:
        """`التي استهدفت`, `الذين هاجموا`: a one-word verb trigger right after a relative pronoun,
        carrying no pronoun that resumes the relative's head, in the head's gender and number (`التي`:
        a feminine verb, `الذي`: a masculine one, `الذين`: a plural one): the head is its subject, the
        party after it its object. Not `الذي انسحب منه`, `التي قتل المسلحون زوجها`: a pronoun after the
        verb resumes the head, the verb has a subject of its own."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined or \
                self.tokens[t0 - 1].word not in _NOUN_RELATIVES or self._noun(t0) or self._resumes_relative_head(t0):
            return False
        verb, relative = analyse(self.tokens[t0].word), self.tokens[t0 - 1].word
        return (relative == "التي" and verb.feminine_verb) or (relative == "الذي" and not verb.feminine_verb
                                                             and verb.present_prefix != "ت" and not verb.plural_ending) or \
            (relative == "الذين" and verb.plural_ending)

    def _resumes_relative_head(self, k: int) -> bool:
        """`التي قطعتها`, `الذي يقوده`: the verb after a relative pronoun carries the pronoun that
        resumes the relative's head as its object, so the party after it is its subject; without it
        (`التي استهدفت السفارة`) the head is the subject and the party after is the verb's object."""
        word = without_conjunction(self.tokens[k].word)
        after = self.tokens[k + 1].word if k + 1 < len(self.tokens) else ""  # (`فيه`: its `ف` is no conjunction)
        if after and self.tokens[k + 1].joined and (without_conjunction(after) in PRONOUN_OBJECTS or
                                                    self._preposition_pronoun(after)):
            return True  # `التي نددت بها دمشق`: the pronoun after the verb resumes the head
        return self.tokens[k].joined and len(word) >= 4 and word.endswith(("ه", "ها", "هم", "هما"))

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

    def _pronoun_addressee(self, k: int) -> bool:
        """`إليها`, `له`, `عليه`: a preposition with a third-person pronoun, joined to the word before."""
        word = self.tokens[k].word
        return self.tokens[k].joined and word == without_conjunction(word) and \
            (word in PRONOUN_OBJECTS or preposition_with_pronoun(word, _ADDRESSEE_PREPOSITIONS))

    def _time_word(self, k: int) -> bool:
        """`الأحد`, `صباح`, `أمس`, `فجر` (its `ف` no conjunction), a number: a word of time."""
        word = self.tokens[k].word
        return word in _TIME_WORDS or without_conjunction(word) in _TIME_WORDS or word.isdigit()

    def _time_aside_end(self, k: int, last: int) -> int | None:
        """`، فجر الخميس،`, `، الأحد،`: a time adverbial of a few words set off by punctuation that
        opens at tokens[k]: the index of the word after its closing punctuation, else None."""
        for j in range(k, min(last, k + _TIME_ASIDE_SPAN + 1)):
            if j > k and not self.tokens[j].joined:
                return j
            if not self._time_word(j):
                return None
        return None

    def _reported_clause_start(self, t0: int, mentions: list[Mention]) -> int:
        """The complementizer opening the reported words that hold the trigger (`قالت الوزارة إن
        ثلاثة قتلوا برصاص الجيش`), -1 when there is none: who reports an act is no party of it.
        Not `إنه`/`إنها`, whose pronoun is the speaker (`_speaker_as_subject`)."""
        speaker = self._speaker(t0, self._sentence_first, mentions)
        if speaker is None:
            return -1
        spoken_of = self._spoken_of(t0)  # `إنه لا يوجد مشتبه بهم في هذا الهجوم`: not his act
        return next((k for k in range(t0 - 1, speaker.last - 1, -1)
                     if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS and
                     self.tokens[k].word not in _PRONOUN_COMPLEMENTIZERS or
                     spoken_of and self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), -1)

    def _spoken_of(self, t0: int) -> bool:
        """`هذا الهجوم`, `تلك الاتهامات`: a demonstrative before the trigger points to an act told
        before, one the words speak of, not one the speaker does in them."""
        return t0 > self._sentence_first and without_conjunction(self.tokens[t0 - 1].word) in _DEMONSTRATIVES

    def _joined_after(self, m: Mention, mentions: list[Mention]) -> list[Mention]:
        """`السعودية والإمارات ومصر`: the parties joined one after another to the mention by a `و` of
        their own, with no word or punctuation between."""
        chain, end = [], m.last
        for n in mentions:
            if n.first < end:
                continue
            if n.first != end or not self.tokens[n.first].joined or \
                    "و" not in self.text[self.tokens[n.first].start:n.start]:
                break
            chain.append(n)
            end = n.last
        return chain

    def _reacts_to(self, m: Mention, t0: int, event_type: str) -> bool:
        """The mention is the subject of a verb reacting to the act the trigger names as its object
        (`أدان الاتحاد مقتل صحفي`, `الاتحاد رحب بالاتفاق`, `دعت مصر إلى وقف الهجمات`): the reacting
        verb stands right before the mention or between it and the trigger, and the trigger follows
        it closely, not conjoined (`أدان الهجوم ودعا إلى`: the same subject goes on). The object
        of such a verb may well be the doer (`اتهمت إيران إسرائيل بقصف`): only the actor next to
        the verb counts."""
        word = self.tokens[t0].word
        if without_conjunction(word) != word or self._clause_opener(t0) or \
                not all(self.tokens[k].joined for k in range(m.first + 1, t0 + 1)):
            return False

        def reaction_end(k: int, stop: int) -> int | None:
            t = self.triggers.match_at(self.tokens, k, stop=stop)
            value = trigger_alone(t)
            ok = value is not None and value.event_type in _REACTION_TYPES and value.event_type != event_type
            return t.last if ok else None
        def object_of(end: int) -> bool:  # the trigger is the verb's object, not a setting (`خلال المحادثة`)
            return t0 - end <= 2 and not any(without_conjunction(self.tokens[k].word) in _SETTING_WORDS
                                             for k in range(end, t0))
        for k in range(m.last, t0):
            end = reaction_end(k, t0)
            if end is not None:  # `الاتحاد أدان الغارات` (not `الذين تدعمهم إيران حيث تعهد`)
                return object_of(end) and not any(end <= n.first < t0 for n in self._sentence_mentions)
        if t0 - m.last > 2:
            return False
        # `أدانت السعودية والإمارات الهجوم`: a party joined to the reacting verb's subject reacts with it
        heads = [m, *(p for p in self._sentence_mentions if m in self._joined_after(p, self._sentence_mentions))]
        for head in heads:
            listed = head.first - 2 >= self._sentence_first and self._after_both_of(head.first)
            for k in range(max(self._sentence_first, head.first - 3), head.first):
                # (`أدانت كل من السعودية والإمارات الهجوم`: the list after `كل من` reacts)
                if reaction_end(k, head.first) in (head.first, head.first - 2 if listed else head.first):
                    return object_of(m.last)
        return False

    def _other_act(self, k: int, last: int, event_type: str) -> bool:
        """A trigger of another type opens at tokens[k]: an agent or target word after it belongs
        to that act (`أدان مقتل صحفي برصاص الجيش`: the army shot, the union condemned)."""
        value = trigger_alone(self.triggers.match_at(self.tokens, k, stop=last))
        return value is not None and value.event_type != event_type

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

    def _embedded_clause_start(self, t1: int, end: int, mentions: list[Mention]) -> int:
        """Where a clause embedded after the trigger's object opens: a relative pronoun after a noun
        (`انتهاكه الاتفاق الذي وقعته X`) or a complementizer (`بعد أن`, `مؤكدا أن`), past which the
        parties named are that clause's, not the trigger's object. A relative on the trigger itself
        or its adjectives (`القمة التاريخية التي ستعقد مع X`) tells of that act: its parties stay."""
        inside = {k for m in mentions for k in range(m.first, m.last)}
        for k in range(t1 + 1, end):
            if k in inside or "-" in self.text[self.tokens[k - 1].end:self.tokens[k].start]:
                continue  # (`مون جيه-إن`: a name's `إن`)
            word = without_conjunction(self.tokens[k].word)
            if self.tokens[k].word in _NOUN_RELATIVES:
                own = all(self.tokens[j].word.startswith("ال") and j not in inside for j in range(t1, k))
                if not own:
                    return k
            elif word in _COMPLEMENTIZERS and self.tokens[k].word not in ("كي", "لكي"):
                return k
            elif self.tokens[k].word in ("ما", "مما") and k + 1 < end and not self._noun(k + 1) and \
                    self.tokens[k + 1].word.endswith(("ه", "ها", "هم")) and len(self.tokens[k + 1].word) >= 4:
                return k  # `استهداف القاعدة ما نفته الحكومة`: what the government denied, another act (not
                # `خلال الهجوم وما لحقه من قصف`, a joined phrase of the same clause)
        return end

    def _in_time_setting(self, m: Mention, t0: int) -> bool:
        """`أكد بوتين خلال لقائه الرئيس التركي X دعم بلاده`: the object of a noun in a phrase of time
        (`خلال`, `بعد`, `عقب` + a noun) belongs to that noun's act, not to the trigger before it."""
        j = m.first - 1
        title = next((k for k in range(max(t0 + 1, m.first - _TITLE_APPOSITION_WORDS), m.first)
                      if actor_lexicon().titles.match_at(self.tokens, k, stop=m.first) is not None
                      and actor_lexicon().titles.match_at(self.tokens, k, stop=m.first).last == m.first), None)
        j = title - 1 if title is not None else j  # `خلال لقائه الرئيس التركي X`: a title before the name
        if j - 1 > t0 and without_conjunction(self.tokens[j].word) in _MEETING_PREPOSITIONS:
            j -= 1  # `بعد اجتماعه مع X`
        if j - 1 <= t0 or not all(self.tokens[k].joined for k in range(j, m.first + 1)):
            return False
        if without_conjunction(self.tokens[j - 1].word) not in _TIME_SETTING_WORDS or self.tokens[j].word.startswith("ال"):
            return False
        return self._noun(j) or analyse(self.tokens[j].word).pronoun_suffix != ""

    def _audience(self, m: Mention, event_type: str) -> bool:
        """`دعوى أمام المحكمة العليا`, `استقالته أمام البرلمان`, `بحضور الأمين العام`: the party is the
        audience or venue of the act, no party of it (function_words class event_role_audience_word);
        not for a protest or an attack, done before the party it is against (`تظاهروا أمام السفارة`), nor
        for a meeting, whose audience takes part in it."""
        if event_type == "PROTEST" or event_type in MUTUAL_TYPES or event_type in FORCE_TYPES:
            return False  # (`إحاطة أمام مجلس الأمن`: the council is briefed; `فجر نفسه أمام الوزارة`: it is hit)
        for k in range(m.first - 1, max(m.first - 1 - _TITLE_APPOSITION_WORDS, self._trigger_first), -1):
            if not self.tokens[k + 1].joined:
                return False
            if self.tokens[k].word in _AUDIENCE_WORDS:
                return True  # (`بحضور الأمين العام للأمم المتحدة`: a title between)
        return False

    def _in_setting(self, m: Mention) -> bool:
        """`في فيسبوك`, `عبر تويتر`: where something happened, not who it happened to."""
        return m.first > 0 and self.tokens[m.first - 1].word in _SETTING_PREPOSITIONS and self.tokens[m.first].joined and \
            m.first - 1 != self._trigger_first  # `وعبر ماكرون عن غضبه`: the trigger, a verb
