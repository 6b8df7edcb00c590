"""Sources claims15b reads: the subject between a sentence-opening `لكن`/`ولكن` and its verb (not the
speaker of an earlier sentence), a circumstantial participle after the verb (`وأردف متهكما`) that is
no subject, an accusation coordinated after a claim (`، واتهمت X بـ`) that shares its speaker, and a
body's head with a quoted name no rule knows (`وأضافت إذاعة "..." أن`)."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _sources(text: str) -> list[tuple[str, str]]:
    rows = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1)).claims
    return [(c["source_text"], c["cue"]) for c in rows]


def test_words_after_an_opening_but_are_the_subject_not_the_last_speaker():
    text = "قال الرئيس سمير داود إن الحوار ممكن. ولكن سالم قال إن الحوار مستحيل."
    assert _sources(text)[-1] == ("سالم", "قال")


def test_a_plural_subject_holding_a_name_is_not_the_last_speaker():
    text = "قالت الشرطة إنها اعتقلت عشرات المتظاهرين. ولكن منتقدي سمير داود قالوا إن القرار لا يكفي."
    assert _sources(text)[-1] == ("منتقدي سمير داود", "قالوا")


def test_a_name_and_its_followers_after_but_are_the_subject():
    text = "تقول الحكومة إنها تريد الهدوء. لكن الوزير سمير داود وأنصاره يقولون إن الأزمة مستمرة."
    assert _sources(text)[-1] == ("الوزير سمير داود وأنصاره", "يقولون")


def test_a_bare_title_after_but_still_names_the_holder_named_before():
    text = "قال الوزير سمير داود إن الأزمة مستمرة. لكن الوزير قال إن الحل قريب."
    found = extract("t", "خبر اليوم. " + text, dt.date(2025, 3, 1))
    last = found.claims[-1]
    assert found.actors[last["source_actor_id"]].name_ar == "سمير داود"


def test_a_circumstantial_participle_after_the_verb_is_no_subject():
    text = ('وقال سمير خلال مؤتمر صحفي: "لا أريد الرد". واستدرك بالقول "لكل رأي احترامه". '
            'وأردف متهكما "إن أراد المدرب التبرير فهذا شأنه".')
    assert _sources(text)[-1] == ("سمير", "وأردف")


def test_an_accusation_coordinated_after_a_claim_shares_its_speaker():
    text = 'كشفت رابطة الأطباء المستقلين عن انتشار الأمراض في السجون، واتهمت الحوثيين بممارسة "الإهمال المتعمد" ضد السجناء.'
    assert _sources(text)[-1] == ("رابطة الأطباء المستقلين", "واتهمت")


def test_a_head_with_a_quoted_name_no_rule_knows_is_the_subject():
    text = 'وأضافت إذاعة "ر.ت.ك.م" أن المدرب سيغادر النادي قريبا.'
    assert _sources(text) == [('إذاعة "ر.ت.ك.م', "وأضافت")]
