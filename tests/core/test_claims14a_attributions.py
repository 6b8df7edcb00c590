"""Attributions claims14a reads: a fronted `وفقا لـ"X"،` citing a quoted name, a `فـ` resuming a
clause with its attribution (`، فبحسب X، ...`), and studies, surveys and inquiries as the
subject of a verb of showing, concluding or finding (`وأظهر المسح أن`, `ووجدت الدراسة أن`)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


def _claims(text: str) -> list[tuple[str, str, str]]:
    rows = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    return [(c["source_text"], c["cue"], c["content"]) for c in rows]


@pytest.mark.parametrize("text, source, content", [
    ('ووفقا لـ"مجلة النهار"، وصل الوفد إلى العاصمة مساء أمس.', "مجلة النهار", "وصل الوفد إلى العاصمة مساء أمس"),
    ('وبحسب "البوابة الرقمية"، فإن الشركة ستغلق فرعها.', "البوابة الرقمية", "فإن الشركة ستغلق فرعها"),
])
def test_a_quoted_name_before_a_comma_is_the_source_of_the_clause_after_it(text, source, content):
    assert _claims(text) == [(source, text.split()[0], content)]


def test_the_fronted_attribution_ends_before_a_later_speaker():
    text = 'ووفقا لـ"مجلة النهار"، فهذه هي البداية فقط، حيث يقول المدير سامي حداد: "سنفتتح فروعا جديدة".'
    found = _claims(text)
    assert found[0] == ("مجلة النهار", "ووفقا", "فهذه هي البداية فقط")
    assert [c[1] for c in found[1:]] == ["يقول"]


def test_a_resuming_fa_attribution_takes_the_clause_after_it():
    text = "لكن الخبر السار أن الشرطة نادرا ما تعتقلهم، فبحسب وكالة رويترز، في 2% فقط من الحالات يتم القبض على اللصوص."
    assert _claims(text) == [("وكالة رويترز", "فبحسب", "في 2% فقط من الحالات يتم القبض على اللصوص")]


@pytest.mark.parametrize("text, source", [
    ("وأظهر المسح أن الشباب أقل اهتماما بالسياسة.", "المسح"),
    ("وخلصت المراجعة إلى أن الدواء آمن للأطفال.", "المراجعة"),
    ("وخلصت التحقيقات إلى أن الحريق كان متعمدا.", "التحقيقات"),
    ("وبحسب الاستبيان، يفضل معظم الطلاب الدراسة عن بعد.", "الاستبيان"),
    ("ووجدت الدراسة أن النوم المبكر يحسن الذاكرة.", "الدراسة"),
])
def test_a_study_or_survey_states_its_findings(text, source):
    assert [c[0] for c in _claims(text)] == [source]


def test_a_finding_verb_with_a_thing_after_it_still_reports_nothing():
    assert _claims("ووجدت الشرطة السيارة محترقة قرب الحدود.") == []


@pytest.mark.parametrize("text", [
    'وأضاف سامي حداد، حسب وكالة رويترز، "هذا هو تأثير النظام في المنطقة".',
    'وأضاف سامي حداد، بحسب ما نقلت عنه وكالة رويترز، "هذا هو تأثير النظام في المنطقة".',
])
def test_an_attribution_set_off_by_commas_before_a_quotation_keeps_the_speaker(text):
    found = _claims(text)
    assert ("سامي حداد", "وأضاف", "هذا هو تأثير النظام في المنطقة") in found
    assert [c[0] for c in found if c[1] != "وأضاف"] == ["وكالة رويترز"]


def test_a_set_off_attribution_before_a_colon_leaves_the_words_said_whole():
    found = _claims('قال المدرب سامي حداد إن اللاعب بخير. وأضاف، حسب "الصحيفة": "جددنا عقده هذا العام".')
    assert ("سامي حداد", "وأضاف", "جددنا عقده هذا العام") in found


def test_a_quoted_name_described_between_commas_leaves_the_content_at_fa_inna():
    found = _claims('وبحسب نشرة "صوت المدينة"، الصادرة عن المجلس، فإن السفينة مزودة بمعدات حديثة.')
    assert found == [("صوت المدينة", "وبحسب", "فإن السفينة مزودة بمعدات حديثة")]


def test_a_complementizer_right_after_a_mid_sentence_source_opens_what_it_says():
    found = _claims("وفشلت المحاولات السابقة للشركة، والسبب بحسب وكالة رويترز أن الإدارة لم تملك الموارد الكافية.")
    assert found == [("وكالة رويترز", "بحسب", "أن الإدارة لم تملك الموارد الكافية")]
