"""Setting fire to a place (`أضرم النار في`, `إضرام النيران`) is an attack (PLOVER §ASSAULT, arson, as
`أحرق`). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_setting_fire_is_assault():
    assert "ASSAULT" in types("وقالت الشرطة إن مجهولين أضرموا النار في مكتب الحزب ليل السبت.")
    assert "ASSAULT" in types("وتضرم العصابات النيران في منازل القرويين قبل فرارها.")
    assert "ASSAULT" in types("وقام مسلحون بإضرام النار في مخزن للحبوب شمال المدينة.")


def test_a_fire_no_one_set_is_no_attack():
    assert "ASSAULT" not in types("واندلعت النار في مخزن للحبوب بسبب ماس كهربائي.")
