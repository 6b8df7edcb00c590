"""A subject carried over from an earlier sentence: only to a verb opening its clause, or to an act
said in the words of a reporting verb whose subject is dropped; on sentences written for these tests."""
from event_roles import roles


def test_an_act_named_inside_someone_elses_words_takes_no_subject_from_the_sentence_before():
    source, _ = roles("اعتقلت الشرطة الفرنسية ثلاثة رجال في باريس. وقالت ناشطة إن الدعوة إلى التظاهر ستستمر.",
                      "REQUEST")
    assert source is None


def test_words_after_a_reporting_verb_with_a_noun_after_it_are_not_the_earlier_actors():
    source, _ = roles("اعتقلت الشرطة الفرنسية ثلاثة رجال في باريس. وذكرت صحيفة محلية أن الدعوة إلى الإضراب مستمرة.",
                      "REQUEST")
    assert source != "الشرطة الفرنسية"


def test_a_quotation_after_a_verb_with_its_subject_dropped_is_the_earlier_leaders_words():
    source, _ = roles("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي. وقال: يمكن منح عفو للمعتقلين.", "CONCEDE")
    assert source == "فلاديمير بوتين"


def test_the_act_a_verb_with_its_subject_dropped_reports_is_the_earlier_speakers():
    source, _ = roles("قال الرئيس الفلسطيني محمود عباس إن الاستيطان يهدد السلام. وأكد إدانة العنف بكل أشكاله.",
                      "ACCUSE")
    assert source == "محمود عباس"


def test_a_party_found_as_doer_is_not_also_the_one_acted_on():
    source, target = roles("احتجزت الشرطة الإسبانية أربعة رجال في الجزيرة. ويحتجز المشتبه فيهم في مخفر للشرطة في "
                           "البلدة، لكن الشرطة لم تقدم تفاصيل.", "COERCE", "يحتجز")
    assert source == "الشرطة الإسبانية" and target is None


def test_a_verb_whose_subject_is_an_unnamed_head_of_state_takes_no_earlier_actor():
    source, _ = roles("اعتقلت الشرطة الهولندية ناشطا في أمستردام. واحتج رئيس البلدية على عدم إبلاغه بذلك.", "PROTEST")
    assert source is None


def test_a_verb_whose_subject_is_an_unnamed_plural_group_takes_no_earlier_actor():
    source, _ = roles("اعتقلت الشرطة الإسبانية خمسة رجال في مدريد. وأدانت جماعات نسائية عديدة الحملة الأخيرة.", "ACCUSE")
    assert source is None


def test_a_plural_object_after_the_verb_leaves_the_earlier_actor_its_doer():
    source, _ = roles("تحدث الرئيس الروسي فلاديمير بوتين للصحفيين في موسكو. ورفض تلميحات عن نيته البقاء في السلطة.",
                      "REJECT")
    assert source == "فلاديمير بوتين"


def test_a_state_and_its_own_president_are_not_the_two_sides_of_one_act():
    source, target = roles("وتشهد القمة توترا شديدا على خلفية فرض الولايات المتحدة رسوما جمركية على حلفائها وهو أحد "
                           "الوعود الانتخابية التي قطعها الرئيس الأمريكي دونالد ترامب.", "SANCTION")
    assert source == "الولايات المتحدة" and target != "دونالد ترامب"


def test_a_state_may_still_act_against_a_citizen_outside_its_government():
    source, target = roles("وتوعدت أنقرة بالقضاء على تأثير الداعية فتح الله غولن في البلاد.", "THREATEN")
    assert source == "تركيا" and target == "فتح الله غولن"


def test_a_nominative_plural_after_the_verb_is_its_subject_and_the_leader_after_it_the_accused():
    source, target = roles("ويتهم المنتقدون الرئيس الروسي فلاديمير بوتين بقمع المعارضة.", "ACCUSE")
    assert source is None and target == "فلاديمير بوتين"


def test_a_bare_title_as_the_speaker_points_back_to_the_office_holder_named_before():
    source, _ = roles("التقى الرئيس الأمريكي دونالد ترامب بالصحفيين. لكن الرئيس أضاف أنه سيكون مستعدا للانسحاب.", "AGREE")
    assert source == "دونالد ترامب"


def test_a_definite_noun_agreeing_with_the_verb_is_its_subject_so_no_earlier_actor_carries_on():
    source, _ = roles("فرقت الشرطة الفرنسية المحتجين في باريس. ودهس القطار شخصين قرب المحطة.", "ASSAULT", "دهس")
    assert source is None


def test_a_document_as_subject_still_speaks_for_the_party_named_before():
    source, _ = roles("وانتقدت الولايات المتحدة تجارب كوريا الشمالية الصاروخية. ودعت المسودة إلى فرض عقوبات جديدة.", "REQUEST")
    assert source == "الولايات المتحدة"


def test_the_talks_of_the_two_leaders_are_between_the_pair_named_before():
    source, target = roles("التقى الرئيس الروسي فلاديمير بوتين المستشارة الألمانية أنغيلا ميركل في برلين. كما تناولت "
                           "محادثات الزعيمين الصراع في أوكرانيا.", "CONSULT", "تناولت")
    assert {source, target} == {"فلاديمير بوتين", "أنجيلا ميركل"}


def test_officials_in_construct_after_the_verb_are_its_subject():
    # `مسؤولو الولاية`: a sound plural in construct keeps its nominative `و`; nothing carries on
    text = "وقال المتحدث باسم الهيئة الوطنية للأرصاد الجوية إن العاصفة تقترب. وحث مسؤولو الولاية السكان على الحذر."
    source, _ = roles(text, "REQUEST", "وحث")
    assert source is None
