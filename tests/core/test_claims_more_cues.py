"""Reporting verbs the lexicon lacked: concluding (`خلص إلى أن`), going on (`يتابع`), hinting
(`لمح`), closing (`اختتم`), qualifying (`تدارك`) and continuing (`أكمل`) — each also names an
act, so each reports only before `أن`, a colon or a quotation. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_body_that_concludes_reports_its_conclusion():
    assert claims("وخلصت لجنة التحقيق البرلمانية إلى أن الحريق نتج عن خلل كهربائي.") == [
        ("لجنة التحقيق البرلمانية", "أن الحريق نتج عن خلل كهربائي")]


def test_verbs_of_going_on_hinting_and_qualifying_report_before_a_marker():
    assert claims("ولمح المحافظ إلى أنه سيترشح لولاية ثانية.") == [("المحافظ", "أنه سيترشح لولاية ثانية")]
    assert claims('وتدارك المحافظ: "لكن الطرق ما زالت خطرة".') == [("المحافظ", "لكن الطرق ما زالت خطرة")]
    assert claims('وأكمل المحافظ: "سنفتح الطرق غدا".') == [("المحافظ", "سنفتح الطرق غدا")]


def test_the_same_verbs_naming_an_act_report_nothing():
    assert claims("وأكمل المحافظ دراسته في تونس.") == []
    assert claims("وتدارك المحافظ الخطأ في اليوم التالي.") == []
    assert claims("واختتم المحافظ زيارته للمدينة.") == []
    assert claims("وخلص المحافظ من الاجتماع في المساء.") == []


def test_hasab_ma_opening_a_sentence_attributes_what_follows():
    assert claims("وحسب ما أفاد به سكان القرية فإن الجسر انهار.") == [("سكان القرية", "فإن الجسر انهار")]
