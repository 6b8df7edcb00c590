"""Triggers the corpus audit found missing: verb and object pairs (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_detaining_persons_with_awqafa_is_an_arrest():
    assert types("أوقفت قوات الأمن التركية، الجمعة، خمسة أشخاص في أنقرة.") == ["COERCE"]
    assert types("وأوقفت الحكومة العمل بالقانون الجديد.") == []


def test_tariffs_imposed_with_the_subject_between_are_a_sanction():
    assert types("وفرضت الحكومة الأمريكية رسوما نسبتها 25 في المئة على واردات صينية.") == ["SANCTION"]


def test_talks_a_party_opens_are_consult():
    assert types("بدأ عمران خان محادثات مع الأحزاب الصغيرة.") == ["CONSULT"]


def test_an_army_striking_positions_is_an_assault_a_storm_striking_a_coast_is_not():
    assert types("وضربت الطائرات الروسية مواقع المعارضة في إدلب.") == ["ASSAULT"]
    assert types("ضرب الإعصار الساحل الشرقي للولايات المتحدة.") == []


def test_led_away_by_the_police_is_coerce():
    assert types("واقتادت الشرطة الصحفيين إلى مركزها.") == ["COERCE"]


def test_deaths_and_displacement_from_rain_or_a_volcano_are_no_act():
    assert types("أدت الأمطار الغزيرة والانهيارات الأرضية إلى مقتل 24 شخصا وتشريد الآلاف من السكان.") == []
    assert types("وقالت السلطات إن المخاطر المرتبطة بثوران البركان قد تشمل انفجارات للغاز.") == []
    assert types("وقتل خمسة أشخاص في غارة جوية على المدينة.") == ["ASSAULT"]


def test_a_condemnation_a_party_failed_to_persuade_a_body_to_make_is_no_accusation():
    assert types("فشلت الولايات المتحدة في إقناع مجلس الأمن الدولي بإدانة تصريحات الرئيس.") == ["REQUEST"]
    assert "ACCUSE" in types("وأدان مجلس الأمن الدولي تصريحات الرئيس.")


def test_protesters_blocking_roads_or_voicing_anger_protest():
    assert types("وقطع المحتجون الطرق المؤدية إلى الميناء.") == ["PROTEST"]
    assert types("وعبر المتظاهرون عن غضبهم من انقطاع الكهرباء.") == ["PROTEST"]
    assert types("وعبر المهاجرون الحدود إلى اليونان.") == []
