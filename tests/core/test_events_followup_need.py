"""Follow-up of the event types: the need for an act (`ضرورة`, `من الضروري`) urges it (REQUEST); the
act is not reported done."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2025, 3, 4)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


# `ضرورة`: the act after it is asked for, not reported done

def test_stressing_the_need_for_a_ceasefire_is_a_request_not_an_agreement():
    assert types("وشدد وزير الخارجية على ضرورة وقف إطلاق النار في الإقليم.") == ["REQUEST"]


def test_calling_for_the_need_of_a_release_is_one_request():
    assert types("وطالبت المنظمة بضرورة الإفراج عن الصحفيين المحتجزين.") == ["REQUEST"]


def test_it_is_necessary_that_they_meet_is_no_meeting_held():
    assert "CONSULT" not in types("وقال الوزير إن من الضروري عقد اجتماع بين الطرفين.")


def test_stressing_the_need_to_keep_a_deal_voices_support():
    assert types("وشددت الوزيرة على ضرورة الحفاظ على الاتفاق التجاري.") == ["SUPPORT"]


def test_not_necessarily_is_no_obligation():
    # `بالضرورة`, necessarily: no word of need before the act
    assert "REQUEST" not in types("وقال المحلل إن الطرفين توصلا بالضرورة إلى اتفاق.")


def test_the_act_itself_without_a_need_word_stays_reported():
    assert types("وفرضت الحكومة عقوبات على الشركة.") == ["SANCTION"]
