"""A verbal noun in construct with a party: the party is the doer of an act whose object is a
thing or none (`طلب X`, `استقالة X`), or of any act when its object follows with `ل` (`اتهام X
لـY`), whatever the subject of the clause around the noun does."""
from event_roles import roles


def test_a_request_is_made_by_its_genitive_not_by_the_clause_subject_right_before():
    source, target = roles("وستنظر المحكمة الأوروبية في طلب إيطاليا تسليم المتهم إليها.", "REQUEST")
    assert source == "إيطاليا" and target != "إيطاليا"


def test_a_resignation_is_made_by_the_person_named_after_it():
    source, target = roles("وعين رئيس الوزراء ماريو روسي وزيرا للداخلية بعد استقالة كارلو بيانكي.", "RETREAT")
    assert source == "كارلو بيانكي"


def test_an_expulsion_with_its_object_in_lam_is_done_by_the_genitive():
    source, target = roles("وردت موسكو بغضب على طرد بريطانيا لدبلوماسيين روس من لندن.", "SANCTION")
    assert source == "بريطانيا"


def test_an_accusation_with_its_object_in_lam_is_made_by_the_genitive_against_that_object():
    source, target = roles("وأكدت فرنسا اتهام الحكومة الألمانية لروسيا بالتجسس.", "ACCUSE")
    assert (source, target) == ("الحكومة الألمانية", "روسيا")


def test_an_arrest_in_construct_still_names_the_one_arrested():
    source, target = roles("وأعلنت الشرطة الفرنسية اعتقال الصحفي جان دوبون في باريس.", "COERCE")
    assert target == "جان دوبون" and source != "جان دوبون"


def test_his_countrys_withdrawal_announced_by_a_leader_stays_the_leaders_act():
    source, _ = roles("وجاء ذلك بعد إعلان الرئيس الأمريكي دونالد ترامب انسحاب بلاده من المعاهدة.", "SANCTION")
    assert source == "دونالد ترامب"


def test_a_body_after_a_noun_of_visiting_is_the_place_visited():
    # the visit invited to is part of the invitation (AGREE: a meeting still to come), whose target it gives
    _, target = roles("وقال الرئيس الأمريكي إنه قد يدعو زعيم كوريا الشمالية إلى زيارة البيت الأبيض.", "AGREE")
    assert target == "البيت الأبيض"
    _, target = roles("وقال الرئيس الأمريكي إن زعيم كوريا الشمالية أنهى زيارة البيت الأبيض.", "CONSULT")
    assert target == "البيت الأبيض"


def test_a_request_after_despite_is_made_by_the_state_in_construct():
    source, _ = roles("قضت محكمة هولندية بالإفراج عن الناشط سامي الخطيب، رغم طلب أنقرة تسليمه إليها.", "REQUEST")
    assert source == "تركيا"


def test_the_genitive_of_a_call_is_the_one_calling():
    source, _ = roles("وتلقى الرئيس السوري دعوة الرئيس الروسي فلاديمير بوتين لزيارة موسكو.", "AGREE")  # an invitation is AGREE
    assert source == "فلاديمير بوتين"


def test_the_genitive_of_a_welcome_is_the_one_welcoming():
    source, _ = roles("وجاء ذلك بعد ترحيب مصر بالاتفاق بين الطرفين.", "SUPPORT")
    assert source == "مصر"


def test_a_party_joined_to_the_genitive_doer_condemns_with_it():
    assert roles("وقوبل القرار بتنديد فرنسا وألمانيا.", "ACCUSE") == ("فرنسا", None)
