"""Words the trigger lexicon reads as acts that are nouns in their place: a verb form after a count
(`200 طالب`, students) and an inquiry noun in a body's name or an office's title (`مكتب التحقيقات
الفدرالي`) (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 5, 1)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_counted_student_makes_no_demand():
    assert types("وانتقل أكثر من 300 طالب إلى المدارس الجديدة.") == []
    assert types("وسجلت الجامعة آلاف طالب في البرنامج.") == []


def test_a_demand_after_a_year_or_a_name_is_still_a_demand():
    assert types("وفي 2016 طالب البرلمان بإجراء تحقيق مستقل.") == ["REQUEST"]
    assert types("طالب البرلمان الإيطالي بإجراء تحقيق مستقل.") == ["REQUEST"]


def test_a_verb_that_is_no_noun_stays_a_verb_after_a_number():
    assert types("وقالت إن مجموعة الـ20 تعهدت بمساعدة الدول الفقيرة.") == ["AGREE"]


def test_the_fbi_and_investigating_judges_are_no_inquiry():
    assert types("وقال المدير السابق لمكتب التحقيقات الفدرالي إنه لن يترشح.") == []
    assert types("واستمع قضاة التحقيق إلى الشاهد الأحد.") == []


def test_an_inquiry_opened_by_the_fbi_is_still_an_inquiry():
    assert types("وفتح مكتب التحقيقات الفدرالي تحقيقا في الحادث.") == ["ACCUSE"]


def test_yielding_needs_what_is_yielded_to():
    assert types("واستجابت الحكومة أخيرا لمطالب المعلمين.") == ["CONCEDE"]
    assert types("وقال الأطباء إن الوزير يستجيب للعلاج.") == []
    assert types("وقالت الشرطة إنها استجابت لبلاغ من أحد السكان.") == []
    assert types("وتجمع المئات في الساحة استجابة لدعوة على الإنترنت.") != ["CONCEDE"]
