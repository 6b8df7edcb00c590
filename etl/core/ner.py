"""A learned named-entity tagger (CRF, python-crfsuite) for names the lexicons do not hold.

The model is trained by `python -m etl.train_ner` on ANERcorp (IOB2 tags PERS, ORG, LOC, MISC)
and shipped as `models/ner.crfsuite`. Features are the project's own views of a word: its
normalised form, the form without proclitics and article, affixes, shape, and membership in the
actor lexicons; and the same for its neighbours. Words are normalised (`text.normalize_phrase`)
and tokens are word matches only: punctuation is not a token, it shows as a `gap` feature, as
between runtime tokens (`Token.joined`).

Feature strings are built once per distinct word and reused (news repeats its words), so
tagging costs list concatenation per token plus the C tagger.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .actor_lexicon import actor_lexicon
from .lexicon import load
from .text import normalize_phrase, stem_candidates, strip_article

MODEL_PATH = Path(__file__).with_name("models") / "ner.crfsuite"
ENTITY_TYPES = ("PERS", "ORG", "LOC", "MISC")
_CONTEXT = (-2, -1, 1, 2)


@dataclass(frozen=True)
class Entity:
    kind: str        # PERS, ORG, LOC or MISC
    first: int       # token indices within the tagged sequence
    last: int        # exclusive
    confidence: float  # the lowest marginal probability of the span's labels


@lru_cache(maxsize=200_000)
def _lexicon_flags(word: str) -> tuple[str, ...]:
    lex = actor_lexicon()
    flags = []
    cands = stem_candidates(word)
    if any(lex.given_names.get(c) is not None for c in cands):
        flags.append("given")
    if any(lex.titles.get(c) is not None for c in cands):
        flags.append("title")
    if any(lex.gentilics.get(c) is not None for c in cands):
        flags.append("gentilic")
    if any(lex.org_heads.get(c) is not None for c in cands):
        flags.append("orghead")
    if any(lex.heads.get(c) is not None or lex.collectives.get(c) is not None for c in cands):
        flags.append("grouphead")
    if any(lex.person_nouns.get(c) is not None for c in cands):
        flags.append("personnoun")
    if any(lex.anon_heads.get(c) is not None for c in cands):
        flags.append("anon")
    known = next((lex.names.get(c) for c in cands if lex.names.get(c) is not None), None)
    if known is not None:
        flags.append("actor=" + known.actor_type)
    elif lex.names.can_start(word):
        flags.append("actorstart")
    if word in lex.stop:
        flags.append("stop")
    elif any(strip_article(c) in _reporting_cues() for c in cands):
        flags.append("cue")  # `وقال`, `وأكدت`: a speaker's name often follows
    elif any(strip_article(c) in lex.name_stop for c in cands):
        flags.append("namestop")  # event triggers, time words
    return tuple(flags)


@lru_cache(maxsize=1)
def _reporting_cues() -> frozenset[str]:
    return frozenset(normalize_phrase(r["cue_ar"]).split()[0]
                     for r in load("reporting_cues.tsv", ("cue_ar",)) if r["cue_ar"].strip())


def _bare(word: str) -> str:
    """The word without proclitics and article: the last (longest) strip."""
    return stem_candidates(word)[-1]


@lru_cache(maxsize=200_000)
def _own_features(word: str) -> tuple[str, ...]:
    bare = _bare(word)
    proclitic = word[:len(word) - len(bare)] if word.endswith(bare) else ""
    shape = "digit" if word.isdigit() else "latin" if word.isascii() else "ar"
    feats = ["w=" + word, "b=" + bare, "pc=" + proclitic, "shape=" + shape, "len=%d" % min(len(bare), 9),
             "p1=" + bare[:1], "p2=" + bare[:2], "p3=" + bare[:3], "p4=" + bare[:4],
             "s1=" + bare[-1:], "s2=" + bare[-2:], "s3=" + bare[-3:], "s4=" + bare[-4:]]
    # letter trigrams inside the word: transliterated foreign names have their own spelling habits
    feats += ["g=" + bare[k:k + 3] for k in range(1, len(bare) - 3)]
    feats += ["l=" + f for f in _lexicon_flags(word)]
    return tuple(feats)


@lru_cache(maxsize=400_000)
def _context_features(word: str, offset: int) -> tuple[str, ...]:
    prefix = "%+d:" % offset
    bare = _bare(word)
    feats = [prefix + "w=" + word, prefix + "b=" + bare]
    feats += [prefix + "l=" + f for f in _lexicon_flags(word)]
    if offset in (-1, 1):
        feats += [prefix + "p2=" + bare[:2], prefix + "s2=" + bare[-2:], prefix + "s3=" + bare[-3:]]
    return tuple(feats)


def sequence_features(words: Sequence[str], gaps: Sequence[bool]) -> list[list[str]]:
    """Features of each word; `gaps[k]`: punctuation or a line break before word k."""
    n = len(words)
    out = []
    for k, word in enumerate(words):
        feats = list(_own_features(word))
        for off in _CONTEXT:
            j = k + off
            if 0 <= j < n:
                feats.extend(_context_features(words[j], off))
            elif off in (-1, 1):
                feats.append("%+d:edge" % off)
        bare = _bare(word)
        if k > 0:
            feats.append("-1|0=" + _bare(words[k - 1]) + "|" + bare)
        if k + 1 < n:
            feats.append("0|+1=" + bare + "|" + _bare(words[k + 1]))
        if gaps[k]:
            feats.append("gap")
        if k + 1 < n and gaps[k + 1]:
            feats.append("gap_after")
        out.append(feats)
    return out


class NameTagger:
    """Tags sequences of normalised words with the packaged (or a given) model."""

    def __init__(self, model_path: Path = MODEL_PATH):
        import pycrfsuite
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, words: Sequence[str], gaps: Sequence[bool]) -> list[str]:
        return self._tagger.tag(sequence_features(words, gaps))

    def entities(self, words: Sequence[str], gaps: Sequence[bool]) -> list[Entity]:
        """Entity spans (IOB2; a stray I- opens a span) with their confidence."""
        if not words:
            return []
        labels = self.tag(words, gaps)
        out: list[Entity] = []
        k = 0
        while k < len(labels):
            label = labels[k]
            if label == "O":
                k += 1
                continue
            kind = label[2:]
            j = k + 1
            while j < len(labels) and labels[j] == "I-" + kind:
                j += 1
            confidence = min(self._tagger.marginal(labels[x], x) for x in range(k, j))
            out.append(Entity(kind, k, j, confidence))
            k = j
        return out


@lru_cache(maxsize=1)
def name_tagger() -> NameTagger:
    """The packaged model, loaded on first use, once per process."""
    return NameTagger()


def model_bytes() -> bytes:
    return MODEL_PATH.read_bytes() if MODEL_PATH.exists() else b""
