"""`يبدو أن` (it seems that): the `أن` opens the writer's own impersonal clause; it is never the
content of a reporting verb earlier in the sentence (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_an_after_it_seems_is_not_reported_by_an_earlier_verb():
    found = claims("وبعد يوم طويل في البلد الذي أعلن قبل أشهر هزيمة الجماعة المسلحة، يبدو أن نسبة المشاركة كانت ضعيفة.")
    assert not any(c["content"].startswith("أن نسبة المشاركة") for c in found)


def test_what_it_seems_stays_inside_a_quotation_after_a_colon():
    [c] = claims("وقال وزير النقل ماركو بيانكي، على حسابه في \"تويتر\": \"أتابع بقلق ما يحدث في المدينة، الذي يبدو أنه حادث كبير\".")
    assert c["content"].startswith("أتابع بقلق ما يحدث")


def test_a_report_before_it_seems_keeps_its_own_content():
    [c] = claims("وقال الوزير إن الهدنة صامدة، ويبدو أن الطرفين ملتزمان بها.")
    assert c["content"].startswith("إن الهدنة صامدة")
