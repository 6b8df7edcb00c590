"""Attribution prepositions (`بحسب`, `وفقا لـ`, `حسبما`) whose source no actor rule names (ninth
session corpus audit): the speaker's words followed by a relative clause that describes them, a
figure or account issued by a body (`حصيلة`, `توقعات`), and a fronted attribution whose content
follows a comma without `فإن`. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["cue"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_trailing_speaker_described_by_a_relative_clause():
    assert claims("وتبدأ المرحلة الثانية من المشروع في الربيع، بحسب مدير الشركة المنفذة، الذي زار الموقع أمس.") == [
        ("مدير الشركة المنفذة", "بحسب", "وتبدأ المرحلة الثانية من المشروع في الربيع")]
    assert claims("وأغلقت الطرق المؤدية إلى المطار، حسبما أفاد المستشفى الذي استقبل المصابين.") == [
        ("المستشفى", "حسبما", "وأغلقت الطرق المؤدية إلى المطار")]


def test_a_relative_clause_does_not_make_any_words_a_speaker():
    # `وفق الجدول الذي ...`: a schedule, no one's words
    assert claims("وتنطلق الرحلات صباحا، وفق الجدول الذي أعدته الإدارة.") == []


def test_the_lam_of_wifqan_li_is_not_part_of_the_source():
    assert claims("وقتل ثلاثة أشخاص، وفقا لمدير المستشفى.") == [
        ("مدير المستشفى", "وفقا", "وقتل ثلاثة أشخاص")]


def test_a_figure_or_forecast_issued_by_a_body_is_its_claim():
    found = claims("وارتفع عدد القتلى إلى عشرين، وفق حصيلة جديدة للمرصد السوري لحقوق الإنسان.")
    assert [(cue, content) for _, cue, content in found] == [("وفق", "وارتفع عدد القتلى إلى عشرين")]
    assert "المرصد السوري" in found[0][0] or "مرصد السوري" in found[0][0]
    assert claims("وبحسب توقعات وزارة المالية، ستنخفض نسبة الدين في العام المقبل.") == [
        ("وزارة المالية", "وبحسب", "ستنخفض نسبة الدين في العام المقبل")]


def test_a_fronted_attribution_then_a_comma_opens_the_content():
    assert claims("وبحسب إفادات الناجين، كان على متن القارب مئة شخص.") == [
        ("إفادات الناجين", "وبحسب", "كان على متن القارب مئة شخص")]
    assert claims("ووفقا للدراسة، فقد خفضت الشركات أسعارها.") == [
        ("للدراسة", "ووفقا", "خفضت الشركات أسعارها")]


def test_a_plan_or_a_law_before_the_comma_is_no_speaker():
    assert claims("وبحسب الخطة، ستنسحب القوات خلال شهر.") == []
    assert claims("ووفقا للقانون، يحق للمتهم الاستئناف.") == []


def test_naql_moving_people_is_no_report():
    # `نقل` moves people or things (to hospital, to prison), or passes words on (with `عن`, `أن`)
    assert claims('وعند وصولهم تم نقل ثلاثة مهاجرين للمستشفى من أجل "فحوصات عادية".') == []
    assert [cue for _, cue, _ in claims(
        "وقال أحد المحتجزين إن السلطات نقلت الثلاثاء سبعة من المهاجرين من المركز إلى سجن قريب.")] == ["وقال"]
    assert [cue for _, cue, _ in claims(
        'وأكد متحدث باسم المستشفى أن المريض طلب استشارة ونُقل إلى مدينة أخرى لإجراء "اختبارات".')] == ["وأكد"]


def test_naql_passing_words_on_still_reports():
    assert claims("ونقل التلفزيون الرسمي أن الرئيس سيزور المنطقة.") == [
        ("التلفزيون الرسمي", "ونقل", "أن الرئيس سيزور المنطقة")]
    assert [(s, content) for s, _, content in claims("ونقلت وكالة رويترز عن مسؤول أن المحادثات فشلت.")] == [
        ("وكالة رويترز", "أن المحادثات فشلت"), ("مسؤول", "أن المحادثات فشلت")]


def test_a_singular_verb_does_not_go_on_with_people_in_the_plural():
    found = claims('وأفاد ناشطون باستمرار الاحتجاجات في المدينة. وحيت زعيمة المعارضة، سلمى رياض، '
                   'المتظاهرين في الساحة. وقالت "هؤلاء هم الأبطال".')
    assert [(s, cue) for s, cue, _ in found] == [("ناشطون", "وأفاد"), ("سلمى رياض", "وقالت")]
    found = claims("وقال ناشطون إن الشرطة اعتقلت العشرات. وأضافوا أن الاحتجاجات مستمرة.")
    assert [(s, cue) for s, cue, _ in found] == [("ناشطون", "وقال"), ("ناشطون", "وأضافوا")]


def test_a_plural_verb_of_people_does_not_go_on_with_reports():
    found = claims("وتؤكد تقارير أن المعتقلين تعرضوا للتعذيب. وكان عدد من أعضاء المجلس أبدوا قلقهم "
                   "إزاء التعيين معتبرين أن التصويت خاطئ.")
    assert [s for s, cue, _ in found if cue == "معتبرين"] != ["تقارير"]


def test_a_fronted_title_then_its_holder_between_commas():
    assert claims("وبحسب رئيسة اللجنة، ماريا لوبيز، إن الشركة استبعدت منافسيها.") == [
        ("ماريا لوبيز", "وبحسب", "إن الشركة استبعدت منافسيها")]


def test_a_fronted_attribution_then_a_day_then_faqad():
    assert claims('وبحسب بيان للصندوق على موقعه، الإثنين، فقد "تأكد حضور 150 متحدثا".') == [
        ("بيان للصندوق على موقعه", "وبحسب", "تأكد حضور 150 متحدثا")]


def test_bi_and_a_noun_opens_no_subject_slot():
    # `وتابع بالقول` (he went on, saying): the speaker is the one before, not `بالقول`
    found = claims("وقال المدرب سامي نور إن الفريق جاهز. وتابع بالقول إن اللاعبين مستعدون.")
    assert [(s, cue) for s, cue, _ in found] == [("سامي نور", "وقال"), ("سامي نور", "وتابع")]
    # after a head, `بـ` + noun describes the speaker
    assert claims('وأضاف الحساب الناطق بالعربية: "الصورة مزيفة".') == [
        ("الحساب الناطق بالعربية", "وأضاف", "الصورة مزيفة")]


def test_naql_an_with_ila_later_passes_words_on():
    found = claims("ونقلت الصحيفة عن الطبيب قوله في رسالة إلى الصحافيين إن الجرحى كثيرون.")
    assert ("ونقلت", "إن الجرحى كثيرون") in [(cue, content) for _, cue, content in found]


def test_a_title_then_its_holder_between_commas_then_the_governed_preposition():
    assert claims("كشف رئيس شرطة المدينة بالوكالة، بيتر لانغ، عن مقتل تسعة أشخاص.") == [
        ("بيتر لانغ", "كشف", "عن مقتل تسعة أشخاص")]


def test_aqarra_bi_acknowledges_but_aqarra_a_law_passes_it():
    assert claims("وأقرت المستشارة الألمانية أنجيلا ميركل باستمرار الخلافات بين الدول الأعضاء.") == [
        ("المستشارة الألمانية أنجيلا ميركل", "وأقرت", "باستمرار الخلافات بين الدول الأعضاء")]
    assert claims("وأقر البرلمان بالإجماع القانون الجديد.") == []
    assert claims("وأقر المجلس الميزانية لتجنب إغلاق الحكومة.") == []


def test_naql_to_someone_with_anna_passes_a_message_on():
    found = claims("ونقل المبعوث إلى الرئيس أن بلاده مستعدة للحوار.")
    assert [(cue, content) for _, cue, content in found] == [("ونقل", "أن بلاده مستعدة للحوار")]


def test_a_body_that_spoke_through_a_spokesman_goes_on_in_his_gender():
    found = claims("وقال متحدث باسم وزارة الخارجية الروسية إن موسكو سترد. وأضاف أن العقوبات غير قانونية.")
    assert [(s, cue) for s, cue, _ in found] == [
        ("وزارة الخارجية الروسية", "وقال"), ("وزارة الخارجية الروسية", "وأضاف")]
    found = claims("وقالت متحدثة باسم الجيش الإسرائيلي إن الصاروخ سقط في منطقة مفتوحة. وأضافت أن لا إصابات.")
    assert [(s, cue) for s, cue, _ in found] == [("الجيش الإسرائيلي", "وقالت"), ("الجيش الإسرائيلي", "وأضافت")]


def test_a_body_that_spoke_itself_keeps_its_own_gender():
    found = claims("وقالت وزارة الخارجية إن موسكو سترد. وأضافت أن العقوبات غير قانونية.")
    assert [(s, cue) for s, cue, _ in found] == [("وزارة الخارجية", "وقالت"), ("وزارة الخارجية", "وأضافت")]


def test_unnamed_members_of_a_body_speak_for_it():
    found = claims("وأبلغ ضباط بالجيش الروسي الولايات المتحدة خلال الواقعة أن موسكو ليست ضالعة في الأمر.")
    assert [(s, content) for s, _, content in found] == [("الجيش الروسي", "أن موسكو ليست ضالعة في الأمر")]
    assert [s for s, _, _ in claims("وقال عناصر من حركة حماس إن الهدنة صامدة.")] == ["حركة حماس"]


def test_a_named_spokeswoman_still_speaks_herself():
    found = claims("وقالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الرئيس مستعد للقاء.")
    assert [s for s, _, _ in found] == ["سارة ساندرز"]


def test_anna_then_a_plural_noun_opens_a_proposition_not_an_infinitive():
    # `أن تدابير`, `أن تحقيقات`, `أن تصريحات`: nouns that begin with ت, not `أن` + a present verb
    found = claims("وقال الوزير سامي نور إن الدول قررت الطرد. وأضاف أن تدابير إضافية ليست مستبعدة.")
    assert [(s, content) for s, cue, content in found if cue == "وأضاف"] == [
        ("سامي نور", "أن تدابير إضافية ليست مستبعدة")]
    assert claims("وأكد الوزير سامي نور أن تحقيقات الشرطة مستمرة.") == [
        ("سامي نور", "وأكد", "أن تحقيقات الشرطة مستمرة")]
    assert claims("ويريد الوزير أن يلتقي نظيره.") == []


def test_informing_bodies_no_actor_rule_names():
    assert claims("ويتجه الإعصار إلى الغرب، بحسب الأرصاد الوطنية.") == [
        ("الأرصاد الوطنية", "بحسب", "ويتجه الإعصار إلى الغرب")]
    assert claims("ووفقا لمنظمات غير حكومية، تمثل الهجرة هاجسا لدى الشباب.") == [
        ("منظمات غير حكومية", "ووفقا", "تمثل الهجرة هاجسا لدى الشباب")]
    assert claims("وتتضمن الطائرة صالات للاستراحة، وفقا لمواصفات العملاء.") == []


def test_a_day_between_the_verb_and_its_subject_after_hasabama():
    assert claims("وسيخضع اللاعب لعملية جراحية، حسبما أعلن الثلاثاء مدرب الفريق.") == [
        ("مدرب الفريق", "حسبما", "وسيخضع اللاعب لعملية جراحية")]


def test_a_name_opening_with_ta_no_rule_knows_goes_on_speaking():
    found = claims("وقال توسكان إن الدول قررت الطرد. وأضاف أن الإجراءات ليست مستبعدة.")
    assert [(s, cue) for s, cue, _ in found] == [("توسكان", "وقال"), ("توسكان", "وأضاف")]


def test_radda_ala_after_the_subject_is_an_adjunct_not_a_name():
    found = claims('وقال الرئيس سامي نور إن بلاده مستعدة. كما اعتبر الرئيس ردا على سؤال حول الصفقة أن "هذا التعبير إعلامي".')
    assert [s for s, cue, _ in found if cue == "اعتبر"] == ["سامي نور"]
    assert [s for s, _, _ in claims("واعتبر الرئيس المصري ردا على سؤال أن التعبير إعلامي.")] == ["الرئيس المصري"]


def test_a_quantity_of_people_fills_the_subject_slot():
    assert claims("لكن العديد من الاقتصاديين يقولون إن الرسوم قد تفشل.") == [
        ("العديد من الاقتصاديين", "يقولون", "إن الرسوم قد تفشل")]


def test_a_name_after_a_closed_quotation_and_an_attribution():
    assert claims('وعندما اقتربوا من الرجل "بدأ يضطرب محاولا الهرب" وفقا لكارسون.') == [
        ("كارسون", "وفقا", 'وعندما اقتربوا من الرجل "بدأ يضطرب محاولا الهرب')]


def test_a_standard_at_the_end_is_no_speaker():
    assert claims("وتم نشر الشبكات وفق المواصفات الفنية العالمية.") == []


def test_a_trailing_spokesman_with_no_comma_before_the_attribution():
    assert claims("وارتفع الرماد ألفي متر فوق فوهته بحسب المتحدث باسم الإدارة العامة للكوارث.") == [
        ("المتحدث باسم الإدارة العامة للكوارث", "بحسب", "وارتفع الرماد ألفي متر فوق فوهته")]
    assert claims("وتوزع المساعدات حسب حاجة السكان.") == []


def test_an_attribution_verb_ending_the_text_reads_no_further():
    assert claims("وارتفعت الأسعار، بحسب ما أعلن") == []
