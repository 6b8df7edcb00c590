"""A verb agrees with its subject in gender: a verb marked masculine right before a party whose
name is feminine in grammar takes it as its object; on sentences written for these tests."""
from event_roles import roles


def test_a_masculine_verb_before_a_government_takes_it_as_object():
    text = "وتحدث الرئيس الإيراني حسن روحاني أمام البرلمان. ثم اتهم الحكومة الأمريكية بالكذب."
    assert roles(text, "ACCUSE") == ("حسن روحاني", "الحكومة الأمريكية")


def test_a_masculine_verb_of_calling_before_a_government_takes_it_as_object():
    text = "وانتقد ترامب الاتفاق. ودعا الحكومة الإيرانية إلى الحوار."
    assert roles(text, "REQUEST") == ("دونالد ترامب", "الحكومة الإيرانية")


def test_a_masculine_verb_before_a_state_in_alif_takes_it_as_object():
    text = "وقال ترامب إن الأمر خطير. واتهم روسيا بالتدخل في الانتخابات."
    assert roles(text, "ACCUSE") == ("دونالد ترامب", "روسيا")


def test_a_feminine_verb_before_a_state_takes_it_as_subject():
    assert roles("واتهمت روسيا الولايات المتحدة بالتدخل.", "ACCUSE") == ("روسيا", "الولايات المتحدة")


def test_a_masculine_verb_before_a_masculine_party_takes_it_as_subject():
    assert roles("وقصف الجيش الإسرائيلي مواقع لحركة حماس.", "ASSAULT") == ("الجيش الإسرائيلي", "حركة حماس")


def test_a_noun_after_another_verb_is_done_by_its_genitive():
    text = "وقالت إيطاليا إنها لن تستقبل السفينة. وجاء رفض روما بعد اجتماع الحكومة."
    assert roles(text, "REJECT")[0] == "إيطاليا"
