"""Sentence-level scoring of arabic_event_gsr files, on a tiny CSV written here."""
import csv

import pytest

from etl import evaluate_gsr
from etl.evaluate_gsr import Counts, predicts, read_sentences, score, split_of

ROWS = [
    ("DOC_A-1", "ASSAULT", "yes", "وقصفت الطائرات الحربية مواقع المسلحين أمس."),
    ("DOC_A-2", "ASSAULT", "easy no", "وحذر الوزير من انفجار الأوضاع في المنطقة."),
    ("DOC_B-1", "ASSAULT", "difficult no", "وهاجمت القوات القرية فجرا."),
    ("DOC_B-2", "ASSAULT", "yes", "وتحدث الرئيس عن الاقتصاد."),
    ("DOC_C-1", "ASSAULT", "ambiguous", "وقتل جنديان في المدينة."),
]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for sentence_id, event_type, label, text in rows:
            w.writerow([sentence_id, event_type, label, 1, 2, 3, text])


def every_event(event_type, text):
    return predicts(event_type, text, every_event=True)


def test_counts_from_the_full_extractor_with_ambiguous_left_out(tmp_path):
    write_csv(tmp_path / "assault_dev.csv", ROWS)
    c = score(read_sentences(tmp_path / "assault_dev.csv"), every_event)
    # a real strike (tp), a figure of speech (tn), an attack the annotators rejected (fp),
    # a `yes` with no trigger (fn), an ambiguous sentence (not counted)
    assert (c.tp, c.fp, c.fn, c.tn, c.ambiguous) == (1, 1, 1, 1, 1)
    assert (c.precision, c.recall, c.f1) == (0.5, 0.5, 0.5)


def test_a_negated_event_is_not_a_positive_prediction(tmp_path):
    write_csv(tmp_path / "assault_dev.csv", [("D-1", "ASSAULT", "easy no", "ولم تهاجم القوات المدينة.")])
    c = score(read_sentences(tmp_path / "assault_dev.csv"), every_event)
    assert (c.tp, c.fp, c.tn) == (0, 0, 1)


def test_scores_without_predictions_are_zero_not_errors():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(tp=2, fp=2, fn=0).f1 == pytest.approx(2 / 3)


def test_split_keeps_a_document_on_one_side_and_the_halves_partition_the_file(tmp_path):
    rows = [(f"DOC_{d}-{k}", "ASSAULT", "easy no", "نص.") for d in range(40) for k in range(3)]
    write_csv(tmp_path / "assault_dev.csv", rows)
    tune = read_sentences(tmp_path / "assault_dev.csv", "tune")
    heldout = read_sentences(tmp_path / "assault_dev.csv", "heldout")
    assert len(tune) + len(heldout) == len(rows) and tune and heldout
    assert {s.document for s in tune}.isdisjoint({s.document for s in heldout})
    assert all(split_of(s.document) == "tune" for s in tune)
    assert read_sentences(tmp_path / "assault_dev.csv", "all")[0].document == "DOC_0"


