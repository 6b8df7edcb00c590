"""`ونفى خمسة منهم التهمة`: a count or a quantifier right after the verb heads its subject, which
names no party; the party named earlier in the sentence is not the doer."""
from event_roles import roles


def test_a_count_of_them_denying_is_not_the_accuser_named_before():
    source, _ = roles("ووجهت السلطات البريطانية تهمة التخطيط لستة أعضاء آخرين، ونفى خمسة منهم التهمة.", "REJECT")
    assert source is None


def test_a_number_of_lawyers_accusing_leaves_the_government_their_target():
    source, target = roles("وأعلنت الحكومة المصرية القرار، واتهم عدد من المحامين الحكومة بالتقصير.", "ACCUSE")
    assert (source, target) == (None, "الحكومة المصرية")


def test_a_count_after_a_feminine_verb_is_its_object():
    source, _ = roles("وأعلنت الحكومة المصرية القرار، وانتقدت ثلاثة أحزاب القرار.", "ACCUSE")
    assert source == "الحكومة المصرية"


def test_a_count_in_the_accusative_is_the_object():
    source, _ = roles("وأعلنت الحكومة الروسية الرد، وطرد 23 دبلوماسيا بريطانيا.", "SANCTION")
    assert source == "الحكومة الروسية"


def test_a_count_after_a_verb_inside_its_clause_is_the_object():
    source, _ = roles("وأكد أن الشرطة البريطانية لم تعتقل أي شخص.", "COERCE")
    assert source == "الشرطة البريطانية"
