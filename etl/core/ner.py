"""A learned named-entity tagger (CRF, python-crfsuite) for names the lexicons do not hold.

The model is trained by `python -m etl.train_ner` on ANERcorp (IOB2 tags PERS, ORG, LOC, MISC)
and shipped as `models/ner.crfsuite.gz`. Features are the project's own views of a word: its
normalised form, the form without proclitics and article, affixes, shape, and membership in the
actor lexicons; and the same for its neighbours. Words are normalised (`text.normalize_phrase`)
and tokens are word matches only: punctuation is not a token, it shows as a `gap` feature, as
between runtime tokens (`Token.joined`).

Feature strings are built once per distinct word and kept in its record (`word_record.py`,
news repeats its words), so tagging costs list concatenation per token plus the C tagger.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Mapping, Sequence

from .actor_lexicon import actor_lexicon
from .lexicon import load
from .morphology import stem_candidates, strip_article
from .text import normalize_phrase
from .word_record import WordRecord, WordRecords

# gzip-compressed (0.9 MB instead of 2.4): loaded into memory, never unpacked to disk
MODEL_PATH = Path(__file__).with_name("models") / "ner.crfsuite.gz"
ENTITY_TYPES = ("PERS", "ORG", "LOC", "MISC")
_CONTEXT = (-2, -1, 1, 2)  # `_Features.sequence` unrolls this order
_TAGGED = ("PERS", "ORG")  # the kinds that become actors (places come from the lexicon)


@dataclass(frozen=True)
class Entity:
    kind: str        # PERS, ORG, LOC or MISC
    first: int       # token indices within the tagged sequence
    last: int        # exclusive
    confidence: float  # the lowest marginal probability of the span's labels


_CLASS_FLAGS = ("given", "title", "gentilic", "orghead", "grouphead", "personnoun", "anon")


@lru_cache(maxsize=1)
def _single_words() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """One-word lexicon entries (article removed, as the matchers key them): their classes,
    and the actor type of a known actor's one-word name."""
    lex = actor_lexicon()
    classes: dict[str, set[str]] = {}
    for flag, matchers in zip(_CLASS_FLAGS, ((lex.given_names,), (lex.titles,), (lex.gentilics,), (lex.org_heads,),
                                             (lex.heads, lex.collectives), (lex.person_nouns,), (lex.anon_heads,))):
        for matcher in matchers:
            for key, _ in matcher.entries():
                if len(key) == 1:
                    classes.setdefault(key[0], set()).add(flag)
    actor_types = {key[0]: actor.actor_type for key, actor in lex.names.entries() if len(key) == 1}
    return {w: frozenset(f) for w, f in classes.items()}, actor_types


_NO_CLASSES: frozenset[str] = frozenset()


@lru_cache(maxsize=200_000)
def _lexicon_flags(word: str) -> tuple[str, ...]:
    lex = actor_lexicon()
    classes, actor_types = _single_words()
    keys = [strip_article(c) for c in stem_candidates(word)]
    found = _NO_CLASSES
    for key in keys:
        in_classes = classes.get(key)
        if in_classes:
            found = found | in_classes
    flags = [f for f in _CLASS_FLAGS if f in found] if found else []
    known = next((actor_types[k] for k in keys if k in actor_types), None)
    if known is not None:
        flags.append("actor=" + known)
    elif lex.names.can_start(word):
        flags.append("actorstart")
    if word in lex.stop:
        flags.append("stop")
    elif not _reporting_cues().isdisjoint(keys):
        flags.append("cue")  # `وقال`, `وأكدت`: a speaker's name often follows
    elif not lex.name_stop.isdisjoint(keys):
        flags.append("namestop")  # event triggers, time words
    return tuple(flags)


@lru_cache(maxsize=1)
def _reporting_cues() -> frozenset[str]:
    return frozenset(normalize_phrase(r["cue_ar"]).split()[0]
                     for r in load("reporting_cues.tsv", ("cue_ar",)) if r["cue_ar"].strip())


