"""What the words around a match say about it: a bare number that counts things is no year,
a clause about the future moves a weekday ahead."""
from __future__ import annotations

import datetime as dt
import re

from . import date_words as W
from .morphology import enclitic_candidates
from .date_grammar import END, S, S0, rx

_NEXT_WORD_RE = rx(S0 + r"([^\W_]+)")


def prev_word(t: str, pos: int) -> str:
    """The word that ends just before `pos` (within its 40 characters), with only spaces and
    one comma between: the match of `([^\W_]+)` + S0 + `[،,]?` + S0 + `$` in t[pos - 40:pos],
    found by walking back from `pos` (a regex search tried every position of the window, and
    backtracked through each word in it). `$` also matches before a final line break; S0's
    spaces are no line breaks; `[^\W_]` is `str.isalnum`."""
    lo = max(0, pos - 40)
    k = pos - 1 if pos > lo and t[pos - 1] == "\n" else pos
    while k > lo and t[k - 1] not in "\r\n" and t[k - 1].isspace():
        k -= 1
    if k > lo and t[k - 1] in "،,":
        k -= 1
        while k > lo and t[k - 1] not in "\r\n" and t[k - 1].isspace():
            k -= 1
    end = k
    while k > lo and t[k - 1].isalnum():
        k -= 1
    return t[k:end]


def prev_words(t: str, pos: int, n: int) -> list[str]:
    return re.findall(r"[^\W_]+", t[max(0, pos - 20 * n):pos])[-n:]


