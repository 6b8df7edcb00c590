"""`وقتل جندي إسرائيلي الجمعة الشاب الفلسطيني X`: a killing verb read as passive (`قُتل جندي`) takes no
object; a definite person after the party named right after the verb makes the verb active, that
party its subject and the person its object."""
from event_roles import roles


def test_a_soldier_killing_a_named_young_man_is_the_killer():
    source, target = roles("وقتل جندي إسرائيلي الجمعة الشاب الفلسطيني أحمد سالم قرب الحدود.", "ASSAULT")
    assert (source, target) == ("جندي إسرائيلي", "أحمد سالم")


def test_a_soldier_killed_somewhere_is_the_one_killed():
    source, target = roles("وقتل جندي إسرائيلي الجمعة في الضفة الغربية.", "ASSAULT")
    assert (source, target) == (None, "جندي إسرائيلي")
