"""`ألغت X المحادثات مع Y احتجاجا على ...`: an indefinite verbal noun in the accusative that gives
the reason of its clause's act (`احتجاجا`, `تنديدا`, `ردا`) is done by that clause's subject, not
by the party its verb's object or a preposition names; a subject naming no party leaves it
without a doer."""
from event_roles import roles


def test_the_state_that_cancels_talks_protests_not_the_partner_named_after_with():
    source, target = roles("ألغت كوريا الشمالية المحادثات مع كوريا الجنوبية احتجاجا على مناورات عسكرية "
                           "تجريها مع الولايات المتحدة.", "PROTEST", "احتجاجا")
    assert source == "كوريا الشمالية"
    assert target != "كوريا الشمالية"


def test_a_subject_before_its_verb_protests():
    source, _ = roles("الحكومة الأردنية أغلقت سفارتها في دمشق احتجاجا على قصف الجيش السوري للحدود.",
                      "PROTEST", "احتجاجا")
    assert source == "الحكومة الأردنية"


def test_the_owner_of_the_decision_rejected_is_not_the_one_rejecting_it():
    source, _ = roles("قاطعت المعارضة الجلسة رفضا لقرار البرلمان.", "REJECT", "رفضا")
    assert source != "البرلمان"


def test_a_noun_after_a_verb_of_deeming_is_what_the_object_is_deemed():
    source, _ = roles("اعتبرت الحكومة اليمنية إطلاق الحوثيين الصواريخ على السعودية رفضا صريحا للسلام.",
                      "REJECT", "رفضا")
    assert source != "الحكومة اليمنية"
