"""`منتخب` after an office (`الرئيس المنتخب`, `الرئيس الأرجنتيني المنتخب`) is elected, not a national
team: the sentence is no sport report and keeps its events; a national team stays sport. Sentences
written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_president_elect_is_no_national_team():
    assert "CONSULT" in types("والتقى وزير الخارجية الإسباني الرئيس الأرجنتيني المنتخب في بوينس آيرس.")
    assert "SUPPORT" in types("وهنأ رئيس الوزراء الرئيس المنتخب بفوزه في الانتخابات.")


def test_a_national_team_stays_sport():
    assert types("وهنأ رئيس الاتحاد لاعبي المنتخب بالفوز على نظيره.") == []


def test_a_world_cup_setting_or_a_sport_metaphor_keeps_political_events():
    assert "CONSULT" in types("والتقى الرئيس الروسي ولي العهد على هامش افتتاح كأس العالم.")
    assert "REJECT" in types("وقال الوزير إن الكرة الآن في ملعب الحكومة بعد رفضها المقترح.")
    assert "ACCUSE" in types("وتعد تركيا لاعبا إقليميا مهما، واتهمتها أثينا بانتهاك مجالها الجوي.")


def test_a_match_report_with_a_cup_stays_sport():
    assert types("وفاز المنتخب البرازيلي بكأس العالم بعد فوزه على ألمانيا.") == []
    assert "ASSAULT" not in types("خطفت الفرقة الأضواء في حفل الافتتاح.")
