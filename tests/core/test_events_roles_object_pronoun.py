"""A past verb carrying `ه` with its subject named right after it (`عندما اعتقله الجيش`) acts on
the person named before; not the `ه` of a relative clause's head; on sentences written for these tests."""
from event_roles import roles


def test_the_pronoun_on_a_verb_after_indama_is_the_person_named_before():
    text = "وكان الصحفي أحمد حسن يغطي الاحتجاجات عندما اعتقله الجيش المصري."
    assert roles(text, "COERCE") == ("الجيش المصري", "أحمد حسن")


def test_the_pronoun_on_a_verb_after_kayfa_is_the_person_named_before():
    text = "وظهر الناشط أحمد حسن في الفيديو الذي يوثق كيف أعدمه الجيش السوري."
    assert roles(text, "ASSAULT") == ("الجيش السوري", "أحمد حسن")


def test_the_subject_after_a_verb_resuming_ma_is_the_source():
    text = "واعتقلت الشرطة المصرية الصحفي أحمد حسن، وهو ما استنكرته منظمة العفو الدولية."
    assert roles(text, "ACCUSE") == ("منظمة العفو الدولية", None)


def test_the_verb_of_a_relative_clause_acts_on_the_party_it_describes():
    text = "وأفرجت السلطات عن الصحفي أحمد حسن الذي اعتقلته الشرطة المصرية الشهر الماضي."
    assert roles(text, "COERCE", "اعتقلته") == ("الشرطة المصرية", "أحمد حسن")


def test_the_subject_of_a_relative_clause_on_a_deed_does_it():
    text = "وأعلن الرئيس الإيراني حسن روحاني أن الاتفاق الذي أبرمته إيران مع القوى الكبرى باق."
    assert roles(text, "AGREE")[0] == "إيران"
