"""`إن آلاف الفلسطينيين شاركوا في أعمال شغب`: an indefinite noun heading the protest noun after
the `في` of a verb of joining leaves the crowd that joins as the protest's doer."""
from event_roles import roles


def test_the_crowd_that_took_part_in_riots_riots():
    source, _ = roles("وقال الجيش إن آلاف الفلسطينيين شاركوا في أعمال شغب قرب السياج الحدودي.", "PROTEST")
    assert source == "الفلسطينيين"
