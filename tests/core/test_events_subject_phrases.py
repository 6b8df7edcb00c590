"""Roles from the subject phrase of a clause and from who tells the news, on sentences written for these tests."""
from event_roles import roles


def test_a_title_owned_by_a_body_names_the_person_after_it_as_the_doer():
    source, target = roles("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى ضبط النفس.", "REQUEST")
    assert source == "أنطونيو غوتيريش" and target == "إسرائيل"


def test_a_spokesperson_named_in_apposition_is_the_doer_not_the_body_he_speaks_for():
    source, target = roles("ونفى المتحدث باسم الجيش الأمريكي، جون سميث، الاتهامات.", "REJECT")
    assert source == "جون سميث" and target is None


def test_an_unnamed_official_acts_for_the_body_that_owns_the_title():
    source, target = roles("وانتقد مسؤول في وزارة الخارجية الروسية الحكومة البريطانية.", "ACCUSE")
    assert "الخارجية الروسية" in source and target == "الحكومة البريطانية"


def test_a_title_in_construct_owns_the_state_after_it():
    source, target = roles("وانتقد رئيس وزراء كندا الرسوم التي فرضتها الحكومة الأمريكية.", "ACCUSE")
    assert source == "كندا"


def test_who_tells_the_news_is_no_party_of_it():
    source, target = roles("وقصفت الطائرات الإسرائيلية مواقع لحركة حماس، بحسب تقرير لوكالة رويترز.", "ASSAULT")
    assert "رويترز" not in (source or "") and "رويترز" not in (target or "")
    source, target = roles("وانتقدت الحكومة الفرنسية، وفقا لوكالة الأنباء الرسمية، القرار الأمريكي.", "ACCUSE")
    assert source == "الحكومة الفرنسية" and "الأنباء" not in (target or "")


def test_a_feminine_verb_before_a_mans_title_has_that_man_as_its_object():
    text = "وصلت رئيسة الوزراء البريطانية إلى عمان. واستقبلت وزير الخارجية الأردني أيمن الصفدي في مقر إقامتها."
    source, target = roles(text, "CONSULT")
    assert source != "أيمن الصفدي"


def test_forces_owned_by_a_pronoun_in_reported_words_are_the_speakers():
    source, target = roles("وقالت إسرائيل إن طائراتها قصفت مواقع لحركة حماس.", "ASSAULT")
    assert source == "إسرائيل" and target == "حركة حماس"
    source, _ = roles("وأعلن الجيش الأمريكي أن قواته قتلت مسلحا في العاصمة.", "ASSAULT")
    assert source == "الجيش الأمريكي"


def test_we_in_words_added_by_a_dropped_subject_is_the_one_who_spoke_before():
    text = ("قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل نفذت هجوما على أهداف في سوريا. "
            "وأضاف: \"لن نسمح لإيران بالبقاء في سوريا\".")
    source, target = roles(text, "THREATEN")
    assert source == "بنيامين نتنياهو" and target == "إيران"


def test_a_call_with_a_dropped_subject_goes_on_with_the_body_that_spoke_before():
    text = ("وذكرت منظمة العفو الدولية أن مئات المهاجرين غرقوا في البحر. "
            "ودعت إلى تحرك عاجل من الاتحاد الأوروبي.")
    source, _ = roles(text, "REQUEST")
    assert source == "منظمة العفو الدولية"


def test_a_crowd_counted_with_a_partitive_min_is_the_subject_of_the_verb_after_it():
    text = "وفرقت الشرطة بالقوة العديد من المحتجين تجمعوا أمام مقر البرلمان."
    source, _ = roles(text, "PROTEST")
    assert source is not None and "المحتج" in source


def test_his_meeting_in_a_sentence_with_a_dropped_speaker_is_the_speakers_and_not_the_reported_partys():
    text = ("واتهم وزير الخارجية الفرنسي جان إيف لودريان روسيا بعرقلة الحل في سوريا. "
            "وقال في ختام لقائه بها، في إشارة إلى المستشارة الألمانية أنغيلا ميركل، إن إيران تريد التوسع في المنطقة.")
    source, target = roles(text, "CONSULT")
    assert source == "جان إيف لودريان" and target != "إيران"


def test_a_participle_of_saying_goes_on_with_the_subject_of_the_verb_before_it():
    text = "قالت المستشارة الألمانية أنغيلا ميركل إنه من المهم تجنب كارثة في سوريا، مضيفة إنها ناقشت مع بوتين الأزمة."
    source, target = roles(text, "CONSULT")
    assert "ميركل" in source and "بوتين" in target


def test_min_after_a_noun_of_an_act_names_where_the_act_comes_from():
    source, _ = roles("وجاء القرار بعد انتقادات شديدة من الاتحاد الأوروبي.", "ACCUSE")
    assert source == "الاتحاد الأوروبي"
    source, _ = roles("ووصل الوفد إلى القاهرة بدعوة من الحكومة المصرية.", "REQUEST")
    assert source == "الحكومة المصرية"


def test_min_after_a_verb_a_count_or_a_withdrawal_names_no_doer():
    source, target = roles("وطلب الرئيس الفرنسي إيمانويل ماكرون من الحكومة الإيطالية استقبال السفينة.", "REQUEST")
    assert "ماكرون" in source and target == "الحكومة الإيطالية"
    source, _ = roles("وأعلن الجيش الأمريكي قتل العشرات من المسلحين في غارة.", "ASSAULT")
    assert source != "المسلحين"
    source, _ = roles("ورحبت الحكومة الأفغانية بانسحاب القوات من حلف شمال الأطلسي.", "RETREAT")
    assert source != "حلف شمال الأطلسي"


