"""The date lexicons, read once: month names, relative phrases and the closed-class words of
``date_words.tsv``. Every key is in the normal form of the matched text (``normalize_phrase``)."""
from __future__ import annotations

from typing import NamedTuple

from etl.core.lexicon import LexiconError, load
from etl.core.text import normalize_phrase


class Month(NamedTuple):
    number: int
    calendar: str   # 'gregorian' | 'hijri'
    source: str     # 'typo' marks a misspelling kept only where a day makes it unambiguous


class Relative(NamedTuple):
    unit: str       # 'day' | 'week' | 'month' | 'year'
    offset: int
    precision: str


MONTHS: dict[str, Month] = {
    normalize_phrase(r["month_ar"]): Month(int(r["month_number"]), r["calendar"], r["source"])
    for r in load("months.tsv", ("month_ar", "month_number", "calendar"))}

RELATIVE: dict[str, Relative] = {
    normalize_phrase(r["phrase"]): Relative(r["unit"], int(r["offset"]), r["precision"])
    for r in load("relative_dates.tsv", ("phrase", "unit", "offset", "precision"))}

_ROWS = [(normalize_phrase(r["word_ar"]), r["word_class"], r["value"])
         for r in load("date_words.tsv", ("word_ar", "word_class", "value"))]
WORD_CLASSES = frozenset({
    "weekday", "number", "ordinal", "decade", "period_one", "period_two", "period_counted", "era",
    "past", "future", "current", "ambiguous_month", "number_month", "time_cue", "month_cue",
    "quantity_before", "comparative", "count_noun", "count_noun_ending", "future_lookalike",
    "future_lookalike_stem", "not_imperfect", "not_today_after", "not_today_before", "function_word",
    "partitive", "bare_period", "same", "dual_cue", "anchor", "opener", "past_verb", "clause_link", "age_noun", "not_tonight_before", "conditional", "descriptive_present", "relative_pronoun", "before_christ",
    "future_after_min", "future_marker", "verb_or_noun", "event_named_by_date", "place_named_by_date", "half", "anniversary", "day_link", "counted_from", "feminine_relative"})
if {c for _, c, _ in _ROWS} - WORD_CLASSES:   # a misspelt class would take its words out of the rules
    raise LexiconError("date_words.tsv: unknown word_class "
                       + ", ".join(sorted({c for _, c, _ in _ROWS} - WORD_CLASSES)))


def words(word_class: str) -> frozenset[str]:
    return frozenset(w for w, c, _ in _ROWS if c == word_class)


def _numbered(word_class: str) -> dict[str, int]:
    return {w: int(v) for w, c, v in _ROWS if c == word_class}


WEEKDAYS = _numbered("weekday")             # Monday 0 … Sunday 6, as datetime counts them
NUMBER_WORDS = _numbered("number")          # واحد … عشرة
ORDINALS = _numbered("ordinal")             # الأول … الحادي والثلاثين (days of the month)
DECADES = _numbered("decade")               # عشرين … تسعين (التسعينيات)

# A period noun and the count its grammatical number implies: singular one, dual two, and the
# counted forms (يوما، أيام) None, as they need a number before them.
PERIOD_UNITS: dict[str, tuple[str, int | None]] = {
    w: (v, {"period_one": 1, "period_two": 2, "period_counted": None}[c])
    for w, c, v in _ROWS if c in ("period_one", "period_two", "period_counted")}

ERA_ABBREVIATIONS = [w for w, c, _ in _ROWS if c == "era" and len(w) == 1]    # م، هـ
ERA_WORDS = [w for w, c, _ in _ROWS if c == "era" and len(w) > 1]             # ميلادي، هجري
HIJRI_ERA = frozenset(w for w, c, v in _ROWS if c == "era" and v == "hijri")

PAST, FUTURE, CURRENT = words("past"), words("future"), words("current")

AMBIGUOUS_MONTHS = words("ambiguous_month")   # also a common word or a name: ماي، آب، رجب
NUMBER_MONTHS = words("number_month")         # also a number: صفر (zero)
TIME_CUES = words("time_cue")                 # a preposition of time only: في، منذ
MONTH_CUES = words("month_cue")               # any preposition a lone month name follows

