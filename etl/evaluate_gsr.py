"""Sentence-level precision / recall / F1 of the full extractor on arabic_event_gsr.

`python -m etl.evaluate_gsr --data DIR [--split heldout|tune|all] [--every-event]` reads
`{assault,protest}_dev.csv` (columns `id, event_type, label, text`), runs
`etl.core.extract.extract` on each sentence and counts a sentence as predicted positive when an
event of the file's type is emitted, not negated and `reported` (the sense model takes the
sentence to report the act happening, `etl/core/event_sense.py`). GSR's `yes` means just that,
while the project's gold codes every mention of a specific act (also condemned, blamed,
investigated); `--every-event` counts every non-negated event row of the type, the warehouse's
reading. Gold positive is `yes`; `easy no` and `difficult no` are negative; `ambiguous`
sentences (annotators split) are left out of the counts. `--errors` (tune only) lists each wrong
sentence with the stage of the extractor that decided it (`cause`: no trigger, a trigger dropped,
negated, below the sense threshold, framed, reported) and counts the causes per type.

The split is by source document (the id before its last `-`), so sentences of one article stay
on one side: a document goes to `heldout` when the CRC32 of its id is odd, else to `tune`.
Rules (and the sense model) are studied on `tune`; `heldout` is only read through these figures.

`python -m etl.evaluate_gsr --corpus ARTICLES.parquet [--sample 300] [--seed 10]` reads no labels: it
prints, per type, how many non-negated ASSAULT/PROTEST rows a seeded random sample of articles
(a `text` column) gives and the share of them `reported`. The model learnt GSR's 2007–08 newswire;
on recent news a share far below what a reader finds (most attacks in news are reported ones) shows
that its reading does not carry over, which the GSR figures alone cannot show. With `--compare
MODEL.tsv.gz` it prints instead every non-negated ASSAULT/PROTEST row whose `reported` that model
reads otherwise than the model in use, with its sentence: the rows a retrained model changes, to be
read one by one before it replaces the packaged one.
"""
from __future__ import annotations

import argparse
import csv
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from etl.core import event_sense
from etl.core.event_triggers import trigger_matcher, types_of
from etl.core.extract import extract
from etl.core.matching import tokenize
from etl.core.text import normalize

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


def predicts(event_type: str, text: str, every_event: bool = False) -> bool:
    """An emitted, non-negated event of the type that reports the act (any such event with `every_event`)."""
    return any(e["event_type"] == event_type and not e["negated"] and (every_event or e["reported"])
               for e in extract("gsr", text, None).events)


def _has_trigger(event_type: str, text: str) -> bool:
    """A word or phrase of the type's trigger lexicon, or a collocation head that can give the type,
    somewhere in the text (whether or not the extractor makes an event of it)."""
    tokens = tokenize(normalize(text))
    matcher = trigger_matcher()
    for i in range(len(tokens)):
        found = matcher.match_at(tokens, i)
        if found is not None and event_type in types_of(found):
            return True
    return False


def cause(event_type: str, text: str) -> str:
    """The stage of the extractor that decides the sentence's reading for the type, the first of:
    `no trigger` (no word of the type's lexicon), `trigger dropped` (a lexicon word but no event of
    the type: a context cue, sport, a type changed by tense or modality, a collocation not
    completed), `negated`, `below threshold` (the sense model's best score of an event not negated
    is under the type's `reported` threshold), `framed` (a score at the threshold, the event framed
    by a condemnation, an accusation or a denial: `events._framed_not_reported`), `reported`."""
    model = event_sense.sense_model()
    with event_sense.recording() as found:
        events = [e for e in extract("gsr", text, None).events if e["event_type"] == event_type]
    if not events:
        return "trigger dropped" if _has_trigger(event_type, text) else "no trigger"
    if all(e["negated"] for e in events):
        return "negated"
    if any(e["reported"] and not e["negated"] for e in events):
        return "reported"
    scores = [model.probability(f) for f in found if f"T={event_type}" in f] if model is not None else []
    if not scores or max(scores) < model.reported[event_type]:
        return "below threshold"
    return "framed"


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