def test_a_verb_past_a_comma_with_its_subject_dropped_goes_on_with_the_sentences_subject():
    text = "وكانت الحكومة اليمنية قد استقبلت المبعوث الأممي مارتن غريفيث في عدن، قبل أن تطالب بتدخل دولي لحماية المدنيين."
    source, _ = roles(text, "REQUEST")
    assert source == "الحكومة اليمنية"


def test_a_possessed_noun_of_force_with_an_agent_phrase_names_its_owner_as_the_target():
    text = "وقالت الوزارة إن المسعفة رزان النجار فارقت الحياة في المستشفى بعد استهدافها من قبل الجيش الإسرائيلي."
    source, target = roles(text, "ASSAULT")
    assert source == "الجيش الإسرائيلي" and target is not None and "رزان" in target


def test_bullets_as_the_trigger_name_the_shooter_after_them_and_the_one_shot_before():
    source, target = roles("وأعلنت وزارة الصحة أن الصحفي ياسر مرتجى أصيب برصاص الجيش الإسرائيلي.", "ASSAULT")
    assert source == "الجيش الإسرائيلي" and target is not None and "مرتجى" in target


def test_an_object_pronoun_on_a_past_verb_after_its_subject_stands_for_the_party_named_before():
    text = ("واعتذر الرئيس الفلسطيني محمود عباس عن كلمته خلال اجتماع للمجلس الوطني الفلسطيني، "
            "وكانت الولايات المتحدة دعته إلى الاعتذار.")
    source, target = roles(text, "REQUEST")
    assert source == "الولايات المتحدة" and target == "محمود عباس"


def test_the_party_that_claimed_an_attack_is_its_source():
    source, _ = roles("وأدانت الحكومة الأفغانية الهجوم الانتحاري الذي تبنته حركة طالبان على موكب عسكري.", "ASSAULT")
    assert source == "حركة طالبان"


def test_a_verb_carrying_its_object_takes_no_later_party_as_object():
    text = ("اعتقلت الشرطة الأمريكية الناشطة الروسية ماريا بوتينا. "
            "وتتهمها السلطات الأمريكية بالتسلل إلى منظمات سياسية في واشنطن.")
    source, target = roles(text, "ACCUSE")
    assert "الأمريكية" in source and target is not None and "ماريا" in target


def test_a_promise_made_in_a_relative_clause_is_its_makers_to_the_one_named_after():
    text = "وانتقد الرئيس التركي رجب طيب أردوغان الوعود التي قطعتها الإدارة الأميركية لتركيا دون تنفيذ."
    source, target = roles(text, "AGREE")
    assert "الأمريكية" in source or "الأميركية" in source
    assert target == "تركيا"


def test_his_country_in_the_words_of_an_official_is_the_state_he_speaks_for():
    text = ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى موسكو لإجراء محادثات حول إيران. "
            "وقال ظريف إن بلاده ترفض أي تفاوض جديد حول الاتفاق.")
    source, _ = roles(text, "REJECT")
    assert source == "إيران"


def test_a_medium_told_the_words_is_no_party_of_the_act():
    source, target = roles("وانتقد وزير الخارجية الروسي سيرغي لافروف في تصريح لقناة الجزيرة العقوبات الغربية.", "ACCUSE")
    assert source == "سيرغي لافروف" and "الجزيرة" not in (target or "")


def test_the_nation_of_the_thing_criticised_is_the_target():
    text = "فرضت الولايات المتحدة عقوبات جديدة على روسيا. وانتقد وزير الخارجية الروسي سيرغي لافروف العقوبات الأمريكية."
    source, target = roles(text, "ACCUSE")
    assert source == "سيرغي لافروف" and target == "الولايات المتحدة"


def test_a_masculine_object_pronoun_does_not_stand_for_a_state():
    text = "ويعيش الداعية فتح الله غولن في الولايات المتحدة منذ سنوات، وتتهمه تركيا بتدبير محاولة الانقلاب."
    assert roles(text, "ACCUSE") == ("تركيا", "فتح الله غولن")


def test_the_speaker_named_in_apposition_to_a_title_goes_on_in_the_next_sentence():
    text = "وقال مستشار الكرملين، يوري أوشاكوف، للصحفيين إن المحادثات كانت بناءة. واقترح عقد لقاء في واشنطن."
    source, _ = roles(text, "REQUEST")
    assert source == "يوري أوشاكوف"


def test_the_one_who_tells_is_a_party_only_of_the_act_told_after_the_cue():
    text = "والمعروف أن المجر ترفض تقاسم عبء المهاجرين، حسب ما تطالب المستشارة الألمانية أنغيلا ميركل."
    assert roles(text, "REJECT") == ("المجر", None)
    assert "ميركل" in roles(text, "REQUEST")[0]


def test_her_words_after_a_mans_participle_are_about_her_not_him():
    text = "ووصف الرئيس الأميركي دونالد ترامب تركيا بأنها مشكلة، مبينا أنها فبركت تهمة تجسس مزيفة ضد القس."
    assert roles(text, "ACCUSE")[0] != "دونالد ترامب"


def test_the_person_named_after_a_title_is_the_speaker_of_the_words_that_follow():
    text = "وقال منسق الأمم المتحدة الخاص لعملية السلام، نيكولاي ملادينوف، إن تصريحات الرئيس الفلسطيني غير مقبولة."
    source, _ = roles(text, "ACCUSE")
    assert source == "نيكولاي ملادينوف"
