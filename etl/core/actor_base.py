"""The word classes that several actor rules read (`actors.py` and its rule mixins)."""
from __future__ import annotations

from .lexicon import load, word_classes
from .text import normalize_phrase

# word lists: function_words.tsv, by class
PLACE_WORDS = word_classes()["place_word"]
_ORG_NAME_WORDS = [(normalize_phrase(r["word_ar"]), r["word_class"]) for r in load("actor_name_words.tsv", ("word_ar", "word_class"))]


def name_words(word_class: str) -> frozenset[str]:
    """The words of one class of actor_name_words.tsv, normalised; a class the file lacks is a
    KeyError (a misspelt class would otherwise match nothing, silently)."""
    words = frozenset(word for word, cls in _ORG_NAME_WORDS if cls == word_class)
    if not words:
        raise KeyError(f"actor_name_words.tsv has no class {word_class!r}")
    return words


LETTER_NAMES = name_words("letter_name")
OFFICE_GOVERNORS = name_words("office_governor")
STATE_BODY_ADJECTIVES = name_words("state_body_adjective")
# marks and tatweel dropped from a name as written (`اتصالاً`), and quotes or a hashtag's mark around it
UNMARKED = {cp: None for cp in [*range(0x064B, 0x0660), 0x0670, 0x0640, *map(ord, '"«»“”#')]} | {ord("_"): " "}  # `#علي_صالح`
NATIONAL_ADJECTIVES = name_words("national_adjective")
_COUNT_NOUNS = name_words("count_noun")


def definite_noun(word: str) -> bool:
    """A word with the article, which an adjective after it agrees with (`الجنود [الإسرائيليين]`);
    `آلاف` normalises to `الاف`, a count noun that only looks definite (`آلاف [السودانيين]`)."""
    return word.startswith("ال") and len(word) > 3 and word not in _COUNT_NOUNS
