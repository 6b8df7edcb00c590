"""The words more than one organisation rule reads (`actor_organisations.py` and its
`actor_organisation_*` mixins), by word class (`actor_base.name_words`), and `OrganisationState`,
what every one of them reads of `actors.ActorFinder`."""
from __future__ import annotations

from .actor_base import name_words
from .actor_lexicon import Actor, ActorLexicon
from .lexicon import load, time_words, weekday_names
from .matching import Token
from .morphology import strip_article
from .text import normalize_phrase

# word lists, by class
_NO_QUOTES = str.maketrans("", "", '"«»“”')
_ORG_NAME_FIELDS = name_words("field")
_OUTLET_NAME_WORDS = name_words("outlet_word")
_TIME_ADJECTIVES = name_words("time_adjective")
_PERIOD_NOUNS = name_words("period_noun")  # `[الأسبوع] الماضي`
_ORDINALS = name_words("ordinal")
_COUNT_NOUNS = name_words("count_noun")
_ATTACHED_PREPOSITION_PRONOUNS = name_words("attached_preposition_pronoun")  # `بها`, `لهم`
# time words and months end a name wherever they come (`وزارة [الأحد]` names nothing)
_MONTH_WORDS = frozenset(strip_article(w) for r in load("months.tsv", ("month_ar", "month_number"))
                         for w in normalize_phrase(r["month_ar"]).split())
_TIME_NAME_ENDS = frozenset(strip_article(w) for w in time_words()) | _MONTH_WORDS
# a paper or channel may take a time word as its name (`صحيفة الصباح`, `صحيفة المساء`), not a day or month
_DATE_NAME_ENDS = frozenset(strip_article(w) for w in weekday_names()) | _MONTH_WORDS


class OrganisationState:
    """What the organisation mixins read of `ActorFinder` (set in `ActorFinder.__init__`):
    annotations only, no values. They also call its name and word tests (actors.py and the other
    actor rule mixins): `_gap(k)`, `_written(start, end, name)`, `_remember_org(first, actor)`,
    `_gentilic_after(k, last)`, `_nisba_after(k, last)`, `_qualified(k, last, max_words)`,
    `_name_like(word, foreign)`, `_name_shaped(word, foreign)`, `_national_body_after(m, last)`,
    `_hashtag_end(k, last)`, `_name_from(...)`, and each other's methods through `OrganisationRules`."""

    lex: ActorLexicon
    tokens: list[Token]
    text: str  # the normalised text
    surnames: dict[str, Actor]  # the persons named before, by family name
    org_refs: dict[tuple[str, ...], Actor]  # the last body named, by its head (`وأكدت الحركة`)
