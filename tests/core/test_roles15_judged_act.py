"""`وأدان اعتقال X للصحفيين`, `ورفض انسحاب X`: a verb of judging with its subject dropped and an
indefinite noun of an act right after it: the party in construct with the noun did that act and
is the one judged, not the judge. `غزو X`, `احتلال X`: the land invaded or occupied is the
genitive, the act's target."""
from event_roles import roles


def test_condemning_an_arrest_targets_the_police_who_made_it():
    assert roles("وأدان اعتقال الشرطة المصرية للصحفيين.", "ACCUSE") == (None, "الشرطة المصرية")


def test_rejecting_a_withdrawal_targets_the_one_who_withdrew():
    assert roles("ورفض انسحاب الولايات المتحدة من الاتفاق.", "REJECT") == (None, "الولايات المتحدة")


def test_the_invasion_of_a_state_is_done_to_it():
    assert roles("وأدى غزو العراق إلى مقتل الآلاف.", "ASSAULT") == (None, "العراق")
