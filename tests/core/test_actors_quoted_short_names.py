"""A quoted one- or two-word name that is a known group or party without its head
(`«القاعدة»` for `تنظيم القاعدة`, `"فتح"` for `حركة فتح`) names that group: the quotes mark it a name."""
from actor_mentions import actors_by_surface


def test_a_quoted_short_name_is_the_known_group():
    found = actors_by_surface("ونجح مقاتلو العشائر في طرد «القاعدة» من المدينة الشهر الماضي.")
    assert found["القاعدة"].actor_type == "armed_group"
    found = actors_by_surface('وقالت "فتح" في بيان إن الحوار متوقف.')
    assert found["فتح"].actor_type == "political_party"


def test_the_common_noun_without_quotes_names_no_one():
    found = actors_by_surface("وأكد المدرب أن هذه هي القاعدة التي يعمل بها الفريق.")
    assert "القاعدة" not in found
