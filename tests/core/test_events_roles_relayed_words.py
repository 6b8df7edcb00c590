"""`نقلت وكالة X عن Y قوله`: the agency only passes on Y's words; Y is the one who acts in them,
and the agency is a party of nothing it relays."""
from event_roles import roles


def test_the_one_quoted_after_an_is_the_visitor_not_the_agency():
    source, _ = roles('ونقلت وكالة الأنباء الفرنسية عن ماكرون قوله خلال زيارته لمصنع عسكري: "يجب على المصنع زيادة الإنتاج".',
                      "CONSULT")
    assert source == "إيمانويل ماكرون"


def test_the_relaying_agency_is_not_the_doer_of_what_the_words_demand():
    source, _ = roles('ونقلت وكالة الأنباء الفرنسية عن ماكرون قوله خلال زيارته لمصنع عسكري: "يجب على المصنع زيادة الإنتاج".',
                      "REQUEST")
    assert source != "وكالة الأنباء الفرنسية"


def test_a_speaker_named_after_a_plain_verb_of_saying_still_acts():
    source, target = roles("وقالت وكالة رويترز إن الرئيس الفرنسي إيمانويل ماكرون التقى نظيره الألماني أولاف شولتس في برلين.",
                           "CONSULT")
    assert (source, target) == ("إيمانويل ماكرون", "أولاف شولتس")
