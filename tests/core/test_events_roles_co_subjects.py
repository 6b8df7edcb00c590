"""Parties joined by `و` to a verb's subject after it (`وأدانت السعودية والإمارات الهجوم`) are
subjects with it, never the act's target: the target is the party after them; they react with
the subject too, so the act they react to is none of theirs. A mutual act keeps them as the other
party (`اتفقت روسيا والصين`)."""
from event_roles import roles


def test_a_second_subject_is_no_target():
    assert roles("وانتقدت فرنسا وألمانيا قرار الولايات المتحدة.", "ACCUSE") == ("فرنسا", "الولايات المتحدة")


def test_the_object_after_a_list_of_subjects_is_the_target():
    source, target = roles("وتتهم الولايات المتحدة وبريطانيا روسيا بإخفاء الأدلة.", "ACCUSE")
    assert (source, target) == ("الولايات المتحدة", "روسيا")


def test_subjects_asking_together_ask_no_one_of_them():
    assert roles("ودعت روسيا والصين إلى وقف التصعيد.", "REQUEST") == ("روسيا", None)


def test_a_subject_joined_to_a_condemning_one_does_not_attack():
    source, _ = roles("وأدانت السعودية والإمارات الهجوم على السفينة.", "ASSAULT")
    assert source is None


def test_a_group_joined_to_the_subject_is_not_the_one_asked():
    source, target = roles("وطلب بعض النواب والنشطاء من رئيسة الوزراء البريطانية تيريزا ماي اتخاذ خطوات.", "REQUEST")
    assert target == "تيريزا ماي"


def test_a_mutual_act_keeps_the_second_party():
    assert roles("واتفقت روسيا والصين على تعزيز التعاون.", "AGREE") == ("روسيا", "الصين")
