"""A dropped subject with no speaker beside the verb is the clause's subject, the first person it
names, not the person named last, its object (claims12b)."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _sources(text: str, cue: str) -> list[str]:
    return [c["source_text"] for c in extract("t", text, dt.date(2025, 3, 1)).claims if c["cue"] == cue]


def test_participle_after_subject_and_object_is_the_subject_s():
    text = "امتدح المدير الفني لنادي الوحدة ماريو بيانكي لاعبه الفرنسي جان لوران قائلا إنه أفضل لاعب في الفريق."
    assert _sources(text, "قائلا") == ["ماريو بيانكي"]


def test_mocking_official_speaks_not_the_one_mocked():
    text = "سخر رئيس البرلمان الأوروبي جان كلود يونكر من الرئيس الأمريكي دونالد ترامب قائلا إن قراره خاطئ."
    assert _sources(text, "قائلا") == ["جان كلود يونكر"]


def test_inside_reported_content_the_inner_clause_s_person_speaks():
    text = ("وأعلنت النائبة سلمى حداد أن الوزير كريم منصور ألقى كلمة في المؤتمر، ودعا فيها إلى الحوار، "
            "ثم قال إن الأزمة ستنتهي قريبا.")
    assert "سلمى حداد" not in " ".join(_sources(text, "قال"))
