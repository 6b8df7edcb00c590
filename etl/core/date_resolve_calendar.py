"""Resolvers of the forms written with calendar names and numbers (``5 مايو 2018``, ``رمضان
الماضي``, ``بين 5 و7 مايو``, ``عام 2015``, ``9/4/2018``, ``تسعينيات القرن الماضي``): each turns
a grammar match and the publication date into a Candidate, or None when the match is no date."""
from __future__ import annotations

import datetime as dt
import re

from . import date_calendars as C
from . import date_words as W
from .date_candidate import Candidate
from .date_context import (future_context, named_long_ago, plausible_bare_year, prev_word, prev_words,
                           strip_clitic)
from .date_grammar import END, S, S0, rx
from .date_words import Month

# A day or month named without a year is the latest one not far ahead of published_on; one that
# would then lie more than four months back is the next one when its clause speaks of the future
# (`سيسري القانون في 25 مايو` published in January), unless منذ (since) points back.
_FAR_BACK_DAYS = 120


def _told_ahead(t: str, start: int, first_day: dt.date, pub: dt.date) -> bool:
    return (pub - first_day).days > _FAR_BACK_DAYS and strip_clitic(prev_word(t, start)) != "منذ" \
        and future_context(t, start)


def _month_info(s: str | None) -> Month | None:
    if not s:
        return None
    return W.MONTHS.get(" ".join(s.split()))


def _paired_month(m: re.Match, base: Month) -> tuple[bool, int]:
    """(pair accepted, end of the month part). A pair must name the same month number."""
    other = m.group("m2") or m.group("m3")
    if other:
        info = _month_info(other)
        # the same name twice is no pair: صفر-صفر is a score (zero-zero)
        if info and info.number == base.number and " ".join(other.split()) != " ".join(m.group("m").split()):
            return True, m.end("pair")
        return False, m.end("m")
    return False, m.end("m")


def _year_tail(m: re.Match, pub: dt.date | None, cal: str) -> tuple[str, int | None, bool, str | None] | None:
    """('abs'|'rel'|'none', year, hijri_year?, rel word). None when the tail is unusable."""
    if m.group("y"):
        y = int(m.group("y"))
        suf = (m.group("ysuf") or "").strip()
        if suf in W.HIJRI_ERA and cal != "hijri":
            return None     # a Gregorian month with a Hijri year: not a date we trust
        return "abs", y, cal == "hijri", None
    if m.group("yrel") or m.group("ythis"):
        if pub is None:
            return None
        word = m.group("yrel") or ""
        base = C.today_hijri(pub)[0] if cal == "hijri" and C.today_hijri(pub) else pub.year
        if word in W.PAST:
            return "rel", base - 1, cal == "hijri", None
        if word in W.FUTURE:
            return "rel", base + 1, cal == "hijri", None
        return "rel", base, cal == "hijri", None
    return "none", None, cal == "hijri", m.groupdict().get("rel")


def norm_ordinal(s: str) -> str:
    s = re.sub(r"\s*و\s*(?=ال(?:عشر|ثلاث))", " و", " ".join(s.split()))
    return " ".join(s.split())


