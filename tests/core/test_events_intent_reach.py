"""A verb of intent reaches past a long subject to the act it governs (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_an_intended_visit_after_a_long_subject_is_an_agreement_to_meet():
    assert types("ويعتزم وزير الخارجية الألماني هايكو ماس زيارة موسكو.") == ["AGREE"]
    assert types("تعتزم الحكومة التركية والمعارضة السورية عقد اجتماع في أنقرة.") == ["AGREE"]


def test_a_visit_after_a_verb_of_intent_in_another_clause_is_the_visit():
    assert "CONSULT" in types("يعتزم الرئيس المشاركة في المؤتمر، وزار وزير الخارجية الروسي سيرغي لافروف القاهرة.")


def test_a_meeting_whose_business_is_told_in_the_future_is_still_to_come():
    assert types("وقال المندوب إن الاجتماع سيبحث التصعيد في غزة.") == ["AGREE"]
    assert types("وقال المندوب إن الاجتماع بحث التصعيد في غزة.") == ["CONSULT"]
