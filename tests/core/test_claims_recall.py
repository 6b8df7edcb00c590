"""Claims the finder used to miss: verbs spelt like the article, a bare title before a
quotation. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_verb_whose_first_letters_look_like_the_article_still_reports():
    # `ألمح` (hinted) and `ألحّ` (insisted) open with the letters of `ال`
    assert claims("وألمح المدرب إلى أنه سيغادر النادي بعد نهاية الموسم.") == [
        ("المدرب", "أنه سيغادر النادي بعد نهاية الموسم")]
    assert claims("وألحت النقابة على أن الأجور لم تعد تكفي.") == [("النقابة", "أن الأجور لم تعد تكفي")]


def test_an_article_before_a_verb_still_makes_a_noun():
    # `الحذر` is caution, not the verb `حذر`
    assert claims("وساد الحذر في الأسواق بعد قرار البنك المركزي.") == []


def test_a_title_without_commas_between_the_speaker_and_the_quotation_is_not_the_content():
    [(source, content)] = claims('وقال سمير الحلبي القيادي في الحزب "لن نشارك في الحكومة المقبلة".')
    assert source == "سمير الحلبي"
    assert content == "لن نشارك في الحكومة المقبلة"


def test_an_object_before_a_quotation_stays_in_the_content():
    # `الحكومة` is what is accused, no title of the speaker
    [(_, content)] = claims('واتهم سمير الحلبي الحكومة "بالتقصير في حماية المزارعين".')
    assert content.startswith("الحكومة")


def test_a_time_adjunct_after_a_verb_with_no_subject_names_no_speaker():
    found = claims('قال الوزير إن الوضع صعب. وقال عقب اجتماع الحكومة "نحن بحاجة إلى الهدوء".')
    assert found[-1] == ("الوزير", "نحن بحاجة إلى الهدوء")


def test_a_time_adjunct_ends_the_subject_slot_before_a_quotation():
    assert claims('وقال الوزير أثناء زيارته للمدينة "نحن بحاجة إلى الهدوء".') == [
        ("الوزير", "نحن بحاجة إلى الهدوء")]


def test_a_noun_of_claiming_does_not_take_the_speaker_of_the_next_verb():
    found = extract("t", "وتعود مزاعم الفساد إلى سنوات، ويقول سكان محليون إن السلطات تأخرت.", DAY).claims
    [claim] = found
    assert claim["source_text"] == "سكان محليون"
    assert claim["content"] == "إن السلطات تأخرت"
    assert claim["hedged"] is False  # the `مزاعم` of the first clause hedges nothing here


def test_a_bare_head_before_the_object_is_the_speaker_a_reader_sees():
    assert claims("ونفى المتحدث وجود أي اتفاق.") == [("المتحدث", "وجود أي اتفاق")]
    assert claims("وأكدت الوزارة ضرورة التهدئة.") == [("الوزارة", "ضرورة التهدئة")]


def test_an_action_verb_with_a_bare_head_reports_nothing():
    assert claims("ونقل الفتى إلى المستشفى.") == []


def test_whom_a_trailing_verb_was_said_to_is_not_its_speaker():
    assert claims('"لن نتراجع عن القرار"، قال الوزير لوكالة فرانس برس.') == [("الوزير", "لن نتراجع عن القرار")]
    assert claims('"لن نتراجع عن القرار" قال الوزير للصحفيين.') == [("الوزير", "لن نتراجع عن القرار")]


def test_a_channel_right_after_a_trailing_verb_comes_before_its_speaker():
    [(source, content)] = claims('"لن نتراجع عن القرار"، قال لرويترز مسؤول في الوزارة.')
    assert source.startswith("مسؤول")
    assert content == "لن نتراجع عن القرار"


def test_an_adverb_beside_an_unnamed_subject_is_not_part_of_the_speaker():
    assert claims("وقال الوزير أيضا إن الوضع صعب.") == [("الوزير", "إن الوضع صعب")]
    assert claims("وقال أيضا الوزير إن الوضع صعب.") == [("الوزير", "إن الوضع صعب")]


def test_someone_adds_that_even_when_no_rule_knows_the_name():
    assert claims("وأضاف غرانوفسكي أنه سيغادر المدينة.") == [("غرانوفسكي", "أنه سيغادر المدينة")]


def test_a_thing_that_shows_is_still_no_speaker():
    assert claims("وأظهرت الصور أن المبنى دمر بالكامل.") == []


def test_from_him_names_the_speaker_quoted_before():
    found = extract("t", "قال الرئيس التركي رجب طيب أردوغان إن الوضع صعب. "
                         "ونقلت عنه وكالة أنباء الأناضول قوله إن بلاده لن تتراجع.", DAY).claims
    last = [c for c in found if c["content"] == "إن بلاده لن تتراجع"]
    assert {c["source_text"] for c in last} == {"وكالة أنباء الأناضول", "الرئيس التركي رجب طيب أردوغان"}
    child = next(c for c in last if c["parent_claim_id"])
    assert child["source_text"] == "الرئيس التركي رجب طيب أردوغان"


def test_from_her_does_not_name_a_man():
    found = extract("t", "قال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع صعب. "
                         "ونقلت عنها صحيفة محلية قولها إن الحل قريب.", DAY).claims
    assert not any(c["source_text"].endswith("لودريان") and c["content"] == "إن الحل قريب" for c in found)


def test_a_verbal_noun_with_its_agent_reports_what_follows():
    found = claims("وجاء القرار بعد ساعات من إعلان إيمانويل ماكرون استعداده للقاء المعارضة دون شروط.")
    assert ("إيمانويل ماكرون", "استعداده للقاء المعارضة دون شروط") in found
    found = claims("وأشار المحلل إلى تصريح وزير الخارجية عن رغبة بلاده في الحوار.")
    assert any(source == "وزير الخارجية" and content.startswith("عن رغبة بلاده") for source, content in found)


def test_a_verbal_noun_with_no_statement_after_its_agent_reports_nothing():
    assert claims("وجاء إعلان الرئيس بعد اجتماع طويل.") == []


def test_a_named_object_before_a_quotation_is_no_title_of_the_speaker():
    [(_, content)] = claims('حذر وزير الدفاع سامي الخطيب الرئيس السابق عمر الزين من "اللعب بالنار".')
    assert content.startswith("الرئيس السابق")
    [(_, content)] = claims('ويتهم سامي الخطيب المعارضة بشن "حملة تضليل".')
    assert content.startswith("المعارضة")


def test_a_day_after_the_speaker_is_no_title():
    [(_, content)] = claims('أعلنت الشرطة المحلية الأحد توقيف ثلاثة "مشتبه بهم" في المدينة.')
    assert content.startswith("توقيف ثلاثة")


def test_the_agent_of_a_verbal_noun_does_not_become_the_next_speaker():
    found = claims('قال الوزير مايك بومبيو إن الوضع صعب. وجرت مشاورات قبل إعلان ترامب استعداده للقاء. '
                   'وقال الجمعة "التقيت للتو فريقا رائعا".')
    assert found[-1] == ("الوزير مايك بومبيو", "التقيت للتو فريقا رائعا")


def test_a_one_word_object_of_a_verbal_noun_is_no_statement():
    assert not any(content == "قراره" for _, content in claims("وستجري مشاورات قبل إعلان ترامب قراره."))


def test_from_him_prefers_the_subject_of_the_sentence():
    found = extract("t", 'قال عدد من النواب إن الجلسة صاخبة. ودان أردوغان مناورات المعارضة '
                         'ونقلت عنه وكالة الأنباء الفرنسية قوله "هذا أمر مؤسف".', DAY).claims
    child = next(c for c in found if c["parent_claim_id"])
    assert child["source_text"] == "أردوغان"


def test_a_second_subject_joined_by_and_is_no_object():
    assert claims("وعلق الفريق ومدربه في الكهف بعد هطول أمطار غزيرة.") == []


def test_the_subject_between_kana_and_qad_is_the_speaker_even_unnamed():
    found = claims("قال رئيس المجلس الأوروبي دونالد توسك إن الوضع خطير. "
                   "وكان السفير الروسي في لندن بافل سيدوروف قد صرح الثلاثاء أن بلاده لن ترد.")
    source, content = found[-1]
    assert content == "أن بلاده لن ترد"
    assert "توسك" not in source and source.startswith("السفير الروسي")


def test_a_name_no_rule_knows_after_the_verb_is_the_speaker_not_the_last_one():
    found = claims("قال المدرب ريتشارد هيل إن الكأس سرقت. بدوره، قال سالومون إنه يأمل أن تعاد الكأس.")
    assert found[-1] == ("سالومون", "إنه يأمل أن تعاد الكأس")


def test_kama_after_a_comma_opens_a_further_statement_of_the_same_speaker():
    found = claims("قالت ميركل إن الكأس مهمة، كما أكدت أن الفريق سيحتفل غدا.")
    assert found == [("ميركل", "إن الكأس مهمة"), ("ميركل", "أن الفريق سيحتفل غدا")]


def test_the_subject_before_its_description_speaks_not_the_last_speaker():
    found = claims("قال جونز إن الوضع خطير. لكن الطبيبة سلمى، وهي أم لطفلين، تقول إن الوضع مستقر.")
    assert found[-1] == ("الطبيبة سلمى", "إن الوضع مستقر")


def test_whom_it_was_told_is_no_subject_of_a_verb_without_one():
    found = claims("قال سالومون إن الحكم ظالم. وقال للمحكمة إنه سيحتاج بعض الوقت.")
    assert found[-1][1] == "إنه سيحتاج بعض الوقت"
    assert not found[-1][0].startswith("لل")


def test_the_object_before_bi_anna_is_no_speaker():
    found = claims("قال المصدر إن الهجوم وقع ليلا. ووصف الهجوم بأنه الأكثر جرأة.")
    assert found[-1][0] == "المصدر"


def test_a_pronoun_clause_on_the_speaker_names_no_one():
    found = claims("قالت الوزيرة إن الوضع صعب. وأضافت وهي تحمل ملفا أنها ستسافر غدا.")
    assert found[-1] == ("الوزيرة", "أنها ستسافر غدا")


def test_hakadha_points_back_at_the_quotation_before_the_verb():
    assert claims('"لن نتراجع عن القرار"، هكذا قال الوزير.') == [("الوزير", "لن نتراجع عن القرار")]


def test_amma_names_the_subject_of_the_verb_after_fa():
    found = claims("قال المدير إن الطلب وصل متأخرا. أما صاحب المطعم، فقال إنه لم يعلم بالأمر.")
    assert found[-1] == ("صاحب المطعم", "إنه لم يعلم بالأمر")


def test_a_definite_subject_before_the_verb_keeps_its_adverb_out():
    found = claims("قالت الصحيفة إن المبنى قديم. لكن السلطات المحلية آنذاك قالت إن الترميم مكلف.")
    assert found[-1] == ("السلطات المحلية", "إن الترميم مكلف")


def test_a_name_before_its_description_is_the_speaker():
    found = claims("قال ترامب إن التحقيق مستمر. وقال غرانوفسكي، المدون من ولاية ميسيسيبي، إنه لاحظ تعليقا مريبا.")
    assert found[-1] == ("غرانوفسكي", "إنه لاحظ تعليقا مريبا")


def test_a_singular_verb_does_not_go_on_with_a_plural_unnamed_source():
    found = claims('قال المنتقدون إن القانون ظالم. وقال: "لماذا تظنون ذلك؟".')
    assert found[-1][0] != "المنتقدون"


def test_a_title_in_ta_marbuta_before_bi_anna_is_still_the_subject():
    found = claims("قال الدبلوماسي السابق إن الانتخابات نزيهة. وصرحت المحللة سلمى بأن الجيش قام بدور أساسي.")
    assert found[-1][0] != "الدبلوماسي السابق"


def test_dual_verbs_of_saying_report():
    found = claims("وقال الزعيمان في بيان مشترك إن المحادثات مثمرة. وأكدا أن اللقاء المقبل سيعقد في جنيف.")
    assert found[-1][1] == "أن اللقاء المقبل سيعقد في جنيف"


def test_a_dual_verb_is_not_said_by_one_remembered_person():
    found = claims("قال ترامب إن القمة ناجحة. وقالا إن المحادثات مثمرة.")
    assert found[-1] != ("ترامب", "إن المحادثات مثمرة")


def test_we_said_is_no_dual():
    found = claims('قال المتحدث سامي خليل إن الوضع صعب. "قلنا للأوروبيين إن بلادنا ستنسحب".')
    assert found[-1] == ("سامي خليل", "إن بلادنا ستنسحب")


def test_a_bare_title_before_a_colon_does_not_swallow_the_first_quoted_word():
    assert claims('وقال المحافظ: "الطرق مغلقة أمام السيارات".') == [("المحافظ", "الطرق مغلقة أمام السيارات")]
    assert claims("وقال المحافظ: الطرق مغلقة أمام السيارات.") == [("المحافظ", "الطرق مغلقة أمام السيارات")]


def test_a_verb_inside_a_quotation_is_the_speakers_words_not_a_new_speaker():
    found = claims('وأوضح سمير الحلبي أن "الحكومة تخطط لتوفير بطاقات ونقل مواطنين إلى المدن لكي يصوتوا". '
                   'وأضاف أن الخطة تحدد الإجراءات.')
    assert [source for source, _ in found] == ["سمير الحلبي", "سمير الحلبي"]


def test_a_quotation_closed_before_the_next_verb_still_ends_there():
    assert claims('وقال المحافظ: "نحن مستعدون للحوار"، وأكد أن المدينة آمنة.') == [
        ("المحافظ", "نحن مستعدون للحوار"), ("المحافظ", "أن المدينة آمنة")]