def reported_share(texts: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Per sense type: (non-negated event rows, those `reported`) over the texts; a text the
    extractor raises on is skipped (the batch layer rejects such documents too)."""
    out = {t: (0, 0) for t in event_sense.SENSE_TYPES}
    for text in texts:
        try:
            events = extract("corpus", text, None).events
        except Exception:
            continue
        for e in events:
            if e["event_type"] in out and not e["negated"]:
                n, reported = out[e["event_type"]]
                out[e["event_type"]] = (n + 1, reported + bool(e["reported"]))
    return out


@dataclass(frozen=True)
class ChangedReading:
    event_type: str
    trigger: str
    before: bool  # `reported` with the model in use
    after: bool   # with the other model
    sentence: str


def reported_changes(texts: Iterable[str], other: event_sense.SenseModel) -> list[ChangedReading]:
    """The non-negated ASSAULT/PROTEST rows of the texts whose `reported` `other` reads otherwise
    than the model in use (rows matched by type, sentence and trigger position; a row only one of
    them gives counts as not reported by the other); a text the extractor raises on is skipped."""
    out: list[ChangedReading] = []
    for text in texts:
        try:
            before = extract("corpus", text, None)
            with event_sense.using(other):
                after = extract("corpus", text, None)
        except Exception:
            continue
        readings: dict[tuple, list] = {}
        for k, result in enumerate((before, after)):
            for e in result.events:
                if e["event_type"] in event_sense.SENSE_TYPES and not e["negated"]:
                    key = (e["event_type"], e["sentence_idx"], e["trigger_start"])
                    reading = readings.setdefault(key, [False, False, e["trigger"],
                                                        result.sentences[e["sentence_idx"]]["text"]])
                    reading[k] = bool(e["reported"])
        out.extend(ChangedReading(t, trigger, b, a, sentence)
                   for (t, _, _), (b, a, trigger, sentence) in readings.items() if b != a)
    return out


def _corpus_sample(path: Path, sample: int, seed: int) -> list[str]:
    import polars as pl  # only this report reads a corpus file

    texts = pl.read_parquet(path, columns=["text"])["text"].drop_nulls()
    return texts.sample(n=min(sample, len(texts)), seed=seed).to_list()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.evaluate_gsr", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="folder holding assault_dev.csv and protest_dev.csv")
    ap.add_argument("--corpus", type=Path, help="instead: a parquet file of articles; print the share `reported`")
    ap.add_argument("--sample", type=int, default=300, help="articles drawn from --corpus")
    ap.add_argument("--seed", type=int, default=10, help="seed of the --corpus sample")
    ap.add_argument("--compare", type=Path,
                    help="with --corpus: list the rows whose `reported` this model file reads otherwise")
    ap.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    ap.add_argument("--errors", action="store_true", help="print false positives and negatives (not on heldout)")
    ap.add_argument("--every-event", action="store_true",
                    help="count every non-negated event row of the type, not only those `reported` as happening")
    args = ap.parse_args(argv)
    if (args.data is None) == (args.corpus is None):
        ap.error("give --data (GSR figures) or --corpus (the share reported), not both")
    if args.errors and args.split != "tune":
        ap.error("--errors lists sentences: only for --split tune")
    if not args.every_event and event_sense.sense_model() is None:
        ap.error(f"events have no `reported` without the sense model {event_sense.MODEL_PATH}: use --every-event")
    if args.compare is not None and args.corpus is None:
        ap.error("--compare reads a corpus sample: give --corpus")
    if args.corpus is not None and args.compare is not None:
        return _compare(_corpus_sample(args.corpus, args.sample, args.seed), args.compare)
    if args.corpus is not None:
        texts = _corpus_sample(args.corpus, args.sample, args.seed)
        print(f"{len(texts)} articles of {args.corpus} (seed {args.seed}): non-negated event rows reported as happening")
        for event_type, (n, reported) in reported_share(texts).items():
            print(f"{event_type:9} {n:5} rows  {reported:5} reported  ({reported / n if n else 0.0:.1%})")
        return 0
    return _run(args)


def _compare(texts: list[str], path: Path) -> int:
    other = event_sense.read_model(path)
    if other is None:
        print(f"no model at {path}", file=sys.stderr)
        return 2
    changes = reported_changes(texts, other)
    for c in changes:
        print(f"{c.event_type:8} {'reported' if c.before else 'not':8} -> {'reported' if c.after else 'not':8} "
              f"{c.trigger} | {c.sentence}")
    for event_type in event_sense.SENSE_TYPES:
        typed = [c for c in changes if c.event_type == event_type]
        print(f"{event_type:9} {len(typed)} rows read otherwise: {sum(c.after for c in typed)} now reported, "
              f"{sum(not c.after for c in typed)} no longer")
    return 0


def _run(args: argparse.Namespace) -> int:
    print(f"split={args.split}  (ambiguous sentences excluded)  " +
          ("every event row" if args.every_event else "events reported as happening"))
    print(f"{'type':9} {'n':>5} {'gold+':>5} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}")
    for event_type, name in FILES.items():
        path = args.data / name
        if not path.exists():
            print(f"{event_type:9} missing {path}", file=sys.stderr)
            continue
        sentences = read_sentences(path, args.split)
        causes: Counter = Counter()
        if args.errors:
            def predict(t: str, text: str, _gold={s.text: s.label for s in sentences}) -> bool:
                p = predicts(t, text, args.every_event)
                if p != (_gold[text] == POSITIVE) and _gold[text] != "ambiguous":
                    why = cause(t, text)
                    causes[("FP " if p else "FN ") + why] += 1
                    print(("FP " if p else "FN ") + f"{_gold[text]} [{why}] | {text}")
                return p
        else:
            predict = partial(predicts, every_event=args.every_event)
        c = score(sentences, predict)
        print(f"{event_type:9} {c.tp + c.fp + c.fn + c.tn:5} {c.tp + c.fn:5} {c.tp:4} {c.fp:4} {c.fn:4}  "
              f"{c.precision:5.3f} {c.recall:5.3f} {c.f1:5.3f}" + (f"  ({c.failed} sentences raised)" if c.failed else ""))
        if causes:  # the errors by the stage that decided them (`cause`)
            print(f"{event_type:9} errors by cause: " + ", ".join(f"{k} {n}" for k, n in sorted(causes.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
