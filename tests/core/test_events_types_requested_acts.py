"""An act asked for with `طلب` or urged with `إقناع` (`طلبت X عقد اجتماع`, `لإقناع X بالانسحاب`) is
the REQUEST, not the act (PLOVER codes realised events). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_meeting_asked_for_is_not_held():
    found = types("وطلبت فرنسا عقد اجتماع طارئ لمجلس الأمن لبحث الأزمة.")
    assert "REQUEST" in found and "CONSULT" not in found


def test_act_urged_by_persuasion_is_not_done():
    found = types("وتسعى الحكومة لإقناع الفصائل بالانسحاب من المدينة القديمة.")
    assert "REQUEST" in found and "RETREAT" not in found and "SANCTION" not in found


def test_demanded_of_him_is_request_and_a_student_is_none():
    found = types("وطالبه أعضاء البرلمان بالاستقالة من منصبه.")
    assert "REQUEST" in found and "RETREAT" not in found
    assert "REQUEST" not in types("وقتل المسلح طالبة جامعية في الحرم الجامعي.")


def test_the_participle_asking_of_someone_stays_request():
    assert "REQUEST" in types("وأغلقت الشرطة الطريق، طالبة من السكان البقاء في منازلهم.")


def test_a_fashion_model_opposes_no_one():
    assert "REJECT" not in types("وقالت عارضة أزياء شهيرة إنها ستشارك في العرض.")
    assert "REJECT" in types("وعارضه نواب المعارضة في جلسة التصويت.")


def test_an_act_pledged_is_no_act_done():
    found = types("وتعهد رئيس الحكومة بالإفراج عن المعتقلين السياسيين خلال أسبوع.")
    assert "AGREE" in found and "RETREAT" not in found
    found = types("ووعدت الدول المانحة بتقديم مساعدات عاجلة للمتضررين.")
    assert "AGREE" in found and "AID" not in found


def test_a_request_for_comment_is_no_party_request():
    assert "REQUEST" not in types("ولم ترد السفارة على الفور على طلب للتعليق.")


def test_a_source_asking_not_to_be_named_makes_no_request():
    assert "REQUEST" not in types("وقال مسؤول طلب عدم الكشف عن هويته إن الوفد غادر.")
