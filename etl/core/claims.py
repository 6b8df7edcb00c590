"""Claims: attributed statements with their source, channel, cue, content and hedging.

A claim is found from a reporting cue (a verb in any person and tense, a preposition such as
`بحسب` / `وفقا لـ`, or a headline colon). Its source is found by the rules in `speakers.py`; its
channel is `لـ + media` after the source; its content starts at `أن`/`إن`, a colon, a quotation
or the verb's object. `X عن Y قوله` nests Y's claim under X's, and an outlet cited around a claim
(`قال X ...، بحسب ما نقل Y`) becomes its parent.

`ClaimFinder.find` reads a sentence's cues and keeps what the document remembers (the last
speaker, the persons named); the claim of each kind of cue is read by the mixins: `claim_verbs.py`
(a verb or noun cue) with `claim_verb_subjects.py` (its subject), `claim_attributions.py` (an
attribution preposition, a headline colon), `claim_cues.py` (cue words that report nothing, hedges),
`claim_sources.py` and `speakers.py` (who said it), `claim_content.py` (where the content starts
and ends), `claim_nesting.py` (claims within claims); `claim_state.py` states what they share.
The names other modules import (`Claim`, `ClaimFinder`, `cue_matcher`, ...) are importable from here.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from operator import attrgetter

from .actor_lexicon import Mention
from .claim_attributions import ClaimAttributionRules
from .claim_base import PUBLISHING_VERBS, QUOTE_OPEN, Claim, is_present_verb
from .claim_content import ClaimContentRules
from .claim_cues import ClaimCueRules, Cue, cue_matcher, hedge_matchers
from .claim_nesting import ClaimNestingRules, descendants
from .claim_sources import ClaimSourceRules
from .claim_state import _CLAUSE_BOUND, _CLAUSE_PUNCT, _COLON, _COMMA, _QUOTE_MARK, _tokens_after, _tokens_opened_by
from .claim_verb_subjects import ClaimVerbSubjects
from .claim_verbs import ClaimVerbRules
from .lexicon import word_classes
from .limits import DocumentBudget
from .matching import Token
from .morphology import with_conjunctions, without_conjunction
from .speakers import SpeakerRules
from .text import Normalized

# importable from here as before the split: extract.py, failure_classes.py and the event role rules import these
__all__ = ["Claim", "ClaimFinder", "Cue", "cue_matcher", "hedge_matchers"]

_PUBLISHING_WORDS = with_conjunctions(PUBLISHING_VERBS)  # for a set lookup per token
# ...found in the text as whole tokens (a token is a maximal run of word characters): the
# pattern opens with the words, so the scan skips to their first letters, and a match inside a
# word is dropped after (no whole-token match can start inside it)
_PUBLISHING = re.compile(r"(?:" + "|".join(map(re.escape, sorted(_PUBLISHING_WORDS, key=lambda w: (-len(w), w)))) + r")(?![^\W_])")
_WORD_CHAR = re.compile(r"[^\W_]")
_START = attrgetter("start")
_CUE_AS_NOUN_PHRASES = word_classes()["claim_cue_as_noun_phrase"]  # `أول رد فعل`: a noun phrase, no verb
_VERB_AFTER_PREPOSITIONS = word_classes()["claim_verb_after_preposition"]  # `منذ أعلنت`: a verb may follow
_PRIVATIVES = word_classes()["claim_privative"]  # `دون ذكر`: what was not said
_SUBJUNCTIVE_PARTICLES = word_classes()["claim_subjunctive_particle"]  # `أن يعلن`: an act to come
# `أرى أن`, `نرى أن` (normalised): written like the foreign given name `آري`
_FIRST_PERSON_SEEING = word_classes()["first_person_seeing"]
# `وأضاف وهو يتحدث`, `وقالت وهي تبكي`: the pronoun opening a clause of state on the subject (normalised)
_CIRCUMSTANTIAL_PRONOUNS = word_classes()["state_clause_pronoun"]


class ClaimFinder(ClaimVerbRules, ClaimVerbSubjects, ClaimAttributionRules, ClaimCueRules,
                  ClaimSourceRules, ClaimNestingRules, ClaimContentRules, SpeakerRules):
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
        headline = is_title or self._continues_headline(first, sentence_idx)
        self.sentence_before, self._this_sentence = self._this_sentence, (first, last, is_title)
        publishing = self._publishing_tokens
        if not cue_starts and not headline and \
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
        attributions: list[Claim] = []  # the claims of this sentence's attribution prepositions
        for n, c in enumerate(cue_hits):
            # checked per cue: the rules below look back over the sentence's claims and mentions
            self.budget.check_time()
            self.budget.check_sentence_claims(len(claims), sentence_idx)
            # `وبحسب وكالة Y، قال X إن ...`: Y's claim reaches past X's verb to X's words, or holds the verb
            fronted = self._fronted_attribution(c, claims, attributions) if c.first <= covered else None
            if c.first < covered:
                if fronted is None:
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
                    attributions.append(claim)
                if claim is not None:
                    self._nest_reported(claim, c, claims)
            else:
                claim = self._verb_claim(c, first, last, next_cue, mentions, by_first, by_last)
                if claim is not None and fronted is None and not self._speaks_inside(claim, c, claims):
                    claim = None  # `أن الثقة ... يمكن أن تنهار ليقره قادة`: a verb inside a report with no speaker of its own
                if claim is not None and fronted is not None:
                    if claim.source_span is None or claim.source_span[0] < self.tokens[c.last - 1].end \
                            or claim.content_start < fronted.content_start or not self._opens_words_said(claim):
                        continue  # `وحسب رويترز، أضاف:`: no subject named after the verb, the fronted source's words stand
                    fronted.content_start, fronted.content_end = claim.content_start, claim.content_end
                    claim.parent = fronted
                    fronted.children.append(claim)
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
        if headline and not claims:
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

    def _opens_words_said(self, claim: Claim) -> bool:
        """The content opens with `أن` / `إن`, or after a colon or a quotation mark: words said, not
        the object of an act the verb may also name (`علق الاتحاد واردات اللحوم`: suspended)."""
        at = self._token_at(claim.content_start)
        return at < len(self.tokens) and (self._is_complementizer(self._word(at)) or at in self._colon_tokens
                                          or at in self._quote_tokens)

    def _continues_headline(self, first: int, sentence_idx: int) -> bool:
        """`رئيس أوبر يقاطع مؤتمرا بالمملكة..` then `ووزير خارجية البحرين: من يقاطع السعودية نقاطعه`:
        a headline cut in two at `..` goes on in the sentence after it (its second half quotes too)."""
        before = self._this_sentence
        if sentence_idx != 1 or before is None or not before[2] or not 0 < first < len(self.tokens):
            return False  # a second sentence of punctuation only (`قال . ، `) has no word to look before
        return ".." in self.text[self.tokens[first - 1].end:self.tokens[first].start]

    def _fronted_attribution(self, c, claims: list[Claim], attributions: list[Claim]) -> Claim | None:
        """`ووفقا لوكالة رويترز، أكدت المتحدثة باسم البيت الأبيض أن ...`: a verb of saying after a
        comma, between an attribution that opens the clause and the content that attribution
        reached, is a statement of its own, which the attribution passes on; that attribution's
        claim, else None."""
        if c.value.kind != "verb" or not claims or not attributions or claims[-1] is not attributions[-1]:
            return None
        fronted = claims[-1]
        if fronted.parent is not None or fronted.children or fronted.source_span is None:
            return None
        verb_at = self.tokens[c.first].start
        if not fronted.cue_end <= verb_at <= fronted.content_start:
            return None
        return fronted if self._comma_before(c.first) else None

    def _remember_named(self, mentions: list[Mention]) -> None:
        """Keep the actors a sentence named for `الأخير` (the latter) in the next ones."""
        self.named_before = (self.named_before + [m for m in mentions if not m.place])[-12:]


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
