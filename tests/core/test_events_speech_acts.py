"""Speech acts (accusing, rejecting, supporting, agreeing) and meetings on sentences written for
these tests: what news reports said or pledged, found the way unseen articles phrase it."""
import datetime as dt

from etl.core.extract import extract

PUBLISHED = dt.date(2018, 6, 1)


def found(text):
    x = extract("t", text, PUBLISHED)
    return [(e["event_type"], x.actors[e["source_actor_id"]].name_ar if e["source_actor_id"] else None,
             x.actors[e["target_actor_id"]].name_ar if e["target_actor_id"] else None) for e in x.events]


def types(text):
    return {t for t, _, _ in found(text)}


def test_a_year_after_an_accusing_verb_dates_the_charge_not_the_accusation():
    assert ("ACCUSE", "تركيا", None) in found("وتتهم تركيا الداعية بتدبير محاولة الانقلاب عام 2016.")
    assert "REQUEST" in types("وطالبت الحكومة العراقية تركيا بتسليم المتهمين في تفجيرات عام 2005.")
    # a year before the verb, or after an act of force, still dates the act as history
    assert "ACCUSE" not in types("وفي عام 2003 اتهمت واشنطن بغداد بامتلاك أسلحة دمار شامل.")
    assert "ASSAULT" not in types("وقصفت الطائرات الإسرائيلية المفاعل العراقي عام 1981.")


def test_a_present_tense_meeting_with_a_day_to_come_is_an_agreement_to_meet():
    assert types("ويلتقي الرئيس الفرنسي المستشارة الألمانية الأربعاء المقبل في برلين.") == {"AGREE"}
    assert "AGREE" in types("وينتقل الوزير إلى باريس حيث يلتقي الثلاثاء الرئيس الفرنسي إيمانويل ماكرون.")
    assert "CONSULT" in types("والتقى الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل الثلاثاء.")


def test_a_warning_of_a_danger_is_an_accusation_a_warning_of_consequences_a_threat():
    assert ("ACCUSE", "فلاديمير بوتين", None) in found("حذر الرئيس الروسي فلاديمير بوتين من خطورة التصعيد العسكري في سوريا.")
    assert "THREATEN" in types("وحذرت إيران الولايات المتحدة من عواقب الانسحاب من الاتفاق.")
    assert "ACCUSE" in types("ونبهت الأمم المتحدة إلى تدهور الأوضاع الإنسانية في اليمن.")


def test_refusals_said_as_inability_impossibility_or_boycott_are_reject():
    assert "REJECT" in types("وأكد المتحدث أن الحكومة لا يمكنها أن تقبل بهذه الشروط.")
    assert "REJECT" in types("وقال وزير الداخلية الألماني إن بلاده لم يعد بوسعها استقبال المزيد من اللاجئين.")
    assert ("REJECT", "إيران", None) in found("وأكدت طهران استحالة تعديل الاتفاق النووي.")
    assert "REJECT" in types("وقال الرئيس الإيراني إن برنامج بلاده الصاروخي غير قابل للتفاوض.")
    assert "REJECT" in types("وأكدت الحكومة عدم قبولها بأي حلول مفروضة.")
    assert ("REJECT", "السلطة الفلسطينية", None) in found("وأعلنت السلطة الفلسطينية مقاطعتها للمؤتمر.")
    assert "REJECT" in types("وقالت المعارضة إنها ستقاطع المحادثات.")
    assert types("وقاطعت المعارضة الانتخابات البرلمانية.") == {"PROTEST"}  # a boycotted vote is a protest


def test_support_praise_and_shock_with_the_subject_between_verb_and_object():
    assert "SUPPORT" in types("وأكد الملك عبد الله الثاني دعم الأردن الكامل للأشقاء الفلسطينيين.")
    assert "SUPPORT" in types("وأثنى وزير الخارجية الإماراتي على الجهود الكويتية.")
    assert ("SUPPORT", "فلاديمير بوتين", "رجب طيب أردوغان") in \
        found("ويهنئ الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان بفوزه في الانتخابات.")
    assert ("ACCUSE", "منظمة العفو الدولية", None) in found("وعبرت منظمة العفو الدولية عن صدمتها من الحكم.")
    assert "ACCUSE" in types("وقال الرئيس الأمريكي إن هذه الجماعات تشكل خطرا على الولايات المتحدة.")
    assert "SUPPORT" not in types("وهنا اضطر الوزير إلى السفر.")  # `هنا` (here) is not `هنأ` (congratulated)


