"""Negation reaches the trigger only from its own clause (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def negated(text, event_type):
    [e] = [e for e in extract("t", text, DAY).events if e["event_type"] == event_type]
    return e["negated"]


def test_a_denial_before_a_comma_does_not_negate_the_next_clause():
    assert not negated("نفت وزارة الدفاع الروسية الاتهامات، وقصفت الطائرات الروسية مواقع المعارضة في ريف إدلب.", "ASSAULT")
    assert negated("نفى الجيش أنه قصف المستشفى في المدينة.", "ASSAULT")


def test_relative_and_adverbial_ma_negate_nothing():
    assert not negated("وهو ما تنفيه الحكومة السورية.", "REJECT")
    assert not negated("غالبا ما يتهم الرئيس الفنزويلي الولايات المتحدة بالتآمر عليه.", "ACCUSE")
    assert negated("ما قصفت الطائرات أي موقع في المدينة.", "ASSAULT")


def test_still_is_no_negation():
    assert not negated("ولا تزال الاحتجاجات مستمرة في العاصمة.", "PROTEST")


def test_a_negator_before_another_verb_does_not_negate_the_trigger():
    assert not negated("قالت الحكومة إنها لن تعرقل إعدام المتهمين.", "ASSAULT")
    assert negated("لا يمكن اتهام الحكومة بالتقصير.", "ACCUSE")
    assert negated("لم يتم الاتفاق على موعد الانتخابات.", "AGREE")
    assert negated("وقال الخاطفون: لم نكن نهدد الرهائن بالقتل.", "THREATEN")
