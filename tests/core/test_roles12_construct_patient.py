"""`إلى تدمير تنظيم الدولة`, `مداهمة جماعة X`: a transitive verbal noun of force in construct with a
party names the one it is done to (event_roles.tsv `patient`), and a title's owner is never a party
inside the object a preposition heads (`ودعا المتحدث إلى تدمير X`: X owns no spokesman)."""
from event_roles import roles


def test_the_group_to_be_destroyed_is_the_target():
    source, target = roles("ودعا المتحدث إلى تدمير تنظيم الدولة الإسلامية في سوريا.", "ASSAULT", "تدمير")
    assert source is None
    assert target == "تنظيم الدولة الإسلامية"


def test_the_group_named_in_the_call_does_not_call():
    source, _ = roles("ودعا المتحدث إلى تدمير تنظيم الدولة الإسلامية في سوريا.", "REQUEST")
    assert source != "تنظيم الدولة الإسلامية"


def test_the_state_whose_destruction_is_warned_of_is_the_target():
    source, target = roles("وحذر دونالد ترامب من أن الفشل قد يؤدي إلى تدمير كوريا الشمالية.", "ASSAULT", "تدمير")
    assert target == "كوريا الشمالية"
    assert source != "كوريا الشمالية"


def test_the_leader_removed_from_office_is_the_target():
    _, target = roles("وانتقد قادة الحزب الحاكم قرار المحكمة العليا تنحية نواز شريف من رئاسة الحزب.",
                      "RETREAT", "تنحية")
    assert target == "نواز شريف"