def test_urging_after_a_conjunction_and_a_discussion_with_the_subject_between():
    assert ("REQUEST", "الاتحاد الأوروبي", None) in found("وحث الاتحاد الأوروبي الطرفين على العودة إلى المفاوضات.")
    assert ("CONSULT", "أيمن الصفدي", "مايك بومبيو") in \
        found("وبحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الأمريكي مايك بومبيو التطورات في المنطقة.")
    assert "CONSULT" not in types("ويبحث الفريق عن ناجين تحت الأنقاض.")


def test_an_agreement_noun_after_a_light_verb_is_the_act_alone_it_names_a_thing():
    assert "AGREE" in types("وتم الاتفاق على تشكيل لجنة مشتركة بين البلدين.")
    assert "AGREE" in types("وقال المتحدث إن الاتفاق تم بوساطة قطرية.")
    assert "AGREE" not in types("وانتقدت موسكو الاتفاق النووي.")
    assert "AGREE" in types("وصادقت الحكومة على الاتفاقية.")


def test_a_ceasefire_a_readiness_to_meet_and_a_meeting_pointed_back_to_are_not_held_or_fired():
    assert "ASSAULT" not in types("ودعا الأمين العام أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.")
    assert types("وأبدى الرئيس الأمريكي استعداده للقاء الرئيس الإيراني.") == {"AGREE"}
    assert "CONSULT" not in types("ودعا نتانياهو إلى عدم التسرع في الاستنتاجات من هذا اللقاء.")
    assert "CONSULT" in types("وقال الرئيسان في مؤتمر صحفي مشترك إن المحادثات كانت مثمرة.")


def test_a_second_said_act_after_a_comma_is_its_own_event():
    said = found("ورفضت الحكومة الألمانية القرار الأمريكي، وقال المتحدث باسمها إن الاتفاق غير قابل للتفاوض.")
    assert [t for t, _, _ in said].count("REJECT") == 2
    assert [t for t, _, _ in found('ورفضت ميركل "رفضا قاطعا" تصريحات المرشد الإيراني.')].count("REJECT") == 1


def test_an_object_pronoun_on_a_present_tense_verb_names_the_party_before():
    assert ("ACCUSE", "تركيا", "فتح الله غولن") in \
        found("ويقيم الداعية فتح الله غولن في الولايات المتحدة منذ سنوات. وتتهمه تركيا بتدبير محاولة الانقلاب.")


def test_an_apology_or_withdrawal_called_for_is_the_request_only():
    said = types("وكان الرئيس الفلسطيني محمود عباس قد ألقى خطابا. وكانت الولايات المتحدة دعته إلى الاعتذار.")
    assert "REQUEST" in said and "CONCEDE" not in said


def test_an_understanding_reached_with_the_subject_between_is_agree():
    assert "AGREE" in types("وتوصل الطرفان إلى تفاهم بشأن الحدود.")


def test_an_intended_visit_after_a_conjunction_is_agree_not_a_visit():
    said = types("ويعتزم الرئيس زيارة الصين في سبتمبر.")
    assert "AGREE" in said and "CONSULT" not in said


def test_an_act_asked_for_further_on_in_the_clause_is_only_the_request():
    said = types("وطالب وزير الخارجية الأمريكي مايك بومبيو السلطات التركية بالإفراج عن القس.")
    assert "REQUEST" in said and "RETREAT" not in said
    said = types("ودعت الحكومة اليمنية الحوثيين إلى التجاوب مع الجهود الدولية والانسحاب من الحديدة.")
    assert "REQUEST" in said and "RETREAT" not in said
    assert types("ودعا الرئيس الأمريكي إلى إرسال قوات إلى الحدود.") == {"REQUEST"}


