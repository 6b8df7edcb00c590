"""Forces named inside a trigger (`دخول قوات`, `انسحاب القوات`) are the ones that move: the
party they belong to is the act's source; on sentences written for these tests."""
from event_roles import roles


def test_the_forces_entering_a_city_are_the_source():
    text = "وتابع الملايين دخول قوات المعارضة إلى مدينة حلب بعد ساعات من القتال."
    assert roles(text, "ASSAULT")[0] == "قوات المعارضة"


def test_the_forces_withdrawing_are_the_source():
    assert roles("ورهن الوزير المفاوضات بانسحاب القوات الأمريكية من المنطقة.", "RETREAT")[0] == "الجيش الأمريكي"


def test_forces_a_party_deploys_are_not_the_source():
    text = "وأعلنت الحكومة العراقية أمس أنها قامت بنشر قوات الأمن في شوارع بغداد."
    assert roles(text, "MOBILIZE")[0] != "قوات الأمن"
