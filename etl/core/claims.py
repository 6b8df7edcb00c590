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
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter

from .actor_lexicon import Actor, Mention, actor_lexicon, person_gender
from .lexicon import load, time_words, word_classes
from .limits import MAX_CONTENT_CHARS, DocumentBudget
from .matching import PhraseMatcher, Token
from .speakers import _ANAPHORIC_SOURCES, _SOURCE_DOCUMENTS, _TIME_MODIFIERS, _TIME_PERIOD_NOUNS, SpeakerRules
from .morphology import preposition_with_pronoun, strip_article, with_conjunctions, without_conjunction
from .text import Normalized, normalize_phrase

# word lists: function_words.tsv, by class; time words: time_words.tsv and the weekdays
_CHANNEL_HEADS = word_classes()["channel_head"]
_QUOTE_OPEN = "\"«“'"
_SKIP_AT_CONTENT_START = word_classes()["content_skip"]
_TIME_WORDS = time_words()
_IMPERSONAL_CUES = word_classes()["impersonal_cue"]
_TELLING_VERBS = word_classes()["telling_verb"]
_DISCOURSE_ADVERBIALS = tuple(sorted((tuple(p.split()) for p in word_classes()["discourse_adverbial"]),
                                     key=lambda p: (-len(p), p)))  # none is the start of another
_CLAUSE_OPENERS = word_classes()["clause_opener"]
_ADVERBIAL_OPENERS = word_classes()["adverbial_opener"]
_TRANSMITTING_STEMS = tuple(sorted(word_classes()["transmitting_stem"]))  # for str.startswith
_CONTRAST_OPENERS = word_classes()["contrast_opener"]
# after a comma, the writer's gloss on a report (normalised words): `، في إشارة إلى`, `، من دون أن يقدم`
_WRITERS_GLOSSES = tuple(tuple(normalize_phrase(p).split()) for p in (
    "في إشارة", "من دون أن", "دون أن", "من دون تقديم", "دون تقديم", "من دون ذكر", "دون ذكر",
    "من دون الكشف", "دون الكشف", "من دون تحديد", "دون تحديد", "من دون إعطاء", "دون إعطاء",
    "من دون توضيح", "دون توضيح", "من دون الإشارة", "دون الإشارة"))
# `في بيان نشرته وكالة X`: verbs of publishing a statement (normalised), not of saying it
_PUBLISHING_VERBS = frozenset(("نشرته", "نشرتها", "نشره", "نشرها", "بثته", "بثتها", "بثه", "بثها"))
_PUBLISHING_WORDS = with_conjunctions(_PUBLISHING_VERBS)  # for a set lookup per token
# ...found in the text as whole tokens (a token is a maximal run of word characters): the
# pattern opens with the words, so the scan skips to their first letters, and a match inside a
# word is dropped after (no whole-token match can start inside it)
_PUBLISHING = re.compile(r"(?:" + "|".join(map(re.escape, sorted(_PUBLISHING_WORDS, key=lambda w: (-len(w), w)))) + r")(?![^\W_])")
_WORD_CHAR = re.compile(r"[^\W_]")
_START = attrgetter("start")
# أن/إن and their proclitic forms (the complementisers ending in ان, not كي) with a pronoun suffix
_SUFFIXED_COMPLEMENTIZERS = frozenset(c + s for c in word_classes()["complementizer"] if c.endswith("ان")
                                      for s in ("ه", "ها", "هم", "هما", "هن", "نا", "ني"))


# the prepositions a reporting verb governs (`شدد على`, `أعرب عن`, `أشار إلى`, `حذر من`), normalised
_GOVERNED_PREPOSITIONS = frozenset(("علي", "عن", "الي", "من"))

# `(،) لكنها أكدت أن`: "but she/he/they" — the same speaker goes on with a new statement
_BUT_WITH_PRONOUN = frozenset(c + p for c in ("لكن", "ولكن") for p in ("ه", "ها", "هم"))

# `وصف X بأنه Y`: verbs of describing, whose object comes before `بأن` (normalised)
_DESCRIBING_VERBS = frozenset(normalize_phrase(w) for w in (
    "وصف", "وصفت", "وصفوا", "وصفن", "يصف", "تصف", "يصفون", "واصفا", "واصفة", "واصفين"))
# `عبّر X عن قلقه`, `أعرب X عن أمله`: verbs of expressing, whose statement starts at `عن` after the
# subject (and عبرت, which also means "crossed", reports only then), normalised
# `تحدث X عن`: speaking about — it reports what follows its `عن`, or an `أن` or a quotation
# with no comma before it (`قال إنه تحدث دون تردد، وأن ...` goes on with the outer report), normalised
_SPEAKING_ABOUT = ("تحدث", "تحدثت", "تحدثوا", "يتحدث", "تتحدث", "متحدثا", "متحدثه")
_EXPRESSING_VERBS = frozenset(("عبر", "عبرت", "عبروا", "يعبر", "تعبر", "معبرا", "معبره",
                               "اعرب", "اعربت", "اعربوا", "يعرب", "تعرب", "معربا", "معربه",
                               "كشف", "كشفت", "كشفوا", "يكشف", "تكشف", "كاشفا", "كاشفه") + _SPEAKING_ABOUT)
# `قدر X عدد Y بـ`: verbs of estimating a quantity, and the words that open the quantity after بـ
_ESTIMATING_VERBS = frozenset(("قدر", "قدرت", "قدروا", "يقدر", "تقدر", "يقدرون"))
_QUANTITY_WORDS = frozenset(("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "مليون", "ملايين", "الف", "الاف",
                             "مليار", "مئات", "عشرات", "الالاف", "المئات", "العشرات"))
_BI_ANNA = frozenset(("بان", "بانه", "بانها", "بانهم", "بانهما"))

_SINGULAR_ANONYMOUS_HEADS = frozenset(normalize_phrase(r["head_ar"]).split()[0] for r in load(
    "anonymous_sources.tsv", ("head_ar", "number", "bare_ok")) if r["number"] == "singular")

# `بيان تلقت X نسخة منه`: verbs of receiving a copy (normalised)
_RECEIVING_VERBS = frozenset(("تلقت", "تلقي", "تلقته", "تلقاه", "تلقتها", "حصلت", "حصل", "اطلعت", "اطلع"))

_COMMA = re.compile("[،,]")
_CLAUSE_PUNCT = re.compile("[.;؛!?؟]")
_COLON = re.compile(":")
_CLAUSE_BOUND = re.compile("[،,;؛]")
_QUOTE_MARK = re.compile("[" + re.escape(_QUOTE_OPEN) + "]")
_UNSEEN = object()



def _tokens_after(pattern: re.Pattern, text: str, starts: list[int]) -> list[int]:
    """The tokens (not the first) whose gap before them holds a character of `pattern`,
    ascending: tokens hold no punctuation, so a character found between two tokens lies in the
    gap before the first token starting after it."""
    n = len(starts)
    found = {bisect.bisect_right(starts, m.start()) for m in pattern.finditer(text)}
    return sorted(k for k in found if 0 < k < n)


def _tokens_opened_by(pattern: re.Pattern, text: str, starts: list[int]) -> list[int]:
    """The first token, and the tokens right after a character of `pattern`."""
    n = len(starts)
    out = [0] if n else []
    for m in pattern.finditer(text):
        at = m.end()
        if text[at:at + 1] == " " and _spaced_opening_quote(text, m.start()):
            at += 1  # `وأضاف " نحن ..."`: a quotation opened with a space inside it
        k = bisect.bisect_left(starts, at)
        if 0 < k < n and starts[k] == at:
            out.append(k)
    return out


def _spaced_opening_quote(text: str, at: int) -> bool:
    """A quotation mark standing alone between spaces opens a quotation if it is `«`/`“`, or a
    straight `"` preceded on its line by an even number of them (a closing one follows a quote)."""
    if at > 0 and not text[at - 1].isspace():
        return False
    mark = text[at]
    if mark in "«“":
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return mark == '"' and text.count('"', line_start, at) % 2 == 0


@dataclass(frozen=True)
class Cue:
    kind: str     # verb | prep | noun
    hedged: bool
    needs_marker: bool = False  # reports only before `أن`, a colon or a quotation


@dataclass
class Claim:
    cue_start: int        # normalised offsets
    cue_end: int
    content_start: int
    content_end: int
    source: Mention | None
    source_span: tuple[int, int] | None
    channel: Actor | None
    hedged: bool
    parent: "Claim | None" = None
    children: list["Claim"] = field(default_factory=list)


@lru_cache(maxsize=None)
def cue_matcher() -> PhraseMatcher[Cue]:
    entries = []
    for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged")):  # needs_marker: optional
        phrase = normalize_phrase(r["cue_ar"])
        words = phrase.split()
        if len(words) > 1 and words[-1] in ("ل", "لـ", "ب"):
            phrase = " ".join(words[:-1])  # `وفقا ل`: the ل is a clitic of the next word
        entries.append((phrase, Cue(r["cue_kind"], r["hedged"].lower() == "true", r.get("needs_marker") == "yes")))
    return PhraseMatcher(entries, enclitics=True)  # `أبلغه`, `تأكيده`, `اعتبرتها`


@lru_cache(maxsize=None)
def hedge_matchers() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    rows = load("hedges.tsv", ("hedge_ar", "scope"))
    plain = PhraseMatcher((r["hedge_ar"], r["scope"]) for r in rows if r["scope"] != "before_present")
    before_present = PhraseMatcher((r["hedge_ar"], r["scope"]) for r in rows if r["scope"] == "before_present")
    return plain, before_present


