"""Who said it (claims14b): a subject slot filled by words of its own is never a speaker remembered
from before, and an actor that is only the object of a preposition is never the speaker."""
from __future__ import annotations

import datetime as dt

from etl.core.extract import extract


def _claims(text: str) -> list[dict]:
    return extract("t", text, dt.date(2025, 3, 1)).claims


def _by_cue(text: str, cue: str) -> dict:
    return next(c for c in _claims(text) if c["cue"] == cue)


def test_a_title_and_its_holder_after_the_verb_are_the_speaker_not_the_last_one():
    # the slot runs past an adjunct to the `أن`, too long for the words alone to end it
    claim = _by_cue("قال النائب سامر خليل إن الموازنة متأخرة.\nوأوضح وزير المالية يوهان ليندبرغ في مقابلة مع "
                    "صحيفة \"نورث بوست\" في 12 أيار/مايو الماضي أن العجز سينخفض.", "وأوضح")
    assert "ليندبرغ" in claim["source_text"]


def test_a_holder_joined_to_lam_is_whom_the_title_serves_not_its_holder():
    claim = _by_cue("قال النائب سامر خليل إن الموازنة متأخرة.\nوقال مستشار للرئيس التركي رجب طيب أردوغان "
                    "في ذلك الوقت إن أنقرة قد ترد.", "وقال")
    assert "أردوغان" not in claim["source_text"]


def test_the_subject_of_a_contrasting_clause_speaks_though_the_first_clause_names_no_actor():
    claim = _by_cue("وقالت الحكومة إن الخطة ناجحة.\nوتراجعت الأسعار قليلا، لكن اقتصاديين يؤكدون أن الأزمة مستمرة.",
                    "يؤكدون")
    assert claim["source_text"] == "اقتصاديين"


def test_a_verb_inside_what_the_contrasting_clause_reports_is_not_its_subject():
    claims = _claims("وانتقده خصومه بشدة، لكن أنصاره قالوا إنه يتحدث باسم \"الأغلبية الصامتة\".")
    assert [c["source_text"] for c in claims] == ["أنصاره"]


def test_a_foreign_name_in_al_before_a_title_with_no_commas_is_the_speaker():
    claim = _by_cue("وقالت الشرطة إن الطريق مغلق.\nوقال ألدو بيرتيني رئيس نقابة المعلمين في فرنسا إن الإضراب سيستمر.",
                    "وقال")
    assert claim["source_text"] == "ألدو بيرتيني"


def test_the_opening_words_of_a_quotation_before_a_person_noun_are_no_name():
    claim = _by_cue("وقالت المعلمة سلمى حداد إن الطلاب متعبون.\nوأردف \"أخيرا بدأ الطلاب يفهمون الدرس أنهم سينجحون\".",
                    "وأردف")
    assert "أخيرا" not in claim["source_text"]


def test_a_statement_whose_issuer_follows_lam_is_no_name_before_a_title():
    claims = _claims("وجاء في بيان مشترك لمحامي العائلة والشركة أن المحادثات كانت مثمرة.\n"
                     "وقالت الشركة في بيان إن التدريب سيبدأ قريبا.")
    assert claims[-1]["source_text"] == "الشركة"


def test_the_person_met_with_is_not_who_wrote():
    claim = _by_cue("قال النائب سامر خليل إن الموازنة متأخرة.\nوكتب على تويتر بعد اجتماعه مع وزير الصحة كريم داوود "
                    "\"المستشفيات تحتاج دعما عاجلا\".", "وكتب")
    assert claim["source_text"] == "سامر خليل"


def test_the_site_a_statement_was_posted_on_is_not_who_made_it():
    claim = _by_cue("قالت الوزارة إن الاجتماع انتهى.\nوأفادت السفارة في بيان على صفحتها في موقع فيسبوك أن القنصلية ستغلق.",
                    "وأفادت")
    assert claim["source_text"] == "السفارة"


def test_a_body_after_the_title_before_the_name_does_not_hide_the_holder():
    claim = _by_cue("قال النائب سامر خليل إن الموازنة متأخرة.\nوقال مدير الأبحاث في شركة نور للاستثمار حسام راشد "
                    "إن النمو سيتباطأ.", "وقال")
    assert claim["source_text"] == "حسام راشد"


def test_a_senior_official_of_a_named_body_speaks_for_the_body():
    claim = _by_cue("وقال مسؤول كبير في وزارة الزراعة إن المحصول جيد هذا العام.", "وقال")
    assert claim["source_text"] == "وزارة الزراعة" and not claim["is_anonymous"]


def test_a_senior_official_of_no_named_body_stays_anonymous():
    claim = _by_cue("وقال مسؤول كبير إن المحصول جيد هذا العام.", "وقال")
    assert claim["is_anonymous"]


def test_a_second_definite_body_head_opens_the_object_not_the_speakers_name():
    claim = _by_cue("وحذرت الجمعية الحكومة من عواقب القرار.", "وحذرت")
    assert claim["source_text"] == "الجمعية"


def test_a_definite_adjective_after_a_body_stays_in_its_name():
    claim = _by_cue("وحذر المجلس الأعلى للقضاء من عواقب القرار.", "وحذر")
    assert claim["source_text"] == "المجلس الأعلى للقضاء"


def test_a_spokesman_in_the_name_of_her_refers_to_the_body_that_spoke_before():
    claims = _claims("وأعلنت الشرطة أن ثلاثة أشخاص اعتقلوا. وقال متحدث باسمها إن التحقيق مستمر.")
    assert claims[1]["source_actor_id"] == claims[0]["source_actor_id"] and not claims[1]["is_anonymous"]


def test_a_pronoun_of_the_other_gender_finds_no_body():
    claims = _claims("وأعلن الجيش أن ثلاثة أشخاص اعتقلوا. وقال متحدث باسمها إن التحقيق مستمر.")
    assert claims[1]["source_actor_id"] != claims[0]["source_actor_id"]


def test_a_bodys_definite_head_in_the_slot_is_no_person_named_before():
    claims = _claims("وذكر المسؤول القبلي سالم حمادي لوكالة محلية \"قتل 40 شخصا\".\n"
                     "وقالت الجماعة المنبثقة عن القبائل، إن عدد القتلى ارتفع.")
    assert claims[-1]["source_text"] == "الجماعة المنبثقة"


def test_an_organisations_head_and_its_name_fill_the_slot():
    claims = _claims("وقالت واشنطن إن العقوبات ستفرض.\nوالسبت أعلنت شركة \"سي.جي.إم\" الفرنسية، وهي من كبرى شركات الشحن، "
                     "وقف أنشطتها في إيران.")
    assert claims[-1]["source_text"] != "واشنطن"


def test_an_outlet_after_lam_is_whom_it_was_said_to_not_the_subject():
    claims = _claims("وقال ميندي إن الفريق جاهز.\nوقال لموقع ناديه على الانترنت يوم الجمعة: قمة مانشستر هدف واقعي.")
    assert claims[-1]["source_text"] == "ميندي"
