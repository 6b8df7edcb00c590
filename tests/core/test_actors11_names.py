"""Eleventh session: bodies whose name joins two fields by و, a committee's field after its
adjective, a counterpart's name, foreign family names in ا, heads that open with ب."""
from etl.core.extract import extract
from actor_mentions import DAY, actors_by_surface, person_names


def test_a_ministry_with_two_fields_keeps_both_in_its_name():
    found = actors_by_surface("وقررت وزارة التربية والتعليم تأجيل الامتحانات أسبوعا.")
    assert "وزارة التربية والتعليم" in found
    assert "وزارة التربية" not in found


def test_a_second_field_after_the_la_complement_belongs_to_the_body():
    found = actors_by_surface("وقال المجلس الوطني للثقافة والفنون إن المهرجان سيقام في موعده.")
    assert "المجلس الوطني للثقافة والفنون" in found


def test_a_second_field_takes_its_adjective_and_the_nationality_after_it():
    found = actors_by_surface("واستدعت وزارة الخارجية والتعاون الدولي المغربية السفير.")
    assert "وزارة الخارجية والتعاون الدولي المغربية" in found


def test_another_actor_joined_by_wa_stays_its_own():
    found = actors_by_surface("وقالت وزارة الدفاع والجيش في بيان مشترك إن الهجوم فشل.")
    assert "وزارة الدفاع" in found
    assert "وزارة الدفاع والجيش" not in found


def test_a_committee_with_an_elative_takes_its_field():
    found = actors_by_surface("وقال رئيس اللجنة الوطنية للانتخابات إن الفرز انتهى.")
    assert any(s.endswith("اللجنة الوطنية للانتخابات") for s in found)


def test_a_counterpart_after_the_verb_is_a_person_of_his_own():
    found = actors_by_surface("واستقبل الرئيس الفرنسي نظيره البولندي أندجي دودا في قصر الإليزيه.")
    assert any(a.name_ar == "أندجي دودا" for a in found.values())
    assert not any("الرئيس الفرنسي نظيره" in s for s in found)


def test_a_foreign_family_name_in_alif_after_a_title_stays_in_the_name():
    found = actors_by_surface("وقال الرئيس الجنوب أفريقي جاكوب زوما إن الحزب سيبقى موحدا.")
    assert any(a.name_ar == "جاكوب زوما" for a in found.values())


def test_a_head_that_opens_with_ba_is_not_read_as_a_preposition():
    found = actors_by_surface("وقالت بلدية فالنسيا إن السفينة سترسو في الميناء.")
    assert not any(s.startswith("لدية") for s in found)


def test_a_verbal_noun_alone_after_a_title_is_the_object_not_a_name():
    names = person_names("وانتقد الرئيس البرازيلي انسحاب الشركات الأجنبية من السوق.")
    assert "انسحاب" not in names
    names = person_names("ورفض الوزير الكندي إجراء مفاوضات جديدة مع النقابات.")
    assert "إجراء" not in names


def test_a_foreign_given_name_that_looks_like_a_verbal_noun_still_opens_a_name():
    assert "إدغار ليفي" in person_names("وقال الباحث إدغار ليفي إن النتائج مشجعة.")


def test_an_accusative_adverb_after_a_reporting_verb_is_no_speaker():
    x = extract("t", "وتحدثت الوزيرة عن الخطة الجديدة للنقل. وأعلنت مؤخرا أن المشروع سيكتمل في الربيع.", DAY)
    assert not any(a.name_ar == "مؤخرا" for a in x.actors.values())


def test_a_family_name_named_before_still_speaks_alone():
    names = person_names("وقال المحلل مارك بيلينغسليا إن السوق متقلبة. وأضاف بيلينغسليا أن الأسعار سترتفع.")
    assert "مارك بيلينغسليا" in names


def test_several_fields_joined_by_wa_stay_in_one_name():
    found = actors_by_surface("وأعلنت وزارة الزراعة والتجارة والصناعة قيودا على الاستيراد.")
    assert "وزارة الزراعة والتجارة والصناعة" in found


def test_a_speaker_head_with_two_fields_keeps_both():
    found = actors_by_surface("وقال مركز النيل للإعلام والدراسات الاستراتيجية إن التقرير دقيق.")
    assert "مركز النيل للإعلام والدراسات الاستراتيجية" in found


def test_a_think_tank_of_relations_keeps_its_field():
    found = actors_by_surface("وحذر المعهد الإسباني للعلاقات الدولية من ركود قريب.")
    assert "المعهد الإسباني للعلاقات الدولية" in found


def test_a_state_body_keeps_its_rank_after_the_nationality():
    found = actors_by_surface("ورفضت المحكمة البرازيلية العليا الطعن في الحكم.")
    assert "المحكمة البرازيلية العليا" in found


def test_companies_in_construct_with_their_trade_are_a_collective():
    found = actors_by_surface("وطالبت شركات الطيران الحكومة بتعويضات عن الإغلاق.")
    assert "شركات الطيران" in found
    assert found["شركات الطيران"].actor_type == "organization"


