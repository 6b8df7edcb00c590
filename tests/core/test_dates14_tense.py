"""A weekday moves ahead only when the last word of tense before it points forward: a perfect verb
after a future marker, or a future-shaped name inside a perfect verb's clause, keeps it behind."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 12, 8)          # a Sunday: the last Thursday is the 5th, the next the 12th


def weekday_value(text: str) -> dt.date:
    got = extract_dates(text, PUB)
    assert len(got) == 1, got
    return got[0].value_start


@pytest.mark.parametrize("text", [
    # a name shaped like a future verb in the subject of a perfect verb
    "أعلن وزير المالية جيمس ستانتون الخميس عن ميزانية جديدة",
    "وقال المحامي جون ستيفنسون، الخميس، إن موكله بريء",
    # a name shaped like an imperfect verb (و + ي...) after a perfect verb
    "أكدت المدربة ويلما رايت الخميس رحيلها عن الفريق",
    # a perfect verb after the future marker
    "ستعيد عودته التوازن إلى الفريق الذي عانى كثيرا الخميس",
    # لم + imperfect tells the past
    "ولم ينته الجدل الخميس عند هذا الحد",
    # تم: the perfect auxiliary of a passive, after the future marker
    "ومن المقرر أن يجتمع الأعضاء الذين تم اختيارهم الخميس",
    # a perfect verb with a pronoun object, after the future marker
    "ومن المتوقع أن يناقش النواب القرار الذي أعلنته الحكومة الخميس",
    "وجاءت النتائج أفضل من المتوقع في الانتخابات التي أجريت الخميس",
])
def test_a_weekday_in_a_clause_told_in_the_past_is_behind(text):
    assert weekday_value(text) == D(2024, 12, 5)


@pytest.mark.parametrize("text", [
    "قال الوزير إنه سيلتقي نظيره الخميس في العاصمة",
    "أعلن النادي أن الفريق سيواجه منافسه الخميس",
    "وصل الوفد إلى المدينة وسيلتقي المسؤولين الخميس",
    "استقبل الرئيس الوفد الذي سيغادر البلاد الخميس",
    # a perfect verb after a conditional is no past
    "وسيتأهل الفريق رسميا في حال فاز الخميس على منافسه",
    # أن with a preposition glued to it still opens a clause
    "وأعرب المدرب عن ثقته بأن اللاعب سيكون جاهزا الخميس",
    # و + imperfect with a definite noun after it opens a clause of its own
    "خسر المنتخب مباراته الأولى، ويواجه المضيف الخميس",
    # a scheduled event (feminine adjective) is still to come whatever the main verb's tense
    "قال المدرب قبل المواجهة المرتقبة مع منافسه الخميس إن فريقه جاهز",
    # من المقرر أن reaches a date more than seventy characters after it
    "ومن المقرر أن يعقد رئيس اللجنة الوطنية المستقلة للانتخابات في البلاد مؤتمرا صحفيا موسعا الخميس",
])
def test_a_future_verb_opening_its_own_clause_still_points_ahead(text):
    assert weekday_value(text) == D(2024, 12, 12)


@pytest.mark.parametrize("text", [
    # the imperfect verb a sentence opens with: a scheduled event
    "يلتقي المنتخبان في المباراة النهائية على الملعب الكبير الخميس",
    # an imperfect verb right after a conjunction of time opens its clause
    "وتبدو حظوظ الفريق كبيرة عندما يستضيف منافسه العنيد على ملعبه الخميس",
])
def test_an_imperfect_verb_opening_a_sentence_or_clause_points_ahead(text):
    assert weekday_value(text) == D(2024, 12, 12)


@pytest.mark.parametrize("text", [
    # a present verb that describes (ويأتي ذلك) or one of a relative clause (الذي يحقق) is no future
    "ويأتي ذلك بعد أن أقالت الحكومة مدير الشرطة في العاصمة الخميس",
    "اتهم المحقق الذي يحقق في قضية الفساد الكبرى ثلاثة مسؤولين الخميس",
])
def test_a_describing_present_verb_keeps_the_weekday_behind(text):
    assert weekday_value(text) == D(2024, 12, 5)


@pytest.mark.parametrize("text,surface,value", [
    ("ويستضيف الفريق منافسه بعد غد الثلاثاء على ملعبه", "بعد غد الثلاثاء", D(2024, 12, 10)),
    ("تنطلق البطولة يوم غد الاثنين في العاصمة", "يوم غد الاثنين", D(2024, 12, 9)),
])
def test_tomorrow_or_the_day_after_with_its_weekday_is_one_mention(text, surface, value):
    assert [(m.surface, m.value_start) for m in extract_dates(text, PUB)] == [(surface, value)]


def test_tomorrow_before_a_definite_noun_after_a_future_verb_is_tomorrow():
    got = extract_dates("وقال الوزير إن الحكومة ستعلن غدا القرار النهائي", PUB)
    assert [(m.surface, m.value_start) for m in got] == [("غدا", D(2024, 12, 9))]
