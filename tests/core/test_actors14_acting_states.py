"""Fourteenth session: a state named once, as the subject of a headline's present verb in ت-
(`X تغلق`), acts: it is kept though no event rule gave it a role."""
from etl.core.extract import extract


def _states(text: str) -> set[str]:
    return {a.name_ar for a in extract("d", text, None).actors.values() if a.actor_type == "state"}


def test_a_state_before_a_present_verb_in_ta_in_a_title_acts():
    text = "الأردن تغلق رسميا معبرا حدوديا\n\nقررت السلطات إغلاق المعبر بعد أعمال صيانة طويلة."
    assert "الأردن" in _states(text)


def test_a_state_named_once_as_a_setting_is_still_dropped():
    text = "أسعار الذهب ترتفع\n\nارتفعت أسعار الذهب في الأسواق اليوم بعد أيام من التراجع في الأردن."
    assert "الأردن" not in _states(text)


def _names(text: str) -> set[str]:
    return {a.name_ar for a in extract("d", text, None).actors.values()}


def test_a_known_company_named_twice_is_a_party():
    text = "تراجعت أسهم غوغل في التعاملات المبكرة.\n\nوتوقع محللون أن تستعيد أسهم غوغل قيمتها خلال أيام."
    assert "غوغل" in _names(text)


def test_a_platform_named_twice_as_where_something_was_posted_is_no_party():
    text = "ظهرت الصورة على فيسبوك أمس.\n\nوانتشر المقطع عبر فيسبوك بسرعة كبيرة."
    assert not any(n in ("ميتا", "فيسبوك") for n in _names(text))
