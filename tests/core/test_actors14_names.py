"""Fourteenth session: where an organisation's name ends before a participle's complement or an
attached preposition with a pronoun, and city clubs in a story about clubs."""
from etl.core.extract import extract


def _actors(text: str) -> dict[str, str]:
    out = extract("d", text, None)
    return {a.name_ar: a.actor_type for a in out.actors.values()}


def test_an_attached_preposition_with_a_pronoun_ends_a_body_name():
    names = _actors("وطالب اللاعب بإنشاء غرفة داخل اتحاد الكرة بها عشر شاشات للمراجعة.")
    assert "اتحاد الكرة" in names
    assert not any(n.endswith("بها") for n in names)


def test_a_participle_with_its_complement_is_no_part_of_a_body_name():
    names = _actors("وقال المحامي إن جمعية النهضة المشار إليها لم تقدم أوراقها.")
    assert "جمعية النهضة" in names
    assert not any("المشار" in n for n in names)


def test_a_city_club_named_once_in_a_story_about_clubs_counts():
    names = _actors("سجل المهاجم هدفين لنادي تشيلسي أمس. وكان اللاعب قد تألق مع برشلونة في الموسم الماضي.")
    assert names.get("برشلونة") == "organization"


def test_a_city_named_as_a_place_in_a_story_about_clubs_is_no_club():
    names = _actors("وصل لاعبو نادي تشيلسي إلى برشلونة مساء أمس. وأقيم المعسكر في برشلونة.")
    assert "برشلونة" not in names


def test_a_known_club_named_by_its_own_name_is_an_organisation():
    names = _actors("وتعادل فريق الهلال أمس مع نادي تشيلسي. وفاز أتلتيكو مدريد على إسبانيول بهدفين.")
    assert names.get("أتلتيكو مدريد") == "organization"
    assert names.get("إسبانيول") == "organization"


def test_two_club_cities_named_as_places_make_no_story_about_clubs():
    names = _actors("واشترى المسافر في مدينة تورينو تذكرة قطار سارية بين باريس ونابولي.")
    assert "نابولي" not in names


def test_a_foreign_given_name_in_fa_keeps_its_first_letter():
    out = extract("d", "وقال المحامي إن فرنشيسكو أفاتو، رئيس البلدية، رفض الاقتراح بعد اجتماع طويل مع المعارضين.", None)
    names = [a.name_ar for a in out.actors.values() if a.actor_type == "person"]
    assert not any(n.startswith("رنشيسكو") for n in names)


def test_a_port_before_a_club_city_makes_it_a_place():
    names = _actors("ووصلت السفينة صباح الأحد إلى مرفأ فالنسيا الإسباني وعلى متنها 600 مهاجر.")
    assert "فالنسيا" not in names


def test_a_regulating_authority_is_a_state_body_not_an_armed_group():
    names = _actors("وقالت هيئة تنظيم الاتصالات إن الشركات ملزمة بالقرار الجديد.")
    assert names.get("هيئة تنظيم الاتصالات") == "government"
    assert "armed_group" not in names.values()


def test_a_centre_named_after_a_capital_is_no_state():
    names = _actors("وذكر تقرير نشره مركز ستوكهولم للحريات أن المحاكم أصدرت أحكاما بحق آلاف المتهمين.")
    assert "السويد" not in names


def test_inna_with_a_pronoun_after_a_body_name_is_no_participle_complement():
    names = _actors("وقالت وزارة الخدمة المدنية إنه سيتم فتح باب التوظيف الشهر المقبل.")
    assert "وزارة الخدمة المدنية" in names


def test_a_capital_that_names_a_club_is_the_club_in_a_story_about_clubs():
    names = _actors("وتعادل روما الإيطالي مع ليفربول الإنجليزي مساء أمس، فيما فاز تشيلسي على أرسنال.")
    assert names.get("نادي روما") == "organization"
    assert "إيطاليا" not in names


def test_a_capital_is_its_state_outside_a_story_about_clubs():
    names = _actors("وقالت روما إن الحكومة سترفض الاقتراح الأوروبي الجديد.")
    assert names.get("إيطاليا") == "state"
