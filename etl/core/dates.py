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
  A year of an earlier century (1000–1899) is a year only written as one: after ``عام``/``سنة``
  or an era, or with a month name (``عام 1805``, ``19 نوفمبر 1799``); never before Christ.
* Relative mentions (``is_relative=True``) are every mention whose value depends on
  published_on; with ``published_on=None`` they are skipped. A Gregorian day or month named
  without a year is kept, on request (``keep_unresolved_year``), with the precision the text
  supports and no value: ``30 يونيو/حزيران`` → precision ``day``, ``partial_value='--06-30'``.
* Speed: the full patterns are tried only at anchors (digits, month names, weekdays,
  relative words) and the few words before them; ~1.5 s for 5 MB of news on one core.
* Vague spans (``مؤخرا``, ``في السنوات الأخيرة``, ``خلال الأيام المقبلة``) are not dates.

``extract_dates`` never raises: any unexpected error in one candidate drops that candidate.

The parts: ``date_words`` (the lexicons: months.tsv, relative_dates.tsv, date_words.tsv),
``date_grammar`` (one expression per form), ``date_anchors`` (where a mention can start),
``date_resolve_calendar`` / ``date_resolve_relative`` (a match → values, with ``date_context``
for the words around it and ``date_calendars`` for Gregorian and Hijri arithmetic); this
module finds the mentions with them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from etl.core.text import Normalized, normalize

from . import date_calendars as C
from . import date_grammar as G
from . import date_resolve_calendar as RC
from . import date_resolve_relative as RR
from .date_anchors import candidate_starts
from .date_candidate import Candidate

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


Resolver = Callable[..., Candidate | None]

# (form, its resolver, whether it needs a publication date), tried in this order
_FORMS: tuple[tuple[G.Form, Resolver, bool], ...] = (
    (G.DAY_MONTH, RC.day_month, False), (G.MONTH_YEAR, RC.month_year, False),
    (G.DAY_RANGE, RC.day_range, False), (G.YEAR, RC.year, False), (G.NUMERIC, RC.numeric, False),
    (G.DAY_OF_MONTH, RR.day_of_month, True), (G.WEEKDAY_NAME, RR.weekday, True),
    (G.TODAY, RR.today, True), (G.RELATIVE_PHRASE, RR.relative_phrase, True), (G.AGO, RR.ago, True),
    (G.DECADE, RC.decade, False),
)
_BY_FIRST_CHAR: dict[tuple[str, bool], list] = {}


def _forms_starting_with(ch: str, with_relative: bool) -> list:
    key = (ch, with_relative)
    got = _BY_FIRST_CHAR.get(key)
    if got is None:
        got = [(form.regex, resolve) for form, resolve, relative_only in _FORMS
               if ch in form.first_chars and (with_relative or not relative_only)]
        if len(_BY_FIRST_CHAR) < 4096:
            _BY_FIRST_CHAR[key] = got
    return got


def _select(cands: list[Candidate], n: int) -> list[Candidate]:
    """Greedy: longest first (then earliest); keep those that overlap nothing kept."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken = bytearray(n + 1)
    kept: list[Candidate] = []
    for c in cands:
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


def extract_dates(text: str, published_on: dt.date | None, *,
                  keep_unresolved_year: bool = False, norm: Normalized | None = None) -> list[DateMention]:
    """All date mentions in `text`, sorted by char_start and non-overlapping.

    With no `published_on`, a Gregorian day or month written without a year cannot be resolved;
    `keep_unresolved_year=True` keeps it with the precision the text supports (`30 يونيو` →
    precision day, value_start/value_end None, partial_value '--06-30'); by default it is
    dropped, as every value is then a date. `norm`: `normalize(text)`, when the caller has it."""
    try:
        if not isinstance(text, str) or not text:
            return []
        pub = published_on
        if isinstance(pub, dt.datetime):
            pub = pub.date()
        if pub is not None and not isinstance(pub, dt.date):
            pub = None
        if norm is None or norm.original is not text:
            norm = normalize(text)
        t = norm.text
        cands: list[Candidate] = []
        for s in candidate_starts(t):
            for regex, resolve in _forms_starting_with(t[s], pub is not None):
                m = regex.match(t, s)
                if m is None:
                    continue
                try:
                    cand = resolve(m, t, pub)
                except Exception:   # noqa: BLE001 - one bad candidate never breaks extraction
                    continue
                if cand is not None:
                    cands.append(cand)
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
    """The first absolute day-precision date in `text` (e.g. a dateline), or None. A date of an
    earlier century (`19 نوفمبر 1799`) is history told, never the day of publication."""
    for mention in extract_dates(text, None):
        if mention.precision == "day" and not mention.is_relative \
                and mention.value_start.year >= C.MIN_YEAR:
            return mention.value_start
    return None
