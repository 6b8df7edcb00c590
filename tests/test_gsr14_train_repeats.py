"""`train_event_sense --repeats`: the documents are dealt into folds several times and the counts
summed before each type's threshold is chosen, so that one lucky dealing of 24 positive sentences
does not pick it. Sentences written for these tests."""
import csv
import zlib

from etl import train_event_sense
from etl.evaluate_gsr import Counts, split_of


def test_the_first_dealing_is_the_one_the_trainer_always_used():
    docs = [f"DOC_{k}" for k in range(50)]
    assert [train_event_sense.fold_of(d, 5) for d in docs] == [zlib.crc32(("fold" + d).encode()) % 5 for d in docs]
    assert [train_event_sense.fold_of(d, 5, 0) for d in docs] == [train_event_sense.fold_of(d, 5) for d in docs]


def test_another_repeat_deals_the_documents_anew():
    docs = [f"DOC_{k}" for k in range(50)]
    first = [train_event_sense.fold_of(d, 5) for d in docs]
    second = [train_event_sense.fold_of(d, 5, 1) for d in docs]
    assert first != second and set(second) == set(range(5))


def test_counts_of_the_dealings_are_summed():
    total = train_event_sense.summed([Counts(tp=2, fp=1, fn=1, tn=5), Counts(tp=1, fp=0, fn=2, tn=6)])
    assert (total.tp, total.fp, total.fn, total.tn) == (3, 1, 3, 11)


def test_the_trainer_sums_the_dealings_it_is_asked_for(tmp_path, capsys):
    docs = [d for d in (f"DOC_{k}" for k in range(40)) if split_of(d) == "tune"][:4]
    shooting = "وأطلق مسلحون النار على حافلة تقل عمالا في ضواحي المدينة امس فقتلوا أربعة منهم."
    feared = "ويخشى السكان من هجمات جديدة قد تشنها الجماعة خلال الأيام المقبلة."
    for name, rows in (("assault_dev.csv", [(f"{d}-1", "ASSAULT", "yes", shooting) for d in docs] +
                        [(f"{d}-2", "ASSAULT", "easy no", feared) for d in docs]), ("protest_dev.csv", [])):
        with open(tmp_path / name, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "event_type", "label", "text"])
            w.writerows(rows)
    assert train_event_sense.main(["--data", str(tmp_path), "--folds", "2", "--repeats", "2", "--no-write"]) == 0
    assert "counts summed over 2 dealings of the folds" in capsys.readouterr().out
