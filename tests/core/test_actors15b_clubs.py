"""A club's foreign name may end as a nisba or an adverb would (`سيمبا`, `جماري`): a definite
nationality after it says it is the club's name, while the same head as money (`ريال سعودي`) stays no actor."""
from etl.core.extract import extract


def _surfaces(text: str) -> set[str]:
    return {m["surface"] for m in extract("d", text, None).actor_mentions}


def test_a_club_name_in_final_alif_before_its_nationality_is_the_club():
    assert "نادي سيمبا التنزاني" in _surfaces("تعاقد نادي سيمبا التنزاني مع مدرب جديد.")


def test_a_club_name_in_final_ya_before_its_nationality_is_the_club():
    assert "نادي جماري الإيطالي" in _surfaces("تعاقد نادي جماري الإيطالي مع مدرب جديد.")


def test_the_same_short_word_with_no_nationality_is_still_no_club():
    assert not any("سيمبا" in s for s in _surfaces("تعاقد نادي سيمبا مع مدرب جديد."))


def test_money_with_a_nationality_is_no_club():
    assert not any("ريال" in s for s in _surfaces("دفع مليون ريال سعودي للفائز في المسابقة."))


def _actor_ids(text: str) -> set[str]:
    return {m["actor_id"] for m in extract("d", text, None).actor_mentions}


def test_an_arab_club_named_by_a_common_noun_and_its_country_adjective_is_the_club():
    assert "al-hilal-sfc" in _actor_ids("تغلب الهلال السعودي على منافسه بهدفين في الجولة الأخيرة.")


def test_an_arab_club_the_story_moves_a_player_to_is_the_club_though_it_does_not_act():
    assert "al-ahly-sc" in _actor_ids("انتقل المهاجم الشاب إلى الأهلي المصري في الصيف.")


def test_the_common_noun_alone_is_no_club():
    ids = _actor_ids("احتفل الجنود بالنصر بعد معركة طويلة في الصحراء.")
    assert not any(i.startswith("al-nassr") for i in ids)
