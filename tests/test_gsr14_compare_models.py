"""`evaluate_gsr --corpus FILE --compare MODEL`: the non-negated ASSAULT/PROTEST rows whose
`reported` another sense model reads otherwise, each with its sentence, to be read before a
retrained model replaces the packaged one. Sentences written for these tests."""
import polars as pl

from etl import evaluate_gsr
from etl.core import event_sense

SHOOTING = "وأطلق مسلحون النار على حافلة تقل عمالا في ضواحي المدينة امس فقتلوا أربعة منهم."
DENIED = "ولم تهاجم القوات القرية المجاورة."
ECONOMY = "وتحدث الرئيس عن الاقتصاد والاستثمار في البلاد."


def always(bias):
    return event_sense.SenseModel({}, bias, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5})


def test_rows_read_otherwise_are_listed_with_their_sentence():
    with event_sense.using(always(-5.0)):
        [change] = evaluate_gsr.reported_changes([SHOOTING, DENIED, ECONOMY], always(5.0))
    assert (change.event_type, change.before, change.after) == ("ASSAULT", False, True)
    assert change.sentence == SHOOTING


def test_the_same_reading_lists_nothing():
    with event_sense.using(always(5.0)):
        assert evaluate_gsr.reported_changes([SHOOTING], always(5.0)) == []


def test_the_command_prints_the_changes_and_their_count(tmp_path, capsys):
    pl.DataFrame({"text": [SHOOTING, ECONOMY]}).write_parquet(tmp_path / "c.parquet")
    model = tmp_path / "m.tsv.gz"
    event_sense.write_model(model, {}, 5.0, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5}, "test")
    with event_sense.using(always(-5.0)):
        assert evaluate_gsr.main(["--corpus", str(tmp_path / "c.parquet"), "--sample", "2",
                                  "--compare", str(model)]) == 0
    out = capsys.readouterr().out
    assert f"| {SHOOTING}" in out and "ASSAULT   1 rows read otherwise: 1 now reported, 0 no longer" in out
