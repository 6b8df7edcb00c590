"""A phrase of time set by another act (`خلال لقائه X`, `بعد اجتماعه مع X`, `عقب سيطرة X`) holds
that act's own parties: the party it names is no target of the trigger before it, and still the
party of the noun's own act."""
from event_roles import roles


def test_the_one_met_during_a_meeting_is_no_target_of_the_main_verb():
    text = "وأكد الرئيس الروسي فلاديمير بوتين خلال لقائه الرئيس التركي رجب طيب أردوغان دعم بلاده للحل السياسي."
    assert roles(text, "SUPPORT") == ("فلاديمير بوتين", None)
    assert roles(text, "CONSULT") == ("فلاديمير بوتين", "رجب طيب أردوغان")


def test_the_target_after_a_time_phrase_is_the_main_verbs_object():
    text = "وانتقد الرئيس الفرنسي إيمانويل ماكرون بعد اجتماعه مع المستشارة الألمانية أنغيلا ميركل الحكومة الإيطالية."
    assert roles(text, "ACCUSE") == ("إيمانويل ماكرون", "الحكومة الإيطالية")


def test_a_place_in_the_time_phrase_leaves_the_object_after_it():
    text = "والتقى الرئيس الروسي فلاديمير بوتين خلال زيارته لأنقرة الرئيس التركي رجب طيب أردوغان."
    assert roles(text, "CONSULT") == ("فلاديمير بوتين", "رجب طيب أردوغان")


def test_one_leaving_after_another_party_took_control_leaves_no_one():
    text = "وغادر الزعيم الكتالوني كارليس بوتشيمون برشلونة عقب سيطرة الحكومة الإسبانية على مؤسسات الإقليم."
    _, target = roles(text, "RETREAT")
    assert target is None
