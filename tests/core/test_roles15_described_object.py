"""`وأفرجت تركيا عن القس`: a definite title or noun of a person right after the trigger (past its
subject and preposition), with no name or description after it, is the person named before with
that word: the act's object."""
from event_roles import roles


def test_the_pastor_released_is_the_pastor_named_before():
    text = "واعتقلت السلطات التركية القس الأمريكي أندرو برانسون عام 2016. وأفرجت تركيا عن القس يوم الجمعة."
    assert roles(text, "RETREAT") == ("تركيا", "أندرو برانسون")


def test_a_person_noun_with_a_description_of_its_own_names_no_one_before():
    text = "واعتقلت السلطات التركية القس الأمريكي أندرو برانسون عام 2016. وأفرجت تركيا عن القس الألماني يوم الجمعة."
    assert roles(text, "RETREAT")[1] is None
