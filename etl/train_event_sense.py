"""Train the ASSAULT/PROTEST sense veto (`etl/core/event_sense.py`) on arabic_event_gsr `tune`.

    python -m etl.train_event_sense --data ../shared/labelled/event_gsr [--folds 5] [--veto 0] [--reported 0.3]
                                    [--out etl/core/models/event_sense.tsv.gz]

Every ASSAULT/PROTEST trigger the extractor finds in a `tune` sentence of the matching file
(`evaluate_gsr.split_of`; the `heldout` half is never read) is one instance, labelled with its
sentence's label (`yes` positive; `easy no`/`difficult no` negative; `ambiguous` left out).
The model is an L2-regularised logistic regression over `event_sense.features`, fitted by
full-batch gradient descent (no dependency beyond the standard library). Cross-validation
folds are by source document; the printed table gives, per threshold, the sentence-level
precision / recall / F1 the veto would give on the folds it was not trained on.
The model holds two thresholds: `--veto`, below which the extractor drops a trigger (0, never:
on the project's dev set any veto dropped acts its gold codes, condemned or blamed ones), and
`--reported`, below which a trigger reports no act (`events.reported` false; what
`evaluate_gsr` counts by default),
chosen from this cross-validation.
"""
from __future__ import annotations

import argparse
import math
import sys
import zlib
from collections import Counter
from pathlib import Path

from .core import event_sense
from .core.extract import extract
from .evaluate_gsr import FILES, NEGATIVE, POSITIVE, read_sentences

L2 = 1.0
EPOCHS = 300
RATE = 0.5
MIN_COUNT = 2
THRESHOLDS = (0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)

Instance = tuple[str, str, list[str], bool]  # sentence id, document, features, gold


def instances(data: Path) -> tuple[list[Instance], Counter]:
    """Triggers of the `tune` sentences, and per type the number of gold-positive sentences."""
    out: list[Instance] = []
    positives: Counter = Counter()
    for event_type, name in FILES.items():
        for s in read_sentences(data / name, "tune"):
            if s.label not in (POSITIVE, *NEGATIVE):
                continue
            gold = s.label == POSITIVE
            positives[event_type] += gold
            with event_sense.recording() as found:
                extract("gsr", s.text, None)
            for feats in found:
                if f"T={event_type}" in feats:
                    out.append((s.sentence_id, s.document, feats, gold))
    return out, positives


def fit(rows: list[tuple[list[str], bool]], l2: float = L2) -> tuple[dict[str, float], float]:
    counts = Counter(f for feats, _ in rows for f in set(feats))
    xs = [[f for f in set(feats) if counts[f] >= MIN_COUNT] for feats, _ in rows]
    ys = [1.0 if y else 0.0 for _, y in rows]
    w: dict[str, float] = {f: 0.0 for f, c in counts.items() if c >= MIN_COUNT}
    b = 0.0
    n = len(rows)
    g2: dict[str, float] = {f: 1e-8 for f in w}  # AdaGrad accumulators
    gb2 = 1e-8
    for _ in range(EPOCHS):
        grad = {f: l2 * w[f] / n for f in w}
        gb = 0.0
        for x, y in zip(xs, ys):
            z = b + sum(w[f] for f in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = (p - y) / n
            gb += d
            for f in x:
                grad[f] += d
        for f, g in grad.items():
            g2[f] += g * g
            w[f] -= RATE * g / math.sqrt(g2[f])
        gb2 += gb * gb
        b -= RATE * gb / math.sqrt(gb2)
    return w, b


def sentence_scores(rows: list[Instance], probs: list[float], positives: int, threshold: float):
    """Sentence-level P/R/F1: a sentence is predicted positive when one of its triggers is kept.
    `positives` counts every gold-positive sentence, also those with no trigger at all."""
    kept: dict[str, bool] = {}
    gold: dict[str, bool] = {}
    for (sid, _, _, g), p in zip(rows, probs):
        kept[sid] = kept.get(sid, False) or p >= threshold
        gold[sid] = g
    tp = sum(1 for s in kept if kept[s] and gold[s])
    fp = sum(1 for s in kept if kept[s] and not gold[s])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / positives if positives else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(rows: list[Instance], folds: int, l2: float = L2) -> list[float]:
    fold_of = {d: zlib.crc32(("fold" + d).encode()) % folds for _, d, _, _ in rows}
    probs = [0.0] * len(rows)
    for k in range(folds):
        w, b = fit([(f, g) for _, d, f, g in rows if fold_of[d] != k], l2)
        model = event_sense.SenseModel(w, b, 0.0, 0.0)
        for i, (_, d, f, _) in enumerate(rows):
            if fold_of[d] == k:
                probs[i] = model.probability(f)
    return probs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.train_event_sense", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="folder holding assault_dev.csv and protest_dev.csv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--veto", type=float, default=0.0,
                    help="the extractor drops a trigger below this probability (0: never)")
    ap.add_argument("--reported", type=float, default=None,
                    help="below this probability a trigger reports no act (events.reported false); "
                         "default: per type, the threshold of the best cross-validated F1")
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty (the gradient adds l2 * w / n)")
    ap.add_argument("--out", type=Path, default=event_sense.MODEL_PATH)
    args = ap.parse_args(argv)
    rows, positives = instances(args.data)
    print(f"{len(rows)} triggers in {len({r[0] for r in rows})} tune sentences "
          f"({sum(r[3] for r in rows)} in gold-positive sentences)")
    probs = cross_validate(rows, args.folds, args.l2)
    print(f"{args.folds}-fold cross-validation by document (sentence level, tune only)")
    print(f"{'type':9} {'thr':>5}  {'P':>5} {'R':>5} {'F1':>5}")
    reported: dict[str, float] = {}
    for event_type in FILES:
        sel = [i for i, r in enumerate(rows) if f"T={event_type}" in r[2]]
        typed = [rows[i] for i in sel]
        pos = positives[event_type]
        best = (-1.0, 0.0)
        for thr in (0.0, *THRESHOLDS):
            p, r, f = sentence_scores(typed, [probs[i] for i in sel], pos, thr)
            print(f"{event_type:9} {thr:5.2f}  {p:5.3f} {r:5.3f} {f:5.3f}")
            best = max(best, (round(f, 3), thr))
        reported[event_type] = best[1] if args.reported is None else args.reported
    w, b = fit([(f, g) for _, _, f, g in rows], args.l2)
    header = (f"event_sense: logistic regression (L2={args.l2}, {EPOCHS} epochs), trained by etl.train_event_sense\n"
              f"on the tune half of arabic_event_gsr (openeventdata, MIT): {len(rows)} ASSAULT/PROTEST triggers.\n"
              "feature<TAB>weight; first the thresholds __veto__ (the extractor drops a trigger below it; 0: never)\n"
              "and __reported__ (below it the trigger reports no act: events.reported false), and __bias__.")
    event_sense.write_model(args.out, w, b, args.veto, reported, header)
    print(f"wrote {args.out} ({sum(1 for v in w.values() if abs(v) >= 1e-4)} weights, veto {args.veto}, reported {reported})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
