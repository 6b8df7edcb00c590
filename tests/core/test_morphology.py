"""Word-shape heuristics on normalised words (ة → ه, أ → ا), the way the name rules see them."""
from etl.core.text import normalize_phrase
from etl.core.morphology import (accusative_adverb, clitic_preposition, future_prefixed, prefixed_word,
                                  preposition_with_pronoun, tagged_name_clitic)

PREPOSITIONS = frozenset({"في", "علي", "من", "عن"})


def n(word):
    return normalize_phrase(word)


def test_prepositions_with_a_pronoun():
    assert all(preposition_with_pronoun(n(w), PREPOSITIONS) for w in ("فيها", "عليه", "منهم", "علينا"))
    assert not any(preposition_with_pronoun(n(w), PREPOSITIONS) for w in ("فيصل", "عمر", "منير"))


def test_accusatives_but_not_foreign_names_ending_in_alef():
    assert all(accusative_adverb(n(w)) for w in ("غضبا", "تحضيرا", "رسميا", "اتصالا", "انسحابا", "استعدادا"))
    assert not any(accusative_adverb(n(w)) for w in ("موخيكا", "أوباما", "ميركل", "أنجيلا"))


def test_prepositional_and_prefixed_words():
    assert clitic_preposition(n("بإدانة")) and clitic_preposition(n("لترجيح"))
    assert not clitic_preposition(n("للمسيرات")), "ل + article occurs inside names"
    stop = frozenset({"ما", "لا"})
    assert prefixed_word(n("بالانسحاب"), stop) and prefixed_word(n("ويدعى"), stop)
    assert not prefixed_word(n("ويلسون"), stop, expected=True), "where a name is expected, ويلسون is one"


def test_the_proclitics_of_a_tagged_name():
    known = {n("جون"), n("وليد")}
    assert tagged_name_clitic(n("وجون"), "person", known) == "و"
    assert tagged_name_clitic(n("وليد"), "person", known) == "", "وليد is a name, not و + ليد"
    assert tagged_name_clitic(n("لجون"), "person", known) == "ل"
    assert tagged_name_clitic(n("لمنظمة"), "organization", known) == "ل"
    assert tagged_name_clitic(n("للجنة"), "organization", known) == "لل"
    assert tagged_name_clitic(n("بالمنظمة"), "organization", known) == "ب"
    assert tagged_name_clitic(n("هالبيرن"), "person", known) == ""


def test_the_future_prefix_is_sa_before_a_present_prefix_on_a_verb_long_enough():
    assert all(future_prefixed(w) for w in ("سيزور", "ستعقد", "سنعلن"))
    assert not any(future_prefixed(w) for w in ("سلام", "سير", "سنرد", "يزور", "سبب"))  # (سنرد: too short to tell)