def _bare(word: str) -> str:
    """The word without proclitics and article: the last (longest) strip."""
    return stem_candidates(word)[-1]


def _own_parts(word: str) -> list[tuple[str, str]]:
    """(name, value) of each of a word's own features (the feature is `name=value`)."""
    bare = _bare(word)
    proclitic = word[:len(word) - len(bare)] if word.endswith(bare) else ""
    shape = "digit" if word.isdigit() else "latin" if word.isascii() else "ar"
    parts = [("w", word), ("b", bare), ("pc", proclitic), ("shape", shape), ("len", "%d" % min(len(bare), 9)),
             ("p1", bare[:1]), ("p2", bare[:2]), ("p3", bare[:3]), ("p4", bare[:4]),
             ("s1", bare[-1:]), ("s2", bare[-2:]), ("s3", bare[-3:]), ("s4", bare[-4:])]
    # letter trigrams inside the word: transliterated foreign names have their own spelling habits
    parts += [("g", bare[k:k + 3]) for k in range(1, len(bare) - 3)]
    parts += [("l", f) for f in _lexicon_flags(word)]
    return parts


@lru_cache(maxsize=200_000)
def _own_features(word: str) -> tuple[str, ...]:
    return tuple([name + "=" + value for name, value in _own_parts(word)])


@lru_cache(maxsize=400_000)
def _context_features(word: str, offset: int) -> tuple[str, ...]:
    return _context_of(word, _bare(word), _lexicon_flags(word), offset)


# per offset, the names of its context features: word, bare form, flag, and at +-1 affixes
_CONTEXT_NAMES = {off: tuple("%+d:%s" % (off, name) for name in ("w", "b", "l", "p2", "s2", "s3")) for off in _CONTEXT}


def _context_parts(word: str, bare: str, flags: tuple[str, ...], offset: int) -> list[tuple[str, str]]:
    """(name, value) of each feature a word gives its neighbour at `offset` (`-1:w=value`)."""
    w, b, flag, p2, s2, s3 = _CONTEXT_NAMES[offset]
    parts = [(w, word), (b, bare)]
    parts += [(flag, f) for f in flags]
    if offset in (-1, 1):
        parts += [(p2, bare[:2]), (s2, bare[-2:]), (s3, bare[-3:])]
    return parts


def _context_of(word: str, bare: str, flags: tuple[str, ...], offset: int) -> tuple[str, ...]:
    return tuple([name + "=" + value for name, value in _context_parts(word, bare, flags, offset)])


_OWN_NAMES = ("w", "b", "pc", "shape", "len", "p1", "p2", "p3", "p4", "s1", "s2", "s3", "s4", "g", "l")


