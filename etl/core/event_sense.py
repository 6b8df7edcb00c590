"""Whether an ASSAULT or PROTEST trigger reports the act happening: a small learned model.

The context cues (`event_context.py`) name clear reasons a trigger is no event (a plan, a
question, sport). Many uses have no single cue: `هجوم` named as a topic of debate, a threat
talked about, an act of years ago. This module scores a trigger with a logistic regression
over features of the project's own normalisation (the trigger's stem, article and tense
prefix, the words around it, cue words of the sentence) trained on the `tune` half of
arabic_event_gsr (openeventdata, MIT; `python -m etl.train_event_sense`). GSR's `yes` means the
sentence reports the act; the project's gold codes also a specific act condemned or blamed, so
the extractor keeps every trigger (the model's `veto` is 0) and gives the model's reading as
data: `events.reported`, the probability against the type's threshold chosen by cross-validation
(`SenseModel.reported`).
"""
from __future__ import annotations

import gzip
import math
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .matching import Token
from .morphology import future_prefixed, stem_candidates, without_conjunction

SENSE_TYPES = ("ASSAULT", "PROTEST")
MODEL_PATH = Path(__file__).parent / "models" / "event_sense.tsv.gz"
WINDOW = 3

_recording: list | None = None  # set by `recording()`: features of every trigger asked about
_installed = None  # set by `using()`: a model that stands in for the packaged one (cross-validation)


def _stem(word: str) -> str:
    """The shortest clitic-stripped form (`والهجوم` → `هجوم`)."""
    return stem_candidates(word)[-1]


def _shape(word: str) -> str:
    w = without_conjunction(word)
    if w.isdigit():
        return "NUM"
    if w.startswith(("ال", "لل")):
        return "DEF"
    if w[:1] in "يتن" and len(w) > 3:
        return "IMPF"  # a present-tense prefix (or a noun of that shape)
    if future_prefixed(w):
        return "FUT"
    return "BARE"


# Measured and not kept (2026-12-08, 611 tune triggers): features of the clause around the trigger
# (the classes of every context cue in the sentence (`event_context.py`), a reporting verb before or after it, a
# past / coming day, weekday or month named, a negator, future particle or modal in the four words before
# it, its place in the words a reporting verb opens). Out of fold ASSAULT 0.681 -> 0.684-0.687, PROTEST
# 0.542 -> 0.515-0.534; GSR held-out 0.592 / 0.514 (both types), 0.594 / 0.537 (ASSAULT only) against
# 0.599 / 0.550 for a plain retrain (with the place in reported words, ASSAULT only: its threshold fell to
# 0.15, 0.546 / 0.579); 1,000 corpus articles (seed 1537, both types): ASSAULT 14 rows better, 10 worse,
# PROTEST 1 better, 2 worse. What lowers missed acts is the shape priors (`train_event_sense --pushed-down`).
def features(tokens: list[Token], t0: int, t1: int, first: int, last: int, event_type: str) -> list[str]:
    """Feature names of the trigger tokens[t0:t1] in the sentence tokens[first:last]."""
    trig = tokens[t0].word
    out = [f"T={event_type}", f"stem={_stem(trig)}", f"shape={_shape(trig)}",
           f"conj={without_conjunction(trig) != trig}", f"multi={t1 - t0 > 1}"]
    out.append(f"stem+shape={_stem(trig)}|{_shape(trig)}")
    clause = [k for k in range(max(first, t0 - WINDOW), t0)]
    for k in clause:
        out.append(f"L={_stem(tokens[k].word)}")
    if t0 > first:
        out.append(f"L1={_stem(tokens[t0 - 1].word)}")
        out.append(f"L1shape={_shape(tokens[t0 - 1].word)}")
    else:
        out.append("L1=<s>")
    for k in range(t1, min(last, t1 + WINDOW)):
        out.append(f"R={_stem(tokens[k].word)}")
    if t1 < last:
        out.append(f"R1={_stem(tokens[t1].word)}")
        out.append(f"R1shape={_shape(tokens[t1].word)}")
        out.append(f"R1joined={tokens[t1].joined}")
    else:
        out.append("R1=</s>")
    out.extend(f"S={w}" for w in {_stem(tokens[k].word) for k in range(first, last)})
    n = last - first
    out.append(f"len={'short' if n < 12 else 'mid' if n < 30 else 'long'}")
    out.append(f"pos={'start' if t0 - first < 4 else 'early' if (t0 - first) * 3 < n else 'late'}")
    out.append(f"nums={any(tokens[k].word.isdigit() for k in range(first, last))}")
    return out + [f"{event_type}:{f}" for f in out]  # shared weights and one set per type


