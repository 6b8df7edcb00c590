"""A reply to accusations or allegations (`ردت موسكو على اتهامات لندن`) answers them with a denial
(PLOVER §REJECT; gold.md: denial of responsibility is REJECT); a reply to statements or criticism
stays criticism (ACCUSE). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_reply_to_accusations_is_reject():
    assert "REJECT" in types("وردت الحكومة النيجيرية على اتهامات المنظمة بتعذيب السجناء.")
    assert "REJECT" in types("وترد الشركة على مزاعم النقابة في مؤتمر صحفي غدا.")


def test_reply_to_statements_stays_accuse():
    found = types("وردت الوزيرة على تصريحات رئيس الوزراء بحدة.")
    assert "ACCUSE" in found and "REJECT" not in found