class ClaimFinder(SpeakerRules):
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
        # empty, and `"" in _QUOTE_OPEN`)
        self._quote_tokens = frozenset(_tokens_opened_by(_QUOTE_MARK, norm_text, self.starts))
        self._markers: dict[tuple[int, int], int | None] = {}
        self._publishing_tokens = [bisect.bisect_left(self.starts, m.start()) for m in _PUBLISHING.finditer(norm_text)
                                   if not _WORD_CHAR.match(norm_text, m.start() - 1) or m.start() == 0]
        self.cues = cue_matcher()
        self.complementizers = word_classes()["complementizer"]
        self.prepositions = word_classes()["preposition"]
        self.relatives = word_classes()["relative"]
        # `الذي`, `التي`...: not `ما` / `من`, which also negate, ask and mean "from"
        self.relative_pronouns = frozenset(w for w in self.relatives if w.startswith("ال"))
        self.adverbs = word_classes()["adverb"]
        self.last_source: tuple[Mention, tuple[int, int]] | None = None
        self.speakers: list[tuple[Mention, tuple[int, int]]] = []  # earlier speakers, last one last
        self.topics: list[Mention] = []  # the first person named in each earlier sentence
        self.in_mention: set[int] = set()  # tokens of the current sentence's actor mentions
        self.inside_mention: set[int] = set()  # the same but each mention's first token
        self.sentence_speaker: tuple[Mention, tuple[int, int]] | None = None  # who spoke last in it
        # the last speaker only words named (`وقالت الوزارة إن`): its span, and the gender and number
        # of the verb that agreed with it, for a verb with a dropped subject right after (`وأضافت أن`)
        self.last_unnamed: tuple[tuple[int, int], str | None, bool | None] | None = None

    def find(self, first: int, last: int, mentions: list[Mention], is_title: bool = False,
             sentence_idx: int = 0) -> list[Claim]:
        cue_starts = self.cues.starts_in(self.tokens, first, last)
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
            return []
        by_first = {m.first: m for m in mentions}
        by_last = {m.last: m for m in mentions}
        cue_hits = []
        self.in_mention = in_mention = {k for m in mentions for k in range(m.first, m.last)}
        self.inside_mention = {k for m in mentions for k in range(m.first + 1, m.last)}
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
            elif c is not None and i > first and without_conjunction(self._word(i - 1)) in ("دون", "بدون", "عدم"):
                c = None  # `دون ذكر الحكومة`, `فضل عدم ذكر اسمه`: a verbal noun of what was not said
            elif c is not None and i > first and self._word(i - 1) in ("ان", "لن") and _is_present_verb(self._word(i)):
                c = None  # `من المرتقب أن يعلن`, `تود أن ترى`: an act to come, nothing reported yet
            elif c is not None and i > first and self._word(i - 1) in self.relative_pronouns and self._object_pronoun(i):
                c = None  # `الملاحظات التي قالها`: the cue refers back to what was said
            elif c is not None and c.last < last and self._word(c.last) == "الي" and self._object_pronoun(c.last - 1):
                c = None  # `إضافة إلى`: "in addition to", not `أضافه` (he added it)
            elif c is not None and i > first and (self._gap(i)[-1:] in _QUOTE_OPEN or ":" in self._gap(i)):
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
                quoted = _descendants(claim)
                claims.extend(ch for ch in quoted if not any(ch is x for x in claims))
                speaker = quoted[-1] if quoted else claim  # `نقل X عن Y ...، مشيرا`: Y goes on
                embedded = any(p.content_start <= claim.cue_start < p.content_end for p in claims if p is not claim)
                if speaker.source is not None and not embedded:  # (a cue quoted inside a claim is not the next speaker)
                    self.last_source = (speaker.source, speaker.source_span)  # who speaks next, if unnamed
                    self.sentence_speaker = self.last_source
                    self.speakers.append(self.last_source)
                    self.last_unnamed = None
                elif speaker.source_span is not None and not embedded and c.value.kind == "verb" \
                        and self._names_a_speaker(speaker.source_span):
                    # (a verb before its subject is singular whatever the subject's number: `وقال أبناؤه`)
                    before = speaker.source_span[0] < self.tokens[c.first].start
                    self.last_unnamed = (speaker.source_span, self._cue_gender(c.first),
                                         self._plural_verb(c.first) if before else None)
        if is_title and not claims:
            claims.extend(self._headline_claim(first, last, by_first))
        for cue, outlet in publishers:
            claims.extend(self._published(cue, outlet, claims))
        claims = _attributed(claims)
        self.budget.check_sentence_claims(len(claims), sentence_idx)
        for claim in claims:
            self._cap_content(claim)
        person = next((m for m in mentions if m.actor.actor_type == "person"), None)
        if person is not None:
            self.topics.append(person)
        return claims

    # -- cue kinds -------------------------------------------------------------------------
    def _verb_claim(self, c, first, last, next_cue, mentions, by_first, by_last) -> Claim | None:
        if self._attributes_before(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first)  # `...، كما أعلن نائب الرئيس X.`
        if c.first - 1 > first and self._word(c.first - 1) in ("كما", "مثلما") and self._content_marker(c.last, last) is None:
            trailing = self._trailing_claim(c, first, last, by_first)
            if trailing is not None:
                return trailing  # `وشوهدت سيارات محروقة كما قالت فرق الإطفاء.`: no comma, the source ends it
        if self._parenthetical_verb(c.first, first, last):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `...، يقول الخبراء.`
        if self._after_fronted_quotation(c.first, first):
            return self._trailing_claim(c, first, last, by_first, end=c.first)  # `"نحن مستعدون"، قال X.`
        source, after_source = self._verb_source(c, first, last, mentions, by_first, by_last)
        source, after_source = self._named_after(source, after_source, last, by_first)
        apposed_to = self._name_before_title(c, source)
        if apposed_to is not None:  # `قال ماركو روسي، المدير الفني لنادي روما إن`: Rome is in the title
            source = None
        titled = None
        if source is None:
            titled = self._titled_subject(c.last, last, mentions) or self._phrase_before_object(c, last, by_first)
        if titled is None and source is None:
            titled = self._subject_before_object(c, last, by_first) or self._phrase_before_verb(c, first, by_first)
        if titled is not None:  # (a subject before the verb: what it says starts after the verb)
            source, after_source = titled, max(titled.last, c.last)
        in_which = self._statement_in_which(c, first, last, mentions)
        if in_which is not None:  # `أصدر X بيانا أكد فيه ...`: X, who issued the statement, says it
            source, after_source = in_which, c.last + 1
        adjacent = source is not None and (source.first == c.last or source.last == c.first or in_which is not None
                                           or source.first == c.last + 1 and self._word(c.last) in ("فيه", "فيها", "فيهم")
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
        if apposed_to is not None:
            span = apposed_to
        elif source is None and in_which is None:
            unnamed = self._subject_slot_words(c, first, last, after_source)
            if unnamed is not None:  # `وقالت يوليا إنها`, `لكن يونايتد أكد أن`: the words that name the speaker
                span, after_source = unnamed
        chain = []  # `نقلت X عن Y عن Z قوله إن`: who each source quotes, outermost first
        while len(chain) < 3:
            naqlan = after_source + 1 < last and self._word(after_source) == "نقلا"
            at = after_source + 1 if naqlan else after_source
            quoted = self._quoted_source(at + 1, last, by_first) if at < last and self._word(at) == "عن" and (
                naqlan or chain or self._transmits(c.first)) else None
            if quoted is None:
                break
            chain.append(quoted)
            after_source = quoted.last
            if after_source < last and self._word(after_source).startswith("قول"):
                after_source += 1
        bound = next_cue if after_source < next_cue < last else last
        marker = self._content_marker(after_source, bound)
        if marker is None:
            marker = self._marker_after_long_adjunct(after_source, bound)
        if marker is None and after_source < next_cue < last and next_cue - after_source <= 2:
            marker, next_cue = self._reported_by_object(after_source, next_cue, last)
        if marker is None and after_source <= next_cue < last and self._word(next_cue).startswith(("قايل", "قائل")) \
                and next_cue - after_source <= 6:
            return None  # `وعلق X على القرار قائلا إن`: one statement, the participle's
        if c.value.kind == "noun" and (marker is None or marker - after_source > 2
                                       or any(self._comma_before(k) for k in range(after_source, marker) if k > c.last)):
            return None  # `في بيان` opens a claim only when the statement follows at once
            # (`فند X تصريحات Y، واصفا كلامها بأنه`: a comma ends the noun's phrase; the participle reports)
        if c.value.kind == "noun" and without_conjunction(self._word(c.first)) != "في" \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `بعد إعلان الجيش أن`; but `اعتبر X تصريحات Y "غير مقبولة"`: the noun is an object
        if marker is not None and c.value.needs_marker and not self._is_complementizer(self._word(marker)) \
                and ":" not in self._gap(marker) and self._quote_after_a_clause(after_source, marker, last, by_first):
            marker = None  # `سفينة تنقل مهاجرين، وهي الإيطالية "داتيلو"`: not what an action verb reports
        verb_word = without_conjunction(self._word(c.first))
        if marker is None and source is not None and after_source < last and verb_word in _EXPRESSING_VERBS:
            # `وأعرب X في اتصال هاتفي مع نظيره عن قلقه`: where or when it was said comes before the
            # `عن` of what was expressed (not for `على`/`إلى`, which also follow an object: `فرض رسوم على`)
            governed = self._governed_after_adjunct(after_source, last, ("عن",))
            if governed is not None:
                after_source = governed
        expresses = after_source < last and self._word(after_source) == "عن" and verb_word in _EXPRESSING_VERBS
        if expresses:
            marker = None  # `عبرت X عن صدمتها من أن ...`: what she expressed starts at `عن`
        if not expresses and without_conjunction(self._word(c.first)) in _SPEAKING_ABOUT \
                and (marker is None or any(self._comma_before(k) for k in range(c.last, marker + 1))):
            return None  # (`تحدث الخميس عن أن`, `تحدث لقناة X "..."`: what was said follows at once)
        estimates = marker is None and self._estimate_of(c, after_source, last)
        if marker is None and c.value.needs_marker and not expresses and not estimates:
            return None  # `وردت إسرائيل بغارات`: an action, not a statement (`عبرت X عن قلقها` is one)
        if c.value.needs_marker and marker is not None and self._thing_as_subject(c, source, marker):
            return None  # `وأظهرت لقطات فيديو أن`: a thing shows it, no one says it
        if c.value.needs_marker and not expresses and self._is_participle(c.first) and not self._comma_before(c.first) \
                and (marker is None or not self._is_complementizer(self._word(marker))):
            return None  # `ورفعت لافتة كتب عليها "..."`: a noun (a banner), not the participle `، لافتة إلى`
        if marker is None and c.first > first and without_conjunction(self._word(c.first - 1)) in ("لم", "لا", "لن", "ما"):
            return None  # `ولم تعلق كوريا على الأمر`, `لم تؤكد هذا العرض`: nothing was said
        if marker == c.last and without_conjunction(self._word(c.first)) in _IMPERSONAL_CUES:
            return None  # `ويذكر أن`: the writer's own aside, attributed to no one
        if source is not None and self.last_source is not None and source is self.last_source[0]:
            span = self.last_source[1]
        # `وأشار البيان إلى`, `وأعلنت لجنة حكومية الأربعاء رفضها`: a subject slot no rule named, headed
        # by a title, a body or a statement (not `ونقل الفتى إلى المستشفى`), then the object
        slot_then_object = source is None and span is not None and marker is None and after_source < last \
            and self._speaker_slot(self._token_at(span[0])) and not self._transmits(c.first) \
            and (self._word(after_source) in _GOVERNED_PREPOSITIONS or self._word(after_source) in _TIME_WORDS
                 or self.tokens[after_source].bare in _TIME_WORDS)
        if marker is None and not slot_then_object and (source is None or not (adjacent or self._is_participle(c.first) or self._tells_whom(c.first)
                                                      or self._speaker_goes_on(c, first, source)
                                                      or expresses and source.last == after_source)):
            return None  # a cue word with neither a source beside it nor reported content
        start = self._object_start(after_source, marker) if marker is not None else \
            self._skip_particles(self._after_adverbial(self._after_date_adjunct(self._past_statement_adjunct(
                self._after_apposition(after_source, last), last, by_first), last), last), last)
        # (`أعلن X في غزة الجمعة، مقتل`, `ونبهت في بيان صدر عنها من الانعكاسات`)
        if marker is not None and start == marker and after_source < marker <= after_source + 4 \
                and self._word(marker) in _BI_ANNA and (self._word(c.first) in _DESCRIBING_VERBS or without_conjunction(self._word(c.first)) in _DESCRIBING_VERBS) \
                and not any(self._comma_before(k) for k in range(after_source + 1, marker + 1)):
            start = after_source  # `وصف الهجوم بأنه إرهابي`: what is described is part of the statement
        end_tok = next_cue if start < next_cue < last and (self._word(next_cue).startswith("و") or (
            self._is_participle(next_cue) and "،" in self._gap(next_cue))) else last  # `...، مضيفا أن`
        if start < next_cue - 1 < last and self._word(next_cue - 1) in _BUT_WITH_PRONOUN:
            end_tok = next_cue - 1  # `...، لكنها أكدت أن`: her next statement
        if end_tok == last and start < next_cue < last:
            end_tok = self._clause_before(start, next_cue) or last  # `...، حيث قالت مصادر إن`
        end_tok = self._contrast_clause(start, end_tok) or end_tok  # `...، فيما تواصل القتال`
        end_tok = self._writers_gloss(start, end_tok) or end_tok  # `...، في إشارة إلى`
        if start >= end_tok or self._word(start) in self.relative_pronouns:
            return None  # (`قال X الذي يقول ...`: the relative clause belongs to the next cue)
        if source is None and span is None and marker is not None:
            span = self._unnamed_goes_on(c, first)
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
        return claim

    def _estimate_of(self, c, j: int, last: int) -> bool:
        """`وقدر X عدد اللاجئين بمليون شخص`: a verb of estimating whose object is valued at a
        quantity (`بـ` + a number, `بنحو`, `بحوالي`, `بمليون`) states that estimate."""
        if without_conjunction(self._word(c.first)) not in _ESTIMATING_VERBS:
            return False
        for k in range(j + 1, min(last, j + 8)):
            word = self._word(k)
            if self._comma_before(k):
                return False
            if word.startswith("ب") and (word[1:] in _QUANTITY_WORDS or word[1:].isdigit()
                                          or word == "ب" and k + 1 < last and self._word(k + 1).isdigit()):
                return True
        return False

    def _thing_as_subject(self, c, source: Mention | None, marker: int) -> bool:
        """A verb that also names an action (`أظهر`, `كشف`) whose subject slot, between it and
        its `أن`, holds a noun that is no speaker: the source found elsewhere (the last speaker)
        did not say it. A slot opened by a preposition, a time word or an adverb (`وأضاف في بيان
        أن`, `وأصر على أن`) holds no subject."""
        j = c.last
        if marker <= j or self._is_participle(c.first) or source is not None and j <= source.first < marker:
            return False
        word = self._word(j)
        if self._is_preposition(word) or word in _TIME_WORDS or self.tokens[j].bare in _TIME_WORDS \
                or word in self.adverbs or self._comma_before(j) or j in self.in_mention \
                or word in _SKIP_AT_CONTENT_START or self._gap(j)[-1:] in _QUOTE_OPEN or ":" in self._gap(j):
            return False
        if self._speaker_head(j):
            return False  # `وأضاف الوزير في كلمته أن`: a title or a body's head names who speaks
        return word.isalpha() and not self._object_pronoun(c.first) and not self._tells_whom(c.first)

    def _names_a_speaker(self, span: tuple[int, int]) -> bool:
        """Words that may be remembered as a speaker: not a preposition with a pronoun (`يقال لهم`)
        or a present verb."""
        word = self._word(self._token_at(span[0]))
        pronoun_after_li = word[:1] in "لب" and word[1:] in ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم")
        return word.isalpha() and not pronoun_after_li and not preposition_with_pronoun(word, self.prepositions) \
            and not _is_present_verb(word)

    def _unnamed_goes_on(self, c, first: int) -> tuple[int, int] | None:
        """`وقالت الوزارة إن ... . وأضافت أن`: a verb joined by و/ف (or after `كما`) opening its
        sentence, with no subject, continues the last speaker named only by words, when the verb
        agrees with the one that speaker took in gender and number."""
        if self.last_unnamed is None or c.first != first and not (
                c.first == first + 1 and self._word(first) in ("كما", "وكما")):
            return None
        if c.first == first and self._word(c.first)[:1] not in "وف":
            return None
        span, gender, plural = self.last_unnamed
        here = self._cue_gender(c.first)
        if plural is not None and plural != self._plural_verb(c.first) \
                or gender is not None and here is not None and gender != here:
            return None
        return span

    def _speaker_slot(self, j: int) -> bool:
        """A subject slot headed by a title, a person noun, a speaking body or a statement."""
        bare = strip_article(without_conjunction(self._word(j)))
        return self._speaker_head(j) or bare in _ANAPHORIC_SOURCES or bare in _SOURCE_DOCUMENTS

    def _speaker_head(self, j: int) -> bool:
        """A title, a person noun or the head of a speaking body (`الوزير`, `المتحدث`, `الوزارة`)."""
        lex = actor_lexicon()
        return any(m.match_at(self.tokens, j, stop=j + 1) is not None
                   for m in (lex.titles, lex.person_nouns, lex.speaker_org_heads))

    def _plural_verb(self, k: int) -> bool:
        """`وعبروا`, `يقولون`, `مؤكدين`: a verb or participle in the plural."""
        return without_conjunction(self._word(k)).endswith(("وا", "ون", "ين"))

    @staticmethod
    def _single_speaker(source: Mention) -> bool:
        """One person: a named person, or an unnamed source with a singular head (`مسؤول`)."""
        if source.actor.actor_type == "person":
            return True
        head = normalize_phrase(source.actor.name_ar or "").split()[:1]
        return bool(head) and head[0] in _SINGULAR_ANONYMOUS_HEADS

    def _statement_in_which(self, c, first: int, last: int, mentions: list[Mention]) -> Mention | None:
        """`أصدر X بيانا أكد فيه`, `ووجه X رسالة إلى Y أكد فيها`: a cue + `فيه`/`فيها` after a
        sentence whose subject (right after its opening verb) issued what the cue reports from."""
        if c.last >= last or self._word(c.last) not in ("فيه", "فيها") or c.first - first < 3:
            return None
        subject = next((m for m in mentions if first < m.first <= first + 2 and m.last < c.first), None)
        if subject is None or any(self._comma_before(k) for k in range(subject.last + 1, c.first + 1)):
            return None
        if any(subject.last <= m.first < c.first and self._word(m.first - 1) != "الي" for m in mentions):
            return None  # `تغريدة للمرشد X كرر فيها`: the statement is X's (an addressee after `إلى` is not)
        return subject

    def _phrase_before_object(self, c, last: int, by_first) -> Mention | None:
        """`وحذر الأمين العام لحلف شمال الأطلسي من تصعيد`, `وأكدت الشرطة المحلية في بيان مقتل`:
        with no `أن` to end the subject slot, a definite phrase of a title or a body that no rule
        named, ended by the preposition the verb governs or by `في بيان`, is the subject."""
        if c.value.needs_marker or self._is_participle(c.first) or c.last >= last:
            return None
        phrase = self._title_of_body(self._noun_phrase_at(c.last, last, by_first), last, by_first)
        if phrase is None or phrase.last >= last:
            return None
        word = self._word(phrase.last)
        adjunct = self.cues.match_at(self.tokens, phrase.last, stop=last)
        if adjunct is not None and adjunct.value.kind == "noun" and word in ("في", "وفي"):
            return phrase  # (whatever issues a statement speaks)
        return phrase if word in _GOVERNED_PREPOSITIONS and phrase.actor.actor_type != "other" else None

    def _phrase_before_verb(self, c, first: int, by_first) -> Mention | None:
        """`وزير المالية الإسرائيلي يؤكد لقاء ...`, `الخارجية الفرنسية تعلن ...`: a title or body
        no rule named opens the clause (the sentence, or after a comma or `لكن`) right before a
        verb with no conjunction — subject first, as headlines and later clauses put it."""
        word = self._word(c.first)
        if c.value.needs_marker or self._is_participle(c.first) or word[:1] in "وف" and self.cues.get(word[1:]) is not None:
            return None
        opening = max((first, *(k for k in range(first + 1, c.first) if self._comma_before(k))))
        if opening < c.first and self._word(opening) in ("لكن", "ولكن"):
            opening += 1
        if not 2 <= c.first - opening <= 5:
            return None
        phrase = self._title_of_body(self._noun_phrase_at(opening, c.first, by_first), c.first, by_first)
        if phrase is None or phrase.last != c.first or phrase.actor.actor_type == "other":
            return None
        return phrase

    def _subject_slot_words(self, c, first: int, last: int, after: int) -> tuple[tuple[int, int], int] | None:
        """When no rule knows the speaker, the words that fill the subject slot still name it for a
        reader: one to three words between the verb and its `أن`/`إن`, colon or governed preposition
        (`وقالت يوليا إنها`, `ولفت المكتب إلى أن`), or, before a verb with no conjunction, between
        the clause's opening and the verb (`لكن يونايتد أكد أن`). The source text is those words;
        no actor is made of them. Returns the span and the token after the slot."""
        if self._is_participle(c.first):
            return None
        j = c.last
        if after == j and j < last:
            marker = self._content_marker(j, last)
            # the slot ends at the content, or at a preposition or time word opening an adjunct
            # (`ولفت المكتب إلى`, `وقالت الوزيرة في حديث لإذاعة محلية: "..."`) when content follows
            governed = next((k for k in range(j + 1, min(last, j + 4)) if self._word(k) in self.prepositions
                             or self._word(k) in _TIME_WORDS or self.tokens[k].bare in _TIME_WORDS), None)
            # (a preposition standing alone: `للقوات` after `القائد العام` is its genitive, not an adjunct)
            if governed is not None and self._word(governed) not in _GOVERNED_PREPOSITIONS and marker is None:
                governed = None
            if marker is not None and (governed is None or governed > j + 1):
                # `وقال الوزير للصحفيين إن`, `وقال سميث لبي بي سي إن`: whom it was said to ends the slot
                told = next((k for k in range(j + 1, min(marker, j + 4)) if self._word(k)[:1] == "ل"
                             and not self._word(k).startswith("ال") and len(self._word(k)) > 2), None)
                governed = told if governed is None or told is not None and told < governed else governed
            end = min((k for k in (marker, governed) if k is not None), default=None)
            if end is not None and 1 <= end - j <= 3 and self._subject_words(j, end):
                return (self.tokens[j].start, self.tokens[end - 1].end), end
            dated = self._slot_before_time_adjunct(j, last) if marker is None else None
            if dated is not None:  # `وأعلنت نيابة المدينة السبت، تمديد`: a day after the subject, then the object
                return (self.tokens[j].start, self.tokens[dated - 1].end), dated
        if self._word(c.first)[:1] in "وف" and self._word(c.first)[1:] and self.cues.get(self._word(c.first)[1:]) is not None:
            return None  # (`وقال`: a verb joined by a conjunction opens its clause; its subject follows)
        opening = max((k for k in (first, *(k for k in range(first + 1, c.first) if self._comma_before(k)))), default=first)
        if opening < c.first and self._word(opening) in ("لكن", "ولكن", "بينما", "فيما", "وفيما"):
            opening += 1
        elif opening + 1 < c.first and self._word(opening) in ("الا", "غير", "بيد") and self._word(opening + 1) == "ان":
            opening += 2  # `إلا أن دراسات حديثة أكدت أن`: "however", then the subject
        if 1 <= c.first - opening <= 3 and self._subject_words(opening, c.first) \
                and self._content_marker(c.last, last) is not None:
            return (self.tokens[opening].start, self.tokens[c.first - 1].end), c.last
        return None

    def _slot_before_time_adjunct(self, j: int, last: int) -> int | None:
        """`وأعلنت لجنة حكومية الأربعاء رفضها`, `وأعلن المدرب جان دوبون، الخميس، استقالته`: one to
        four subject words, then a lone day or time word (set off by commas or not) and the object
        after it: the token of the time word, else None."""
        for k in range(j + 1, min(last - 1, j + 5)):
            word = self._word(k)
            if word in _TIME_WORDS or self.tokens[k].bare in _TIME_WORDS:
                after = k + 1
                if not (self._subject_words(j, k) or self._comma_before(k) and self._subject_words(j, k - 1 if k - 1 > j else k)
                        and all(not self._comma_before(x) for x in range(j + 1, k))):
                    return None
                nxt = self._word(after)
                if not nxt.isalpha() or self._is_preposition(nxt) and nxt not in _GOVERNED_PREPOSITIONS \
                        or self._is_complementizer(nxt) \
                        or nxt in _TIME_WORDS or self.cues.get(nxt) is not None:
                    return None
                return k
        return None

    def _subject_words(self, j: int, end: int) -> bool:
        """Words that can name a speaker: letters only, no preposition, complementizer, time
        word, adverb, relative or pronoun-suffixed noun, none in a mention, none after a comma."""
        for k in range(j, end):
            word = self._word(k)
            if not word.isalpha() or k in self.in_mention or k > j and self._comma_before(k) \
                    or self._is_preposition(word) or self._is_complementizer(word) or word in _TIME_WORDS \
                    or self.tokens[k].bare in _TIME_WORDS or word in self.adverbs or word in self.relatives \
                    or word in _SKIP_AT_CONTENT_START or _noun_with_pronoun(word) or self.cues.get(word) is not None \
                    or k > j and self._gap(k)[-1:] and self._gap(k)[-1] in _QUOTE_OPEN:
                return False
        gap = self._gap(j)
        return not (gap[-1:] and gap[-1] in _QUOTE_OPEN or ":" in gap)

    def _subject_before_object(self, c, last: int, by_first) -> Mention | None:
        """`ونفت وزارة الخارجية الفرنسية وجود أي اتفاق`, `وأعلن رئيس الوزراء استقالته`, `واتهم
        وزير الخارجية الإيراني الولايات المتحدة بانتهاك`: with no `أن`, the subject slot of a verb
        of saying ends where its object starts — a noun with a possessive pronoun, a `بـ` + verbal
        noun, a named actor, or an indefinite noun right after the definite phrase (a definite
        subject takes only definite adjectives). The phrase before it, a title or a body no rule
        named, is the subject; a bare head (`الحكومة`) is a recent speaker of its kind."""
        if c.value.needs_marker or self._is_participle(c.first) or c.last >= last:
            return None
        j = c.last
        if j in self.in_mention or not self._word(j).isalpha() or self._is_preposition(self._word(j)):
            return None
        k = next((x for x in range(j + 1, min(last, j + 7)) if self._opens_object(x, by_first)), None)
        if k is None or any(self._comma_before(x) or self._is_complementizer(self._word(x)) for x in range(j + 1, k)):
            return None
        if k == j + 1:
            head = self._bare_head_as_speaker(j)
            if head is not None:
                return head
        phrase = self._title_of_body(self._noun_phrase_at(j, k, by_first), k, by_first)
        if phrase is None or phrase.last != k or phrase.actor.actor_type == "other":
            return None
        return phrase

    def _opens_object(self, k: int, by_first) -> bool:
        """Token k starts the object after a definite subject phrase ending at k - 1."""
        word, before = self._word(k), self._word(k - 1)
        if not (before.startswith("ال") or k - 1 in self.in_mention) or word in _TIME_WORDS \
                or self.tokens[k].bare in _TIME_WORDS or word in self.adverbs or not word.isalpha() \
                or self._is_preposition(word) or self._is_complementizer(word) or word in self.relatives:
            return False
        if k in by_first:
            if by_first[k].actor.actor_type == "person" and k - 1 not in self.in_mention:
                return False  # `وقال الرئيس الروسي فلاديمير بوتين`: a name after a title is in apposition
            return k - 1 not in self.in_mention or by_first[k].first == k and not any(
                m.first < k < m.last for m in by_first.values())
        if k in self.in_mention or word.startswith("ال") or _is_present_verb(word):
            return False
        return _noun_with_pronoun(word) or word.startswith("ب") and len(word) > 4 \
            or len(word) > 3 and word[-2:] in ("ها", "هم") or len(word) >= 3

    def _bare_head_as_speaker(self, j: int) -> Mention | None:
        """`ونفت الحكومة وجود`: a bare definite title or organisation head as subject refers to
        the last speaker of its kind (a title to a person, a head to a body)."""
        lex = actor_lexicon()
        title = lex.titles.match_at(self.tokens, j, stop=j + 1) or lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=j + 1)
        if title is None and org is None:
            return None
        gender = self._cue_gender(j - 1)
        t = self.tokens[j]
        speaker = self._recent_of_kind(j, [s for s, _ in reversed(self.speakers[-3:])], title is not None,
                                       lambda m: gender is None or self._speaker_gender(m) in (None, gender))
        return Mention(speaker.actor, j, j + 1, t.start, t.end) if speaker is not None else None

    def _titled_subject(self, j: int, last: int, mentions: list[Mention]) -> Mention | None:
        """`وأعرب الأمين العام لحلف الناتو ينس ستولتنبرغ عن قلقه`: a person named after a title
        of a few words right after the verb, followed by the preposition the verb governs."""
        person = next((m for m in mentions if j < m.first <= j + 6 and m.actor.actor_type == "person"), None)
        if person is None or person.last >= last:
            return None
        lex = actor_lexicon()
        if self._word(person.last) not in _GOVERNED_PREPOSITIONS and not (
                self._comma_before(person.last) and (lex.titles.match_at(self.tokens, j, stop=person.first)
                                                     or lex.person_nouns.match_at(self.tokens, j, stop=person.first))):
            return None  # (`وأعلن وزير الداخلية الفرنسي X، السبت، وفاة`: a title, the name, a comma)
        if any(self._comma_before(k) or self._is_complementizer(self._word(k)) for k in range(j + 1, person.last)):
            return None
        return person

    def _after_apposition(self, j: int, last: int) -> int:
        """`أعلنت X، وهي من أقرب مساعديه، استقالتها`, `أعلن X الاثنين مقتل`, `نفى X الاثنين، في
        مقابلة مع Y، اتهامات`: a time, a clause on the speaker opened by `وهو`/`وهي`, or a
        prepositional phrase set off by commas come before what is reported."""
        for _ in range(4):
            if j >= last:
                return j
            word = self._word(j)
            if word in _TIME_WORDS or self.tokens[j].bare in _TIME_WORDS:
                if j + 1 < last and self._comma_before(j + 1):
                    j += 1  # `الاثنين، ...`
                    continue
                # `الاثنين مقتل`: a time word alone, or with its day name (`يوم الاثنين`)
                j += 2 if word in ("يوم", "اليوم") and j + 1 < last and self.tokens[j + 1].bare in _TIME_WORDS else 1
                continue
            end = next((k for k in range(j + 1, min(last, j + 12)) if self._comma_before(k)), None)
            if end is None or not self._comma_before(j):
                return j
            if word in ("وهو", "وهي", "وهم", "وهما") or self._is_preposition(word) and word not in _GOVERNED_PREPOSITIONS \
                    or self._opens_title(j) or word in self.relative_pronouns:
                j = end  # `، وهي من أقرب مساعديه،`, `، في مقابلة مع شبكة Y،`, `، رئيس اتحاد التنس،`, `، الذي خاض ...،`
                continue
            return j
        return j

    def _relative_clause_end(self, j: int, last: int) -> int | None:
        """`، الذي كان يتحدث في البرلمان، إن`: a relative clause set off by commas right after the
        speaker, with the reported content (`أن`/`إن`, a colon or a quotation) right after its
        closing comma; the token after that comma."""
        if j >= last or not self._comma_before(j) or self._word(j) not in self.relative_pronouns:
            return None
        end = next((k for k in range(j + 1, min(last, j + 15)) if self._comma_before(k)), None)
        if end is None or self._clause_break(j + 1, end) or self._content_marker(end, last) != end:
            return None
        return end

    def _name_before_title(self, c, source: Mention | None) -> tuple[int, int] | None:
        """`قال ماركو روسي، المدير الفني لنادي روما إن`: the speaker found after the verb stands
        inside a title set off by a comma after one to four words no rule named (the name, with a
        nationality before it): those words are the speaker, the title describes them. Their span."""
        if source is None or source.first <= c.last + 1:
            return None
        comma = next((k for k in range(c.last + 1, source.first) if self._comma_before(k)), None)
        if comma is None or not 1 <= comma - c.last <= 4 or not self._opens_title(comma) \
                or not self._subject_words(c.last, comma):
            return None
        return self.tokens[c.last].start, self.tokens[comma - 1].end

    def _opens_title(self, j: int) -> bool:
        """A title or role noun (`رئيس`, `الرئيس التنفيذي`, `مدرب`) opens token j."""
        lex = actor_lexicon()
        stop = min(len(self.tokens), j + 4)
        return lex.titles.match_at(self.tokens, j, stop=stop) is not None \
            or lex.person_nouns.match_at(self.tokens, j, stop=stop) is not None

    def _past_title_apposition(self, j: int, stop: int) -> int:
        """`قال X، رئيس اتحاد التنس الفرنسي، لمجلة "..."`: a title set off by commas right after
        the speaker describes the speaker; what is reported comes after it."""
        if j >= stop or not self._comma_before(j) or not self._opens_title(j):
            return j
        end = next((k for k in range(j + 1, min(stop, j + 12)) if self._comma_before(k)), None)
        if end is None and stop - j <= 8 and self._gap(stop)[-1:] in _QUOTE_OPEN and self._gap(stop):
            end = stop  # `وصرح X، رئيس أبرز جمعية في البلاد "..."`: the title runs up to the quotation
        return end if end is not None and not self._clause_break(j + 1, end) else j

    def _speaker_goes_on(self, c, first: int, source: Mention) -> bool:
        """`وأكد X أن ...، وشدد على ضرورة ...`, `. وأعرب عن قلقه`: a verb joined by و/ف (or after
        `كما`) at the head of a clause, with no subject of its own, continues the last speaker; what it
        reports is the prepositional object it governs (`على`, `عن`, `إلى`, `من`, `بـ` + noun)."""
        joined = self._word(c.first)[:1] in "وف" and (c.first == first or self._comma_before(c.first)) \
            or c.first > first and self._word(c.first - 1) in _BUT_WITH_PRONOUN \
            or c.first > first and self._word(c.first - 1) in ("كما", "وكما") \
            and (c.first - 1 == first or self._comma_before(c.first - 1))  # `. كما شدد على`
        # `لكن الأخير رفض العرض وأكد قدرته`: a verb coordinated in the clause of its subject
        coordinated = not joined and self._word(c.first)[:1] == "و" and source.last < c.first \
            and first <= source.first and not any(self._comma_before(k) for k in range(source.last, c.first + 1)) \
            and source is self._clause_subject(first, c.first, sorted([source], key=attrgetter("first")))
        if not joined and not coordinated:
            return False
        if self._plural_verb(c.first) and self._single_speaker(source):
            return False  # `وعبروا عن غضبهم`: they, not the official quoted before
        if c.last >= len(self.tokens) or c.last in self.in_mention:
            return False
        recent = [s for s, _ in self.speakers[-3:]]
        if self.sentence_speaker is not None:
            recent.append(self.sentence_speaker[0])
        if not coordinated and not any(source is s for s in recent):
            return False
        word = self._word(c.last)
        if word in _GOVERNED_PREPOSITIONS or word.startswith("ب") and len(word) > 4 and word[1:3] != "ان" \
                or self._is_complementizer(word) and not word.startswith(("لان", "ولان")):
            return True  # (`وأوضح أن يوم ...`: an `أن` read as opening an infinitive is still his report)
        # `كما أكد ضرورة إصلاح`, `وأكد دعمه`: an indefinite noun in ة or with a pronoun is the object
        # (a definite word or a bare noun here may be a new subject: `وأكد منسق الأمم المتحدة`)
        # (`محاميها`, `محاميه`: a pronoun after a long vowel makes a person, a likely subject)
        shaped = word.endswith("ه") and not word.endswith(("يه", "اه", "وه")) or word.endswith(("تها", "تهم"))
        return word.isalpha() and len(word) > 3 and not word.startswith(("ال", "وال")) and shaped \
            and word not in _TIME_WORDS and not self._is_preposition(word) and word not in self.relatives \
            and not self._is_complementizer(word) and self.cues.match_at(self.tokens, c.last, stop=c.last + 1) is None

    def _quote_after_a_clause(self, j: int, marker: int, last: int, by_first) -> bool:
        """A quotation that opens after a comma and words that are neither a statement's place
        (`، في بيان، "..."`) nor an adverbial: it belongs to another clause."""
        if marker - j <= 1:
            return False
        closed = next((k for k in range(marker + 1, min(last, marker + 4)) if any(q in self._gap(k) for q in '"»”')), None)
        if closed is not None and self._gap(closed).strip() in ('"', "»", "”"):
            return True  # `كشفت أزمة السفينة "أكواريوس" حجم الانقسام`: a short quoted name, and the clause goes on
        comma = next((k for k in range(j, marker) if self._comma_before(k)), None)
        if comma is None:
            return False
        return self._after_adverbial(self._past_statement_adjunct(j, last, by_first), marker + 1) != marker \
            and self._after_adverbial(comma, marker + 1) != marker  # (`للصحفيين، خلال مقابلة، "..."`)

    def _marker_after_long_adjunct(self, j: int, bound: int) -> int | None:
        """`وقال X في مؤتمر صحفي مشترك مع نظيره ... عقب اجتماع ... إن`: an adjunct saying where
        the statement was made (في + a statement noun) may run past the usual window; the `أن`/`إن`
        after it, in the same clause and before the next cue, still opens the content."""
        adjunct = self.cues.match_at(self.tokens, j, stop=bound) if j < bound else None
        if adjunct is None or adjunct.value.kind != "noun" or without_conjunction(self._word(j)) not in ("في", "خلال"):
            return None
        stop = min(bound, j + 35)
        marker = next((k for k in range(adjunct.last, stop) if self._is_complementizer(self._word(k))
                       and k not in self.in_mention and not self._opens_subjunctive(k)
                       and not self._word(k).startswith(("لان", "ولان"))), None)
        if marker is None or self._clause_break(j + 1, marker) or any(
                self.cues.match_at(self.tokens, k, stop=marker) is not None and self.cues.match_at(
                    self.tokens, k, stop=marker).value.kind == "verb" for k in range(adjunct.last, marker)):
            return None
        return marker

    def _governed_after_adjunct(self, j: int, last: int, governed: tuple[str, ...]) -> int | None:
        """An adjunct of place or time after the subject (`في اتصال هاتفي مع نظيره`, `خلال لقائه
        X`, `الخميس، دون ذكر Y،`) and then, within a dozen words and before any other verb of
        saying or `أن`, the preposition the verb governs: the token of that preposition."""
        opener = self._word(j)
        if not (opener in ("في", "خلال", "اثناء", "عقب", "بعد", "لدي") or opener in _TIME_WORDS
                or self.tokens[j].bare in _TIME_WORDS):
            return None
        for k in range(j + 1, min(last, j + 12)):
            word = self._word(k)
            if word in governed:
                return k if self._word(k - 1) not in ("مسؤول", "مسؤوله", "مسؤولين", "مسؤولون") else None
            if self._clause_break(k - 1, k) or self._is_complementizer(word) or word in self.relative_pronouns \
                    or self.cues.match_at(self.tokens, k, stop=last) is not None and not self._verbal_noun_cue(k, last) \
                    and self.cues.match_at(self.tokens, k, stop=last).value.kind == "verb":
                return None
        return None

    def _after_date_adjunct(self, j: int, last: int) -> int:
        """`أعلن X في 25 يونيو إقالة المدرب`, `في وقت لاحق تنفيذ`, `الأسبوع الماضي اعتقال`: a
        date or time adjunct (في + a day number, its month and year; a period noun with its
        `الماضي`/`لاحق`, `من اليوم`) before the object is not part of what was announced."""
        if j + 1 >= last:
            return j
        k = j
        if self._word(j) == "في" and self._word(j + 1).isdigit():
            k = j + 3 if j + 2 < last and self._word(j + 2).isalpha() else j + 2
            if k < last and self._word(k).isdigit():
                k += 1
        else:
            k = j + 1 if self._word(j) in ("في", "خلال") else j
            if k < last and strip_article(self._word(k)) in _TIME_PERIOD_NOUNS:
                k += 1
                while k < last and (self._word(k) in _TIME_MODIFIERS or self._word(k) in _TIME_WORDS):
                    k += 1
                if k + 1 < last and self._word(k) == "من" and strip_article(self._word(k + 1)) in _TIME_PERIOD_NOUNS:
                    k += 2  # `في وقت سابق من اليوم`
            else:
                k = j
        return k if j < k < last and self._word(k).isalpha() and not self._is_preposition(self._word(k)) \
            and not self._is_complementizer(self._word(k)) else j

    def _past_statement_adjunct(self, j: int, last: int, by_first) -> int:
        """`في بيان صدر عنها`, `في تصريح له`, `في بيان للرئاسة`: where the statement was made,
        before the object that is its content."""
        adjunct = self.cues.match_at(self.tokens, j, stop=last) if j < last else None
        if adjunct is None or adjunct.value.kind != "noun":
            return j
        k = adjunct.last
        if k + 1 < last and self._word(k) in ("صدر", "صادر", "صادره") and self._word(k + 1).startswith("عن"):
            k = by_first[k + 2].last if self._word(k + 1) == "عن" and k + 2 in by_first else k + 2
        elif k < last and self._word(k) in ("له", "لها", "لهم"):
            k += 1
        elif k in by_first:
            k = by_first[k].last
        return k if k < last else j

    def _attributes_before(self, cue: int, first: int, last: int) -> bool:
        """`...، كما أعلن X.`, `...، مثلما قال X`: `كما` after a comma and a verb with nothing
        reported after it attribute what came before (`كما أعلن X أن` means "X also announced")."""
        return cue - 1 > first and self._word(cue - 1) in ("كما", "مثلما") and self._comma_before(cue - 1) \
            and self._content_marker(cue + 1, last) is None

    def _parenthetical_verb(self, cue: int, first: int, last: int) -> bool:
        """`الاقتصاد سيتعافى، يقول الخبراء.`, `...، قالت الوزيرة.`: a verb of saying with no
        conjunction right after a comma, its subject ending the sentence and nothing reported
        after it, attributes the clause before the comma."""
        if cue - first < 3 or not self._comma_before(cue) or last - cue > 8:
            return False
        c = self.cues.match_at(self.tokens, cue, stop=last)
        if c is None or c.value.kind != "verb" or self._is_participle(cue) or self._word(cue)[:1] in "وف":
            return False  # (`، وتتهمه تركيا بـ`: a verb joined by a conjunction opens a clause of its own)
        if c.last >= last or self._content_marker(c.last, last) is not None or self._is_preposition(self._word(c.last)) \
                or any(self._comma_before(k) for k in range(c.last + 1, last)):
            return False
        adjunct = next((k for k in range(c.last + 1, last) if self._is_preposition(self._word(k))), None)
        if c.value.needs_marker:  # `، أضاف سميث.` (not `، أضاف الفريق هدفا ثانيا في الدقيقة 80`)
            return adjunct is None and last - c.last <= 3
        # `، قالت الشرطة في بيان.`: where it was said may follow the subject
        return adjunct is None or not any(self.cues.match_at(self.tokens, k, stop=last) is not None
                                          and self.cues.match_at(self.tokens, k, stop=last).value.kind == "verb"
                                          for k in range(adjunct, last))

    def _after_fronted_quotation(self, cue: int, first: int) -> bool:
        """`"نحن مستعدون للحوار"، قال الوزير.`: the sentence opens with a quotation that closes,
        with a comma, right before the verb — the verb reports the words before it."""
        if cue - first < 2:
            return False
        before = self._gap(cue)
        opening = self.text[self.tokens[first - 1].end if first else 0:self.tokens[first].start]
        if not (opening[-1:] in _QUOTE_OPEN and any(q in before for q in '"»”')):
            return False  # (a comma after the quotation is usual, not needed: `"..." قال X.`)
        if "،" not in before and "," not in before and self._content_marker(cue + 1, len(self.tokens)) is not None:
            return False  # `"درع الفرات" قال X إنها نجحت`: a quoted name, then the verb's own report
        quoted = self.text[self.tokens[first].start - 1:self.tokens[cue].start]  # one quotation, no more
        return quoted.count('"') + quoted.count("«") + quoted.count("»") + quoted.count("“") + quoted.count("”") == 2

    def _trailing_claim(self, c, first: int, last: int, by_first, end: int | None = None) -> Claim | None:
        source = self._source_after_verb(c.last, last, by_first)
        named = by_first.get(source.last) if source is not None and source.actor.actor_type != "person" else None
        if named is not None and named.actor.actor_type == "person":
            source = named  # `كما أعلنت المتحدثة باسم البيت الأبيض سارة ساندرز`: the spokeswoman, named
        start, end = self._after_adverbial(first, c.first - 1), c.first - 1 if end is None else end
        if source is None and 1 <= last - c.last <= 3 and self._subject_words(c.last, last):
            # `"..."، قال الوزير.`: the words after the verb name the speaker no rule knows
            t0, t1 = self.tokens[c.last], self.tokens[last - 1]
            hedged = c.value.hedged or self._hedged(start, end)
            return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                         None, (t0.start, t1.end), None, hedged) if start < end else None
        if source is None or start >= end or source.last + 3 < last and not self._comma_before(source.last) \
                and not self._is_preposition(self._word(source.last)):
            return None  # (the source ends the sentence, or a comma or where it spoke follows it: `في تغريدة`)
        hedged = c.value.hedged or self._hedged(start, end)
        channel, _ = self._channel(source.last, last, by_first)
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     source, (source.start, source.end), channel, hedged)

    def _source_after_verb(self, j: int, last: int, by_first) -> Mention | None:
        """The subject after the verb of `حسبما قال` / `بحسب ما أفادت`: an actor within a few
        words (`مراسلة وكالة الأنباء الفرنسية`), an official's body, a speaker only described or a
        definite phrase up to a preposition or the end (`مدير الطيران المدني في غيانا`)."""
        named = next((by_first[k] for k in range(j, min(last, j + 3)) if k in by_first
                      and not any(self._comma_before(x) for x in range(j + 1, k + 1))), None)
        if named is not None:
            return named
        official = self._official_of(j, last, by_first)
        if official is not None:
            return official
        described = self.describe(j, last) if self.describe is not None and j < last else None
        return described if described is not None else self._noun_phrase_at(j, last, by_first)

    def _speaks_inside(self, claim: Claim, c, claims: list[Claim]) -> bool:
        """A reporting verb inside another claim's content (not coordinated with `و` or a
        participle) reports only with a speaker of its own beside it (`أن ماكرون أبلغ روحاني`),
        named in the report before it, or after `أنه` (the outer speaker): a remembered speaker
        does not say it."""
        cue_at = self.tokens[c.first].start
        outer = next((p for p in claims if p.content_start <= cue_at < p.content_end), None)
        if outer is None or self._word(c.first).startswith("و") or self._is_participle(c.first) \
                or c.first > 0 and self._word(c.first - 1) in _BUT_WITH_PRONOUN:
            return True
        source = claim.source
        return source is not None and (source.first == c.last or source.last == c.first
                                       or c.first > 0 and self._word(c.first - 1) in _SUFFIXED_COMPLEMENTIZERS
                                       or outer.content_start <= source.start and source.last <= c.first)
        # (the last: `أن الرئيس ترامب جعلها تبكي في مكالمة قال فيها`, named in the report before its verb)

    def _transmits(self, k: int) -> bool:
        """`نقل`, `روى`, `أورد`: verbs of passing on, whose `عن Y` names the source quoted
        (`قال X عن Y` is "about Y", `مسؤولون عن` "in charge of")."""
        word = without_conjunction(self._word(k))
        return word.startswith(_TRANSMITTING_STEMS) or word[1:].startswith(_TRANSMITTING_STEMS) and word[0] in "يت"

    def _quoted_source(self, j: int, last: int, by_first) -> Mention | None:
        """Whom a source quotes after `عن`: an actor named within a few words (`عن رئيس لجنة
        الأمن القومي Y`), the body of an unnamed official (`عن متحدث باسم الجيش`) or a speaker
        only described (`عن مسؤول كبير`)."""
        if j >= last:
            return None
        near = [by_first[k] for k in range(j, min(last, j + 7)) if k in by_first and not self._clause_break(j, k)
                and not any(self._comma_before(x) or self._word(x).startswith("قول") or self._is_complementizer(self._word(x))
                            for x in range(j + 1, k + 1))]
        named = near[0] if near else None
        person = next((m for m in near if m.actor.actor_type == "person"), None)
        if named is not None and named.actor.actor_type != "person" and person is not None and \
                not self._word(named.first).startswith("ل"):
            return person  # `عن قائد الحرس الثوري اللواء محمد جعفري قوله`: the officer, named after his body
        if named is not None and named.first == j:
            return named
        official = self._official_of(j, last, by_first)
        if official is not None:
            return official
        if self.describe is not None:
            end = next((k for k in range(j + 1, min(last, j + 6)) if self._comma_before(k)
                        or self._word(k).startswith("قول") or self._is_complementizer(self._word(k))
                        or self._word(k) == "عن"), last if last - j <= 4 else None)
            described = self.describe(j, end) if end is not None else None
            if described is None and end is not None and named is None:
                described = self._noun_phrase_at(j, end)  # `عن وزير الخارجية القطري قوله`: a title, unnamed
                described = described if described is not None and described.last == end else None
            if described is not None and (named is None or described.last <= named.first):
                return described
        return named

    def _reported_by_object(self, j: int, cue: int, last: int) -> tuple[int | None, int]:
        """`نقلت وسائل إعلام أنباء تفيد بأن ...`, `نشرت الصحيفة تقارير تقول إن`: the verb's
        object is a report that itself states the content — one statement, not two. Returns the
        content marker after the inner verb (and the next cue after it), else (None, cue)."""
        inner = self.cues.match_at(self.tokens, cue, stop=last)
        if inner is None or inner.value.kind != "verb" or self._word(cue)[:1] in "وف" \
                or self._is_participle(cue) or any(k in self.in_mention or self._comma_before(k) for k in range(j, cue + 1)):
            return None, cue
        marker = self._content_marker(inner.last, last)
        if marker is None or marker - inner.last > 1:
            return None, cue
        after = next((k for k in range(marker, last) if k not in self.in_mention
                      and self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        return marker, after

    def _writers_gloss(self, start: int, end: int) -> int | None:
        """`قال إن طائراته قصفت مواقع، في إشارة إلى ...`, `أعلنت أن قواتها دمرت مخزنا، من دون أن
        تقدم تفاصيل`: after a comma, the writer's gloss on the report, not the report; the content
        ends before it (not inside a quotation)."""
        commas = self._comma_list
        for k in commas[bisect.bisect_left(commas, start + 1):bisect.bisect_left(commas, end)]:
            words = tuple(self._word(x) for x in range(k, min(end, k + 3)))
            if any(words[:len(g)] == g for g in _WRITERS_GLOSSES):
                quotes = self.text[self.tokens[start - 1].end if start else 0:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k
        return None

    def _contrast_clause(self, start: int, end: int) -> int | None:
        """`قال إن الوفد غادر، فيما تواصل القتال في المدينة`: a clause opened by a comma and
        `فيما` / `بينما` / `في حين` sets the writer's own account against the report; the content
        ends before it (not inside a quotation, where the speaker's words go on)."""
        commas = self._comma_list
        for k in commas[bisect.bisect_left(commas, start + 1):bisect.bisect_left(commas, end)]:
            if self._word(k) in _CONTRAST_OPENERS \
                    or k + 1 < end and f"{self._word(k)} {self._word(k + 1)}" in _CONTRAST_OPENERS:
                quotes = self.text[self.tokens[start - 1].end if start else 0:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k  # (counted from the gap before the content: `قال "إن ...، فيما ..."`)
        return None

    def _clause_before(self, start: int, cue: int) -> int | None:
        """`أن الوفد غادر، حيث قالت مصادر إن ...`: a later reporting verb opened by a comma and a
        clause opener (`حيث`, `فيما`, `بينما`, `في حين`) starts another statement; the content
        ends before it — unless the verb is quoted inside the content."""
        for k in (cue - 1, cue - 2):
            if k <= start:
                return None
            words = " ".join(self._word(x) for x in range(k, cue))
            if words in _CLAUSE_OPENERS and self._comma_before(k):
                quotes = self.text[self.tokens[start].start:self.tokens[k].start]
                if quotes.count('"') % 2 == 0 and quotes.count("«") <= quotes.count("»"):
                    return k
        return None

    def _gap(self, k: int) -> str:
        return self.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""

    def _comma_before(self, k: int) -> bool:
        return k in self._comma_tokens

    def _token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def _prep_claim(self, c, first, last, by_first) -> Claim | None:
        source = by_first.get(c.last)
        if source is None and c.last + 1 < last and self._word(c.last) not in self.complementizers \
                and self._before_prep_source(c.last, last):
            source = by_first.get(c.last + 1)  # `وفق ما أعلنت وزارة الصحة`, `بحسب ما نقلت رويترز`
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
            source = self.describe(c.last, last) or (self.describe(c.last + 1, last) if c.last + 1 < last
                                                     and self._before_prep_source(c.last, last) else None)
        verb = self.cues.match_at(self.tokens, c.last, stop=last) if source is None and c.last < last else None
        if verb is not None and verb.value.kind == "verb":  # `حسبما قال مدير الطيران المدني في غيانا`
            source = self._source_after_verb(verb.last, last, by_first)
        if source is None:  # `وفق تقرير نشرته صحيفة X`, `حسب حصيلة أعلنتها الشرطة`: the one who published it
            source = self._publisher_of_document(c.last, last, by_first)
        pronoun = None
        if source is None and c.first > first:  # `بحسب تعبيره`, `على حد قولها`: whose words, by the pronoun
            pronoun = c.last if c.last < last and not self._comma_before(c.last) else c.last - 1
            source = self._pronoun_speaker(self._word(pronoun), first, c.first, by_first)
        if source is None and c.first - first > 2:
            return self._claim_of_unnamed_words(c, first, last, verb if verb is not None and verb.value.kind == "verb" else None)  # `...، وفق ما أعلنت الوزارة.`
        if source is None:
            return None
        _, after = self._channel(source.last, last, by_first)
        quoted = self._prep_quoted_source(c, source, after, last, by_first)
        if quoted is not None:  # `بحسب ما نقلت وكالة X عن مصادر أمنية`: X passes on what Y said
            after = quoted.last + 1 if quoted.last < last and self._word(quoted.last).startswith("قول") else quoted.last
        if c.first - first <= 2 and pronoun is None and not self._comma_before(c.first):   # `بحسب المصادر، فإن ...`: content follows
            after = next((k for k in range(after, min(last, after + 4)) if self._comma_before(k)),
                         after)  # `وفقا لمصادر أمنية في دمشق، فقد ...`
            if after < last and self._word(after) in self.relative_pronouns:  # `وفقا لموقع X، الذي يتابع ...، يعد`
                after = next((k for k in range(after + 1, last) if self._comma_before(k)), last)
            start = self._content_start(after, last)
            end = last
        else:                      # `... بحسب المصادر`: content precedes
            start, end = self._after_adverbial(first, c.first), c.first
            while end - 1 > start and self._word(end - 1) in ("وذلك", "ذلك"):
                end -= 1  # `...، وذلك وفقا لوكالة فارس`: `وذلك` points back at the content
            if not self._comma_before(end):  # `شنت غارات على أهداف، بينها نفق بحسب الجيش`: the nearest clause
                clause = next((k for k in range(end - 2, start, -1) if self._comma_before(k)), None)
                if clause is not None and self.text[self.tokens[start].start:self.tokens[clause].start].count('"') % 2 == 0:
                    start = self._skip_particles(clause, end)
            main = next((k for k in range(c.first - 1, start, -1) if self._word(k) in ("فان", "فانه", "فانها")), None)
            if main is not None and without_conjunction(self._word(first)) in ("اذا", "لو", "لان", "لئن"):
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

    def _claim_of_unnamed_words(self, c, first: int, last: int, verb) -> Claim | None:
        """`...، وفق ما أعلنت الوزارة.`, `...، بحسب وزير الداخلية.`, `حسب ما أعلنت متحدثة باسم
        المحكمة.`: after a clause, an attribution preposition (and its verb) followed by one to
        four words that end the sentence and may name a speaker (a title, a body or a statement
        head first; `باسم` may join them): those words are the source, no actor is made of them,
        and the clause before the preposition is the content."""
        j = verb.last if verb is not None else c.last + 1 if c.last < last and self._word(c.last) == "ما" else c.last
        said = self.cues.match_at(self.tokens, j, stop=last) if verb is None and j < last else None
        if said is not None and said.value.kind == "verb":  # `حسب ما أعلنت`
            j = said.last
        if not 1 <= last - j <= 4 or not self._comma_before(c.first) or not self._speaker_slot(j):
            return None
        for k in range(j, last):
            word = self._word(k)
            if not word.isalpha() or k > j and self._comma_before(k) or self._is_complementizer(word) \
                    or word in _TIME_WORDS or self.tokens[k].bare in _TIME_WORDS or self.cues.get(word) is not None \
                    or self._is_preposition(word) and word != "باسم" or word in self.relatives:
                return None
        if any(m is not None and m.value.kind == "verb" for m in (
                self.cues.match_at(self.tokens, k, stop=c.first) for k in self.cues.starts_in(self.tokens, first, c.first))):
            return None  # `وقال X إن ...، بحسب دراسة للصندوق.`: the clause is already X's report
        start, end = self._after_adverbial(first, c.first), c.first
        if start >= end:
            return None
        t0, t1 = self.tokens[j], self.tokens[last - 1]
        return Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, *self._span(start, end),
                     None, (t0.start, t1.end), None, c.value.hedged or self._hedged(start, end))

    def _publisher_of_document(self, j: int, last: int, by_first) -> Mention | None:
        """`وفق تقرير نشرته صحيفة X`, `حسب حصيلة أولية أعلنتها الشرطة`: a noun after the
        preposition, then within a few words a verb of publishing or saying with an object pronoun
        (the noun) and its subject, a named actor — whose document or figure it is."""
        for k in range(j + 1, min(last - 1, j + 4)):
            if self._comma_before(k) or k in self.in_mention:
                return None
            word = without_conjunction(self._word(k))
            if word in _PUBLISHING_VERBS or self._object_pronoun(k):
                return by_first.get(k + 1)
        return None

    def _before_prep_source(self, k: int, last: int) -> bool:
        """The word between an attribution preposition and its source: `ما`, a verb of saying
        (`بحسب ما نقلت رويترز`) or an outlet's head (`بحسب صحيفة`) — not a noun the preposition
        governs (`وفق تفاهمات القاهرة`: in accordance with, not according to)."""
        word = self._word(k)
        verb = self.cues.match_at(self.tokens, k, stop=last)
        head = word[2:] if word.startswith("لل") else word[1:] if word.startswith("ل") else word
        return word == "ما" or verb is not None and verb.value.kind == "verb" \
            or strip_article(head) in _CHANNEL_HEADS or strip_article(word) in _CHANNEL_HEADS

    def _prep_quoted_source(self, c, source: Mention, after: int, last: int, by_first) -> Mention | None:
        """`بحسب ما نقلت وكالة X عن Y`, `وفقا لوكالة X نقلا عن Y`: whom the source of a
        prepositional cue quotes — after `عن` when a verb of passing on stands between the cue and
        the source, or after `نقلا عن`."""
        if after + 1 < last and self._word(after) == "نقلا":
            after += 1
        elif not any(self._transmits(k) for k in range(c.last, source.first)):
            return None
        if after + 1 >= last or self._word(after) != "عن":
            return None
        return self._quoted_source(after + 1, last, by_first)

    @cached_property
    def _may_receive(self) -> bool:
        """Whether any word of the document holds a verb of receiving (most documents: none)."""
        return any(verb in self.text for verb in _RECEIVING_VERBS)

    def _receivers(self, first: int, last: int, mentions: list[Mention]) -> set[int]:
        """The first tokens of the actors named between a verb of receiving (`تلقت`, `حصلت على`,
        `اطلعت على`) and `نسخة`: the outlet that was sent a statement."""
        out = set()
        if not self._may_receive:
            return out
        for k in range(first, last - 2):
            if without_conjunction(self._word(k)) not in _RECEIVING_VERBS:
                continue
            copy = next((x for x in range(k + 1, min(last, k + 8)) if self._word(x) in ("نسخه", "نسخا")), None)
            if copy is not None:
                out |= {m.first for m in mentions if k < m.first and m.last <= copy}
        return out

    def _restates_own_words(self, claim: Claim, claims: list[Claim]) -> bool:
        """An attribution phrase after a claim naming that claim's own speaker (`على حد قوله`)."""
        if claim.source is None:
            return False
        return any(p.source is not None and p.source.actor is claim.source.actor
                   and p.content_start < claim.cue_start <= p.content_end + 1 for p in claims)

    def _nest_reported(self, claim: Claim, c, claims: list[Claim]) -> None:
        """`قال X إن ...، بحسب ما نقلت وكالة Y`: Y reports X's claim. Y's claim gets the same
        content, which ends before the cue, and X's claim becomes its child."""
        cue_at = self.tokens[c.first].start
        inner = next((p for p in reversed(claims) if p.parent is None and not p.children
                      and p.content_start < cue_at <= p.content_end + 1), None)
        if inner is None or claim.content_start >= inner.content_start and claim.content_end <= inner.content_end:
            return
        end = c.first - 1
        while end > 0 and self._word(end) in ("وذلك", "ذلك") and self.tokens[end].start > inner.content_start:
            end -= 1
        inner.content_end = self.tokens[end].end
        claim.content_start, claim.content_end = inner.content_start, inner.content_end
        claim.hedged = claim.hedged or inner.hedged
        for quoted in _descendants(claim):  # `وفق ما نقلت وكالة Y عن Z`: Z's claim is the same
            quoted.content_start, quoted.content_end, quoted.hedged = claim.content_start, claim.content_end, claim.hedged
        reporter = ([claim, *_descendants(claim)])[-1]  # `بحسب ما نقلت Y عن Z`: Z passed on X's words
        inner.parent = reporter
        reporter.children.append(inner)

    def _publisher(self, verb: int, after: int, first: int, last: int, by_first) -> Mention | None:
        """`في بيان نشرته وكالة X`, `في تصريحات أوردتها صحيفة Y`: a verb of passing on or
        publishing, with an object pronoun, right after `في` + a statement noun names the outlet
        that published the statement (the outlet, if named)."""
        word = without_conjunction(self._word(verb))
        if verb - 2 < first or after >= last or not (word in _PUBLISHING_VERBS
                                                     or self._object_pronoun(verb) and self._transmits(verb)):
            return None
        noun = self.cues.get(f"في {self._word(verb - 1)}")
        if noun is None or noun.kind != "noun" or self._word(verb - 2) not in ("في", "وفي", "خلال"):
            return None
        outlet = by_first.get(after)
        return outlet if outlet is not None and outlet.actor.actor_type in ("media", "organization") else None

    def _published(self, cue: tuple[int, int], outlet: Mention, claims: list[Claim]) -> list[Claim]:
        """The outlet that published a statement reports it: a parent claim with the same
        content over the sentence's first claim with no parent."""
        inner = next((p for p in claims if p.parent is None and p.source is not None), None)
        if inner is None:
            return []
        parent = Claim(self.tokens[cue[0]].start, self.tokens[cue[1] - 1].end, inner.content_start,
                       inner.content_end, outlet, (outlet.start, outlet.end), None, inner.hedged)
        inner.parent = parent
        parent.children.append(inner)
        return [parent]

    def _outlet_between(self, c, inner: Claim, last: int, by_first) -> list[Claim]:
        """An outlet cited between a verb claim's source and its content reports that claim: a
        parent claim with the same content."""
        if inner.parent is not None or inner.cue_start >= self.tokens[c.first].start:
            return []
        source = next((by_first[k] for k in range(c.last, min(last, c.last + 4)) if k in by_first), None)
        if source is None or source.actor.actor_type not in ("media", "organization", "government"):
            return []
        outlet = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, inner.content_start,
                       inner.content_end, source, (source.start, source.end), None, inner.hedged)
        inner.parent = outlet
        outlet.children.append(inner)
        return [outlet]

    def _after_adverbial(self, first: int, end: int) -> int:
        """`وفي السياق نفسه، شنت ...`: the proposition starts after a leading adverbial phrase."""
        if first < min(end, len(self.tokens)) and self._word(first).lstrip("و") in _ADVERBIAL_OPENERS:
            for k in range(first + 1, min(end, first + 6)):
                if self._comma_before(k):
                    return k
        return first

    def _headline_claim(self, first, last, by_first) -> list[Claim]:
        """`غريفيث: إطلاق مفاوضات ...` — a headline quoting its source."""
        for k in range(first, min(last - 1, first + 5)):
            gap = self.text[self.tokens[k].end:self.tokens[k + 1].start]
            if ":" in gap:
                source = by_first.get(first)
                span = (self.tokens[first].start, self.tokens[k].end)
                if source is not None and source.last == k and source.actor.actor_type != "state" \
                        and (_is_present_verb(self._word(k)) or self.cues.get(self._word(k)) is not None):
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

    def _speaks_in_first_person(self, j: int, last: int) -> bool:
        """`لن نتفاوض`, `سنرد`, `مواقفنا ثابتة`, or a quotation: the words after a headline colon
        are someone's own, so the name before the colon is a speaker, not a dateline."""
        if j < last and self._gap(j)[-1:] in _QUOTE_OPEN and self._gap(j).strip(" :"):
            return True
        for k in range(j, min(last, j + 3)):
            word = without_conjunction(self._word(k))
            if word.startswith("سن"):
                word = word[1:]
            if word.endswith("نا") and len(word) > 3 or word[:1] == "ن" and len(word) >= 4 and _is_present_verb(word):
                return True
        return False

    # -- pieces ----------------------------------------------------------------------------
    def _cap_content(self, claim: Claim) -> None:
        """Content longer than `MAX_CONTENT_CHARS` ends at the last word that fits: the column
        holds the opening of the proposition, and its size must not grow with the sentence's."""
        if claim.content_end - claim.content_start <= MAX_CONTENT_CHARS:
            return
        limit = claim.content_start + MAX_CONTENT_CHARS
        k = bisect.bisect_left(self.starts, limit) - 1  # the last token starting before the limit...
        while k >= 0 and self.tokens[k].end > limit:   # ...and ending by it
            k -= 1
        claim.content_end = self.tokens[k].end if k >= 0 and self.tokens[k].end > claim.content_start else limit

    def _channel(self, j: int, last: int, by_first) -> tuple[Actor | None, int]:
        """`لموقع الجزيرة نت`, `لوكالة رويترز`, `لرويترز` right after the source."""
        if j >= last or not self._word(j).startswith("ل"):
            return None, j
        m = by_first.get(j)
        if m is not None and m.actor.actor_type == "media":
            return m.actor, m.last
        if self._word(j)[1:] in _CHANNEL_HEADS or strip_article(self._word(j)[1:]) in _CHANNEL_HEADS:
            m = by_first.get(j + 1) or by_first.get(j)
            if m is not None and m.actor.actor_type == "media":
                return m.actor, m.last
        return None, j

    def _content_start(self, j: int, last: int) -> int:
        marker = self._content_marker(j, last)
        if marker is None:
            return self._skip_particles(j, last)
        return marker  # the content keeps its `أن` / `إن`: the proposition starts there

    def _content_marker(self, j: int, last: int) -> int | None:
        """Where the reported content is introduced within the next words: the token index of
        `أن` / `إن` / `بأن` (and `أنه`, `إنها`...), else of the first word after `:` or a quote
        (a quoted name before the `أن`, `لحزب "العدالة والتنمية"`, is not the statement)."""
        stop = min(last, j + 20)  # the result depends on j and this stop only
        key = (j, stop)
        marker = self._markers.get(key, _UNSEEN)
        if marker is _UNSEEN:
            marker = self._markers[key] = self._content_marker_in(j, stop)
        return marker

    def _content_marker_in(self, j: int, stop: int) -> int | None:
        # the window ends before the first token k > j with `_clause_break(k - 1, k)`: the first
        # gap holding sentence-internal punctuation at or after j's (none before token 1 counts)
        breaks = self._break_tokens
        i = bisect.bisect_left(breaks, j)
        end = stop
        if i < len(breaks):
            b = breaks[i]
            end = min(stop, j + 1 if b == j else 2 if b == 1 else b)
        window = range(j, end)
        complementizer = next((k for k in window if self._is_complementizer(self._word(k))
                               and k not in self.in_mention and self._gap(k) not in ("-", "‐")
                               and not self._word(k).startswith(("لان", "ولان")) and not self._opens_subjunctive(k)
                               and not self._concessive(k)), None)
        # (`لأنه` is "because": a reason given, `طلب عدم نشر اسمه لأنه غير مخول`, not the report;
        # an `إن` inside a name or joined to one by a hyphen, `مون جيه-إن`, is no complementizer)
        colons, quoted = self._colon_tokens, self._quote_tokens
        for k in window:
            if complementizer is not None and k >= complementizer:
                break
            if k in colons or k in quoted and k not in self.inside_mention \
                    and not self._short_quoted_name(k, complementizer):  # (`" ` closes a quotation)
                return k  # `وأضافت "..."`, `وقال: ...`, `وقال "ليشهد العالم أن ..."` (the أن is quoted)
        return complementizer

    def _concessive(self, k: int) -> bool:
        """`وإن كان عملهم ...`: "even if", a concession, not the `أن` of a report."""
        return self._word(k) == "وان" and k + 1 < len(self.tokens) and self._word(k + 1).startswith(("كان", "بدا"))

    def _short_quoted_name(self, k: int, before: int | None) -> bool:
        """`لحزب "العدالة والتنمية" إن`: a quotation of a few words closed before the `أن` is a
        name, not the statement."""
        if before is None:
            return False
        return any(any(q in self._gap(x) for q in '"»”') for x in range(k + 1, min(before + 1, k + 5)))

    def _object_start(self, j: int, marker: int) -> int:
        """`ندد يوم الثلاثاء بالموقف "المعيب ..."`, `اتهم ماكرون الحكومة "بعدم المسؤولية"`,
        `أعلنت الهيئة اختتام فعاليات جمعة "..."`: a quotation that opens inside the verb's object;
        the content is the object (an adjunct, `في بيان "..."`, is not)."""
        if marker <= j or self._is_complementizer(self._word(marker)) or ":" in self._gap(marker):
            return marker
        gap = self._gap(marker)
        if sum(gap.count(q) for q in '"«»“”') >= 2 or any(ch in "،,؛" for ch in gap):
            return marker  # `لمنظمة "أنقذوا الأطفال" "نحن ..."`, `قال في بيانه، "..."`
        j = self._past_title_apposition(j, marker)
        if j < marker and self._word(j)[:1] == "ل" and (j in self.in_mention or self._word(j)[1:] in _CHANNEL_HEADS
                                                        or strip_article(self._word(j)[1:]) in _CHANNEL_HEADS):
            return marker  # `...، لمجلة التنس "..."`: the channel, then the quotation
        if j < marker and self._is_preposition(self._word(j)):  # `تعهد في أول إحاطة له، في نيسان، بتقديم "..."`
            j = max((x for x in range(j + 1, marker) if self._comma_before(x)), default=j)
        while j < marker and (self._word(j) in _TIME_WORDS or self.tokens[j].bare in _TIME_WORDS
                              or self._word(j) in self.adverbs or self._word(j).isdigit()):
            j += 1
        if j >= marker or self._is_preposition(self._word(j)) \
                or any(self.cues.match_at(self.tokens, k, stop=marker) is not None and not self._verbal_noun_cue(k, marker)
                       for k in range(j, marker)):
            return marker  # `كتب عليها "..."`, `قال X بحسب ما أوردت Y "..."` (a noun, `تصريحات Y "..."`, is the object)
        word = self._word(j)
        if word in self.relative_pronouns:
            return marker  # `وتابع X الذي انضم إلى ... "..."`: a clause on the speaker, then the quotation
        if marker - j == 1 and not (word.startswith(("ب", "ال")) and len(word) > 3 or _noun_with_pronoun(word)):
            return marker  # `عبادي "..."`: the rest of a name, not an object (`إدانته "..."` is one)
        if all(k in self.in_mention for k in range(j, marker)) and not self._word(marker).startswith("ب"):
            return marker  # `أبلغ روحاني "رغبته ..."`: the addressee (`اتهم الحكومة "بعدم ..."` keeps its object)
        return j

    def _verbal_noun_cue(self, k: int, stop: int) -> bool:
        """`تصريحات`, `إعلان` (not `في بيان`): a noun of saying that may be a verb's object."""
        cue = self.cues.match_at(self.tokens, k, stop=stop)
        return cue is not None and cue.value.kind == "noun" and without_conjunction(self._word(k)) != "في"

    def _verb_prefix_ok(self, c) -> bool:
        """A verb or verbal noun takes a conjunction or `لـ` before it (`وقال`, `لترجيح`), never
        an article or `بـ` (`الحذر`, `بوصفها`)."""
        token = self.tokens[c.first]
        prefix = self.text[token.start:c.start]
        if prefix in ("ل", "ول", "فل") and _is_present_verb(self.text[c.start:token.end]):
            return False  # `لترى`, `ليقول`: "in order to", an act intended, not a report
        return prefix in ("", "و", "ف", "ل", "ول", "فل") and not self.text.startswith("ال", c.start)

    def _tells_whom(self, k: int) -> bool:
        """`وأبلغه استعداده`: a verb of telling with its addressee as a pronoun; what follows is
        what was told."""
        word = without_conjunction(self._word(k))
        return any(word.endswith(p) and word[:-len(p)] in _TELLING_VERBS for p in ("ه", "ها", "هم"))

    def _object_pronoun(self, k: int) -> bool:
        """The cue word carries an object pronoun: `أبلغه`, `قالها`."""
        word = self._word(k)
        return any(word.endswith(p) and self.cues.get(word[:-len(p)]) is not None for p in ("ه", "ها", "هم"))

    def _is_preposition(self, word: str) -> bool:
        """`في`, `عليها`, `منه`: a preposition, alone or with a pronoun."""
        return word in self.prepositions or preposition_with_pronoun(word, self.prepositions)

    def _opens_subjunctive(self, k: int) -> bool:
        """`أن` + a present-tense verb (`أن يلتقي`, `أن تنتظر`) is an infinitive, the object of
        `يريد`/`يمكن`, not a reported proposition."""
        if self._word(k) != "ان" or k + 1 >= len(self.tokens) or k + 1 in self.in_mention:
            return False
        if self._written(k).startswith("إ"):
            return False  # `قال إن نسبة ...`: `إن` opens a clause, never an infinitive
        verb = self._word(k + 1)
        if verb in _TIME_WORDS or self.tokens[k + 1].bare in _TIME_WORDS:
            return False  # `إن يوم الجمعة`: a time noun, not a verb
        return _is_present_verb(verb) and not verb[1:].startswith("كون")  # `أن تكون` states a fact

    def _is_complementizer(self, word: str) -> bool:
        return word in self.complementizers or word in _SUFFIXED_COMPLEMENTIZERS

    def _skip_particles(self, j: int, last: int) -> int:
        """Past `فإن`, `فقد` and discourse adverbials (`من جهة أخرى`, `بدورها`) that open the
        content but are not part of the proposition."""
        while j < last:
            if self._word(j) in _SKIP_AT_CONTENT_START or self._word(j) in self.adverbs:
                j += 1
                continue
            phrase = next((p for p in _DISCOURSE_ADVERBIALS if tuple(self._word(k) for k in range(j, min(last, j + len(p)))) == p),
                          None)
            if phrase is None:
                return j
            j += len(phrase)
        return j

    def _clause_break(self, a: int, b: int) -> bool:
        """Sentence-internal punctuation between tokens a-1 and b."""
        if a <= 0 or b <= a:
            return False
        breaks = self._break_tokens  # the gaps before tokens a..b
        i = bisect.bisect_left(breaks, a)
        return i < len(breaks) and breaks[i] <= b

    def _hedged(self, first: int, last: int) -> bool:
        plain, before_present = hedge_matchers()
        tokens = self.tokens
        return any(plain.match_at(tokens, k, stop=last) is not None for k in plain.starts_in(tokens, first, last)) \
            or any(before_present.match_at(tokens, k, stop=last) is not None and k + 1 < last
                   and _is_present_verb(self._word(k + 1)) and not _past_in_nun(self._word(k + 1))
                   for k in before_present.starts_in(tokens, first, last))

    def _word(self, k: int) -> str:
        return self.tokens[k].word

    def _written(self, k: int) -> str:
        """Token k as the text writes it (its normalised form when no original is known)."""
        if self.original is None:
            return self.tokens[k].word
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b]

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last - 1].end


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


