"""Claim classes from the tenth session's corpus audit (40 random articles): transliterated
acronyms inside a sentence, organs speaking for their body, clauses of time and of state, impersonal
opinions, relative clauses on the speaker, outlets that published a statement, terms quoted after
`ما وصفه`. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["cue"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_dotted_acronym_does_not_end_the_window_of_the_content():
    # `إم.آي.تي`: the dots join letter groups of one name, they end no clause
    found = claims("وقال سامر حداد، الباحث في معهد إم.آي.تي الأميركي، إن الخطة لن تنجح.")
    assert [(cue, content) for _, cue, content in found] == [("وقال", "إن الخطة لن تنجح")]
    found = claims("وقال خبراء لدى مصرف إتش.إس.بي.سي، في مذكرة أمس، إن الأسعار سترتفع.")
    assert [content for _, _, content in found] == ["إن الأسعار سترتفع"]


def test_the_in_of_an_acronym_is_no_complementizer():
    found = claims("وقالت الهيئة الوطنية للبث (إن.بي.كيه) إن الطريق أغلق.")
    assert [content for _, _, content in found] == ["إن الطريق أغلق"]


def test_the_phrase_before_a_verb_with_its_conjunction_is_no_subject():
    # `... مع بريطانيا وقال`: the `و` on the verb opens a new clause; the speaker goes on
    text = "ورحب رئيس الوزراء الكندي جاستن ترودو بالاتفاق مع المكسيك وقال إن المفاوضات كانت صعبة."
    found = claims(text)
    assert [(src, cue) for src, cue, _ in found] == [("رئيس الوزراء الكندي جاستن ترودو", "وقال")]
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات مفيدة. وأشاد بالاتفاق مع الدول المجاورة واعتبر أن الحل سياسي."
    found = claims(text)
    assert found[-1] == ("الرئيس الفرنسي إيمانويل ماكرون", "واعتبر", "أن الحل سياسي")


def test_whom_an_outlet_quotes_is_read_up_to_a_preposition_or_a_bracket():
    found = claims("وأغلقت المدارس يومين، بحسب ما نقلت وكالة فرانس برس عن سلطة الطوارئ في مقاطعة نائية.")
    assert ("سلطة الطوارئ", "بحسب ما", "وأغلقت المدارس يومين") in found
    found = claims('ونقلت وكالة رويترز عن كبير المحللين في (Global Markets) قوله إن "الأسعار ستتراجع".')
    assert ("كبير المحللين", "ونقلت", 'إن "الأسعار ستتراجع') in found


def test_an_unnamed_member_of_a_named_body_quoted_is_that_body():
    found = claims("ونقلت وكالة رويترز عن عضو في حزب العمال البريطاني تأكيده أن الحزب سيصوت ضد الاتفاق.")
    assert [src for src, _, _ in found if src != "وكالة رويترز"] == ["حزب العمال البريطاني"]


def sources(text):
    ex = extract("t", text, DAY)
    return [(c["source_text"], ex.actors[c["source_actor_id"]].name_ar if c["source_actor_id"] else None, c["content"])
            for c in ex.claims]


def test_an_organ_speaks_for_the_body_named_after_its_lam():
    # `القيادة العامة لـ`, `المكتب الإعلامي لـ`: the organ's words are the body's; the whole phrase names it
    found = sources("وأعلنت القيادة العامة للجيش الليبي سيطرتها على المدينة.")
    assert found == [("القيادة العامة للجيش الليبي", "الجيش الليبي", "سيطرتها على المدينة")]
    found = sources("وأعلن المكتب الإعلامي للحكومة العراقية الأحد افتتاح الجسر.")
    assert found == [("المكتب الإعلامي للحكومة العراقية", "الحكومة العراقية", "افتتاح الجسر")]
    found = sources("وأكدت الأمانة العامة لجامعة الدول العربية أن الاجتماع تأجل.")
    assert [(src, content) for src, _, content in found] == [("الأمانة العامة لجامعة الدول العربية", "أن الاجتماع تأجل")]


def test_a_report_in_a_clause_of_time_ends_before_the_main_clause():
    found = claims("غداة إعلان الحكومة أن المحادثات فشلت، أكد رئيس البرلمان أن الحوار سيستأنف.")
    assert [(src, cue, content) for src, cue, content in found] == [
        ("الحكومة", "إعلان", "أن المحادثات فشلت"), ("رئيس البرلمان", "أكد", "أن الحوار سيستأنف")]
    found = claims("وبعد أن قال وزير الخارجية سامح شكري إن المفاوضات متعثرة، أكد رئيس الوزراء أن الحوار مستمر.")
    assert [content for _, _, content in found] == ["إن المفاوضات متعثرة", "أن الحوار مستمر"]


def test_a_verb_after_the_comma_with_no_subject_may_be_the_reported_clause_own():
    # `إن تقريرا أوليا، صدر أمس، أكد أن`: the report confirmed it; one claim, the officials'
    found = claims("إذ قال مسؤولون إن فرزا أوليا للأصوات، بعد انتخابات الأحد، أكد أن المرشح فاز.")
    assert [(src, cue) for src, cue, _ in found] == [("مسؤولون", "قال")]


def test_an_impersonal_opinion_opening_a_sentence_is_no_one_s_claim():
    text = "وقال مدير المشروع سامي حداد إن الأعمال ستنتهي قريبا. ويتوقع أن تتجاوز التكلفة مليار دولار."
    assert [cue for _, cue, _ in claims(text)] == ["وقال"]
    text = "وقال مدير المشروع سامي حداد إن الأعمال ستنتهي قريبا. لكن يعتقد أن التكلفة ستتضاعف."
    assert [cue for _, cue, _ in claims(text)] == ["وقال"]
    # with its subject named the verb reports
    text = "ويتوقع المحللون أن ترتفع الأسعار."
    assert claims(text) == [("المحللون", "ويتوقع", "أن ترتفع الأسعار")]


def test_an_outlet_that_published_the_statement_in_a_relative_clause_is_no_speaker():
    text = ('وقال الرئيس الصيني شي جين بينغ إن العلاقات متينة. '
            'وأضاف في الرسالة التي نشرتها وكالة أنباء الصين الجديدة: "سنواصل التعاون".')
    found = sources(text)
    assert ("شي جين بينغ", "سنواصل التعاون") in [(actor, content) for _, actor, content in found]
    assert [actor for _, actor, content in found if content == "سنواصل التعاون"][0] == "شي جين بينغ"


def test_a_trailing_speaker_may_be_described_by_a_relative_clause():
    found = claims("وتراجعت الصادرات بنسبة عشرة في المئة، كما أعلنت وزارة التجارة التي نشرت الأرقام مساء أمس.")
    assert found == [("وزارة التجارة", "أعلنت", "وتراجعت الصادرات بنسبة عشرة في المئة")]
    # the clause before is already a report; the verb after the relative clause has its own object
    found = claims("وقال وزير الرياضة إن بلاده ستساند الملف، كما أعلنت روسيا التي تستضيف البطولة دعمها للملف.")
    assert [cue for _, cue, _ in found] == ["وقال"]


def test_a_clause_of_state_after_a_verb_of_saying_is_no_new_report():
    found = claims('وقال الرئيس السوداني عمر البشير وهو يتحدث عن دور بلاده "نحن لسنا مرتزقة".')
    assert [(cue, content) for _, cue, content in found] == [("وقال", "نحن لسنا مرتزقة")]
    # after a verb of perceiving, the clause of state is the report itself
    found = claims('ويسمع في التسجيل صوت مايكل كوهين وهو يقول "ادفع نقدا".')
    assert [(cue, content) for _, cue, content in found] == [("يقول", "ادفع نقدا")]


def test_a_relative_clause_on_the_speaker_with_no_comma_before_it():
    found = claims("وقالت المعارضة التي تحدثت أولا عن سقوط جرحى، إن ثلاثين شخصا نقلوا إلى المستشفى.")
    assert [(src, content) for src, _, content in found] == [("المعارضة", "إن ثلاثين شخصا نقلوا إلى المستشفى")]
    found = claims('عنوان الخبر.\nوتابع الرئيس الأميركي الذي كان يتحدث بعد قمة مع نظيره الروسي، "النظام لا يريد الحوار".')
    assert [(src, content) for src, _, content in found] == [("الرئيس الأميركي", "النظام لا يريد الحوار")]
    # the content opened inside the clause: the comma after it is the speaker's own
    found = claims('وقال رئيس الوزراء الذي انتقد الاتفاق إن "الجميع يعرف موقفي، إنه اتفاق سيئ".')
    assert [content for _, _, content in found] == ['إن "الجميع يعرف موقفي، إنه اتفاق سيئ']


def test_the_time_after_a_fronted_attribution_is_no_content():
    found = claims('عنوان الخبر.\nوبحسب صحيفة "هآرتس"، الجمعة، يدرس المحققون استدعاء الشاهد.')
    assert [content for _, _, content in found] == ["يدرس المحققون استدعاء الشاهد"]


def test_a_quotation_mark_glued_to_the_word_before_it_opens_the_quotation():
    found = claims('عنوان الخبر.\nوقال رئيس الوزراء الياباني شينزو آبي" ما زال أشخاص كثيرون مفقودين".')
    assert [content for _, _, content in found] == ["ما زال أشخاص كثيرون مفقودين"]


def test_what_the_speaker_called_it_is_no_new_claim():
    found = claims('وعبر محمود عفيفي عن دهشته إزاء ما وصفه بـ"رد الفعل المتسرع" من جانب الوزير.')
    assert [(cue, content) for _, cue, content in found] == [
        ("وعبر", 'عن دهشته إزاء ما وصفه بـ"رد الفعل المتسرع" من جانب الوزير')]


def test_the_name_ari_is_no_first_person_verb_of_seeing():
    found = claims('ويعد الشاهد ثالثا إلى جانب اثنين آخرين هما آري هارو وسامي ليفي في القضية المعروفة باسم "الملف 4000".')
    assert found == []
    found = claims('عنوان الخبر.\nوقال الوزير: "أرى أن الحل قريب".')
    assert [content for _, _, content in found] == ["أرى أن الحل قريب"]


def test_a_verb_of_expecting_with_its_subject_opening_a_later_sentence():
    # the sentence's own boundary was read as punctuation inside the clause: `أن يرتفع` became an infinitive
    found = claims("عنوان الخبر.\nوتوقع وزير المالية أن يرتفع النمو في العام المقبل.")
    assert [(src, content) for src, _, content in found] == [("وزير المالية", "أن يرتفع النمو في العام المقبل")]


def test_a_term_quoted_after_what_it_was_called_is_no_statement():
    found = claims('عنوان الخبر.\nوأعلنت المفوضية الأوروبية عن تقديم شكوى على خلفية ما وصفه الجانب الأوروبي "انتهاك القواعد"، وعن رسوم جديدة.')
    assert [content[:20] for _, _, content in found] == ["عن تقديم شكوى على خل"]


def test_the_holder_named_after_a_trailing_title_speaks():
    found = sources("عنوان الخبر.\nوارتفع عدد القتلى إلى عشرين، وفقا لمدير المستشفى، سامي حداد.")
    assert [(src, actor) for src, actor, _ in found] == [("سامي حداد", "سامي حداد")]
    found = sources("عنوان الخبر.\nوتستمر المحادثات اليوم، بحسب ما أعلنت المتحدثة باسم وزارة الخارجية، هيذر ناورت.")
    assert [src for src, _, _ in found] == ["هيذر ناورت"]
    # no title before the comma: the words after it belong to the clause
    found = claims("عنوان الخبر.\nوهو الأمر الذي أثار، وفقا لتقارير صحفية محلية، غضب سامي حداد.")
    assert [src for src, _, _ in found] == ["تقارير صحفية محلية"]


def test_a_quotation_mark_after_punctuation_closes():
    found = claims('عنوان الخبر.\nوتشرف الهيئة على "المترو" الذي يوفر خدمة نقل عام لكل السكان،" وفقا لما ذكرته الهيئة على موقعها.')
    assert "نقل" not in [cue for _, cue, _ in found]
