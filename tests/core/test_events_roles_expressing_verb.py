"""`عبر` read as the verb of expressing (`عبّر عن غضبه`) is no preposition: the party after it is
its subject; on sentences written for these tests."""
from event_roles import roles


def test_the_leader_after_the_verb_of_expressing_anger_is_the_one_who_criticises():
    source, target = roles("وعبر الرئيس الفرنسي إيمانويل ماكرون عن غضبه حيال تصريحات للرئيس الأمريكي دونالد ترامب.",
                           "ACCUSE")
    assert source == "إيمانويل ماكرون" and target == "دونالد ترامب"
