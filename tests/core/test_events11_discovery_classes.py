"""Classes of missed triggers from a second sample of corpus articles: beheadings, refusals to
recognise, tariffs announced, drills suspended, waves of arrests, candidates barred (sentences
written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_beheading_is_an_assault_an_idiom_of_heads_is_not():
    assert types("وقال مسؤول إن مسلحين قطعوا رؤوس ثلاثة رهائن في الإقليم.") == ["ASSAULT"]
    assert "ASSAULT" not in types("وقطعت الشركة رأس المال عن المشروع.")


def test_refusing_to_recognise_is_a_rejection():
    assert types("وأعلنت الولايات المتحدة عدم الاعتراف بنتائج الانتخابات.") == ["REJECT"]
    assert types("وقال إن بلاده لن تعترف بنتائج الانتخابات.") == ["REJECT"]


def test_a_tariff_or_like_measures_announced_for_the_future_threaten():
    assert types("وقال إنه سيفرض ضريبة على واردات الصلب.") == ["THREATEN"]
    assert types("وردت كندا بأنها ستفرض إجراءات مماثلة.") == ["THREATEN"]


def test_drills_suspended_are_a_retreat_not_a_mobilisation():
    assert types("وعلق وزير الدفاع التمرينات المشتركة إلى أجل غير مسمى.") == ["RETREAT"]
    assert types("وأعلن البيت الأبيض وقف التدريبات العسكرية مع الحليف.") == ["RETREAT"]
    assert types("وأجرى الجيش مناورات عسكرية واسعة.") == ["MOBILIZE"]


def test_a_wave_of_arrests_is_coerce():
    assert types("وشنت الميليشيات حملة اعتقالات في المدينة.") == ["COERCE"]


def test_a_candidate_barred_from_running_is_coerce():
    assert types("وتم منع الرئيس السابق من الترشح للرئاسة.") == ["COERCE"]


def test_talks_that_took_place_are_consult_an_election_is_not():
    assert types("وجرت جولة رابعة من المفاوضات حول هذا النزاع في العاصمة.") == ["CONSULT"]
    assert types("وجرت الانتخابات في أجواء هادئة.") == []


def test_charges_brought_with_the_accused_between_accuse():
    assert types("ووجه المدعي العام إلى الوزير السابق 12 اتهاما.") == ["ACCUSE"]


def test_air_cover_backing_an_offensive_is_its_setting_not_an_event():
    assert types("وواصلت القوات هجومها بإسناد من مقاتلات التحالف.") == ["ASSAULT"]


def test_forces_advancing_on_a_place_assault_progress_toward_a_deal_does_not():
    assert types("قوات الجيش تتقدم باتجاه مديرية الحشوة") == ["ASSAULT"]
    assert "ASSAULT" not in types("وتقدمت المفاوضات نحو اتفاق نهائي.")


def test_form_three_passives_name_the_act():
    assert types("كما صودرت مئات الحقائب من منزل الوزير السابق.") == ["COERCE"]
    assert types("وهوجم الموكب أثناء مروره في الطريق.") == ["ASSAULT"]


def test_two_threatening_is_a_threat():
    assert "THREATEN" in types("وقال إن محققين يهددان الطفلة بالسجن.")


def test_withdrawing_from_an_agreement_named_before_by_its_pronoun_is_a_sanction():
    assert "SANCTION" in types("وشددت المستشارة على ضرورة الحفاظ على الاتفاق النووي رغم انسحاب الولايات المتحدة منه مؤخرا.")


def test_rescue_promised_is_an_intent_to_help():
    assert types("وقال إن إيطاليا ستنقذ المهاجرين مرة أخرى.") == ["AGREE"]


def test_ridicule_is_criticism():
    assert "ACCUSE" in types("سخرية واحتجاج على قرار المحكمة")


def test_an_intended_meeting_is_agree_and_the_call_it_was_announced_in_consult():
    assert types("وأكد الرئيس اعتزامه لقاء الزعيم الكوري بنهاية مايو خلال محادثة هاتفية جرت الجمعة "
                 "مع نظيره الجنوبي.") == ["AGREE", "CONSULT"]


def test_a_place_taken_by_forces_named_before_its_pronoun_is_an_assault():
    assert types("وهي المدينة التي سيطرت عليها القوات الحكومية الشهر الماضي.") == ["ASSAULT"]
    assert "ASSAULT" not in types("والمناطق التي تسيطر عليها المعارضة واسعة.")


def test_talks_sought_or_wished_for_are_an_intent_to_meet_talks_as_a_purpose_are_none():
    assert types("وقالت سول إنها تسعى لإجراء محادثات رفيعة المستوى مع الجانبين هذا الشهر.") == ["AGREE"]
    assert types("وعبر رئيس الوزراء عن رغبته في إجراء محادثات مع الجانب الكوري.") == ["AGREE"]
    assert "CONSULT" not in types("وحدد الوزير ثلاثة شروط لإجراء محادثات مع إيران.")


def test_convicted_with_a_charge_is_a_sanction_i_condemn_is_not():
    assert types("وكان المدعي العام السابق قد أدين في قضية فساد.") == ["SANCTION"]
    assert "SANCTION" not in types("وأدين بشدة هذا الهجوم الإرهابي.")


def test_blame_stabbing_bans_and_blocked_sites():
    assert types("ولامت الحكومة المعارضة على الفوضى.") == ["ACCUSE"]
    assert types("وقال إنه لا يعرف لمن يصوت.") == []
    assert types("كما أذابت صورة لأمها الثكلى قلوب الآلاف.") == []
    assert types("وطعن رجل ثلاثة أشخاص بسكين في محطة القطار.") == ["ASSAULT"]
    assert types("وطعن المحامي في الحكم أمام المحكمة العليا.") == []
    assert types("وحظرت الحكومة سفر المسؤولين السابقين.") == ["COERCE"]
    assert types("وحجبت السلطات مواقع التواصل الاجتماعي.") == ["COERCE"]
    assert types("وصوت البرلمان على حجب الثقة عن الحكومة.") == []


def test_questions_directed_are_no_charge_brought():
    events = extract("t", "وقال الرئيس إن الأسئلة التي يريد المحقق توجيهها له في إطار تحقيقه في اتهامات التدخل كثيرة.",
                     DAY).events
    assert [e["trigger"] for e in events if e["event_mode"] == "allege"] == []


def test_a_call_held_forces_withdrawn_and_a_place_occupied():
    assert types("وأجرى الرئيس اتصالا بنظيره الروسي.") == ["CONSULT"]
    assert types("وسحبت روسيا قواتها من سوريا.") == ["RETREAT"]
    assert types("واحتلت القوات مبنى البلدية.") == ["ASSAULT"]
    assert types("واحتل المنتخب المركز الأول في المجموعة.") == []


def test_thousands_fleeing_a_place_is_forced_flight_a_suspect_fleeing_is_not():
    assert types("وتبدو المدينة شبه خالية بعد أن فر منها أكثر من 250 ألف مدني.") == ["SANCTION"]
    assert types("وفر المتهم من السجن قبل أسبوع.") == []


def test_the_verb_of_rape_beside_its_masdar():
    assert types("وبعد العرض أجبرت الناشطات على ركوب سيارة واغتصبن في منطقة معزولة.") == ["ASSAULT"]
