"""`وقد اتهم في 2015 بتحويل أموال`, `واتهم فيها بالاعتداء`: a verb of accusing with its charge right
after it has no object, so reads as passive: no accuser is named, none is carried on to it."""
from event_roles import roles


def test_a_verb_of_accusing_with_its_charge_after_a_date_names_no_accuser():
    source, _ = roles("وأعلنت الحكومة الماليزية فتح تحقيق مع رئيس الوزراء السابق. وقد اتهم في 2015 بتحويل أموال "
                      "من الصندوق.", "ACCUSE", trigger="اتهم")
    assert source is None


def test_a_verb_of_accusing_with_its_charge_after_a_pronoun_names_no_accuser():
    source, _ = roles("أشاد ترامب بالنائب الجمهوري بعد أن أقر بأنه مذنب، واتهم فيها بالاعتداء على مراسل.",
                      "ACCUSE", trigger="اتهم")
    assert source is None


def test_a_verb_of_accusing_with_its_object_keeps_its_subject():
    source, target = roles("واتهم ترامب الصين بالتلاعب بالعملة.", "ACCUSE")
    assert (source, target) == ("دونالد ترامب", "الصين")


def test_a_subject_whose_name_opens_with_the_charge_letter_is_no_charge():
    source, _ = roles("واتهمت بريطانيا روسيا بتسميم العميل السابق.", "ACCUSE")
    assert source == "بريطانيا"


def test_a_verb_whose_object_takes_the_charge_letter_is_no_passive():
    source, target = roles("وأضاف البيان أن ميركل نددت بهجمات إيران على مواقع إسرائيلية.", "ACCUSE")
    assert (source, target) == ("أنجيلا ميركل", "إيران")
