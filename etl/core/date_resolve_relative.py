"""Resolvers of the forms that exist only relative to the publication date (``7 الجاري``,
``الأحد``, ``اليوم``, ``الأسبوع الماضي``, ``قبل ثلاثة أيام``): each turns a grammar match into a
Candidate, or None when the match is no date. Called only with a publication date."""
from __future__ import annotations

import datetime as dt
import re

from . import date_calendars as C
from . import date_words as W
from .date_candidate import Candidate
from .date_context import future_context, next_word, prev_word, strip_clitic
from .date_grammar import END, S, S0, rx
from .date_resolve_calendar import norm_ordinal

_TENS_AFTER_ONE = re.compile(r"و(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)$")
_DAY_BEFORE_YESTERDAY = re.compile(r"(?:^|\s)اول|الاول$")


def day_of_month(m: re.Match, t: str, pub: dt.date) -> Candidate | None:
    rel = m.group("rel")
    if not m.group("shahr") and rel not in W.CURRENT:
        return None
    if m.group("d"):
        day = int(m.group("d"))
    else:
        if strip_clitic(prev_word(t, m.start())) in W.PARTITIVES:
            return None
        day = W.ORDINALS.get(norm_ordinal(m.group("ord")))
        if day is None:
            return None
    k = -1 if rel in W.PAST else (1 if rel in W.FUTURE else 0)
    y, mo = C.add_months(pub.year, pub.month, k)
    v = C.gregorian(y, mo, day)
    if v is None:
        return None
    return Candidate(m.start(), m.end(), v, v, "day", True)


def _touched(m: re.Match, t: str, start: int) -> bool:
    """`لامس` is the verb "touched" (`بعدما لامس 1312 دولارا`), not ل + أمس: news writes
    `حتى أمس`, not `لأمس`, and the normalised text cannot tell the two alefs apart."""
    return start > 0 and t[start - 1] == "ل" and t.startswith("امس", start)


def weekday(m: re.Match, t: str, pub: dt.date) -> Candidate | None:
    if m.group("yest") and _touched(m, t, m.start("yest")) and not m.group("tod"):
        return None
    wd = W.WEEKDAYS[m.group("wd")]
    nxt = next_word(t, m.end("wd"))
    if m.group("wd") == "احد" and (nxt == "عشر" or _TENS_AFTER_ONE.match(nxt)):
        return None     # أحد عشر، الأحد والعشرين: numbers
    if m.group("wd") == "اثنين" and not (m.group("tod") or m.group("today")):
        prev = strip_clitic(prev_word(t, m.start()))
        if prev in W.DUAL_CUES or nxt in ("معا", "منهما", "منهم", "عشر"):
            return None
    rel = m.group("rel")
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    if rel in W.PAST:
        v = pub - dt.timedelta(days=back or 7)
    elif rel in W.FUTURE:
        v = pub + dt.timedelta(days=fwd or 7)
    elif m.group("tmrw"):
        # غدا الأربعاء, بعد غد الأحد: one day, ahead; the weekday named nearest to it
        named = pub + dt.timedelta(days=2 if m.group("tmrw").startswith("بعد") else 1)
        shift = (wd - named.weekday()) % 7
        v = named + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    elif m.group("yest"):
        # أمس الاثنين is one day: yesterday when the weekday agrees, else the weekday named
        # nearest to it (a publication date a day early or late in the sidecar).
        days = 2 if _DAY_BEFORE_YESTERDAY.search(m.group("yest")) else 1
        named = pub - dt.timedelta(days=days)
        shift = (wd - named.weekday()) % 7
        v = named + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    elif m.group("today"):
        v = pub if back == 0 else (pub + dt.timedelta(days=1) if fwd == 1 else (
            pub - dt.timedelta(days=1) if back == 1 else pub))
    # a forward-pointing clause moves the weekday ahead, but منذ الاثنين (since Monday) lies
    # behind whatever the verb says
    elif back and strip_clitic(prev_word(t, m.start())) != "منذ" and future_context(t, m.start()):
        v = pub + dt.timedelta(days=fwd)
    else:
        v = pub - dt.timedelta(days=back)
    return Candidate(m.start(), m.end(), v, v, "day", True)


def today(m: re.Match, t: str, pub: dt.date) -> Candidate | None:
    if next_word(t, m.end()) in W.NOT_TODAY_AFTER:
        return None
    if not m.group("tod"):
        prev = prev_word(t, m.start())
        if prev in W.NOT_TODAY_BEFORE or strip_clitic(prev) in W.NOT_TODAY_BEFORE:
            return None
        # a clitic glued to اليوم itself (في اليوم → باليوم / لليوم) is not "today"
        if m.start() > 0 and t[m.start() - 1] in "بلك":
            return None
    return Candidate(m.start(), m.end(), pub, pub, "day", True)


