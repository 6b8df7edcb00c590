"""A charge told in someone's words (`قال X إن Y انتهكت الاتفاق`, `إن Y تشكل خطرا`): the speaker
accuses, the subject of the breach or the danger is the one accused, not the accuser."""
from event_roles import roles


def test_a_breach_told_by_a_minister_is_his_charge_against_the_state():
    source, target = roles("وقال وزير الخارجية الأمريكي مايك بومبيو إن إيران انتهكت الاتفاق النووي.", "ACCUSE")
    assert (source, target) == ("مايك بومبيو", "إيران")


def test_a_danger_told_by_a_minister_is_his_charge_against_the_state():
    source, target = roles("وقال وزير الخارجية الأمريكي مايك بومبيو إن إيران تشكل خطرا على جيرانها.", "ACCUSE")
    assert (source, target) == ("مايك بومبيو", "إيران")


def test_a_breach_told_as_fact_keeps_its_subject_as_doer():
    source, _ = roles("وانتهكت إسرائيل اتفاق الهدنة مع حركة حماس.", "ACCUSE")
    assert source == "إسرائيل"
