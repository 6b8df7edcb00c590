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
