"""`مع نظيره التركي`: a counterpart of a nation is the person of that nation the text has named."""
from event_roles import roles


def test_the_counterpart_of_a_nation_is_its_leader_named_before():
    text = ("واتصل الرئيس الروسي فلاديمير بوتين بنظيره التركي رجب طيب أردوغان أمس. "
            "وبحث بوتين مع نظيره التركي الوضع في الشمال السوري.")
    assert roles(text, "CONSULT", trigger="بحث") == ("فلاديمير بوتين", "رجب طيب أردوغان")


def test_a_counterpart_a_few_words_after_the_verb_is_its_object():
    text = ("واستقبل الرئيس الأمريكي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون. "
            "وقدم ترامب سلسلة مقترحات لنظيره الفرنسي بشأن التجارة.")
    assert roles(text, "REQUEST", trigger="قدم") == ("دونالد ترامب", "إيمانويل ماكرون")


def test_a_counterpart_of_a_nation_no_person_of_which_is_named_stays_unknown():
    assert roles("وبحث بوتين مع نظيره التركي الوضع في الشمال السوري.", "CONSULT")[1] is None
