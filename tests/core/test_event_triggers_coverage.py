"""Trigger coverage and type choice (PLOVER manual conventions) on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 7, 10)


def types(text):
    return sorted(e["event_type"] for e in extract("t", text, DAY).events if not e["negated"])


def test_capturing_ground_with_the_subject_between_verb_and_preposition_is_assault():
    assert types("وسيطرت وحدات الجيش، صباح الثلاثاء، على ثلاث قرى في ريف المحافظة.") == ["ASSAULT"]


def test_a_verb_whose_own_first_letter_is_sin_is_no_future_threat():
    # `سيطرت` begins with the root's `س`, not the future prefix: the capture happened
    assert "THREATEN" not in types("وسيطرت الفصائل على المعبر الحدودي أمس.")
    assert types("وستحتجز السلطات الناقلة حتى انتهاء التحقيق.") == ["THREATEN"]


def test_holding_a_place_in_the_present_is_no_capture():
    assert types("وتقع المدينة في منطقة تسيطر عليها الحركة منذ سنوات، وتسيطر على مواردها.") == []


def test_summoning_an_ambassador_is_accuse_recalling_ones_own_is_sanction():
    assert types("واستدعت وزارة الخارجية الهولندية السفير الإيراني لديها.") == ["ACCUSE"]
    assert types("واستدعت البرازيل سفيرها للتشاور بعد الانتخابات.") == ["SANCTION"]


def test_arms_supplied_and_asylum_granted_are_aid():
    assert types("وزودت الحكومة الفصائل الموالية لها بأسلحة متوسطة.") == ["AID"]
    assert types("ومنحت السويد حق اللجوء لعائلة الصحفي.") == ["AID"]


def test_refugees_returning_are_retreat_a_minister_returning_is_no_event():
    assert types("وعاد نحو ألف من اللاجئين إلى قراهم في الجنوب.") == ["RETREAT"]
    assert types("وعاد الوزير إلى العاصمة مساء أمس.") == []


def test_arrest_warrant_is_threaten_and_prison_term_is_coerce_beside_the_sentence():
    assert types("وأصدر القضاء مذكرة توقيف بحق رجل الأعمال الفار.") == ["THREATEN"]
    assert types("وحكم عليه القاضي بالسجن خمس سنوات.") == ["COERCE", "SANCTION"]


def test_a_second_act_of_the_same_type_after_a_temporal_preposition_is_its_own_event():
    # entering the town and, hours before, the capture of the hills: two assaults in one clause
    assert types("وتابع السكان دخول القوات إلى البلدة بعد ساعات من السيطرة على التلال المحيطة بها.") == \
        ["ASSAULT", "ASSAULT"]
    # the same strikes named twice are one event
    assert types("وشنت الطائرات غارات جوية على مواقع المسلحين وقصفت مخازن السلاح.") == ["ASSAULT"]


def test_a_march_joined_is_protest():
    assert types("وخرج آلاف الطلاب، يوم الأحد، في مسيرة نحو مبنى الوزارة.") == ["PROTEST"]
    assert types("وأنهى المدرب مسيرة طويلة مع الفريق.") == []


def test_relations_broken_assets_frozen_are_sanction_and_a_warning_of_consequences_is_threaten():
    assert types("وقطعت الحكومة الإيرانية علاقاتها مع المغرب.") == ["SANCTION"]
    assert types("وجمدت وزارة الخزانة أصول ثلاث شركات.") == ["SANCTION"]
    assert types("وحذر رئيس الوزراء جاره الشمالي من عواقب أي خطوة.") == ["THREATEN"]


def test_barring_entry_and_objecting_are_reject_intercepting_is_not():
    assert types("ومنعت الشرطة مئات اللاجئين من عبور الجسر.") == ["REJECT"]
    assert types("واعترضت الصين على مشروع القرار الفرنسي.") == ["REJECT"]
    assert types("واعترضت الدفاعات الجوية صاروخين فوق المدينة.") == []


def test_forces_deployed_stones_thrown_and_fires_set_by_protesters():
    assert types("وانتشرت قوات الشرطة في الساحات الرئيسية.") == ["MOBILIZE"]
    assert types("وتنتشر وحدات الجيش على الحدود منذ سنوات.") == []
    assert types("ورشق شبان الدورية بالحجارة.") == ["ASSAULT"]
    assert types("وأضرم المحتجون النار في مدخل المبنى.") == ["PROTEST"]


def test_restrictions_imposed_are_coerce_and_tariffs_are_sanction():
    assert types("وفرضت الشرطة قيودا على دخول الحي القديم.") == ["COERCE"]
    assert types("وفرضت كندا تعريفات جمركية على الصلب.") == ["SANCTION"]


def test_force_wanted_or_sought_is_threaten_a_meeting_wanted_is_agree():
    assert types("وتريد الحكومة ترحيل آلاف المهاجرين غير النظاميين.") == ["THREATEN"]
    assert types("وأكد الوزير سعيه لاعتقال قادة العصابة.") == ["THREATEN"]
    assert types("ورحلت الحكومة آلاف المهاجرين غير النظاميين.") != ["THREATEN"]


def test_an_act_after_a_modal_of_obligation_is_demanded():
    assert types("وقال الوزير إنه ينبغي أن تنسحب القوات الأجنبية من البلاد.") == ["REQUEST"]
    assert types("وقال الوزير إن القوات الأجنبية انسحبت من البلاد.") == ["RETREAT"]


def test_an_act_someone_failed_to_bring_about_or_only_an_idea_is_no_event():
    assert types("وفشلت في الموافقة على مشروع القرار.") == []
    assert "AGREE" not in types("وطرحت الوساطة فكرة وقف إطلاق النار في المدينة.")
    # a failed attack is still an attack
    assert types("وفشل الهجوم على الثكنة.") == ["ASSAULT"]


def test_deaths_in_a_disaster_or_an_ill_fated_flight_are_no_assault():
    assert types("ولقي خمسون شخصا مصرعهم في زلزال ضرب الإقليم.") == []
    assert types("وأكدت الشركة مقتل ركاب الرحلة المنكوبة.") == []
    assert types("وقتل خمسون شخصا في هجوم على الإقليم.") == ["ASSAULT"]


def test_opening_fire_a_bomb_exploding_and_a_person_martyred_are_assault():
    assert types("وفتحت عناصر الشرطة النار على السيارة.") == ["ASSAULT"]
    assert types("وانفجرت عبوة ناسفة قرب سوق المدينة.") == ["ASSAULT"]
    assert types("وانفجرت الأزمة بين الحزبين.") == []
    assert types("واستشهد طفل برصاص قناص شرق المخيم.") == ["ASSAULT"]
    assert types("واستشهد الكاتب بقصيدة قديمة.") == []


def test_a_crossing_opened_with_the_authority_between_verb_and_object_is_retreat():
    assert types("وفتحت السلطات المصرية المعبر أمام العالقين.") == ["RETREAT"]


def test_a_crowd_marching_is_protest():
    assert types("وسار آلاف المتظاهرين في وسط العاصمة.") == ["PROTEST"]
    assert types("وسار العمل في المشروع ببطء.") == []


def test_supporters_mobilized_are_protest_forces_massed_are_mobilize_support_rallied_is_support():
    assert types("وحشدت الأحزاب أنصارها في الميدان الرئيسي.") == ["PROTEST"]
    assert types("وحشد الجيش قواته قرب الحدود.") == ["MOBILIZE"]
    assert types("وحشد الرئيس الدعم لخطته الاقتصادية.") == ["SUPPORT"]


def test_cooperation_in_the_future_is_agree_and_a_retreat_announced_is_concede():
    # PLOVER manual: SUPPORT, COOPERATE and AID in the future tense are AGREE; a retreat to come is CONCEDE
    assert types("وسيتعاون البلدان في مجال الطاقة.") == ["AGREE"]
    assert types("وأعلن القائد أن وحداته ستنسحب من البلدة.") == ["CONCEDE"]
    assert types("وانسحبت الوحدات من البلدة.") == ["RETREAT"]


def test_a_country_receiving_thousands_hosts_refugees_a_president_receiving_a_minister_meets():
    assert types("واستقبل لبنان عشرات الآلاف من العائلات الفارة.") == ["AID"]
    assert types("واستقبل رئيس الوزراء السفير الياباني في مكتبه.") == ["CONSULT"]


def test_seeking_to_confirm_a_killing_is_no_threat_and_should_have_is_no_demand():
    assert types("وكانت الصحف تسعى لتأكيد خبر مقتل القائد.") == ["ASSAULT"]
    assert "ASSAULT" in types("وقال الشاهد إنه كان يجب ألا يطلق الشرطي النار.")


def test_football_vocabulary_marks_sport_but_infiltration_and_bodyguards_stay_events():
    assert types("لكن حكم اللقاء ألغى الهدف بداعي التسلل.") == []
    assert types("وقتل الحارس الشخصي للوزير في هجوم.") == ["ASSAULT"]
    assert "ASSAULT" in types("وهاجم مسلحون تسللوا عبر الحدود موقعا للجيش بعد التسلل ليلا.")


def test_a_hope_that_another_party_acts_is_an_appeal():
    assert types("وقال المتحدث: نأمل أن تفرج السلطات عن المعتقلين قريبا.") == ["REQUEST"]
