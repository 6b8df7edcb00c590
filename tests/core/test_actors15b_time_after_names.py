"""A noun of a span of time with a time adjective after it (`الأسبوع الماضي`, `الموسم المقبل`) says
when a body acted: it closes the body's name, as `العام الماضي` already did."""
from etl.core.extract import extract


def _surfaces(text: str) -> set[str]:
    return {m["surface"] for m in extract("d", text, None).actor_mentions}


def test_last_week_after_a_party_is_no_part_of_its_name():
    surfaces = _surfaces("فاز حزب الفلاحين الأسبوع الماضي بمقعدين في البرلمان المحلي.")
    assert "حزب الفلاحين" in surfaces and not any("الأسبوع" in s for s in surfaces)


def test_next_season_after_a_club_is_no_part_of_its_name():
    surfaces = _surfaces("يخطط نادي النجوم الموسم المقبل لضم ثلاثة لاعبين.")
    assert not any("الموسم" in s for s in surfaces)


def test_a_definite_period_noun_with_no_time_adjective_may_stay_in_a_name():
    assert "منظمة الشهر الأخضر" in _surfaces("قالت منظمة الشهر الأخضر إن حملتها بدأت.")
