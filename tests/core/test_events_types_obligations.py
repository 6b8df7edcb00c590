"""An obligation laid on a named party (`إن على الحكومة أن`, `وعلى X أن`) is a demand (PLOVER
§REQUEST), as `عليه أن` is; `على` after a verb, before an idiom (`على أمل أن`, `على الرغم من أن`) or
before the `أن` of a subordinator (`على الأرض قبل أن`) lays none. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_obligation_on_a_named_party_is_request():
    assert "REQUEST" in types("وقال رئيس البرلمان إن على الحكومة الانتقالية أن تصدر الدستور خلال شهر.")
    assert "REQUEST" in types("وعلى الدول المانحة أن تفي بتعهداتها تجاه اللاجئين.")
    assert "REQUEST" in types("وقالت الوزيرة إن الهدنة صامدة، لكن على الفصائل أن تسلم أسلحتها الثقيلة.")


def test_on_as_a_preposition_or_idiom_lays_no_obligation():
    assert "REQUEST" not in types("واتفق الطرفان على أن يلتقيا مرة أخرى.")
    assert "REQUEST" not in types("وتبرعت الجمعية بالأدوية على أمل أن تصل إلى القرى النائية.")
    assert "REQUEST" not in types("وجلس المزارعون على الأرض قبل أن يغادروا الحقل.")
    assert "REQUEST" not in types("وقال مصدر مطلع على الملف أن الوفد غادر العاصمة.")
    assert "REQUEST" not in types("وكشف الطبيب أن الشرطة عثرت عليه بعد أن غادر المستشفى.")
