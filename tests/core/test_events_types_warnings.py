"""A warning opened by the bare past `حذر` with its subject and the one warned before `من أن` is a
warning (PLOVER §THREATEN), as `وحذر` is; `حذر` with a preposition or the article (`بحذر`,
`الحذر من`) is the noun caution, no act. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_bare_past_warning_with_subject_before_min_anna_is_threaten():
    assert "THREATEN" in types("حذر وزير الدفاع البرتغالي أمس الحكومة الإسبانية من أنها ستدفع ثمن التصعيد.")


def test_caution_noun_is_no_warning():
    assert types("ويتعامل التجار بحذر مع العملة الجديدة خشية من أن تفقد قيمتها.") == []
    assert "THREATEN" not in types("ودعا الخبراء المستثمرين إلى الحذر من الشائعات.")


def test_a_threat_named_as_a_danger_is_no_act_of_threatening():
    assert "THREATEN" not in types("وأغلقت القنصلية أبوابها أمس بسبب تهديد أمني.")
    assert "THREATEN" not in types("وقال قائد الشرطة إن البلاد تواجه تهديدا متزايدا من الجماعات المتطرفة.")
    assert "THREATEN" not in types("وأجبر المسلحون السكان على مغادرة القرية تحت تهديد السلاح.")


def test_a_threat_issued_by_a_party_stays_threaten():
    assert "THREATEN" in types("وواصل الوزير إطلاق تهديدات بالرد على أي عقوبات جديدة.")
