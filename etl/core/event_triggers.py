"""Event triggers from the lexicon: contiguous triggers (event_triggers.tsv) and the verb heads
of discontinuous collocations (event_collocations.tsv: `أجرى X محادثات`), in one matcher."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load, phrase_key, split_variants
from .matching import PhraseMatcher

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Trigger:
    event_type: str
    event_mode: str | None


@dataclass(frozen=True)
class Collocation:
    objects: PhraseMatcher[bool]
    trigger: Trigger
    max_gap: int


@dataclass(frozen=True)
class Head:
    """A collocation verb: its collocations, and the trigger the word is on its own (`استقبل`
    CONSULT, but `استقبلت ألمانيا ... لاجئ` AID), if any."""
    collocations: tuple[Collocation, ...]
    alone: Trigger | None


@lru_cache(maxsize=None)
def collocation_heads() -> list[tuple[str, tuple[Collocation, ...]]]:
    """Verb heads of discontinuous triggers (`event_collocations.tsv`), each with its collocations."""
    by_head: dict[tuple[str, ...], list] = {}
    for r in load("event_collocations.tsv", ("head_ar", "object_ar", "event_type", "event_mode", "max_gap")):
        if r["event_type"] not in PLOVER_TYPES:
            continue
        c = Collocation(PhraseMatcher((o, True) for o in split_variants(r["object_ar"])),
                        Trigger(r["event_type"], r["event_mode"] or None), int(r["max_gap"]))
        for h in split_variants(r["head_ar"]):
            by_head.setdefault(phrase_key(h), [h, []])[1].append(c)
    return [(h, tuple(cs)) for h, cs in by_head.values()]


@lru_cache(maxsize=None)
def trigger_matcher() -> PhraseMatcher[Trigger | Head]:
    """Contiguous triggers and the verb heads of discontinuous ones in one matcher (one lookup a
    word); a longer contiguous trigger wins over a head (`أطلق سراح`), a head over a trigger of
    the same word when its object follows."""
    rows = load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))
    triggers: dict[tuple[str, ...], tuple[str, Trigger]] = {}
    for r in rows:
        if r["event_type"] in PLOVER_TYPES:
            triggers.setdefault(phrase_key(r["trigger_ar"]), (r["trigger_ar"], Trigger(r["event_type"], r["event_mode"] or None)))
    heads = [(h, Head(cs, triggers.pop(phrase_key(h), (None, None))[1])) for h, cs in collocation_heads()]
    return PhraseMatcher([*triggers.values(), *heads], enclitics=True)


@lru_cache(maxsize=None)
def trigger_first_words() -> frozenset[str]:
    """The first words of the triggers as the lexicon spells them (`سيطرت`, whose `س` is no future prefix)."""
    return trigger_matcher().first_words
