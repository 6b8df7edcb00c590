"""The learned ASSAULT/PROTEST sense model (`event_sense.py`): the extractor keeps every trigger
(the project's gold codes a condemned attack too) and gives the model's reading as the events
column `reported` (GSR's reading: the sentence reports the act happening).
Sentences written for these tests."""
import gzip
import math

import pytest

from etl.core import event_sense
from etl.core.extract import extract

BOMBING = "وانفجرت عبوة ناسفة امس في سوق مزدحم وسط المدينة مما أدى إلى مقتل سبعة مدنيين وإصابة العشرات."
CONDEMNED = "ونددت منظمات حقوقية بالهجوم الذي استهدف المستشفى ودعت إلى تحقيق دولي مستقل."
WORKERS = "واحتج مئات العمال امس أمام مقر الشركة في العاصمة مطالبين بصرف رواتبهم المتأخرة منذ ثلاثة أشهر."
PLANNED = "ودعت النقابة أنصارها إلى المشاركة في الاحتجاجات التي ستنظم الأسبوع المقبل."
MEETING = "والتقى وزير الخارجية المصري نظيره الأردني في عمان امس لبحث العلاقات الثنائية."


def rows(text, event_type):
    return [e for e in extract("t", text, None).events if e["event_type"] == event_type]


@pytest.fixture(autouse=True)
def packaged_model():
    if event_sense.sense_model() is None:
        pytest.skip("no packaged sense model")


@pytest.mark.parametrize("text,event_type,reported", [
    (BOMBING, "ASSAULT", True), (CONDEMNED, "ASSAULT", False),
    (WORKERS, "PROTEST", True), (PLANNED, "PROTEST", False)])
def test_reported_says_whether_the_sentence_reports_the_act_and_no_row_is_dropped(text, event_type, reported):
    [e] = rows(text, event_type)  # a mere mention is kept: the project's gold codes it
    assert e["reported"] is reported and not e["negated"]


def test_types_the_model_does_not_cover_have_no_reading():
    [e] = rows(MEETING, "CONSULT")
    assert e["reported"] is None


def test_without_a_model_every_trigger_is_kept_with_no_reading(monkeypatch):
    monkeypatch.setattr(event_sense, "sense_model", lambda: None)
    [e] = rows(BOMBING, "ASSAULT")
    assert e["reported"] is None


def test_a_model_with_a_veto_drops_the_triggers_below_it(monkeypatch):
    m = event_sense.sense_model()
    vetoing = event_sense.SenseModel(m.weights, m.bias, 0.2, m.reported)
    monkeypatch.setattr(event_sense, "sense_model", lambda: vetoing)
    assert rows(CONDEMNED, "ASSAULT") == [] and len(rows(BOMBING, "ASSAULT")) == 1


def test_an_act_is_reported_when_a_later_word_of_its_clause_reports_it(monkeypatch):
    # one row for `الهجوم ... قتل` (the same act): reported when either word reports it
    model = event_sense.SenseModel({"stem=هجوم": -5.0, "stem=قتل": 5.0}, 0.0, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5})
    monkeypatch.setattr(event_sense, "sense_model", lambda: model)
    # (not after a condemnation, which frames the act: `test_events_types_verbal_attacks.py`)
    [e] = rows("ووقع الهجوم الذي قتل فيه سبعة مدنيين في سوق المدينة امس.", "ASSAULT")
    assert e["trigger"] == "الهجوم" and e["reported"] is True
    [e] = rows("ووقع الهجوم على سوق المدينة امس.", "ASSAULT")
    assert e["reported"] is False
    with event_sense.recording() as found:  # the later word is not a training instance of its own
        rows("ووقع الهجوم الذي قتل فيه سبعة مدنيين في سوق المدينة امس.", "ASSAULT")
    assert len(found) == 1


def test_recording_collects_features_and_vetoes_nothing(monkeypatch):
    m = event_sense.sense_model()
    vetoing = event_sense.SenseModel(m.weights, m.bias, 0.99, m.reported)
    monkeypatch.setattr(event_sense, "sense_model", lambda: vetoing)
    with event_sense.recording() as found:
        assert len(rows(CONDEMNED, "ASSAULT")) == 1
    assert len(found) == 1 and "T=ASSAULT" in found[0] and "stem=هجوم" in found[0]


def test_the_score_does_not_depend_on_the_order_of_the_features():
    m = event_sense.SenseModel({"a": 1e16, "b": 1.0, "c": -1e16}, 0.0, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5})
    expected = 1 / (1 + math.exp(-1.0))
    assert m.probability(["a", "b", "c"]) == m.probability(["a", "c", "b"]) == pytest.approx(expected)


def test_a_model_file_round_trips(tmp_path):
    path = tmp_path / "m.tsv.gz"
    event_sense.write_model(path, {"stem=هجوم": 1.5, "S=امس": -0.25, "tiny": 1e-6}, -0.5, 0.0,
                            {"ASSAULT": 0.3, "PROTEST": 0.1}, "a header\nof two lines")
    m = event_sense.read_model(path)
    assert m.weights == {"stem=هجوم": 1.5, "S=امس": -0.25} and m.bias == -0.5
    assert m.veto == 0.0 and m.reported == {"ASSAULT": 0.3, "PROTEST": 0.1}
    assert gzip.open(path, "rt", encoding="utf-8").readline() == "# a header\n"
    assert m.probability(["stem=هجوم"]) == pytest.approx(1 / (1 + math.exp(-1.0)))


def test_a_model_in_use_stands_in_for_the_packaged_one_within_its_block():
    # cross-validation reads each fold's model through the whole extractor
    packaged = event_sense.sense_model()
    nothing_reported = event_sense.SenseModel({}, -30.0, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5})
    with event_sense.using(nothing_reported):
        assert event_sense.sense_model() is nothing_reported
        [e] = rows(BOMBING, "ASSAULT")
        assert e["reported"] is False
    assert event_sense.sense_model() is packaged
    [e] = rows(BOMBING, "ASSAULT")
    assert e["reported"] is True
