"""`وأدانت الهجوم`, `تندد بـ"هجوم"`, `الذي ينفي الاتهامات`: a noun trigger that is the object of a
verb of reacting (or of rejecting another's words) is not done by whoever reacts, named or dropped;
a nation its adjective names still does it, and a denied act stays the denier's own."""
from event_roles import roles


def test_a_government_condemning_an_attack_with_its_subject_dropped_is_no_attacker():
    source, _ = roles("وعقدت الحكومة الفرنسية اجتماعا طارئا، وأدانت الهجوم على السفارة.", "ASSAULT")
    assert source is None


def test_a_capital_condemning_an_attack_in_quotes_is_no_attacker():
    source, _ = roles('باريس تندد بـ"هجوم" على حرية الصحافة', "ASSAULT")
    assert source is None


def test_the_charges_rejected_are_made_by_the_nation_their_adjective_names():
    source, _ = roles("وأعلنت الحكومة الإيرانية موقفها، ورفضت الاتهامات الأمريكية.", "ACCUSE")
    assert source == "الولايات المتحدة"


def test_an_attack_condemned_is_done_by_the_nation_its_adjective_names():
    source, _ = roles("وعقدت الحكومة الفرنسية اجتماعا طارئا، وأدانت الهجوم الإسرائيلي على السفارة.", "ASSAULT")
    assert source == "إسرائيل"


def test_a_denied_strike_stays_the_deniers():
    source, _ = roles("ونفت الحكومة السورية قصف المستشفى.", "ASSAULT")
    assert source == "الحكومة السورية"
