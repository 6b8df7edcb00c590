"""`كان` opening a sentence whose subject is set off by commas (an apposition, a description, a
relative clause) before the past verb of saying or its `قد`: that subject speaks, not the speaker
of the sentence before (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)
BEFORE = "عنوان الخبر\nوقال الوزير سامي حداد إن الوضع هادئ. "


def claim_of(text, content):
    found = extract("t", BEFORE + text, DAY).claims
    return next(c for c in found if c["content"].startswith(content))


def test_a_person_in_apposition_after_a_title():
    c = claim_of("وكان مستشار رئيس الوزراء، نبيل كرم، أعلن أمس أن الاجتماع سيعقد قريبا.", "أن الاجتماع")
    assert c["source_text"] == "نبيل كرم"


def test_a_body_described_by_a_relative_clause_before_qad():
    c = claim_of("وكانت المنظمة الدولية للهجرة التي سحبت موظفيها من المدينة، قد أعربت عن قلقها من المعارك.", "عن قلقها")
    assert "المنظمة الدولية للهجرة" in c["source_text"]


def test_a_title_described_between_commas():
    c = claim_of("وكان وزير الخارجية الإسباني، الذي زار المنطقة مرارا، قد أكد أن الحل سياسي.", "أن الحل سياسي")
    assert c["source_text"].startswith("وزير الخارجية")


def test_a_complete_pluperfect_clause_before_the_comma_keeps_the_verb_its_own_subject():
    c = claim_of("وكان الجيش قد دخل المدينة، أعلن الناطق باسمه أن المعارك انتهت.", "أن المعارك انتهت")
    assert c["source_text"] != "سامي حداد"
