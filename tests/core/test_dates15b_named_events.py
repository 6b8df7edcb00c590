"""Events and places named by a date written without a year (`هجمات 11 سبتمبر`, `ثورة يناير`,
`مدينة 6 أكتوبر`) are no date of the story, unless the event is recent news; a year and a half
back is a month; a span of earlier-century years in brackets or from ... to is a range."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 4, 20)


def rows(text, pub=PUB):
    return [(m.surface, m.value_start, m.precision) for m in extract_dates(text, pub)]


@pytest.mark.parametrize("text", [
    "تغيرت السياسة الأمريكية كثيرا بعد هجمات 11 سبتمبر في نيويورك",
    "تحدث الكاتب عن أحداث الحادي عشر من سبتمبر في كتابه",
    "بقي الاقتصاد ضعيفا منذ ثورة يناير وحتى الآن",
    "كتب مقالا عن حرب أكتوبر وأبطالها",
    "يسكن الطبيب في مدينة السادس من أكتوبر قرب العاصمة",
    "شارك في ثورتي 25 يناير و30 يونيو",
    "نشر صورا قديمة لأحداث 11 سبتمبر/أيلول",
])
def test_a_name_made_of_a_date_is_no_date(text):
    assert rows(text) == []


def test_a_recent_event_named_by_its_day_keeps_the_day():
    assert rows("نفت الحكومة مسؤوليتها عن هجوم الثالث من أبريل على القافلة") == [
        ("الثالث من أبريل", D(2024, 4, 3), "day")]


def test_an_anniversary_of_a_named_event_is_no_date_even_on_the_day():
    assert rows("احتفل الناس بالذكرى العاشرة لثورة 17 فبراير", D(2024, 2, 17)) == []


def test_a_place_named_by_a_recent_day_is_still_no_date():
    assert rows("افتتح المعرض في ميدان 9 أبريل بالعاصمة") == []


@pytest.mark.parametrize("text,surface", [
    ("زار الوزير المدينة في 3 أبريل", "3 أبريل"),
    ("هجمات 11 سبتمبر 2001 غيرت العالم", "11 سبتمبر 2001"),
    ("وقعت الحرب في مارس الماضي", "مارس الماضي"),
])
def test_days_not_named_by_an_event_noun_stay(text, surface):
    assert [r[0] for r in rows(text)] == [surface]


@pytest.mark.parametrize("text,surface,value", [
    ("توقفت الرواتب منذ عام ونصف في المدينة", "منذ عام ونصف", D(2022, 10, 1)),
    ("بدأ المشروع منذ حوالي عام ونصف العام", "منذ حوالي عام ونصف العام", D(2022, 10, 1)),
    ("انتقل إلى النادي قبل عامين ونصف", "قبل عامين ونصف", D(2021, 10, 1)),
    ("وصل الوفد قبل شهرين ونصف", "قبل شهرين ونصف", D(2024, 2, 1)),
])
def test_a_unit_and_a_half_back_is_a_month(text, surface, value):
    assert rows(text) == [(surface, value, "month")]


def test_a_half_counted_from_another_event_is_no_date():
    assert rows("تم الإعلان قبل شهرين ونصف من انطلاق البطولة") == []


@pytest.mark.parametrize("text,surface,start,end", [
    ("حكم الوالي البلاد (1805-1848) وأسس جيشا", "1805-1848", D(1805, 1, 1), D(1848, 12, 31)),
    ("استمرت الحرب من 1821 إلى 1826 في الجزيرة", "من 1821 إلى 1826", D(1821, 1, 1), D(1826, 12, 31)),
])
def test_a_span_of_earlier_years_is_a_range(text, surface, start, end):
    assert [(m.surface, m.value_start, m.value_end, m.precision) for m in extract_dates(text, PUB)] == [
        (surface, start, end, "range")]


@pytest.mark.parametrize("text", [
    "يتراوح السعر من 1200 إلى 1500 دولار",
    "شارك بين 1500 و1800 شخص في المسيرة",
])
def test_a_span_of_counts_stays_no_date(text):
    assert rows(text) == []
