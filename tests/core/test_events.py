"""Event rules on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def events(text):
    return extract("t", text, DAY).events


def test_phone_call_is_consult_with_mode_source_and_date():
    [e] = events("وأجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس التركي رجب طيب أردوغان أمس.")
    assert (e["event_type"], e["event_mode"]) == ("CONSULT", "phone")
    assert e["source_actor_id"] == "vladimir-putin" and e["target_actor_id"] == "recep-tayyip-erdogan"
    assert e["event_date"] == dt.date(2024, 12, 7) and e["date_precision"] == "day"


def test_conjugations_and_verbal_nouns_and_enclitics():
    assert {e["event_type"] for e in events("هاجمت القوات المدينة.")} == {"ASSAULT"}
    assert {e["event_type"] for e in events("وأعلن الجيش استعداده لوقف إطلاق النار.")} >= {"AGREE"}
    assert {e["event_type"] for e in events("ووفرت روسيا اللجوء السياسي للأسد.")} == {"AID"}


def test_negation_marks_the_event():
    [e] = events("ولم تهاجم القوات الحكومية المدينة.")
    assert e["event_type"] == "ASSAULT" and e["negated"]
    [e] = events("وهاجمت القوات الحكومية المدينة.")
    assert not e["negated"]


def test_future_meeting_is_agree_not_consult():
    types = {e["event_type"] for e in events("وسيزور وزير الخارجية الإيراني أنقرة الأسبوع المقبل.")}
    assert "AGREE" in types and "CONSULT" not in types


def test_event_reported_inside_a_claim_links_to_it():
    x = extract("t", "وقالت مصادر مطلعة إن الطائرات قصفت مواقع للمعارضة.", DAY)
    [e] = [e for e in x.events if e["event_type"] == "ASSAULT"]
    assert e["claim_id"] == x.claims[0]["claim_id"]


def test_location_from_a_state_named_as_a_place():
    [e] = events("وقصفت الطائرات مواقع في سوريا.")
    assert e["location"] == "سوريا" and e["location_country_iso3"] == "SYR"
