"""Whether a trigger reports a specific event that happened.

A trigger word fires whatever its sense: `انفجار الأوضاع` is no explosion, `التخطيط لاعتداء` no
attack, `هل يهاجم` no report, a raid of the 17th century no news. PLOVER codes specific, realised
events only; this module names the reason a trigger is not one (generic, hypothetical, planned,
negated, question, historical, figurative, sport, a reference to a case or charge, an accident)
from cue words around it (`lexicons/event_context.tsv`) and from years named before the report's
own, and tells an attack in words (`هاجم ... قائلا`) from one in arms. `events.py` drops the
trigger, marks it negated, or re-types it (a meeting planned is AGREE, an attack in words ACCUSE).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load, phrase_key, word_classes
from .matching import PhraseMatcher, Token
from .morphology import analyse, future_prefixed, stem_candidates, strip_article, without_conjunction

CONTEXT_CLASSES = ("generic", "hypothetical", "planned", "negated", "question", "historical", "figurative", "sport",
                   "reference", "anaphoric", "requested", "cancelled", "accident", "verbal", "discipline", "in_words",
                   "readiness", "refused")
# reference: an act named as the matter of a case, charge or inquiry; anaphoric: a demonstrative right
# before the trigger noun (`هذا اللقاء`) points back to an act already reported; requested: a verb of
# asking whose complement, a verbal noun further on in its clause, names the act asked for;
# cancelled: a visit called off (`ألغى زيارته`) did not take place (kept negated, like a denied act);
# readiness: a party ready for the act (`استعداده للقاء`, `مستعدة للتعاون`): an intent, AGREE for a
# meeting or help, no act of any other type; in_words: an attack word with a word of speech or media right after it (`هجوما لاذعا`, `هجوم إعلامي`):
# criticism, re-typed ACCUSE; discipline: a science or its scholar right before the word (`عالم الاجتماع`, a sociologist: no meeting);
# refused: a verb of refusing whose complement, the act right after it or its subject, is the act refused
# (`رفض الاعتذار`, `رفضت مالطا استقبال السفينة`): no act done, the REJECT is the event;
# accident: deaths no actor caused; verbal: words that make an attack by a speaker a criticism
# (asked for separately: `verbal_attack`)
# `later`: anywhere in the sentence after the trigger (a `verbal` cue only: `هاجم X ...، قائلا`; an
# attack charged after `متهما` is the charge, not a criticism)
_SCOPES = ("before", "after", "next", "clause", "sentence", "sentence_start", "sentence_pair", "later")
# next: the word right after the trigger, its genitive or complement (`قمة مستواه`, the peak of his
# form; `لقاء مبلغ`, in return for a sum): words that after any nearer word would belong to another
# phrase (`اجتماع على مستوى الوزراء` is a meeting)
# sentence_pair: a word common in match reports that also has other senses (`الفوز` an election,
# `ضيفه` a visitor): the sentence is sport only where a second, different one stands in it
_PAIRED_CUES_NEEDED = 2
# words between a `before` cue and the trigger: a noun of kind governs the trigger directly
# (`مكافحة الإرهاب`, `أعمال الخطف`), a conditional or a plan opens a clause the trigger ends
BEFORE_WINDOW = {"anaphoric": 0, "discipline": 0, "generic": 1, "reference": 2, "negated": 2, "planned": 3, "readiness": 3, "refused": 3, "historical": 3,
                 "hypothetical": 4, "cancelled": 4, "requested": 8}
AFTER_WINDOW = 2
# finite verbs of intent (cues of class planned in `event_context.tsv`) whose complement, the act
# intended, may follow a long subject (`يعتزم وزير الخارجية الألماني هايكو ماس زيارة موسكو`)
_INTENT_VERBS = word_classes()["intent_verb"]
_INTENT_REACH = 9  # words of subject between the verb and the act (`وفد رفيع المستوى من البرلمان الأوروبي أن`)
# a relative or a second verb's subordinator opens another clause, whose act is no longer the one intended
_CLAUSE_BREAKING_WORDS = word_classes()["intent_clause_breaker"]
_ATTACK_STEMS = tuple(sorted(word_classes()["attack_stem"]))  # words that also mean criticise (function_words.tsv)
_LAUNCHING_VERBS = word_classes()["attack_launching_verb"]  # `شن هجوما`: the attack is the verb's object
_LAUNCHED_OBJECT_SPAN = 6  # words after the verb its object may stand (`شن الرئيس الأميركي، دونالد ترامب، هجوما`)
_HOLDING_NOUNS = word_classes()["meeting_holding_noun"]  # `عقد`, `إجراء`: nouns of holding a meeting
_DEMONSTRATIVES = word_classes()["demonstrative"]  # `هذا الهجوم`: an act named again
# the verbal noun of a derived verb (Forms II, IV, VII, VIII, X: `تسليم`, `إدانة`, `انسحاب`, `اعتقال`,
# `استئناف`) as it stands after `ب`; the analyser may read `ادانه` as a verb with its object pronoun
_DERIVED_VERBAL_NOUN = re.compile(r"^(?:ال)?[تا]\w{3,}$")
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
# one regular-expression search of the sentence's text each (cheaper than a loop over its tokens)
_SCORE = re.compile(r"(?<!\d)\d{1,2} *[-–—] *\d{1,2}(?!\d)")
_PRICE_PREPOSITIONS = word_classes()["price_preposition"]  # `لقاء`: also `in return for` (function_words.tsv)
_MINUTE_NOUNS = ("الدقيقه",)  # `في الدقيقة 68`: the minute of play a goal or card came in
_MINUTE_OF_PLAY = re.compile(r"(?<!\S)[وف]?(?:" + "|".join(_MINUTE_NOUNS) + r") +\d")
_YEAR_NOUNS = word_classes()["year_noun"]
# sport words as political figures of speech (`_political_metaphor`)
_PLAYER_FORMS = word_classes()["player_noun"]
_ROLE_ADJECTIVES = word_classes()["role_adjective"]
_BALL_FORMS = frozenset({"الكره"})
_COURT_FORMS = frozenset({"ملعب"})
# `منتخب` is a national team (a sport cue) and elected: after an office it is the latter
_ELECTED_FORMS = word_classes()["elected_word"]
_ELECTED_OFFICES = word_classes()["elected_office"]
_COMPLEMENT_MARKERS = word_classes()["complement_marker"]  # open a verb's complement
_RELATIVES = word_classes()["relative"]  # `التي`, `الذي`: open a relative clause
_NOUN_RELATIVES = word_classes()["noun_relative"]  # `التي`, `الذي` only (not `ما`, `من`, also other words)
_HYPOTHETICAL_COPULAS = word_classes()["event_modal_copula"]  # `يكون`, `تكون` after a modal's `أن`
# `وإذا كانت تركيا قد أفرجت عن القس، فإنها ...`: `إذا` + `كان` + `قد` + a past verb grants a fact (a
# concessive), no condition; `ما إذا كان قد` (whether) and `لو` (counterfactual) stay hypothetical
_GRANTED_CONDITIONS = word_classes()["granted_condition_particle"]
_GRANTED_PAST = word_classes()["granted_condition_past_particle"]
_PAST_AUXILIARIES = word_classes()["past_auxiliary"]
_CLAUSE_MARKS = frozenset("،,;؛:.!?؟")  # punctuation that ends a clause (quotation marks do not)
_QUESTION_OPENERS = word_classes()["question_clause_opener"]  # `فلماذا`, `هل`: open a question of their own
_ASKED_OF = word_classes()["event_asked_of_preposition"]  # `من`, `منه`: the party a request is made of
_ADDRESSEE_SPAN = 2  # words of the party asked between `من` and the act (`من المسؤولين الأمنيين`)
# acts done by saying (`نرفض`, `ندعو`, `اتهم`): a year after their verb dates what is said
SAID_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE", "AGREE"})


@dataclass(frozen=True)
class Cue:
    context_class: str
    scope: str
    event_types: frozenset[str] | None  # None: every type


@lru_cache(maxsize=None)
def cue_matcher() -> PhraseMatcher[tuple[Cue, ...]]:
    """Every cue of a word: one word may be several (`قرار` before an execution is a plan, after
    an attack word a figure of speech)."""
    by_key: dict[tuple[str, ...], tuple[str, list[Cue]]] = {}
    for r in load("event_context.tsv", ("cue_ar", "context_class", "scope", "event_types")):
        if r["context_class"] not in CONTEXT_CLASSES or r["scope"] not in _SCOPES:
            continue
        types = None if r["event_types"] in ("", "*") else frozenset(r["event_types"].split("|"))
        by_key.setdefault(phrase_key(r["cue_ar"]), (r["cue_ar"], []))[1].append(Cue(r["context_class"], r["scope"], types))
    return PhraseMatcher(((cue, tuple(cues)) for cue, cues in by_key.values()),
                         enclitics=False)  # `دوريه` (its patrol) is not `الدوري`


def _quotation_left_open(text: str) -> bool:
    """A quotation opened in `text` is not closed by its end (straight, guillemet or curly marks)."""
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»") or text.count("\u201c") > text.count("\u201d")


class EventContext:
    """Cues of one document's tokens; `reason` is asked per trigger."""

    def __init__(self, tokens: list[Token], norm_text: str, published_year: int | None = None):
        self.tokens = tokens
        self.text = norm_text
        self.cues = cue_matcher()
        self.published_year = published_year
        self._sentence: tuple[int, int] | None = None
        self._found: list[tuple[int, int, Cue]] = []
        self._match_report = False  # the sentence reports a match (`_scan`)
        self._latest: int | None | bool = False  # computed on first use

    def reason(self, t0: int, t1: int, event_type: str, first: int, last: int,
               beyond_sport: bool = False) -> str | None:
        """Why tokens[t0:t1], a trigger of `event_type` in the sentence tokens[first:last], is not a
        specific realised event, or None when nothing says so; `beyond_sport`: the reason other
        than sport (the act's parties are political, the sport words are its setting)."""
        if self._sentence != (first, last):
            self._scan(first, last)
        clause_start = self._clause_start(t0, first)
        if self._match_report and not beyond_sport:
            return "sport"
        if self._priced(t0, t1, last):
            return "figurative"
        for c0, c1, cue in self._found:
            if cue.event_types is not None and event_type not in cue.event_types or cue.context_class == "verbal" or \
                    beyond_sport and cue.context_class == "sport":
                continue
            if cue.scope == "sentence_pair":
                continue  # counted once per sentence (`_match_report`)
            if cue.scope == "sentence" or (cue.scope == "sentence_start" and c0 == first):
                if cue.context_class == "sport" and self._in_relative_aside(c0, t0, first, last):
                    continue  # `ونفت روسيا، التي تستضيف نهائيات كأس العالم، أي دور`: the aside describes a party
                return cue.context_class
            if cue.context_class == "requested":
                if c1 <= t0 and t0 - c1 <= BEFORE_WINDOW["requested"] and self._same_clause_quoted(c0, t0) and \
                        (self._complement_noun(t0) or self._held_in_complement(t0, c1) or self._holding_complement(t0)
                         or self._asked_of_addressee(t0, c1)):
                    return cue.context_class
                continue
            if cue.context_class == "discipline" and not self._construct(c1 - 1, t0):
                continue  # `قادة العالم اجتماعا`: the world, no science
            if cue.scope == "before" and clause_start <= c0 and c1 <= t0 and \
                    (t0 - c1 <= BEFORE_WINDOW.get(cue.context_class, 2) or self._intended(c0, c1, t0)):
                if cue.context_class == "anaphoric" and strip_article(self.tokens[t0].word) == self.tokens[t0].word:
                    continue  # `رغم ذلك انتقده`: the demonstrative stands alone, it points to no act named by a verb
                if cue.context_class == "hypothetical" and self._subject_of_copula(t0):
                    continue  # `يمكن أن يكون الهجوم الذي استهدف السفارة من تدبير`: the attack happened, its author is the guess
                if cue.context_class == "hypothetical" and self._granted(c0, c1, t0, clause_start):
                    continue
                return cue.context_class
            if cue.scope == "clause" and clause_start <= c0 and self._same_clause(t0 if c0 < t0 else t1 - 1, c0):
                return cue.context_class
            if cue.scope == "next" and c0 == t1 and self._same_clause(t1, c0):
                return cue.context_class
            if cue.scope == "after" and t1 <= c0 < t1 + AFTER_WINDOW and self._same_clause(t1, c0):
                return cue.context_class
        if self._question(last) and not self._question_quoted_after(t1, first, last) and \
                not self._question_after_colon(t1, last) and not self._question_opened_after(t1, last) and \
                not (t0 > first and self.tokens[t0 - 1].word in _NOUN_RELATIVES
                     and not future_prefixed(without_conjunction(self.tokens[t0].word))):
            # `من هي X التي تتهمها واشنطن بالتجسس؟`: the act told in a relative clause is taken as known
            # (not one still to come: `كيف ستتعامل مع الذين سيغادرون السجون؟`)
            return "question"
        trigger = analyse(self.tokens[t0].word)
        complement_dated = trigger.present_strict or event_type in SAID_TYPES and not trigger.verbal_noun
        if self._historical_year(clause_start, t0, t0 if complement_dated else min(last, t0 + 8)):
            return "historical"
        return None

    def verbal_attack(self, t0: int, first: int, last: int) -> bool:
        """`هاجم بومبيو القيادة الإيرانية ... قائلا`, `شن الرئيس هجوما حادا على حلفائه`: an attack
        word, or a verb of launching one (`شن`) with it as its object, whose sentence reports speech."""
        if t0 > first and without_conjunction(self.tokens[t0 - 1].word) in _DEMONSTRATIVES:
            return False  # `إن الدوافع وراء هذا الهجوم إرهابية`: the attack already told, named again
        if not self._attack_word(t0) and not (
                without_conjunction(self.tokens[t0].word) in _LAUNCHING_VERBS and
                any(self._attack_word(k) for k in range(t0 + 1, min(last, t0 + 1 + _LAUNCHED_OBJECT_SPAN)))):
            return False
        if self._sentence != (first, last):
            self._scan(first, last)
        return any(cue.context_class == "verbal" and (cue.scope != "later" or c0 > t0) for c0, _, cue in self._found)

    def _attack_word(self, k: int) -> bool:
        return any(c.startswith(_ATTACK_STEMS) for c in stem_candidates(self.tokens[k].word))

    def _scan(self, first: int, last: int) -> None:
        self._sentence = (first, last)
        matches = [m for m in self.cues.find_all(self.tokens, first, last)
                   if not self._elected_office(m.first, first) and not self._political_metaphor(m.first, last)]
        self._found = [(m.first, m.last, cue) for m in matches for cue in m.value]
        # one per cue phrase: the matcher holds one tuple of cues per phrase (equal tuples of two phrases are two objects)
        paired = {id(m.value) for m in matches if any(cue.scope == "sentence_pair" for cue in m.value)}
        self._match_report = len(paired) + self._score(first, last) >= _PAIRED_CUES_NEEDED or \
            self._minute_of_play(first, last)

    def _in_relative_aside(self, c0: int, t0: int, first: int, last: int) -> bool:
        """tokens[c0] stands in a relative clause set off by commas (`، التي تستضيف ... ،`) that does
        not hold the trigger at t0: the clause describes a party named before it."""
        start = c0
        while start > first and self.tokens[start].joined:
            start -= 1
        if start == first or without_conjunction(self.tokens[start].word) not in _RELATIVES:
            return False
        end = c0 + 1
        while end < last and self.tokens[end].joined:
            end += 1
        return end < last and not start <= t0 < end

    def _elected_office(self, c0: int, first: int) -> bool:
        """`الرئيس المنتخب`, `الرئيس الأمريكي المنتخب`: `منتخب` after an office (and at most one
        adjective) is elected, no national team."""
        if without_conjunction(self.tokens[c0].word) not in _ELECTED_FORMS:
            return False
        return any(self.tokens[k].word in _ELECTED_OFFICES for k in range(max(first, c0 - 2), c0))

    def _political_metaphor(self, c0: int, last: int) -> bool:
        """`لاعبا إقليميا`, `لاعب أساسي` (a party's role) and `الكرة في ملعب X` (the next move is
        X's): the words of sport as figures of political speech, no match report."""
        word = without_conjunction(self.tokens[c0].word)
        following = self.tokens[c0 + 1].word if c0 + 1 < last else ""
        if word in _PLAYER_FORMS:
            return following in _ROLE_ADJECTIVES
        if word in _BALL_FORMS:
            return any(self.tokens[k].word in _COURT_FORMS for k in range(c0 + 1, min(last, c0 + 4)))
        if word in _COURT_FORMS:
            return c0 >= 2 and any(without_conjunction(self.tokens[k].word) in _BALL_FORMS for k in range(c0 - 3, c0))
        return False

    def _priced(self, t0: int, t1: int, last: int) -> bool:
        """`انتقل إلى النادي لقاء 20 مليون يورو`: `لقاء` before a sum is `in return for`, no meeting (a
        meeting is `لقاء` + its parties or an adjective; before a price word see the `next` cues)."""
        return t1 == t0 + 1 < last and self.tokens[t0].word in _PRICE_PREPOSITIONS and \
            self.tokens[t1].joined and self.tokens[t1].word[:1].isdigit()

    def _minute_of_play(self, first: int, last: int) -> bool:
        """`في الدقيقة 68`: a minute of play marks a match report whatever its words."""
        return _MINUTE_OF_PLAY.search(self.text, self.tokens[first].start, self.tokens[last - 1].end) is not None

    def _score(self, first: int, last: int) -> bool:
        """`فوزه على ضيفه 3-1`: two small numbers joined by a dash. A range of days, counts or
        percentages is written the same (`ليل 8-9 يناير`, `25 - 35%`), so a score counts only as one
        `sentence_pair` word, never alone (a year range, `2017-2018`, has four-digit numbers)."""
        return _SCORE.search(self.text, self.tokens[first].start, self.tokens[last - 1].end) is not None

    def _clause_start(self, t0: int, first: int) -> int:
        """The first token after the last punctuation before t0 (a comma ends a clause); a trigger
        joined by `و`/`ف` opens a coordinated clause of its own (`مكافحة الشغب وأطلقوا الرصاص`)."""
        word = self.tokens[t0].word
        if without_conjunction(word) != word and len(word) > 3:  # not `وقف`, whose `و` is its own
            return t0
        k = t0
        while k > first and self.tokens[k].joined:
            k -= 1
        return k

    def _held_in_complement(self, t0: int, cue_end: int) -> bool:
        """`دعا إلى عقد مؤتمر دولي`, `اقترح عقد قمة`, `طالب بإجراء محادثات`: a meeting noun after a
        noun of holding it (`عقد`, `إجراء`) that is the complement of the verb of asking (right after
        it or its subject, or after `إلى`/`ب`/`أن`): the meeting is asked for, not held."""
        k = t0 - 1
        if k < cue_end:
            return False
        word = self.tokens[k].word
        bare = without_conjunction(word)
        if bare[:1] == "ب" and bare[1:] in _HOLDING_NOUNS:
            return True
        if bare not in _HOLDING_NOUNS:
            return False
        if bare != word:  # `وعقد مؤتمرا`: joined by `و`, `عقد` is rather the verb (and held)
            return analyse(bare).verbal_noun
        return True  # `اقترح الرئيس عقد قمة`, `دعا إلى عقد مؤتمر`

    def _asked_of_addressee(self, t0: int, cue_end: int) -> bool:
        """`طلبت من المسؤولين التنسيق مع`, `طلب منه الانسحاب`: a verbal noun right after the party asked
        (`من` + a word or two, or `منه`/`منها`) is the act asked for."""
        word = without_conjunction(self.tokens[t0].word)
        if not (analyse(word).verbal_noun or _DERIVED_VERBAL_NOUN.match(word)):
            return False
        for k in range(max(cue_end, t0 - _ADDRESSEE_SPAN - 1), t0):
            if self.tokens[k].word in _ASKED_OF:
                return True
        return False

    def _holding_complement(self, t0: int) -> bool:
        """`دعا إلى عقد قمة`, `طالب بعقد اجتماع`: the trigger is itself the noun of holding the meeting
        (`عقد` heads the collocation `عقد ... قمة`), governed by `إلى`/`ب`/`أن` as a verb's complement."""
        bare = without_conjunction(self.tokens[t0].word)
        if bare[:1] == "ب" and bare[1:] in _HOLDING_NOUNS:
            return True
        return bare in _HOLDING_NOUNS and t0 > 0 and \
            without_conjunction(self.tokens[t0 - 1].word) in _COMPLEMENT_MARKERS

    def _construct(self, head: int, genitive: int) -> bool:
        """`عالم الاجتماع`: an indefinite head and a definite noun after it, one construct phrase."""
        return without_conjunction(self.tokens[genitive].word).startswith("ال") and \
            not without_conjunction(self.tokens[head].word).startswith("ال")

    def _complement_noun(self, t0: int) -> bool:
        """`بالإفراج`, `إلى الانسحاب`, `والانسحاب`: a verbal noun governed by `ب`/`إلى`/`أن` or joined
        by `و` to one, as the complement of a verb of asking is (not `عقب اجتماعه`, an adjunct)."""
        word = self.tokens[t0].word
        bare = without_conjunction(word)
        if bare[:1] == "ب" and (analyse(bare[1:]).verbal_noun or _DERIVED_VERBAL_NOUN.match(bare[1:])):
            return True  # `بإدانة`, `بالإفراج`, `بتسليم`: the trigger itself with `ب` is the asked act
        previous = without_conjunction(self.tokens[t0 - 1].word) if t0 > 0 else ""
        return analyse(bare).verbal_noun and (previous in _COMPLEMENT_MARKERS or bare != word)

    def _intended(self, c0: int, c1: int, t0: int) -> bool:
        """`يعتزم وفد رفيع من البرلمان الأوروبي أن يزور`: a finite verb of intent reaches past its
        subject to the act it governs, the first one in its clause after it (no punctuation, no
        relative clause, no other verb of the clause between)."""
        if without_conjunction(self.tokens[c0].word) not in _INTENT_VERBS or t0 - c1 > _INTENT_REACH:
            return False
        return self._same_clause(c0, t0) and not any(
            self.tokens[k].word in _CLAUSE_BREAKING_WORDS for k in range(c1, t0))

    def _same_clause(self, a: int, b: int) -> bool:
        """No punctuation between tokens a and b (in either order)."""
        a, b = min(a, b), max(a, b)
        return all(self.tokens[k].joined for k in range(a + 1, b + 1))

    def _granted(self, c0: int, c1: int, t0: int, clause_start: int) -> bool:
        """`وإذا كان الشمال قد أبدى استعدادا ...، فإنه`: `إذا` opening its clause (or joined by `و`),
        then `كان`, then `قد` right before the trigger: a past fact granted, not a condition. Not `ما
        إذا كان قد` (whether: `إذا` after `ما`, not opening the clause)."""
        word = self.tokens[c0].word
        opens = c0 == clause_start or without_conjunction(word) != word
        return opens and without_conjunction(word) in _GRANTED_CONDITIONS and t0 > c1 and \
            self.tokens[t0 - 1].word in _GRANTED_PAST and \
            any(self.tokens[k].word in _PAST_AUXILIARIES for k in range(c1, t0 - 1))

    def _subject_of_copula(self, t0: int) -> bool:
        """`أن يكون الهجوم`: a definite noun right after the copula of a modal clause is its subject,
        an act taken as done; what the modal weighs is the predicate (an indefinite `أن يكون هجوما`
        is the guess itself)."""
        return t0 > 0 and self.tokens[t0].joined and self.tokens[t0 - 1].word in _HYPOTHETICAL_COPULAS and \
            without_conjunction(self.tokens[t0].word).startswith("ال")

    def _same_clause_quoted(self, a: int, b: int) -> bool:
        """No punctuation but quotation marks between tokens a and b: `طالب السلطات بـ"الإفراج"`
        quotes the act asked for inside its clause."""
        a, b = min(a, b), max(a, b)
        return not any(ch in _CLAUSE_MARKS for ch in self.text[self.tokens[a].end:self.tokens[b].start])

    def _question(self, last: int) -> bool:
        """The sentence ends with a question mark (sentences end at `؟`)."""
        if last == 0:
            return False
        end = self.tokens[last - 1].end
        tail = self.text[end:end + 3]
        return "؟" in tail or "?" in tail

    def _question_quoted_after(self, t1: int, first: int, last: int) -> bool:
        """The sentence's question is in words quoted after the trigger (`كرر انتقاده ... في تغريدة،
        قال فيها "هل سيكون ...؟"`: a quotation opened after it is still open at the question mark):
        the trigger, outside the quotation, tells no question."""
        start, trigger_end, end = self.tokens[first].start, self.tokens[t1 - 1].end, self.tokens[last - 1].end
        # (open at the mark: not a quoted word closed before it, `وسط "تعقيدات"؟`)
        return not _quotation_left_open(self.text[start:trigger_end]) and _quotation_left_open(self.text[trigger_end:end])

    def _question_after_colon(self, t1: int, last: int) -> bool:
        """The question is words quoted without marks after a colon that follows the trigger (`سأل X
        خلال اجتماعهما: لماذا لا ...؟`): the meeting the narrative reports is asked about by no one."""
        return ":" in self.text[self.tokens[t1 - 1].end:self.tokens[last - 1].start]

    def _question_opened_after(self, t1: int, last: int) -> bool:
        """A clause after the trigger's opens with an interrogative (`وجه انتقادات ...، وقال إن ...،
        فلماذا ...؟`): that clause is the question, the act told before it is no question."""
        return any(without_conjunction(self.tokens[k].word) in _QUESTION_OPENERS and
                   any(ch in _CLAUSE_MARKS for ch in self.text[self.tokens[k - 1].end:self.tokens[k].start])
                   for k in range(t1, last))

    def _historical_year(self, clause_start: int, t0: int, end: int) -> bool:
        """`عام 1981`: a year in the trigger's clause before tokens[end], two or more years before
        the report's (the publication year, else the latest year the document names) dates the
        event as history. Only years after `عام`/`سنة` count: a bare number may be a count. The
        caller stops at the trigger when the year after it dates its complement, not the act:
        `وتتهم تركيا الداعية بتدبير الانقلاب عام 2016` (a present-tense verb reports a current act,
        and so does a verb of saying: `اتهم`, `طالب`, `رفض` with the year of what is said)."""
        years = [int(self.tokens[k].word) for k in range(max(clause_start, 1), end)
                 if self.tokens[k].word.isdigit() and _YEAR.match(self.tokens[k].word)
                 and without_conjunction(self.tokens[k - 1].word) in _YEAR_NOUNS]
        if not years:
            return False
        reference = self.published_year or self._latest_year()
        return reference is not None and min(years) < reference - 1

    def _latest_year(self) -> int | None:
        if self._latest is False:
            self._latest = max((int(t.word) for t in self.tokens if t.word.isdigit() and _YEAR.match(t.word)), default=None)
        return self._latest
