"""`وندد بقرار X`, `التنديد بانسحاب X`, `رفضه لقرار X`: a noun with `ب`/`ل` right after the trigger
names the thing judged or asked for, and the party in construct after it owns that thing: it is
the act's target, never its subject."""
from event_roles import roles


def test_condemning_a_decision_targets_the_one_who_took_it():
    assert roles("وندد بقرار الرئيس الأمريكي دونالد ترامب.", "ACCUSE") == (None, "دونالد ترامب")


def test_the_noun_of_condemning_a_withdrawal_targets_the_one_who_withdrew():
    source, target = roles("وسارعت الأحزاب إلى التنديد بانسحاب الولايات المتحدة من الاتفاق.", "ACCUSE")
    assert (source, target) == (None, "الولايات المتحدة")


def test_rejecting_a_decision_in_lam_targets_its_owner():
    assert roles("وعبر عن رفضه لقرار الحكومة الإسرائيلية.", "REJECT") == (None, "الحكومة الإسرائيلية")


def test_a_noun_opening_in_ba_that_is_no_preposition_keeps_the_party_as_subject():
    source, _ = roles("وأدان بيان وزارة الخارجية الأردنية الهجوم.", "ACCUSE")
    assert source == "وزارة الخارجية الأردنية"