def _names_this_day(m: re.Match, t: str) -> bool:
    """Whether a word for a part of this day (الليلة: tonight) is one, not a night the words
    around it name (`قضاء الليلة`, `في نفس الليلة`, `بالليلة`, `الليلة الكبيرة`)."""
    prev = prev_word(t, m.start())
    if {prev, strip_clitic(prev)} & (W.NOT_TODAY_BEFORE | W.NOT_TONIGHT_BEFORE):
        return False
    if m.start() > 0 and t[m.start() - 1] in "بلك":
        return False
    nxt = next_word(t, m.end())
    return nxt not in W.NOT_TODAY_AFTER and not (nxt.startswith("ال") and nxt not in W.FUNCTION_WORDS)


def relative_phrase(m: re.Match, t: str, pub: dt.date) -> Candidate | None:
    phrase = " ".join(m.group("phrase").split())
    unit, k, prec = W.RELATIVE[phrase]
    if _touched(m, t, m.start("phrase")) and not (m.group("mod") or m.group("tod")):
        return None
    if unit == "day" and k == 0 and not (m.group("mod") or m.group("tod")) and not _names_this_day(m, t):
        return None
    start = m.start("phrase")
    if m.group("tod") and unit == "day":
        start = m.start("tod")
    if m.group("mod") and unit in ("month", "year"):
        start = m.start("mod")
    nxt = next_word(t, m.end())
    if phrase == "غدا" and nxt.startswith("ال") and len(nxt) > 3 and not m.group("tod") \
            and nxt not in W.FUNCTION_WORDS and not future_context(t, m.start()):
        return None     # غدا as a verb ("became"): غدا الوضع ...; not after a future verb (ستطلق غدا العملية)
    if phrase.split()[-1] in W.BARE_PERIODS and (
            (nxt.startswith("ال") and nxt not in W.FUNCTION_WORDS) or nxt[:1].isdigit()
            or nxt in W.SAME_PERIOD):
        return None     # مطلع العام الدراسي / بداية الشهر نفسه: another period than the current one
    if unit == "day":
        v = pub + dt.timedelta(days=k)
        return Candidate(start, m.end(), v, v, "day", True)
    if unit == "week":
        ws = C.week_start(pub) + dt.timedelta(days=7 * k)
        return Candidate(start, m.end(), ws, ws + dt.timedelta(days=6), prec, True)
    if unit == "month":
        y, mo = C.add_months(pub.year, pub.month, k)
        return Candidate(start, m.end(), dt.date(y, mo, 1), C.month_end(y, mo), "month", True)
    if unit == "year":
        y = pub.year + k
        return Candidate(start, m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)
    return None


# `منذ عام ونصف (العام)`, `قبل شهرين ونصف`: half a unit more
def _and_a_half_regex() -> re.Pattern:
    units = "|".join(sorted(W.PERIOD_UNITS, key=len, reverse=True))
    return rx(S + "و" + S0 + "(?:" + "|".join(sorted(W.HALVES)) + ")(?:" + S + "(?:ال)?(?:" + units + "))?" + END)


_AND_A_HALF = _and_a_half_regex()


def _ago_and_a_half(m: re.Match, t: str, pub: dt.date, unit: str, n: int) -> Candidate | None:
    """A year and a half back is the month 18 months back; two months and a half back, the month
    of the day two months and 15 days back (precision month: a half says no more)."""
    half = _AND_A_HALF.match(t, m.end())
    if half is None or unit not in ("year", "month"):
        return None
    if unit == "year":
        y, mo = C.add_months(pub.year, pub.month, -(12 * n + 6))
    else:
        back = pub - dt.timedelta(days=15)
        y, mo = C.add_months(back.year, back.month, -n)
    return Candidate(m.start(), half.end(), dt.date(y, mo, 1), C.month_end(y, mo), "month", True)


def ago(m: re.Match, t: str, pub: dt.date) -> Candidate | None:
    unit, implied = W.PERIOD_UNITS[" ".join(m.group("u").split())]
    raw = m.group("n")
    if raw:
        if implied == 2 or (implied == 1 and raw not in W.NUMBER_WORDS and int(raw) != 1):
            return None     # "قبل 3 يومين" is not Arabic
        n = int(raw) if raw.isdigit() else W.NUMBER_WORDS.get(raw)
    else:
        n = implied
    if not n or n > 200:
        return None
    with_half = _ago_and_a_half(m, t, pub, unit, n)
    if with_half is not None:
        # قبل شهرين ونصف من الافتتاح: counted back from another event, as the grammar's own
        # lookahead says without the half
        return None if next_word(t, _AND_A_HALF.match(t, m.end()).end()) in W.COUNTED_FROM else with_half
    if unit == "day":
        v = pub - dt.timedelta(days=n)
        return Candidate(m.start(), m.end(), v, v, "day", True)
    if unit == "week":
        v = pub - dt.timedelta(days=7 * n)
        return Candidate(m.start(), m.end(), v, v, "day", True)
    if unit == "month":
        y, mo = C.add_months(pub.year, pub.month, -n)
        return Candidate(m.start(), m.end(), dt.date(y, mo, 1), C.month_end(y, mo), "month", True)
    y = pub.year - n * (10 if unit == "decade" else 1)
    if y < 1:
        return None
    return Candidate(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)
