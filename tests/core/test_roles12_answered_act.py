"""`ونفت الوزارة اتهامات الحكومة البريطانية`, `ورفضت إيران الدعوات الأمريكية`: a charge, a call or a
threat named as the object of a verb of rejecting or denying is addressed to that verb's subject;
the party in construct with it, or the nation its adjective names, makes it."""
from event_roles import roles


def test_the_ministry_denying_charges_is_the_one_accused():
    source, target = roles("ونفت وزارة الدفاع الروسية اتهامات الحكومة البريطانية.", "ACCUSE")
    assert source == "الحكومة البريطانية"
    assert target == "وزارة الدفاع الروسية"


def test_the_state_rejecting_calls_is_the_one_called_on():
    source, target = roles("ورفضت إيران الدعوات الأمريكية للتفاوض.", "REQUEST")
    assert source == "الولايات المتحدة"
    assert target == "إيران"


def test_a_subject_before_its_verb_of_rejecting_is_the_one_accused():
    source, target = roles("الحكومة الإيرانية رفضت اتهامات الولايات المتحدة.", "ACCUSE")
    assert (source, target) == ("الولايات المتحدة", "الحكومة الإيرانية")


def test_ignoring_calls_makes_the_one_ignoring_their_target():
    _, target = roles("وتجاهل مارك زوكربيرغ دعوات البرلمان البريطاني للإدلاء بشهادته.", "REQUEST")
    assert target == "مارك زوكربيرغ"
