"""`الليلة` alone is tonight (the publication day), unless the words around it name another night."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.dates import extract_dates

PUB = dt.date(2024, 12, 8)


@pytest.mark.parametrize("text", [
    "يلتقي الفريقان الليلة في المباراة النهائية",
    "وقال الوزير إن الحكومة ستعلن قرارها الليلة أو صباح الغد",
])
def test_tonight_is_the_publication_day(text):
    assert [(m.surface, m.value_start) for m in extract_dates(text, PUB)] == [("الليلة", PUB)]


@pytest.mark.parametrize("text", [
    "قرر المعتصمون قضاء الليلة أمام مبنى البلدية",
    "غادر الضيوف المدينة في تلك الليلة دون وداع",
    "أحيت الفرقة الليلة الختامية للمهرجان",
])
def test_a_night_named_by_the_words_around_it_is_not_tonight(text):
    assert extract_dates(text, PUB) == []
