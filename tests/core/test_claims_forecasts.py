"""`أن` + a present verb after a verb of expecting, ruling out or denying is the proposition
it reports, not an infinitive (`يريد أن`). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"], c["hedged"]) for c in extract("t", text, DAY).claims]


def test_an_expected_event_is_what_the_speaker_reports():
    assert claims("وتوقع وزير الزراعة التونسي أن ترتفع أسعار القمح الشهر المقبل.") == [
        ("وزير الزراعة التونسي", "أن ترتفع أسعار القمح الشهر المقبل", True)]


def test_what_is_ruled_out_or_denied_is_reported():
    [(_, content, _)] = claims("واستبعد المحافظ أن تعود الحافلات إلى العمل قبل الصيف.")
    assert content == "أن تعود الحافلات إلى العمل قبل الصيف"
    [(_, content, _)] = claims("ونفى سمير الحلبي أن يسعى حزبه إلى تأجيل الانتخابات.")
    assert content == "أن يسعى حزبه إلى تأجيل الانتخابات"


def test_an_adjunct_between_the_speaker_and_the_forecast_is_skipped():
    [(source, content, _)] = claims("وتتوقع الحكومة التونسية في تقريرها السنوي أن يتراجع العجز.")
    assert source == "الحكومة التونسية" and content == "أن يتراجع العجز"


def test_an_infinitive_after_other_verbs_is_still_no_report():
    assert claims("ويريد المحافظ أن تعود الحافلات إلى العمل.") == []
    assert claims("ومن المتوقع أن تعود الحافلات إلى العمل.") == []


def test_a_comma_ends_the_reach_of_the_verb_of_expecting():
    found = claims("وتوقع المحافظ ذلك، ويريد أن تعود الحافلات إلى العمل.")
    assert not any(content.startswith("أن") for _, content, _ in found)
