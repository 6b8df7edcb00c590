"""Attribution prepositions whose source no actor rule names (claims13): a trailing phrase
headed by an informant or a statement that runs on to the end of the sentence with the words
saying whose or which one it is, a fronted `وبحسب X:` before a quotation, and informant heads
(`المعلومات`, `التقارير`, `دبلوماسيين`)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text):
    return extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims


@pytest.mark.parametrize("text, source, content", [
    ("وارتفعت أسعار الخبز في العاصمة، وفقا لدراسة حديثة أعدها مركز الأبحاث الاقتصادية.",
     "دراسة حديثة أعدها مركز الأبحاث الاقتصادية", "وارتفعت أسعار الخبز"),
    ("وأغلقت المدارس في الإقليم، بحسب بيان مشترك صدر عن الطرفين.",
     "بيان مشترك صدر عن الطرفين", "وأغلقت المدارس"),
    ("وبلغت نسبة المشاركة ستين بالمئة بحسب الأرقام الرسمية المنشورة أمس.",
     "الأرقام الرسمية المنشورة", "وبلغت نسبة المشاركة"),
    ("وتأجل التصويت إلى الشهر المقبل، وفق ما أفاد قيادي في الحزب الجمعة.", "قيادي في الحزب", "وتأجل التصويت"),
    ("وتعثرت المفاوضات حول الحدود، وفقا لدبلوماسيين.", "دبلوماسيين", "وتعثرت المفاوضات"),
    ("وبحسب المعلومات، غادر الوفد العاصمة مساء أمس.", "المعلومات", "غادر الوفد"),
    ("وبحسب البيان: \"تقرر تأجيل المباراة إلى الأسبوع المقبل\".", "البيان", "تقرر تأجيل المباراة"),
])
def test_the_attribution_words_name_the_source(text, source, content):
    claims = _claims(text)
    assert [(c["source_text"], c["content"][:len(content)]) for c in claims] == [(source, content)]


@pytest.mark.parametrize("text", [
    "وتختلف أسعار الفاكهة حسب الموسم في كل مدينة.",
    "وتصنف البضائع في الميناء وفقا لقانون الجمارك في البلاد.",
])
def test_a_rule_or_a_measure_after_the_preposition_is_no_source(text):
    assert _claims(text) == []


def test_a_fronted_attribution_mid_sentence_is_not_a_trailing_source():
    claims = _claims("كان للهيئة الحق في فرض غرامة على الشركة بنسبة عشرة في المئة من عائداتها، "
                     "ووفقا للتقرير السنوي الأخير يعادل ذلك عشرة ملايين.")
    assert not any("يعادل" in c["source_text"] for c in claims)


@pytest.mark.parametrize("text, source", [
    ("وعاش السكان يوما صعبا، حسب قول أيمن وهو سائق أجرة.", "أيمن"),
    ("وعاش السكان يوما صعبا، حسب تعبير المحلل السياسي.", "المحلل السياسي"),
])
def test_in_the_words_of_names_the_source(text, source):
    claims = _claims("قال كريم سالم إن الوضع صعب. " + text)
    assert [c["source_text"] for c in claims][1:] == [source]


def test_a_second_attribution_to_the_same_speaker_is_one_claim():
    claims = _claims("قال كريم سالم إن الوضع صعب. وعاش السكان يوما من الإذلال و\"العنصرية\" حسب قول أيمن "
                     "وهو سائق يواجه \"الخطط بالصمود\" حسب تعبيره.")
    assert [c["source_text"] for c in claims][1:] == ["أيمن"]
