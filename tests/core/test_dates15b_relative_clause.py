"""A weekday or month inside a relative clause opened by a present verb (`القمة التي تلتئم في
كيبيك الجمعة`) is the one to come; a perfect verb of the ت-forms (`التي تحطمت`, `الذي تضاعف`)
or a past told before the clause keeps it in the past."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

D = dt.date
PUB = D(2024, 4, 20)    # a Saturday


def values(text, pub=PUB):
    return [(m.surface, m.value_start) for m in extract_dates(text, pub)]


@pytest.mark.parametrize("text,surface,value", [
    ("الأنظار متجهة إلى القمة التي تلتئم في مدينة كيبيك الجمعة", "الجمعة", D(2024, 4, 26)),
    ("الفريق متقدم بفارق نقطتين على منافسه الذي يستضيف الفريق الضيف الأحد", "الأحد", D(2024, 4, 21)),
    ("أعد المدرب القائمة التي يعلنها مساعده الأول يوم الثلاثاء", "يوم الثلاثاء", D(2024, 4, 23)),
    ("بعد غياب المنتخب عن النهائيات التي تنطلق في يوليو", "يوليو", D(2024, 7, 1)),
])
def test_a_present_verb_of_a_relative_clause_points_ahead(text, surface, value):
    assert values(text) == [(surface, value)]


@pytest.mark.parametrize("text,surface,value", [
    ("عثر المحققون على الطائرة التي تحطمت قرب الجبل الأربعاء", "الأربعاء", D(2024, 4, 17)),
    ("لم يسيطر رجال الإطفاء على الحريق الذي تضاعف حجمه الأربعاء", "الأربعاء", D(2024, 4, 17)),
    ("انتهت المباراة التي تعادل فيها الفريقان الأربعاء", "الأربعاء", D(2024, 4, 17)),
    ("نشرت اللجنة التي يرأسها النائب المستقل عن الحزب الأربعاء تقريرها", "الأربعاء", D(2024, 4, 17)),
    ("دعت الصحيفة التي تصدر في العاصمة، الأربعاء، إلى الهدوء", "الأربعاء", D(2024, 4, 17)),
])
def test_a_perfect_verb_or_a_past_sentence_keeps_the_day_behind(text, surface, value):
    assert values(text) == [(surface, value)]
