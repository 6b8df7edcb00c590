"""Classes of wrong claims a corpus audit found (eighth session): adjectives and nouns read as
cues, prepositions read as speakers, a document as the source of a fronted `بحسب ... فإن`, the
sender of a letter, the outlet's web address. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["cue"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_participle_after_an_indefinite_noun_is_its_adjective():
    # `حراسة مشددة` (tight guard), `حالات مؤكدة` (confirmed cases), `دولة مضيفة` (host country)
    assert [cue for _, cue, _ in claims("ونقل المتهم إلى المحكمة تحت حراسة مشددة صباح اليوم.")] == []
    assert [cue for _, cue, _ in claims("وسجلت المدينة حالات مؤكدة جديدة خلال الأسبوع.")] == []
    assert claims("وتستعد البلاد للبطولة بصفتها دولة مضيفة للمرة الأولى.") == []


def test_a_participle_after_a_statement_noun_or_a_comma_still_reports():
    assert claims("وقالت الوزيرة في كلمة مؤكدة رفضها للقرار.") == [("الوزيرة", "مؤكدة", "رفضها للقرار")]
    assert claims("وأشادت الوزيرة بالاتفاق، مؤكدة أن بلادها ستدعمه.") == [
        ("الوزيرة", "مؤكدة", "أن بلادها ستدعمه")]


def test_fahasb_only_is_no_attribution():
    # `فحسب` is "only", not `حسب` (according to) after `فـ`
    assert claims("ولا تقتصر الأزمة على المدينة فحسب.") == []


def test_a_suffixed_verb_after_bi_is_a_noun():
    # `بوصفه` (as, in its capacity of) is no `وصف` (he described)
    found = claims('وينظر كثيرون إلى القرار بوصفه "خطأ تاريخيا".')
    assert all(cue != "بوصفه" for _, cue, _ in found)


def test_a_charge_filed_against_someone_is_no_claim():
    # `ادعت النيابة على` (pressed charges against): the claiming sense comes with its `أن`
    assert claims("وادعت النيابة العامة على ثلاثة موقوفين بتهمة الاحتيال.") == []
    assert claims("وادعت الشركة أن الحادث لم يسفر عن إصابات.") == [
        ("الشركة", "وادعت", "أن الحادث لم يسفر عن إصابات")]


def test_a_tanker_is_no_participle_of_passing_on():
    assert claims("ورست ناقلة النفط قبالة الميناء منذ أسبوع.") == []


def test_whom_it_was_said_to_is_not_the_speaker():
    found = claims("واقترب المسلحون من الحارس وقالوا له إنهم موظفون في الشركة.")
    # `له` is the guard they spoke to; the gunmen, the subject of the clause before, go on speaking
    assert [(source, content) for source, _, content in found] == [("المسلحون", "إنهم موظفون في الشركة")]


def test_a_channel_after_the_verb_of_a_trailing_attribution_is_not_the_speaker():
    found = claims('والأزمة لم تنته بعد، حسب ما قال لقناة "العربية" الوزير سمير خالد.')
    assert [source for source, _, _ in found] == ["سمير خالد"]


def test_a_fronted_attribution_to_a_document_names_it_as_the_source():
    assert claims("وبحسب الدعوى فإن الاتفاق باطل منذ توقيعه.") == [
        ("الدعوى", "وبحسب", "فإن الاتفاق باطل منذ توقيعه")]
    [(source, _, content)] = claims('وبحسب مدير إحدى المدارس في المدينة، فإن "الأوامر كانت واضحة".')
    assert source == "مدير إحدى المدارس في المدينة"
    assert content.startswith("فإن")


def test_accordingly_is_no_fronted_attribution():
    assert claims("وبحسب ذلك فإن الاجتماع سيعقد غدا.") == []


def test_the_sender_of_a_letter_speaks_in_it():
    found = claims("وبعث وزير الخارجية سمير خالد رسالة إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش، "
                   "لفت فيها إلى أن الناقلة في حالة سيئة.")
    assert [(source, content) for source, _, content in found] == [("سمير خالد", "أن الناقلة في حالة سيئة")]


def test_an_outlet_web_address_between_the_verb_and_its_statement_is_no_content():
    assert claims('وقال المدير سمير خالد في حديث لـ"العربية.نت" إن ما حصل جريمة.') == [
        ("سمير خالد", "وقال", "إن ما حصل جريمة")]
    assert claims("وقال المدير سمير خالد في حديث للعربية.نت إن ما حصل جريمة.") == [
        ("سمير خالد", "وقال", "إن ما حصل جريمة")]


def test_the_closing_quote_of_a_quoted_channel_opens_no_quotation_in_the_content():
    # the `"` closing `"العربية"` before `إن` leaves the speaker's participle outside any quotation
    found = claims('وقال المدير سمير خالد في حديث لـ"العربية" إن ما حصل "جريمة"، موضحا أن الوضع صعب.')
    assert [(source, cue) for source, cue, _ in found] == [("سمير خالد", "وقال"), ("سمير خالد", "موضحا")]


def test_an_anna_of_time_or_contrast_is_no_reported_proposition():
    # `أقر` (passed a law / admitted) reports only with its own `أن`; `بعد أن` opens a clause of time
    assert claims("وأقر البرلمان الموازنة الجديدة بعد أن صوت معظم الأعضاء لصالحها.") == []


def test_the_phrase_a_relative_clause_describes_is_the_speaker_not_a_name_inside_the_clause():
    found = claims("وأضاف مدير المستشفى الذي يعالج فيه الرئيس سمير خالد أن الطاقم يتابع حالته.")
    assert [(source, content) for source, _, content in found] == [("مدير المستشفى", "أن الطاقم يتابع حالته")]
    found = claims("وتقول الشركة التي تنتج الأجهزة الطبية إنها المرة الأولى.")
    assert [(source, content) for source, _, content in found] == [("الشركة", "إنها المرة الأولى")]


def test_a_verb_of_finding_reports_with_its_anna():
    assert claims("ووجد المحققون أن الحريق بدأ في الطابق الثاني.") == [
        ("المحققون", "ووجد", "أن الحريق بدأ في الطابق الثاني")]
    # the same verbs naming an act report nothing
    assert claims("ووجد رجال الإطفاء سيارة محترقة قرب الجسر.") == []


def test_went_on_reports_a_quotation_but_not_a_continued_act():
    assert claims('وواصل المدرب: "سنلعب من أجل الفوز".') == [("المدرب", "وواصل", "سنلعب من أجل الفوز")]
    assert claims("وواصلت الفرق البحث عن المفقودين طوال الليل.") == []


def test_a_quotation_after_a_verb_of_concluding_is_what_was_reached():
    found = claims('وقال الباحث سمير خالد إن الحكومة توصلت إلى "صيغة" مع المعارضة.')
    assert [cue for _, cue, _ in found] == ["وقال"]


def test_a_title_in_apposition_after_the_speaker_is_not_the_announced_object():
    assert claims("وأعلن سمير خالد وزير الخارجية استقالته من الحكومة.") == [
        ("سمير خالد", "وأعلن", "استقالته من الحكومة")]
    # a definite noun after the name is the object itself
    assert claims("وأعلن سمير خالد المدرب الجديد للفريق.")[0][2] == "المدرب الجديد للفريق"


def test_a_bare_title_quoted_by_an_outlet_is_the_person_of_its_kind_named_before():
    found = extract("t", "وحذر وزير الدفاع سمير خالد من التعجل. ونقلت وكالة كيودو عن الوزير، الذي يزور "
                         "واشنطن، قوله إن الوقت لم يحن.", DAY)
    names = {a: x.name_ar for a, x in found.actors.items()}
    quoted = [c for c in found.claims if c["parent_claim_id"]]
    assert [(c["source_text"], names[c["source_actor_id"]], c["content"]) for c in quoted] == [
        ("الوزير", "سمير خالد", "إن الوقت لم يحن")]


def test_an_outlet_that_carried_a_statement_described_by_an_adjective_is_its_parent():
    found = claims("وقال الرئيس سمير خالد، في بيان رسمي نقلته وكالة الأنباء الرسمية، إن بلاده مستعدة للحوار.")
    assert sorted((source, cue) for source, cue, _ in found) == [("سمير خالد", "وقال"), ("وكالة الأنباء الرسمية", "نقلته")]


def test_a_state_inside_the_described_object_is_not_the_speaker():
    found = claims("ووصف الرئيس الأمريكي إعلان كوريا الشمالية وقف التجارب بأنه خبر جيد.")
    assert [source for source, _, _ in found] == ["الرئيس الأمريكي"]
    # a name right after the title is the speaker's own
    found = claims("ووصف الرئيس الفرنسي إيمانويل ماكرون القرار بأنه خطير.")
    assert [source for source, _, _ in found] == ["الرئيس الفرنسي إيمانويل ماكرون"]


def test_a_purpose_clause_is_no_reported_content():
    # `لكي` (in order to) opens a purpose, not what was said
    assert claims("ووافق المجلس على تعيينه وزيرا، في خطوة اعتبرت ضرورية لكي يركز على الملفات العاجلة.") == []


def test_a_noun_in_ta_marbuta_after_a_preposition_is_no_suffixed_verb():
    # `إشارة` (a reference) normalises like `أشاره` (he pointed it out)
    found = claims('وجدد البلدان التزامهما، في إشارة لمصر، بتحقيق "الفوائد المشتركة" للجميع.')
    assert all(cue != "إشارة" for _, cue, _ in found)


def test_a_finding_with_no_finder_before_its_anna_reports_nothing_of_its_own():
    # the study is inside the observatory's claim; `لم تجد حرجا في أن` is "did not mind"
    found = claims("وقال المرصد إن دراسة حديثة وجدت أن الأمطار ستزيد.")
    assert [(source, cue, content) for source, cue, content in found] == [
        ("المرصد", "وقال", "إن دراسة حديثة وجدت أن الأمطار ستزيد")]
    assert claims("ولم تجد الفنانة حرجا في أن ترقص أمام الكاميرات.") == []


def test_a_law_is_the_basis_of_a_rule_not_a_speaker():
    assert claims("وحسب القانون الألماني، فإن شراء السلاح ليس ضروريا.") == []


def test_later_said_is_no_noun_after_a_preposition():
    assert [source for source, _, _ in claims("وفيما بعد قال الإيطاليون لطاقم السفينة إن الأمر تغير.")] == ["الإيطاليون"]


def test_a_preposition_written_like_a_title_is_not_skipped_as_an_apposition():
    # `أمام` (before) normalises like `إمام` (imam)
    assert claims("وأعلن سمير خالد أمام البرلمان استقالته من الحكومة.") == [
        ("سمير خالد", "وأعلن", "أمام البرلمان استقالته من الحكومة")]


def test_confirmed_information_before_the_fa_inna_of_a_fronted_attribution_is_the_source():
    assert claims("وبحسب معلومات مؤكدة فإن الناقلة تحوي مليون برميل من النفط.") == [
        ("معلومات مؤكدة", "وبحسب", "فإن الناقلة تحوي مليون برميل من النفط")]
