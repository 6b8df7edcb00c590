"""Nouns the thirteenth session's corpus audit found read as acts where they name a topic, an aim
or another kind of act: disarmament talked of, an escape, an agreement sought (sentences written
for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_disarmament_as_a_topic_is_no_retreat():
    assert types("وتركز المباحثات على نزع السلاح النووي من شبه الجزيرة.") == ["CONSULT"]
    assert types("ويظل نزع السلاح النووي هدفا بعيدا.") == []


def test_an_escape_is_no_expulsion():
    assert types("وحاول السجين الفرار من السجن ليلة الأحد.") == []
    assert types("ولاذ المهاجمون بالفرار بعد الحادث.") == []


def test_people_forced_to_flee_are_expelled():
    events = extract("t", "وأجبرت الحملة العسكرية آلاف السكان على الفرار من قراهم.", DAY).events
    assert ("SANCTION", "expel") in [(e["event_type"], e["event_mode"]) for e in events]
    assert "SANCTION" in types("وأدت المعارك إلى فرار آلاف المدنيين من المدينة.")
    assert "SANCTION" in types("ووثق التقرير إجبار الجيش مئات الأسر على الفرار.")


def test_an_agreement_sought_is_no_agreement():
    assert types("وتسعى الحكومة للتوصل إلى اتفاق مع المعارضة.") == []
    assert types("ويسعى الرئيس لإبرام اتفاق تجاري جديد.") == []


def test_an_agreement_reached_stays_one():
    assert types("وأعلنت الحكومة التوصل إلى اتفاق مع المعارضة.") == ["AGREE"]
    assert types("ورحب الوزير بالتوصل إلى اتفاق بين الطرفين.") == ["SUPPORT", "AGREE"]


def test_a_danger_named_is_no_threat_made():
    assert types("وتعتبر المنظمة أن الحكومة تهديد لحرية الصحافة.") == []
    assert types("وقال المدير إنه يقر بوجود تهديد.") == []
    assert types("وأضاف أن التطرف يهدد أمن المنطقة كلها.") == []


def test_a_threat_with_its_consequence_stays_one():
    assert types("وهددت الحكومة بطرد السفير.") == ["THREATEN"]


def test_a_field_of_cooperation_is_a_topic():
    assert types("وأشاد البيان بالتعاون العسكري بين البلدين منذ عقود.") == ["SUPPORT"]
    assert types("وألمح الزعيم إلى نية التعاون مع الكتل الأخرى.") == []


def test_cooperating_in_an_act_stays_cooperation():
    assert "COOPERATE" in types("وتعاونت الشرطة مع الإنتربول في تعقب المشتبه به.")
