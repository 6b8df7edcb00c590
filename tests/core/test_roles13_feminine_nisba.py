"""`اعتقال روسية`: a feminine nisba after an act's noun that is not feminine cannot be its
adjective: it names a woman of that nation, who undergoes the act, not the nation doing it."""
from event_roles import roles


def test_a_woman_of_a_nation_arrested_is_no_doing_of_that_nation():
    source, _ = roles("اعتقال روسية في أميركا بتهمة التجسس", "COERCE")
    assert source is None


def test_a_feminine_plural_act_takes_the_feminine_nisba_as_its_adjective():
    source, _ = roles("غارات روسية على ريف إدلب", "ASSAULT")
    assert source == "روسيا"


def test_a_plural_object_of_the_act_takes_the_feminine_nisba_as_its_adjective():
    source, _ = roles("وحذر الاتحاد الأوروبي من التصعيد بعد إطلاق صواريخ إيرانية على المواقع الإسرائيلية.", "ASSAULT")
    assert source == "إيران"
