"""Who fills the subject slot of a verb of saying (claims13): a name no rule knows before a
quotation, and the words before an adjunct set off by commas (not an actor inside it)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text):
    return extract("t", text, dt.date(2025, 3, 1)).claims


@pytest.mark.parametrize("text, name", [
    ("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الصيني. وقال يانغ \"نريد علاقات مستقرة\".", "يانغ"),
    ("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الكوري. وصرح تاكو الخميس \"نريد علاقات مستقرة\".", "تاكو"),
])
def test_an_unknown_name_before_the_quotation_speaks(text, name):
    claims = [c for c in _claims(text) if c["cue"] != "التقى"]
    assert [c["source_text"] for c in claims] == [name]


def test_the_unknown_speaker_goes_on_with_the_next_verb():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون إن الزيارة ناجحة. وقال يون \"نريد علاقات مستقرة\". "
            "وأضاف \"الحوار مستمر\".")
    assert [c["source_text"] for c in _claims(text)][1:] == ["يون", "يون"]


@pytest.mark.parametrize("text", [
    "قال الرئيس الفرنسي إيمانويل ماكرون إن الزيارة ناجحة. وأضاف لاحقا \"ما يهمنا هو التعاون\".",
    "قال الرئيس الفرنسي إيمانويل ماكرون إن الزيارة ناجحة. وأضاف الاثنين \"ما يهمنا هو التعاون\".",
])
def test_how_or_when_it_was_said_is_no_speaker(text):
    claims = _claims(text)
    assert claims[1]["source_actor_id"] == claims[0]["source_actor_id"]


@pytest.mark.parametrize("text, speaker, not_speaker", [
    ("وذكر عادل، في صفحته الرسمية على موقع فيسبوك، أن المباراة تأجلت.", "عادل", "فيسبوك"),
    ("وأكدت منى، في مقابلة أجرتها معها صحيفة الأهرام، أن الشركة ستفتتح فرعا جديدا.", "منى", "الأهرام"),
])
def test_an_actor_inside_the_adjunct_after_the_subject_does_not_speak(text, speaker, not_speaker):
    claims = _claims(text)
    assert claims[0]["source_text"] == speaker and not_speaker not in claims[0]["source_text"]


def test_whom_she_told_before_the_quotation_is_no_speaker():
    text = "قالت المحامية سارة حداد إن القضية معقدة. وقالت له \"عليك أن تصبر\"."
    claims = _claims(text)
    assert claims[1]["source_actor_id"] == claims[0]["source_actor_id"] is not None


@pytest.mark.parametrize("text, speaker, content", [
    ("كما أشار مينامي إلى ارتفاع قوي في أسعار النفط.", "مينامي", "إلى ارتفاع قوي"),
    ("وشدد كوفي على أهمية الحوار بين الأطراف.", "كوفي", "على أهمية الحوار"),
])
def test_one_unknown_word_before_the_verbs_own_preposition_speaks(text, speaker, content):
    claims = _claims("خبر اليوم. " + text)
    assert [(c["source_text"], c["content"][:len(content)]) for c in claims] == [(speaker, content)]


def test_how_one_pointed_is_no_speaker():
    assert _claims("خبر اليوم. وأشار بيده إلى المبنى المدمر.") == []


@pytest.mark.parametrize("text, speaker, content", [
    ("أكد جميل حميدان، وزير العمل البحريني، ضرورة إنشاء مراكز لتقييم المؤهلات.", "جميل حميدان", "ضرورة إنشاء"),
    ("أعلن كريم سالم، مدرب الفريق، استقالته من منصبه.", "كريم سالم", "استقالته"),
])
def test_a_name_set_off_before_its_title_speaks_with_a_noun_object(text, speaker, content):
    claims = _claims("خبر اليوم. " + text)
    assert [(c["source_text"], c["content"][:len(content)]) for c in claims] == [(speaker, content)]


def test_a_clause_of_state_after_adding_is_how_she_spoke():
    text = "وقالت سارة حداد: \"جئنا للمشاركة في المسيرة\". وأضافت وعلى وجهها علامات الفرحة: \"نحن سعداء\"."
    assert [c["source_text"] for c in _claims(text)] == ["سارة حداد", "سارة حداد"]
