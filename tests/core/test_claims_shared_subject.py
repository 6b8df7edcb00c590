"""A speaker named once for two words of saying: a verb and the participle after its subject
(`وأضاف الوزير قائلا`), a verb and the statement it issued (`وكتب الوزير تغريدة قال فيها`).
Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_title_right_before_the_participle_of_saying_is_its_speaker():
    assert claims('وأضاف وزير الزراعة التونسي قائلا: "الموسم سيكون جيدا".') == [
        ("وزير الزراعة التونسي", "الموسم سيكون جيدا")]


def test_a_bare_title_right_before_the_participle_is_its_speaker():
    assert claims('وتابع المحافظ قائلا: "الطرق ستفتح غدا".') == [("المحافظ", "الطرق ستفتح غدا")]


def test_a_bare_title_before_the_participle_is_the_person_who_spoke_before():
    found = extract("t", 'وقال سمير الحلبي إن الطرق مغلقة. وأضاف المحافظ قائلا: "ستفتح غدا".', DAY).claims
    assert found[-1]["content"] == "ستفتح غدا"
    assert found[-1]["source_actor_id"] == found[0]["source_actor_id"]


def test_the_participle_after_a_comma_still_goes_on_with_the_last_speaker():
    assert claims("وقال سمير الحلبي إن الطرق مغلقة، مضيفا أنها ستفتح غدا.")[-1] == (
        "سمير الحلبي", "أنها ستفتح غدا")


def test_who_wrote_a_post_says_what_is_said_in_it():
    assert claims("وكتب وزير الزراعة التونسي تغريدة قال فيها إن الموسم سيكون جيدا.") == [
        ("وزير الزراعة التونسي", "إن الموسم سيكون جيدا")]


def test_a_verb_whose_root_ends_in_ta_goes_on_with_a_male_speaker():
    # `لفت` is masculine (its feminine is `لفتت`), not `لف` + the feminine `ت`
    assert claims("وقال سمير الحلبي إن الطرق مغلقة، ولفت إلى أن الأمطار ستتوقف غدا.")[-1] == (
        "سمير الحلبي", "أن الأمطار ستتوقف غدا")


def test_kana_then_a_past_verb_of_saying_brackets_its_subject():
    # the pluperfect without `قد`: `وكان X قال` — X sits between `كان` and the verb
    assert claims("وكان وزير الزراعة التونسي قال إن الموسم سيكون جيدا.") == [
        ("وزير الزراعة التونسي", "إن الموسم سيكون جيدا")]
    assert claims("وكانت وزارة الزراعة التونسية أعلنت أن الموسم سيكون جيدا.")[0][0] == "وزارة الزراعة التونسية"


def test_kana_as_the_main_verb_names_no_speaker_of_a_later_verb():
    found = claims("وكان المحافظ في المدينة وقال إن الطرق ستفتح غدا.")
    assert all(source != "المحافظ في المدينة" for source, _ in found)


def test_but_she_goes_on_with_the_woman_named_by_her_title():
    found = claims("وقالت المحافظة إن الطرق مغلقة. لكنها أكدت أن الأمطار ستتوقف غدا.")
    assert found[-1] == ("المحافظة", "أن الأمطار ستتوقف غدا")
    # a pronoun of the other gender does not pick her up
    assert claims("وقال المحافظ إن الطرق مغلقة. لكنها أكدت أن الأمطار ستتوقف غدا.")[-1][0] != "لكنها"


def test_but_he_is_the_subject_not_the_object_after_the_verb():
    found = claims("وقال سمير الحلبي إن الطرق مغلقة. لكنه نفى أي تدخل، قائلا إن الاتهامات باطلة.")
    assert ("سمير الحلبي", "إن الاتهامات باطلة") in found
    assert all(source != "أي تدخل" for source, _ in found)


def test_whom_a_post_is_addressed_to_does_not_speak_before_the_participle():
    found = claims('وتوجه سمير الحلبي في تغريدة إلى أعضاء البرلمان قائلا "ابقوا في منازلكم".')
    assert [content for _, content in found] == ["ابقوا في منازلكم"]
    assert found[0][0] == "سمير الحلبي"


def test_a_clause_of_warning_before_the_main_verb_keeps_both_statements():
    found = claims("وإذ حذر سمير الحلبي من الفوضى، أكد أن الانتخابات ستجري في موعدها.")
    assert ("سمير الحلبي", "من الفوضى") in found
    assert ("سمير الحلبي", "أن الانتخابات ستجري في موعدها") in found


def test_the_governed_preposition_opens_the_warning_not_an_adverbial():
    assert claims("وحذر المحافظ من الفيضانات.") == [("المحافظ", "من الفيضانات")]


def test_a_name_set_off_by_commas_before_the_verb_is_its_subject():
    found = claims("ويريد سمير الحلبي تأجيل الانتخابات، لكن المتحدث باسم الحكومة، كريم الزين، قال إن ذلك لن يحدث.")
    assert found[-1][1] == "إن ذلك لن يحدث"
    assert "سمير الحلبي" not in found[-1][0]


def test_unnamed_speakers_opening_a_but_clause_are_its_subject():
    found = claims("طلب المحافظ أن يفتح الجسر، لكن مهندسين قالوا إن الجسر غير آمن.")
    assert found[-1] == ("مهندسين", "إن الجسر غير آمن")


def test_the_latter_speaks_as_the_actor_named_last_before_it():
    assert claims("التقى سمير الحلبي بالرئيس الفرنسي إيمانويل ماكرون. وقال الأخير إن بلاده ملتزمة بالاتفاق.")[-1] == (
        "الرئيس الفرنسي إيمانويل ماكرون", "إن بلاده ملتزمة بالاتفاق")
    # `الأخيرة` is a woman or a body, never the man named last
    found = claims("اتصلت أنغيلا ميركل بدونالد ترامب. وقالت الأخيرة إن بلادها ملتزمة بالاتفاق.")
    assert found[-1][0] != "دونالد ترامب"