def _descendants(claim: Claim) -> list[Claim]:
    """The claims a claim reports, depth first: `نقلت X عن Y عن Z` gives Y, then Z."""
    return [d for ch in claim.children for d in (ch, *_descendants(ch))]


def _noun_with_pronoun(word: str) -> bool:
    """`إدانته`, `رفضها`, `دعمهم`: a noun ending in ة (written ت before a suffix) with a possessive
    pronoun — a verb's object, never the rest of a name."""
    return len(word) > 4 and word.endswith(("ته", "تها", "تهم"))


def _past_in_nun(word: str) -> bool:
    """`قد نفذ`, `قد نجحت`, `قد نقلوا`: a past verb whose root opens with ن (emphatic `قد`), not
    the first person plural present `نفعل` (three letters, or a past suffix ت/وا)."""
    w = without_conjunction(word)
    return w[:1] == "ن" and (len(w) == 3 or len(w) >= 4 and w.endswith(("ت", "وا")))


def _is_present_verb(word: str) -> bool:
    """Imperfect prefix ي/ت/ن (after an optional conjunction): `قد يتم`, `قد تكون`."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    classes = word_classes()
    if w in classes["demonstrative"] or w in classes["preposition"]:
        return False  # `إن تلك الشركات`, `أن تحت`: a closed-class word, not a verb
    if len(w) == 5 and w[0] == "ت" and w[3] == "ي":
        return False  # `تفكيك`, `تعزيز`: the verbal noun تفعيل, not a verb (`إن تفكيك ...` is content)
    if len(w) == 4 and w[0] == "ن" and w[2] == "ا":
        return False  # `أن نظام`, `أن نجاح`: the noun فِعال, not a verb in the first person plural
    if len(w) >= 5 and w.endswith("ا") and not w.endswith(("وا", "يا")):
        return False  # `أن تحقيقا يجري`, `أن نظاما جديدا`: an indefinite accusative noun (-an), not a verb
    return len(w) >= 3 and w[0] in "يتن"