def test_unnamed_bodies_of_a_trade_speak_as_unnamed_sources():
    x = extract("t", "وقالت منظمات الإغاثة إن المساعدات لم تصل بعد.", DAY)
    assert x.claims and all(c["is_anonymous"] for c in x.claims)


def test_ali_written_with_ya_after_a_given_name_is_the_fathers_name():
    assert "كريم علي" in person_names("وقال المهندس كريم علي إن الجسر سيفتتح قريبا.")
    assert "حسن علي الزبيدي" in person_names("وأكد حسن علي الزبيدي أن الانتخابات ستجرى في موعدها.")


def test_ala_written_with_alif_maqsura_stays_a_preposition():
    assert not any("على" in n for n in person_names("وحصل الطالب حسن على منحة دراسية كاملة."))


def test_a_spokesman_after_a_definite_body_named_before_is_named():
    names = person_names("وقال المتحدث باسم المنظمة جوناثان بيرك إن المساعدات تأخرت.")
    assert "جوناثان بيرك" in names
    found = actors_by_surface("وقال المتحدث باسم المنظمة جوناثان بيرك إن المساعدات تأخرت.")
    assert not any(s.startswith("المنظمة ج") for s in found)


def test_a_preposition_and_a_verbal_noun_of_taf_il_end_a_name():
    assert "سامر الخطيب" in person_names("وطالب سامر الخطيب بتعزيز الرقابة على الأسواق.")


def test_a_participle_of_naming_ends_the_name():
    names = person_names("وقتل القيادي ماجد الشمري الملقب بالذئب في الغارة.")
    assert "ماجد الشمري" in names


def test_a_quoted_label_after_an_indefinite_head_is_no_body():
    found = actors_by_surface("وتصنف الحكومة الجماعة منظمة \"متطرفة\" و\"إرهابية\" منذ سنوات.")
    assert not any("منظمة" in s for s in found)
    found = actors_by_surface("وتعتبر كييف الكتيبة منظمة \"إرهابية\" تمولها موسكو.")
    assert not any("منظمة" in s for s in found)


def test_a_quoted_name_after_a_head_is_still_a_body():
    found = actors_by_surface("وذكرت صحيفة \"كاثيميريني\" اليونانية أن الاجتماع تأجل.")
    assert any(s.startswith("صحيفة") for s in found)


def test_ali_before_a_family_nisba_is_the_given_name():
    assert "علي الشمراني" in person_names("وأوضح علي الشمراني أن المشروع سينجز في موعده.")


def test_ala_written_with_ya_before_a_verbal_noun_stays_a_preposition():
    assert not any(n.startswith("علي") for n in person_names("وفاز الفريق للمرة الرابعة علي التوالي."))


def test_kaf_and_a_word_that_ends_a_name_end_it():
    assert "سامي القحطاني" in person_names("واختير سامي القحطاني كأفضل لاعب في البطولة.")


def test_ali_as_a_family_name_does_not_make_every_ala_a_mention():
    x = extract("t", "وقال المدرب سامر محمد علي إن الفريق جاهز. وسيحصل الفريق على الدعم على الأرجح.", DAY)
    assert not any(m["surface"] == "على" for m in x.actor_mentions)


def test_a_short_family_name_after_kaf_stays():
    assert "سيباستيان كو" in person_names("وقال رئيس الاتحاد البريطاني سيباستيان كو إن الرياضة باقية.")


def test_a_post_of_two_words_after_a_name_is_no_part_of_it():
    names = person_names("وقال ريتشارد هوبكنز كبير موظفي البيت الأبيض إن الرئيس غاضب.")
    assert "ريتشارد هوبكنز" in names
    names = person_names("وقال تاكاهيرو ناكامورا كبير أمناء مجلس الوزراء إن التصريحات مؤسفة.")
    assert not any("كبير" in n for n in names)


def test_a_past_verb_before_a_given_name_is_no_part_of_the_name():
    names = person_names("هكذا أراد خليفة أن تكون الإمارة مزدهرة.")
    assert not any(n.startswith("أراد") for n in names)


def test_a_verbal_noun_of_taf_il_is_no_name_word():
    names = person_names("وطلب الرئيس من أستاذ الاقتصاد ماركو بيانكي تشكيل حكومة جديدة.")
    assert "ماركو بيانكي" in names


def test_a_broken_plural_of_people_alone_is_no_speaker():
    assert "زملاء" not in person_names("ووصفه زملاء بأنه كان هادئا ومتحفظا.")


def test_an_officials_noun_after_a_name_is_his_post():
    names = person_names("وقال حسن عبد الرحيم المسؤول الأمني المحلي إن الحصيلة ارتفعت.")
    assert "حسن عبد الرحيم" in names


def test_a_foreign_name_in_ka_keeps_its_first_letter():
    found = actors_by_surface("وتحدثت الصحف عن فضيحة كاربنتر أناليتيكس البريطانية في الانتخابات.")
    assert not any(s.startswith("اربنتر") for s in found)


