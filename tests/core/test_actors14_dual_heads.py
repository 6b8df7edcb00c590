"""Fourteenth session: a head in the dual (`قناتي`, `شركتا`) before two quoted names joined by و
names two bodies of the head's kind."""
from etl.core.extract import extract


def _actors(text: str) -> dict[str, str]:
    return {a.name_ar: a.actor_type for a in extract("d", text, None).actors.values()}


def test_two_known_outlets_after_a_dual_head():
    names = _actors('وقال الوزير لقناتي "العربية" و"الحدث" إن المفاوضات مستمرة.')
    assert names.get("قناة العربية") == "media"
    assert names.get("قناة الحدث") == "media"


def test_two_unknown_companies_after_a_dual_head_take_the_singular_head():
    names = _actors('وأعلنت شركتا "ألفانو" و"بيتانو" الاندماج في كيان واحد.')
    assert names.get("شركة ألفانو") == "organization"
    assert names.get("شركة بيتانو") == "organization"
    assert "شركتا" not in names


def test_a_singular_head_with_one_quoted_name_is_one_body():
    names = _actors('وقالت شركة "ألفانو" إن الأرباح ارتفعت.')
    assert [n for n, t in names.items() if t == "organization"] == ["شركة ألفانو"]
