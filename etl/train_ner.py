"""Train the named-entity tagger and report cross-validated entity scores.

    python -m etl.train_ner --train ../shared/labelled/ner/anercorp_train.txt [--folds 5] [--jobs 2]
                            [--out etl/core/models/ner.crfsuite.gz] [--no-write] [--errors]
                            [--fold K] [--param NAME=VALUE] [--document-window N]

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
from typing import Sequence

from .core.ner import (ENTITY_TYPES, MODEL_PATH, DocumentMemory, open_tagger, remember_names, sequence_features,
                       weights_path, write_state_weights)
from .core.text import WORD, normalize_phrase

# L1 prunes most features (a small model file); L2 smooths the rest.
TRAIN_PARAMS = {"c1": 0.01, "c2": 0.001, "max_iterations": 300, "feature.possible_transitions": True}

Sentence = tuple[list[str], list[bool], list[str]]  # words, gap before each word, IOB2 tags
# ANERcorp marks no article boundaries: the sentences before one stand for its document
# (`--document-window`). The packaged model has no document memory: on one fold it raised PERS
# F1 0.706 -> 0.764, but the extractor's memory (the names it found) lost held-out actors.
DOCUMENT_SENTENCES = 0


def document_memories(sentences: list[Sentence], labels: Sequence[Sequence[str]],
                      window: int) -> list[DocumentMemory]:
    """For each sentence, the names `labels` (IOB2) gives in the `window` sentences before it
    (`ner.remember_names`): training reads the gold labels, scoring the labels a model without
    the memory gave (the extractor's memory holds the names it found, not the true ones)."""
    out: list[DocumentMemory] = []
    for i in range(len(sentences)):
        memory: dict[str, frozenset[str]] = {}
        for (words, _, _), tags in zip(sentences[max(0, i - window):i], labels[max(0, i - window):i]):
            remember_names(memory, words, [None if t == "O" else t[2:] for t in tags])
        out.append(memory)
    return out


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


def train(sentences: list[Sentence], out: Path, params: dict | None = None,
          document_sentences: int = DOCUMENT_SENTENCES) -> None:
    """Train on `sentences` and write the model to `out` (gzip-compressed when it ends in `.gz`)
    with its weights table beside it; `params` (crfsuite's) default to TRAIN_PARAMS; with
    `document_sentences`, a document memory of the names of that many sentences before."""
    import gzip

    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    # (Krishnan and Manning 2006 train on a first stage's out-of-fold labels; the gold ones cost a
    # fifth of the training time and scored as well on one fold)
    memories = document_memories(sentences, [s[2] for s in sentences], document_sentences)
    for (words, gaps, tags), earlier in zip(sentences, memories):
        trainer.append(sequence_features(words, gaps, earlier), tags)
    trainer.set_params(params or TRAIN_PARAMS)
    if out.suffix != ".gz":
        trainer.train(str(out))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / out.stem
            trainer.train(str(raw))
            with gzip.GzipFile(out, "wb", mtime=0) as packed:  # mtime 0: the same model, the same bytes
                packed.write(raw.read_bytes())
    write_state_weights(out)


def score(model: Path, sentences: list[Sentence], counts: Counter,
          memories: list[DocumentMemory] | None = None) -> list[list[str]]:
    """Add the entity counts of tagging `sentences` (with each one's document memory) to
    `counts`; the labels the model gave."""
    tagger = open_tagger(model)
    labels = []
    for k, (words, gaps, tags) in enumerate(sentences):
        gold = entities(tags)
        labels.append(tagger.tag(sequence_features(words, gaps, memories[k] if memories else None)))
        pred = entities(labels[-1])
        for kind, *_ in gold:
            counts["gold", kind] += 1
        for e in pred:
            counts["pred", e[0]] += 1
            counts["tp", e[0]] += e in gold
    return labels


def error_classes(sentences: list[Sentence], labels: list[list[str]], memory: int = 10) -> Counter:
    """Out-of-fold misses and false alarms by class: (type, class) → count. A gold entity is
    `found`, `type` (same span, another type), `boundary` (overlapped by a predicted one of its
    type) or `missed`; a missed one-word entity is `repeat` when its word was part of a gold
    name of the `memory` sentences before (ANERcorp marks no article boundaries); a predicted
    entity no gold one overlaps is `spurious`."""
    out: Counter = Counter()
    recent: list[set[str]] = []
    for (words, _, tags), predicted in zip(sentences, labels):
        gold, pred = entities(tags), entities(predicted)
        named_before = set().union(*recent[-memory:]) if recent else set()
        for kind, a, b in gold:
            size = "1w" if b - a == 1 else "2w+"
            if (kind, a, b) in pred:
                cls = "found"
            elif any((a, b) == (c, d) for _, c, d in pred):
                cls = "type"
            elif any(k == kind and c < b and a < d for k, c, d in pred):
                cls = "boundary"
            elif b - a == 1 and words[a] in named_before:
                cls = "missed repeat"
            else:
                cls = "missed"
            out[kind, f"{cls} {size}"] += 1
        for kind, c, d in pred:
            if not any(a < d and c < b for _, a, b in gold):
                out[kind, "spurious " + ("1w" if d - c == 1 else "2w+")] += 1
        recent.append({words[k] for _, a, b in gold for k in range(a, b)})
    return out


def error_report(classes: Counter) -> str:
    lines = []
    for kind in ENTITY_TYPES:
        rows = sorted(((n, cls) for (k, cls), n in classes.items() if k == kind), reverse=True)
        lines.append(f"{kind}: " + ", ".join(f"{cls} {n}" for n, cls in rows))
    return "\n".join(lines)


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


Scores = tuple[Counter, list[list[str]]]  # entity counts; the labels of the tested sentences


def _fold(sentences: list[Sentence], folds: int, f: int, params: dict | None = None,
          document_sentences: int = DOCUMENT_SENTENCES) -> Scores:
    """Train on all but the f-th contiguous block, score on it."""
    counts: Counter = Counter()
    size = -(-len(sentences) // folds)
    test = sentences[f * size:(f + 1) * size]
    rest = sentences[:f * size] + sentences[(f + 1) * size:]
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / f"fold{f}.crfsuite"
        started = time.perf_counter()
        train(rest, model, params, document_sentences)
        memories = None
        if document_sentences:  # the memory of the names a first stage, without one, tagged before
            first_stage = Path(tmp) / f"fold{f}-first.crfsuite"
            train(rest, first_stage, params, 0)
            alone: Counter = Counter()
            memories = document_memories(test, score(first_stage, test, alone), document_sentences)
            print(f"fold {f + 1}/{folds}, first stage (no document memory):\n{report(alone)}", file=sys.stderr)
        labels = score(model, test, counts, memories)
    print(f"fold {f + 1}/{folds}: {len(rest)} sentences trained, {len(test)} tested, "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(report(counts), file=sys.stderr)
    return counts, labels


def fold_part(sentences: list[Sentence], folds: int, f: int) -> list[Sentence]:
    """The f-th contiguous block, the one `_fold` tests on."""
    size = -(-len(sentences) // folds)
    return sentences[f * size:(f + 1) * size]


def cross_validate(sentences: list[Sentence], folds: int, jobs: int = 1,
                   only: Sequence[int] | None = None, params: dict | None = None,
                   document_sentences: int = DOCUMENT_SENTENCES) -> Scores:
    """Entity counts over `folds` contiguous blocks (or the blocks `only`), `jobs` folds at a
    time (processes: the trainer holds the interpreter while it runs), and the labels of each
    tested sentence from the model that did not see it, in order."""
    chosen = list(range(folds) if only is None else only)
    args = ([sentences] * len(chosen), [folds] * len(chosen), chosen, [params] * len(chosen),
            [document_sentences] * len(chosen))
    if jobs <= 1:
        results = list(map(_fold, *args))
    else:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(min(jobs, len(chosen))) as pool:
            results = list(pool.map(_fold, *args))
    counts: Counter = Counter()
    labels: list[list[str]] = []
    for fold_counts, fold_labels in results:
        counts.update(fold_counts)
        labels.extend(fold_labels)
    return counts, labels


def _param_value(text: str) -> int | float | str:
    """`300` → 300, `0.05` → 0.05, anything else as written (crfsuite parses its own strings)."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.train_ner", description=__doc__.split("\n")[0])
    ap.add_argument("--train", type=Path, required=True, help="IOB2 file: `token TAG` a line")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: no cross-validation)")
    ap.add_argument("--jobs", type=int, default=2, help="folds trained at the same time (processes)")
    ap.add_argument("--out", type=Path, default=MODEL_PATH, help="where the model trained on all of it goes")
    ap.add_argument("--no-write", action="store_true", help="cross-validate only: train no model on all of it")
    ap.add_argument("--errors", action="store_true", help="also count the out-of-fold misses by class")
    ap.add_argument("--fold", type=int, action="append",
                    help="run only this fold (1-based, repeatable): a quicker, noisier estimate")
    ap.add_argument("--document-window", type=int, default=DOCUMENT_SENTENCES, metavar="N",
                    help="a document memory of the names of the N sentences before (two stages in "
                         "cross-validation; 0: none, as the packaged model)")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="a crfsuite training parameter over TRAIN_PARAMS (exploration)")
    args = ap.parse_args(argv)
    params = dict(TRAIN_PARAMS)  # handed to each fold's process (whatever its start method)
    for param in args.param:
        name, _, value = param.partition("=")
        params[name] = _param_value(value)
    sentences = read_iob(args.train)
    print(f"{len(sentences)} sentences, {sum(len(s[0]) for s in sentences)} tokens", file=sys.stderr)
    if args.folds > 1:
        only = [f - 1 for f in args.fold] if args.fold else None
        print(f"entity scores, {args.folds}-fold cross-validation by contiguous blocks (conlleval: exact spans)"
              + (f", folds {', '.join(map(str, args.fold))} only" if args.fold else ""))
        counts, labels = cross_validate(sentences, args.folds, args.jobs, only, params, args.document_window)
        print(report(counts))
        if args.errors:
            tested = [s for f in (only if only is not None else range(args.folds))
                      for s in fold_part(sentences, args.folds, f)]
            print("out-of-fold entities by class")
            print(error_report(error_classes(tested, labels)))
    if args.no_write:
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    train(sentences, args.out, params, args.document_window)
    print(f"model: {args.out} ({args.out.stat().st_size / 1e6:.2f} MB), "
          f"weights: {weights_path(args.out).name} ({weights_path(args.out).stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
