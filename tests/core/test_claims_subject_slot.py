"""Who speaks when no rule names the speaker: the subject slot of a verb of saying, its object
with no `أن`, and a participle or coordinated verb that goes on with the sentence's subject.
Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_title_subject_then_a_verbal_noun_object_is_a_claim():
    # no `أن`: the object (a noun with a possessive pronoun) is what was announced
    assert claims("وأعلن رئيس الوزراء استقالته من منصبه.") == [("رئيس الوزراء", "استقالته من منصبه")]


def test_a_named_object_after_a_title_subject_starts_the_accusation():
    assert claims("واتهم وزير الخارجية الإيراني الولايات المتحدة بانتهاك الاتفاق النووي.") == [
        ("وزير الخارجية الإيراني", "الولايات المتحدة بانتهاك الاتفاق النووي")]


def test_a_bi_verbal_noun_is_the_object_not_part_of_the_subject():
    assert claims("وتعهد رئيس الوزراء بمحاسبة المسؤولين عن الهجوم.") == [
        ("رئيس الوزراء", "بمحاسبة المسؤولين عن الهجوم")]


def test_a_participle_after_the_object_goes_on_with_the_opening_verbs_subject():
    # `أشاد` is no cue, but its subject (a title) is who goes on `قائلا`
    assert claims('وأشاد وزير الداخلية بجهود قوات الأمن، قائلا: "إنهم يعملون ليل نهار".') == [
        ("وزير الداخلية", "إنهم يعملون ليل نهار")]


def test_a_coordinated_verb_after_a_comma_goes_on_with_the_subject_not_the_object():
    assert claims("وانتقد الوزير قرار المحكمة، وقال إنه سيستأنف الحكم.") == [("الوزير", "إنه سيستأنف الحكم")]


def test_a_coordinated_verb_goes_on_with_the_speaker_named_in_apposition():
    found = claims("أعلن المبعوث الأممي إلى ليبيا، جان دوبوا، أنه يحرز تقدما، وأكد أنه سيقدم خطته قريبا.")
    assert [source for source, _ in found] == ["جان دوبوا", "جان دوبوا"]


def test_an_unknown_name_in_the_subject_slot_is_the_source_text():
    # no lexicon knows the name: the words between the verb and its `إن` still name the speaker
    assert claims("وقالت سلمى إنها ستعود إلى المدرسة.") == [("سلمى", "إنها ستعود إلى المدرسة")]


def test_an_unknown_subject_before_the_verb_is_the_source_text():
    assert claims("لكن بيرنلي أكد أن المهاجم سيبقى حتى نهاية الموسم.") == [
        ("بيرنلي", "أن المهاجم سيبقى حتى نهاية الموسم")]


def test_a_bare_title_before_an_adjunct_is_the_source_text():
    assert claims('وقالت الوزيرة في حديث لإذاعة محلية: "لن نتراجع".') == [("الوزيرة", "لن نتراجع")]


def test_the_outlet_that_passed_on_the_words_is_not_their_speaker():
    text = 'وقال المدير التنفيذي سامر خليل إن الأرباح ارتفعت. وأضاف، في تعليقات نقلتها صحيفة الغارديان: "سنرفع الأسعار".'
    found = extract("t", text, DAY).claims
    added = [c for c in found if c["content"].startswith("سنرفع")]
    assert added and all(c["source_text"] != "صحيفة الغارديان" or c["parent_claim_id"] is None for c in added)
    assert any(c["source_text"] in ("سامر خليل", "المدير التنفيذي سامر خليل") for c in added)


def test_a_title_before_a_present_verb_is_the_headlines_source():
    assert claims("وزير المالية الإسرائيلي يؤكد لقاء الرئيسين في القاهرة") == [
        ("وزير المالية الإسرائيلي", "لقاء الرئيسين في القاهرة")]


def test_a_title_before_a_verb_of_saying_with_its_inna_is_the_source():
    assert claims("الرئيس الروسي يقول إن بلاده لا تريد الحرب") == [("الرئيس الروسي", "إن بلاده لا تريد الحرب")]


def test_a_title_in_apposition_and_a_channel_are_not_the_content():
    assert claims('وقال برنارد فيلمان، رئيس اتحاد التنس الفرنسي، لمجلة رياضية "لن يتم قبول ذلك بعد الآن".') == [
        ("برنارد فيلمان", "لن يتم قبول ذلك بعد الآن")]
    assert claims("وأعلن توماس باخ، رئيس اللجنة الأولمبية الدولية، السبت، مشاركة الفريق الموحد في الدورة.") == [
        ("توماس باخ", "مشاركة الفريق الموحد في الدورة")]


def test_a_relative_clause_on_the_speaker_does_not_stop_the_report():
    # `يتحدث` inside the clause reports nothing; the `إن` after the clause is the minister's
    assert claims("وقال الوزير سامر خليل، الذي كان يتحدث في البرلمان، إن الشرطة اعتقلت المشتبه به.") == [
        ("سامر خليل", "إن الشرطة اعتقلت المشتبه به")]


def test_a_relative_clause_after_an_apposition_comes_before_the_object():
    assert claims("وأعلن كريم سالم، اللاعب ذو الأصول المغربية، الذي خاض 92 مباراة مع المنتخب، اعتزاله اللعب دوليا.") == [
        ("كريم سالم", "اعتزاله اللعب دوليا")]


def test_a_mention_beside_the_verb_may_be_part_of_its_subject_whatever_its_gender():
    # `إسبانيا` (feminine) is only part of `مدرب إسبانيا`, the subject of the masculine `يلمح`
    [(source, content)] = claims("مدرب إسبانيا يلمح باستدعاء اللاعب المخضرم لكأس العالم")
    assert "إسبانيا" in source and content.startswith("باستدعاء")


def test_a_title_holding_a_noun_spelt_like_a_verb_of_saying_still_names_the_speaker():
    # `النقل` (transport) is the noun, not the verb `نقل` (passed on)
    found = extract("t", "وقال وزير النقل التونسي إن الطرق مغلقة.", dt.date(2024, 12, 8)).claims
    assert [(c["source_text"], c["content"]) for c in found] == [("وزير النقل التونسي", "إن الطرق مغلقة")]