def test_a_bare_kingdom_is_the_kingdom_the_article_names():
    x = extract("t", "وارتفعت صادرات المغرب من الفوسفات. وتعتزم المملكة رفع الإنتاج العام المقبل.", DAY)
    ids = {m["surface"]: m["actor_id"] for m in x.actor_mentions}
    assert ids.get("المملكة") == ids.get("المغرب")


def test_a_bare_kingdom_in_an_article_of_no_kingdom_is_no_state():
    x = extract("t", "وقالت فرنسا إن المحادثات مستمرة. وقالت المملكة إنها ستدرس العرض.", DAY)
    assert not any(m["surface"] == "المملكة" and x.actors[m["actor_id"]].actor_type == "state" for m in x.actor_mentions)


def test_the_islamic_republic_is_iran():
    found = actors_by_surface("وهددت الجمهورية الإسلامية بالرد على أي هجوم.")
    assert found["الجمهورية الإسلامية"].actor_id == "irn"


def test_a_quoted_company_name_that_opens_with_the_kingdom_is_no_state():
    x = extract("t", "وارتفعت صادرات السعودية. وأعلنت مجموعة \"المملكة للاستثمار\" أرباحها.", DAY)
    assert not any(m["surface"] == "المملكة" for m in x.actor_mentions)


def test_a_title_after_al_is_a_familys_name():
    names = person_names("ومن جديد، حدد آل الشيخ شهر أكتوبر موعدا للمؤتمر.")
    assert "شهر" not in names


def test_an_elative_before_a_comparison_is_no_family_name():
    names = person_names("وحقق اللاعب الرقم في عمر أقل من منافسه بعامين.")
    assert not any(n.endswith("أقل") for n in names)
    assert "علي أكبر ولايتي" in person_names("وقال علي أكبر ولايتي إن الاتفاق انتهى.")


def test_ismuhu_after_anna_is_the_clauses_subject_not_a_naming_word():
    assert "مدرج" not in person_names("وقال الصحفي إن السبب أن اسمه مدرج على قائمة الممنوعين.")
    assert "مارك فيليبس" in person_names("واعتقلت الشرطة رجلا اسمه مارك فيليبس.")


def test_a_youth_council_keeps_both_fields_after_its_nationality():
    found = actors_by_surface("وقال عضو المجلس الأعلى الأردني للشباب والرياضة إن البطولة ستقام.")
    assert "المجلس الأعلى الأردني للشباب والرياضة" in found


def test_an_indefinite_nationality_after_a_definite_name_is_not_its_adjective():
    found = actors_by_surface("وأكد رئيس الهيئة العامة للرياضة تركي الفيصل أن الملف قوي.")
    assert "الهيئة العامة للرياضة" in found


def test_a_ruling_partys_adjective_is_no_title():
    x = extract("t", "وقال إن أنصار الحزب الحاكم هاجموا مراكز الاقتراع.", DAY)
    assert not any(x.actors[m["actor_id"]].actor_type == "person" for m in x.actor_mentions)


def test_a_definite_body_before_a_post_holder_does_not_take_the_post_into_its_name():
    found = actors_by_surface("وحملت الحركة الرئيس الفرنسي مسؤولية الأزمة.")
    assert not any(s.startswith("الحركة الرئيس") for s in found)


def test_chaired_by_a_holder_of_a_post_is_no_presidency():
    found = actors_by_surface("وعقد مجلس الإدارة اجتماعه برئاسة الأمير فيصل بن خالد أمس.")
    assert not any(s.startswith("رئاسة") or s.startswith("برئاسة") for s in found)


def test_a_past_plural_verb_ends_a_name():
    names = person_names("وانضم إلى المدربين ماركو سيلفا ممن فازوا بالكأس مرتين.")
    assert not any(n.endswith("فازوا") for n in names)
    assert "إيتشيرو أوزاوا" in person_names("وقال إيتشيرو أوزاوا إن الحزب مستعد.")


def test_a_plural_of_people_in_construct_ends_a_name():
    assert "توماس مولر" in person_names("وتصدر توماس مولر لاعبي الفريق في التسجيل.")


def test_wa_and_a_role_noun_open_no_name():
    names = person_names("وقال مدرب الفريق، ومدرب المنتخب السابق، كارلوس بيريرا، إن المباراة صعبة.")
    assert not any(n.startswith("ومدرب") for n in names)


def test_a_french_family_name_in_wa_stays_in_the_name():
    assert "ميشال دوبوا" in person_names("وقال ميشال دوبوا إن الحكومة ستستقيل.")


def test_the_ruling_party_named_before_is_still_the_party():
    x = extract("t", "وقال حزب الوفاق إنه فاز بالانتخابات. واعتدى أعضاء في الحزب الحاكم على مراقبين.", DAY)
    assert any(m["surface"] == "الحزب الحاكم" for m in x.actor_mentions)