def test_command_prints_a_row_per_type_and_refuses_to_list_heldout_errors(tmp_path, capsys):
    write_csv(tmp_path / "assault_dev.csv", ROWS)
    assert evaluate_gsr.main(["--data", str(tmp_path), "--split", "all", "--every-event"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "0.500" in out
    with pytest.raises(SystemExit):
        evaluate_gsr.main(["--data", str(tmp_path), "--split", "heldout", "--errors"])


def test_a_sentence_the_extractor_raises_on_is_counted_not_fatal(tmp_path):
    write_csv(tmp_path / "assault_dev.csv", ROWS[:2])

    def broken(event_type, text):
        if "قصفت" in text:
            raise IndexError("extractor bug")
        return False
    c = score(read_sentences(tmp_path / "assault_dev.csv"), broken)
    assert (c.failed, c.fn, c.tn) == (1, 1, 1)


def test_by_default_only_events_reported_as_happening_count(tmp_path, capsys):
    from etl.core import event_sense
    if event_sense.sense_model() is None:
        pytest.skip("no packaged sense model")
    write_csv(tmp_path / "assault_dev.csv", [
        ("D-1", "ASSAULT", "yes", "وانفجرت عبوة ناسفة امس في سوق مزدحم وسط المدينة مما أدى إلى مقتل سبعة مدنيين وإصابة العشرات."),
        ("E-1", "ASSAULT", "easy no", "ونددت منظمات حقوقية بالهجوم الذي استهدف المستشفى ودعت إلى تحقيق دولي مستقل.")])
    assert evaluate_gsr.main(["--data", str(tmp_path), "--split", "all"]) == 0
    assert evaluate_gsr.main(["--data", str(tmp_path), "--split", "all", "--every-event"]) == 0
    reported, every = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("ASSAULT")]
    assert reported[3:6] == ["1", "0", "0"] and every[3:6] == ["1", "1", "0"]  # tp fp fn


def test_the_reported_count_needs_the_sense_model(tmp_path, monkeypatch):
    from etl.core import event_sense
    write_csv(tmp_path / "assault_dev.csv", ROWS)
    monkeypatch.setattr(event_sense, "sense_model", lambda: None)
    with pytest.raises(SystemExit):
        evaluate_gsr.main(["--data", str(tmp_path), "--split", "all"])
    assert evaluate_gsr.main(["--data", str(tmp_path), "--split", "all", "--every-event"]) == 0


def test_cross_validation_counts_sentences_as_the_evaluation_does(tmp_path):
    # the trainer scores each fold's model through the whole extractor: at threshold 0 every trigger
    # reports its act, yet a condemned attack (framed by the condemnation) is still no reported one
    from etl import train_event_sense
    docs = [d for d in (f"DOC_{k}" for k in range(40)) if split_of(d) == "tune"][:4]
    bombing = "وانفجرت عبوة ناسفة امس في سوق مزدحم وسط المدينة مما أدى إلى مقتل سبعة مدنيين."
    condemned = "ونددت منظمات حقوقية بالهجوم الذي استهدف المستشفى ودعت إلى تحقيق دولي مستقل."
    rows = [(f"{d}-1", "ASSAULT", "yes", bombing) for d in docs] + [(f"{d}-2", "ASSAULT", "easy no", condemned) for d in docs]
    write_csv(tmp_path / "assault_dev.csv", rows)
    write_csv(tmp_path / "protest_dev.csv", [])
    instances, _ = train_event_sense.instances(tmp_path)
    predicted = train_event_sense.cross_validate(tmp_path, instances, folds=2, thresholds=(0.0,))
    assert predicted[("ASSAULT", 0.0)] == {**{f"{d}-1": True for d in docs}, **{f"{d}-2": False for d in docs}}
    c = train_event_sense.counts(predicted[("ASSAULT", 0.0)], read_sentences(tmp_path / "assault_dev.csv", "tune"))
    assert (c.tp, c.fp, c.fn, c.tn) == (4, 0, 0, 4)


SHOOTING = "وأطلق مسلحون النار على حافلة تقل عمالا في ضواحي المدينة امس فقتلوا أربعة منهم."
FEARED = "ويخشى السكان من هجمات جديدة قد تشنها الجماعة خلال الأيام المقبلة."
ECONOMY = "وتحدث الرئيس عن الاقتصاد والاستثمار في البلاد."


def test_reported_share_counts_non_negated_rows_and_those_reported():
    if evaluate_gsr.event_sense.sense_model() is None:
        pytest.skip("no packaged sense model")
    share = evaluate_gsr.reported_share([SHOOTING, FEARED, ECONOMY])
    assert share["ASSAULT"] == (2, 1) and share["PROTEST"] == (0, 0)


def test_corpus_report_reads_a_sample_of_a_parquet_file(tmp_path, capsys):
    pl = pytest.importorskip("polars")
    path = tmp_path / "articles.parquet"
    pl.DataFrame({"doc_id": ["a", "b"], "text": [SHOOTING, ECONOMY]}).write_parquet(path)
    assert evaluate_gsr.main(["--corpus", str(path), "--sample", "5"]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out and "ASSAULT" in out


def test_data_or_corpus_is_required():
    with pytest.raises(SystemExit):
        evaluate_gsr.main([])


def test_weighting_positives_raises_the_fitted_probability_of_a_positive():
    from etl import train_event_sense
    rows = [(["a", "shared"], True), (["a", "shared"], False), (["b", "shared"], False), (["b", "shared"], False)]

    def probability(weights_and_bias):
        w, b = weights_and_bias
        return event_sense_probability(w, b, ["a", "shared"])

    unweighted = probability(train_event_sense.fit(rows, positive_weight=1.0))
    weighted = probability(train_event_sense.fit(rows, positive_weight=3.0))
    assert weighted > unweighted


def event_sense_probability(weights, bias, feats):
    from etl.core.event_sense import SenseModel
    return SenseModel(weights, bias, 0.0, {}).probability(feats)


BOMBING = "وانفجرت عبوة ناسفة امس في سوق مزدحم وسط المدينة مما أدى إلى مقتل سبعة مدنيين وإصابة العشرات."
CONDEMNED = "ونددت منظمات حقوقية بالهجوم الذي استهدف المستشفى ودعت إلى تحقيق دولي مستقل."


def always(score_bias):
    """A model that gives every trigger the same probability (`bias` 5: 0.99, -5: 0.007)."""
    from etl.core.event_sense import SenseModel
    return SenseModel({}, score_bias, 0.0, {"ASSAULT": 0.5, "PROTEST": 0.5})


@pytest.mark.parametrize("event_type,text,expected", [
    ("ASSAULT", ECONOMY, "no trigger"),
    ("PROTEST", "هل تنجح الاحتجاجات في إسقاط الحكومة؟", "trigger dropped"),  # a question: no event
    ("ASSAULT", "ولم تهاجم القوات المدينة.", "negated"),
    ("ASSAULT", BOMBING, "reported")])
def test_cause_names_the_stage_that_decides_before_the_model(event_type, text, expected):
    from etl.core import event_sense
    with event_sense.using(always(5.0)):
        assert evaluate_gsr.cause(event_type, text) == expected


def test_cause_tells_a_low_score_from_a_framed_act():
    from etl.core import event_sense
    with event_sense.using(always(-5.0)):
        assert evaluate_gsr.cause("ASSAULT", BOMBING) == "below threshold"
        assert evaluate_gsr.cause("ASSAULT", CONDEMNED) == "below threshold"
    with event_sense.using(always(5.0)):  # a high score, but the condemnation frames the attack
        assert evaluate_gsr.cause("ASSAULT", CONDEMNED) == "framed"


def test_tune_errors_are_listed_with_their_cause_and_counted(tmp_path, capsys):
    from etl.core import event_sense
    docs = [d for d in (f"DOC_{k}" for k in range(40)) if split_of(d) == "tune"][:2]
    write_csv(tmp_path / "assault_dev.csv", [(f"{docs[0]}-1", "ASSAULT", "yes", BOMBING),
                                             (f"{docs[1]}-1", "ASSAULT", "easy no", ECONOMY)])
    with event_sense.using(always(-5.0)):
        assert evaluate_gsr.main(["--data", str(tmp_path), "--split", "tune", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "FN yes [below threshold] | " + BOMBING in out
    assert "errors by cause: FN below threshold 1" in out


def test_the_trainer_lists_out_of_fold_errors_with_their_cause(tmp_path, capsys):
    from etl import train_event_sense
    docs = [d for d in (f"DOC_{k}" for k in range(40)) if split_of(d) == "tune"][:4]
    rows = [(f"{d}-1", "ASSAULT", "yes", BOMBING) for d in docs] + \
        [(f"{docs[0]}-2", "ASSAULT", "yes", ECONOMY)]  # a `yes` with no trigger: always missed
    write_csv(tmp_path / "assault_dev.csv", rows)
    write_csv(tmp_path / "protest_dev.csv", [])
    assert train_event_sense.main(["--data", str(tmp_path), "--folds", "2", "--no-write", "--errors"]) == 0
    out = capsys.readouterr().out
    assert "FN ASSAULT yes [no trigger] | " + ECONOMY in out
    assert "ASSAULT   out-of-fold errors by cause: FN no trigger 1" in out
