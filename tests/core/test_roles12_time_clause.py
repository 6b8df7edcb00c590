"""`وجاء الرفض بعدما تعرض X لاستجواب`: a clause of time after the trigger (`بعدما`, `عندما`, `إذ`)
has parties of its own, none of them the trigger's object."""
from event_roles import roles


def test_the_man_questioned_after_the_refusal_is_not_its_target():
    _, target = roles("وجاء الرفض بعدما تعرض مارك زوكربيرغ هذا الأسبوع لاستجواب في الكونغرس.", "REJECT")
    assert target is None

