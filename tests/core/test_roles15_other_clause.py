"""A clause of consequence or condition (`مما أغضب X`, `ما لم ينجح X`), reported words opened by a
complementizer with its pronoun (`قائلة إنها ...`), or a cause (`بسبب ...`) after the trigger's
object has parties of its own: none of them is the act's target."""
from event_roles import roles


def test_a_party_angered_by_a_withdrawal_is_not_its_target():
    text = "وأعلن الرئيس الأمريكي انسحاب بلاده من الاتفاق، مما أغضب الحكومة الألمانية."
    assert roles(text, "SANCTION")[1] is None


def test_a_party_of_a_condition_is_not_the_target_of_a_withdrawal():
    text = "وحذر من انسحاب الولايات المتحدة من الاتفاق ما لم ينجح الكونغرس الأمريكي في تعديله."
    assert roles(text, "SANCTION") == ("الولايات المتحدة", None)


def test_a_party_named_in_the_cause_of_an_expulsion_is_not_expelled():
    text = "وطردت روسيا عشرين من دبلوماسييها بسبب تسميم الجاسوس الروسي سيرغي سكريبال."
    assert roles(text, "SANCTION") == ("روسيا", None)


def test_a_party_in_words_reported_after_a_resignation_is_not_its_target():
    text = "واستقالت وزيرة الداخلية البريطانية أمبر راد، قائلة إنها ضللت البرلمان البريطاني."
    assert roles(text, "RETREAT")[1] is None


def test_a_suspicion_described_in_the_subject_does_not_cut_off_the_object():
    text = "وخطف مسلحون يشتبه في أنهم من جماعة أبو سياف ثلاثة صحفيين فلبينيين."
    assert roles(text, "ASSAULT")[1] is not None
