"""`توصل X وزعيم كوريا الشمالية Y الثلاثاء لاتفاق`: two parties joined by `و` before a mutual act's
noun are its pair even with the second one's title (and the body it names) and a time word between."""
from event_roles import roles


def test_the_two_leaders_reaching_an_agreement_are_its_parties():
    source, target = roles("توصل الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون الثلاثاء "
                           "لاتفاق ينص على نزع السلاح النووي.", "AGREE")
    assert (source, target) == ("دونالد ترامب", "كيم جونغ أون")
