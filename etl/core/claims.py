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

from .actor_lexicon import Mention, actor_lexicon
from .claim_base import BUT_WITH_PRONOUN, GOVERNED_PREPOSITIONS, PREPOSITION_VERBS, PREPOSITION_VERB_STEMS, PUBLISHING_VERBS, QUOTE_OPEN, TIME_WORDS, Claim, is_present_verb
from .claim_content import ClaimContentRules
from .claim_cues import _BI_ANNA, _DESCRIBING_VERBS, _FINDING_STEMS, ClaimCueRules, Cue, cue_matcher, hedge_matchers
from .claim_nesting import ClaimNestingRules, descendants
from .claim_sources import _ATTRIBUTION_PUBLISHING, ClaimSourceRules
from .claim_state import _CLAUSE_BOUND, _CLAUSE_PUNCT, _COLON, _COMMA, _QUOTE_MARK, _tokens_after, _tokens_opened_by
from .lexicon import word_classes
from .limits import DocumentBudget
from .matching import Token
from .morphology import strip_article, with_conjunctions, without_conjunction
from .speakers import _ANAPHORIC_SOURCES, _OFFICIALS, _SOURCE_DOCUMENTS, SpeakerRules
from .text import Normalized

# importable from here, as before the split (extract.py, failure_classes.py, the event role rules, tests)
__all__ = ["Claim", "ClaimFinder", "Cue", "cue_matcher", "hedge_matchers"]

