"""`قتل القوات الإسرائيلية عشرات الفلسطينيين`, `احتجاز أنقرة القس الأمريكي X`: an indefinite verbal
noun of force with a party in construct and a direct object after it names the doer as its
genitive and the one it is done to as its object; `مقتل X` (a noun of dying) and a verb reading
(`قتل X`, a passive) keep their genitive as the one it befalls."""
from event_roles import roles


def test_the_forces_in_construct_with_a_count_after_are_the_killers():
    source, target = roles("وخرجت مسيرة احتجاجا على قتل القوات الإسرائيلية عشرات الفلسطينيين على حدود غزة.",
                           "ASSAULT", "قتل")
    assert source == "الجيش الإسرائيلي"
    assert target != "الجيش الإسرائيلي"


def test_the_state_holding_the_pastor_named_after_it_detains_him():
    source, target = roles("وبحث جون بولتون مع السفير التركي احتجاز أنقرة القس الأمريكي أندرو برانسون.",
                           "COERCE", "احتجاز")
    assert source == "تركيا"
    assert target == "أندرو برانسون"


def test_the_state_targeting_civilians_is_the_doer():
    source, _ = roles("وأدانت الأمم المتحدة استهداف إسرائيل المدنيين في غزة.", "ASSAULT", "استهداف")
    assert source == "إسرائيل"
