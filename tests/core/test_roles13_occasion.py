"""`اعتقلت الشرطة صحفيا للاشتباه بعلاقته بحزب X`, `استدعت سفيرها إثر تقارير وسائل إعلام X`: a party
named in the charge or occasion of an act is no object of it; `ردت إسرائيل بعد هجوم صاروخي`: a
verbal noun after a preposition of time is another act, not done by the clause's subject."""
from event_roles import roles


def test_a_party_in_the_suspicion_is_not_the_one_arrested():
    source, target = roles("اعتقلت الشرطة التركية صحفيا للاشتباه بعلاقته بحزب العمال الكردستاني.", "COERCE")
    assert (source, target) == ("الشرطة التركية", None)


def test_a_party_in_the_occasion_is_not_the_one_recalled_from():
    source, target = roles("واستدعى السودان سفيره للتشاور إثر نشر وسائل إعلام إثيوبية أخبارا.", "SANCTION")
    assert (source, target) == ("السودان", None)


def test_a_party_in_the_charge_is_not_the_one_arrested():
    _, target = roles("وأعلنت الشرطة الفرنسية القبض على رجل بتهمة التخابر مع إيران.", "COERCE")
    assert target is None


def test_the_act_the_occasion_points_back_to_keeps_its_object():
    _, target = roles("واعتقلت الشرطة عقب ذلك زعيم حزب العمال الكردستاني.", "COERCE")
    assert target == "حزب العمال الكردستاني"


def test_the_subject_replying_is_no_doer_of_the_attack_before():
    source, _ = roles("وردت إسرائيل بغارات على غزة بعد هجوم صاروخي على مستوطنة.", "ASSAULT", trigger="هجوم صاروخي")
    assert source is None


def test_the_subject_giving_condolences_is_no_doer_of_the_killing():
    source, _ = roles("وقدم ماكرون تعازيه إلى الملك عبد الله الثاني إثر مقتل ستة جنود في هجوم.", "ASSAULT")
    assert source is None


def test_the_subject_meeting_after_its_own_talks_keeps_them():
    source, target = roles("وغادر ترامب بعد اجتماع مع بوتين.", "CONSULT")
    assert (source, target) == ("دونالد ترامب", "فلاديمير بوتين")


def test_the_subject_of_its_own_act_named_with_a_pronoun_keeps_it():
    source, _ = roles("وعادت القوات الروسية إلى قاعدتها بعد انسحابها من المدينة.", "RETREAT", trigger="انسحابها من")
    assert source == "الجيش الروسي"


def test_the_subject_fighting_battles_with_a_party_fights_them():
    source, target = roles("واستعاد الجيش اليمني السيطرة على المدينة بعد معارك عنيفة مع جماعة الحوثي.", "ASSAULT",
                           trigger="معارك")
    assert (source, target) == ("الجيش اليمني", "جماعة الحوثي")


def test_the_occasion_of_a_condemnation_names_what_it_is_against():
    _, target = roles("وعبر قادة الحزب الجمهوري عن صدمتهم إثر تصريحات ترامب.", "ACCUSE")
    assert target == "دونالد ترامب"
