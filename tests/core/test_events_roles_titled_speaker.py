"""A speaker named after his title of office (`وقال الناطق باسم الشرطة X إن`) only tells of the
acts in his words: he is no doer of the attack he reports."""
from event_roles import roles


def test_a_titled_spokesman_is_no_doer_of_the_attack_he_reports():
    source, _ = roles("وقال الناطق باسم الشرطة جان لوران إن الهجوم وقع عند البوابة الرئيسية للوزارة.", "ASSAULT")
    assert source is None


def test_a_titled_spokesman_is_no_killer_of_the_dead_he_counts():
    source, _ = roles("من جهته، أعلن المتحدث باسم وزارة الصحة جان لوران أن 12 شخصا على الأقل قتلوا.", "ASSAULT")
    assert source is None


def test_the_titled_speaker_still_accuses_in_his_words():
    source, _ = roles("وقال المتحدث باسم الحكومة جان لوران إنه يتهم المعارضة بالتحريض على العنف.", "ACCUSE")
    assert source == "جان لوران"
