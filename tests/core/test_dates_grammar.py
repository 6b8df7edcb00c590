"""Tests for the date grammar's scan: the forms are tried only at candidate starts and only where
their first character allows, so both must cover every way a mention can open."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core import date_grammar as G
from etl.core.date_anchors import candidate_starts
from etl.core.dates import extract_dates
from etl.core.text import normalize

FORMS = {name: getattr(G, name) for name in (
    "DAY_MONTH", "MONTH_YEAR", "DAY_RANGE", "YEAR", "NUMERIC", "DAY_OF_MONTH", "WEEKDAY_NAME",
    "TODAY", "RELATIVE_PHRASE", "AGO", "DECADE")}

# (sentence, the mention's surface): openers before the anchor, clitics, every form
MENTIONS = [
    ("وصل الوفد يوم الأحد 8 كانون الأول 2024 إلى المدينة", "يوم الأحد 8 كانون الأول 2024"),
    ("وقعت الاتفاقية في الـ15 من أغسطس 2019 بالعاصمة", "الـ15 من أغسطس 2019"),
    ("التقى الجانبان في الحادي والعشرين من ديسمبر الحالي", "الحادي والعشرين من ديسمبر الحالي"),
    ("وعاد في أول يوليو إلى بلده", "أول يوليو"),
    ("تراجعت الأسعار منذ مطلع شهر رمضان الماضي", "مطلع شهر رمضان الماضي"),
    ("تعقد القمة في الفترة من 5 إلى 7 مايو المقبل", "في الفترة من 5 إلى 7 مايو المقبل"),
    ("نما الاقتصاد بين 2015 و2018 بوتيرة بطيئة", "بين 2015 و2018"),
    ("وتوقف المشروع منتصف العام 2015 لأسباب مالية", "منتصف العام 2015"),
    ("وللعام 2014 قصة أخرى", "للعام 2014"),
    ("صدر البيان بتاريخ 9/4/2018 عن الوزارة", "9/4/2018"),
    ("ولد الشيخ عام 1380 هـ في القرية", "عام 1380 هـ"),
    ("تنتهي المهلة في السابع من الشهر الجاري", "السابع من الشهر الجاري"),
    ("وقال الوزير صباح أمس الاثنين إن المفاوضات مستمرة", "صباح أمس الاثنين"),
    ("ويلتقي الرئيسان بعد ظهر الخميس المقبل في جنيف", "بعد ظهر الخميس المقبل"),
    ("ويبدأ المؤتمر أعماله اليوم في العاصمة", "اليوم"),
    ("وانخفضت المبيعات خلال الأسبوع الماضي بشكل حاد", "الأسبوع الماضي"),
    ("وأعلنت الشركة أواخر العام الماضي عن خسائر", "أواخر العام الماضي"),
    ("وغادر البلاد قبل ثلاثة أيام دون إعلان", "قبل ثلاثة أيام"),
    ("واندلعت الحرب منذ نحو عقدين من الزمن", None),   # عقدين followed by من: a count, no date
    ("وشهدت البلاد في تسعينيات القرن الماضي أزمة حادة", "تسعينيات القرن الماضي"),
]


def _start(sentence: str, surface: str) -> tuple[str, int]:
    t = normalize(sentence).text
    return t, t.index(normalize(surface).text)


@pytest.mark.parametrize("sentence,surface", [m for m in MENTIONS if m[1]])
def test_candidate_starts_include_every_mention_start(sentence, surface):
    assert [m.surface for m in extract_dates(sentence, dt.date(2024, 12, 8))] == [surface]
    t, start = _start(sentence, surface)
    assert start in candidate_starts(t)


def test_candidate_starts_skip_plain_words():
    t = normalize("وقال المتحدث إن الاجتماع كان مثمرا وبناء").text
    assert candidate_starts(t) == []


def test_each_form_opens_only_with_its_first_characters():
    """Brute force: wherever a form matches in the sentences, its first character is declared."""
    matched = set()
    for sentence, _ in MENTIONS:
        t = normalize(sentence).text
        for name, form in FORMS.items():
            for s in range(len(t)):
                if form.regex.match(t, s):
                    matched.add(name)
                    assert t[s] in form.first_chars, (name, t[s:s + 20])
    assert matched == set(FORMS)       # every form was exercised


def test_first_characters_are_narrow():
    assert G.NUMERIC.first_chars == frozenset(G.DIGITS)
    assert G.AGO.first_chars == frozenset("قم")
    assert not any(c.isdigit() for c in G.WEEKDAY_NAME.first_chars | G.RELATIVE_PHRASE.first_chars)


def test_openers_before_an_anchor_stop_at_a_line_break_and_a_plain_word():
    assert candidate_starts("منتصف\nالعام 2015") == [6, 12]
    assert candidate_starts("منتصف العام 2015") == [0, 6, 12]
    assert candidate_starts("منتصف كلمة العام 2015") == [11, 17]


def test_a_month_name_inside_another_word_starts_nothing():
    """`اب` (August, آب) inside `الانتخابات` and `الكتاب`: no candidate start at all."""
    t = normalize("وفاز الحزب في الانتخابات وصدر الكتاب").text
    assert candidate_starts(t) == []


# anchors after proclitics, with a stray alef, and inside longer words, next to real mentions
_INSIDE_WORDS = [
    "وفي آب الماضي أجريت الانتخابات",
    "ولآب 2019 ذكرى خاصة عند الكتاب",
    "وصل الوفد االثلاثاء إلى العاصمة",
    "وبالأمس أعلن الحزب نتائج الانتخابات",
    "وفي 2018اب تغير كل شيء",
]


@pytest.mark.parametrize("sentence", [m[0] for m in MENTIONS] + _INSIDE_WORDS)
def test_candidate_starts_find_what_trying_every_position_finds(sentence, monkeypatch):
    """Brute force: skipping anchors inside words loses no mention."""
    published = dt.date(2024, 12, 8)
    found = extract_dates(sentence, published)
    monkeypatch.setattr("etl.core.dates.candidate_starts", lambda t: range(len(t)))
    assert extract_dates(sentence, published) == found
