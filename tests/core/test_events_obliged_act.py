"""The act after `على X أن` is only asked for (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def test_the_act_laid_on_a_party_is_a_request_not_the_act():
    ex = extract("t", "وقال الرئيس الأمريكي دونالد ترامب إن على إيران أن تفرج عن المعتقلين.", DAY)
    assert [e["event_type"] for e in ex.events] == ["REQUEST"]
    [e] = ex.events
    assert e["target_actor_id"] is not None and ex.actors[e["target_actor_id"]].name_ar == "إيران"
    assert [e["event_type"] for e in extract("t", "على رئيس الوزراء أن يستقيل فورا.", DAY).events] == ["REQUEST"]


def test_an_agreement_on_an_act_keeps_the_act():
    types = {e["event_type"] for e in extract("t", "اتفق الطرفان على أن تنسحب القوات من المدينة.", DAY).events}
    assert "AGREE" in types
