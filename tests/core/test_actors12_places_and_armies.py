"""Twelfth session: a district is a place, the national army, stateless peoples, news agencies, seats of office."""
from actor_mentions import actors_by_surface


def test_a_district_named_after_its_head_is_a_place_not_a_body():
    found = actors_by_surface("وسيطرت القوات على قرى جديدة في مديرية الغيل شرق محافظة الجوف.")
    assert not any("مديرية" in s for s in found)


def test_a_directorate_with_its_field_is_still_a_body():
    found = actors_by_surface("وقالت مديرية الصحة في المحافظة إن المستشفيات امتلأت بالجرحى.")
    assert found["مديرية الصحة"].actor_type == "government"


def test_a_directorate_of_police_is_still_a_body():
    found = actors_by_surface("وأعلنت مديرية الشرطة القبض على ثلاثة مطلوبين.")
    assert "مديرية الشرطة" in found


def test_the_national_army_is_the_army_of_the_story_country():
    found = actors_by_surface("وقالت الحكومة الصومالية إن الجيش الوطني استعاد بلدتين من المسلحين.")
    assert found["الجيش الوطني"].actor_type == "military"
    assert found["الجيش الوطني"].country_iso3 == "SOM"


def test_national_news_agencies_are_outlets():
    found = actors_by_surface("ونقلت وكالة إفي عن الشرطة أن المهاجم اعتقل، وذكرت أنسا أن التحقيق بدأ.")
    assert found["وكالة إفي"].actor_type == "media"
    assert found["أنسا"].country_iso3 == "ITA"


def test_the_eu_statistics_office_named_alone_is_a_body():
    found = actors_by_surface("ووفق يوروستات، تراجع عدد طالبي اللجوء في القارة.")
    assert found["يوروستات"].actor_type == "international_org"


def test_a_stateless_people_that_acts_is_an_actor():
    found = actors_by_surface("وطالب الأكراد بحقوقهم في الدستور الجديد.")
    assert found["الأكراد"].actor_type == "other"


def test_a_stateless_people_with_a_nationality_is_that_state_s():
    found = actors_by_surface("واتهمت الحكومة الأكراد العراقيين بتهريب النفط.")
    assert found["الأكراد العراقيين"].country_iso3 == "IRQ"


def test_a_stateless_people_only_talked_about_is_no_actor():
    assert "الأكراد" not in actors_by_surface("وتحدث الكتاب عن تاريخ الأكراد في المنطقة.")


def test_a_state_s_representation_abroad_is_its_government_body():
    found = actors_by_surface("وقالت الممثلية الإيطالية لدى الاتحاد الأوروبي إن الاقتراح غير مقبول.")
    assert found["الممثلية الإيطالية"].actor_type == "government"
    assert found["الممثلية الإيطالية"].country_iso3 == "ITA"


def test_special_forces_keep_their_adjective_before_the_nationality():
    found = actors_by_surface("ونفذت قوات الأمن الخاصة العراقية عملية دهم في الموصل.")
    assert found["قوات الأمن الخاصة العراقية"].country_iso3 == "IRQ"


def test_special_forces_of_the_story_country_keep_their_adjective():
    found = actors_by_surface("وقالت الحكومة التونسية إن قوات الأمن الخاصة اعتقلت ثلاثة مطلوبين.")
    assert found["قوات الأمن الخاصة"].country_iso3 == "TUN"


def test_the_lion_s_share_names_no_president():
    found = actors_by_surface("واستحوذت الشركات الصينية على حصة الأسد من عقود الإعمار.")
    assert "الأسد" not in found


def test_assad_after_another_noun_is_still_the_president():
    assert "الأسد" in actors_by_surface("وطالبت المعارضة برحيل الأسد عن السلطة.")


def test_a_presidential_seat_speaks_for_the_presidency():
    found = actors_by_surface("وأعلن قصر قرطاج أن الرئيس سيستقبل الوفد الأسبوع المقبل.")
    assert found["قصر قرطاج"].actor_type == "government"
    assert found["قصر قرطاج"].country_iso3 == "TUN"
