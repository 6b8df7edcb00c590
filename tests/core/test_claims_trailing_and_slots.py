"""A verb of saying after what it reports, and a title in the subject slot of a verb that also
names an action. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_verb_after_a_comma_at_the_end_attributes_the_clause_before_it():
    assert claims("الاقتصاد سيتعافى قريبا، يقول الخبراء.") == [("الخبراء", "الاقتصاد سيتعافى قريبا")]
    assert claims("الأسعار سترتفع في الربيع، تقول الصحيفة.") == [("الصحيفة", "الأسعار سترتفع في الربيع")]


def test_a_verb_joined_by_a_conjunction_after_a_comma_opens_its_own_clause():
    found = claims("ترفض الحكومة تسليم الرجل، وتتهمه المعارضة بتدبير الانقلاب.")
    assert not any(content.startswith("ترفض الحكومة") for _, content in found)


def test_a_fronted_quotation_is_said_by_an_unnamed_title_after_the_verb():
    assert claims('"الطريق سيغلق غدا"، قال الوزير.') == [("الوزير", "الطريق سيغلق غدا")]


def test_a_title_between_an_action_verb_and_its_an_is_the_speaker():
    # `أضاف` also means "added (a thing)": a title in its subject slot is still who speaks
    assert claims("وأضاف الوزير في كلمته أن الطريق سيغلق.") == [("الوزير", "أن الطريق سيغلق")]


def test_a_statement_or_title_no_rule_named_reports_what_its_governed_preposition_opens():
    assert claims("وأشار البيان إلى حدوث اشتباكات في المدينة.") == [("البيان", "إلى حدوث اشتباكات في المدينة")]


def test_a_body_then_a_day_then_the_object_is_an_announcement():
    assert claims("وأعلنت لجنة حكومية الأربعاء رفضها طلب المحامي.") == [("لجنة حكومية", "رفضها طلب المحامي")]


def test_a_person_named_after_a_role_noun_then_a_day_in_commas_is_the_subject():
    assert claims("وأعلن المدرب الفرنسي جان دوبون، الخميس، استقالته من تدريب الفريق.") == [
        ("جان دوبون", "استقالته من تدريب الفريق")]


def test_a_verb_of_moving_someone_reports_nothing():
    assert claims("ونقل الفتى إلى المستشفى وهو مصاب.") == []


def test_words_no_rule_names_after_an_attribution_preposition_are_the_source():
    assert claims("وستغلق الحدود اعتبارا من الغد، وفق ما أعلنت الوزارة.") == [
        ("الوزارة", "وستغلق الحدود اعتبارا من الغد")]
    assert claims("وستغلق الحدود اعتبارا من الغد، بحسب وزير الداخلية.") == [
        ("وزير الداخلية", "وستغلق الحدود اعتبارا من الغد")]
    assert claims("ورفضت المحكمة طلب الإفراج عن المتهم، حسب ما أعلنت متحدثة باسم المحكمة.") == [
        ("متحدثة باسم المحكمة", "ورفضت المحكمة طلب الإفراج عن المتهم")]


def test_a_preposition_followed_by_no_speaker_attributes_nothing():
    assert claims("وارتفعت الأسعار، بحسب السوق.") == []


def test_an_attribution_inside_a_named_report_makes_no_second_claim():
    assert claims("وقال المدير العام للشركة أحمد سالم، إن الأرباح ارتفعت، بحسب دراسة للشركة.") == [
        ("أحمد سالم", "إن الأرباح ارتفعت، بحسب دراسة للشركة")]


def test_a_dropped_subject_goes_on_with_a_speaker_named_only_by_words_when_the_verb_agrees():
    assert claims("وقالت الوزارة إن الاجتماع سيعقد غدا. وأضافت أن الوفد سيصل صباحا.") == [
        ("الوزارة", "إن الاجتماع سيعقد غدا"), ("الوزارة", "أن الوفد سيصل صباحا")]
    # a masculine verb does not go on with the feminine body
    assert claims("وقالت الوزارة إن الاجتماع سيعقد غدا. وأضاف أن الوفد سيصل صباحا.")[1][0] != "الوزارة"


def test_whom_it_was_said_to_ends_the_subject_slot():
    assert claims("وقال الوزير للصحفيين إن الاجتماع سيعقد غدا.") == [("الوزير", "إن الاجتماع سيعقد غدا")]


def test_an_adjunct_of_where_it_was_said_comes_before_what_was_expressed():
    assert claims("وأعرب وزير الخارجية الأمريكي مايك بومبيو في اتصال هاتفي مع نظيره الفرنسي عن قلقه من الأزمة.") == [
        ("وزير الخارجية الأمريكي مايك بومبيو", "عن قلقه من الأزمة")]


def test_an_object_before_ala_is_not_skipped_as_an_adjunct():
    # `فرض رسوم على`: the على belongs to the object, which is what was announced
    found = claims("وأعلنت وزارة التجارة الصينية الأربعاء فرض رسوم جمركية على منتجات أمريكية.")
    assert not any(content.startswith("على") for _, content in found)


def test_a_plural_past_verb_is_no_participle():
    # `قالوا` after its subject: the words before it name the speakers
    assert claims("ورفع البنك سعر الفائدة، لكن محللين قالوا إنه سيحتاج لمزيد من الجهد.") == [
        ("محللين", "إنه سيحتاج لمزيد من الجهد")]


def test_however_then_the_subject_before_the_verb():
    assert claims("إلا أن دراسات حديثة أكدت أن التخزين يؤثر على المذاق.") == [
        ("دراسات حديثة", "أن التخزين يؤثر على المذاق")]


def test_a_day_in_commas_then_the_governed_preposition():
    assert claims("أعلن قائد الشرطة الاتحادية، الأربعاء، عن إحباط هجوم في المدينة.") == [
        ("قائد الشرطة الاتحادية", "عن إحباط هجوم في المدينة")]


def test_a_plural_verb_goes_on_with_a_subject_after_a_singular_verb():
    # `وقال أبناؤه`: a verb before its subject is singular; `وأضافوا` goes on with them
    found = claims('وقال أبناؤه الثلاثة "نشعر بحزن عميق". وأضافوا في نعيهم "لقد كان عالما عظيما".')
    assert found[1] == ("أبناؤه الثلاثة", "لقد كان عالما عظيما")


def test_a_place_inside_a_title_after_an_unknown_name_is_not_the_speaker():
    # the apposition `، المدير الفني لنادي روما` describes the man named before the comma
    [(source, content)] = claims("قال المدرب الإيطالي ماركو روسي، المدير الفني لنادي روما إن الفريق جاهز.")
    assert source.endswith("ماركو روسي") and content == "إن الفريق جاهز"


def test_a_trailing_verb_may_have_where_it_was_said_after_its_subject():
    assert claims("الوضع تحت السيطرة، قالت الشرطة في بيان.") == [("الشرطة", "الوضع تحت السيطرة")]


def test_an_action_like_verb_trails_only_with_a_bare_subject():
    assert claims("الوضع تحت السيطرة، أضاف سميث.") == [("سميث", "الوضع تحت السيطرة")]
    assert claims("وتقدم الفريق في الشوط الثاني، أضاف الفريق هدفا ثانيا في الدقيقة 80.") == []


def test_an_an_after_a_long_relative_clause_on_the_speaker_is_still_read():
    # the `إن` stands 17 words after the verb: what was said is still found
    found = claims("وقال رئيس البرلمان الإسباني الذي عاد لتوه من زيارة رسمية طويلة إلى عدد من الدول "
                   "الأوروبية والآسيوية إن الحكومة ستواصل الإصلاحات.")
    assert [content for _, content in found] == ["إن الحكومة ستواصل الإصلاحات"]


def test_even_if_is_no_report():
    # `وإن كان`: a concession, not the `إن` of what the verb reports
    found = claims('وتعتبر "الأمل" من بين أهم السفن التي تبحر في البحر المتوسط لإنقاذ الغرقى، وإن كان عملها منصبا على المهاجرين.')
    assert not any(content.startswith("وإن كان") for _, content in found)


def test_a_verb_after_an_apposition_with_its_object_is_no_trailing_attribution():
    # `، أكد التزامه.`: the object of the verb, whose subject is the name set off before it
    found = claims("وقال سمير الحلبي إن رئيس الحزب، كريم الزين، أكد التزامه.")
    assert all(source != "التزامه" for source, _ in found)


def test_the_resumptive_pronoun_after_the_verb_of_a_trailing_attribution_is_skipped():
    assert claims("قال المحافظ إن الطرق مغلقة. وانهار جسر في المدينة، وفق ما أعلن عنه وزير الصحة في الحكومة.")[-1] == (
        "وزير الصحة", "وانهار جسر في المدينة")
