"""`وأفرجت تركيا عن القس`: the person named before with that word, though a description of some
words stands between the word and the name set off by a comma (`القس الأمريكي المعتقل منذ عامين، X`)."""
from event_roles import roles


def test_the_pastor_named_after_his_description_and_a_comma():
    text = ("واحتجزت السلطات التركية القس الأمريكي المعتقل منذ عامين، أندرو برانسون، بتهم عدة. "
            "وأفرجت تركيا عن القس يوم الجمعة.")
    assert roles(text, "RETREAT") == ("تركيا", "أندرو برانسون")


def test_a_name_far_after_the_word_without_a_comma_is_not_its_holder():
    text = ("واحتجزت السلطات التركية القس الأمريكي المعتقل منذ عامين أندرو برانسون بتهم عدة. "
            "وأفرجت تركيا عن القس يوم الجمعة.")
    assert roles(text, "RETREAT")[1] is None
