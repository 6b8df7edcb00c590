"""`اكتفى X بالقول إن`, `رد بالقول "..."`: "by saying" opens the statement after a verb; it is
neither part of who speaks nor of what was said (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_by_saying_is_not_part_of_the_speaker_named_by_words():
    [c] = claims("واكتفى المدير الإقليمي بالقول إن المفاوضات ما زالت جارية.")
    assert c["source_text"] == "المدير الإقليمي"
    assert c["content"].startswith("إن المفاوضات ما زالت")


def test_named_speaker_goes_on_by_saying():
    found = claims("وقال وزير الخارجية المصري سامح شكري إن الحوار مستمر. وأضاف بالقول إن الطريق ما زال طويلا.")
    assert [c["source_actor_id"] for c in found] == ["sameh-shoukry", "sameh-shoukry"]
    assert found[1]["content"].startswith("إن الطريق ما زال")


def test_quotation_after_by_saying_is_the_content():
    found = claims("وقال المتحدث إن الوفد وصل. واكتفى بالقول \"سننتظر ردهم غدا\".")
    assert len(found) == 2
    assert found[1]["content"] == "سننتظر ردهم غدا"
    assert found[1]["source_text"] == "المتحدث"
