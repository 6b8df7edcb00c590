"""Calendar arithmetic: Gregorian and Hijri (via ``hijridate``) days, months and years, and the
year of a day or month named without one, chosen against the publication date."""
from __future__ import annotations

import calendar
import datetime as dt

import hijridate

from . import date_words as W

MIN_YEAR, MAX_YEAR = 1900, 2100
# A four-digit number written with a month name or after عام/سنة is a year whatever its century
# (`19 نوفمبر 1799`, `عام 1453`); standing alone, one before 1900 is more often a count.
HISTORY_MIN_YEAR = 1000


def year_ok(y: int, hijri: bool) -> bool:
    return (1343 <= y <= 1500) if hijri else (MIN_YEAR <= y <= MAX_YEAR)


def written_year_ok(y: int, hijri: bool) -> bool:
    """Whether `y` is a year when the text says it is one (a month name or عام/سنة before it)."""
    return year_ok(y, hijri) or (not hijri and HISTORY_MIN_YEAR <= y < MIN_YEAR)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)   # Sunday


def gregorian(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def hijri_to_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        h = hijridate.Hijri(y, m, 1)
        if not 1 <= d <= h.month_length():
            return None
        g = hijridate.Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError, TypeError):
        return None


def hijri_month_span(y: int, m: int) -> tuple[dt.date, dt.date] | None:
    try:
        h = hijridate.Hijri(y, m, 1)
        start = hijri_to_date(y, m, 1)
        end = hijri_to_date(y, m, h.month_length())
    except (ValueError, OverflowError, TypeError):
        return None
    if start is None or end is None:
        return None
    return start, end


def hijri_year_span(y: int) -> tuple[dt.date, dt.date] | None:
    a = hijri_month_span(y, 1)
    b = hijri_month_span(y, 12)
    if a is None or b is None:
        return None
    return a[0], b[1]


def today_hijri(pub: dt.date) -> tuple[int, int] | None:
    """(year, month) of `pub` in the Hijri calendar."""
    try:
        h = hijridate.Gregorian(pub.year, pub.month, pub.day).to_hijri()
        return h.year, h.month
    except (ValueError, OverflowError, TypeError):
        return None


def resolve_day(cal: str, m: int, d: int, pub: dt.date, rel: str | None,
                ahead: bool = False) -> dt.date | None:
    """A day of a month without a year, resolved against published_on; `ahead`: the first one
    after it, as with ``المقبل``."""
    if cal == "hijri":
        hy = today_hijri(pub)
        if hy is None:
            return None
        years = (hy[0] + 1, hy[0], hy[0] - 1, hy[0] - 2)
        conv = hijri_to_date
    else:
        years = (pub.year + 1, pub.year, pub.year - 1, pub.year - 2)
        conv = gregorian
    cands = [(y, conv(y, m, d)) for y in years]
    cands = [(y, c) for y, c in cands if c is not None]
    if not cands:
        return None
    if rel in W.CURRENT:
        cur = hy[0] if cal == "hijri" else pub.year
        for y, c in cands:
            if y == cur:
                return c
        return None
    if rel in W.PAST:
        ok = [c for _, c in cands if c < pub]
        return max(ok) if ok else None
    if rel in W.FUTURE or ahead:
        ok = [c for _, c in cands if c > pub]
        return min(ok) if ok else None
    ok = [c for _, c in cands if (c - pub).days <= 62]
    return max(ok) if ok else None


def resolve_month_year(cal: str, m: int, pub: dt.date, rel: str | None, ahead: bool = False) -> int | None:
    """The year (in the month's calendar) of a month named without a year; `ahead`: the first one
    after the current month, as with ``المقبل``."""
    if cal == "hijri":
        hy = today_hijri(pub)
        if hy is None:
            return None
        cy, cm = hy
    else:
        cy, cm = pub.year, pub.month
    if rel in W.CURRENT:
        return cy
    if rel in W.PAST:
        return cy if m < cm else cy - 1
    if rel in W.FUTURE or ahead:
        return cy if m > cm else cy + 1
    for y in (cy + 1, cy, cy - 1):
        if (y - cy) * 12 + (m - cm) <= 2:
            return y
    return cy - 1
