"""`وشارك آلاف الفلسطينيين في مظاهرات`: the noun of a protest after the `في` of a verb of joining or
going out is done by that verb's subject, the crowd named between them or right before the verb."""
from event_roles import roles


def test_a_crowd_joining_protests_protests():
    source, _ = roles("وشارك آلاف الإيرانيين في احتجاجات على غلاء الأسعار.", "PROTEST")
    assert source == "الإيرانيين"


def test_a_crowd_named_before_its_verb_in_reported_words_protests():
    source, _ = roles("وقال الجيش الإسرائيلي إن آلاف الفلسطينيين شاركوا في مظاهرات عنيفة قرب الحدود.", "PROTEST")
    assert source == "الفلسطينيين"


def test_a_time_set_off_by_commas_keeps_the_crowd_its_protest():
    source, _ = roles("وشارك آلاف الفلسطينيين، الجمعة، في مظاهرات عنيفة قرب الحدود.", "PROTEST")
    assert source == "الفلسطينيين"
