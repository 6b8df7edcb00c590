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
