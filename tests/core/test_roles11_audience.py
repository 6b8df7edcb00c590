"""`دعوى أمام المحكمة العليا`, `دافع عن القانون أمام البرلمان`: the party after `أمام` or `بحضور` is the
audience or venue of the act, not its target; a protest before an embassy is against it, and the
audience of a briefing or a meeting takes part in it."""
from event_roles import roles


def test_the_court_a_suit_is_filed_before_is_not_the_accused():
    _, target = roles("ورفعت منظمة العفو الدولية دعوى قضائية أمام المحكمة العليا في لندن.", "ACCUSE")
    assert target is None


def test_a_protest_before_an_embassy_is_against_it():
    _, target = roles("وتظاهر مئات المحتجين أمام السفارة الأمريكية في بغداد.", "PROTEST")
    assert target == "السفارة الأمريكية"


def test_a_briefing_before_the_council_is_to_the_council():
    _, target = roles("وقدم المبعوث الأممي مارتن غريفيث إحاطة أمام مجلس الأمن الدولي.", "CONSULT")
    assert target == "مجلس الأمن الدولي"


def test_a_bombing_before_a_ministry_hits_the_ministry():
    _, target = roles("وأعلنت الشرطة أن انتحاريا فجر نفسه أمام مدخل وزارة الداخلية الأفغانية.", "ASSAULT")
    assert target == "وزارة الداخلية الأفغانية"
