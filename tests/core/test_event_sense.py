"""The learned ASSAULT/PROTEST sense model (`event_sense.py`): off in the extractor by default
(the project's gold codes a condemned attack too), on within `reported_only()` (GSR's reading:
the sentence reports the act happening). Sentences written for these tests."""
import gzip
import math

import pytest

from etl.core import event_sense
from etl.core.extract import extract

REPORT = "وقتل ثمانية أشخاص وأصيب عشرون آخرون بجروح في هجوم انتحاري بسيارة مفخخة استهدف سوقا شعبية في مدينة الموصل امس."
CONDEMNED = "واستنكر رئيس الوزراء الهجوم وطالب بمحاسبة المسؤولين عنه."
MARCH = "وتظاهر آلاف الطلاب امس أمام مبنى البرلمان احتجاجا على رفع الرسوم الجامعية."
FORECAST = "وقال المحلل إن المظاهرات قد تؤثر على الانتخابات المقبلة."


def types(text):
    return {e["event_type"] for e in extract("t", text, None).events if not e["negated"]}


@pytest.fixture(autouse=True)
def packaged_model():
    if event_sense.sense_model() is None:
        pytest.skip("no packaged sense model")


def test_the_extractor_keeps_a_condemned_attack_by_default():
    assert event_sense.sense_model().veto == 0.0
    assert "ASSAULT" in types(CONDEMNED)
    assert "PROTEST" in types(FORECAST)


@pytest.mark.parametrize("text,event_type,reported", [
    (REPORT, "ASSAULT", True), (CONDEMNED, "ASSAULT", False),
    (MARCH, "PROTEST", True), (FORECAST, "PROTEST", False)])
def test_reported_only_keeps_reports_and_drops_mentions(text, event_type, reported):
    with event_sense.reported_only():
        assert (event_type in types(text)) is reported
    assert event_type in types(text)  # the block ends: every trigger again


def test_recording_collects_features_and_vetoes_nothing():
    with event_sense.recording() as found, event_sense.reported_only():
        assert "ASSAULT" in types(CONDEMNED)
    assert len(found) == 1 and "T=ASSAULT" in found[0] and "stem=هجوم" in found[0]


def test_a_model_file_round_trips(tmp_path):
    path = tmp_path / "m.tsv.gz"
    event_sense.write_model(path, {"stem=هجوم": 1.5, "S=امس": -0.25, "tiny": 1e-6}, -0.5, 0.0,
                            {"ASSAULT": 0.3, "PROTEST": 0.1}, "a header\nof two lines")
    m = event_sense.read_model(path)
    assert m.weights == {"stem=هجوم": 1.5, "S=امس": -0.25} and m.bias == -0.5
    assert m.veto == 0.0 and m.reported == {"ASSAULT": 0.3, "PROTEST": 0.1}
    assert gzip.open(path, "rt", encoding="utf-8").readline() == "# a header\n"
    assert m.probability(["stem=هجوم"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
