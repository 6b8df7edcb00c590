"""`وزار وفد من X مصر`, `وكان وفد من X قد زار`: a group noun (`وفد`, whose own first letter is
`و`) and the partitive `من` before a party: the group the party sends is the subject, the party
acts; a quantifier before `من` (`عددا من`) heads those acted on."""
from event_roles import roles


def test_a_delegation_of_a_body_before_the_verb_makes_the_body_the_visitor():
    text = "وكان وفد من صندوق النقد الدولي قد زار مصر الشهر الماضي."
    assert roles(text, "CONSULT") == ("صندوق النقد الدولي", "مصر")


def test_a_delegation_of_a_body_after_the_verb_makes_the_body_the_visitor():
    text = "وزار وفد من صندوق النقد الدولي مصر الشهر الماضي."
    assert roles(text, "CONSULT") == ("صندوق النقد الدولي", "مصر")


def test_a_delegation_of_a_movement_holds_the_talks():
    source, _ = roles("وأجرى وفد من حركة حماس محادثات مع المسؤولين المصريين.", "CONSULT")
    assert source == "حركة حماس"
