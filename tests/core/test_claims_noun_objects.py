"""What a speaker going on states as a noun right after the verb (`وأكد قدرته على`), and the
latter (`الأخير`) as a speaker. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_noun_in_ta_with_a_pronoun_after_a_verb_going_on_is_what_was_stated():
    # `قدرته` is `قدرة` + his, not `قدرت` (she estimated) + it
    source, content = claims("وقال رئيس الوزراء الكندي مارك ديفيس إن الحكومة باقية. وأكد قدرته على تجاوز الأزمة.")[-1]
    assert "مارك ديفيس" in source and content == "قدرته على تجاوز الأزمة"


def test_the_latter_as_subject_of_a_coordinated_verb_has_the_name_it_refers_to_as_source():
    found = claims("عرضت الوساطة على الرئيس الكيني وليام كوتو مهلة، لكن الأخير رفض وأكد قدرته على الصمود.")
    assert found == [("وليام كوتو", "قدرته على الصمود")]


def test_the_latter_as_subject_of_a_verb_of_saying_stays_the_person_named_before():
    found = claims("التقى وزير الصحة سامي حداد بالرئيس الكيني وليام كوتو، وقال الأخير إن الوباء انحسر.")
    assert found == [("وليام كوتو", "إن الوباء انحسر")]


def test_an_estimate_with_an_object_pronoun_is_still_no_noun_object():
    # a feminine verb of estimating opening its own clause keeps its reading
    found = claims("وقدرت الوزارة الخسائر بنحو مليون دولار.")
    assert all("قدرته" not in content for _, content in found)


def test_the_age_and_job_of_a_witness_before_the_quotation_are_no_part_of_the_statement():
    found = claims('وقالت نادية كرم (35 عاما) وهي تعمل ممرضة "لم ننم منذ يومين".')
    assert found and found[-1][1] == "لم ننم منذ يومين"


def test_a_verb_with_an_object_still_reports_the_object_before_a_quotation():
    found = claims('واتهم وزير الخارجية الفرنسي جان مارتان الحكومة "بعدم المسؤولية".')
    assert found and found[-1][1].startswith("الحكومة")


def test_it_is_said_is_said_by_no_one():
    # `يُقال إن`, `قيل إن`: the passive of قال; no speaker, the last one is not made to say it
    found = claims("وقال وزير الداخلية سامي حداد إن الطرق مغلقة. ويقال إن الحكومة ستستقيل قريبا.")
    assert [content for _, content in found] == ["إن الطرق مغلقة"]
    assert claims("ونشرت الصحيفة صورة للملياردير سامي حداد الذي قيل إنه غادر البلاد.") == []


def test_an_outlet_after_a_separate_lam_is_whom_it_was_told_not_who_said_it():
    # `لـ"العربية"`: `لـ` written apart before a quoted outlet marks the channel
    found = claims('وأفاد أحد أبناء القرية لـ"العربية" أن المسلحين دخلوا المنازل.')
    assert found == [("أحد أبناء القرية", "أن المسلحين دخلوا المنازل")]
    source, _ = claims('وقال المدرب سيلفا لـ"الرياضية": الضغط كبير على الفريق.')[0]
    assert "الرياضية" not in source
