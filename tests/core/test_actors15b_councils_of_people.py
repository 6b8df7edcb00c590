"""An indefinite council head, a plural of people and a definite genitive (`مجلس نواب الشعب`) are one
construct chain naming a body: the plural's first letter (ن, ي) is no present-tense prefix there."""
from etl.core.extract import extract


def _surfaces(text: str) -> set[str]:
    return {m["surface"] for m in extract("d", text, None).actor_mentions}


def test_a_council_of_deputies_of_a_region_is_one_body():
    assert "مجلس نواب المقاطعة" in _surfaces("صوت مجلس نواب المقاطعة على الموازنة الجديدة بالأغلبية.")


def test_a_council_of_activists_of_a_district_is_one_body():
    assert "مجلس نشطاء الحي" in _surfaces("قال مجلس نشطاء الحي إن الاحتجاج سيستمر.")


def test_a_present_verb_in_nun_after_a_head_still_names_no_body():
    assert not any(s.startswith("مجلس") for s in _surfaces("قال إن مجلس نحاول إقناعه بالقرار."))
