"""A relative clause whose verb carries no pronoun resuming its head (`الصواريخ التي استهدفت X`):
the head is the verb's subject and the party after the verb its object, the one hit; a verb that
carries the pronoun (`الغارات التي شنتها X`, `التي نددت بها X`) has the party after as its subject."""
from event_roles import roles


def test_rockets_that_hit_a_state_make_the_state_the_target():
    source, target = roles("وقالت الشرطة إن الصواريخ التي استهدفت إسرائيل أطلقت من غزة.", "ASSAULT")
    assert (source, target) == (None, "إسرائيل")


def test_attacks_that_hit_an_embassy_are_not_the_embassys():
    source, target = roles("وأدانت الحكومة المصرية الهجمات التي استهدفت السفارة الأمريكية في بغداد.",
                           "ASSAULT", "الهجمات")
    assert (source, target) == (None, "السفارة الأمريكية")


def test_forces_that_attack_do_the_attacking():
    source, target = roles("وأدانت الحكومة المسلحين الذين هاجموا الجيش اللبناني.", "ASSAULT")
    assert (source, target) == ("المسلحين", "الجيش اللبناني")


def test_a_pronoun_after_the_relative_verb_leaves_the_party_after_as_its_subject():
    source, _ = roles("وقال المسؤولون إن الاتفاق النووي، الذي انسحب منه ترامب، ما زال قائما.", "SANCTION")
    assert source == "دونالد ترامب"


def test_a_verb_not_agreeing_with_the_relative_has_a_subject_of_its_own():
    source, _ = roles("وتقع المدينة في إقليم كشمير، الذي تطالب الهند بالسيادة عليه.", "REQUEST")
    assert source == "الهند"


def test_delegations_that_met_a_party_are_no_party_named_before():
    source, target = roles("وأعلنت الحكومة المصرية أن الوفود التي اجتمعت مع حركة حماس عادت إلى القاهرة.", "CONSULT")
    assert (source, target) == (None, "حركة حماس")


def test_a_relative_resumed_by_fihi_leaves_the_subject_after_it():
    source, _ = roles("وفي الوقت الذي يزور فيه وزير الخارجية الفرنسي جان إيف لودريان طهران، صعدت إيران لهجتها.",
                      "CONSULT", "يزور")
    assert source == "جان إيف لودريان"


def test_one_of_the_states_that_recognised_is_the_one_recognising():
    source, _ = roles("وكانت إيران من أوائل الدول التي اعترفت بدولة إسرائيل.", "SUPPORT")
    assert source == "إيران"
