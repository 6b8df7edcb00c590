"""Claims: attributed statements with their source, channel, cue, content and hedging.

A claim is found from a reporting cue (a verb in any person and tense, a preposition such as
`بحسب` / `وفقا لـ`, or a headline colon). Its source is found by the rules in `speakers.py`; its
channel is `لـ + media` after the source; its content starts at `أن`/`إن`, a colon, a quotation
or the verb's object. `X عن Y قوله` nests Y's claim under X's, and an outlet cited around a claim
(`قال X ...، بحسب ما نقل Y`) becomes its parent.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from operator import attrgetter

from .actor_lexicon import Mention
from .claim_attributions import ClaimAttributionRules
from .claim_base import BUT_WITH_PRONOUN, GOVERNED_PREPOSITIONS, PREPOSITION_VERBS, PREPOSITION_VERB_STEMS, PUBLISHING_VERBS, QUOTE_OPEN, TIME_WORDS, Claim, is_present_verb
from .claim_content import ClaimContentRules
from .claim_cues import _BI_ANNA, _DESCRIBING_VERBS, _FINDING_STEMS, ClaimCueRules, Cue, cue_matcher, hedge_matchers
from .claim_nesting import ClaimNestingRules, descendants
from .claim_sources import ClaimSourceRules
from .claim_state import _CLAUSE_BOUND, _CLAUSE_PUNCT, _COLON, _COMMA, _QUOTE_MARK, _tokens_after, _tokens_opened_by
from .claim_verb_subjects import ClaimVerbSubjects
from .lexicon import word_classes
from .limits import DocumentBudget
from .matching import Token
from .morphology import strip_article, with_conjunctions, without_conjunction
from .speakers import _SOURCE_DOCUMENTS, SpeakerRules
from .text import Normalized

# importable from here, as before the split (extract.py, failure_classes.py, the event role rules, tests)
__all__ = ["Claim", "ClaimFinder", "Cue", "cue_matcher", "hedge_matchers"]

_IMPERSONAL_CUES = word_classes()["impersonal_cue"]
_SAYING_VERBS = word_classes()["claim_saying_verb"]  # verbs of saying that take no noun object
_PUBLISHING_WORDS = with_conjunctions(PUBLISHING_VERBS)  # for a set lookup per token
# ...found in the text as whole tokens (a token is a maximal run of word characters): the
# pattern opens with the words, so the scan skips to their first letters, and a match inside a
# word is dropped after (no whole-token match can start inside it)
_PUBLISHING = re.compile(r"(?:" + "|".join(map(re.escape, sorted(_PUBLISHING_WORDS, key=lambda w: (-len(w), w)))) + r")(?![^\W_])")
_WORD_CHAR = re.compile(r"[^\W_]")
_START = attrgetter("start")
_CUE_AS_NOUN_PHRASES = word_classes()["claim_cue_as_noun_phrase"]  # `أول رد فعل`: a noun phrase, no verb
# `وبحسب الدعوى فإن ...`: the particle that opens the content after a fronted attribution (normalised)
# `الأخير`/`الأخيرة`, the latter: a subject that names the actor mentioned just before
_LATTER_WORDS = word_classes()["latter_word"]
# `عبّر X عن قلقه`, `أعرب X عن أمله`: verbs of expressing, whose statement starts at `عن` after the
# subject (and عبرت, which also means "crossed", reports only then), normalised
# `تحدث X عن`: speaking about — it reports what follows its `عن`, or an `أن` or a quotation
# with no comma before it (`قال إنه تحدث دون تردد، وأن ...` goes on with the outer report), normalised
_SPEAKING_ABOUT = tuple(sorted(word_classes()["speaking_about_verb"]))
_VERB_AFTER_PREPOSITIONS = word_classes()["claim_verb_after_preposition"]  # `منذ أعلنت`: a verb may follow
_PRIVATIVES = word_classes()["claim_privative"]  # `دون ذكر`: what was not said
_SUBJUNCTIVE_PARTICLES = word_classes()["claim_subjunctive_particle"]  # `أن يعلن`: an act to come
_RESUMPTIVE_PRONOUNS = word_classes()["resumptive_pronoun"]  # `فيه`, `فيها`, `فيهم`
_VERB_NEGATORS = word_classes()["claim_verb_negator"]
_AS_WORDS = word_classes()["claim_as_word"]  # `كما قال`
# `توصل/خلص ... إلى أن`: verbs of concluding, whose finding is an `أن` clause; a quotation after their
# `إلى` is what was reached (`توصلت إلى "صيغة" مع`), not a statement (normalised stems, all persons)
_CONCLUDING_STEMS = tuple(sorted(word_classes()["concluding_stem"]))  # for str.startswith
_GOING_ON_STEMS = ("وواصل",)
_EXPRESSING_VERBS = word_classes()["expressing_verb"] | frozenset(_SPEAKING_ABOUT)
# verbal nouns of saying whose agent follows in construct: of speaking (what follows `عن`) and of
# announcing or affirming (their object carries the agent's pronoun), normalised
_SPEAKING_NOUNS = word_classes()["speaking_noun"]
_ANNOUNCING_NOUNS = word_classes()["announcing_noun"]
# `وإذ رأت X أن ...، حذرت`: conjunctions opening a clause of time or circumstance before the main
# clause, and prepositions of time before a verbal noun or `أن` (`غداة تأكيد`, `بعد أن قال`), normalised
_SUBORDINATORS = word_classes()["time_subordinator"]
_TIME_PREPOSITIONS = word_classes()["time_preposition"]
# `أرى أن`, `نرى أن` (normalised): written like the foreign given name `آري`
_FIRST_PERSON_SEEING = word_classes()["first_person_seeing"]
# `وأضاف وهو يتحدث`, `وقالت وهي تبكي`: the pronoun opening a clause of state on the subject (normalised)
_CIRCUMSTANTIAL_PRONOUNS = word_classes()["state_clause_pronoun"]


class ClaimFinder(ClaimVerbSubjects, ClaimAttributionRules, ClaimCueRules, ClaimSourceRules,
                  ClaimNestingRules, ClaimContentRules, SpeakerRules):
    """Finds the claims of a document, sentence by sentence (`find`): the cues of each sentence,
    then the claim of each cue by its kind (the mixins), chained and nested."""
    def __init__(self, tokens: list[Token], norm_text: str,
                 describe: Callable[[int, int], Mention | None] | None = None,
                 budget: DocumentBudget | None = None, original: Normalized | None = None):
        """`describe(first, end)` names the speaker in a subject slot no actor rule matched;
        `budget` bounds the claims of a sentence and the time spent (see `limits.py`);
        `original` maps back to the text as written, where `إن` and `أن` still differ."""
        self.tokens = tokens
        self.original = original
        self.budget = budget if budget is not None else DocumentBudget(len(norm_text))
        self.describe = describe
        self.starts = list(map(_START, tokens))
        self.text = norm_text
        # tokens whose gap before them holds a comma / sentence-internal punctuation, found
        # once per document (the rules ask about gaps hundreds of thousands of times)
        self._comma_list = _tokens_after(_COMMA, norm_text, self.starts)
        self._comma_tokens = frozenset(self._comma_list)
        self._break_tokens = _tokens_after(_CLAUSE_PUNCT, norm_text, self.starts)
        self._clause_bounds = _tokens_after(_CLAUSE_BOUND, norm_text, self.starts)  # (speakers.py)
        self._clause_bound_set = frozenset(self._clause_bounds)
        self._colon_tokens = frozenset(_tokens_after(_COLON, norm_text, self.starts))
        # tokens whose gap before them ends with an opening quote (the first token's gap is
        # empty, and `"" in QUOTE_OPEN`)
        self._quote_tokens = frozenset(_tokens_opened_by(_QUOTE_MARK, norm_text, self.starts))
        self._markers: dict[tuple[int, int], int | None] = {}
        self._publishing_tokens = [bisect.bisect_left(self.starts, m.start()) for m in _PUBLISHING.finditer(norm_text)
                                   if not _WORD_CHAR.match(norm_text, m.start() - 1) or m.start() == 0]
        self.cues = cue_matcher()
        self.cue_first_words = self.cues.first_words  # (`_preposition_before_suffixed`)
        self.complementizers = word_classes()["complementizer"]
        self.prepositions = word_classes()["preposition"]
        self.relatives = word_classes()["relative"]
        self.demonstratives = word_classes()["demonstrative"]
        # `الذي`, `التي`...: not `ما` / `من`, which also negate, ask and mean "from"
        self.relative_pronouns = frozenset(w for w in self.relatives if w.startswith("ال"))
        self.adverbs = word_classes()["adverb"]
        self.last_source: tuple[Mention, tuple[int, int]] | None = None
        self.speakers: list[tuple[Mention, tuple[int, int]]] = []  # earlier speakers, last one last
        self.topics: list[Mention] = []  # the first person named in each earlier sentence
        self.named_before: list[Mention] = []  # the actors named in the last sentences, in text order
        self.in_mention: set[int] = set()  # tokens of the current sentence's actor mentions
        self.inside_mention: set[int] = set()  # the same but each mention's first token
        self.person_starts: set[int] = set()  # the first tokens of its persons' mentions
        self.sentence_speaker: tuple[Mention, tuple[int, int]] | None = None  # who spoke last in it
        # the last speaker only words named (`وقالت الوزارة إن`): its span, and the gender and number
        # of the verb that agreed with it, for a verb with a dropped subject right after (`وأضافت أن`)
        self.last_unnamed: tuple[tuple[int, int], str | None, bool | None] | None = None
        # the same, when that speaker is the last one of the current sentence (`وأوضح الصندوق أن ...،
        # مبينا أن`: the fund, named only by words, goes on in the participle)
        self.sentence_unnamed: tuple[tuple[int, int], str | None, bool | None] | None = None
        self.unnamed_continues = False  # the cue read last has a dropped subject: `last_unnamed` goes on
        self.sentence_idx = 0  # the sentence being read, and the one where `last_unnamed` last spoke
        # the sentence read last and the one before it (first token, end token, headline or not)
        self._this_sentence: tuple[int, int, bool] | None = None
        self.sentence_before: tuple[int, int, bool] | None = None
        self.last_unnamed_at = -2
        # the bodies that spoke through an official (`متحدث باسم X`): the official's gender, by the
        # body mention's start
        self.spokesman_gender: dict[int, str] = {}

    def find(self, first: int, last: int, mentions: list[Mention], is_title: bool = False,
             sentence_idx: int = 0) -> list[Claim]:
        cue_starts = self.cues.starts_in(self.tokens, first, last)
        self.sentence_idx = sentence_idx
        # the sentence before, for an attribution standing as a sentence of its own (`حسب رويترز.`)
        self.sentence_before, self._this_sentence = self._this_sentence, (first, last, is_title)
        publishing = self._publishing_tokens
        if not cue_starts and not is_title and \
                bisect.bisect_left(publishing, first + 2) >= bisect.bisect_left(publishing, last):
            # no cue, no publishing verb, no headline: no claim (most sentences); what the full
            # reading below would do with none is to forget the sentence's speaker and remember
            # its person
            self.sentence_speaker = None
            person = next((m for m in mentions if m.actor.actor_type == "person"), None)
            if person is not None:
                self.topics.append(person)
            self._remember_named(mentions)
            return []
        by_first = {m.first: m for m in mentions}
        by_last = {m.last: m for m in mentions}
        cue_hits = []
        self.in_mention = in_mention = {k for m in mentions for k in range(m.first, m.last)}
        self.inside_mention = {k for m in mentions for k in range(m.first + 1, m.last)}
        self.person_starts = {m.first for m in mentions if m.actor.actor_type == "person"}
        self._markers = {}  # `_content_marker` by (j, stop): it reads the mention sets just set
        skip_to = first
        publishers = []
        for i in cue_starts:
            if i < skip_to:
                continue
            c = None if i in in_mention else self.cues.match_at(self.tokens, i, stop=last)
            publisher = self._publisher(c.first, c.last, first, last, by_first) \
                if c is not None and c.value.kind == "verb" else None
            if publisher is not None:  # `في تصريحات أوردتها وكالة X، قال Y إن`: X publishes Y's statement
                publishers.append(((c.first, c.last), publisher))
                c = None
            if c is not None and c.value.kind != "prep" and not self._verb_prefix_ok(c):
                c = None  # `الحذر`, `بوصفها`: a noun, not the verb
            elif c is not None and c.value.kind == "verb" and i > first and self._word(i - 1) in self.prepositions \
                    and self._word(i - 1) not in _VERB_AFTER_PREPOSITIONS and not self._comma_before(i):
                c = None  # `في إشارة لمصر`, `أمام مضيفه`: a noun in ة after a preposition, not `أشاره` (he pointed
                # it), `مضيفا` (adding); (`منذ أعلنت`, `حتى قال`, `فيما بعد قال`: these may precede a verb)
            elif c is not None and self._finds_nothing_reported(c, first, last):
                c = None  # `الاتفاق الذي توصلت إليه بلاده`, `وجدت نفسها`: what was reached or found, no report
            elif c is not None and i + 1 < last and without_conjunction(self._word(i)) + " " + self._word(i + 1) in _CUE_AS_NOUN_PHRASES:
                c = None  # `في أول رد فعل`: a reaction, a noun, not `رد` (he replied)
            elif c is not None and c.value.kind == "verb" and c.last == i + 1 and self._word(i).endswith("ه") \
                    and self.cues.get(self._word(i)) is None and self.cues.get(without_conjunction(self._word(i))) is None \
                    and [ch for ch in self._written(i) if ch.isalpha()][-1:] != ["ه"]:
                c = None  # `رؤية` (vision), folded like a verb with the pronoun `ه`: its final ه was written as ta
                # marbuta, which ends a noun, never a verb with its object pronoun
            elif c is not None and self._word(i) == "فحسب":
                c = None  # `ليس على X فحسب`: "only", not `حسب` (according to) after `فـ`
            elif c is not None and i > first and self._adjective_participle(i, last):
                c = None  # `حراسة مشددة`, `معلومات مؤكدة`: the noun's adjective, nothing said
            elif c is not None and i > first and without_conjunction(self._word(i - 1)) in _PRIVATIVES:
                c = None  # `دون ذكر الحكومة`, `فضل عدم ذكر اسمه`: a verbal noun of what was not said
            elif c is not None and i > first and self._word(i - 1) in _SUBJUNCTIVE_PARTICLES and is_present_verb(self._word(i)):
                c = None  # `من المرتقب أن يعلن`, `تود أن ترى`: an act to come, nothing reported yet
            elif c is not None and i > first and (self._word(i - 1) in self.relative_pronouns or self._word(i - 1) == "ما") \
                    and self._object_pronoun(i) and not self._describes_referent(i, last):
                c = None  # `الملاحظات التي قالها`, `منتقدا ما وصفه "..."`: the cue refers back to what was said
            elif c is not None and without_conjunction(self._word(i)) in _FIRST_PERSON_SEEING and c.last < last \
                    and self._content_marker(c.last, min(last, c.last + 2)) is None:
                c = None  # `آري هارو` (Ari), a name: `أرى`, `نرى` (I/we think) report only with their `أن` or quotation at once
            elif c is not None and i > first + 1 and self._word(i - 1) in _CIRCUMSTANTIAL_PRONOUNS and is_present_verb(self._word(i)) \
                    and cue_hits and cue_hits[-1].value.kind == "verb" and not cue_hits[-1].value.needs_marker \
                    and not cue_hits[-1].value.hedged and i - 1 - cue_hits[-1].last <= 5 \
                    and not any(self._comma_before(k) for k in range(cue_hits[-1].last, i)):
                c = None  # `وأضاف وهو يتحدث بهدوء "..."`, `وقال البشير وهو يتحدث عن`: how the speaker of the verb
                # just before spoke (a clause of state), not a new report (`ويسمع ترامب وهو يقول "..."` is one, and
                # so is `وأظهرته الشاشات وهو يقول`: `أظهر` reports nothing by itself)
            elif c is not None and c.last < last and self._word(c.last) == "الي" and self._object_pronoun(c.last - 1):
                c = None  # `إضافة إلى`: "in addition to", not `أضافه` (he added it)
            elif c is not None and i > first and (self._gap(i)[-1:] in QUOTE_OPEN or ":" in self._gap(i)):
                c = None  # `وقالت شاهدة: "أعتقد أن ..."`: the speaker's own words, not a new claim
            elif c is not None and c.last < last and self._word(c.last) in ("عليه", "عليها", "عليهم"):
                c = None  # `لافتة كتب عليها "..."`: written on a thing, an inscription, not a report
            elif c is not None and without_conjunction(self._word(i)) in ("يدعي", "تدعي") and not any(
                    self._is_complementizer(self._word(k)) for k in range(c.last, min(last, c.last + 2))):
                c = None  # `يدعى تشارلي`: "is called"; `يدعي` (claims) comes with its `أن`
            if c is not None:
                prev = cue_hits[-1] if cue_hits else None
                if prev is not None and prev.value.kind == "prep" and \
                        (prev.last == c.first or prev.last + 1 == c.first and self._word(prev.last) == "ما"):
                    pass  # `بحسب ما أوردت`, `حسب ما أكده`: the verb belongs to the preposition
                else:
                    cue_hits.append(c)
                skip_to = c.last
        self.budget.check_sentence_cues(len(cue_hits), sentence_idx)
        publishing = self._publishing_tokens  # `في بيان نشرته وكالة X`: publishing, not saying, so no cue
        for k in publishing[bisect.bisect_left(publishing, first + 2):bisect.bisect_left(publishing, last)]:
            publisher = self._publisher(k, k + 1, first, last, by_first)
            if publisher is not None and not any(p is publisher for _, p in publishers):
                publishers.append(((k, k + 1), publisher))
        if publishers:  # the outlet does not say the statement itself: it is no subject of the verb
            outlets = {p.first for _, p in publishers}
            mentions = [m for m in mentions if m.first not in outlets]
            by_first = {m.first: m for m in mentions}
            by_last = {m.last: m for m in mentions}
        receivers = self._receivers(first, last, mentions)
        if receivers:  # `في بيان تلقت وكالة X نسخة منه`: X received the statement, it did not make it
            mentions = [m for m in mentions if m.first not in receivers]
            by_first = {m.first: m for m in mentions}
            by_last = {m.last: m for m in mentions}
        claims: list[Claim] = []
        self.sentence_speaker = None
        self.sentence_unnamed = None
        covered = first  # cue words before this token belong to a claim already read
        for n, c in enumerate(cue_hits):
            # checked per cue: the rules below look back over the sentence's claims and mentions
            self.budget.check_time()
            self.budget.check_sentence_claims(len(claims), sentence_idx)
            if c.first < covered:
                if c.value.kind == "prep" and claims:  # `قال X، بحسب ما نقلت عنه وكالة Y، "..."`
                    claims.extend(self._outlet_between(c, claims[-1], last, by_first))
                continue
            next_cue = next((h.first for h in cue_hits[n + 1:] if h.value.kind == "verb"
                             or h.value.kind == "noun" and c.value.kind != "verb"), last)
            # (`وقال X في بيان "..."`: a statement noun after a verb is the verb's adjunct, not a new cue)
            if c.value.kind == "prep":
                claim = self._prep_claim(c, first, last, by_first)
                if claim is not None and self._restates_own_words(claim, claims):
                    claim = None  # `قال X إن ... على حد قوله`: X's one statement, not X reporting X
                if claim is not None:
                    self._nest_reported(claim, c, claims)
            else:
                claim = self._verb_claim(c, first, last, next_cue, mentions, by_first, by_last)
                if claim is not None and not self._speaks_inside(claim, c, claims):
                    claim = None  # `أن الثقة ... يمكن أن تنهار ليقره قادة`: a verb inside a report with no speaker of its own
            if claim is not None:
                if claim.source is not None and first <= claim.source.first < last and \
                        claim.source.last not in by_last:  # a described speaker is an actor of the sentence
                    mentions = sorted([*mentions, claim.source], key=lambda m: m.first)
                    by_first[claim.source.first], by_last[claim.source.last] = claim.source, claim.source
                covered = self._token_at(claim.content_start)
                claims.append(claim)
                quoted = descendants(claim)
                claims.extend(ch for ch in quoted if not any(ch is x for x in claims))
                speaker = quoted[-1] if quoted else claim  # `نقل X عن Y ...، مشيرا`: Y goes on
                embedded = any(p.content_start <= claim.cue_start < p.content_end for p in claims if p is not claim)
                nominal = c.value.kind == "noun" and without_conjunction(self._word(c.first)) != "في" and not any(
                    self._is_complementizer(self._word(k)) for k in (self._token_at(claim.content_start),))
                if speaker.source is not None and not embedded and not nominal:
                    # (a cue quoted inside a claim is not the next speaker, nor the agent of `إعلان X استعداده`)
                    self.last_source = (speaker.source, speaker.source_span)  # who speaks next, if unnamed
                    self.sentence_speaker = self.last_source
                    self.speakers.append(self.last_source)
                    self.last_unnamed = self.sentence_unnamed = None
                elif speaker.source_span is not None and not embedded and c.value.kind == "verb" \
                        and self._names_a_speaker(speaker.source_span):
                    # (a verb before its subject is singular whatever the subject's number: `وقال أبناؤه`)
                    before = speaker.source_span[0] < self.tokens[c.first].start
                    self.last_unnamed = (speaker.source_span, self._cue_gender(c.first),
                                         self._plural_verb(c.first) if before else None)
                    self.sentence_unnamed = self.last_unnamed
                    self.last_unnamed_at = sentence_idx
                    self.sentence_speaker = None  # (the words spoke last: a participle after them is theirs)
        if is_title and not claims:
            claims.extend(self._headline_claim(first, last, by_first))
        for cue, outlet in publishers:
            claims.extend(self._published(cue, outlet, claims))
        claims = _attributed(claims)
        self.budget.check_sentence_claims(len(claims), sentence_idx)
        for claim in claims:
            self._cap_content(claim)
            if claim.source is not None and claim.source_span is not None and self._thing_speaker(claim.source):
                # `وقالت الدراسة إن ... . وأضافت أن`: the claims and their source text stay, and the thing
                # still goes on speaking (no one else is its dropped subject), but no actor is made of it
                claim.source = None
        person = next((m for m in mentions if m.actor.actor_type == "person"), None)
        if person is not None:
            self.topics.append(person)
        self._remember_named(mentions)
        return claims

    def _remember_named(self, mentions: list[Mention]) -> None:
        """Keep the actors a sentence named for `الأخير` (the latter) in the next ones."""
        self.named_before = (self.named_before + [m for m in mentions if not m.place])[-12:]

    def _verb_claim(self, c, first, last, next_cue, mentions, by_first, by_last) -> Claim | None:
        if self._attributes_before(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first)  # `...، كما أعلن نائب الرئيس X.`
        if c.first - 1 > first and self._word(c.first - 1) in _AS_WORDS and self._content_marker(c.last, last) is None:
            trailing = self._trailing_claim(c, first, last, by_first)
            if trailing is not None:
                return trailing  # `وشوهدت سيارات محروقة كما قالت فرق الإطفاء.`: no comma, the source ends it
        if self._parenthetical_verb(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `...، يقول الخبراء.`
        if self._after_fronted_quotation(c.first, first):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `"نحن مستعدون"، قال X.`
        if c.first - 1 > first + 1 and self._word(c.first - 1) in ("هكذا", "وهكذا") \
                and (self._after_fronted_quotation(c.first - 1, first) or self._comma_before(c.first - 1)):
            return self._trailing_claim(c, first, last, by_first, end=c.first - 1)  # `"..."، هكذا قال X.`
        speakers, speakers_first, speakers_last = self._before_opened_words(c, last, mentions, by_first, by_last)
        source, after_source = self._verb_source(c, first, last, speakers, speakers_first, speakers_last)
        source, after_source = self._named_after(source, after_source, last, speakers_first)
        accused = self._object_before_bi(c, source, last) if source is not None else None
        accuser_words = accused if accused is not None and accused[0] < accused[1] else None
        if accused is not None:  # `التي تتهم فرنسا بانتهاك`: France is accused; who accuses stands before
            # (or the words between the verb and the accused: `وتتهم المنظمة الحكومة بأنها`)
            source, after_source = None if accuser_words else self._accuser_before(c, first, mentions), source.first
        apposed_to = self._name_before_title(c, source)
        if apposed_to is not None:  # `قال ماركو روسي، المدير الفني لنادي روما إن`: Rome is in the title
            source = None
        titled = None
        if source is None:
            titled = self._titled_subject(c.last, last, mentions) or self._phrase_before_object(c, last, by_first)
        if titled is None and source is None:
            titled = self._subject_before_object(c, last, by_first) or self._phrase_before_verb(c, first, by_first) \
                or self._holder_after_title(c, last, by_first)
        if titled is not None:  # (a subject before the verb: what it says starts after the verb)
            source, after_source = titled, max(titled.last, c.last)
        subject = self._subject_before_described_object(c, source, last)
        if subject is not None:  # `ووصف الرئيس الأمريكي إعلان كوريا الشمالية بأنه`: North Korea is in the object
            source, after_source = subject, subject.last
        relative_span = None
        relative = self._subject_before_relative(c, last)
        if relative is not None and (source is None or source.first > relative):
            # `وأضاف مدير المستشفى الذي يعالج فيه الرئيس X أن`: the phrase the relative clause describes is
            # the subject; a name inside the clause is not (nor is the speaker remembered from before)
            source = self.describe(c.last, relative) if self.describe is not None else None
            if source is not None and source.last != relative:
                source = None
            relative_span = None if source is not None else (self.tokens[c.last].start, self.tokens[relative - 1].end)
            after_source = relative
            clause_end = self._content_marker(relative + 1, last)
            if clause_end is not None and next_cue < clause_end:  # (`الذي كان يتحدث ...`: the clause's verbs report nothing)
                next_cue = next((k for k in self.cues.starts_in(self.tokens, clause_end, last)
                                 if self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        in_which = self._statement_in_which(c, first, last, mentions)
        if in_which is not None:  # `أصدر X بيانا أكد فيه ...`: X, who issued the statement, says it
            source, after_source = in_which, c.last + 1
        adjacent = source is not None and (source.first == c.last or source.last == c.first or in_which is not None
                                           or source.first == c.last + 1 and self._word(c.last) in _RESUMPTIVE_PRONOUNS
                                           or source is self._pluperfect_subject(c.first, first, by_last)
                                           or source is self._apposed_subject(c.last, last, mentions)
                                           or source is self._official_of(c.last, last, by_first)
                                           or source is titled)
        channel, after_source = self._channel(after_source, last, by_first)
        relative_end = self._relative_clause_end(after_source, last) if source is not None else None
        if relative_end is not None:  # `وقال X، الذي كان يتحدث في البرلمان، إن`: the clause describes X;
            after_source = relative_end  # its verbs report nothing, the `إن` after it is X's
            if next_cue < relative_end:
                next_cue = next((k for k in self.cues.starts_in(self.tokens, relative_end, last)
                                 if self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        span = (source.start, source.end) if source is not None else None
        if source is not None and self.tokens[source.first].bare in _LATTER_WORDS:
            span = self._antecedent_span(source, mentions) or span
        if apposed_to is not None:
            span = apposed_to
        elif accuser_words is not None and source is None:
            span = accuser_words  # `وتتهم المنظمة الحكومة بأنها`: the words before the accused name the speaker
        elif accused is not None and source is None:
            span = self._unnamed_goes_on(c, first)  # `. واتهم الحزب بالتآمر`: the speaker named only by words goes on
        elif relative_span is not None and source is None:
            span = relative_span
        elif source is None and self.unnamed_continues and not (c.last < last and self._speaker_slot(c.last)):
            span = self._unnamed_goes_on(c, first)  # `. ووصف الهجوم بأنه`: the object follows, the speaker goes on
        elif source is None and in_which is None:
            unnamed = self._subject_slot_words(c, first, last, after_source)
            if unnamed is not None:  # `وقالت يوليا إنها`, `لكن يونايتد أكد أن`: the words that name the speaker
                span, after_source = unnamed
        if source is None and span is None and in_which is None:
            span = self._unnamed_speaker_of_participle(c, first) \
                or self._coordinated_unnamed_subject(c, first)  # `وأوضح الصندوق أن ...، مبينا أن`, `وهون الخبراء ... وتوقعوا أن`
        chain = []  # `نقلت X عن Y عن Z قوله إن`: who each source quotes, outermost first
        by_pronoun = self._quoted_by_pronoun(c, after_source, source, first, last, mentions)
        if by_pronoun is not None:  # `ونقلت وكالة X عنه قوله`: he, named before, is quoted
            chain.append(by_pronoun[0])
            after_source = by_pronoun[1]
        quoted_words = None  # `ونقلت رويترز عن تجار أن`: whom the source quotes, named by words no rule knows
        while len(chain) < 3:
            naqlan = after_source + 1 < last and self._word(after_source) == "نقلا"
            at = after_source + 1 if naqlan else after_source
            passes_on = at < last and self._word(at) == "عن" and (naqlan or chain or self._transmits(c.first))
            quoted = self._quoted_source(at + 1, last, by_first) if passes_on else None
            if quoted is None:
                quoted_words = self._quoted_words(at + 1, last) if passes_on else None
                if quoted_words is not None:
                    after_source = quoted_words[1]
                break
            chain.append(quoted)
            after_source = quoted.last
            if after_source < last and self._word(after_source).startswith("قول"):
                after_source += 1
        after_source = self._after_set_off_attribution(after_source, last)  # `وأضاف X، وفق وكالة Y، "..."`
        bound = next_cue if after_source < next_cue < last or after_source == next_cue < last and self._is_participle(next_cue) \
            and not self._comma_before(next_cue) else last  # (`في تغريدة إلى أعضاء الكونغرس قائلا`: the participle's statement)
        marker = self._content_marker(after_source, bound)
        if marker is None:
            marker = self._marker_after_long_adjunct(after_source, bound)
        if marker is None and after_source < next_cue < last and next_cue - after_source <= 2:
            marker, next_cue = self._reported_by_object(after_source, next_cue, last)
        if marker is None and after_source <= next_cue < last and self._word(next_cue).startswith("قايل") \
                and next_cue - after_source <= 6:
            return None  # `وعلق X على القرار قائلا إن`: one statement, the participle's
        if not chain and self._moves_someone(c, after_source, marker, last):
            return None  # `ونقل المصابون إلى المستشفى`, `تم نقل ثلاثة مهاجرين`: carried, not passed on
        noun_object = self._verbal_noun_object(c, source, after_source, next_cue) \
            if c.value.kind == "noun" and marker is None else None
        if noun_object is not None:  # `تصريح الوزير عن انفتاحهم`, `إعلان الرئيس استعداده`
            after_source = noun_object
        elif c.value.kind == "noun" and (marker is None or marker - after_source > 2
                                       or source is not None and source.first >= next_cue
                                       or any(self._comma_before(k) for k in range(after_source, marker) if k > c.last)):
            return None  # `في بيان` opens a claim only when the statement follows at once
            # (`فند X تصريحات Y، واصفا كلامها بأنه`: a comma ends the noun's phrase; the participle reports;
            # `وتعود مزاعم الفساد إلى ...، ويقول سكان إن`: a speaker after the next verb is that verb's)
        if c.value.kind == "noun" and noun_object is None and without_conjunction(self._word(c.first)) != "في" \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `بعد إعلان الجيش أن`; but `اعتبر X تصريحات Y "غير مقبولة"`: the noun is an object
        if marker is not None and c.value.needs_marker and not self._is_complementizer(self._word(marker)) \
                and ":" not in self._gap(marker) and self._quote_after_a_clause(after_source, marker, last, by_first):
            marker = None  # `سفينة تنقل مهاجرين، وهي الإيطالية "داتيلو"`: not what an action verb reports
        verb_word = without_conjunction(self._word(c.first))
        # (`ووجدت الدراسة أن`: a study, a survey, a title or a body no rule named, right after the verb)
        finder_words = source is None and marker is not None and c.last < marker and self._speaker_slot(c.last)
        if (verb_word.startswith(_FINDING_STEMS) or self._word(c.first).startswith(_FINDING_STEMS)) and not (
                marker is not None and (source is not None and c.last <= source.first < marker or finder_words)
                and not (c.first > first and without_conjunction(self._word(c.first - 1)) in _VERB_NEGATORS)):
            return None  # `ووجد المحققون أن`: who found it stands between the verb and its `أن`
            # (not `فوجدت أن` after a study, which no one says)
        if self._word(c.first).startswith(_GOING_ON_STEMS) and (marker is None or marker - c.last > 3
                                                     or self._is_complementizer(self._word(marker))):
            return None  # `وواصل: "..."`, `وواصل المدرب: "..."`; not `واصلت الفرقة مع أغنية "..."`
        if marker is not None and verb_word.startswith(_CONCLUDING_STEMS) and not self._is_complementizer(self._word(marker)):
            marker = None  # `وتوصلت إلى "صيغة" مع`: the thing reached, no finding reported
        if marker is None and source is not None and after_source < last and verb_word in _EXPRESSING_VERBS:
            # `وأعرب X في اتصال هاتفي مع نظيره عن قلقه`: where or when it was said comes before the
            # `عن` of what was expressed (not for `على`/`إلى`, which also follow an object: `فرض رسوم على`)
            governed = self._governed_after_adjunct(after_source, last, ("عن",))
            if governed is not None:
                after_source = governed
        elif marker is None and source is not None and after_source < last \
                and self._word(after_source) not in GOVERNED_PREPOSITIONS and verb_word.startswith(PREPOSITION_VERB_STEMS):
            # `وشدد X خلال لقائه بالسفير على ضرورة`, `وأشارت X المتحدثة باسم Y إلى سقوط`: the adjunct or
            # title before the preposition this verb always governs is not what was said
            preposition = next(p for stem, p in PREPOSITION_VERBS.items() if verb_word.startswith(stem))
            governed = self._governed_after_adjunct(after_source, last, (preposition,))
            if governed is not None:
                after_source = governed
        expresses = after_source < last and self._word(after_source) == "عن" and verb_word in _EXPRESSING_VERBS
        if expresses:
            marker = None  # `عبرت X عن صدمتها من أن ...`: what she expressed starts at `عن`
        if not expresses and without_conjunction(self._word(c.first)) in _SPEAKING_ABOUT \
                and (marker is None or any(self._comma_before(k) for k in range(c.last, marker + 1))):
            return None  # (`تحدث الخميس عن أن`, `تحدث لقناة X "..."`: what was said follows at once)
        estimates = marker is None and self._estimate_of(c, after_source, last)
        acknowledges = marker is None and (source is not None or span is not None) and self._acknowledges(c, after_source, last)
        if marker is None and c.value.needs_marker and not expresses and not estimates and not acknowledges:
            return None  # `وردت إسرائيل بغارات`: an action, not a statement (`عبرت X عن قلقها` is one)
        if c.value.needs_marker and marker is not None and self._thing_as_subject(c, source, marker):
            return None  # `وأظهرت لقطات فيديو أن`: a thing shows it, no one says it
        if source is not None and marker is not None and source.last <= c.first and c.last < marker \
                and strip_article(self._word(c.last)) in _SOURCE_DOCUMENTS:
            slot = self._subject_slot_words(c, first, last, c.last)
            if slot is not None:  # `. وخلصت الدراسة إلى أن`: the study in the subject slot states it,
                source, span = None, slot[0]  # not the speaker of the sentence before
        if c.value.needs_marker and not expresses and self._is_participle(c.first) and not self._comma_before(c.first) \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `ورفعت لافتة كتب عليها "..."`: a noun (a banner), not the participle `، لافتة إلى`
        if marker is None and c.first > first and without_conjunction(self._word(c.first - 1)) in _VERB_NEGATORS:
            return None  # `ولم تعلق كوريا على الأمر`, `لم تؤكد هذا العرض`: nothing was said
        if marker == c.last and without_conjunction(self._word(c.first)) in _IMPERSONAL_CUES:
            return None  # `ويذكر أن`: the writer's own aside, attributed to no one
        if marker == c.last and self._impersonal_opinion(c, first):
            return None  # `ويتوقع أن تتجاوز التكلفة ...`: it is expected; the last speaker does not say it
        if source is not None and self.last_source is not None and source is self.last_source[0]:
            span = self.last_source[1]
        # `وأشار البيان إلى`, `وأعلنت لجنة حكومية الأربعاء رفضها`: a subject slot no rule named, headed
        # by a title, a body or a statement (not `ونقل الفتى إلى المستشفى`), then the object
        slot_then_object = source is None and span is not None and marker is None and after_source < last \
            and (self._speaker_slot(self._token_at(span[0])) or self._name_before_own_preposition(c, span, after_source)) \
            and not self._transmits(c.first) \
            and (self._word(after_source) in GOVERNED_PREPOSITIONS or self._word(after_source) in TIME_WORDS
                 or self.tokens[after_source].bare in TIME_WORDS
                 or after_source == self._token_at(span[0]) + 1 and self._bare_head_then_object(c, after_source - 1, last))
        # `، معربة عن أملها`, `. وأعرب عن أمله`: the speaker named only by words goes on
        unnamed_goes_on = source is None and span is not None and (self._is_participle(c.first) or accused is not None or self.unnamed_continues
                                                                   and after_source < last and self._word(after_source) in GOVERNED_PREPOSITIONS)
        if marker is None and not slot_then_object and not unnamed_goes_on and (source is None or not (adjacent or self._is_participle(c.first) or self._tells_whom(c.first)
                                                      or self._speaker_goes_on(c, first, source)
                                                      or expresses and source.last == after_source)):
            return None  # a cue word with neither a source beside it nor reported content
        if marker is not None and without_conjunction(self._word(c.first)) in _SAYING_VERBS and c.last == c.first + 1:
            start = marker  # `وقال كريم بوسعدة من معهد X "..."`: no object; the words before the quotation name the speaker
        elif marker is not None:
            start = self._object_start(after_source, marker)
        else:
            after_title = self._past_bare_title(after_source, last, source, by_first)  # `أعلن X زعيم كوريا الشمالية وقف`
            start = self._after_date_adjunct(self._past_statement_adjunct(self._after_apposition(after_title, last), last, by_first), last)
            if start >= last or self._word(start) not in GOVERNED_PREPOSITIONS:
                start = self._after_adverbial(start, last)  # (`حذر من الفوضى، ...`: the governed `من`, no adverbial)
            start = self._skip_particles(start, last)
            if self._considered(c, start, last):
                return None  # `ويعتبر داسو من أبرز مصنعي الطائرات`: he is considered so, no one says it
        # (`أعلن X في غزة الجمعة، مقتل`, `ونبهت في بيان صدر عنها من الانعكاسات`)
        if marker is not None and start == marker and after_source < marker <= after_source + 4 \
                and self._word(marker) in _BI_ANNA and (self._word(c.first) in _DESCRIBING_VERBS or without_conjunction(self._word(c.first)) in _DESCRIBING_VERBS) \
                and not any(self._comma_before(k) for k in range(after_source + 1, marker + 1)):
            start = after_source  # `وصف الهجوم بأنه إرهابي`: what is described is part of the statement
        end_tok = next_cue if start < next_cue < last and not self._inside_quotation(start, next_cue) and (
            self._word(next_cue).startswith("و") or (self._is_participle(next_cue) and "،" in self._gap(next_cue))
            or marker is None and self._comma_before(next_cue)) else last  # `...، مضيفا أن`
        # (`وإذ حذر X من الفوضى، أكد أنه`: a noun phrase reported, then the main verb after a comma)
        if start < next_cue - 1 < last and self._word(next_cue - 1) in BUT_WITH_PRONOUN:
            end_tok = next_cue - 1  # `...، لكنها أكدت أن`: her next statement
        if start < next_cue - 1 < last and self._word(next_cue - 1) in ("كما", "وكما") and self._comma_before(next_cue - 1) \
                and self._content_marker(next_cue, last) is not None:
            end_tok = next_cue - 1  # `...، كما أشار إلى أن`: a further statement of the same speaker
        if end_tok == last and start < next_cue < last:
            end_tok = self._clause_before(start, next_cue) or last  # `...، حيث قالت مصادر إن`
        if end_tok == last and start < next_cue < last and self._subordinate_report(c, first, next_cue):
            end_tok = next_cue  # `وإذ رأت الوكالة أن ...، حذرت بأن`: the main clause's verb says the next thing
        end_tok = self._contrast_clause(start, end_tok) or end_tok  # `...، فيما تواصل القتال`
        end_tok = self._writers_gloss(start, end_tok) or end_tok  # `...، في إشارة إلى`
        if start >= end_tok or self._word(start) in self.relative_pronouns:
            return None  # (`قال X الذي يقول ...`: the relative clause belongs to the next cue)
        if source is None and span is None and marker is not None:
            span = self._unnamed_goes_on(c, first)
        if source is None and span is None and self._is_participle(c.first):
            return None  # a participle shares its sentence's subject: with none found, no one is known to say it
        content = self._span(start, end_tok)
        hedged = c.value.hedged or self._hedged(c.first, end_tok)
        claim = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *content,
                      source, span, channel, hedged)
        parent = claim
        for quoted in chain:
            child = Claim(claim.cue_start, claim.cue_end, *content, quoted, (quoted.start, quoted.end),
                          None, hedged, parent=parent)
            parent.children.append(child)
            parent = child
        if quoted_words is not None:
            words = self._span(*quoted_words)
            parent.children.append(Claim(claim.cue_start, claim.cue_end, *content, None, words, None, hedged, parent=parent))
        return claim

    def _after_set_off_attribution(self, j: int, last: int) -> int:
        """`وأضاف X، وفق وكالة Y، "..."`, `وقال X، بحسب ما نقلت عنه Y، إن`: an attribution set off by
        commas between the speaker and the words said names who passed them on (the preposition's own
        claim nests the speaker's under it); the words said start after its closing comma. The token
        after that comma, else j."""
        if j >= last or not self._comma_before(j):
            return j
        cue = self.cues.match_at(self.tokens, j, stop=last)
        if cue is None or cue.value.kind != "prep":
            return j
        for k in range(cue.last + 1, min(last, cue.last + 10)):
            if self._break_before(k) or self._is_complementizer(self._word(k)):
                return j
            if self._comma_before(k) or ":" in self._gap(k):  # (`، حسب "آس": "..."`)
                return k
        return j

    def _subordinate_report(self, c, first: int, main: int) -> bool:
        """`وإذ رأت X أن ...، حذرت بأن`, `غداة تأكيد X أن ...، أعلن Y أن`, `بعد أن قال X إن ...، أكد
        Y`: a report inside a clause of time or circumstance (`إذ`, `عندما`, `بعدما`, `بعد أن`; a
        verbal noun after `غداة`, `عقب`, `بعد`) ends at the comma before the main clause's verb of
        saying (no `و` on it, not a participle, outside any quotation)."""
        if c.first <= first or not self._comma_before(main) or self._word(main)[:1] in "وف" or self._is_participle(main):
            return False
        before = without_conjunction(self._word(c.first - 1))
        opened = before in _SUBORDINATORS or c.value.kind == "noun" and before in _TIME_PREPOSITIONS \
            or before == "ان" and c.first - 1 > first and without_conjunction(self._word(c.first - 2)) in _TIME_PREPOSITIONS
        main_cue = self.cues.match_at(self.tokens, main, stop=len(self.tokens))
        if not opened or main_cue is None or main_cue.value.kind != "verb" or main_cue.last >= len(self.tokens):
            return False
        # the main verb names its own subject (`، أعلن البيت الأزرق أن`): a verb whose `أن` or
        # adjunct follows at once may be the reported clause's own predicate (`قال مسؤولون إن عدا
        # سريعا للأصوات، بعد الانتخابات، أكد أن ...`)
        subject = main_cue.last
        word = self._word(subject)
        return not (self._is_complementizer(word) or self._is_preposition(word) or word in TIME_WORDS
                    or ":" in self._gap(subject) or self._gap(subject)[-1:] in QUOTE_OPEN) \
            and not self._inside_quotation(c.last, main)

    def _verbal_noun_object(self, c, source, after: int, stop: int) -> int | None:
        """`بالإضافة إلى تصريح وزير الخارجية عن انفتاحهم`, `بعد إعلان الرئيس استعداده للقاء`: a
        verbal noun of saying with its agent named right after it in construct, then what was said —
        `عن` + a noun after a noun of speaking, or a noun carrying the agent's pronoun after one of
        announcing or affirming. The token where the content starts."""
        if source is None or source.first != c.last or after >= stop or self._comma_before(after):
            return None
        noun = strip_article(without_conjunction(self._word(c.first)))
        word = self._word(after)
        if after + 1 >= stop or self._clause_break(after + 1, after + 1) or self._comma_before(after + 1):
            return None  # (`قبل إعلان ترامب قراره.`: one word, a thing announced, no statement)
        if noun in _SPEAKING_NOUNS and word == "عن" and self._word(after + 1).isalpha():
            return after
        if noun in _ANNOUNCING_NOUNS and len(word) >= 5 and word.endswith(("ه", "ها", "هم")) \
                and not word.startswith("ال") and not is_present_verb(word) and not self._is_preposition(word) \
                and after not in self.in_mention:
            return after  # (`استعداده`, `رفضها`: a noun carrying the agent's pronoun)
        return None


def _attributed(claims: list[Claim]) -> list[Claim]:
    """A report with no source of its own that passes on another's words (the passive `ونُقل عن
    X قوله إن`) is X's claim: it is dropped and its child takes its place in the chain."""
    kept = []
    for claim in claims:
        if claim.source is not None or claim.source_span is not None or not claim.children:
            kept.append(claim)
            continue
        for child in claim.children:
            if child.parent is claim:
                child.parent = claim.parent
                if claim.parent is not None:
                    claim.parent.children.append(child)
        if claim.parent is not None:
            claim.parent.children = [ch for ch in claim.parent.children if ch is not claim]
    return kept
