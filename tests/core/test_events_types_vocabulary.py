"""General PLOVER vocabulary added for held-out recall: denials (REJECT), phone calls (CONSULT),
warnings (THREATEN) and terms of blame (ACCUSE), on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_denying_a_report_is_reject():
    assert "REJECT" in types("وأنكر المتحدث باسم الحزب أي صلة له بالصفقة المثيرة للجدل.")
    assert "REJECT" in types("وتنكر الحكومة وجود سجون سرية في البلاد.")
    assert "REJECT" in types("ودحضت الوزارة الرواية التي نشرتها الصحيفة.")


def test_the_formula_of_a_groundless_report_is_reject():
    assert "REJECT" in types("وقال المتحدث إن هذه الاتهامات لا أساس لها من الصحة.")
    assert "REJECT" in types("وأكدت الشركة أن الأنباء عن إفلاسها عارية عن الصحة.")


def test_a_phone_call_is_consult():
    assert "CONSULT" in types("وهاتف الرئيس نظيره التونسي لبحث التعاون بين البلدين.")
    assert "CONSULT" in types("وبحث الوزير هاتفيا مع نظيره المغربي ملف الهجرة.")
    # the noun: a telephone, no call
    assert "CONSULT" not in types("وصادرت الشرطة هاتف المشتبه به.")


def test_a_warning_by_past_verb_after_wa_is_threaten_and_caution_is_no_event():
    assert "THREATEN" in types("وحذر وزير الدفاع الجماعات المسلحة من الاقتراب من الحدود.")
    assert types("وتعاملت الحكومة بحذر مع المطالب الجديدة.") == []
    # a warning of a danger stays a criticism, as before
    found = types("وحذر الوزير من خطورة التصعيد في المنطقة.")
    assert "ACCUSE" in found and "THREATEN" not in found


def test_calling_an_attack_terrorist_or_cowardly_is_accuse():
    assert "ACCUSE" in types("ووصف الرئيس التفجير بأنه عمل إرهابي جبان.")
    assert "ACCUSE" in types("واعتبرت الوزارة الاعتداء على القافلة عملا إجراميا.")


def test_an_obligation_laid_on_another_party_is_request():
    assert "REQUEST" in types("وقال الوزير إن عليها أن تتحمل نتائج قراراتها.")
    assert "REQUEST" in types("وأضاف المتحدث أن الحكومة عليها أن تفرج عن المعتقلين فورا.")


def test_words_that_drew_anger_are_accuse():
    assert "ACCUSE" in types("وأثارت تصريحات الوزير غضب أحزاب المعارضة.")
    assert "ACCUSE" not in types("وأثار الفيلم إعجاب النقاد في المهرجان.")


def test_a_meeting_expected_or_scheduled_is_agree():
    for text in ("ومن المتوقع أن يلتقي الرئيس نظيره الروسي في موسكو.",
                 "ومن المنتظر أن يجتمع وزراء الخارجية في جنيف.",
                 "على أن يلتقي الوفدان في القاهرة لاحقا.",
                 "وسيبحث الاجتماع المقرر عقده في جنيف الأزمة السورية."):
        found = types(text)
        assert "AGREE" in found and "CONSULT" not in found, text
    # a meeting held stays CONSULT, also when `على أن` opens what was said of it
    assert "CONSULT" in types("وأكد الوزير على أن اللقاء مع نظيره كان مثمرا.")


def test_ratifying_sponsoring_talks_concluding_a_deal_and_mocking():
    assert "AGREE" in types("وصادق البرلمان على الاتفاقية التجارية مع الجارة الجنوبية.")
    assert "CONSULT" in types("ورعت الأمم المتحدة منذ العام الماضي محادثات بين الطرفين.")
    assert "AGREE" in types("وعقدت الحكومة صفقة مع الشركة الروسية لشراء القمح.")
    assert "ACCUSE" in types("وسخرت الوزيرة من تصريحات نظيرها حول الأزمة.")


def test_commitments_acceptances_understandings_and_joint_decisions_are_agree():
    assert "AGREE" in types("وجدد الوزير التزام بلاده بالاتفاق الموقع مع الجيران.")
    assert "AGREE" in types("وقبلت الحكومة المقترح الأممي لوقف القتال.")
    assert "AGREE" in types("وأسفر الاجتماع عن تفاهمات حول ترسيم الحدود.")
    assert "AGREE" in types("وقرر الجانبان خلال اللقاء تشكيل لجنة مشتركة.")
    # the compliance of another party, confirmed by an inspector, is no pledge
    assert "AGREE" not in types("وتؤكد الوكالة في تقاريرها امتثال طهران لبنود الاتفاق.")
    # a misunderstanding is no understanding reached
    assert "AGREE" not in types("ووقع سوء تفاهم بين اللاعبين خلال التدريب.")


def test_more_plover_acts_by_their_common_newswire_verbs():
    assert "SANCTION" in types("وأدرجت وزارة الخزانة الشركة على القائمة السوداء.")
    assert "ASSAULT" in types("واغتيل القيادي في الحركة أمام منزله أمس.")
    assert "MOBILIZE" in types("واستدعى الجيش قوات الاحتياط بعد التوتر على الحدود.")
    assert "RETREAT" in types("وسلم عشرات المسلحين أنفسهم للجيش في الجنوب.")
    assert "SUPPORT" in types("ودافع الوزير عن قرار حكومته أمام البرلمان.")
    assert "REJECT" in types("وتحدت الحكومة قرارات المحكمة الدولية.")
    assert "ACCUSE" in types("وقدمت الحكومة شكوى إلى مجلس الأمن ضد جارتها.")
    assert "CONCEDE" in types("وعفا الملك عن مئات السجناء بمناسبة العيد.")
    assert "CONCEDE" in types("وخففت الحكومة القيود على السفر إلى الخارج.")
    # the noun `تحدي` (a challenge) is no act
    assert types("ويواجه البلد تحديات اقتصادية كبيرة هذا العام.") == []


def test_calling_accusations_false_is_reject_and_calling_a_decision_provocative_stays_accuse():
    assert "REJECT" in types("ووصفت وزارة الخارجية الاتهامات بأنها باطلة.")
    assert "REJECT" in types("واعتبر المتحدث هذه المزاعم كاذبة.")
    found = types("ووصف الوزير القرار بأنه استفزازي.")
    assert "ACCUSE" in found and "REJECT" not in found


def test_sending_armour_columns_and_reinforcing_positions_are_mobilize():
    assert "MOBILIZE" in types("وأرسل الجيش دبابات إلى الحدود الشمالية.")
    assert "MOBILIZE" in types("ووصلت أرتال عسكرية إلى ريف المدينة.")
    assert "MOBILIZE" in types("وعززت القوات مواقعها على أطراف البلدة.")
    assert "MOBILIZE" in types("وتواصل القوات حشد عناصرها على أطراف المدينة.")
    # money paid is no deployment
    assert types("ودفعت الحكومة تعويضات لعائلات الضحايا.") == []


def test_an_assault_prepared_for_is_no_assault():
    found = types("ودفع الجيش بمزيد من القوات إلى المنطقة استعدادا لاقتحامها.")
    assert "MOBILIZE" in found and "ASSAULT" not in found


def test_prisoner_exchanges_arms_deals_and_handing_over_weapons():
    assert "RETREAT" in types("وتبادل الطرفان الأسرى بوساطة قطرية.")
    assert "COOPERATE" in types("وباعت الولايات المتحدة أسلحة متطورة للحكومة.")
    assert "AID" in types("وسلمت روسيا منظومة صواريخ إلى حليفتها.")
    # fighters handing over their own or heavy weapons surrender them
    found = types("وسلم المسلحون أسلحتهم الثقيلة للجيش.")
    assert "RETREAT" in found and "AID" not in found


def test_two_parties_condemning_criticising_or_praising_in_the_dual():
    assert "ACCUSE" in types("والتقى الرئيسان في القاهرة، وأدانا الهجوم على السفارة.")
    assert "ACCUSE" in types("واجتمع الوزيران أمس وانتقدا السياسة التجارية الأمريكية.")
    assert "SUPPORT" in types("واجتمع الزعيمان وأشادا بمستوى التعاون بين البلدين.")


def test_defending_oneself_is_no_support():
    assert types("وأكد الوزير أن بلاده ستدافع عن نفسها بكل الوسائل.") == []
    assert "SUPPORT" not in types("ودافع المتهم عن نفسه أمام المحكمة.")


def test_lifting_sanctions_backing_down_and_allowing_aid_in():
    assert "RETREAT" in types("ورفعت واشنطن العقوبات عن الشركة الصينية.")
    assert "RETREAT" in types("ورفعت الحكومة حالة الطوارئ في العاصمة.")
    assert "CONCEDE" in types("وتراجعت الحكومة عن قرار رفع أسعار الوقود.")
    assert "RETREAT" in types("وسمحت السلطات بإدخال الوقود إلى المدينة المحاصرة.")
    # prices falling are no retreat of a party
    assert types("وتراجعت أسعار النفط في الأسواق أمس.") == []


def test_voicing_support_or_standing_by_a_party_is_support():
    assert "SUPPORT" in types("وأعرب الرئيس خلال اللقاء عن دعم بلاده للحكومة الشرعية.")
    assert "SUPPORT" in types("وشدد الوزير على دعم بلاده لوحدة العراق.")
    assert "SUPPORT" in types("وأكد الرئيس أن بلاده تقف إلى جانب لبنان.")
    # `عبر` is also `through`
    assert "SUPPORT" not in types("وتسعى الحكومة إلى خفض البطالة عبر دعم المشاريع الصغيرة.")


def test_sharing_intelligence_joint_operations_joining_alliances_and_restoring_relations():
    assert "COOPERATE" in types("وتبادل البلدان المعلومات الاستخباراتية حول الخلية.")
    assert "COOPERATE" in types("وبدأت القوات عملية مشتركة في المنطقة الحدودية.")
    assert "COOPERATE" in types("وانضمت الدولة إلى التحالف الدولي ضد التنظيم.")
    assert "SUPPORT" in types("واستأنف البلدان العلاقات الدبلوماسية بعد قطيعة طويلة.")
    # a player joining a club is no cooperation between parties
    assert types("وانضم اللاعب إلى النادي الإسباني الصيف الماضي.") == []


def test_newswire_idioms_of_threat_are_threaten():
    for text in ("وقال الوزير إن العدو سيدفع ثمنا باهظا.",
                 "وقال إن الجيش سيضرب بيد من حديد كل من يهدد الأمن.",
                 "وقال المتحدث إن كل الخيارات مطروحة للرد.",
                 "وأكد أن بلاده لن تقف مكتوفة الأيدي أمام الاعتداءات."):
        found = [e for e in extract("t", text, DAY).events if e["event_type"] == "THREATEN"]
        assert found and not found[0]["negated"], text
    # a heavy price paid is a past loss, no threat
    assert "THREATEN" not in types("ودفع المدنيون ثمنا باهظا للحرب.")


def test_ruling_out_ignoring_holding_firm_and_not_answering_are_reject():
    assert "REJECT" in types("واستبعد الوزير إجراء محادثات مع المعارضة.")
    assert "REJECT" in types("وتجاهلت الحكومة مطالب المحتجين.")
    assert "REJECT" in types("وتمسكت الحكومة بموقفها من الخطة.")
    assert "REJECT" in types("وأغلق الرئيس الباب أمام أي تسوية.")
    assert "REJECT" in types("ولم تستجب الحكومة لمطالب المعارضة.")
    # a forecast that something will not happen is no rejection
    assert "REJECT" not in types("واستبعد المحللون أن تنجح المفاوضات.")


def test_guests_tours_and_hosted_rounds_of_talks_are_consult():
    assert "CONSULT" in types("وحل الرئيس ضيفا على العاهل الأردني أمس.")
    assert "CONSULT" in types("وبدأ الوزير جولة إقليمية تشمل ثلاث دول.")
    assert "CONSULT" in types("واستضافت القاهرة جولة جديدة من المحادثات بين الطرفين.")
    # `يحل` also solves
    assert types("وتحل الحكومة مشاكل الكهرباء تدريجيا.") == []


def test_stopping_aid_or_cooperation_is_sanction_and_no_act_of_aid():
    for text in ("وعلقت واشنطن المساعدات العسكرية للحكومة.",
                 "وأوقفت الحكومة المساعدات المقدمة للمنظمة.",
                 "وقلصت الولايات المتحدة مساعداتها للوكالة.",
                 "وأعلنت الحكومة وقف التعاون الأمني مع جارتها."):
        found = types(text)
        assert "SANCTION" in found and "AID" not in found and "COOPERATE" not in found, text
    # aid given stays AID
    assert "AID" in types("وقدمت واشنطن مساعدات عسكرية للحكومة.")


def test_downgrading_diplomatic_representation_is_sanction():
    assert "SANCTION" in types("وخفضت الحكومة مستوى التمثيل الدبلوماسي مع جارتها.")
    assert types("وخفضت الحكومة الضرائب على الوقود.") == []


def test_closing_a_crossing_border_or_airspace_is_coerce():
    assert "COERCE" in types("وأغلقت القوات المعبر الوحيد مع القطاع.")
    assert "COERCE" in types("وأغلقت الدولة مجالها الجوي أمام طائرات جارتها.")
    assert types("وأغلقت الأسواق أبوابها مساء.") == []


def test_a_person_travelling_to_a_foreign_state_is_a_visit():
    assert "CONSULT" in types("وتوجه وزير الخارجية الإيراني محمد جواد ظريف إلى أنقرة أمس.")
    assert "CONSULT" in types("ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر مساء الأحد.")
    # a figure reaching a number, a leader going home, goods arriving: no visit
    assert "CONSULT" not in types("ووصل عدد القتلى إلى خمسين.")
    assert "CONSULT" not in types("ووصل الرئيس السوري بشار الأسد إلى دمشق.")
    assert "CONSULT" not in types("ووصلت المساعدات إلى سوريا أمس.")


def test_a_raid_by_aircraft_is_assault_and_a_change_is_not():
    assert "ASSAULT" in types("وأغارت طائرات حربية فجر اليوم على مواقع للمسلحين شمال البلاد.")
    assert "ASSAULT" in types("وأغاروا على قافلة للإمدادات قرب الحدود.")
    # the present `يغير` is also `يغيّر` (changes): only the past forms are listed
    assert "ASSAULT" not in types("ويغير الوزير موقفه من الاتفاق كل أسبوع.")
