"""Words that only look like reporting verbs (claims14a): a noun in ta marbuta folded like a verb
with the pronoun ه (`رؤية` like `رواه`, `إضافة` like `أضافه`, `إشارة` like `أشاره`), and the
unvowelled present of اعتبر read as the passive يُعتبر, "is considered" (`ويعتبر X من أبرز`)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text: str) -> list[tuple[str, str, str]]:
    rows = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    return [(c["source_text"], c["cue"], c["content"]) for c in rows]


@pytest.mark.parametrize("text, cues", [
    ("وقالت السعودية إن المؤتمر سيقام في موعده، والذي يأتي ضمن رؤية السعودية 2030 الطموحة، ويستمر ثلاثة أيام.",
     ["وقالت"]),
    ('وتشمل رؤية الشركة ثلاث مزايا جديدة: "الكاميرا الذكية" و"العدسات".', []),
    ("وقال المدرب إن الفريق بخير. وهذا يعطي إشارة أننا ننوي التخلص من هذه الممارسات.", ["وقال"]),
])
def test_a_noun_in_ta_marbuta_is_no_reporting_verb(text, cues):
    assert [c[1] for c in _claims(text)] == cues


@pytest.mark.parametrize("text", [
    "ويعتبر سامي حداد من أبرز مصنعي الطائرات في البلاد.",
    "ويعتبر الحارس أحد أفضل اللاعبين في الدوري.",
    "وتعتبر المدينة جزءا من المنطقة الصناعية الجديدة.",
])
def test_the_passive_is_considered_states_no_view(text):
    assert _claims(text) == []


def test_the_present_of_itabara_with_its_an_still_reports():
    assert _claims("ويعتبر المجتمع الدولي أن كل المستوطنات غير قانونية.") == [
        ("المجتمع الدولي", "ويعتبر", "أن كل المستوطنات غير قانونية")]


def test_a_participle_in_ta_marbuta_with_its_conjunction_still_reports():
    found = _claims("وعلقت الوزارة على القرار، منوهة إلى خطورته ولافتة إلى أنه سيتم اتخاذ الإجراءات.")
    assert "ولافتة" in [c[1] for c in found]
