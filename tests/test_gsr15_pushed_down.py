"""`train_event_sense --pushed-down N`: the features that lower the out-of-fold score of triggers
in gold-positive sentences the model misses. Instances made up for these tests (no sentence)."""
from etl import train_event_sense


def made_up_rows():
    rows = []
    for k in range(60):
        document = f"DOC_{k}"
        # `cue=far` goes with no act most of the time, so a positive that has it is scored low
        rows.append((f"S{k}a", document, ["T=ASSAULT", "cue=far", "w=a"], k % 6 == 0))
        rows.append((f"S{k}b", document, ["T=ASSAULT", "cue=near", "w=b"], True))
    return rows


def test_the_feature_that_holds_back_missed_acts_is_counted():
    counts = train_event_sense.pushed_down(made_up_rows(), 5, {"ASSAULT": 0.5, "PROTEST": 0.5})
    assert counts["ASSAULT"].most_common(1)[0][0] in ("cue=far", "w=a")
    assert counts["ASSAULT"]["cue=near"] == 0 and not counts["PROTEST"]


def test_acts_scored_above_the_threshold_are_not_counted():
    counts = train_event_sense.pushed_down(made_up_rows(), 5, {"ASSAULT": 0.0, "PROTEST": 0.5})
    assert not counts["ASSAULT"]
