"""A word with the article is no verb: `الطالب` is a student, not `طالب` (demanded); `اليدين` the
hands, not `يدين` (condemns); `البائع` a seller, not `بايع` (pledged allegiance). Verbal nouns that
share a verb's letters keep their reading (`التعاون`, `القتل`, `التوافق`). Sentences written for
these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_participle_with_the_article_is_no_verb():
    assert "REQUEST" not in types("وحضر الطالب الجامعي إلى المحكمة برفقة محاميه.")
    assert "SUPPORT" not in types("واشتكى البائع المتجول من ارتفاع الأسعار في السوق.")
    assert "REQUEST" in types("وطالب الطالب الحكومة بتحسين ظروف السكن الجامعي.")


def test_a_present_verb_with_the_article_is_no_verb():
    assert "ACCUSE" not in types("وظهر المتهم مقيد اليدين أمام القاضي.")
    assert "ACCUSE" in types("ويدين الحزب بشدة الاعتداء على الصحفيين.")


def test_verbal_nouns_spelt_like_verbs_keep_their_reading():
    assert "COOPERATE" in types("وبحث الوزيران التعاون الأمني بين البلدين.")
    assert "AGREE" in types("وتم التوافق على تشكيل حكومة جديدة بعد أشهر من الخلاف.")
    assert "COERCE" in types("وألقي القبض على المشتبه به في العاصمة.")
