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
