"""Pattern actors' names as the article writes them, and heads that name a body only in context."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import actors_by_surface as actors, person_names

DAY = dt.date(2018, 6, 1)


def test_pattern_names_are_written_as_in_the_text_not_in_the_matching_form():
    found = actors("ورفض المسؤولون الإيرانيون أي مفاوضات مع فرنسا.")
    assert found["المسؤولون الإيرانيون"].name_ar == "المسؤولون الإيرانيون"
    found = actors("وقالت الشرطة العراقية إن المحتجين اعتدوا على المباني.")
    assert found["الشرطة العراقية"].name_ar == "الشرطة العراقية"
    found = actors("وانتقدت القيادة الإيرانية القرار الأمريكي.")
    assert found["القيادة الإيرانية"].name_ar == "القيادة الإيرانية"


def test_marks_are_dropped_from_a_written_name():
    found = actors("وقالت مصادر أمنيّة مطّلعة إن الهجوم فشل.")
    assert found["مصادر أمنيّة مطّلعة"].name_ar == "مصادر أمنية مطلعة"


def test_an_indefinite_standalone_head_names_no_body_by_itself():
    found = actors("وهاجم الجيش السوري المدينة. وأوضح أن نظام الدفاع اعترض الصواريخ.")
    assert all(not a.actor_id.endswith("-regime") for a in found.values())
    found = actors("وهاجم الجيش السوري المدينة. وقصفت قوات النظام الأحياء الشرقية.")
    assert "قوات النظام" in found


def test_a_bare_police_is_the_police_of_the_country_the_article_is_about():
    found = actors("وتظاهر مئات العراقيين في بغداد ضد الحكومة العراقية. واستخدمت الشرطة الهراوات لتفريق المحتجين.")
    assert found["الشرطة"].actor_id == "irq-police"


def test_warplanes_of_a_state_act_for_its_armed_forces():
    assert actors("وشنت مقاتلات الاحتلال سلسلة غارات على أهداف في غزة.")["مقاتلات الاحتلال"].actor_id == "isr-mil"
    assert actors("وقصفت طائرات روسية مواقع للمعارضة في إدلب.")["طائرات روسية"].actor_id == "rus-mil"
    assert not actors("ووصلت طائرات مدنية إلى المطار.")


def test_the_occupation_is_israel_unless_another_nationality_qualifies_it():
    assert actors("وقال إن الاحتلال أعدم مواطنين عزلا.")["الاحتلال"].actor_id == "isr"
    assert "الاحتلال" not in actors("وقاوم العراقيون الاحتلال الأمريكي للعراق.")
    assert "قطر" in actors("وشاركت قطر والسعودية في الاجتماع، وقالت قطر إنها ترحب.")


def test_a_government_head_before_its_leader_names_that_country_s_government():
    found = actors("وقال حيدر العبادي إن الوضع مستقر. وانتقد المحتجون حكومة العبادي.")
    assert found["حكومة العبادي"].actor_id == "irq-gov"
    found = actors("وقال سامر خليل إن الوضع مستقر. وانتقد المحتجون حكومة خليل.")
    assert "حكومة خليل" not in found, "a person of unknown country leads no known government"


def test_bare_authorities_are_those_of_the_country_the_article_is_about():
    found = actors("واعتقلت السلطات التركية القس الأمريكي في تركيا. وقالت السلطات إنه متهم.")
    assert found["السلطات"].actor_id == "tur-gov"


def test_a_remembered_family_name_before_a_verb_is_the_person_not_a_new_name():
    found = actors("وانتقد الرئيس الفلسطيني محمود عباس إسرائيل. وقالت إنّ عباس قدم اعتذاره.")
    assert found["عباس"].actor_id == "mahmoud-abbas"
    assert "عباس قدم" not in found


def test_a_name_ends_before_basim_meaning_on_behalf_of():
    assert "سامر خليل" in actors("وقال سامر خليل باسم الحركة إن الهجوم فشل.")
    assert "سامر باسم خليل" in actors("وقال سامر باسم خليل إن الهجوم فشل.")


def test_a_quoted_name_after_a_speaker_head_names_the_body_not_a_lexicon_name_inside_it():
    found = actors('وقال لشبكة "سي إن بي سي" إن الاتفاق قائم.')
    assert all(a.actor_id != "nbc" for a in found.values())
    assert any(a.name_ar == "شبكة سي إن بي سي" for a in found.values())


def test_a_known_body_takes_its_own_nationality_adjective():
    assert "شركة إيني الإيطالية" in actors("وقالت شركة إيني الإيطالية إن الإنتاج مستمر.")


def test_the_ministry_in_a_minister_s_title_is_not_a_second_actor():
    found = actors("وقال وزير الخارجية الأمريكي مايك بومبيو إن الاتفاق قائم.")
    assert [a.actor_id for a in found.values()] == ["mike-pompeo"]
    found = actors("وقالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الاتفاق قائم.")
    assert "البيت الأبيض" in found


def test_a_standalone_head_with_a_nisba_adjective_is_another_body():
    found = actors("وقالت الشرطة الاتحادية الإثيوبية إنها عثرت على الشاحنة.")
    assert "الشرطة" not in found


def test_a_state_body_named_by_a_speaker_head_and_a_nisba_adjective():
    assert "جهاز الأمن الوطني" in actors("واعتقل جهاز الأمن الوطني عشرات الأشخاص.")
    assert not actors("وزار الوفد موقع الهجوم.")
    found = actors("ونقل التلفزيون الإيراني، عن رئيس لجنة الأمن القومي علاء الدين بروجردي تأكيده سقوط طائرة.")
    assert "لجنة الأمن القومي" in found
    assert any(a.name_ar == "علاء الدين بروجردي" for a in found.values())
    x = extract("t", "ونقل التلفزيون الإيراني، عن رئيس لجنة الأمن القومي علاء الدين بروجردي قوله إن الطائرة سقطت.", DAY)
    assert all(c["source_actor_id"] != "org-ljnh-amn-qwmy" for c in x.claims), "the person speaks, not the body"


def test_definite_unnamed_media_are_a_source_and_take_their_quantifier():
    found = actors('ودعا نتانياهو وسائل الإعلام إلى "عدم الدخول في استنتاجات".')
    assert found["وسائل الإعلام"].anonymous
    assert "بعض وسائل الإعلام" in actors("وذكرت بعض وسائل الإعلام أن الاجتماع فشل.")


def test_leaders_of_several_states_leave_the_states_as_actors():
    found = actors("وقالت في بيان إن زعماء بريطانيا وفرنسا وألمانيا أجمعوا على أن الاتفاق قائم.")
    assert {"بريطانيا", "فرنسا", "ألمانيا"} <= set(found)
    assert actors("وقال قادة العراق إن الوضع مستقر.")["قادة العراق"].actor_id == "irq-leaders"


def test_actors_other_rules_build_from_the_matching_form_are_renamed_as_written():
    found = actors("وقالت رئيسة الوزراء البريطانية في بيان إن الاتفاق قائم.")
    assert found["رئيسة الوزراء البريطانية"].name_ar == "رئيسة الوزراء البريطانية"


def test_political_camps_and_regional_peoples_are_collectives_but_not_as_adjectives():
    assert actors("وانتقد الجمهوريون الرئيس أوباما.")["الجمهوريون"].actor_type == "political_party"
    assert "الجمهوريين" not in actors("والتقى النواب الجمهوريين في الكونغرس.")
    assert "اليمين المتطرف" in actors("وهاجم اليمين المتطرف الحكومة الألمانية.")


def test_a_definite_plural_source_counted_out_of_a_group_is_a_source():
    assert actors("لاسيما أن عددا من الخبراء نبهوا إلى خطر تهاوي الليرة.")["الخبراء"].anonymous


def test_a_name_ends_at_a_question_particle_and_a_source_at_a_noun_of_shape_fiala():
    assert "سعيد هل" not in actors('وتساءلت صحيفة أرمان الساخرة "سعيد هل أنت ضائع؟" فيما عنونت صحيفة شرق.')
    found = actors("فيما قدمت وسائل إعلام روسية رواية أخرى للأحداث.")
    assert "وسائل إعلام روسية" in found and not any("رواية" in s for s in found)


def test_a_feminine_adjective_does_not_describe_a_masculine_group_head():
    found = actors('وبحسب متحدث باسم شركة "آسمان" للطيران الإيرانية، لقي 66 شخصا حتفهم.')
    assert all(not a.actor_id.endswith("-airforce") for a in found.values())
    assert actors("وقصف الطيران الإسرائيلي غزة.")["الطيران الإسرائيلي"].actor_id == "isr-airforce"
    assert actors("ونقلت وسائل إعلام إيرانية عن الوزير قوله إن الطائرة سقطت.")["وسائل إعلام إيرانية"].actor_id == "irn-media"


def test_a_name_ends_at_a_ka_participle_or_a_la_outlet():
    assert "سامر خليل" in actors("وقال السفير سامر خليل كممثل للحكومة إن الهجوم فشل.")
    assert "سامر خليل" in actors("وقال القيادي في حماس سامر خليل لموقع الجزيرة إن الهجوم فشل.")
    assert "محمد كمال" in actors("وقال محمد كمال إن الهجوم فشل.")


def test_government_and_party_collectives_count_without_a_role_but_people_need_one():
    assert "الدول الغربية" in actors("وتتابع الدول الغربية التطورات في أنقرة منذ أشهر طويلة.")
    x = extract("t", "وتحدث التقرير عن أوضاع اللاجئين في المخيمات.", DAY)
    assert "refugees" not in {m["actor_id"] for m in x.actor_mentions}


def test_a_future_verb_a_participle_or_a_channel_ends_a_name():
    x = extract("t", "وقال سامي قعدان ستكون الجولة صعبة. واعتقلت الشرطة كريم عظيموف مرتكب الهجوم. "
                     "وقال يوري بتروف لبي بي سي إن الهجوم مدان.", DAY)
    people = {a.name_ar for a in x.actors.values() if a.actor_type == "person"}
    assert {"سامي قعدان", "كريم عظيموف", "يوري بتروف"} <= people
    assert not any(w in n for n in people for w in ("ستكون", "مرتكب", "لبي"))


def test_a_role_noun_after_a_speakers_name_is_no_part_of_it():
    x = extract("t", "وقالت ليندا كوبر المرشح السابق إن الحملة انتهت.", DAY)
    assert "ليندا كوبر" in {a.name_ar for a in x.actors.values() if a.actor_type == "person"}


def test_a_place_after_fi_or_a_place_word_is_no_person():
    x = extract("t", "ووقع الزلزال في بورت لويس، ثم ضرب مدينة سان لورنزو.", DAY)
    assert not [a for a in x.actors.values() if a.actor_type == "person"]


def test_a_family_name_with_the_article_is_no_preposition():
    x = extract("t", "وقال النائب فهد العلي إن الجلسة أرجئت.", DAY)
    assert "فهد العلي" in {a.name_ar for a in x.actors.values() if a.actor_type == "person"}


def test_a_name_after_a_station_or_site_head_is_no_person():
    x = extract("t", "وهبطت الطائرة في محطة جون كينيدي الجوية مساء الأحد.", DAY)
    assert not [a for a in x.actors.values() if a.actor_type == "person"]


def test_a_compound_in_abd_is_the_same_name_joined_or_spaced():
    names = person_names("وأكد العاهل الأردني الملك عبدالله الثاني أن القدس خط أحمر، "
                         "وقال الرئيس المصري عبدالفتاح السيسي إن الحوار ضروري.")
    assert {"الملك عبد الله الثاني", "عبد الفتاح السيسي"} <= names


def test_a_known_person_spelt_another_way_is_that_person():
    found = actors("واستقبل الرئيس الروسي فلادمير بوتين نظيره التركي في سوتشي.")
    assert any(a.actor_id == "vladimir-putin" for a in found.values())
    found = actors("وقال وزير الدفاع جيم ماتيس إن القوات ستبقى.")
    assert {a.actor_id for a in found.values() if a.actor_type == "person"} == {"james-mattis"}


def test_a_relative_sharing_a_known_family_name_is_someone_else():
    assert "لارا ترامب" in person_names("وقالت لارا ترامب إن العائلة متماسكة.")


def test_a_given_name_alone_later_is_the_person_named_before():
    x = extract("t", "والتقى الرئيس بزعيم كوريا الشمالية كيم جونغ أون في هانوي. وقام كيم بجولة في المصانع.",
                dt.date(2018, 6, 1))
    ids = {m["actor_id"] for m in x.actor_mentions if x.actors[m["actor_id"]].actor_type == "person"}
    assert ids == {"kim-jong-un"}


def test_a_given_name_after_a_kinship_noun_names_the_relative():
    assert "ناديا" in person_names("وأصيب الدبلوماسي ميخائيل بتروف وابنته ناديا في الحادث.")
    assert "حمزة" in person_names("واعتقلت الشرطة نجله حمزة في المطار.")


def test_a_foreign_given_name_takes_no_definite_word_as_its_family_name():
    assert "ستيفان موللر" in person_names("وقال ستيفان موللر المسؤول في الشركة إن الأرباح تراجعت.")
    assert not any("الحفل" in n for n in person_names("وحضرت زوجته ميلانيا الحفل."))
    assert "هنري الثامن" in person_names("وتزوج الملك هنري الثامن من وصيفة الملكة.")
    assert "محمد العلي" in person_names("وقال محمد العلي إن القرار خاطئ.")


def test_a_rank_word_before_the_patronymic_link_opens_a_name_after_a_title():
    from actor_mentions import person_names
    assert "سلطان بن راشد" in person_names("وقال الشيخ سلطان بن راشد إن الوفد سيصل غدا.")
    assert any(n.replace("_", " ") == "سلطان بن راشد" for n in person_names("واستقبل الوزير #سلطان_بن_راشد الوفد."))
