"""Reporting cues of classes the lexicon lacked (believing, fearing, expressing, reminding; verbal nouns with their pronoun) and a study or report stating its findings
with a verb that also names an action (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    # a first line stands for the headline, so the sentence under test is read as body text
    return extract("t", "عنوان الخبر\n" + text, DAY).claims


def only(text):
    [c] = claims(text)
    return c


def test_believing_with_its_bi_anna():
    c = only("ويؤمن المدرب الجديد بأن الفريق قادر على المنافسة.")
    assert c["content"].startswith("بأن الفريق قادر") and "المدرب الجديد" in c["source_text"]


def test_believing_in_a_thing_is_no_report():
    assert claims("ويؤمن المزارعون بالعمل الجماعي منذ عقود.") == []


def test_fearing_that_with_a_present_verb():
    c = only("وتخشى المنظمة الدولية أن يؤدي القتال إلى نزوح آلاف العائلات.")
    assert c["content"].startswith("أن يؤدي القتال") and "المنظمة الدولية" in c["source_text"]


def test_expressing_a_stance_by_its_object():
    c = only("وأبدى وزير الخارجية سامي حداد استعداده للقاء نظيره دون شروط.")
    assert c["content"].startswith("استعداده للقاء") and c["source_text"].endswith("سامي حداد")


def test_reaching_an_agreement_reports_nothing():
    assert claims("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في المدينة.") == []


def test_reminding_participle_before_bi_anna():
    found = claims("وختم رئيس البلدية كلمته مذكرا بأن المشروع سينتهي قبل الصيف.")
    assert any(c["cue"] == "مذكرا" and c["content"].startswith("بأن المشروع") for c in found)


def test_a_memorandum_is_no_report():
    assert claims("ووقع الطرفان مذكرة تفاهم في العاصمة أمس.") == []


def test_a_verbal_noun_of_denial_with_its_pronoun():
    found = claims("وقال المتحدث سامي حداد إن القوات لم تتحرك. وجاء ذلك بعد نفيه أن تكون القوات قد دخلت البلدة.")
    assert any(c["cue"] == "نفيه" and c["content"].startswith("أن تكون القوات") for c in found)


def test_a_study_reveals_its_finding():
    c = only("وكشفت دراسة جامعية حديثة أن معظم السكان لا يمارسون الرياضة.")
    assert c["content"].startswith("أن معظم السكان") and c["source_text"].startswith("دراسة")


def test_a_report_concludes():
    c = only("وخلص التقرير السنوي إلى أن معدلات البطالة ارتفعت.")
    assert c["content"].startswith("أن معدلات البطالة") and c["source_text"].startswith("التقرير")


def test_footage_still_states_nothing():
    assert claims("وأظهرت لقطات مصورة أن الحافلة انقلبت على الطريق.") == []


def test_a_titled_holder_after_the_verb_is_its_subject():
    c = only("ونفى رئيس الحزب سامي حداد وجود أي خلاف داخل الحزب.")
    assert c["content"].startswith("وجود أي خلاف") and c["source_text"] == "سامي حداد"


def test_a_person_after_the_content_marker_is_no_holder_of_the_title():
    found = claims("وكشف الوزير أن سامي حداد سيتولى المنصب.")
    assert [c["source_text"] for c in found] == ["الوزير"]


def test_a_study_after_another_speaker_states_its_own_finding():
    found = claims("وقال الباحثون إن النتائج أولية. وخلصت الدراسة إلى أن التدخين يضاعف الخطر.")
    finding = next(c for c in found if c["content"].startswith("أن التدخين"))
    assert finding["source_text"] == "الدراسة"


def test_a_long_title_with_an_unknown_name_is_the_source_text():
    c = only("وقال وزير الزراعة الهولندي يوب فاندرمير إن المحصول تضاعف.")
    assert c["source_text"].startswith("وزير الزراعة") and c["source_text"].endswith("فاندرمير") and c["content"].startswith("إن المحصول")


def test_chanting_slogans_or_a_following_clause_is_no_report():
    assert claims("ورددت الجماهير هتافات ضد الحكم، ليفرض الاتحاد \"غرامة\" على النادي.") == []


def test_a_trailing_title_keeps_its_unknown_holders_name():
    found = claims("\"الوضع تحت السيطرة\"، قال وزير الداخلية الهولندي يوب فاندرمير للصحفيين.")
    [c] = found
    assert c["source_text"].endswith("يوب فاندرمير") and c["content"].startswith("الوضع تحت السيطرة")
