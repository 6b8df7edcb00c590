"""A name no rule knows, followed by a relative clause or a bracket that describes the speaker,
is still the source text (claims12b): the subject slot ends before the description."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _sources(text: str) -> list[str]:
    return [c["source_text"] for c in extract("t", text, dt.date(2025, 3, 1)).claims]


@pytest.mark.parametrize("text, name", [
    ('وقالت سيفاستوبولا التي تحتل المركز الثالث عالميا "أعتقد أن المباراة كانت صعبة".', "سيفاستوبولا"),
    ('وقال لالانوفا الذي شارك في المباراة الأخيرة لوسائل إعلام بريطانية "إنها بداية صعبة".', "لالانوفا"),
    ('وكتب خضيرونا (31 عاما) على حسابه: "لقد مددت عقدي".', "خضيرونا"),
])
def test_name_before_its_description_is_the_source(text, name):
    assert _sources(text)[:1] == [name]

