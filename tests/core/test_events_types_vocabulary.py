"""General PLOVER vocabulary added for held-out recall: denials (REJECT), phone calls (CONSULT),
warnings (THREATEN) and terms of blame (ACCUSE), on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_denying_a_report_is_reject():
    assert "REJECT" in types("وأنكر المتحدث باسم الحزب أي صلة له بالصفقة المثيرة للجدل.")
    assert "REJECT" in types("وتنكر الحكومة وجود سجون سرية في البلاد.")
    assert "REJECT" in types("ودحضت الوزارة الرواية التي نشرتها الصحيفة.")


def test_the_formula_of_a_groundless_report_is_reject():
    assert "REJECT" in types("وقال المتحدث إن هذه الاتهامات لا أساس لها من الصحة.")
    assert "REJECT" in types("وأكدت الشركة أن الأنباء عن إفلاسها عارية عن الصحة.")


def test_a_phone_call_is_consult():
    assert "CONSULT" in types("وهاتف الرئيس نظيره التونسي لبحث التعاون بين البلدين.")
    assert "CONSULT" in types("وبحث الوزير هاتفيا مع نظيره المغربي ملف الهجرة.")
    # the noun: a telephone, no call
    assert "CONSULT" not in types("وصادرت الشرطة هاتف المشتبه به.")


def test_a_warning_by_past_verb_after_wa_is_threaten_and_caution_is_no_event():
    assert "THREATEN" in types("وحذر وزير الدفاع الجماعات المسلحة من الاقتراب من الحدود.")
    assert types("وتعاملت الحكومة بحذر مع المطالب الجديدة.") == []
    # a warning of a danger stays a criticism, as before
    found = types("وحذر الوزير من خطورة التصعيد في المنطقة.")
    assert "ACCUSE" in found and "THREATEN" not in found


def test_calling_an_attack_terrorist_or_cowardly_is_accuse():
    assert "ACCUSE" in types("ووصف الرئيس التفجير بأنه عمل إرهابي جبان.")
    assert "ACCUSE" in types("واعتبرت الوزارة الاعتداء على القافلة عملا إجراميا.")