def test_leaving_an_agreement_is_sanction_unless_threatened_or_intended():
    assert ("SANCTION", "الولايات المتحدة", None) in found("وجاء ذلك بعد انسحاب الولايات المتحدة من الاتفاق النووي.")
    assert types("وهدد الرئيس الأمريكي بالانسحاب من الاتفاقية.") == {"THREATEN"}
    assert "SANCTION" not in types("وقال الوزير إن واشنطن مصممة على الانسحاب من الاتفاق.")
    assert "RETREAT" in types("وانسحبت القوات الروسية من المدينة.")


def test_a_choice_a_right_and_a_plane_leaving_are_no_retreat():
    said = types("وأردوغان يخير المسلحين الأكراد بين الخروج أو الاستسلام.")
    assert "THREATEN" in said and "RETREAT" not in said
    assert "RETREAT" not in types("وتظاهر الآلاف للمطالبة بحق العودة.")
    assert "RETREAT" not in types("وقالت الشركة إن الطائرة غادرت المطار في الثامنة صباحا.")


def test_receiving_the_wounded_briefing_journalists_and_habitual_meetings_are_no_consult():
    assert "CONSULT" not in types("واستقبلت المستشفيات عشرات الجرحى.")
    assert "CONSULT" not in types("وأكد خلال لقاء مع الصحفيين أن الحكومة ستواصل الإصلاحات.")
    assert "CONSULT" not in types("ويجتمع مجلس الوزراء كل أسبوع.")
    assert "CONSULT" in types("واستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي في القاهرة.")


def test_the_purpose_of_a_trip_names_the_one_met_and_the_one_meeting():
    assert ("CONSULT", "فلاديمير بوتين", "أنجيلا ميركل") in \
        found("وتوجه الرئيس الروسي فلاديمير بوتين إلى برلين للقاء المستشارة الألمانية أنغيلا ميركل.")
    assert ("REQUEST", "مارتن غريفيث", "جماعة الحوثي") in \
        found("وزار المبعوث الأممي مارتن غريفيث صنعاء لإقناع جماعة الحوثي بالانسحاب.")


def test_we_in_quoted_words_is_the_speaker_and_an_announced_retaliation_a_threat():
    assert ("THREATEN", "بنيامين نتنياهو", "إيران") in found(
        'وقال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إن الوضع خطير، مضيفا "لن نسمح لإيران بالتمركز في سوريا".')
    assert ("REJECT", "رجب طيب أردوغان", None) in found('وقال الرئيس التركي رجب طيب أردوغان "لن نقبل بأي شروط أمريكية".')
    assert "THREATEN" in types("وأكد وزير الخارجية الإيراني محمد جواد ظريف أن إيران سترد على أي عدوان.")


def test_verb_subject_object_order_keeps_verb_and_object_triggers():
    assert ("CONSULT", "فلاديمير بوتين", "رجب طيب أردوغان") in \
        found("وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع نظيره التركي رجب طيب أردوغان.")
    assert "ASSAULT" in types("وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية.")
    assert ("MOBILIZE", "روسيا", None) in found("ونشرت روسيا الثلاثاء قوات إضافية في سوريا.")
    assert types("ونشرت صحيفة نيويورك تايمز تقريرا عن القوات الأمريكية.") == set()
    assert types("وعلقت الولايات المتحدة رسميا المساعدات العسكرية لباكستان.") >= {"SANCTION"}
    assert types("وسيجري الرئيس الروسي محادثات مع نظيره التركي في أنقرة.") == {"AGREE"}


def test_a_visit_called_off_is_a_rejection_and_the_visit_negated():
    x = extract("t", "وألغى الرئيس الأمريكي دونالد ترامب زيارته إلى لندن.", PUBLISHED)
    by_type = {e["event_type"]: e for e in x.events}
    assert not by_type["REJECT"]["negated"] and by_type["CONSULT"]["negated"]


def test_a_detention_called_for_is_the_request_only():
    assert types("ودعت السلطات الإيطالية إلى احتجاز السفينة.") == {"REQUEST"}
