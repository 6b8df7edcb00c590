"""An office holder who attacks with no party named as the one attacked (`هاجمت رئيسة الوزراء من
وصفتهم بـ`) attacks in words (ACCUSE): once the target is read from the attack's own clause only,
the verbal reading no longer rests on a party named in another clause. Armed men attack in arms."""
import datetime as dt

from etl.core.extract import extract
from event_roles import roles


def types(text):
    return {e["event_type"] for e in extract("t", text, dt.date(2019, 3, 1)).events}


def test_an_office_holder_attacking_those_she_describes_accuses():
    assert roles("وهاجمت رئيسة وزراء إسكتلندا نيكولا ستورجن من وصفتهم بمجانين الانفصال.", "ACCUSE")[0] is not None


def test_armed_men_attacking_a_village_assault():
    assert "ASSAULT" in types("وهاجم مسلحون قرية في شمال نيجيريا.")
