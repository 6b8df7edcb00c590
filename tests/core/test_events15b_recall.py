"""The fifteenth session's second event audit (recall of ACCUSE, REQUEST, SUPPORT): a question
asked in a later clause, a demonstrative standing alone before a verb, the purpose `لحث`,
criticism undergone, mocking, doubting and critical questions, recommendations and insisting on
what is necessary (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def typed(text):
    return [(e["event_type"], e["trigger"]) for e in extract("t", text, DAY).events]


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_question_in_a_later_clause_leaves_the_act_told_before_it():
    assert "ACCUSE" in types("ووجه الوزير انتقادات حادة للرئيس، وقال إن الحكومة لن تقبل ذلك، فلماذا يريدنا أن نصمت؟")
    assert "ACCUSE" in types("انتقد الوزير الرئيس بشدة، فهل يتراجع الرئيس عن قراره؟")


def test_a_question_around_the_act_still_silences_it():
    assert "ACCUSE" not in types("هل انتقد الوزير الرئيس بسبب قراره؟")
    assert "ACCUSE" not in types("لماذا انتقد الوزير الرئيس بسبب قراره، وما الذي يريده؟")


def test_a_demonstrative_standing_alone_before_a_verb_points_to_no_act():
    assert ("ACCUSE", "انتقده") in typed("ورغم ذلك انتقده البرلمان بسبب سوء الإدارة.")
    assert "ACCUSE" in types("وبعد ذلك اتهمت الحكومة المعارضة بالتخطيط للانقلاب.")


def test_a_demonstrative_before_a_definite_act_noun_still_names_it_again():
    assert types("ونفى الوزير هذه الاتهامات بشدة.") == ["REJECT"]


def test_urging_as_a_purpose():
    assert ("REQUEST", "لحث") in typed("وتوجه الوزير إلى العاصمة لحث الحكومة على دفع الرواتب.")
    assert ("REQUEST", "لحثها") in typed("وتوجه الوزير إلى العاصمة لحثها على دفع الرواتب.")


def test_criticism_undergone_is_criticism():
    assert "ACCUSE" in types("وتعرض الوزير للنقد بسبب قراره الأخير.")
    assert "ACCUSE" not in types("وارتفعت قيمة احتياطي النقد الأجنبي في البنك المركزي.")


def test_mocking_with_a_long_subject_and_voicing_support_in_the_masculine_past():
    assert "ACCUSE" in types("وسخر نائب رئيس الحكومة التركية أحمد علي من خطوة الحزب المعارض.")
    assert "SUPPORT" in types("كما عبر المجلس عن دعم قوي للحكومة الجديدة.")


def test_doubting_and_critical_questions_are_accusations():
    assert "ACCUSE" in types("وشكك المرشح المعارض في نتائج الانتخابات.")
    assert "ACCUSE" in types("وتساءل الوزير عن سبب تأخر الحكومة في دفع الرواتب.")
    assert "ACCUSE" not in types("ويتساءل كثيرون عما إذا كانت الأسعار سترتفع.")


def test_recommending_and_insisting_on_what_is_necessary_are_requests():
    assert ("REQUEST", "أوصت") in typed("وأوصت اللجنة بإجراء تحقيق مستقل في الحادث.")
    assert ("REQUEST", "شدد") in typed("وشدد الوزير على ضرورة وقف القتال فورا.")
    assert "REQUEST" not in types("وشدد الوزير على أهمية العلاقات بين البلدين.")


def test_an_act_told_in_a_relative_clause_of_a_question_is_taken_as_known():
    assert "ACCUSE" in types("من هي الناشطة التي تتهمها الحكومة بالتجسس؟")
    assert "COERCE" in types("من هو الرجل الذي اعتقل في العاصمة أمس؟")


def test_an_act_still_to_come_in_a_relative_clause_of_a_question_stays_silenced():
    assert "CONCEDE" not in types("كيف ستتعامل الحكومة مع السجناء الذين سيغادرون السجون قريبا؟")


def test_talking_with_a_counterpart_is_consulting_and_a_talk_to_come_an_agreement():
    assert "CONSULT" in types("وتحدث الوزير مع نظيره الفرنسي هذا الصباح.")
    assert "CONSULT" in types("وتحدث الوزير مع نظيره الأمريكي على الهاتف يوم الأربعاء.")
    assert "AGREE" in types("وقالت الوزيرة إنها ستتحدث مع الرئيس الأمريكي في وقت لاحق اليوم.")
    assert "CONSULT" not in types("وتحدث الوزير مع الصحفيين عن الأزمة.")


def test_voicing_admiration_is_praise():
    assert ("SUPPORT", "عن إعجابه") in typed("وعبر الرئيس عن إعجابه بأداء الحكومة الجديدة.")


def test_a_meeting_noun_in_the_clause_of_a_future_verb_is_a_meeting_to_come():
    assert types("وسيناقش الوزيران في القمة ملف الهجرة.") == ["AGREE"]
    assert "AGREE" in types("وسيفتتح الرئيس مع رئيسة الوزراء الاجتماع السنوي للشراكة.")
    assert "AGREE" in types("وقال الوزير إن الرئيس سيعبر الحدود لحضور قمة مع نظيره.")


def test_a_meeting_noun_after_a_name_or_a_future_seen_from_the_past_stays_held():
    assert types("وقال سيرغي لافروف إن الاجتماع كان مثمرا.") == ["CONSULT"]
    assert "AGREE" not in types("وانسحب الرئيس من اجتماع كان سيصبح أول قمة بين البلدين.")