class SenseModel:
    """`veto`: the probability below which the extractor drops a trigger (0: never, the
    default, since the project's gold codes a specific act also when condemned or blamed);
    `reported`: per type, the one from which a trigger reports the act happening (GSR's `yes`)."""

    def __init__(self, weights: dict[str, float], bias: float, veto: float, reported: dict[str, float]):
        self.weights = weights
        self.bias = bias
        self.veto = veto
        self.reported = reported

    def probability(self, feats: list[str]) -> float:
        z = self.bias + math.fsum(self.weights.get(f, 0.0) for f in feats)  # exact: the same in any order
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def write_model(path: Path, weights: dict[str, float], bias: float, veto: float, reported: dict[str, float],
                header: str) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("".join(f"# {line}\n" for line in header.splitlines()))
        f.write(f"__veto__\t{veto!r}\n__bias__\t{bias!r}\n")
        f.write("".join(f"__reported__{t}\t{reported[t]!r}\n" for t in SENSE_TYPES))
        for name, w in sorted(weights.items()):
            if abs(w) >= 1e-4:
                f.write(f"{name}\t{w:.5f}\n")


def read_model(path: Path) -> SenseModel | None:
    if not path.exists():
        return None
    weights: dict[str, float] = {}
    special = {"__bias__": 0.0, "__veto__": 0.0, **{f"__reported__{t}": 0.0 for t in SENSE_TYPES}}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, value = line.rstrip("\n").rsplit("\t", 1)
            if name in special:
                special[name] = float(value)
            else:
                weights[name] = float(value)
    return SenseModel(weights, special["__bias__"], special["__veto__"],
                      {t: special[f"__reported__{t}"] for t in SENSE_TYPES})


def sense_model() -> SenseModel | None:
    """The model in use: the packaged one (or one installed by `using()`), or None when there is
    none (every trigger kept)."""
    return _installed if _installed is not None else _packaged_model()


@lru_cache(maxsize=None)
def _packaged_model() -> SenseModel | None:
    return read_model(MODEL_PATH)


@contextmanager
def using(model: SenseModel):
    """Within the block the extractor reads triggers with `model` instead of the packaged one
    (`train_event_sense` scores each fold's model through the whole extractor this way)."""
    global _installed
    before, _installed = _installed, model
    try:
        yield model
    finally:
        _installed = before


@dataclass(frozen=True)
class Reading:
    score: float     # the probability that the trigger reports the act happening
    reported: bool   # score >= the type's `SenseModel.reported` threshold
    vetoed: bool     # score < `SenseModel.veto`: the extractor drops the trigger


def read(tokens: list[Token], t0: int, t1: int, first: int, last: int, event_type: str,
         record: bool = True) -> Reading | None:
    """The model's reading of the trigger tokens[t0:t1] in the sentence tokens[first:last]; None for
    a type the model does not cover, or when there is no model. Within `recording()` no trigger is
    vetoed and, unless `record` is False, its features are collected."""
    if event_type not in SENSE_TYPES:
        return None
    model = sense_model()
    recording_it = record and _recording is not None
    if model is None and not recording_it:
        return None
    feats = features(tokens, t0, t1, first, last, event_type)
    if recording_it:
        _recording.append(feats)
    if model is None:
        return None
    score = model.probability(feats)
    return Reading(score, score >= model.reported[event_type], _recording is None and score < model.veto)


@contextmanager
def recording():
    """Within the block no trigger is vetoed and the features of each are collected (for training)."""
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None
