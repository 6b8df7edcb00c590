"""Trigger words in another sense: `لقاء` before a sum is `in return for`, `قمة` before a degree
noun is a peak, `يدين بالفضل` owes credit, `لوح بيده` waves; none is a meeting, a condemnation or a
threat. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_in_return_for_a_sum_is_no_meeting():
    assert "CONSULT" not in types("وباعت الشركة حصتها في المصنع لقاء 40 مليون دولار.")
    assert "CONSULT" not in types("وتنازل المزارع عن أرضه لقاء مبلغ زهيد.")
    assert "CONSULT" not in types("ويعمل العمال ساعات طويلة لقاء حصولهم على أجر بسيط.")


def test_a_meeting_before_its_parties_or_a_time_stays_a_meeting():
    assert "CONSULT" in types("وعقد الوزير لقاء مع نظيره الأردني في عمان.")
    assert "CONSULT" in types("وعقد اجتماع على مستوى الوزراء في القاهرة أمس.")


def test_a_peak_is_no_summit():
    assert "CONSULT" not in types("وقالت الممثلة إنها في قمة السعادة بعد تكريمها.")
    assert "CONSULT" not in types("ويأتي المدير التنفيذي على قمة الهرم في الشركة.")
    assert "CONSULT" in types("وعقدت قمة ثلاثية في أنقرة بحضور الرؤساء الثلاثة.")


def test_owing_credit_is_no_condemnation():
    assert "ACCUSE" not in types("يدين الكاتب بالفضل في نجاحه إلى معلمه الأول.")
    assert "ACCUSE" in types("وأدان الوزير الاعتداء على السفارة.")


def test_waving_a_hand_is_no_threat():
    assert "THREATEN" not in types("ولوح الرئيس بيده للصحفيين قبل أن يغادر القاعة.")
    assert "THREATEN" in types("ولوح الرئيس باستخدام القوة ضد المتمردين.")


def test_if_need_be_is_no_request():
    assert "REQUEST" not in types("وقال المحامي إنه سيلجأ إلى المحكمة العليا إن تطلب الأمر ذلك.")
    assert "REQUEST" in types("وطلب الأمير من الحكومة التدخل لحل الأزمة.")


def test_a_work_discussing_a_theme_is_no_meeting():
    assert "CONSULT" not in types("ويناقش الفيلم قضية الهجرة غير الشرعية من زاوية إنسانية.")
    assert "CONSULT" not in types("وتناقش كلماتها المشاكل اليومية للشباب.")
    assert "CONSULT" in types("وناقش الوزير مع نظيره الكتاب الأبيض للدفاع.")


def test_a_figurative_killing_is_no_assault():
    assert "ASSAULT" not in types("وقال المعارض إنه تعرض لعملية اغتيال معنوي من خصومه.")


def test_the_attack_named_again_by_a_speaker_stays_an_attack():
    found = types("وقال متحدث باسم الشرطة في تصريحات للصحفيين إن الدوافع وراء هذا الهجوم إرهابية.")
    assert "ASSAULT" in found and "ACCUSE" not in found
    assert "ACCUSE" in types("وشن الرئيس هجوما حادا على الصحافة قائلا إنها كاذبة.")


def test_a_place_named_after_a_virtue_is_no_act():
    assert "SUPPORT" not in types("وغادر المسلحون المخيم وحي التضامن المجاور له.")
    assert "SUPPORT" in types("وأعلن الحزب تضامنه مع المعتقلين.")


def test_a_rank_is_no_dissolution():
    assert "COERCE" not in types("وحل حزب المعارضة في المركز الثالث بحصوله على عشرين مقعدا.")
    assert "COERCE" in types("وقررت المحكمة حل حزب المعارضة.")


def test_bearing_a_signature_signs_nothing():
    assert "AGREE" not in types("ويضم المعرض لوحات تحمل توقيع فنانين من العالم العربي.")
