"""Committees named by their field, and bare heads referring back to a body named before."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import actors_by_surface


def test_a_committee_in_construct_with_its_field_is_a_body_wherever_it_stands():
    found = actors_by_surface("وتناقش لجنة الموازنة العامة مشروع القانون الأسبوع المقبل.")
    assert "لجنة الموازنة العامة" in found
    found = actors_by_surface("وأحال البرلمان الملف إلى لجنة التحقيق قبل التصويت.")
    assert "لجنة التحقيق" in found
    found = actors_by_surface("وانقسمت اللجنة البرلمانية في التصويت على المشروع.")
    assert "اللجنة البرلمانية" in found


def test_a_definite_committee_before_a_noun_takes_no_object_into_its_name():
    found = actors_by_surface("ورفضت اللجنة الطلب بعد نقاش طويل.")
    assert not any(surface.startswith("اللجنة ال") for surface in found)


def test_the_holder_of_a_committee_title_is_still_named():
    found = actors_by_surface("وقال رئيس لجنة الأمن القومي كريم سلطاني إن الوضع مستقر.")
    assert any(a.name_ar == "كريم سلطاني" for a in found.values())


def test_a_bare_head_before_a_relative_clause_refers_back_to_the_body():
    x = extract("t", "وهاجمت حركة الشباب قاعدة عسكرية. وقالت الحركة التي تنشط في الجنوب إنها قتلت جنودا.",
                dt.date(2018, 6, 1))
    surfaces = {m["surface"]: m["actor_id"] for m in x.actor_mentions}
    assert surfaces.get("الحركة") == surfaces["حركة الشباب"]


def test_a_bodys_mission_in_a_speaker_head_noun_belongs_to_its_name():
    found = actors_by_surface("وأعلنت الهيئة الوطنية لإدارة الأزمات أن الحصيلة ارتفعت.")
    assert "الهيئة الوطنية لإدارة الأزمات" in found


def test_an_agency_with_a_mission_is_no_news_outlet():
    found = actors_by_surface("وقال مدير الوكالة الفلبينية لإدارة الكوارث إن الحصيلة ارتفعت.")
    agency = found["الوكالة الفلبينية لإدارة الكوارث"]
    assert agency.actor_type == "government"


def test_a_body_named_again_without_its_nationality_is_the_same_body():
    x = extract("t", "وقالت وزارة الزراعة الأردنية إن المحصول تراجع. وأضافت وزارة الزراعة أن الأسعار سترتفع.",
                dt.date(2018, 6, 1))
    ids = {m["surface"]: m["actor_id"] for m in x.actor_mentions}
    assert ids["وزارة الزراعة"] == ids["وزارة الزراعة الأردنية"]


def test_a_ministrys_field_takes_its_adjective_before_the_nationality():
    found = actors_by_surface("وقالت وزارة الأمن الداخلي الكندية إن التهديد قائم.")
    assert "وزارة الأمن الداخلي الكندية" in found
    found = actors_by_surface("وقالت وزارة الشؤون الخارجية إن السفير استدعي.")
    assert "وزارة الشؤون الخارجية" in found


def test_no_weekday_or_plural_adjective_joins_a_ministrys_name():
    assert "وزارة الخارجية" in actors_by_surface("وقالت وزارة الخارجية الثلاثاء إن السفير استدعي.")
    assert "وزارة الخارجية" in actors_by_surface("وأفرجت السلطات عن موظفي وزارة الخارجية المحليين أمس.")
