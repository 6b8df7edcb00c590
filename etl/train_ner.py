"""Train the named-entity tagger and report cross-validated entity scores.

    python -m etl.train_ner --train ../shared/labelled/ner/anercorp_train.txt [--folds 5] [--jobs 2]
                            [--out etl/core/models/ner.crfsuite.gz]

Input: ANERcorp style, one `token TAG` a line (IOB2), a blank line between sentences. Tokens
are normalised like the extractor's (`normalize_phrase`) and split like its tokenizer (word
characters only): punctuation tokens become a `gap` before the next word. Folds are contiguous
blocks of sentences (the corpus repeats passages; shuffled sentences would leak them across
folds). Scores are conlleval's: an entity counts when its type and both boundaries match.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .core.ner import ENTITY_TYPES, MODEL_PATH, open_tagger, sequence_features, weights_path, write_state_weights
from .core.text import WORD, normalize_phrase

# L1 prunes most features (a small model file); L2 smooths the rest.
TRAIN_PARAMS = {"c1": 0.01, "c2": 0.001, "max_iterations": 300, "feature.possible_transitions": True}

Sentence = tuple[list[str], list[bool], list[str]]  # words, gap before each word, IOB2 tags


def read_iob(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    words: list[str] = []
    gaps: list[bool] = []
    tags: list[str] = []
    gap = False
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.strip().rsplit(" ", 1)
        if len(parts) < 2:  # a blank line ends the sentence
            if words:
                gaps[0] = True  # after the previous sentence's final punctuation, as at runtime
                sentences.append((words, gaps, tags))
            words, gaps, tags, gap = [], [], [], False
            continue
        token, tag = parts
        pieces = WORD.findall(normalize_phrase(token))
        if not pieces:
            gap = True  # punctuation: not a token at runtime either
            continue
        for n, piece in enumerate(pieces):
            words.append(piece)
            gaps.append(gap or n > 0)
            tags.append(tag if n == 0 or tag == "O" else "I-" + tag[2:])
            gap = False
        if WORD.sub("", normalize_phrase(token)).strip():
            gap = True  # `2006-2007`, `(الأمم`: punctuation around the word
    return sentences


def entities(tags: list[str]) -> set[tuple[str, int, int]]:
    """(type, first, last) spans, conlleval style: a stray I- opens an entity."""
    out = set()
    k = 0
    while k < len(tags):
        if tags[k] == "O":
            k += 1
            continue
        kind = tags[k][2:]
        j = k + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        out.add((kind, k, j))
        k = j
    return out


def train(sentences: list[Sentence], out: Path) -> None:
    """Train on `sentences` and write the model to `out` (gzip-compressed when it ends in `.gz`)
    with its weights table beside it."""
    import gzip

    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, gaps, tags in sentences:
        trainer.append(sequence_features(words, gaps), tags)
    trainer.set_params(TRAIN_PARAMS)
    if out.suffix != ".gz":
        trainer.train(str(out))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / out.stem
            trainer.train(str(raw))
            with gzip.GzipFile(out, "wb", mtime=0) as packed:  # mtime 0: the same model, the same bytes
                packed.write(raw.read_bytes())
    write_state_weights(out)


def score(model: Path, sentences: list[Sentence], counts: Counter) -> None:
    tagger = open_tagger(model)
    for words, gaps, tags in sentences:
        gold = entities(tags)
        pred = entities(tagger.tag(sequence_features(words, gaps)))
        for kind, *_ in gold:
            counts["gold", kind] += 1
        for e in pred:
            counts["pred", e[0]] += 1
            counts["tp", e[0]] += e in gold


def report(counts: Counter) -> str:
    lines = [f"{'type':<8}{'precision':>10}{'recall':>8}{'F1':>7}{'gold':>7}{'found':>7}"]
    for kind in (*ENTITY_TYPES, "overall"):
        kinds = ENTITY_TYPES if kind == "overall" else (kind,)
        tp, pred, gold = (sum(counts[c, k] for k in kinds) for c in ("tp", "pred", "gold"))
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{kind:<8}{p:>10.3f}{r:>8.3f}{f:>7.3f}{gold:>7}{pred:>7}")
    return "\n".join(lines)


def _fold(sentences: list[Sentence], folds: int, f: int) -> Counter:
    """Train on all but the f-th contiguous block, score on it."""
    counts: Counter = Counter()
    size = -(-len(sentences) // folds)
    test = sentences[f * size:(f + 1) * size]
    rest = sentences[:f * size] + sentences[(f + 1) * size:]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / f"fold{f}.crfsuite"
        started = time.perf_counter()
        train(rest, model)
        score(model, test, counts)
    print(f"fold {f + 1}/{folds}: {len(rest)} sentences trained, {len(test)} tested, "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return counts


def cross_validate(sentences: list[Sentence], folds: int, jobs: int = 1) -> Counter:
    """Entity counts over `folds` contiguous blocks, `jobs` folds at a time (processes: the
    trainer holds the interpreter while it runs)."""
    counts: Counter = Counter()
    if jobs <= 1:
        for f in range(folds):
            counts.update(_fold(sentences, folds, f))
        return counts
    from concurrent.futures import ProcessPoolExecutor
    with ProcessPoolExecutor(min(jobs, folds)) as pool:
        for fold_counts in pool.map(_fold, [sentences] * folds, [folds] * folds, range(folds)):
            counts.update(fold_counts)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.train_ner", description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, required=True, help="IOB2 file: `token TAG` a line")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: no cross-validation)")
    ap.add_argument("--jobs", type=int, default=2, help="folds trained at the same time (processes)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where the model trained on all of it goes")
    args = ap.parse_args(argv)
    sentences = read_iob(args.train)
    print(f"{len(sentences)} sentences, {sum(len(s[0]) for s in sentences)} tokens", file=sys.stderr)
    if args.folds > 1:
        print(f"entity scores, {args.folds}-fold cross-validation by contiguous blocks (conlleval: exact spans)")
        print(report(cross_validate(sentences, args.folds, args.jobs)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    train(sentences, args.out)
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.2f} MB), "
          f"weights: {weights_path(args.out).name} ({weights_path(args.out).stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
