"""Date mentions in Arabic news text, resolved to calendar values.

Matching runs on the normalised copy of the text (``etl.core.text.normalize``) and every
mention reports offsets into the ORIGINAL text, so ``text[char_start:char_end] == surface``.

Conventions (the ones the evaluation gold follows):

* Month names come from ``lexicons/months.tsv`` (Levantine, Egyptian, Maghrebi, Hijri);
  paired names (``8 ديسمبر/كانون الأول 2024``, ``ديسمبر (كانون الأول)``, ``12 مايو أيار``)
  give ONE mention. Hijri dates are converted with ``hijridate``.
* precision ``day``: value_start == value_end. ``month``: first and last day of the month.
  ``year``: 1 January and 31 December. ``range``: explicit day ranges (``بين 5 و7 مايو``),
  year ranges (``2015-2018``), weeks and decades.
* A day or month without a year takes its year from ``published_on``: the latest such date
  not far ahead of it (at most ~2 months: 62 days for a day, 2 months for a month);
  ``الماضي`` forces the most recent one strictly before, ``المقبل``/``القادم`` the first one
  strictly after, ``الجاري``/``الحالي`` the current year.
* ``مطلع/أوائل/بداية/منتصف/أواسط/أواخر/نهاية + month`` → the whole month (precision month,
  value_start = the 1st); the same modifiers before a year give the whole year.
* Weeks start on Sunday: ``الأسبوع الماضي`` is the range Sunday..Saturday of the previous
  week (precision ``range``).
* Weekdays (``الأحد``, ``يوم الأحد``, ``صباح الأحد``): ``الماضي`` → most recent strictly
  before published_on, ``المقبل/القادم`` → first strictly after; otherwise the most recent on
  or before published_on (the same weekday is published_on itself), unless the clause has a
  future marker (``سيلتقي``, ``من المقرر``, an imperfect verb right before it), in which
  case the first on or after published_on.
* ``قبل/منذ N يوم|أسبوع|شهر|عام`` (digits or spelled-out 1–10, duals): days and weeks →
  day precision, months → month precision, years and decades → year precision.
* ``اليوم`` is "today" unless it is a noun (``اليوم التالي``, ``في اليوم``, ``ذلك اليوم``);
  ``أول يوليو`` is 1 July; ``تسعينيات القرن الماضي`` is the range 1990–1999.
* Bare years (``في 2018``, ``اتفاق 2015``) are years only in 1900–2100 and not when they
  count something (``2000 كيلومتر``, ``نحو 2000 شخص``, ``2074 قائمة``, percentages).
* Relative mentions (``is_relative=True``) are every mention whose value depends on
  published_on; with ``published_on=None`` they are skipped. A Gregorian day or month named
  without a year is kept, on request (``keep_unresolved_year``), with the precision the text
  supports and no value: ``30 يونيو/حزيران`` → precision ``day``, ``partial_value='--06-30'``.
* Speed: the full patterns are tried only at anchors (digits, month names, weekdays,
  relative words) and the few words before them; ~1.5 s for 5 MB of news on one core.
* Vague spans (``مؤخرا``, ``في السنوات الأخيرة``, ``خلال الأيام المقبلة``) are not dates.

``extract_dates`` never raises: any unexpected error in one candidate drops that candidate.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

import hijridate

from etl.core.lexicon import load
from etl.core.text import fold, normalize, normalize_phrase

__all__ = ["DateMention", "extract_dates", "first_absolute_date"]


@dataclass(frozen=True)
class DateMention:
    surface: str          # verbatim slice of the original text
    char_start: int
    char_end: int
    value_start: dt.date | None   # None only for an unresolved year (see partial_value)
    value_end: dt.date | None
    precision: str        # 'day' | 'month' | 'year' | 'range'
    is_relative: bool
    # The calendar parts the text gives when its year cannot be resolved (no year written and
    # no published_on), in the XML Schema gMonthDay / gMonth forms: '--06-30', '--06'.
    partial_value: str | None = None


# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------

# normalised month name -> (month number, calendar, source)
_MONTHS: dict[str, tuple[int, str, str]] = {}
for _row in load("months.tsv", ("month_ar", "month_number", "calendar")):
    _MONTHS[normalize_phrase(_row["month_ar"])] = (
        int(_row["month_number"]), _row["calendar"].strip(), _row["source"].strip())

# normalised phrase -> (unit, offset, precision)
_RELATIVE: dict[str, tuple[str, int, str]] = {}
for _row in load("relative_dates.tsv", ("phrase", "unit", "offset", "precision")):
    _RELATIVE[normalize_phrase(_row["phrase"])] = (
        _row["unit"].strip(), int(_row["offset"]), _row["precision"].strip())

# Month names that are also common words or names: only dates with a day, a year, a paired
# name, a modifier or a preceding cue word (في، منذ ...). Normalised forms.
_AMBIGUOUS_MONTHS = {fold(w) for w in (
    "مارس", "ماي", "آب", "أوت", "نيسان", "تموز", "جوان", "صفر", "محرم", "رجب", "شعبان", "رمضان",
    "شوال")}
# A month name that is also a word or a name (ماي is Theresa May, آب a father) stands alone
# only after a preposition of time: من، إلى، مع، قبل، بعد take people too (`اجتمع مع ماي`).
_TIME_ONLY_CUES = {fold(w) for w in ("في", "منذ", "خلال", "حتى", "بحلول", "طيلة", "طوال")}
# Month names that are also numbers (صفر, zero): a day before them needs a year, شهر or a pair.
_NUMBER_WORD_MONTHS = {fold("صفر")}
# Hijri month names used alone need شهر / a day / a year (or في for the unambiguous ones).
_MONTH_CUES = {fold(w) for w in (
    "في", "منذ", "خلال", "حتى", "إلى", "بحلول", "قبل", "بعد", "من", "طيلة", "طوال", "مع",
    "اعتبارا", "ابتداء", "بدءا")}

_WEEKDAYS = {"احد": 6, "اثنين": 0, "ثلاثاء": 1, "ثلاثا": 1, "اربعاء": 2, "اربعا": 2,
             "خميس": 3, "جمعه": 4, "سبت": 5}

_NUMBER_WORDS = {fold(k): v for k, v in {
    "واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7,
    "ثماني": 8, "ثمانية": 8, "ثمان": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}.items()}

_ORD_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
              "التاسع", "العاشر"]


def _ordinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, w in enumerate(_ORD_UNITS, 1):
        out[w] = i
    for i in range(1, 10):
        unit = "الحادي" if i == 1 else _ORD_UNITS[i - 1]
        out[f"{unit} عشر"] = 10 + i
    tens = {20: ("العشرين", "العشرون"), 30: ("الثلاثين", "الثلاثون")}
    for t, forms in tens.items():
        for form in forms:
            out[form] = t
            for i in range(1, 10):
                if t + i > 31:
                    break
                units = ["الحادي", "الواحد"] if i == 1 else [_ORD_UNITS[i - 1]]
                for u in units:
                    out[f"{u} و{form}"] = t + i
    return out


_ORDINALS = _ordinals()

# ---------------------------------------------------------------------------------------------
# Regex building blocks (all on the normalised text)
# ---------------------------------------------------------------------------------------------

def _fold_arabic(s: str) -> str:
    """Fold only Arabic characters (regex syntax and ASCII stay as written)."""
    return "".join(fold(ch) if "\u0600" <= ch <= "\u06ff" else ch for ch in s)


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a pattern written in plain Arabic: literals are folded like the text."""
    return re.compile(_fold_arabic(pattern), flags)


