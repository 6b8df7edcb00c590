"""`أن` + a noun the text writes with ta marbuta (`أن نسبة`, `أن تجربة`) opens a reported clause,
not an infinitive `أن` + present verb (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_an_before_a_noun_in_ta_marbuta_reports():
    [c] = claims("وأكد مدير المعهد أن تجربة التعليم عن بعد نجحت هذا العام.")
    assert c["source_text"] == "مدير المعهد"
    assert c["content"].startswith("أن تجربة التعليم")


def test_speaker_goes_on_with_a_noun_in_ta_marbuta():
    found = claims("وقالت وزيرة السياحة رانيا المشاط إن الموسم جيد. وأضافت الوزيرة أن نسبة الزوار الجدد ضئيلة.")
    assert len(found) == 2
    assert found[1]["source_actor_id"] == found[0]["source_actor_id"]
    assert found[1]["content"].startswith("أن نسبة الزوار")


def test_an_before_a_verb_with_a_pronoun_stays_an_infinitive():
    [c] = claims("وقال الوزير إن الحكومة تريد أن تعطيه مهلة أخيرة.")
    assert c["content"].startswith("إن الحكومة تريد أن تعطيه")