class _Features:
    """Feature strings of words, cached per word. With `known` (the attributes a model has
    weights for), only those are kept: the tagger would ignore the others, after paying to look
    each one up. The kept features are then built straight from the model's values per feature
    name (`_own_known`, `_context_known`), in the order `_own_parts` and `_context_parts` give,
    and `sequence` hands them over as UTF-8 bytes (`encoded`)."""

    def __init__(self, known: frozenset[str] | None = None):
        self.known = known
        # With a model, `sequence` gives UTF-8 bytes, each word's encoded once into its record:
        # the tagger takes bytes as they are, where it would encode every string of every call
        # (a third of the C call's cost).
        self.encoded = known is not None
        self._context: dict[tuple[str, int], tuple[str, ...]] = {}
        # per word, everything `sequence` and `NameTagger.may_be_in_name` read of it
        self.records = WordRecords()

    def record(self, word: str) -> WordRecord:
        """The word's record, made with its bare form and own features on first use."""
        record = self.records.get(word)
        if record is None:
            bare = _bare(word)
            own = _own_features(word) if self.known is None else tuple(map(str.encode, self._own_known(word, bare)))
            record = self.records.add(word, WordRecord(bare, own))
        return record

    def own(self, word: str) -> tuple[str, ...] | tuple[bytes, ...]:
        return self.record(word).own

    def context(self, word: str, offset: int) -> tuple[str, ...]:
        feats = self._context.get((word, offset))
        if feats is None:
            feats = self._context[word, offset] = self._keep(_context_features(word, offset))
        return feats

    def _keep(self, feats: tuple[str, ...]) -> tuple[str, ...]:
        return feats if self.known is None else tuple(filter(self.known.__contains__, feats))

    def _word(self, word: str) -> WordRecord:
        """The word's record with everything `sequence` reads (its context features made now
        if only its own were asked before)."""
        record = self.record(word)
        bare, flags = record.bare, _lexicon_flags(word)
        if self.known is None:
            record.context = tuple(_context_of(word, bare, flags, off) for off in _CONTEXT)
        else:
            record.context = tuple(tuple(map(str.encode, feats)) for feats in self._context_known(word, bare, flags))
            record.pairs_next, record.pairs_before = self._pairs_after.get(bare), self._pairs_before.get(bare)
        return record

    def _known(self, parts: list[tuple[str, str]]) -> tuple[str, ...]:
        """`_keep` of the features `name=value` of `parts`, without making the string of a
        feature the model lacks: each value is looked up among the values the model knows for
        that name."""
        values = self._known_values
        return tuple([name + "=" + value for name, value in parts if value in values.get(name, ())])

    @cached_property
    def _known_values(self) -> dict[str, frozenset[str]]:
        """The known features as name → values (`-1:s2=ين` → '-1:s2' → {'ين'}). Names hold no
        `=`, so a feature splits at its first `=` one way only: a value is in its name's set
        exactly when its feature is known."""
        out: dict[str, set[str]] = {}
        for attr in self.known or ():
            name, _, value = attr.partition("=")
            out.setdefault(name, set()).add(value)
        return {name: frozenset(values) for name, values in out.items()}

    def _values_of(self, name: str) -> frozenset[str]:
        return self._known_values.get(name, frozenset())

    @cached_property
    def _own_values(self) -> tuple[frozenset[str], ...]:
        return tuple(self._values_of(name) for name in _OWN_NAMES)

    @cached_property
    def _affix_values(self) -> tuple[tuple[str, frozenset[str], slice], ...]:
        """(`name=`, known values, the slice of the bare form) of the affix features p1…s4."""
        return tuple((name + "=", self._values_of(name), part) for name, part in (
            ("p1", slice(None, 1)), ("p2", slice(None, 2)), ("p3", slice(None, 3)), ("p4", slice(None, 4)),
            ("s1", slice(-1, None)), ("s2", slice(-2, None)), ("s3", slice(-3, None)), ("s4", slice(-4, None))))

    def _own_known(self, word: str, bare: str | None = None) -> tuple[str, ...]:
        """`_known(_own_parts(word))`, written out: one set test per feature, a string only
        for a feature the model knows (`bare`: the word's `_bare`, if the caller has it)."""
        w, b, pc, shape, length, _, _, _, _, _, _, _, _, g, lex = self._own_values
        if bare is None:
            bare = _bare(word)
        out = []
        if word in w:
            out.append("w=" + word)
        if bare in b:
            out.append("b=" + bare)
        proclitic = word[:len(word) - len(bare)] if word.endswith(bare) else ""
        if proclitic in pc:
            out.append("pc=" + proclitic)
        kind = "digit" if word.isdigit() else "latin" if word.isascii() else "ar"
        if kind in shape:
            out.append("shape=" + kind)
        n = "%d" % min(len(bare), 9)
        if n in length:
            out.append("len=" + n)
        for name, values, part in self._affix_values:
            affix = bare[part]
            if affix in values:
                out.append(name + affix)
        for k in range(1, len(bare) - 3):
            gram = bare[k:k + 3]
            if gram in g:
                out.append("g=" + gram)
        for flag in _lexicon_flags(word):
            if flag in lex:
                out.append("l=" + flag)
        return tuple(out)

    @cached_property
    def _context_values(self) -> tuple[tuple, ...]:
        """Per offset of `_CONTEXT`: (`name=`, known values) of its word, bare form and flag
        features, then those of its affixes at +-1 (else None)."""
        out = []
        for off in _CONTEXT:
            named = [(name + "=", self._values_of(name)) for name in _CONTEXT_NAMES[off]]
            out.append((*named[0], *named[1], *named[2], tuple(named[3:]) if off in (-1, 1) else None))
        return tuple(out)

    def _context_known(self, word: str, bare: str, flags: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """`_known(_context_parts(word, bare, flags, off))` for each offset of `_CONTEXT`."""
        affixes = (bare[:2], bare[-2:], bare[-3:])
        out = []
        for w, w_values, b, b_values, lex, lex_values, affix_values in self._context_values:
            feats = []
            if word in w_values:
                feats.append(w + word)
            if bare in b_values:
                feats.append(b + bare)
            for flag in flags:
                if flag in lex_values:
                    feats.append(lex + flag)
            if affix_values is not None:
                for value, (name, values) in zip(affixes, affix_values):
                    if value in values:
                        feats.append(name + value)
            out.append(tuple(feats))
        return tuple(out)

    def _known_pairs(self, name: str) -> dict[str, frozenset[str]]:
        """The known pair features `name=first|second` as first → {second}. A value is split at
        every `|`, so `first + "|" + second` is a known value exactly when `second` is in the set
        of `first`, whatever the words hold."""
        out: dict[str, set[str]] = {}
        for value in self._values_of(name):
            for k, ch in enumerate(value):
                if ch == "|":
                    out.setdefault(value[:k], set()).add(value[k + 1:])
        return {first: frozenset(seconds) for first, seconds in out.items()}

    @cached_property
    def _pairs_after(self) -> dict[str, frozenset[str]]:
        return self._known_pairs("-1|0")

    @cached_property
    def _pairs_before(self) -> dict[str, frozenset[str]]:
        return self._known_pairs("0|+1")

    def sequence(self, words: Sequence[str], gaps: Sequence[bool],
                 earlier: DocumentMemory | None = None) -> list[list[str]] | list[list[bytes]]:
        """Each word's features (strings; UTF-8 bytes when `encoded`); with `earlier`, the
        document's memory of names (`document_features`)."""
        n = len(words)
        known, cached = self.known, self.records
        records = [r if r is not None and r.context is not None else self._word(w)
                   for w, r in zip(words, map(cached.get, words))]
        bares = list(map(_BARE, records))
        contexts = list(map(_CONTEXT_FEATURES, records))
        out = []
        left_edge, right_edge, gap, gap_after = _MARKERS_BYTES if self.encoded else _MARKERS
        # _CONTEXT is (-2, -1, +1, +2): the neighbours' parts, or an edge marker at +-1
        edges = min(n, 2)
        before2 = [()] * edges + [c[0] for c in contexts[:n - 2]]
        before1 = [left_edge] + [c[1] for c in contexts[:n - 1]]
        after1 = [c[2] for c in contexts[1:]] + [right_edge]
        after2 = [c[3] for c in contexts[2:]] + [()] * edges
        for k in range(n):
            feats = [*records[k].own, *before2[k], *before1[k], *after1[k], *after2[k]]
            if k > 0:
                if known is None:
                    feats.append("-1|0=" + bares[k - 1] + "|" + bares[k])
                else:
                    seconds = records[k - 1].pairs_next
                    if seconds is not None and bares[k] in seconds:
                        feats.append(("-1|0=" + bares[k - 1] + "|" + bares[k]).encode())
            if k + 1 < n:
                if known is None:
                    feats.append("0|+1=" + bares[k] + "|" + bares[k + 1])
                else:
                    seconds = records[k].pairs_before
                    if seconds is not None and bares[k + 1] in seconds:
                        feats.append(("0|+1=" + bares[k] + "|" + bares[k + 1]).encode())
            if gaps[k]:
                feats.append(gap)
            if k + 1 < n and gaps[k + 1]:
                feats.append(gap_after)
            out.append(feats)
        if earlier:
            _add_document_features(out, bares, earlier, self.encoded)
        return out


_BARE, _CONTEXT_FEATURES = attrgetter("bare"), attrgetter("context")  # of a `WordRecord`, for C-level `map`
# `sequence`'s fixed features: the edges (as a neighbour's features) and the gap flags
_MARKERS = (("-1:edge",), ("+1:edge",), "gap", "gap_after")
_MARKERS_BYTES = ((b"-1:edge",), (b"+1:edge",), b"gap", b"gap_after")
_ALL_FEATURES = _Features()

# bare word → the kinds of name (PERS, ORG, LOC, MISC) it was part of earlier in the document
DocumentMemory = Mapping[str, frozenset[str]]


@lru_cache(maxsize=None)
def _document_markers(kind: str, encoded: bool) -> tuple:
    """The features a remembered kind gives the word, the word before it and the word after it."""
    names = ("doc=" + kind, "+1:doc=" + kind, "-1:doc=" + kind)
    return tuple(n.encode() for n in names) if encoded else names


def _add_document_features(out: list, bares: list[str], earlier: DocumentMemory, encoded: bool) -> None:
    """A name given in full once comes back as one word (`وقال بوش`), where its context alone
    does not show a name: the kinds of name the document put the word in before (`doc=PERS`),
    on it and on its neighbours (Krishnan and Manning 2006)."""
    last = len(out) - 1
    for k, bare in enumerate(bares):
        kinds = earlier.get(bare)
        if kinds:
            for kind in kinds:
                own, before, after = _document_markers(kind, encoded)
                out[k].append(own)
                if k > 0:
                    out[k - 1].append(before)
                if k < last:
                    out[k + 1].append(after)


def remember_names(memory: dict[str, frozenset[str]], words: Sequence[str], kinds: Sequence[str | None]) -> None:
    """Add to a document's `memory` the words of names, each with its kind (None: no name), by
    bare form (`وبوش` is `بوش`); function words carry no memory."""
    stop = actor_lexicon().stop
    for word, kind in zip(words, kinds):
        if kind is None:
            continue
        bare = _bare(word)
        if len(bare) > 1 and word not in stop and bare not in stop:
            known = memory.get(bare, frozenset())
            if kind not in known:
                memory[bare] = known | {kind}


def sequence_features(words: Sequence[str], gaps: Sequence[bool],
                      earlier: DocumentMemory | None = None) -> list[list[str]]:
    """Features of each word; `gaps[k]`: punctuation or a line break before word k; `earlier`:
    the document's memory of names before this sequence (`remember_names`)."""
    return _ALL_FEATURES.sequence(words, gaps, earlier)


class NameTagger:
    """Tags sequences of normalised words with the packaged (or a given) model."""

    def __init__(self, model_path: Path = MODEL_PATH):
        self._tagger = open_tagger(model_path)
        weights = state_weights(model_path)
        self._features = _Features(frozenset(a for a, _ in weights))
        # the weights of each attribute towards a name label or O: which words may be in a name
        by_attr: dict[str, dict[str, float]] = {}
        for (attr, label), w in weights.items():
            if label[2:] in _TAGGED or label == "O":
                by_attr.setdefault(attr, {})[label] = w
        # keyed by the attribute's UTF-8 bytes, as a word's record holds its own features
        self._weights: dict[bytes, tuple[tuple[str, float], ...]] = {a.encode(): tuple(w.items())
                                                                     for a, w in by_attr.items()}
        self._records = self._features.records
        # whether the model was trained with a document memory (`remember_names`)
        self.reads_document = any(a.startswith("doc=") for a, _ in weights)
        # the caller's per-word answers to "may a tagged name start here": ActorFinder._tagger_windows
        self.window_openers: dict[str, int] = {}

    def may_be_in_name(self, word: str) -> bool:
        """Whether the word's own features, without its neighbours, favour a person or
        organisation label over O: a cheap test of where tagging is worth its cost (cached)."""
        record = self._records.get(word)
        if record is None:
            record = self._features.record(word)
        hit = record.in_name
        if hit is None:
            totals: dict[str, float] = {}
            weights = self._weights
            for f in record.own:
                for label, w in weights.get(f, ()):
                    totals[label] = totals.get(label, 0.0) + w
            o = totals.pop("O", 0.0)
            hit = record.in_name = max(totals.values(), default=o) > o
        return hit

    def tag(self, words: Sequence[str], gaps: Sequence[bool], earlier: DocumentMemory | None = None) -> list[str]:
        return self._tagger.tag(self._features.sequence(words, gaps, earlier))

    def entities(self, words: Sequence[str], gaps: Sequence[bool],
                 earlier: DocumentMemory | None = None) -> list[Entity]:
        """Entity spans (IOB2; a stray I- opens a span) with their confidence."""
        if not words:
            return []
        labels = self.tag(words, gaps, earlier)
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


def open_tagger(model_path: Path):
    """A pycrfsuite tagger over a model file, plain or gzip-compressed (`.gz`)."""
    import gzip

    import pycrfsuite

    class InMemoryTagger(pycrfsuite.Tagger):
        model: bytes  # crfsuite reads the model from this buffer for as long as the tagger lives

    tagger = InMemoryTagger()
    if model_path.suffix == ".gz":
        tagger.model = gzip.decompress(model_path.read_bytes())
        tagger.open_inmemory(tagger.model)
    else:
        tagger.open(str(model_path))
    return tagger


def weights_path(model_path: Path) -> Path:
    """`ner.crfsuite(.gz)` → `ner.weights.tsv.gz` beside it."""
    return model_path.with_name(model_path.name.split(".")[0] + ".weights.tsv.gz")


def state_weights(model_path: Path) -> dict[tuple[str, str], float]:
    """The model's (attribute, label) weights, from the table training writes beside it.
    pycrfsuite's own `Tagger.info()` would give them too, but it dumps the model to a temporary
    file (slow, and it fails where the process may not write files)."""
    import gzip
    path = weights_path(model_path)
    if not path.exists():
        return open_tagger(model_path).info().state_features
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            attr, label, weight = line.rstrip("\n").split("\t")
            out[attr, label] = float(weight)
    return out


def write_state_weights(model_path: Path) -> Path:
    """The table `state_weights` reads, written once after training."""
    import gzip
    path = weights_path(model_path)
    rows = sorted(open_tagger(model_path).info().state_features.items())
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime 0: the same model gives the same bytes
        raw.write("attribute\tlabel\tweight\n".encode())
        raw.write("".join(f"{a}\t{label}\t{w!r}\n" for (a, label), w in rows).encode())
    return path


TAGGER_SWITCH = "ETL_NAME_TAGGER"


def tagger_enabled() -> bool:
    """`ETL_NAME_TAGGER=off` leaves names to the lexicons and rules: extraction about a quarter
    faster (`etl bench`), fewer unknown names found (see the README's Quality section)."""
    return os.environ.get(TAGGER_SWITCH, "on").strip().lower() not in ("off", "0", "false", "no")


@lru_cache(maxsize=1)
def name_tagger() -> NameTagger | None:
    """The packaged model, loaded on first use, once per process; None when switched off."""
    return NameTagger() if tagger_enabled() else None
