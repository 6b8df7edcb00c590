"""`وقال X إن اعتقاله جاء`: the pronoun of a verbal noun of force stands for the speaker when the
text names no one else it may stand for: he is the one arrested, not the one arresting; an official
(a government person) speaks of others' arrests."""
from event_roles import roles


def test_an_activist_speaking_of_his_own_arrest_is_its_target():
    assert roles("وقال المعارض أحمد منصور إن اعتقاله جاء بسبب مواقفه.", "COERCE") == (None, "أحمد منصور")


def test_a_woman_speaking_of_her_detention_is_its_target():
    assert roles("وقالت الناشطة سارة أحمد إن اعتقالها تم دون مذكرة.", "COERCE") == (None, "سارة أحمد")


def test_a_head_of_state_speaking_of_an_arrest_is_not_its_target():
    _, target = roles("وقال ترامب إن اعتقاله تم بعد تحقيق طويل.", "COERCE")
    assert target is None