def day_month(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    info = _month_info(m.group("m"))
    if info is None:
        return None
    month, cal, src = info
    if m.group("d"):
        day = int(m.group("d"))
    elif m.group("first"):
        day = 1             # أول يوليو: the first of July
        if src == "typo":
            return None
    else:
        if strip_clitic(prev_word(t, m.start())) in W.PARTITIVES:
            return None
        day = W.ORDINALS.get(norm_ordinal(m.group("ord")))
        if day is None or src == "typo":
            return None
    paired, mend = _paired_month(m, info)
    end = m.end()
    tail = _year_tail(m, pub, cal)
    if tail is None:
        return None
    if (m.group("m2") or m.group("m3")) and not paired:
        end = mend
        tail = ("none", None, cal == "hijri", None)
    kind, y, hij, rel = tail
    if kind == "none":
        if " ".join(m.group("m").split()) in W.NUMBER_MONTHS and not rel \
                and not paired and "شهر" not in m.group(0):
            return None     # بنتيجة 3 صفر: a score, not the 3rd of Safar
        if pub is None:
            if cal == "gregorian" and not hij and C.gregorian(2000, month, day) is not None \
                    and (rel or not named_long_ago(t, m.start(), None, None)):
                return Candidate(m.start(), end, None, None, "day", bool(rel), f"--{month:02d}-{day:02d}")
            return None
        if hij:
            cal = "hijri"
        v = C.resolve_day(cal, month, day, pub, rel)
        if v is not None and not rel and cal == "gregorian" and _told_ahead(t, m.start(), v, pub):
            v = C.resolve_day(cal, month, day, pub, rel, ahead=True)
        if v is None or not rel and named_long_ago(t, m.start(), v, pub):
            return None
        return Candidate(m.start(), end, v, v, "day", True)
    if not C.written_year_ok(y, hij):
        return None
    v = C.hijri_to_date(y, month, day) if hij else C.gregorian(y, month, day)
    if v is None:
        return None
    return Candidate(m.start(), end, v, v, "day", kind == "rel")


def _month_and_year(m: re.Match, pub: dt.date | None):
    """(month, calendar, paired, end, year tail) of a month expression, or None. An unpaired
    second month name (`ديسمبر/...`) ends the expression and leaves the year to the context."""
    info = _month_info(m.group("m"))
    if info is None:
        return None
    paired, mend = _paired_month(m, info)
    end = m.end()
    tail = _year_tail(m, pub, info.calendar)
    if tail is None:
        return None
    if (m.group("m2") or m.group("m3")) and not paired:
        end = mend
        tail = ("none", None, info.calendar == "hijri", None)
    return info.number, info.calendar, paired, end, tail


def month_year(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    parsed = _month_and_year(m, pub)
    if parsed is None:
        return None
    month, cal, paired, end, tail = parsed
    kind, y, hij, rel = tail
    mod = m.group("mod")
    name = " ".join(m.group("m").split())
    if kind == "none":
        if not (rel or mod or paired or m.group("shahr")):
            prev = strip_clitic(prev_word(t, m.start()))
            if cal == "hijri" and name in W.AMBIGUOUS_MONTHS:
                return None
            cues = W.TIME_CUES if name in W.AMBIGUOUS_MONTHS else W.MONTH_CUES
            if (name in W.AMBIGUOUS_MONTHS or cal == "hijri") and prev not in cues:
                return None
        if pub is None:
            if cal == "gregorian" and not hij and (rel or mod or not named_long_ago(t, m.start(), None, None)):
                return Candidate(m.start(), end, None, None, "month", bool(rel), f"--{month:02d}")
            return None
        y = C.resolve_month_year("hijri" if hij else cal, month, pub, rel)
        if y is None:
            return None
        if not rel and not hij and cal == "gregorian" and C.MIN_YEAR <= y <= C.MAX_YEAR \
                and _told_ahead(t, m.start(), dt.date(y, month, 1), pub):
            y = C.resolve_month_year(cal, month, pub, rel, ahead=True)
        relative = True
        if not (rel or mod or hij) and named_long_ago(t, m.start(), dt.date(y, month, 1), pub):
            return None
    else:
        if kind == "abs" and not C.written_year_ok(y, hij):
            return None
        relative = kind == "rel"
    if hij:
        span = C.hijri_month_span(y, month)
        if span is None:
            return None
        vs, ve = span
    else:
        if not (C.MIN_YEAR - 1 <= y <= C.MAX_YEAR + 1 or kind == "abs" and C.written_year_ok(y, hij)):
            return None
        vs, ve = dt.date(y, month, 1), C.month_end(y, month)
    return Candidate(m.start(), end, vs, ve, "month", relative)


def day_range(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    parsed = _month_and_year(m, pub)
    if parsed is None:
        return None
    month, cal, paired, end, tail = parsed
    kind, y, hij, rel = tail
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    m1info = _month_info(m.group("m1"))
    month1 = m1info.number if m1info else month
    if m1info and m1info.calendar != cal:
        return None
    cal2 = "hijri" if hij else cal
    if kind == "none":
        if pub is None:
            return None
        v2 = C.resolve_day(cal2, month, d2, pub, rel)
        relative = True
        if v2 is not None and not rel and named_long_ago(t, m.start(), v2, pub):
            return None
    else:
        if not C.written_year_ok(y, hij):
            return None
        v2 = C.hijri_to_date(y, month, d2) if hij else C.gregorian(y, month, d2)
        relative = kind == "rel"
    if v2 is None:
        return None
    # start day: same year unless a year is given for it, or it would fall after v2
    if m.group("y1"):
        y1 = int(m.group("y1"))
    elif cal2 == "hijri":
        hy2 = C.today_hijri(v2)
        y1 = hy2[0] if hy2 else None
    else:
        y1 = v2.year
    if y1 is None:
        return None
    conv = C.hijri_to_date if cal2 == "hijri" else C.gregorian
    v1 = conv(y1, month1, d1)
    if v1 is not None and v1 > v2 and not m.group("y1"):
        v1 = conv(y1 - 1, month1, d1)
    if v1 is None or v1 >= v2 or (v2 - v1).days > 366:
        return None
    return Candidate(m.start(), end, v1, v2, "range", relative)


_BEFORE_CHRIST = rx(S0 + "(?:" + "|".join(
    re.escape(p).replace(r"\ ", S0) for p in sorted(W.BEFORE_CHRIST, key=len, reverse=True)) + ")" + END)


def _span_of_years(m: re.Match, t: str) -> bool:
    """`(1798-1801)` in brackets of its own, or `من 1821 إلى 1826`: a span of earlier years, unless
    it counts something (`من 1200 إلى 1500 دولار`). `بين 1500 و1800` is left to the counts."""
    if not m.group("y2") or m.group("ysuf"):
        return False
    y, y2 = int(m.group("y")), int(m.group("y2"))
    if not (0 < y2 - y <= 100 and C.written_year_ok(y, False) and C.written_year_ok(y2, False)):
        return False
    bracketed = t[m.start("y") - 1:m.start("y")] == "(" and t[m.end("y2"):m.end("y2") + 1] == ")"
    joined = m.group("pre") == "من" and t[m.end("y"):m.start("y2")].strip() not in ("", "و")
    return (bracketed or joined) and plausible_bare_year(t, m.start("y2"), m.end("y2"), y2)


def year(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    y = int(m.group("y"))
    suf = (m.group("ysuf") or "").strip()
    hij = suf in W.HIJRI_ERA
    start = m.start()
    if m.group("pre") and not m.group("y2"):
        start = m.start("mod") if m.group("mod") else (
            m.start("kw") if m.group("kw") else m.start("y"))
    # a year before 1900 only after عام/سنة or with its era (`عام 1453`, `1250 م`), or as one end
    # of a span of years (`(1798-1801)`, `من 1821 إلى 1826`), and never BC
    written = bool(m.group("kw") or suf) or _span_of_years(m, t)
    if not (C.year_ok(y, hij) or written and C.written_year_ok(y, hij) and not _BEFORE_CHRIST.match(t, m.end("y"))):
        return None
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if hij or not (C.year_ok(y2, False) or written and C.written_year_ok(y2, False)) \
                or y2 <= y or y2 - y > 100:
            # not a year range: keep only the first year
            y2 = None
    else:
        y2 = None
    end = m.end() if y2 else (m.end("ysuf") if m.group("ysuf") else m.end("y"))
    strong = bool(m.group("kw") or m.group("mod") or suf or y2)
    if not strong and not plausible_bare_year(t, m.start("y"), m.end("y"), y):
        return None
    if hij:
        span = C.hijri_year_span(y)
        if span is None:
            return None
        vs, ve = span
        return Candidate(start, end, vs, ve, "year", False)
    if y2:
        return Candidate(start, end, dt.date(y, 1, 1), dt.date(y2, 12, 31), "range", False)
    return Candidate(start, end, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False)


def numeric(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        day, month, year = ("d", "m", "y") if m.group("d") else ("sd", "sm", "sy")
        y, mo, d = int(m.group(year)), int(m.group(month)), int(m.group(day))
        if mo > 12 >= d:
            mo, d = d, mo
    suf = (m.group("ysuf") or "").strip()
    # a numeric date's year of the Hijri century (14/10/1439) is Hijri even without هـ: news
    # prints no Gregorian day of the 14th century in digits
    hij = suf in W.HIJRI_ERA or not suf and not C.year_ok(y, False) and C.year_ok(y, True)
    if not C.year_ok(y, hij):
        return None
    v = C.hijri_to_date(y, mo, d) if hij else C.gregorian(y, mo, d)
    if v is None:
        return None
    end = m.end() if suf else (m.end("D") if m.group("Y") else m.end("y") if m.group("y") else m.end("sy"))
    return Candidate(m.start(), end, v, v, "day", False)


# A decade named without its century (`في التسعينيات`) is one of the 20th century's later decades;
# the twenties to forties, and any decade next to `عمره`/`أعمارهم`, are mostly ages.
_FIRST_BARE_DECADE = 50


_WORD_AFTER_MIN = rx(S + r"(?:من" + S + r")?([^\W_]+)")


def _an_age(t: str, start: int, end: int) -> bool:
    """`في الخمسينيات من عمره`, `تتراوح أعمارهم بين العشرينيات والستينيات`: a decade of life."""
    m = _WORD_AFTER_MIN.match(t, end)
    around = [m.group(1)] if m else []
    around += prev_words(t, start, 5)
    return any(w in W.AGE_NOUNS or strip_clitic(w) in W.AGE_NOUNS for w in around)


def decade(m: re.Match, t: str, pub: dt.date | None) -> Candidate | None:
    if m.group("cent") is None:
        if not m.group("art") or W.DECADES[m.group("dec")] < _FIRST_BARE_DECADE or _an_age(t, m.start(), m.end()):
            return None
        base = 1900
    else:
        base = 1800 if m.group("cent").startswith("التاسع") else 1900
    y = base + W.DECADES[m.group("dec")]
    return Candidate(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "range", False)
