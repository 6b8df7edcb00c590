"""`وكالة` heads news agencies and agencies of other fields: in construct with a definite field
noun other than news it is an agency of the state, no media outlet."""
from actor_mentions import actors_by_surface


def test_an_agency_of_another_field_is_no_outlet():
    found = actors_by_surface("وحذرت وكالة الأرصاد الجوية من موجة حر تضرب البلاد.")
    assert found["وكالة الأرصاد الجوية"].actor_type == "government"
    found = actors_by_surface("وقالت وكالة الحماية المدنية إن فرق الإنقاذ انتشلت ثلاثة أشخاص.")
    assert found["وكالة الحماية المدنية"].actor_type == "government"
    found = actors_by_surface("وأطلقت وكالة الفضاء اليابانية مسبارا جديدا نحو المريخ.")
    assert found["وكالة الفضاء اليابانية"].actor_type == "government"


def test_news_agencies_stay_media():
    found = actors_by_surface("وقالت وكالة الأنباء الرسمية إن الوزير وصل إلى العاصمة.")
    assert found["وكالة الأنباء الرسمية"].actor_type == "media"
    found = actors_by_surface("وذكرت الوكالة الإيرانية أن الوفد غادر طهران.")
    assert all(a.actor_type != "government" for a in found.values())


def test_an_outlet_named_after_its_owner_stays_media():
    found = actors_by_surface("ونقلت وكالة الهيئة الوطنية تيليماك عن المتحدث قوله إن الاجتماع تأجل.")
    assert any(a.actor_type == "media" for a in found.values())


def test_a_journal_and_a_news_agency_named_by_their_type_words_are_media():
    found = actors_by_surface('وأظهرت الدراسة التي نشرتها دورية "بلوس ون" أن النوم يحمي الذاكرة.')
    assert any(a.actor_type == "media" and "بلوس" in a.name_ar for a in found.values())
    found = actors_by_surface("وبثت وكالة أخبار الصباح التابعة للحركة تسجيلا جديدا.")
    assert any(a.actor_type == "media" and "الصباح" in a.name_ar for a in found.values())


def test_a_national_fund_is_a_state_body_and_the_short_imf_is_the_imf():
    found = actors_by_surface("واستثمر صندوق الثروة السيادي النرويجي مليار دولار في السندات.")
    assert found["صندوق الثروة السيادي النرويجي"].actor_type == "government"
    found = actors_by_surface("وتوقع صندوق النقد أن يتباطأ النمو العالمي.")
    assert found["صندوق النقد"].name_ar == "صندوق النقد الدولي"