def next_word(t: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(t, pos)
    return m.group(1) if m else ""


def strip_clitic(w: str) -> str:
    if len(w) > 2 and w[0] in "وف":
        w = w[1:]
    return w


_DAY_WORDS = frozenset(part for phrase in W.ORDINALS for part in phrase.split()) | W.DAY_LINKS


def _a_day_number(word: str) -> bool:
    """`5`, `و30`, `ال5` (الـ5, its tatweel folded away)."""
    for prefix in ("و", "ال", "وال"):
        if word.startswith(prefix):
            word = word[len(prefix):]
            break
    return word.isdigit()


def _word_before_day(t: str, start: int) -> str:
    """The word before a month name's day (`11`, `الحادي عشر من`) and the name it pairs with
    (`سبتمبر/أيلول`), or before the name itself, within its clause."""
    window = re.split(r"[.!?؟؛\n:«»\"()]", t[max(0, start - 60):start])[-1]
    words = re.findall(r"[^\W_]+", window)
    while words and (_a_day_number(words[-1]) or words[-1] in _DAY_WORDS or words[-1] in W.MONTHS):
        words.pop()
    return words[-1] if words else ""


def named_by_date(t: str, start: int) -> str:
    """The event or place noun (`هجمات 11 سبتمبر`, `ثورة يناير`, `لأحداث 11 سبتمبر`, `مدينة 6
    أكتوبر`) whose name is the day or month at `start`, or ''."""
    w = strip_clitic(_word_before_day(t, start))
    if w in W.NAMED_BY_DATE:
        return w
    for prefix in ("ال", "لل", "بال", "ل", "ب", "ك"):
        if w.startswith(prefix) and len(w) > len(prefix) + 2 and w[len(prefix):] in W.NAMED_BY_DATE:
            return w[len(prefix):]
    return ""


# A named event at most this many days before publication is news (`هجوم الرابع من مارس` told on
# the 27th): its day is the resolved one. An older one, one that would lie ahead, or one whose
# anniversary is told, happened in a year the text does not give.
_RECENT_EVENT_DAYS = 45


def named_long_ago(t: str, start: int, value: dt.date | None, pub: dt.date | None) -> bool:
    """A day or month without a year (resolved to `value`) that names an event or place of an
    unknown year: no date."""
    noun = named_by_date(t, start)
    if not noun:
        return False
    if noun in W.PLACES_NAMED_BY_DATE or value is None or pub is None or not 0 <= (pub - value).days <= _RECENT_EVENT_DAYS:
        return True
    before = re.split(r"[.!?؟؛\n]", t[max(0, start - 80):start])[-1]
    return any(_bare(w) in W.ANNIVERSARIES for w in re.findall(r"[^\W_]+", before))


def _bare(w: str) -> str:
    """The word without a conjunction, preposition or article before it (لإحياء الذكرى → ذكرى)."""
    w = strip_clitic(w)
    for prefix in ("بال", "لل", "ال", "ل", "ب"):
        if w.startswith(prefix) and len(w) > len(prefix) + 2:
            return w[len(prefix):]
    return w


_PERCENT_AFTER = rx(S0 + r"(?:في" + S + r"(?:المئه|المائه)|بالمئه|بالمائه|%|٪)")


def plausible_bare_year(t: str, s: int, e: int, y: int) -> bool:
    """Whether the number t[s:e] standing alone is a year, not a count or an identifier."""
    prev = prev_words(t, s, 2)
    p1 = strip_clitic(prev[-1]) if prev else ""
    if p1 in W.QUANTITY_BEFORE or (p1 and p1[0] in "بل" and p1[1:] in W.QUANTITY_BEFORE):
        return False
    if p1 == "من" and len(prev) > 1 and strip_clitic(prev[-2]) in W.COMPARATIVES:
        return False
    before = t[max(0, s - 3):s]
    if re.search(r"[$€£%+#]" + S0 + "$", before):
        return False
    if _PERCENT_AFTER.match(t, e):
        return False
    nxt = next_word(t, e)
    if nxt and (strip_clitic(nxt) if len(nxt) > 3 else nxt) in W.COUNT_NOUN_FORMS:
        return False
    if nxt and len(nxt) >= 4 and nxt.endswith("ا") and not nxt.startswith("ال") \
            and p1 not in W.MONTH_CUES and t[e:e + 1] not in "،,.":
        return False        # accusative indefinite noun: 2000 مهاجرا
    if nxt and len(nxt) >= 4 and nxt.endswith("ه") and nxt[0] not in "بلكوف" \
            and not nxt.startswith("ال") and p1 not in W.MONTH_CUES and t[e:e + 1] not in "،,.":
        return False        # counted feminine noun: 2074 قائمة
    if y % 100 == 0:
        return p1 in W.MONTH_CUES
    return True


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


_FUTURE_RE = rx(
    r"(?<![^\W_])[وف]?س[يتن][^\W\d_]{2,}|من" + S + _alternation(W.FUTURE_AFTER_MIN)
    + r"|(?<![^\W_])" + _alternation(W.FUTURE_MARKERS) + END)
_IMPERFECT_RE = rx(r"^و?ي[^\W\d_]{3,}$")
# ي + و and four letters or more without a verb suffix is a transliterated name, not a verb
# (يونايتد, يوفنتوس, يوروستات; يواصل, يوافقون are verbs)
_FOREIGN_YU = rx(r"^و?يو(?![^\W\d_]*(?:ون|ان|ين|وا|ها|هم|هما|نا)$)[^\W\d_]{4,}$")
_PAST_AUX = rx(r"(?<![^\W_])[وف]?(?:كان|كانت|كانوا)" + END)
_CLAUSE_BOUNDARY = rx(r"[.!?؟؛\n:«»\"]")


def _future_lookalike(w: str) -> bool:
    return w in W.FUTURE_LOOKALIKES or w.startswith(W.FUTURE_LOOKALIKE_STEMS)


def _future_word(w: str) -> bool:
    """Whether a match of the future pattern is a future marker, not a name or noun shaped like one."""
    if w.startswith("من") or not w.lstrip("وف").startswith("س"):
        return True
    return not (_future_lookalike(w) or _future_lookalike(w[1:]) or is_name(w))


def _imperfect_verb(w: str) -> bool:
    return bool(_IMPERFECT_RE.match(w)) and strip_clitic(w) not in W.NOT_IMPERFECT \
        and w not in W.NOT_IMPERFECT and not is_name(w) and not _FOREIGN_YU.match(w)


_WORD_RE = rx(r"[^\W\d_]+")
# the present verb that opens a relative clause (`التي تلتئم`, `الذي يستضيف`): after الذي/التي a
# word of this shape is a verb, whether its prefix is ي or ت
_RELATIVE_PRESENT_RE = rx(r"^[يت][^\W\d_]{3,}$")
# words between that verb and the date it still reaches (`الذي تستعد فيه لخوض نصف النهائي الثلاثاء`)
_RELATIVE_REACH_WORDS = 5


def _relative_present(w: str, bare: str, pronoun: str) -> bool:
    """`الذي يستضيف`, `التي تلتئم`. A ت-verb is present only after a feminine pronoun, and not in
    the shapes of the perfect verbs that open with ت: a feminine ending in ت (`التي تحطمت`) or
    تـا + two letters (`التي تعادل فيها روما`); after الذي it is mostly one (`الذي تضاعف`)."""
    if not _RELATIVE_PRESENT_RE.match(w) or is_name(w) or bare in W.NOT_IMPERFECT \
            or bare in W.DESCRIPTIVE_PRESENT or _perfect_verb(w, bare):
        return False
    if w[0] == "ي":
        return True
    return pronoun in W.FEMININE_RELATIVES and not w.endswith("ت") and not (len(w) == 5 and w[2] == "ا")


def _perfect_verb(w: str, bare: str) -> bool:
    """A common perfect verb, with or without a pronoun object (`أعلنته`, `عاشها`)."""
    return w in W.PAST_VERBS or bare in W.PAST_VERBS or any(
        stem in W.PAST_VERBS for stem in enclitic_candidates(bare))


def _opens_future_clause(t: str, fm: re.Match) -> bool:
    """`وسيلتقي`, `فسيحتاج`: a future verb with its conjunction. Every marker but a bare سـ + verb
    opens its own clause: `من المقرر (أن)`, `يعتزم`, and `المقررة`, `المرتقب` (an event still to come,
    whatever the main verb's tense)."""
    bare = fm.group(0).lstrip("وف")
    return bare[:1] != "س" or t[fm.start()] in "وف"


def _tense_marks(t: str, lo: int, s: int, sentence_start: bool = False) -> list[tuple[int, str]]:
    """The words of t[lo:s] that say something of its tense, in order: 'future' (سيلتقي، من المقرر),
    'imperfect' (an imperfect verb among the last two words, a weaker future marker), 'past' (a
    common perfect verb, لم + imperfect) and 'link' (أن، الذي، حيث: a clause of its own begins; a
    perfect verb after a conditional, `في حال خسر`, is no past either). A future marker or imperfect
    verb that opens a clause with its conjunction (`وسيلتقي`, `ويلتقي المنتخب`), `من المقرر`, and
    the imperfect verb a sentence or clause opens with (`sentence_start`: `يلتقي المنتخبان ...
    الجمعة`, `عندما يلتقي`; not one that describes, `ويأتي ذلك بعد`, `يذكر أن`, nor one of a relative
    clause, `الذي يحقق في`), is 'new future'."""
    words = list(_WORD_RE.finditer(t, lo, s))
    marks = [(fm.start(), "new future" if _opens_future_clause(t, fm) else "future")
             for fm in _FUTURE_RE.finditer(t, lo, s) if _future_word(fm.group(0))]
    for k, wm in enumerate(words):
        w, bare = wm.group(0), strip_clitic(wm.group(0))
        before = strip_clitic(words[k - 1].group(0)) if k else ""
        opens_clause = k == 0 and sentence_start or before in W.CLAUSE_LINKS
        if _perfect_verb(w, bare) or (before == "لم" and _imperfect_verb(w)) \
                or (bare in W.VERB_OR_NOUN and opens_clause):
            marks.append((wm.start(), "link" if before in W.CONDITIONALS else "past"))
        elif w in W.CLAUSE_LINKS or bare in W.CLAUSE_LINKS:
            marks.append((wm.start(), "link"))
        elif (opens_clause and before not in W.RELATIVE_PRONOUNS) \
                and _imperfect_verb(w) and bare not in W.DESCRIPTIVE_PRESENT:
            marks.append((wm.start(), "new future"))
        elif k >= len(words) - 2 and _imperfect_verb(w):
            # a conjunction opens the verb's clause when a definite noun follows it; a name shaped
            # like و + imperfect (ويلبر، ويليامسون) comes right before the weekday or another name
            opens = w[0] in "وف" and k + 1 < len(words) and words[k + 1].group(0).startswith("ال")
            marks.append((wm.start(), "new future" if opens else "imperfect"))
        if before in W.RELATIVE_PRONOUNS and _relative_present(w, bare, before) \
                and len(words) - k - 1 <= _RELATIVE_REACH_WORDS and not re.search("[،,]", t[wm.end():s]):
            marks.append((wm.start(), "relative"))
    return sorted(marks)


# characters before a date that a marker of tense reaches: any marker the near reach, a clause opened
# by `وسـ`/`فسـ` + verb or `من المقرر أن` the far one (`ومن المقرر أن يعقد رئيس الاتحاد ... مؤتمرا
# صحفيا الخميس`)
_NEAR_REACH, _FAR_REACH = 70, 120


def future_context(t: str, s: int) -> bool:
    """Whether the clause before position `s` speaks of the future (سيلتقي، من المقرر، يزور).

    The last word of tense decides: a perfect verb after a future marker (`ستعيد التوازن للفريق الذي
    عانى كثيرا السبت`) tells the past. A future-shaped word after a perfect verb, with no `أن`/`الذي`
    between them to open a clause of its own, is a name in that verb's clause (`أعلن الاتحاد (يويفا)`,
    `وقال جاي سيكولو، الأحد`), unless a conjunction glued to it starts a new clause (`وسيلتقي`,
    `ويلتقي المنتخب`)."""
    lo = max(0, s - _FAR_REACH)
    while lo > 0 and t[lo - 1].isalnum():      # do not start inside a word
        lo += 1
        if lo >= s:
            break
    cut = None
    for cut in _CLAUSE_BOUNDARY.finditer(t, lo, s):
        pass
    if cut is not None:
        lo = cut.end()
    near = max(lo, s - _NEAR_REACH)
    if any(strip_clitic(prev_word(t, aux.start())) not in W.CONDITIONALS
           for aux in _PAST_AUX.finditer(t, near, s)):
        return False        # كان tells the past, but not after a conditional: `إذا كانت الخسارة ستؤثر`
    tense = None
    told_past = relative_future = False
    for pos, mark in _tense_marks(t, lo, s, sentence_start=cut is not None or lo == 0):
        if mark == "relative":
            # a relative clause's present verb with the weekday in it (`القمة التي تلتئم في كيبيك
            # الجمعة`) tells the event to come, unless the sentence already told the past (`نشرت
            # اللجنة التي يهيمن عليها الجمهوريون الاثنين`: the weekday is the main verb's)
            if not told_past and tense != "past":
                tense, relative_future = "future", True
            continue
        if pos < near and mark != "new future":
            told_past = told_past or mark == "past"
            continue        # far back, only a marker that opens its clause still reaches the date
        if mark == "past":
            told_past = True
            tense = "past"
        elif mark == "link":
            if tense == "past" or relative_future:
                tense, relative_future = None, False
        elif tense != "past" or mark == "new future":
            tense, relative_future = "future", False
    return tense == "future"


def is_name(word: str) -> bool:
    return word in W.GIVEN_NAMES or (word[:1] in "وف" and word[1:] in W.GIVEN_NAMES)
