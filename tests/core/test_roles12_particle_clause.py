"""`، وقد سانده رئيس الوزراء X`: a verbal particle joined by `و` after a comma opens a clause of its
own, so the titled party after the verb is its subject and the party named before the comma the
pronoun's referent, not the doer."""
from event_roles import roles


def test_the_prime_minister_backs_the_candidate_named_before():
    source, target = roles("رشح حزب العدالة والتنمية عمر فاروق لمنصب العمدة، وقد سانده رئيس الوزراء "
                           "رجب طيب أردوغان في حملته.", "SUPPORT")
    assert source == "رجب طيب أردوغان"
    assert target != "رجب طيب أردوغان"
