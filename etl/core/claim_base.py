"""The claim row, and the word classes and word tests that the claim rules (`claims.py`,
`claim_sources.py`, `claim_nesting.py`, `claim_content.py`) share."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .actor_lexicon import Actor, Mention
from .lexicon import load, time_words, word_classes
from .morphology import analyse
from .text import normalize_phrase


@dataclass
class Claim:
    cue_start: int        # normalised offsets
    cue_end: int
    content_start: int
    content_end: int
    source: Mention | None
    source_span: tuple[int, int] | None
    channel: Actor | None
    hedged: bool
    parent: "Claim | None" = None
    children: list["Claim"] = field(default_factory=list)


# word lists: function_words.tsv, by class; time words: time_words.tsv and the weekdays
CHANNEL_HEADS = word_classes()["channel_head"]
# `وقال عقب الاجتماع "..."`: adverbial prepositions of time and regard (after, on the morrow / eve of,
# during, just before / after, regarding) that open an adjunct, never a speaker's name; normalised
ADJUNCT_OPENERS = word_classes()["claim_adjunct_opener"]
QUOTE_OPEN = "\"«“'"
SKIP_AT_CONTENT_START = word_classes()["content_skip"]
TIME_WORDS = time_words()
# `في بيان نشرته وكالة X`: verbs of publishing a statement (normalised), not of saying it
PUBLISHING_VERBS = word_classes()["publishing_verb"]
# أن/إن and their proclitic forms (the complementisers ending in ان, not كي) with a pronoun suffix
SUFFIXED_COMPLEMENTIZERS = frozenset(c + s for c in word_classes()["complementizer"] if c.endswith("ان")
                                      for s in ("ه", "ها", "هم", "هما", "هن", "نا", "ني"))
# the prepositions a reporting verb governs (`شدد على`, `أعرب عن`, `أشار إلى`, `حذر من`), normalised
GOVERNED_PREPOSITIONS = word_classes()["governed_preposition"]
# verbs of saying whose statement always opens with the preposition they govern (normalised past
# stems) and take no object before it: pointed out, drew attention to, hinted (إلى), stressed (على);
# not `حذر`, whose object comes first (`حذرت الوزارة الجمعة الرئيس من`)
PREPOSITION_VERBS = {"اشار": "الي", "لفت": "الي", "نوه": "الي", "المح": "الي", "شدد": "علي"}
PREPOSITION_VERB_STEMS = tuple(PREPOSITION_VERBS)
# `(،) لكنها أكدت أن`: "but she/he/they" — the same speaker goes on with a new statement
BUT_WITH_PRONOUN = frozenset(c + p for c in ("لكن", "ولكن") for p in ("ه", "ها", "هم"))


@lru_cache(maxsize=None)
def alif_lam_verbs() -> frozenset[str]:
    """The one-word reporting verbs of `reporting_cues.tsv` (normalised) whose first letters are
    written like the article (`ألمح`, `ألحت`): the article test that tells `الحذر` from `حذر`
    must not turn them away."""
    forms = (normalize_phrase(r["cue_ar"]) for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged"))
             if r["cue_kind"] == "verb")
    return frozenset(f for f in forms if f.startswith("ال") and " " not in f)


def noun_with_pronoun(word: str) -> bool:
    """`إدانته`, `رفضها`, `دعمهم`: a noun ending in ة (written ت before a suffix) with a possessive
    pronoun — a verb's object, never the rest of a name."""
    return len(word) > 4 and word.endswith(("ته", "تها", "تهم"))


def is_present_verb(word: str) -> bool:
    """Imperfect prefix ي/ت/ن (after an optional conjunction): `قد يتم`, `قد تكون` — the lenient
    reading of `morphology.analyse`, less the closed-class words a lexicon lists."""
    analysis = analyse(word)
    if not analysis.present_lenient:
        return False
    bare = analysis.bare
    if len(bare) == 6 and bare[2] == "ا" and bare[4] == "ي":
        return False  # `تدابير`, `تقارير`, `تفاصيل`: a broken plural of the shape تفاعيل, not `ت` + a verb
    classes = word_classes()  # `إن تلك الشركات`, `أن تحت`: a closed-class word, not a verb
    return analysis.bare not in classes["demonstrative"] and analysis.bare not in classes["preposition"]
