"""Sentence-level precision / recall / F1 of the full extractor on arabic_event_gsr.

`python -m etl.evaluate_gsr --data DIR [--split heldout|tune|all]` reads `{assault,protest}_dev.csv`
(columns `id, event_type, label, text`), runs `etl.core.extract.extract` on each sentence and
counts a sentence as predicted positive when an event of the file's type is emitted and not
negated. Gold positive is `yes`; `easy no` and `difficult no` are negative; `ambiguous` sentences
(annotators split) are left out of the counts.

The split is by source document (the id before its last `-`), so sentences of one article stay
on one side: a document goes to `heldout` when the CRC32 of its id is odd, else to `tune`.
Rules are studied on `tune`; `heldout` is only read through these figures.

GSR's `yes` means the sentence reports the act happening; the project's gold codes every mention
of a specific act (also condemned, blamed, investigated). `--reported` runs the extractor within
`event_sense.reported_only()`: ASSAULT/PROTEST triggers the learned model (trained on `tune`)
takes for mere mentions are dropped, GSR's reading rather than the warehouse's.
"""
from __future__ import annotations

import argparse
import csv
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from etl.core import event_sense
from etl.core.extract import extract

FILES = {"ASSAULT": "assault_dev.csv", "PROTEST": "protest_dev.csv"}
POSITIVE = "yes"
NEGATIVE = ("easy no", "difficult no")


@dataclass(frozen=True)
class Sentence:
    sentence_id: str
    event_type: str
    label: str
    text: str

    @property
    def document(self) -> str:
        return self.sentence_id.rsplit("-", 1)[0]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    ambiguous: int = 0
    failed: int = 0  # sentences the extractor raised on (counted as predicting nothing)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def split_of(document: str) -> str:
    return "heldout" if zlib.crc32(document.encode("utf-8")) % 2 else "tune"


def read_sentences(path: Path, split: str = "all") -> list[Sentence]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = [Sentence(r["id"], r["event_type"], r["label"].strip(), r["text"]) for r in csv.DictReader(f)]
    return [s for s in rows if split == "all" or split_of(s.document) == split]


def predicts(event_type: str, text: str) -> bool:
    return any(e["event_type"] == event_type and not e["negated"] for e in extract("gsr", text, None).events)


def score(sentences: Iterable[Sentence], predict: Callable[[str, str], bool] = predicts) -> Counts:
    counts = Counts()
    for s in sentences:
        if s.label not in (POSITIVE, *NEGATIVE):
            counts.ambiguous += 1
            continue
        try:
            predicted = predict(s.event_type, s.text)
        except Exception:  # an extractor bug must show in the figures, not end the evaluation
            predicted = False
            counts.failed += 1
        gold = s.label == POSITIVE
        if predicted and gold:
            counts.tp += 1
        elif predicted:
            counts.fp += 1
        elif gold:
            counts.fn += 1
        else:
            counts.tn += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.evaluate_gsr", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="folder holding assault_dev.csv and protest_dev.csv")
    ap.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    ap.add_argument("--errors", action="store_true", help="print false positives and negatives (not on heldout)")
    ap.add_argument("--reported", action="store_true",
                    help="count only triggers the sense model takes to report the act (event_sense.reported_only)")
    args = ap.parse_args(argv)
    if args.errors and args.split != "tune":
        ap.error("--errors lists sentences: only for --split tune")
    if args.reported:
        if event_sense.sense_model() is None:
            ap.error(f"--reported needs the sense model {event_sense.MODEL_PATH}")
        with event_sense.reported_only():
            return _run(args)
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    print(f"split={args.split}  (ambiguous sentences excluded)" + ("  reported acts only" if args.reported else ""))
    print(f"{'type':9} {'n':>5} {'gold+':>5} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}")
    for event_type, name in FILES.items():
        path = args.data / name
        if not path.exists():
            print(f"{event_type:9} missing {path}", file=sys.stderr)
            continue
        sentences = read_sentences(path, args.split)
        if args.errors:
            def predict(t: str, text: str, _gold={s.text: s.label for s in sentences}) -> bool:
                p = predicts(t, text)
                if p != (_gold[text] == POSITIVE) and _gold[text] != "ambiguous":
                    print(("FP " if p else "FN ") + _gold[text] + " | " + text)
                return p
        else:
            predict = predicts
        c = score(sentences, predict)
        print(f"{event_type:9} {c.tp + c.fp + c.fn + c.tn:5} {c.tp + c.fn:5} {c.tp:4} {c.fp:4} {c.fn:4}  "
              f"{c.precision:5.3f} {c.recall:5.3f} {c.f1:5.3f}" + (f"  ({c.failed} sentences raised)" if c.failed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