_IMPERSONAL_CUES = word_classes()["impersonal_cue"]
_SAYING_VERBS = word_classes()["claim_saying_verb"]  # verbs of saying that take no noun object
_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`
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
_FRONTED_CONTENT_OPENERS = word_classes()["fronted_content_opener"]
# `وحسب القانون الألماني فإن`: a law, a constitution, an agreement or a ruling is the basis of a rule,
# not a speaker (normalised, without the article)
_LEGAL_BASES = word_classes()["legal_basis_noun"]
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
_CONDITIONAL_OPENERS = word_classes()["claim_conditional_opener"]  # main clause opens with `فإن`
_LAM_GOVERNING_ADVERBS = word_classes()["claim_lam_governing_adverb"]  # `وفقا لـ`, `طبقا لـ`
# `توصل/خلص ... إلى أن`: verbs of concluding, whose finding is an `أن` clause; a quotation after their
# `إلى` is what was reached (`توصلت إلى "صيغة" مع`), not a statement (normalised stems, all persons)
_CONCLUDING_STEMS = tuple(sorted(word_classes()["concluding_stem"]))  # for str.startswith
_GOING_ON_STEMS = ("وواصل",)
# `وصف X Y بأنه`, `اتهم X Y بأنه`: verbs whose object comes before `بأن` (normalised stems)
_OBJECT_BEFORE_BI_ANNA = tuple(sorted(word_classes()["object_before_bi_anna"]))
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


class ClaimFinder(ClaimCueRules, ClaimSourceRules, ClaimNestingRules, ClaimContentRules,
                  SpeakerRules):
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

    def _before_opened_words(self, c, last: int, mentions: list[Mention], by_first, by_last):
        """`وأضاف: "سأتحدث مع ترامب"`: a colon, or an opening quotation, right after the verb opens
        the words said; an actor named inside them is no speaker of the verb (a name quoted right
        after the verb may be: `وقال "حزب X" إن`). The mentions (and their indexes) the speaker
        rules may read."""
        if c.last >= last:
            return mentions, by_first, by_last
        gap = self._gap(c.last)
        inside = c.last if ":" in gap else c.last + 1 if gap[-1:] in QUOTE_OPEN else None
        if inside is None or not any(m.first >= inside for m in mentions):
            return mentions, by_first, by_last
        kept = [m for m in mentions if m.first < inside]
        return kept, {m.first: m for m in kept}, {m.last: m for m in kept}

    @staticmethod
    def _antecedent_span(source: Mention, mentions: list[Mention]) -> tuple[int, int] | None:
        """`عرضت موسكو على الأسد ...، لكن الأخير رفض وأكد قدرته`: `الأخير` refers back; the source
        text is the name it refers to, the nearest earlier mention of the same actor in the sentence."""
        before = [m for m in mentions if m.actor is source.actor and m.last <= source.first]
        return (before[-1].start, before[-1].end) if before else None

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

    def _subject_before_described_object(self, c, source: Mention | None, last: int) -> Mention | None:
        """`ووصف الرئيس الأمريكي إعلان كوريا الشمالية بأنه`, `واتهم الوزير حكومة X بأنها`: a verb whose
        object comes before `بأن`, a title or a body's head right after it, then the object in which the
        source found stands: the title's phrase is the subject (a bare title, the person of its kind
        who spoke last). A person named after the title is the title's holder (`اعتبرها رئيس الاتحاد
        (فيفا) X`), not in the object."""
        j = c.last
        if source is None or source.actor.actor_type == "person" or source.first <= j + 1 or j in self.in_mention \
                or self._comma_before(j) \
                or not without_conjunction(self._word(c.first)).startswith(_OBJECT_BEFORE_BI_ANNA) \
                or not self._speaker_head(j) or any(self._comma_before(k) for k in range(j + 1, source.first + 1)):
            return None
        phrase = self._noun_phrase_at(j, source.first) or self._bare_title_at(j, source.first, reaches=True)
        return phrase if phrase is not None and phrase.last < source.first else None

    def _subject_before_relative(self, c, last: int) -> int | None:
        """`وتقول الشركة التي تنتج الأجهزة إنها`, `وأضاف مدير المستشفى الذي يعالج فيه X أن`: a verb
        of saying with a conjunction, then one to three words headed by a title, a body or a definite
        noun, then a relative pronoun with no comma between, and a content marker after the clause:
        the token index of the relative pronoun."""
        j = c.last
        word = self._word(c.first)
        if c.value.kind != "verb" or self._is_participle(c.first) or word[:1] not in "وف" or j + 1 >= last:
            return None
        head = self._word(j)
        if not (self._speaker_slot(j) or head.startswith("ال") and head not in TIME_WORDS and self.tokens[j].bare not in TIME_WORDS) \
                or self._is_preposition(head) or head in self.relatives:
            return None
        for k in range(j + 1, min(last, j + 4)):
            if self._comma_before(k) or not self._word(k - 1).isalpha() or self._is_complementizer(self._word(k)):
                return None
            if self._word(k) in self.relative_pronouns:
                marker = self._content_marker(k + 1, last) if k + 1 < last else None
                # (or a quotation opening right after the comma that closes the clause: `وتابع الرئيس الذي
                # كان يتحدث بعد القمة، "..."`; not a colon after more words: `مدير الحملة التي نظمت القافلة،
                # X، بخصوص ...: "..."` names its speaker after the clause)
                return k if marker is not None and (self._is_complementizer(self._word(marker)) or marker > k + 2
                                                    and self._comma_before(marker) and self._gap(marker)[-1:] in QUOTE_OPEN) else None
        return None

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

    def _trailing_claim(self, c, first: int, last: int, by_first, end: int | None = None) -> Claim | None:
        source = self._source_after_verb(c.last, last, by_first)
        named = by_first.get(source.last) if source is not None and source.actor.actor_type != "person" else None
        if named is not None and named.actor.actor_type == "person":
            source = named  # `كما أعلنت المتحدثة باسم البيت الأبيض سارة ساندرز`: the spokeswoman, named
        start, end = self._after_adverbial(first, c.first - 1), c.first - 1 if end is None else end
        told = self._addressee_after_subject(c.last, last, by_first) or last  # (`قال الوزير للصحفيين.`)
        if source is None and 1 <= told - c.last <= 3 and self._subject_words(c.last, told):
            # `"..."، قال الوزير.`: the words after the verb name the speaker no rule knows
            t0, t1 = self.tokens[c.last], self.tokens[told - 1]
            hedged = c.value.hedged or self._hedged(start, end)
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                         None, (t0.start, t1.end), None, hedged) if start < end else None
        if source is None or start >= end or source.last + 3 < last and not self._comma_before(source.last) \
                and not self._is_preposition(self._word(source.last)) and self._word(source.last) not in self.relative_pronouns:
            return None  # (the source ends the sentence, or a comma, where it spoke or a relative clause
            # describing it follows it: `في تغريدة`, `كما قال المجلس الذي يساعد الحكومة`)
        if source.last < last and self._word(source.last) in self.relative_pronouns and any(
                m is not None and m.value.kind == "verb" for m in (
                    self.cues.match_at(self.tokens, k, stop=end) for k in self.cues.starts_in(self.tokens, start, end))):
            return None  # `وقال X إن ...، كما أعلنت روسيا التي تستضيف ... دعمها`: the clause is already X's
            # report, and the verb after the relative clause has its own object
        hedged = c.value.hedged or self._hedged(start, end)
        channel, _ = self._channel(source.last, last, by_first)
        span = (source.start, source.end)
        told = next((k for k in range(source.last, min(told, source.last + 4)) if self._word(k).startswith("لل")), told)
        if source.actor.actor_type == "person" and source.actor.origin == "pattern" and source.first == c.last \
                and self._speaker_head(c.last) and 1 <= told - source.last <= 3 and self._subject_words(source.last, told):
            # `"..."، قال وزير الداخلية الهولندي يوب فاندرمير للصحفيين.`: the title, then its holder's name
            # no rule knows, up to the end or whom it was said to
            span = (source.start, self.tokens[told - 1].end)
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     source, span, channel, hedged)

        # (the last: `أن الرئيس ترامب جعلها تبكي في مكالمة قال فيها`, named in the report before its verb)

    def _holder_after_title(self, c, last: int, by_first) -> Mention | None:
        """`وأعلن وزير الخارجية سامي حداد استعداده`: a title no rule joined to the name after it
        (one to three words that may name a speaker, opened by a title, no comma) stands between
        the verb and the named person who holds it: that person is the verb's subject."""
        if c.last >= last or actor_lexicon().titles.match_at(self.tokens, c.last, stop=c.last + 1) is None:
            return None
        for k in range(c.last + 1, min(last, c.last + 4)):
            holder = by_first.get(k)
            if holder is not None:
                if k == c.last + 1 and self._genitive_of_title(holder):
                    return None  # (`وقالت محامية X إن`: X in construct after the title is not its holder)
                return holder if holder.actor.actor_type == "person" and self._subject_words(c.last, k) else None
        return None

    def _prep_claim(self, c, first, last, by_first) -> Claim | None:
        source = by_first.get(c.last)
        if source is None and c.last + 1 < last and self._word(c.last) not in self.complementizers \
                and self._before_prep_source(c.last, last):
            source = by_first.get(c.last + 1)  # `وفق ما أعلنت وزارة الصحة`, `بحسب ما نقلت رويترز`
            if source is not None and self._word(c.last + 1)[:1] == "ل" and not self._lam_of_name(source):
                source = None  # `حسب ما قال لقناة X الوزير Y`: whom it was said to; the verb's subject follows
        if source is None and c.last + 2 < last and self._word(c.last) == "ما":
            source = by_first.get(c.last + 2)  # `حسب ما أكده وزير الخارجية`
        word = self._word(c.last) if c.last < last else ""
        document = word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else \
            self.tokens[c.last].bare if word else ""
        if source is None and (document in _ANAPHORIC_SOURCES or strip_article(document) in _SOURCE_DOCUMENTS):
            source = self._issuer(c.last, last, by_first)  # `بحسب بيان صادر عن الجيش`, `وفقا لتقرير للأمم المتحدة`
            if source is None and strip_article(document) in _SOURCE_DOCUMENTS and not document.startswith("ال"):
                source = by_first.get(c.last + 1)  # `وفقا لتقديرات الأمم المتحدة`: the issuer in construct
        if source is None:
            source = self._official_of(c.last, last, by_first)  # `بحسب متحدث باسم شركة آسمان`
        if source is None and self.describe is not None:  # `وبحسب خبراء`, `وفق ما أعلنت إدارة الطوارئ`
            # (`حسب قول X وهو سائق أجرة`: a clause of state after the source describes it, it is no part of it)
            described_end = next((k for k in range(c.last + 1, min(last, c.last + 5)) if self._word(k) in _STATE_CLAUSE_PRONOUNS), last)
            source = self.describe(c.last, described_end) or (self.describe(c.last + 1, last) if c.last + 1 < last
                                                     and self._before_prep_source(c.last, last) else None)
        verb = self.cues.match_at(self.tokens, c.last, stop=last) if source is None and c.last < last else None
        if verb is not None and verb.value.kind == "verb":  # `حسبما قال مدير الطيران المدني في غيانا`
            source = self._source_after_verb(verb.last, last, by_first)
        if source is None:  # `وفق تقرير نشرته صحيفة X`, `حسب حصيلة أعلنتها الشرطة`: the one who published it
            source = self._publisher_of_document(c.last, last, by_first)
        pronoun = None
        subject_after_verb = verb is not None and verb.value.kind == "verb" and verb.last < last \
            and not self._comma_before(verb.last) and self._word(verb.last).isalpha()
        if source is None and c.first > first and not subject_after_verb:
            # `بحسب تعبيره`, `على حد قولها`: whose words, by the pronoun (not a verb's object before its own
            # subject: `حسب ما وصفه العديد من الجماهير`)
            pronoun = c.last if c.last < last and not self._comma_before(c.last) else c.last - 1
            source = self._pronoun_speaker(self._word(pronoun), first, c.first, by_first)
        if source is None and c.first - first > 2:
            return self._claim_of_unnamed_words(c, first, last, verb if verb is not None and verb.value.kind == "verb" else None,
                                                by_first)  # `...، وفق ما أعلنت الوزارة.`
        if source is None and c.first == first:
            return self._claim_of_fronted_words(c, last, by_first)  # `وبحسب الدعوى فإن`, `وبحسب مدير إحدى المدارس، فإن`
        if source is None:
            return None
        named = self._holder_named_last(source.last, last, by_first) if source.actor.actor_type != "person" else None
        if named is not None and c.first - first > 2 and self._titled_words(c.last, source.first + 1):
            source = named  # `...، بحسب ما قالته مفوضة التمييز الجنسي، كيت جينكينز.`: the title's holder speaks
        _, after = self._channel(source.last, last, by_first)
        quoted = self._prep_quoted_source(c, source, after, last, by_first)
        if quoted is not None:  # `بحسب ما نقلت وكالة X عن مصادر أمنية`: X passes on what Y said
            after = quoted.last + 1 if quoted.last < last and self._word(quoted.last).startswith("قول") else quoted.last
        # `...، فبحسب تحقيق X، في 1.5% فقط ...`: the `فـ` opens a new clause, attributed before it is said
        resumes = self._word(c.first)[:1] == "ف" and self._comma_before(c.first) and pronoun is None \
            and any(self._comma_before(k) for k in range(after, min(last, after + 4)))
        # `السبب بحسب كوينسي أن ...`: a complementizer right after the source opens what it says
        opens = after < last and (self._is_complementizer(self._word(after)) or self._word(after) in _FRONTED_CONTENT_OPENERS) \
            and pronoun is None and not self._comma_before(c.first)
        if c.first - first <= 2 and pronoun is None and not self._comma_before(c.first) or resumes or opens:   # `بحسب المصادر، فإن ...`: content follows
            after = next((k for k in range(after, min(last, after + 4)) if self._comma_before(k)),
                         after)  # `وفقا لمصادر أمنية في دمشق، فقد ...`
            if after < last and self._word(after) in self.relative_pronouns:  # `وفقا لموقع X، الذي يتابع ...، يعد`
                after = next((k for k in range(after + 1, last) if self._comma_before(k)), last)
            when = after
            while when < last and when - after < 3 and self._time_word(when):
                when += 1
            if after < when < last and self._comma_before(when):
                after = when  # `وبحسب صحيفة X، يوم الجمعة، يدرس`: when it was reported, set off by commas
            start = self._content_start(after, last)
            end = last
            if start >= end and not self._comma_before(c.first) and self._attribution_alone(c, first, last):
                start, end = self.sentence_before[:2]  # `حسب ما نقلت وكالة X.` after the words it attributes
        else:                      # `... بحسب المصادر`: content precedes
            start, end = self._after_adverbial(first, c.first), c.first
            while end - 1 > start and self._word(end - 1) in ("وذلك", "ذلك"):
                end -= 1  # `...، وذلك وفقا لوكالة فارس`: `وذلك` points back at the content
            if not self._comma_before(end):  # `شنت غارات على أهداف، بينها نفق بحسب الجيش`: the nearest clause
                clause = next((k for k in range(end - 2, start, -1) if self._comma_before(k)), None)
                if clause is not None and self.text[self.tokens[start].start:self.tokens[clause].start].count('"') % 2 == 0:
                    start = self._skip_particles(clause, end)
            main = next((k for k in range(c.first - 1, start, -1) if self._word(k) in ("فان", "فانه", "فانها")), None)
            if main is not None and without_conjunction(self._word(first)) in _CONDITIONAL_OPENERS:
                start = self._skip_particles(main, end)  # `وإذا كانت تركيا قد أفرجت، فإنها ما زالت ... حسب ما أكده`
        if start >= end:
            return None
        hedged = c.value.hedged or self._hedged(start, end)
        claim = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                      source, (source.start, source.end), None, hedged)
        if quoted is not None:
            claim.children.append(Claim(claim.cue_start, claim.cue_end, claim.content_start, claim.content_end,
                                        quoted, (quoted.start, quoted.end), None, hedged, parent=claim))
        return claim

    def _attribution_alone(self, c, first: int, last: int) -> bool:
        """`. حسب ما نقلت رويترز.`, `. حسب وكالة فرانس برس.`: an attribution preposition opening a
        short sentence that holds nothing but its source: it attributes the sentence before (a
        body sentence, not the headline)."""
        before = self.sentence_before
        if self._word(c.first).startswith("نقلا"):
            return False  # `*نقلا عن صحيفة X`: a reprint credit for the whole article, not for its last sentence
        return before is not None and not before[2] and before[1] == first and c.first <= first + 1 \
            and last - first <= 8 and before[1] - before[0] >= 4

    def _titled_words(self, j: int, end: int) -> bool:
        """A title or an official (`مدير`, `المتحدثة باسم`) among tokens j..end-1 (after the `لـ` of
        `وفقا لـ`): the words name an office, not a report or a thing (`لتقارير صحفية`)."""
        lex = actor_lexicon()
        for k in range(j, end):
            word = self._word(k)
            bare = word[1:] if word.startswith("ل") and not word.startswith("ال") else word
            if lex.titles.has_word(bare) or strip_article(bare) in _OFFICIALS:
                return True
        return False

    def _holder_named_last(self, k: int, last: int, by_first) -> Mention | None:
        """`...، بحسب مدير المستشفى، سامي حداد.`: a person named after a comma at token k who ends the
        sentence: the holder of the title before the comma."""
        named = by_first.get(k) if k < last and self._comma_before(k) else None
        return named if named is not None and named.actor.actor_type == "person" and named.last == last else None

    def _claim_of_unnamed_words(self, c, first: int, last: int, verb, by_first=None) -> Claim | None:
        """`...، وفق ما أعلنت الوزارة.`, `...، بحسب وزير الداخلية.`, `حسب ما أعلنت متحدثة باسم
        المحكمة.`: after a clause, an attribution preposition (and its verb) followed by one to
        four words that end the sentence and may name a speaker (a title, a body or a statement
        head first; `باسم` may join them): those words are the source, no actor is made of them,
        and the clause before the preposition is the content."""
        j = verb.last if verb is not None else c.last + 1 if c.last < last and self._word(c.last) == "ما" else c.last
        said = self.cues.match_at(self.tokens, j, stop=last) if verb is None and j < last else None
        if said is not None and said.value.kind == "verb":  # `حسب ما أعلنت`
            j = said.last
        elif verb is None and j < last - 1 and self._word(j) in _ATTRIBUTION_PUBLISHING:
            j += 1  # `حسب ما نشر موقع صحيفة X.`: who published it follows
        if (verb is not None or said is not None) and j < last - 1 and self._preposition_and_pronoun(self._word(j)):
            j += 1  # `وفق ما صرح به الوزير`: the pronoun points back at what was said, the speaker follows
        while j < last - 1 and self._time_word(j):
            j += 1  # `حسبما أعلن الثلاثاء مدرب الفريق`: when it was said, then who said it
        words_end = self._before_speaker_relative(j, last)  # `بحسب مدير الشركة، الذي زار الموقع.`
        # after a closed quotation (`"...سيكون بإدارة مدنية" وفق أبازيد.`) the words that follow are
        # whose words they were, whatever they are
        quoted = any(q in self._gap(c.first) for q in '"»”') and 1 <= words_end - j <= 3
        # (with no comma before the preposition, a title or a speaking body must head the words:
        # `... 2200 متر بحسب المتحدث باسم الهيئة.`, not `وفق المواصفات الفنية`)
        if j >= last:
            return None  # (`...، بحسب ما أعلن.`: no words after the verb)
        longest = 6 if self._speaker_head(j) else 4  # (`المتحدث باسم الإدارة الوطنية للكوارث`)
        holder = next((m for m in (self._holder_named_last(k, words_end, by_first or {}) for k in range(j + 1, min(words_end, j + longest + 1)))
                       if m is not None), None)
        if holder is not None and not self._titled_words(j, holder.first):
            holder = None  # (`، وفقا لتقارير صحفية، غضب X.`: no title before the comma, the words after it are the clause's)
        if holder is not None:  # `...، وفقا لمدير المستشفى، سامي حداد.`: the title's holder, named after it, speaks
            words_end = holder.first
        described = self._described_informant(c, j, words_end, last) if holder is None else None
        if described is not None:
            words_end = described
        if described is None and (not 1 <= words_end - j <= longest or not (self._comma_before(c.first) or quoted or self._speaker_head(j))
                              or not (self._attributed_slot(j) or quoted)):
            return None
        last = words_end
        for k in range(j, last if described is None else j):
            word = self._word(k)
            if not word.isalpha() or k > j and self._comma_before(k) or self._is_complementizer(word) \
                    or word in TIME_WORDS or self.tokens[k].bare in TIME_WORDS or self.cues.get(word) is not None \
                    or self._is_preposition(word) and word != "باسم" or word in self.relatives:
                return None
        if any(m is not None and m.value.kind == "verb" for m in (
                self.cues.match_at(self.tokens, k, stop=c.first) for k in self.cues.starts_in(self.tokens, first, c.first))):
            return None  # `وقال X إن ...، بحسب دراسة للصندوق.`: the clause is already X's report
        start, end = self._after_adverbial(first, c.first), c.first
        if start >= end:
            return None
        t0, t1 = self.tokens[j], self.tokens[last - 1]
        if holder is not None:
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                         holder, (holder.start, holder.end), None, c.value.hedged or self._hedged(start, end))
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     None, (t0.start + self._lam_width(j), t1.end), None, c.value.hedged or self._hedged(start, end))

    def _before_speaker_relative(self, j: int, last: int) -> int:
        """`...، بحسب مدير الشركة، الذي زار الموقع أمس.`, `حسبما أفاد المستشفى الذي استقبل
        المصابين.`: a relative clause (after a comma or not) that describes the words naming the
        speaker and ends the sentence: the token of its relative pronoun, where those words end;
        else `last`. (Any cue in the clause is the speaker's description, not a report of its own.)"""
        for k in range(j + 1, min(last, j + 5)):
            if self._word(k) in self.relative_pronouns:
                return k
            if self._comma_before(k):
                break
        return last

    def _claim_of_fronted_words(self, c, last: int, by_first=None) -> Claim | None:
        """`وبحسب الدعوى فإن ...`, `وبحسب مدير إحدى المدارس، فإن "..."`: an attribution preposition
        opening the sentence, then one to eight words no actor rule named (a document, a described
        person), then `فإن`: those words are the source, and what `فإن` opens is the content. (With
        no `فإن` the words may run into the content itself: no claim.)"""
        j = c.last
        if j < last and self._word(j) == "ما":
            said = self.cues.match_at(self.tokens, j + 1, stop=last) if j + 1 < last else None
            j = said.last if said is not None and said.value.kind == "verb" else j
        if j < last - 1 and self._word(j) in _ATTRIBUTION_PUBLISHING:
            j += 1  # `وحسب ما نشرت صحيفة محلية، فإن`: the outlet that published it
        quoted = self._quoted_name_then_comma(j, last)
        if quoted is not None:  # `ووفقا لـ"ديلي ميل"، ركب الفريق ...`: the quoted outlet or site said it
            name_first, name_end = quoted
            after = next((k for k in range(name_end + 1, min(last, name_end + 6)) if self._comma_before(k) and (
                self._word(k) in _FRONTED_CONTENT_OPENERS or self._is_complementizer(self._word(k)))), name_end)
            # (`وبحسب نشرة "X"، الصادرة عن البرلمان، فإن ...`: what describes the name, set off by commas)
            word = self._word(after)
            start = self._content_start(after, last) if self._is_complementizer(word) or word in _FRONTED_CONTENT_OPENERS \
                else self._skip_particles(after, last)  # (`، فهذه ليست سوى البداية`: the clause after the comma)
            end = self._clause_before_cue(start, last)  # (`...، حيث يقول X: "..."`: X's own report)
            if start >= end:
                return None
            named = (by_first or {}).get(name_first)  # (a name an actor rule knows: `وطبقا لـ"فرانس برس"،`)
            named = named if named is not None and named.last == name_end else None
            span = (named.start, named.end) if named is not None else \
                (self.tokens[name_first].start, self.tokens[name_end - 1].end)
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end), named,
                         span, None, c.value.hedged or self._hedged(start, end))
        marker = next((k for k in range(j + 1, min(last, j + 9)) if self._word(k) in _FRONTED_CONTENT_OPENERS), None)
        after_comma = marker is None
        if after_comma and j < last and self._attributed_slot(j):
            # `وبحسب إفادات الناجين، كان ...`: a title, a speaking body or a document heads the words,
            # and the comma after them opens the content
            # (or the colon before a quotation: `وبحسب البيان: "..."`)
            marker = next((k for k in range(j + 1, min(last - 1, j + 7)) if self._comma_before(k) or ":" in self._gap(k)), None)
        head = self._word(j) if marker is not None else ""
        if marker is None or strip_article(without_conjunction(head)) in _LEGAL_BASES or head in self.demonstratives or head in TIME_WORDS or self.tokens[j].bare in TIME_WORDS \
                or self._is_preposition(head) or head in self.relatives:
            return None  # (`وبحسب ذلك فإن`: "accordingly", no one's words)
        for k in range(j, marker):
            word = self._word(k)
            if not word.isalpha() or self._is_complementizer(word) or k > j and self._comma_before(k) and k + 1 < marker \
                    or self.cues.get(word) is not None and not self._adjective_participle(k, last) \
                    or '"' in self._gap(k) or "«" in self._gap(k):
                return None
        words_end = marker
        if after_comma:
            # `وبحسب رئيسة اللجنة، مارغريت فيستاجر، إن ...`, `وبحسب بيان للصندوق، الإثنين، فقد ...`: a name
            # or a time set off by commas before the particle that opens the content
            later = next((k for k in range(marker + 1, min(last, marker + 6)) if self._comma_before(k) and (
                self._word(k) in _FRONTED_CONTENT_OPENERS or self._word(k) == "فقد" or self._is_complementizer(self._word(k)))), None)
            marker = later if later is not None else marker
        start = self._skip_particles(marker, last) if after_comma and self._word(marker) == "فقد" or after_comma and not \
            self._is_complementizer(self._word(marker)) and self._word(marker) not in _FRONTED_CONTENT_OPENERS \
            else self._content_start(marker, last)
        if start >= last:
            return None
        t0, t1 = self.tokens[j], self.tokens[words_end - 1]
        named = (by_first or {}).get(words_end)
        if named is not None and named.last == marker and named.actor.actor_type == "person":
            # `وبحسب رئيسة اللجنة، ماريا لوبيز، إن`: the title's holder, named between commas, speaks
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, last),
                         named, (named.start, named.end), None, c.value.hedged or self._hedged(start, last))
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, last),
                     None, (t0.start + self._lam_width(j), t1.end), None, c.value.hedged or self._hedged(start, last))

    def _clause_before_cue(self, start: int, last: int) -> int:
        """The end of content running from `start` to the sentence end: before a later reporting
        verb opened by a comma and a clause opener (`_clause_before`), else `last`."""
        for k in self.cues.starts_in(self.tokens, start + 1, last):
            cue = self.cues.match_at(self.tokens, k, stop=last)
            if cue is not None and cue.value.kind == "verb":
                end = self._clause_before(start, k)
                if end is not None:
                    return end
        return last

    def _quoted_name_then_comma(self, j: int, last: int) -> tuple[int, int] | None:
        """`لـ"ديلي ميل"،`, `"مشابل"،`: after a fronted attribution preposition (and the `لـ` written
        apart), one to four words in quotation marks closed right before a comma — a name no rule
        knows, the outlet or site the sentence cites. Returns (its first token, the token after the
        comma), or None."""
        if j < last and self._word(j) == "ل":
            j += 1
        if j >= last or self._gap(j)[-1:] not in QUOTE_OPEN:
            return None
        for k in range(j + 1, min(last, j + 5)):
            gap = self._gap(k).strip()
            if gap[:1] in '"»”' and gap[1:].strip() in ("،", ","):
                words = [self._word(x) for x in range(j, k)]
                if all(w.isalpha() and not self._is_complementizer(w) for w in words):
                    return j, k
                return None
            if gap:
                return None
        return None

    def _lam_width(self, j: int) -> int:
        """1 when the words naming a speaker open with the `لـ` of `وفقا لـ` (`لمصادر`): the source
        text starts after it; 0 for `للـ`, whose article the `ل` replaced (`للدراسة`)."""
        word = self._word(j)
        if not word.startswith("ل") or word.startswith("لل"):
            return 0
        heads = actor_lexicon()
        matchers = (heads.titles, heads.person_nouns, heads.speaker_org_heads)
        own = any(m.has_word(word) for m in matchers)  # `لجنة`: the word's own first letter
        if own:
            return 0
        # after `وفقا`/`طبقا` (which govern `لـ`) the `ل` is the preposition's, also before a name
        # (`وفقا لوالر`); after `بحسب`/`وفق` it may be the name's own (`وفق ليبرمان`)
        governs_lam = j > 0 and self._word(j - 1) in _LAM_GOVERNING_ADVERBS
        return 1 if self._attributed_slot(j) or governs_lam else 0

    def _headline_claim(self, first, last, by_first) -> list[Claim]:
        """`غريفيث: إطلاق مفاوضات ...` — a headline quoting its source."""
        for k in range(first, min(last - 1, first + 5)):
            gap = self.text[self.tokens[k].end:self.tokens[k + 1].start]
            if ":" in gap:
                source = by_first.get(first)
                span = (self.tokens[first].start, self.tokens[k].end)
                if source is not None and source.last == k and source.actor.actor_type != "state" \
                        and (is_present_verb(self._word(k)) or self.cues.get(self._word(k)) is not None):
                    span = (source.start, source.end)  # `نتانياهو يتوعد: ...`: the name, not name and verb
                elif source is None or source.last != k + 1:
                    source = None
                elif source.actor.actor_type == "state" and not self._speaks_in_first_person(k + 1, last):
                    return []  # `إيران: تحطم طائرة` is a dateline, not a quotation (`إيران: لن نتفاوض` is one)
                cue_at = self.tokens[k].end + gap.index(":")
                content = self._span(k + 1, last)
                hedged = self._hedged(k + 1, last)
                return [Claim(cue_at, cue_at + 1, *content, source, span, None, hedged)]
        return []


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
