"""A body named in a title of office whose holder follows after a comma (`وزير خارجية فرنسا، X،`)
is no party of the act: the holder is, wherever the title stands in the clause."""
from event_roles import roles


def test_the_holder_after_the_comma_resigns_not_the_state_in_his_title():
    source, _ = roles("استقال وزير خارجية فرنسا، جان لوران، من منصبه أمس.", "RETREAT")
    assert source == "جان لوران"


def test_the_holder_is_the_one_called_upon():
    source, target = roles("دعا البرلمان الألماني مؤسس شركة تويتر، جاك دورسي، إلى الإدلاء بشهادته.", "REQUEST")
    assert (source, target) == ("البرلمان الألماني", "جاك دورسي")


def test_the_holder_is_the_one_arrested():
    source, target = roles("أكدت السلطات الإيطالية اعتقال رئيس الاتحاد الدولي، بيتر هانسن، في روما.", "COERCE")
    assert target == "بيتر هانسن"


def test_a_title_after_a_name_keeps_the_name_as_the_one_who_faces_charges():
    source, target = roles("وتبدأ اليوم المحاكمة ويواجه خلالها جان لوران المدير السابق للحملة اتهامات بالتهرب الضريبي.",
                           "ACCUSE")
    assert source is None and target == "جان لوران"


def test_a_party_after_a_title_with_lam_keeps_its_own_reading():
    source, target = roles("وذكر البيان أن العقوبات الجديدة تستهدف الأمين العام لحزب الله، حسن نصر الله، ونائبه.", "SANCTION")
    assert source is None


def test_a_title_set_off_by_a_comma_before_a_name_is_the_subject_after_the_verb():
    source, _ = roles("وأدان النائب البريطاني المعارض، جان لوران، تصريحات الوزير.", "ACCUSE")
    assert source == "جان لوران"


def test_a_titled_subject_between_commas_meets_the_one_named_after():
    source, target = roles("التقى شيخ الأزهر، رئيس مجلس الحكماء، أحمد الطيب، الثلاثاء البابا فرنسيس.", "CONSULT")
    assert (source, target) == ("أحمد الطيب", "البابا فرنسيس")


def test_a_body_an_envoy_is_posted_to_stands_for_the_envoy_named_after_the_comma():
    # `لدى`/`في` + the body an envoy is posted to, a nisba between the title's head and it
    text = "وانتقد السفير الفرنسي لدى الأمم المتحدة، فرانسوا ديلاتر، مجلس الأمن الدولي بسبب عجزه."
    source, target = roles(text, "ACCUSE")
    assert source == "فرانسوا ديلاتر" and target != "الأمم المتحدة"
