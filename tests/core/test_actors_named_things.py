"""Capitals inside the names of agreements, meetings and clubs, and other name boundaries."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import actors_by_surface as actor_types, person_names

DAY = dt.date(2018, 6, 1)


def test_a_capital_naming_an_agreement_or_a_talks_track_is_no_state():
    found = actor_types("وأعلنت واشنطن انسحابها من اتفاق باريس بشأن المناخ.")
    assert "واشنطن" in found
    assert all(a.name_ar != "فرنسا" for a in found.values())
    found = actor_types("وطالبت طهران بالعودة إلى مسار أستانا في أقرب وقت.")
    assert all(a.name_ar != "كازاخستان" for a in found.values())


def test_a_capital_in_a_club_name_is_no_state_but_the_club():
    found = actor_types("وانتقد مدرب ريال مدريد أداء اللاعبين أمس.")
    assert all(a.actor_type != "state" for a in found.values())
    assert found["ريال مدريد"].actor_type == "organization"
    found = actor_types("وأعلن نادي روما التعاقد مع مهاجم جديد.")
    assert found["نادي روما"].actor_type == "organization"


def test_the_currency_riyal_is_no_club():
    for text in ("ودفع التاجر مليون ريال سعودي ثمنا للأرض.", "وارتفع الريال القطري أمام الدولار."):
        assert not actor_types(text), text


def test_a_capital_acting_for_its_government_stays_a_state():
    found = actor_types("وأكدت روما أنها لن تسمح للسفينة بالرسو.")
    assert found["روما"].actor_type == "state"


def test_a_company_head_takes_a_foreign_name_word_as_its_name():
    found = actor_types("وتعاقدت الوزارة مع شركة زيلوترا لتوريد المعدات الطبية.")
    assert found["شركة زيلوترا"].actor_type == "organization"


def test_a_company_head_before_a_trade_noun_a_count_or_a_verb_names_no_company():
    for text in ("وتعاقدت الوزارة مع شركة حفر لتنفيذ الأعمال.",
                 "وباتت قيمة الشركة تريليون دولار بعد الصفقة.",
                 "وقال المدير إن الشركة ستصل إلى أهدافها."):
        assert not any(a.actor_id.startswith("org-") for a in actor_types(text).values()), text


def test_a_body_written_after_li_takes_back_its_article_in_its_name():
    x = extract("t", "وأكد الوزير دعم بلاده للمعارضة السورية في المفاوضات.", DAY)
    names = {x.actors[m["actor_id"]].name_ar for m in x.actor_mentions}
    assert "المعارضة السورية" in names
    x = extract("t", "ووجه الرئيس رسالة للمجلس المركزي الفلسطيني قبل اجتماعه.", DAY)
    names = {x.actors[m["actor_id"]].name_ar for m in x.actor_mentions}
    assert "المجلس المركزي الفلسطيني" in names


def test_a_foreign_particle_takes_the_family_name_after_it():
    assert "ماركو دي فيرانتي" in person_names("وقال ماركو دي فيرانتي إن المشروع سيكتمل العام المقبل.")
    assert "ماركو دا سيلفيرو" in person_names("وأكد ماركو دا سيلفيرو أن الفريق مستعد للمباراة.")


def test_the_family_name_after_a_particle_ends_the_name():
    names = person_names("وسجل ماركو دا سيلفيرو وماتيو برانكا هدفين في المباراة.")
    assert "ماركو دا سيلفيرو" in names
    assert not any("برانكا" in n and "سيلفيرو" in n for n in names)


def test_an_office_head_with_a_title_names_the_office_and_the_holder_after_it():
    found = actor_types("وقال مكتب رئيس الوزراء الكندي جاستن ترودو في بيان إن المحادثات كانت بناءة.")
    assert found["مكتب رئيس الوزراء الكندي"].actor_type == "government"
    assert any(a.actor_type == "person" and "ترودو" in a.name_ar for a in found.values())


def test_a_consulate_and_a_coast_guard_of_a_state_are_its_bodies():
    found = actor_types("وقالت القنصلية الإيطالية في الإسكندرية إن مواطنيها بخير.")
    assert found["القنصلية الإيطالية"].actor_type == "government"
    found = actor_types("وقال خفر السواحل التونسي إنه أنقذ عشرين مهاجرا قبالة السواحل.")
    assert found["خفر السواحل التونسي"].actor_type == "military"


def test_a_secretariat_a_chamber_and_a_hospital_are_bodies():
    found = actor_types("وقدم النائب طلبا إلى أمانة البرلمان لاستجواب الوزير.")
    assert found["أمانة البرلمان"].actor_type == "government"
    found = actor_types("وقالت غرفة التجارة الفرنسية إن الصادرات تراجعت.")
    assert found["غرفة التجارة الفرنسية"].actor_type == "organization"
    found = actor_types("وقال مستشفى النور في بيان إن حالة المصابين مستقرة.")
    assert found["مستشفى النور"].actor_type == "organization"


def test_an_office_keeps_the_nationality_of_its_title():
    found = actor_types("وأعلن مكتب المستشارة الألمانية أن الاتصال جرى مساء أمس.")
    assert "مكتب المستشارة الألمانية" in found


def test_a_ministry_named_by_its_field_and_a_nationality():
    found = actor_types("وقالت الداخلية الأردنية إن قواتها ضبطت شحنة مخدرات.")
    assert found["الداخلية الأردنية"].actor_type == "government"
    found = actor_types("وأعلنت الصحة الفلسطينية ارتفاع عدد المصابين في القطاع.")
    assert found["الصحة الفلسطينية"].actor_type == "government"


def test_a_field_adjective_after_a_definite_noun_names_no_ministry():
    assert not actor_types("وتراجعت الأوضاع الداخلية اللبنانية خلال الشهر الماضي.")
    assert not actor_types("وتغيرت السياسة الخارجية الأمريكية في المنطقة.")
    found = actor_types("وقال مسؤولو الصحة الهنود إن الوباء تراجع.")
    assert all(a.actor_type != "government" for a in found.values())


def test_a_body_name_goes_on_with_its_mission_and_its_complement_adjective():
    found = actor_types("وقالت الهيئة الوطنية لمكافحة التهريب إنها ضبطت الشحنة.")
    assert found["الهيئة الوطنية لمكافحة التهريب"].actor_type == "government"
    found = actor_types("وأعلن المجلس الأعلى للقوات المسلحة موعد الانتخابات.")
    assert "المجلس الأعلى للقوات المسلحة" in found
    found = actor_types("وقالت المفوضية العليا المستقلة للانتخابات إن الفرز انتهى.")
    assert "المفوضية العليا المستقلة للانتخابات" in found


def test_a_mission_clause_stops_before_an_actor_or_a_body_it_belongs_to():
    found = actor_types("وقال المجلس التنفيذي لصندوق النقد الدولي إن القرض أقر.")
    assert any(a.name_ar == "صندوق النقد الدولي" for a in found.values())


def test_a_centre_named_after_a_person_takes_its_field():
    found = actor_types("وقال مركز الملك سلمان للإغاثة إنه أرسل قافلة جديدة.")
    assert found["مركز الملك سلمان للإغاثة"].actor_type == "organization"


def test_the_leaders_of_a_region_are_a_collective_of_several():
    found = actor_types("وتعهد قادة أفريقيا بتمويل القوة المشتركة.")
    assert found["قادة أفريقيا"].actor_type == "other"
    found = actor_types("وتعهد قادة العراق بإجراء الانتخابات في موعدها.")
    assert found["قادة العراق"].actor_type == "government"


def test_unnamed_media_are_media_and_unnamed_officials_of_a_state_its_government():
    x = extract("t", "وذكرت وسائل إعلام تركية أن الوفد وصل. وقال مسؤولون مصريون إن المحادثات ستستأنف.", DAY)
    by_surface = {m["surface"]: x.actors[m["actor_id"]] for m in x.actor_mentions}
    assert by_surface["وسائل إعلام تركية"].actor_type == "media"
    assert by_surface["وسائل إعلام تركية"].anonymous
    assert by_surface["مسؤولون مصريون"].actor_type == "government"
    assert by_surface["مسؤولون مصريون"].anonymous  # still an anonymous source for its claims
    assert all(c["is_anonymous"] for c in x.claims)


def test_bodies_typed_as_annotated_news_reads_them():
    found = actor_types("وطالب الوزير المجتمع الدولي بالتدخل لوقف الحرب.")
    assert found["المجتمع الدولي"].actor_type == "other"
    found = actor_types("وأعلن المجلس الأوروبي تمديد العقوبات ستة أشهر.")
    assert found["المجلس الأوروبي"].actor_type == "international_org"
    found = actor_types("وقالت البعثة الدبلوماسية الكندية إن موظفيها غادروا البلاد.")
    assert found["البعثة الدبلوماسية الكندية"].actor_type == "government"


def test_an_unnamed_source_place_ends_before_an_adjective_with_its_complement():
    found = actor_types("وبحسب قاطنين في حي الميناء القريب من المعسكر، فإن الغارات استمرت.")
    assert "قاطنين في حي الميناء" in found


def test_forces_in_construct_with_a_military_body_are_one_body():
    found = actor_types("وقالت قوات حرس الحدود التركية إنها أوقفت عشرات المهاجرين.")
    assert found["قوات حرس الحدود التركية"].actor_type == "military"


def test_forces_loyal_to_someone_are_an_armed_group():
    found = actor_types("وقتل خمسة من القوات الموالية له في الهجوم.")
    assert found["القوات الموالية له"].actor_type == "armed_group"


def test_a_hyphenated_name_word_is_one_name_word():
    assert "جان-بيير ماسون" in person_names("وقال جان-بيير ماسون إن المفاوضات صعبة.")
    assert "سونغ جي-هون" in person_names("وقال المتحدث سونغ جي-هون إن الوفد وصل إلى بكين.")


def test_a_known_outlet_quoted_after_li_is_the_outlet_spoken_to():
    found = actor_types('وقال الوزير في حديث لـ"الجزيرة" إن الحصار سيرفع قريبا.')
    assert found["الجزيرة"].actor_type == "media"
    assert not actor_types('وقال لـ"سمير" إن الحل قريب.')
