"""A noun trigger governed by a verb in the future (`س` + present) names an act still to come:
help promised is AGREE, force announced is THREATEN (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_aid_a_future_verb_governs_is_an_intent_to_help():
    assert types("وقال إن الحكومة ستقدم مساعدات عاجلة للمتضررين.") == ["AGREE"]
    assert types("وأكد أن بلاده ستقدم دعما عسكريا للجيش.") == ["AGREE"]
    assert types("وقدمت الحكومة مساعدات عاجلة للمتضررين.") == ["AID"]


def test_force_a_future_verb_governs_is_a_threat():
    assert types("وقال إن الحكومة ستواصل الغارات على المدينة.") == ["THREATEN"]


def test_numbers_and_nouns_opening_with_sin_are_no_future_verb():
    assert types("وقتل ستين مدنيا في قصف على المدينة.") == ["ASSAULT"]


def test_a_name_opening_with_sin_before_a_verb_or_a_preposition_is_no_future_verb():
    assert types("ويضيف البيان أن سيغيف التقى ضباط المخابرات في أماكن مختلفة.") == ["CONSULT"]
    assert "AGREE" not in types("واعتقل سيغيف أثناء زيارة لغينيا الاستوائية.")


def test_a_city_opening_with_sin_is_no_future_verb():
    assert types("ومنحت السويد جنسيتها لعالم مقيم في ستوكهولم تحتجزه إيران حاليا.") == ["COERCE"]


def test_only_a_support_verb_makes_the_act_to_come():
    assert types("وقال إنه سيعتبر القمة ناجحة لو تمخضت عن اتفاق.") == ["CONSULT"]
    assert types("وقال إن الحكومة سترسل مساعدات إلى المتضررين.") == ["AGREE"]


def test_a_withdrawal_from_an_agreement_named_far_before_its_pronoun_is_a_sanction():
    assert "SANCTION" in types("وتلتقي الدول التي لا تزال في الاتفاق النووي لأول مرة منذ انسحاب الرئيس الأميركي "
                               "دونالد ترامب منه.")
