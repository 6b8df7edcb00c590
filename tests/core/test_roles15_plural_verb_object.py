"""`وانتقدوا الحكومة`, `المعلمون يطالبون الحكومة`: a verb carrying its plural subject has that
subject in itself or before it (a verb before its subject stays singular), so the party right after
it is its object, not its subject."""
from event_roles import roles


def test_a_past_plural_verb_has_the_party_after_it_as_object():
    assert roles("ودعا الطلاب إلى الإضراب، وانتقدوا الحكومة الأردنية.", "ACCUSE") == (None, "الحكومة الأردنية")


def test_a_past_plural_verb_opening_the_sentence_has_the_party_after_it_as_object():
    source, target = roles("وهاجموا الحكومة العراقية بشدة في بيانهم.", "ACCUSE")
    assert (source, target) == (None, "الحكومة العراقية")


def test_a_singular_verb_before_its_subject_keeps_the_party_after_it_as_subject():
    source, _ = roles("وانتقدت الحكومة الأردنية قرار البرلمان.", "ACCUSE")
    assert source == "الحكومة الأردنية"


def test_a_singular_verb_whose_root_ends_in_waw_nun_keeps_its_subject_after_it():
    assert roles("ويتعاون الجيش اللبناني مع الأمم المتحدة في الجنوب.", "COOPERATE") == ("الجيش اللبناني", "الأمم المتحدة")