QUANTITY_BEFORE = words("quantity_before")    # نحو 2000، القرار 2254
COMPARATIVES = words("comparative")           # أكثر من 2000
# counted nouns and the endings they take (شخصا، كيلومترات): a number before them is no year
COUNT_NOUN_FORMS = frozenset(
    noun + ending for noun in words("count_noun") for ending in ("", *words("count_noun_ending")))
FUTURE_LOOKALIKES = words("future_lookalike")                     # سيارة، ستة: not سـ + verb
FUTURE_LOOKALIKE_STEMS = tuple(sorted(words("future_lookalike_stem")))  # سياس…، ستراتيج…
NOT_IMPERFECT = words("not_imperfect")        # يوم، يونيو: ي + three letters, not a verb

NOT_TODAY_AFTER = words("not_today_after")    # اليوم التالي: a day, not today
NOT_TODAY_BEFORE = words("not_today_before")  # في اليوم، ذلك اليوم
NOT_TONIGHT_BEFORE = words("not_tonight_before")  # قضاء الليلة: a night, not tonight (with not_today_before)
FUNCTION_WORDS = words("function_word")
PARTITIVES = words("partitive")               # النصف الثاني من: an ordinal that is no day
BARE_PERIODS = words("bare_period")           # مطلع العام
SAME_PERIOD = words("same")                   # العام نفسه
DUAL_CUES = words("dual_cue")                 # كلا الاثنين: الاثنين is two, not Monday
PAST_VERBS = words("past_verb")               # قال، أعلنت، فاز: a clause told in the past
AGE_NOUNS = words("age_noun")                 # في الأربعينيات من عمره: an age, not a decade
# present verbs that describe rather than announce (ويأتي ذلك بعد، يذكر أن): no future at a sentence start
DESCRIPTIVE_PRESENT = words("descriptive_present")
FEMININE_RELATIVES = words("feminine_relative")  # التي تلتئم: a ت-verb that agrees with its noun
RELATIVE_PRONOUNS = words("relative_pronoun")  # الذي يحقق: a present verb that describes its noun
CONDITIONALS = words("conditional")           # في حال خسر: a perfect verb that is no past
CLAUSE_LINKS = words("clause_link")           # أن، الذي، حيث: a new clause (and its own tense) begins

BEFORE_CHRIST = words("before_christ")      # عام 1250 قبل الميلاد: no year of our era
FUTURE_AFTER_MIN = words("future_after_min")  # من المقرر (أن): a clause about the future
FUTURE_MARKERS = words("future_marker")        # يعتزم، المقررة، غدا: the future without سـ
# a perfect verb or a noun (عقد: held / holding, contract; قتل: killed / killing): a verb where a
# clause opens with it (`حيث عقد`, `الذي قتل`, a sentence's first word), a noun elsewhere (`من أجل عقد قمة`)
VERB_OR_NOUN = words("verb_or_noun")
# حرب أكتوبر، هجمات 11 سبتمبر، مدينة 6 أكتوبر: an event or a place whose name is a date
PLACES_NAMED_BY_DATE = words("place_named_by_date")
NAMED_BY_DATE = words("event_named_by_date") | PLACES_NAMED_BY_DATE
ANNIVERSARIES = words("anniversary")          # الذكرى السابعة لثورة فبراير: a date named long ago
DAY_LINKS = words("day_link")                 # الحادي عشر من سبتمبر، 25 يناير و30 يونيو
COUNTED_FROM = words("counted_from")           # قبل شهرين ونصف من الافتتاح: counted from an event
HALVES = words("half")                        # منذ عام ونصف: a year and a half
ANCHOR_WORDS = words("anchor")                # words a relative mention is found by
OPENERS = words("opener")                     # words that may open a mention before its anchor

# Given names that look like future or imperfect verbs (سيرغي, يوسف) say nothing about tense.
GIVEN_NAMES = frozenset(normalize_phrase(r["name_ar"]) for r in load("given_names.tsv", ("name_ar",)))
