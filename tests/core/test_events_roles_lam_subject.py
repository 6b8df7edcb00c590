"""A verb that takes its real subject with `ل` before `أن` (`سبق لترامب أن انتقد`, `يمكن
للحكومة أن ترفض`; event_roles.tsv role `lam_subject`) and an obligation with `على` (`على إيران
أن توقف`) name who does the act of the verb after `أن`: that party is its source, never its
target, and what follows is the object; the party bound by `على` is the target of the REQUEST
(the act itself is only asked for)."""
from event_roles import roles


def test_sabaqa_la_names_the_critic():
    assert roles("وسبق لترامب أن انتقد الحكومة المكسيكية بشدة.", "ACCUSE") == ("دونالد ترامب", "الحكومة المكسيكية")


def test_sabaqa_la_with_a_title_names_the_visitor():
    text = "وكان قد سبق لولي العهد السعودي محمد بن سلمان أن زار مصر قبل عامين."
    assert roles(text, "CONSULT") == ("محمد بن سلمان", "مصر")


def test_a_bombing_army_in_lam_is_the_source():
    assert roles("وسبق للجيش الإسرائيلي أن قصف مواقع لحماس في غزة.", "ASSAULT") == ("الجيش الإسرائيلي", "حركة حماس")


def test_the_party_bound_by_ala_is_asked_to_act():
    # the act after `على X أن` is only asked for (events10b): one REQUEST laid on Iran, no SANCTION
    assert roles("وقال إن على إيران أن توقف دعمها للحوثيين.", "REQUEST")[1] == "إيران"
