"""The date grammar: one regular expression per form of date mention, on the normalised text,
with named groups for its parts (day, month, year, relative word …).

Each ``Form`` also names the characters a match can start with, built from the same word lists
as its expression, so the scanner tries a form only where it can match."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from etl.core.text import fold

from . import date_words as W

DIGITS = "0123456789"


def _fold_arabic(s: str) -> str:
    """Fold only Arabic characters (regex syntax and ASCII stay as written)."""
    return "".join(fold(ch) if "\u0600" <= ch <= "\u06ff" else ch for ch in s)


def rx(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a pattern written in plain Arabic: literals are folded like the text."""
    return re.compile(_fold_arabic(pattern), flags)


@dataclass(frozen=True)
class Form:
    regex: re.Pattern
    first_chars: frozenset[str]


def _form(pattern: str, *openers) -> Form:
    """A form and the words or characters its matches open with (each may be optional)."""
    return Form(rx(pattern), frozenset(fold(w)[0] for w in chain(*openers)))


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


def _longest_first(phrases) -> str:
    return "(?:" + "|".join(_phrase_re(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _one_of(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


MONTH_NAMES = [n for n, month in W.MONTHS.items() if month.source != "typo"]
_TYPO_NAMES = [n for n, month in W.MONTHS.items() if month.source == "typo"]
# a month name ends at a non-letter: a year may be glued to it (`ديسمبر2019`, `آب/أغسطس2017`)
MONTH_END = r"(?![^\W\d_])"
MONTH = _longest_first(MONTH_NAMES) + MONTH_END
MONTH_OR_TYPO = _longest_first(MONTH_NAMES + _TYPO_NAMES) + MONTH_END
ORD = _longest_first(W.ORDINALS) + END

WEEKDAY = r"ا?ال(?P<wd>" + "|".join(W.WEEKDAYS) + r")" + END
_TOD_MODIFIERS = ("بعد", "قبيل", "قبل", "منتصف")
_TIMES_OF_DAY = ("صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله", "ظهيره", "صبيحه", "نهار", "عشيه")
TOD = r"(?:" + _one_of(_TOD_MODIFIERS) + S + r")?" + _one_of(_TIMES_OF_DAY)
_MODIFIERS = ("مطلع", "اوائل", "بدايه", "بدايات", "منتصف", "اواسط", "اواخر", "نهايه", "اخر", "خواتيم")
MODS = _one_of(_MODIFIERS)
REL_SUFFIX = r"(?P<rel>الماضي|المنصرم|الفائت|المقبل|القادم|الجاري|الحالي)" + END
PAIR = (r"(?:" + S0 + r"[/\\(\-–]" + S0 + r"(?P<m2>" + MONTH + r")(?:" + S0 + r"\))?"
        r"|" + S + r"(?P<m3>" + MONTH + r"))")
ERA = (S0 + _one_of(W.ERA_ABBREVIATIONS) + END + r"|" + S + _one_of(W.ERA_WORDS) + END)
YEAR_REL_WORDS = r"(?P<yrel>" + "|".join(sorted(W.PAST | W.FUTURE | W.CURRENT)) + ")"
YEAR_TAIL = (
    r"(?:" + S0 + r"[،,]?" + S0 + r"(?:من" + S + r")?(?:(?:ال|لل|ل)?(?:عام|سنه)" + S + r")?"
    r"(?P<y>[0-9]{4})(?![0-9])(?P<ysuf>" + ERA + r")?"
    r"|" + S + r"(?:من" + S + r")?(?:(?:العام|السنه)" + S + YEAR_REL_WORDS + r"|(?P<ythis>هذا" + S + r"العام|هذه" + S + r"السنه))" + END
    + r")"
)

_DIGIT_START = r"(?<![0-9.,٬/:])"
# الـ5 من مايو: the article (its tatweel is gone from the normalised text) before a day number
_DEFINITE_DAY = r"(?:ال" + S0 + r")?"

# day (digits or ordinal + من) + month [+ year | الماضي ...]; optional weekday / يوم before.
DAY_MONTH = _form(
    START +
    r"(?:(?P<wdpre>(?:(?:اليوم|يوم)" + S + r")?" + WEEKDAY.replace("?P<wd>", "?:") + r")" + S0
    + r"[،,]?" + S0 + r"(?:الموافق" + S + r")?)?"
    r"(?:يوم" + S + r")?"
    r"(?:" + _DEFINITE_DAY + _DIGIT_START + r"(?P<d>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"|(?P<ord>" + ORD + r")" + S + r"من" + S + r"|(?P<first>اول)" + S + r")"
    r"(?:شهر" + S + r")?"
    r"(?P<m>" + MONTH_OR_TYPO + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?",
    ("اليوم", "يوم", "ال", "اول"), W.ORDINALS, DIGITS)

# (modifier) (شهر) month (pair) [year | الماضي ...]
MONTH_YEAR = _form(
    START +
    r"(?:(?P<mod>" + MODS + r")" + S + r"(?:من" + S + r")?)?"
    r"(?P<shahr>شهر" + S + r")?"
    r"(?P<m>" + MONTH + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?",
    _MODIFIERS, ("شهر",), MONTH_NAMES)

# day range within / across months: بين 5 و7 مايو، من 5 إلى 7 مايو، 28 و29 يونيو، 5-7 مايو
_RANGE_OPENERS = ("ما بين", "بين", "من", "خلال الفتره من", "في الفتره من")
DAY_RANGE = _form(
    START +
    r"(?:(?P<pre>" + "|".join(map(_phrase_re, _RANGE_OPENERS)) + r")" + S + r")?"
    + _DIGIT_START + r"(?P<d1>[0-3]?[0-9])(?![0-9])"
    r"(?:" + S0 + r"(?:من" + S + r")?(?P<m1>" + MONTH + r")(?:" + S0 + r"[،,]?" + S0 + r"(?P<y1>[0-9]{4})(?![0-9]))?)?"
    + S0 + r"(?:-|–|—|و|الي|حتي|لغايه|ولغايه|وحتي)" + S0 + r"(?:يوم" + S + r")?"
    r"(?P<d2>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"(?P<m>" + MONTH + r")(?P<pair>" + PAIR + r")?"
    r"(?:" + YEAR_TAIL + r"|" + S + REL_SUFFIX + r")?",
    _RANGE_OPENERS, DIGITS)

# years: عام 2018، العام 2018، للعام 2014، سنة 2018، منتصف العام 2015، 1440 هـ، 2015-2018
YEAR = _form(
    START +
    r"(?:(?P<pre>ما" + S + r"بين|بين|من)" + S + r")?"
    r"(?:(?P<mod>" + MODS + r")" + S + r")?"
    r"(?P<kw>[وفبلك]?(?:ال|ل)?(?:عام|سنه|عامي)" + S + r")?"
    + _DIGIT_START + r"(?P<y>[0-9]{4})(?![0-9]|[.,٬][0-9]|" + S0 + "%)(?P<ysuf>" + ERA + r")?"
    r"(?:" + S0 + r"(?:-|–|/|و|الي|حتي|وحتي)" + S0 + r"(?:(?:ال)?(?:عام|سنه)" + S + r")?"
    r"(?P<y2>[0-9]{4})(?![0-9]|[.,٬][0-9]))?",
    ("ما", "بين", "من"), _MODIFIERS, "وفبلك", ("ال", "عام", "سنه"), DIGITS)

# numeric dates: 2018/4/9, 9-4-2018, 9/4/2018, 9.4.2018 (day/month/year order)
NUMERIC = _form(
    r"(?<![0-9./\-])"
    r"(?:(?P<Y>[0-9]{4})(?P<s1>[/\-.])(?P<M>[0-9]{1,2})(?P=s1)(?P<D>[0-9]{1,2})"
    r"|(?P<d>[0-9]{1,2})(?P<s2>[/\-.])(?P<m>[0-9]{1,2})(?P=s2)(?P<y>[0-9]{4})"
    # spaces around slashes, as some official notices print them: 21 / 4 / 1439هـ
    r"|(?P<sd>[0-9]{1,2})" + S0 + "/" + S0 + r"(?P<sm>[0-9]{1,2})" + S0 + "/" + S0 + r"(?P<sy>[0-9]{4}))"
    r"(?![0-9]|[/\-.][0-9])(?P<ysuf>" + ERA + r")?",
    DIGITS)

# 7 الجاري، السابع من الشهر الجاري، 3 من الشهر الماضي
DAY_OF_MONTH = _form(
    START +
    r"(?:" + _DEFINITE_DAY + _DIGIT_START + r"(?P<d>[0-3]?[0-9])(?![0-9])" + S0 + r"(?:من" + S + r")?"
    r"|(?P<ord>" + ORD + r")" + S + r"من" + S + r")"
    r"(?P<shahr>(?:الشهر|هذا" + S + r"الشهر)" + S + r")?"
    r"(?P<rel>الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)" + END,
    ("ال",), W.ORDINALS, DIGITS)

WEEKDAY_NAME = _form(
    START +
    r"(?:(?P<tod>" + TOD + r"|يوم)" + S + r")?"
    r"(?:(?P<today>اليوم)" + S + r"|(?P<yest>(?:يوم" + S + r")?امس(?:" + S + r"الاول)?"
    r"|اول" + S + r"(?:من" + S + r")?امس)" + S
    + r"|(?P<tmrw>(?:يوم" + S + r")?غدا?|بعد" + S + r"غد)" + S + r")?"
    + WEEKDAY +
    r"(?:" + S + r"(?P<rel>(?:الماضي|المنصرم|الفائت|المقبل|القادم)ه?)" + END + r")?",
    _TOD_MODIFIERS, _TIMES_OF_DAY, ("يوم", "اليوم", "امس", "اول", "ال", "غد", "بعد"))

TODAY = _form(START + r"(?:(?P<tod>" + TOD + r")" + S + r")?اليوم" + END,
              _TOD_MODIFIERS, _TIMES_OF_DAY, ("اليوم",))

RELATIVE_PHRASE = _form(
    START +
    r"(?:(?P<mod>" + MODS + r")" + S + r")?"
    r"(?:(?P<tod>" + TOD + r")" + S + r")?"
    r"(?P<phrase>" + _longest_first(W.RELATIVE) + r")" + END,
    _MODIFIERS, _TOD_MODIFIERS, _TIMES_OF_DAY, W.RELATIVE)

_AGO_WORDS = ("قبل", "منذ")
AGO = _form(
    START +
    r"(?P<kw>" + "|".join(_AGO_WORDS) + r")" + S + r"(?:(?:نحو|حوالي|قرابه|زهاء)" + S + r")?"
    r"(?:(?P<n>" + _DIGIT_START + r"[0-9]{1,3}(?![0-9])|" + _longest_first(W.NUMBER_WORDS) + END + r")" + S0 + r")?"
    r"(?P<u>" + _longest_first(W.PERIOD_UNITS) + r")" + END +
    r"(?!(?:" + S + r"(?:واحد|واحده))?" + S + r"(?:من|علي|الي)" + END + r")",
    _AGO_WORDS)

_ERA_NOUNS = ("عقد", "حقبه")
DECADE = _form(
    START +
    r"(?:(?:" + "|".join(_ERA_NOUNS) + r")" + S + r")?(?P<art>ال)?(?P<dec>" + "|".join(W.DECADES) + r")(?:يات|ات)"
    r"(?:" + S + r"(?:من" + S + r")?القرن" + S + r"(?P<cent>الماضي|المنصرم|الفائت|العشرين|التاسع" + S + r"عشر)"
    + END + r"|" + END + r")",
    _ERA_NOUNS, ("ال",), W.DECADES)
