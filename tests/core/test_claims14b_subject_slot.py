"""The words in a verb's subject slot (claims14b): a share of a group, a one-word name before when
it was said, the subject of a verb that carries its object, a title whose genitive is a named person;
and the quoted speaker after an outlet's adjective."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text: str) -> list[dict]:
    return extract("t", text, dt.date(2025, 3, 1)).claims


_BEFORE = "وقال الباحث يوسف حداد إن النتائج مشجعة.\n"


@pytest.mark.parametrize("sentence, cue, source", [
    ("وعندما سئل المشاركون عن العمل، قال غالبيتهم إنهم راضون.", "قال", "غالبيتهم"),
    ("وأشار بعضها إلى أن الوضع سيتحسن.", "وأشار", "بعضها"),
    ("وفي المقابل يعتقد 30 بالمئة أن الأسعار ستنخفض.", "يعتقد", "30 بالمئة"),
])
def test_a_share_of_a_group_is_the_subject_not_the_last_speaker(sentence, cue, source):
    claim = next(c for c in _claims(_BEFORE + sentence) if c["cue"] == cue)
    assert claim["source_text"] == source


def test_the_first_word_of_a_quotation_is_no_share_of_a_group():
    claims = _claims(_BEFORE + "وتابع: \"معظم الشركات تسير في اتجاهنا\".")
    assert claims[-1]["source_text"] == claims[0]["source_text"]


def test_a_one_word_name_in_al_before_when_it_was_said_is_the_speaker():
    claims = _claims(_BEFORE + "وقال ألاردايس يوم الجمعة، إن اللاعب لم يطلب الرحيل.")
    assert claims[-1]["source_text"] == "ألاردايس"


def test_a_verb_carrying_its_object_has_the_words_before_bi_anna_as_subject():
    claims = _claims(_BEFORE + "يصفه المحيطون به بأنه هادئ ومثابر.")
    assert claims[-1]["source_text"] == "المحيطون به"


def test_the_lawyer_of_a_named_person_speaks_not_the_person():
    claims = _claims("وقال بيتر مادسن إنه بريء.\nوقالت محامية مادسن إنه سيستأنف الحكم.")
    assert claims[-1]["source_text"] == "محامية مادسن"


def test_a_title_with_a_pronoun_is_apposed_to_the_name_after_it():
    claims = _claims("واعتبر مدربه زين الدين زيدان أن الأمور لم تحسم.")
    assert claims[0]["source_text"] == "زين الدين زيدان"


def test_a_kinship_word_opening_a_name_is_no_title():
    claims = _claims("وقال الخليل إن الكلمة قديمة.\nويكمل ابن فارس، ومن ذلك الفلذة: القطعة من الكبد.")
    assert claims[-1]["source_text"] == "ابن فارس" and not claims[-1]["is_anonymous"]


def test_the_quoted_speaker_after_an_outlets_adjective_is_found_and_goes_on():
    claims = _claims("ونقلت شبكة \"أي إس بي أن\" التلفزيونية عن كين قوله: \"هذا عامل جذب قوي\".\n"
                     "وتابع \"الخطوة المقبلة هي الفوز\".")
    assert [c["source_text"] for c in claims] == ["شبكة \"أي إس بي أن", "كين", "كين"]


def test_an_outlets_adjective_before_an_about_is_no_quoted_source():
    claims = _claims("والسبت كشفت صحيفة \"واشنطن بوست\" الأميركية عن دفع مبالغ طائلة.")
    assert all(c["cue"] != "كشفت" for c in claims)


def test_a_feminine_verb_does_not_go_on_with_witnesses():
    claims = _claims("ونقلت صحيفة \"تلغراف\" البريطانية عن شهود قولهم إن المحتجز مغربي، مشيرة إلى أنه كان مرصودا.\n"
                     "وتابعت: \"المحتجز هدد الجميع\".")
    assert [c["source_text"] for c in claims if c["cue"] in ("مشيرة", "وتابعت")] == ["صحيفة \"تلغراف"] * 2


def test_a_family_name_in_al_is_no_foreign_name_before_a_title():
    claims = _claims("اعترف معالي تركي آل الشيخ بأنه يواجه مشكلة.")
    assert "آل الشيخ" in claims[0]["source_text"]


def test_a_chain_of_titles_before_the_name_is_no_genitive():
    claims = _claims("وقال مسؤول إن الاجتماع انتهى.\nوقال نائب رئيس الوزراء يانيس كوستاس إن الحكومة مستقرة.")
    assert "كوستاس" in claims[-1]["source_text"]


def test_a_participle_goes_on_with_a_name_no_rule_knows_after_the_opening_verb():
    claims = _claims("وقال المتحدث باسم الشرطة إن الحصيلة ارتفعت.\n"
                     "وتحدث أفورقي إلى الحضور، ومن بينهم بعض المشاهير، قائلا: \"لقد اخترنا طريق السلام\".")
    assert claims[-1]["source_text"] == "أفورقي"


def test_an_accusative_of_manner_after_the_opening_verb_is_no_name():
    claims = _claims("وقال المدرب يوسف حداد إن الفريق جاهز.\nوعلق على ذلك قائلا \"لا تعليق\".")
    assert claims[-1]["source_text"] == claims[0]["source_text"]


@pytest.mark.parametrize("sentence, cue, source", [
    ("يذكر أن بعض التقارير تشير إلى أن السجناء بالمئات.", "تشير", "بعض التقارير"),
    ("رغم أن بعض المنتجين أبدوا قلقهم من أن ارتفاع الأسعار قد يضر بالسوق.", "أبدوا", "بعض المنتجين"),
])
def test_the_subject_after_an_anna_speaks_not_the_last_speaker(sentence, cue, source):
    claims = _claims("وقالت الحكومة الفنزويلية إن المعارضة دبرت الهجوم.\n" + sentence)
    assert next(c for c in claims if c["cue"] == cue)["source_text"] == source


def test_a_noun_after_an_opening_preposition_is_no_name():
    claims = _claims("وإثر اتصالات بين البلدين، وافق الرئيس ترامب على عقد قمة، مشيرا إلى أن اللقاء قريب.")
    assert "اتصالات" not in claims[-1]["source_text"]
