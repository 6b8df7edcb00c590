"""`_reason_subject` reads the clause's verb after its subject by `WordAnalysis.marked_past` (four to
six letters ending in `ت` or `وا`), whatever it opens with: a past verb whose root opens with `ن`
or a Form V past in `ت` is a verb too. Sentences written for the test."""
from event_roles import roles


def test_reason_noun_after_a_past_verb_opening_with_nun():
    # `نددت`: a past verb whose root opens with `ن`; the movement that condemns protests
    assert roles("وقالت الوكالة إن حركة حماس نددت بالقرار احتجاجا على سياسة إسرائيل.", "PROTEST",
                 "احتجاجا") == ("حركة حماس", "إسرائيل")