_WS = r"[^\S\r\n]"
S = _WS + "+"
S0 = _WS + "*"
# Start of a word; one attached proclitic (و ف ب ل ك) may precede but stays outside the match.
START = r"(?:(?<![^\W_])|(?<=(?<![^\W_])[وفبلك])|(?<=(?<![^\W_])[وف][بلك]))"
END = r"(?![^\W_])"


def _phrase_re(phrase: str) -> str:
    words = phrase.split()
    out = []
    for k, w in enumerate(words):
        if k and w.startswith("و") and len(w) > 2 and w[1:] in {"العشرين", "العشرون",
                                                                 "الثلاثين", "الثلاثون"}:
            out.append(S0 + "و" + S0 + re.escape(w[1:]))   # الحادي و العشرين
        else:
            out.append((S if k else "") + re.escape(w))
    return "".join(out)


def _alt(phrases) -> str:
    return "(?:" + "|".join(_phrase_re(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


_MONTH_NAMES = [n for n, (_, _, src) in _MONTHS.items() if src != "typo"]
_TYPO_NAMES = [n for n, (_, _, src) in _MONTHS.items() if src == "typo"]
MONTH = _alt(_MONTH_NAMES) + END
MONTH_OR_TYPO = _alt(_MONTH_NAMES + _TYPO_NAMES) + END
ORD = _alt(_ORDINALS) + END

WEEKDAY = r"ا?ال(?P<wd>احد|اثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|سبت)" + END
TOD = (r"(?:(?:بعد|قبيل|قبل|منتصف)" + S + r")?"
       r"(?:صباح|مساء|ظهر|عصر|فجر|ليل|ليله|ظهيره|صبيحه|نهار|عشيه)")
MODS = r"(?:مطلع|اوائل|بدايه|بدايات|منتصف|اواسط|اواخر|نهايه|اخر|اواخر|خواتيم)"
REL_SUFFIX = r"(?P<rel>الماضي|المنصرم|الفائت|المقبل|القادم|الجاري|الحالي)" + END
PAIR = (r"(?:" + S0 + r"[/\\(\-–]" + S0 + r"(?P<m2>" + MONTH + r")(?:" + S0 + r"\))?"
        r"|" + S + r"(?P<m3>" + MONTH + r"))")
YEAR_REL_WORDS = (r"(?P<yrel>الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|الجاري|الجاريه"
                  r"|الحالي|الحاليه|المقبل|المقبله|القادم|القادمه|السابق|السابقه)")
YEAR_TAIL = (
    r"(?:" + S0 + r"[،,]?" + S0 + r"(?:من" + S + r")?(?:(?:ال)?(?:عام|سنه)" + S + r")?"
    r"(?P<y>[0-9]{4})(?![0-9])"
    r"(?P<ysuf>" + S0 + r"(?:م|ه)" + END + r"|" + S + r"(?:ميلاديه|ميلادي|للميلاد|هجريه|هجري|للهجره)" + END + r")?"
    r"|" + S + r"(?:من" + S + r")?(?:(?:العام|السنه)" + S + YEAR_REL_WORDS + r"|(?P<ythis>هذا" + S + r"العام|هذه" + S + r"السنه))" + END
    + r")"
)
HIJRI_SUFFIX = {"ه", "هجري", "هجريه", "للهجره"}

_DIGIT_START = r"(?<![0-9.,٬/:])"
# الـ5 من مايو: the article (its tatweel is gone from the normalised text) before a day number
_DEFINITE_DAY = r"(?:ال" + S0 + r")?"

# day (digits or ordinal + من) + month [+ year | الماضي ...]; optional weekday / يوم before.
_DMY_RE = _rx(
    START +
    r"(?:(?P<wdpre>(?:(?:اليوم|يوم)" + S + r")?" + WEEKDAY.replace("?P<wd>", "?:") + r")" + S0
    + r"[،,]?" + S0 + r"(?:الموافق" + S + r")?)?"
    r"(?:يوم" + S + r")?"
    r"(?:" + _DEFINITE_DAY + _DIGIT_START + r"(?P<d>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"|(?P<ord>" + ORD + r")" + S + r"من" + S + r"|(?P<first>اول)" + S + r")"
    r"(?:شهر" + S + r")?"
    r"(?P<m>" + MONTH_OR_TYPO + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?"
)

# (modifier) (شهر) month (pair) [year | الماضي ...]
_MY_RE = _rx(
    START +
    r"(?:(?P<mod>" + MODS + r")" + S + r"(?:من" + S + r")?)?"
    r"(?P<shahr>شهر" + S + r")?"
    r"(?P<m>" + MONTH + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?"
)

# day range within / across months: بين 5 و7 مايو، من 5 إلى 7 مايو، 28 و29 يونيو، 5-7 مايو
_RANGE_RE = _rx(
    START +
    r"(?:(?P<pre>ما" + S + r"بين|بين|من|خلال" + S + r"الفتره" + S + r"من|في" + S + r"الفتره" + S + r"من)" + S + r")?"
    + _DIGIT_START + r"(?P<d1>[0-3]?[0-9])(?![0-9])"
    r"(?:" + S0 + r"(?:من" + S + r")?(?P<m1>" + MONTH + r")(?:" + S0 + r"[،,]?" + S0 + r"(?P<y1>[0-9]{4})(?![0-9]))?)?"
    + S0 + r"(?:-|–|—|و|الي|حتي|لغايه|ولغايه|وحتي)" + S0 + r"(?:يوم" + S + r")?"
    r"(?P<d2>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"(?P<m>" + MONTH + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?"
)

# years: عام 2018، العام 2018، للعام 2014، سنة 2018، منتصف العام 2015، 1440 هـ، 2015-2018
_YEAR_RE = _rx(
    START +
    r"(?:(?P<pre>ما" + S + r"بين|بين|من)" + S + r")?"
    r"(?:(?P<mod>" + MODS + r")" + S + r")?"
    r"(?P<kw>[وفبلك]?(?:ال|ل)?(?:عام|سنه|عامي)" + S + r")?"
    + _DIGIT_START + r"(?P<y>[0-9]{4})(?![0-9]|[.,٬][0-9]|" + S0 + "%)"
    r"(?P<ysuf>" + S0 + r"(?:م|ه)" + END + r"|" + S + r"(?:ميلاديه|ميلادي|للميلاد|هجريه|هجري|للهجره)" + END + r")?"
    r"(?:" + S0 + r"(?:-|–|/|و|الي|حتي|وحتي)" + S0 + r"(?:(?:ال)?(?:عام|سنه)" + S + r")?"
    r"(?P<y2>[0-9]{4})(?![0-9]|[.,٬][0-9]))?"
)

# numeric dates: 2018/4/9, 9-4-2018, 9/4/2018, 9.4.2018 (day/month/year order)
_NUMERIC_RE = _rx(
    r"(?<![0-9./\-])"
    r"(?:(?P<Y>[0-9]{4})(?P<s1>[/\-.])(?P<M>[0-9]{1,2})(?P=s1)(?P<D>[0-9]{1,2})"
    r"|(?P<d>[0-9]{1,2})(?P<s2>[/\-.])(?P<m>[0-9]{1,2})(?P=s2)(?P<y>[0-9]{4}))"
    r"(?![0-9]|[/\-.][0-9])"
    r"(?P<ysuf>" + S0 + r"(?:م|ه)" + END + r"|" + S + r"(?:ميلاديه|ميلادي|للميلاد|هجريه|هجري|للهجره)" + END + r")?"
)

# 7 الجاري، السابع من الشهر الجاري، 3 من الشهر الماضي
_DREL_RE = _rx(
    START +
    r"(?:" + _DEFINITE_DAY + _DIGIT_START + r"(?P<d>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"|(?P<ord>" + ORD + r")" + S + r"من" + S + r")"
    r"(?P<shahr>(?:الشهر|هذا" + S + r"الشهر)" + S + r")?"
    r"(?P<rel>الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)" + END
)

_WEEKDAY_RE = _rx(
    START +
    r"(?:(?P<tod>" + TOD + r"|يوم)" + S + r")?"
    r"(?:(?P<today>اليوم)" + S + r"|(?P<yest>(?:يوم" + S + r")?امس(?:" + S + r"الاول)?"
    r"|اول" + S + r"(?:من" + S + r")?امس)" + S + r")?"
    + WEEKDAY +
    r"(?:" + S + r"(?P<rel>(?:الماضي|المنصرم|الفائت|المقبل|القادم)ه?)" + END + r")?"
)

_TODAY_RE = _rx(START + r"(?:(?P<tod>" + TOD + r")" + S + r")?اليوم" + END)

_RELATIVE_RE = _rx(
    START +
    r"(?:(?P<mod>" + MODS + r")" + S + r")?"
    r"(?:(?P<tod>" + TOD + r")" + S + r")?"
    r"(?P<phrase>" + _alt(_RELATIVE) + r")" + END
)

_AGO_UNITS = {
    "يوم": ("day", 1), "يوما": ("day", None), "يومين": ("day", 2), "ايام": ("day", None),
    "اسبوع": ("week", 1), "اسبوعا": ("week", None), "اسبوعين": ("week", 2), "اسابيع": ("week", None),
    "شهر": ("month", 1), "شهرا": ("month", None), "شهرين": ("month", 2), "اشهر": ("month", None),
    "شهور": ("month", None),
    "عام": ("year", 1), "عاما": ("year", None), "عامين": ("year", 2), "اعوام": ("year", None),
    "سنه": ("year", 1), "سنتين": ("year", 2), "سنوات": ("year", None), "سنين": ("year", None),
    "عقد": ("decade", 1), "عقدا": ("decade", None), "عقدين": ("decade", 2), "عقود": ("decade", None),
}
_AGO_RE = _rx(
    START +
    r"(?P<kw>قبل|منذ)" + S + r"(?:(?:نحو|حوالي|قرابه|زهاء)" + S + r")?"
    r"(?:(?P<n>" + _DIGIT_START + r"[0-9]{1,3}(?![0-9])|" + _alt(_NUMBER_WORDS) + END + r")" + S0 + r")?"
    r"(?P<u>" + _alt(_AGO_UNITS) + r")" + END +
    r"(?!(?:" + S + r"(?:واحد|واحده))?" + S + r"(?:من|علي|الي)" + END + r")"
)

_DECADES = {"عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
            "ثمانين": 80, "تسعين": 90}
_DECADE_RE = _rx(
    START +
    r"(?:(?:عقد|حقبه)" + S + r")?(?:ال)?(?P<dec>" + "|".join(_DECADES) + r")(?:يات|ات)" + S +
    r"(?:من" + S + r")?القرن" + S + r"(?P<cent>الماضي|المنصرم|الفائت|العشرين|التاسع" + S + r"عشر)" + END
)

# ---------------------------------------------------------------------------------------------
# Context helpers
# ---------------------------------------------------------------------------------------------

_PREV_WORD_RE = _rx(r"([^\W_]+)" + S0 + r"[،,]?" + S0 + r"$")
_NEXT_WORD_RE = _rx(S0 + r"([^\W_]+)")


def _prev_word(t: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(t[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _prev_words(t: str, pos: int, n: int) -> list[str]:
    return re.findall(r"[^\W_]+", t[max(0, pos - 20 * n):pos])[-n:]


def _next_word(t: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(t, pos)
    return m.group(1) if m else ""


def _strip_clitic(w: str) -> str:
    if len(w) > 2 and w[0] in "وف":
        w = w[1:]
    return w


_QUANT_BEFORE = {fold(w) for w in (
    "نحو", "حوالي", "قرابة", "زهاء", "بنحو", "لنحو", "بحوالي", "رقم", "القرار", "قرار",
    "المرسوم", "مرسوم", "يقارب", "يناهز", "يزيد", "يفوق", "تجاوز", "أصل", "مجموع", "بلغ",
    "إجمالي", "عدد", "قوامها", "قوامه", "بقيمة", "بمبلغ", "الرقم", "المادة", "الطريق", "رحلة",
    "الرحلة", "طراز", "الآية")}
_QUANT_BEFORE2 = {fold(w) for w in ("أكثر", "أقل", "يزيد", "يقل", "أزيد", "حدود")}
_COUNT_NOUNS = _rx((
    r"^(?:شخص|أشخاص|قتيل|قتلى|جريح|جرحى|مهاجر|لاجئ|طفل|أطفال|امرأة|نساء|جندي|جنود|عنصر|عناصر"
    r"|مقاتل|مسلح|كيلومتر|كيلومترات|كيلوغرام|كلم|كم|متر|ميل|دولار|يورو|جنيه|ريال|دينار|ليرة|درهم|طن|برميل|صاروخ"
    r"|غارة|قذيفة|منزل|عائلة|أسرة|مواطن|معتقل|أسير|سجين|حالة|إصابة|وفاة|مليون|مليار|ألف|آلاف"
    r"|ساعة|دقيقة|يوم|أيام|سنة|عام|شهيد|ضحية|طالب|عامل|موظف|مدني|هكتار|دونم|وحدة|مسكن"
    r"|شاحنة|سيارة|طائرة|سفينة|قارب|مركبة|نسمة|ناخب|صوت|مقعد|مرشح|عضو|نائب|مشارك|زائر|حاج"
    r"|مريض|شرطي|ضابط|سلاح|رأس|بطاقة|قطعة|مرة|نقطة|درجة|سهم|بالمئة|بالمائة)(?:ا|ات|ين|ون|ي|يا)?$"),
    re.UNICODE)
_PERCENT_AFTER = _rx(S0 + r"(?:في" + S + r"(?:المئه|المائه)|بالمئه|بالمائه|%|٪)")
# words that start like a future verb (س + ي/ت/ن) but are nouns or numbers
_FUTURE_LOOKALIKE = _rx((
    r"^(?:سياس\w*|سيطر\w*|سيار\w*|سياد\w*|سيد|سيدة|سيدات|سيناء|سيول|سيف|سيوف|سيرة|سيئ\w*"
    r"|سينما\w*|سياق\w*|سيل|ستة|ستين|ستار\w*|ستوكهولم|ستراتيج\w*|سنة|سنوات|سنوي\w*|سنين"
    r"|سنت\w*|سند\w*|سنغافور\w*|سناتور\w*|سني|سنية|ستائر|سيبيريا|سيريلانكا|سيرلانكا|سيول"
    # place and club names: مانشستر سيتي, سيدني, سيراليون, سيشل, ستراسبورغ, سيلتيك
    r"|سيتي|سيدني|سيراليون|سيشل|ستراسبور\w*|سيلتيك)$"))
_FUTURE_RE = _rx(
    r"(?<![^\W_])[وف]?س[يتن][^\W\d_]{2,}|من" + S + r"(?:المقرر|المنتظر|المتوقع|المزمع|المرتقب)"
    r"|(?<![^\W_])(?:المرتقب|المقرر|المزمع|يعتزم|تعتزم|يزمع|تزمع|غدا)" + END)
_IMPERFECT_RE = _rx(r"^و?ي[^\W\d_]{3,}$")
_NOT_IMPERFECT = {fold(w) for w in ("يوم", "يونيو", "يوليو", "يناير", "يونيه", "يوليه", "يهود",
                                    "يوما", "يومين", "يومي", "يمين", "يسار", "يمني", "يوميا")}
# ي + و and four letters or more without a verb suffix is a transliterated name, not a verb
# (يونايتد, يوفنتوس, يوروستات; يواصل, يوافقون are verbs)
_FOREIGN_YU = _rx(r"^و?يو(?![^\W\d_]*(?:ون|ان|ين|وا|ها|هم|هما|نا)$)[^\W\d_]{4,}$")
_PAST_AUX = _rx(r"(?<![^\W_])[وف]?(?:كان|كانت|كانوا)" + END)
_CLAUSE_BOUNDARY = _rx(r"[.!?؟؛\n:«»\"]")

_TODAY_NEXT_BLOCK = {fold(w) for w in (
    "التالي", "السابق", "الأخير", "الموعود", "العالمي", "الوطني", "الدولي", "المشهود", "المحدد",
    "المقرر", "الذي", "نفسه", "ذاته", "عينه", "الواحد", "الكامل", "الطويل", "الأول", "الثاني",
    "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الأخيرة",
    "المذكور", "المنتظر", "الموالي", "الختامي", "الأسود", "المفتوح", "الدراسي")}
_TODAY_PREV_BLOCK = {fold(w) for w in (
    "ذلك", "في", "كل", "طوال", "طيلة", "نفس", "ذات", "مدار", "حتى", "إلى", "هذا", "منذ", "لذلك",
    "ليوم", "خلال", "ففي", "وفي", "نهاية", "بداية", "مطلع", "يومنا")}
_FUNCTION_WORDS = {fold(w) for w in ("إلى", "إلا", "الذي", "التي", "الذين", "اللذين", "اللتين")}
_PARTITIVE_BEFORE_ORD = {fold(w) for w in (
    "النصف", "الربع", "الثلث", "الأسبوع", "الأسبوعين", "العشر", "الجزء", "الفصل", "المرحلة",
    "الجولة", "الشطر", "الأسابيع", "العقد", "الشهر", "اليوم", "القرن", "الموسم", "الدور")}
# A phrase ending in a bare period noun (مطلع العام) is the current period only when no
# adjective, number or "same" follows (العام الدراسي، العام 2016، الشهر نفسه).
_BARE_PERIODS = {"العام", "الشهر"}
_SAME_PERIOD = {fold(w) for w in ("نفسه", "ذاته", "عينه")}
_DUAL_BEFORE = {fold(w) for w in ("كلا", "كلتا", "بين", "هذين", "هذان", "الطرفين", "هاذين")}

# ---------------------------------------------------------------------------------------------
# Date arithmetic
# ---------------------------------------------------------------------------------------------

_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _greg(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _hijri_to_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        h = hijridate.Hijri(y, m, 1)
        if not 1 <= d <= h.month_length():
            return None
        g = hijridate.Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, TypeError):
        return None


def _hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    try:
        h = hijridate.Hijri(y, m, 1)
        start = _hijri_to_date(y, m, 1)
        end = _hijri_to_date(y, m, h.month_length())
    except (ValueError, OverflowError, TypeError):
        return None
    if start is None or end is None:
        return None
    return start, end


def _hijri_year_span(y: int) -> tuple[dt.date, dt.date] | None:
    a = _hijri_month_span(y, 1)
    b = _hijri_month_span(y, 12)
    if a is None or b is None:
        return None
    return a[0], b[1]


def _today_hijri(pub: dt.date) -> tuple[int, int] | None:
    try:
        h = hijridate.Gregorian(pub.year, pub.month, pub.day).to_hijri()
        return h.year, h.month
    except (ValueError, OverflowError, TypeError):
        return None


_PAST_WORDS = frozenset(fold(w) for w in (
    "الماضي", "المنصرم", "الفائت", "الماضية", "المنصرمة", "الفائتة", "السابق", "السابقة"))
_FUTURE_WORDS = frozenset(fold(w) for w in ("المقبل", "القادم", "المقبلة", "القادمة"))
_CURRENT_WORDS = frozenset(fold(w) for w in ("الجاري", "الحالي", "الجارية", "الحالية"))


def _past_rel(rel: str | None) -> bool:
    return rel in _PAST_WORDS


def _future_rel(rel: str | None) -> bool:
    return rel in _FUTURE_WORDS


def _current_rel(rel: str | None) -> bool:
    return rel in _CURRENT_WORDS


def _resolve_day(cal: str, m: int, d: int, pub: dt.date, rel: str | None) -> dt.date | None:
    """A day of a month without a year, resolved against published_on."""
    if cal == "hijri":
        hy = _today_hijri(pub)
        if hy is None:
            return None
        years = (hy[0] + 1, hy[0], hy[0] - 1, hy[0] - 2)
        conv = _hijri_to_date
    else:
        years = (pub.year + 1, pub.year, pub.year - 1, pub.year - 2)
        conv = _greg
    cands = [(y, conv(y, m, d)) for y in years]
    cands = [(y, c) for y, c in cands if c is not None]
    if not cands:
        return None
    if _current_rel(rel):
        cur = hy[0] if cal == "hijri" else pub.year
        for y, c in cands:
            if y == cur:
                return c
        return None
    if _past_rel(rel):
        ok = [c for _, c in cands if c < pub]
        return max(ok) if ok else None
    if _future_rel(rel):
        ok = [c for _, c in cands if c > pub]
        return min(ok) if ok else None
    ok = [c for _, c in cands if (c - pub).days <= 62]
    return max(ok) if ok else None


def _resolve_month_year(cal: str, m: int, pub: dt.date, rel: str | None) -> int | None:
    """The year (in the month's calendar) of a month named without a year."""
    if cal == "hijri":
        hy = _today_hijri(pub)
        if hy is None:
            return None
        cy, cm = hy
    else:
        cy, cm = pub.year, pub.month
    if _current_rel(rel):
        return cy
    if _past_rel(rel):
        return cy if m < cm else cy - 1
    if _future_rel(rel):
        return cy if m > cm else cy + 1
    for y in (cy + 1, cy, cy - 1):
        if (y - cy) * 12 + (m - cm) <= 2:
            return y
    return cy - 1


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)   # Sunday


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------

@dataclass
class _Cand:
    start: int
    end: int
    vs: dt.date | None
    ve: dt.date | None
    prec: str
    rel: bool
    partial: str | None = None


def _month_info(s: str | None) -> tuple[int, str, str] | None:
    if not s:
        return None
    return _MONTHS.get(" ".join(s.split()))


def _paired_month(m: re.Match, base: tuple[int, str, str]) -> tuple[bool, int]:
    """(pair accepted, end of the month part). A pair must name the same month number."""
    other = m.group("m2") or m.group("m3")
    if other:
        info = _month_info(other)
        # the same name twice is no pair: صفر-صفر is a score (zero-zero)
        if info and info[0] == base[0] and " ".join(other.split()) != " ".join(m.group("m").split()):
            return True, m.end("pair")
        return False, m.end("m")
    return False, m.end("m")


def _year_tail(m: re.Match, pub: dt.date | None, cal: str, month: int | None
               ) -> tuple[str, int | None, bool, str | None] | None:
    """('abs'|'rel'|'none', year, hijri_year?, rel word). None when the tail is unusable."""
    if m.group("y"):
        y = int(m.group("y"))
        suf = (m.group("ysuf") or "").strip()
        if suf in HIJRI_SUFFIX and cal != "hijri":
            return None     # a Gregorian month with a Hijri year: not a date we trust
        return "abs", y, cal == "hijri", None
    if m.group("yrel") or m.group("ythis"):
        if pub is None:
            return None
        word = m.group("yrel") or ""
        base = _today_hijri(pub)[0] if cal == "hijri" and _today_hijri(pub) else pub.year
        if _past_rel(word):
            return "rel", base - 1, cal == "hijri", None
        if _future_rel(word):
            return "rel", base + 1, cal == "hijri", None
        return "rel", base, cal == "hijri", None
    return "none", None, cal == "hijri", m.groupdict().get("rel")


def _year_ok(y: int, hijri: bool) -> bool:
    return (1343 <= y <= 1500) if hijri else (_MIN_YEAR <= y <= _MAX_YEAR)


def _dmy(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    info = _month_info(m.group("m"))
    if info is None:
        return
    month, cal, src = info
    if m.group("d"):
        day = int(m.group("d"))
    elif m.group("first"):
        day = 1             # أول يوليو: the first of July
        if src == "typo":
            return
    else:
        if fold(_strip_clitic(_prev_word(t, m.start()))) in _PARTITIVE_BEFORE_ORD:
            return
        day = _ORDINALS.get(_norm_ord(m.group("ord")))
        if day is None or src == "typo":
            return
    paired, mend = _paired_month(m, info)
    end = m.end()
    tail = _year_tail(m, pub, cal, month)
    if tail is None:
        return
    if (m.group("m2") or m.group("m3")) and not paired:
        end = mend
        tail = ("none", None, cal == "hijri", None)
    kind, y, hij, rel = tail
    if kind == "none":
        if " ".join(m.group("m").split()) in _NUMBER_WORD_MONTHS and not rel \
                and not paired and "شهر" not in m.group(0):
            return      # بنتيجة 3 صفر: a score, not the 3rd of Safar
        if pub is None:
            if cal == "gregorian" and not hij and _greg(2000, month, day) is not None:
                out.append(_Cand(m.start(), end, None, None, "day", bool(rel),
                                 f"--{month:02d}-{day:02d}"))
            return
        if hij:
            cal = "hijri"
        v = _resolve_day(cal, month, day, pub, rel)
        if v is None:
            return
        out.append(_Cand(m.start(), end, v, v, "day", True))
        return
    if not _year_ok(y, hij):
        return
    v = _hijri_to_date(y, month, day) if hij else _greg(y, month, day)
    if v is None:
        return
    out.append(_Cand(m.start(), end, v, v, "day", kind == "rel"))


def _norm_ord(s: str) -> str:
    s = re.sub(r"\s*و\s*(?=ال(?:عشر|ثلاث))", " و", " ".join(s.split()))
    return " ".join(s.split())


def _month_and_year(m: re.Match, pub: dt.date | None):
    """(month, calendar, paired, end, year tail) of a month expression, or None. An unpaired
    second month name (`ديسمبر/...`) ends the expression and leaves the year to the context."""
    info = _month_info(m.group("m"))
    if info is None:
        return None
    month, cal, _src = info
    paired, mend = _paired_month(m, info)
    end = m.end()
    tail = _year_tail(m, pub, cal, month)
    if tail is None:
        return None
    if (m.group("m2") or m.group("m3")) and not paired:
        end = mend
        tail = ("none", None, cal == "hijri", None)
    return month, cal, paired, end, tail


def _my(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    parsed = _month_and_year(m, pub)
    if parsed is None:
        return
    month, cal, paired, end, tail = parsed
    kind, y, hij, rel = tail
    mod = m.group("mod")
    name = " ".join(m.group("m").split())
    if kind == "none":
        if not (rel or mod or paired or m.group("shahr")):
            prev = _strip_clitic(_prev_word(t, m.start()))
            if cal == "hijri" and name in _AMBIGUOUS_MONTHS:
                return
            cues = _TIME_ONLY_CUES if name in _AMBIGUOUS_MONTHS else _MONTH_CUES
            if (name in _AMBIGUOUS_MONTHS or cal == "hijri") and prev not in cues:
                return
        if pub is None:
            if cal == "gregorian" and not hij:
                out.append(_Cand(m.start(), end, None, None, "month", bool(rel), f"--{month:02d}"))
            return
        y = _resolve_month_year("hijri" if hij else cal, month, pub, rel)
        if y is None:
            return
        relative = True
    else:
        if kind == "abs" and not _year_ok(y, hij):
            return
        relative = kind == "rel"
    if hij:
        span = _hijri_month_span(y, month)
        if span is None:
            return
        vs, ve = span
    else:
        if not _MIN_YEAR - 1 <= y <= _MAX_YEAR + 1:
            return
        vs, ve = dt.date(y, month, 1), _month_end(y, month)
    out.append(_Cand(m.start(), end, vs, ve, "month", relative))


def _ranges(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    parsed = _month_and_year(m, pub)
    if parsed is None:
        return
    month, cal, paired, end, tail = parsed
    kind, y, hij, rel = tail
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    m1info = _month_info(m.group("m1"))
    month1 = m1info[0] if m1info else month
    if m1info and m1info[1] != cal:
        return
    cal2 = "hijri" if hij else cal
    if kind == "none":
        if pub is None:
            return
        v2 = _resolve_day(cal2, month, d2, pub, rel)
        relative = True
    else:
        if not _year_ok(y, hij):
            return
        v2 = _hijri_to_date(y, month, d2) if hij else _greg(y, month, d2)
        relative = kind == "rel"
    if v2 is None:
        return
    # start day: same year unless a year is given for it, or it would fall after v2
    if m.group("y1"):
        y1 = int(m.group("y1"))
    elif cal2 == "hijri":
        hy2 = _today_hijri(v2)
        y1 = hy2[0] if hy2 else None
    else:
        y1 = v2.year
    if y1 is None:
        return
    conv = _hijri_to_date if cal2 == "hijri" else _greg
    v1 = conv(y1, month1, d1)
    if v1 is not None and v1 > v2 and not m.group("y1"):
        v1 = conv(y1 - 1, month1, d1)
    if v1 is None or v1 >= v2 or (v2 - v1).days > 366:
        return
    out.append(_Cand(m.start(), end, v1, v2, "range", relative))


def _years(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    y = int(m.group("y"))
    suf = (m.group("ysuf") or "").strip()
    hij = suf in HIJRI_SUFFIX
    start = m.start()
    if m.group("pre") and not m.group("y2"):
        start = m.start("mod") if m.group("mod") else (
            m.start("kw") if m.group("kw") else m.start("y"))
    if not _year_ok(y, hij):
        return
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if hij or not _year_ok(y2, False) or y2 <= y or y2 - y > 100:
            # not a year range: keep only the first year
            y2 = None
    else:
        y2 = None
    end = m.end() if y2 else (m.end("ysuf") if m.group("ysuf") else m.end("y"))
    strong = bool(m.group("kw") or m.group("mod") or suf or y2)
    if not strong and not _plausible_bare_year(t, m.start("y"), m.end("y"), y):
        return
    if hij:
        span = _hijri_year_span(y)
        if span is None:
            return
        vs, ve = span
        out.append(_Cand(start, end, vs, ve, "year", False))
    elif y2:
        out.append(_Cand(start, end, dt.date(y, 1, 1), dt.date(y2, 12, 31), "range", False))
    else:
        out.append(_Cand(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False))


def _plausible_bare_year(t: str, s: int, e: int, y: int) -> bool:
    prev = _prev_words(t, s, 2)
    p1 = _strip_clitic(prev[-1]) if prev else ""
    if p1 in _QUANT_BEFORE or (p1 and p1[0] in "بل" and p1[1:] in _QUANT_BEFORE):
        return False
    if p1 == "من" and len(prev) > 1 and _strip_clitic(prev[-2]) in _QUANT_BEFORE2:
        return False
    before = t[max(0, s - 3):s]
    if re.search(r"[$€£%+#]" + S0 + "$", before):
        return False
    if _PERCENT_AFTER.match(t, e):
        return False
    nxt = _next_word(t, e)
    if nxt and _COUNT_NOUNS.match(_strip_clitic(nxt) if len(nxt) > 3 else nxt):
        return False
    if nxt and len(nxt) >= 4 and nxt.endswith("ا") and not nxt.startswith("ال") \
            and p1 not in _MONTH_CUES and t[e:e + 1] not in "،,.":
        return False        # accusative indefinite noun: 2000 مهاجرا
    if nxt and len(nxt) >= 4 and nxt.endswith("ه") and nxt[0] not in "بلكوف" \
            and not nxt.startswith("ال") and p1 not in _MONTH_CUES and t[e:e + 1] not in "،,.":
        return False        # counted feminine noun: 2074 قائمة
    if y % 100 == 0:
        return p1 in _MONTH_CUES
    return True


def _numeric(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if mo > 12 >= d:
            mo, d = d, mo
    suf = (m.group("ysuf") or "").strip()
    hij = suf in HIJRI_SUFFIX
    if not _year_ok(y, hij):
        return
    v = _hijri_to_date(y, mo, d) if hij else _greg(y, mo, d)
    if v is None:
        return
    end = m.end() if suf else (m.end("D") if m.group("Y") else m.end("y"))
    out.append(_Cand(m.start(), end, v, v, "day", False))


def _drel(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if pub is None:
        return
    rel = m.group("rel")
    if not m.group("shahr") and not _current_rel(rel):
        return
    if m.group("d"):
        day = int(m.group("d"))
    else:
        if _strip_clitic(_prev_word(t, m.start())) in _PARTITIVE_BEFORE_ORD:
            return
        day = _ORDINALS.get(_norm_ord(m.group("ord")))
        if day is None:
            return
    k = -1 if _past_rel(rel) else (1 if _future_rel(rel) else 0)
    y, mo = _add_months(pub.year, pub.month, k)
    v = _greg(y, mo, day)
    if v is None:
        return
    out.append(_Cand(m.start(), m.end(), v, v, "day", True))


def _future_context(t: str, s: int) -> bool:
    lo = max(0, s - 70)
    while lo > 0 and t[lo - 1].isalnum():      # do not start inside a word
        lo += 1
        if lo >= s:
            break
    cut = None
    for cut in _CLAUSE_BOUNDARY.finditer(t, lo, s):
        pass
    if cut is not None:
        lo = cut.end()
    window = t[lo:s]
    if _PAST_AUX.search(window):
        return False
    for fm in _FUTURE_RE.finditer(t, lo, s):
        w = fm.group(0)
        if w.startswith("من") or not w.lstrip("وف").startswith("س"):
            return True
        if not (_FUTURE_LOOKALIKE.match(w) or _FUTURE_LOOKALIKE.match(w[1:]) or _is_name(w)):
            return True
    words = re.findall(r"[^\W\d_]+", window)[-2:]
    for w in words:
        if _IMPERFECT_RE.match(w) and _strip_clitic(w) not in _NOT_IMPERFECT \
                and w not in _NOT_IMPERFECT and not _is_name(w) and not _FOREIGN_YU.match(w):
            return True
    return False


# Given names that look like future or imperfect verbs (سيرغي, يوسف) say nothing about tense.
_GIVEN_NAMES = frozenset(normalize_phrase(r["name_ar"]) for r in load("given_names.tsv", ("name_ar",)))


def _is_name(word: str) -> bool:
    return word in _GIVEN_NAMES or (word[:1] in "وف" and word[1:] in _GIVEN_NAMES)


def _weekdays(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if pub is None:
        return
    wd = _WEEKDAYS[m.group("wd")]
    nxt = _next_word(t, m.end("wd"))
    if m.group("wd") == "احد" and (nxt == "عشر" or re.match(
            r"و(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)$", nxt)):
        return
    if m.group("wd") == "اثنين" and not (m.group("tod") or m.group("today")):
        prev = _strip_clitic(_prev_word(t, m.start()))
        if prev in _DUAL_BEFORE or nxt in ("معا", "منهما", "منهم", "عشر"):
            return
    rel = m.group("rel")
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if _past_rel(rel):
        v = pub - dt.timedelta(days=back or 7)
    elif _future_rel(rel):
        v = pub + dt.timedelta(days=fwd or 7)
    elif m.group("yest"):
        # أمس الاثنين is one day: yesterday when the weekday agrees, else the weekday named
        # nearest to it (a publication date a day early or late in the sidecar).
        days = 2 if re.search(r"(?:^|\s)اول|الاول$", m.group("yest")) else 1
        named = pub - dt.timedelta(days=days)
        shift = (wd - named.weekday()) % 7
        v = named + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    elif m.group("today"):
        v = pub if back == 0 else (pub + dt.timedelta(days=1) if fwd == 1 else (
            pub - dt.timedelta(days=1) if back == 1 else pub))
    # a forward-pointing clause moves the weekday ahead, but منذ الاثنين (since Monday) lies
    # behind whatever the verb says
    elif back and _strip_clitic(_prev_word(t, m.start())) != "منذ" and _future_context(t, m.start()):
        v = pub + dt.timedelta(days=fwd)
    else:
        v = pub - dt.timedelta(days=back)
    out.append(_Cand(m.start(), m.end(), v, v, "day", True))


def _today(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if pub is None:
        return
    nxt = _next_word(t, m.end())
    if nxt in _TODAY_NEXT_BLOCK:
        return
    if not m.group("tod"):
        prev = _prev_word(t, m.start())
        if prev in _TODAY_PREV_BLOCK or _strip_clitic(prev) in _TODAY_PREV_BLOCK:
            return
        # a clitic glued to اليوم itself (في اليوم → باليوم / لليوم) is not "today"
        if m.start() > 0 and t[m.start() - 1] in "بلك":
            return
    out.append(_Cand(m.start(), m.end(), pub, pub, "day", True))


def _relative(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if pub is None:
        return
    phrase = " ".join(m.group("phrase").split())
    unit, k, prec = _RELATIVE[phrase]
    start = m.start("phrase")
    if m.group("tod") and unit == "day":
        start = m.start("tod")
    if m.group("mod") and unit in ("month", "year"):
        start = m.start("mod")
    nxt = _next_word(t, m.end())
    if phrase == "غدا" and nxt.startswith("ال") and len(nxt) > 3 and not m.group("tod") \
            and nxt not in _FUNCTION_WORDS:
        return      # غدا as a verb ("became"): غدا الوضع ...
    if phrase.split()[-1] in _BARE_PERIODS and (
            (nxt.startswith("ال") and nxt not in _FUNCTION_WORDS) or nxt[:1].isdigit()
            or nxt in _SAME_PERIOD):
        return      # مطلع العام الدراسي / بداية الشهر نفسه: another period than the current one
    if unit == "day":
        v = pub + dt.timedelta(days=k)
        out.append(_Cand(start, m.end(), v, v, "day", True))
    elif unit == "week":
        ws = _week_start(pub) + dt.timedelta(days=7 * k)
        out.append(_Cand(start, m.end(), ws, ws + dt.timedelta(days=6), prec, True))
    elif unit == "month":
        y, mo = _add_months(pub.year, pub.month, k)
        out.append(_Cand(start, m.end(), dt.date(y, mo, 1), _month_end(y, mo), "month", True))
    elif unit == "year":
        y = pub.year + k
        out.append(_Cand(start, m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True))


def _ago(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    if pub is None:
        return
    unit, implied = _AGO_UNITS[" ".join(m.group("u").split())]
    raw = m.group("n")
    if raw:
        if implied == 2 or (implied == 1 and raw not in _NUMBER_WORDS and int(raw) != 1):
            return    # "قبل 3 يومين" is not Arabic
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
    else:
        n = implied
    if not n or n > 200:
        return
    if unit == "day":
        v = pub - dt.timedelta(days=n)
        out.append(_Cand(m.start(), m.end(), v, v, "day", True))
    elif unit == "week":
        v = pub - dt.timedelta(days=7 * n)
        out.append(_Cand(m.start(), m.end(), v, v, "day", True))
    elif unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        out.append(_Cand(m.start(), m.end(), dt.date(y, mo, 1), _month_end(y, mo), "month", True))
    else:
        y = pub.year - n * (10 if unit == "decade" else 1)
        if y < 1:
            return
        out.append(_Cand(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True))


def _decades(m: re.Match, t: str, pub: dt.date | None, out: list[_Cand]) -> None:
    base = 1800 if m.group("cent").startswith("التاسع") else 1900
    y = base + _DECADES[m.group("dec")]
    out.append(_Cand(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "range", False))


_EXTRACTORS = (
    (_DMY_RE, _dmy), (_MY_RE, _my), (_RANGE_RE, _ranges), (_YEAR_RE, _years),
    (_NUMERIC_RE, _numeric), (_DREL_RE, _drel), (_WEEKDAY_RE, _weekdays), (_TODAY_RE, _today),
    (_RELATIVE_RE, _relative), (_AGO_RE, _ago), (_DECADE_RE, _decades),
)
_RELATIVE_ONLY = {_drel, _weekdays, _today, _relative, _ago}


def _trie_alt(words) -> str:
    """A regex alternation of literal words shaped as a trie (fast to scan)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(trie)


def _anchor_words() -> set[str]:
    words = {w for name in _MONTHS for w in name.split()[:1]}
    words |= {"ال" + w for w in _WEEKDAYS}
    words |= {max(p.split(), key=len) for p in _RELATIVE}
    words |= {"اليوم", "امس", "غدا", "غد", "الليله", "قبل", "منذ", "القرن"}
    return words


def _prefix_words() -> set[str]:
    """Words that may open a mention before its anchor (يوم 5 مايو، منتصف العام 2015 ...)."""
    words = {fold(w) for w in (
        "يوم", "اليوم", "بين", "ما", "من", "في", "خلال", "الفترة", "شهر", "عام", "العام", "لعام",
        "للعام", "بعام", "سنة", "السنة", "لسنة", "للسنة", "عامي", "الموافق", "عقد", "حقبة", "بعد",
        "قبيل", "قبل", "منتصف", "مطلع", "أوائل", "بداية", "بدايات", "أواسط", "أواخر", "نهاية",
        "آخر", "خواتيم", "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "ظهيرة", "صبيحة",
        "نهار", "عشية", "هذا", "هذه", "نحو", "حوالي", "قرابة", "زهاء", "و", "ال")}
    for phrase in list(_ORDINALS) + list(_RELATIVE):
        words |= set(phrase.split())
    words |= {w[1:] for w in words if w.startswith("و") and len(w) > 3}
    return words


_PREFIX_WORDS = _prefix_words()
_DECADE_WORD_RE = _rx(r"(?:ال)?(?:" + "|".join(_DECADES) + r")(?:يات|ات)")

# Every mention contains an anchor: a year or a short number followed by a word or a date
# separator, a month name, a weekday or a relative word. The full patterns are tried only at
# the anchor and at the word starts just before it that can open a mention.
_ANCHOR_RE = _rx(
    r"(?<![0-9])(?:[0-9]{4}|[0-9]{1,2}(?=" + S0 + r"(?:[^\W\d_]|[/\-.–—][0-9])))(?![0-9])|"
    + _trie_alt(_anchor_words()))
_WORDS_BEFORE_RE = _rx(r"[^\W_]+")
_PREV_WORDS = 4


def _candidate_starts(t: str) -> list[int]:
    starts: set[int] = set()
    for a in _ANCHOR_RE.finditer(t):
        p = a.start()
        starts.add(p)
        lo = max(0, p - 60)
        nl = t.rfind("\n", lo, p)
        if nl >= 0:
            lo = nl + 1
        words = [(w.start(), w.group()) for w in _WORDS_BEFORE_RE.finditer(t, lo, p + 1)]
        if not words:
            continue
        # the anchor's own word (an attached clitic or article may precede the anchor)
        w0, _ = words.pop()
        if w0 != p:
            starts.add(w0)
            if t[w0] in "وفبلك":
                starts.add(w0 + 1)
                if t[w0] in "وف" and t[w0 + 1] in "بلك":
                    starts.add(w0 + 2)
        for k in range(len(words) - 1, max(-1, len(words) - 1 - _PREV_WORDS), -1):
            ws, w = words[k]
            bare = w[1:] if len(w) > 2 and w[0] in "وفبلك" else w
            if not (w in _PREFIX_WORDS or bare in _PREFIX_WORDS or _DECADE_WORD_RE.fullmatch(bare)):
                break
            starts.add(ws)
            if bare is not w:
                starts.add(ws + 1)
    return sorted(starts)


def _first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """Characters a match of `pattern` can start with (None: any). Used only to skip hopeless
    match attempts; any parser surprise falls back to None (try everywhere)."""
    try:
        import re._constants as C
        import re._parser as P
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:   # noqa: BLE001
        return None

    def seq_first(items) -> tuple[set[str] | None, bool]:
        acc: set[str] = set()
        for op, av in items:
            f, nullable = item_first(op, av)
            if f is None:
                return None, False
            acc |= f
            if not nullable:
                return acc, False
        return acc, True

    def item_first(op, av) -> tuple[set[str] | None, bool]:
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 5000:
                    out |= {chr(c) for c in range(iav[0], iav[1] + 1)}
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN:
            return seq_first(av[-1])
        if op is C.BRANCH:
            acc: set[str] = set()
            nullable = False
            for alt in av[1]:
                f, n = seq_first(alt)
                if f is None:
                    return None, False
                acc |= f
                nullable = nullable or n
            return acc, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            f, n = seq_first(av[2])
            return f, (n or av[0] == 0)
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return set(), True
        return None, False

    try:
        f, nullable = seq_first(parsed)
    except Exception:   # noqa: BLE001
        return None
    if f is None or nullable:
        return None
    return frozenset(f)


_EXTRACTOR_FIRST = [(rx, fn, _first_chars(rx)) for rx, fn in _EXTRACTORS]
_DISPATCH: dict[tuple[str, bool], list] = {}


def _extractors_for(ch: str, with_relative: bool) -> list:
    key = (ch, with_relative)
    got = _DISPATCH.get(key)
    if got is None:
        got = [(rx, fn) for rx, fn, first in _EXTRACTOR_FIRST
               if (first is None or ch in first) and (with_relative or fn not in _RELATIVE_ONLY)]
        if len(_DISPATCH) < 4096:
            _DISPATCH[key] = got
    return got


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    """Greedy: longest first (then earliest); keep those that overlap nothing kept."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken = bytearray(n + 1)
    kept: list[_Cand] = []
    for c in cands:
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def extract_dates(text: str, published_on: dt.date | None, *,
                  keep_unresolved_year: bool = False) -> list[DateMention]:
    """All date mentions in `text`, sorted by char_start and non-overlapping.

    With no `published_on`, a Gregorian day or month written without a year cannot be resolved;
    `keep_unresolved_year=True` keeps it with the precision the text supports (`30 يونيو` →
    precision day, value_start/value_end None, partial_value '--06-30'); by default it is
    dropped, as every value is then a date."""
    try:
        if not isinstance(text, str) or not text:
            return []
        pub = published_on
        if isinstance(pub, dt.datetime):
            pub = pub.date()
        if pub is not None and not isinstance(pub, dt.date):
            pub = None
        norm = normalize(text)
        t = norm.text
        cands: list[_Cand] = []
        for s in _candidate_starts(t):
            for rx, fn in _extractors_for(t[s], pub is not None):
                m = rx.match(t, s)
                if m is None:
                    continue
                try:
                    fn(m, t, pub, cands)
                except Exception:   # noqa: BLE001 - one bad candidate never breaks extraction
                    continue
        if not keep_unresolved_year:
            cands = [c for c in cands if c.vs is not None]
        out: list[DateMention] = []
        for c in _select(cands, len(t)):
            s, e = norm.to_original(c.start, c.end)
            while e < len(text) and text[e] == "\u0640":     # هـ : trailing tatweel
                e += 1
            surface = text[s:e]
            if not surface.strip():
                continue
            out.append(DateMention(surface, s, e, c.vs, c.ve, c.prec, c.rel, c.partial))
        return out
    except Exception:   # noqa: BLE001 - the contract: never raise
        return []


def first_absolute_date(text: str) -> dt.date | None:
    """The first absolute day-precision date in `text` (e.g. a dateline), or None."""
    for mention in extract_dates(text, None):
        if mention.precision == "day" and not mention.is_relative:
            return mention.value_start
    return None
