"""The words the speaker rules share, by class of function_words.tsv (and the ones the claim
rules read: `_ANAPHORIC_SOURCES`, `_OFFICIALS`, `_SOURCE_DOCUMENTS`, ...), and `SpeakerState`, what
every speaker mixin reads of `ClaimFinder`."""
from __future__ import annotations

from collections.abc import Callable

from .actor_lexicon import Mention
from .lexicon import word_classes
from .matching import PhraseMatcher, Token

# word lists: function_words.tsv, by class
_ANAPHORIC_SOURCES = word_classes()["anaphoric_source"]
_OFFICIALS = word_classes()["official_noun"]
# `قال ردا على سؤال`, `تعليقا على القرار`: accusatives of manner that open an adjunct after the
# subject, never a speaker's name
_ADVERBIAL_ACCUSATIVES = word_classes()["speaker_adverbial_accusative"]
_CONTRAST_OPENERS = word_classes()["speaker_contrast_opener"]  # words opening a contrasting clause with its own subject
# documents whose issuer, in construct or after لـ/عن, is a report's source (`وفقا لتقديرات
# الأمم المتحدة`, `أظهرت دراسة لجامعة X`), normalised and without the article
# and figures and accounts issued by a body (`وفق حصيلة جديدة للمرصد`, `بحسب توقعات وزارة المالية`)
_SOURCE_DOCUMENTS = word_classes()["source_document"]
# `في وقت لاحق`, `الأسبوع الماضي`: a period noun and the words that place it in time (normalised)
_TIME_PERIOD_NOUNS = word_classes()["time_period_noun"]
_TIME_MODIFIERS = word_classes()["time_modifier"]
# verbs whose object comes before `بأن` (`وصف الهجوم بأنه`, `اتهم المكتب بأنه`), normalised stems
_OBJECT_BEFORE_BI_ANNA = tuple(sorted(word_classes()["object_before_bi_anna"]))  # for str.startswith
_OFFICIAL_OF_PREPOSITIONS = word_classes()["speaker_official_of_preposition"]  # `المتحدث باسم`, `مسؤول في`


class SpeakerState:
    """What the speaker mixins read of `ClaimFinder` (set in `ClaimFinder.__init__` and `find`):
    annotations only, no values. They also call its word and slot tests (claims.py and the claim_*
    modules): `_word(k)`, `_written(k)`, `_gap(k)`, `_comma_before(k)`, `_content_marker(j, last)`,
    `_is_complementizer(word)`, `_is_preposition(word)`, `_time_word(k)`, `_subject_words(j, end)`,
    `_clause_break(start, end)`, `_speaker_head(k)`, ..., and each other's methods through `SpeakerRules`."""

    tokens: list[Token]
    text: str  # the normalised text
    cues: PhraseMatcher  # the reporting cues
    describe: Callable[[int, int], Mention | None] | None  # the speaker in a slot no actor rule matched
    prepositions: frozenset[str]
    relatives: frozenset[str]
    relative_pronouns: frozenset[str]  # `الذي`, `التي`
    adverbs: frozenset[str]
    _clause_bounds: list[int]  # tokens after a comma or semicolon
    _clause_bound_set: frozenset[int]
    in_mention: set[int]  # tokens of the sentence's actor mentions
    person_starts: set[int]  # the first tokens of its persons' mentions
    named_before: list[Mention]  # the actors named in the last sentences, in text order
    speakers: list[tuple[Mention, tuple[int, int]]]  # earlier speakers, last one last
    topics: list[Mention]  # the first person named in each earlier sentence
    last_source: tuple[Mention, tuple[int, int]] | None
    sentence_speaker: tuple[Mention, tuple[int, int]] | None  # who spoke last in the sentence
    sentence_unnamed: tuple[tuple[int, int], str | None, bool | None] | None  # the same, named only by words
    sentence_idx: int
    last_unnamed_at: int  # the sentence where the last speaker named only by words spoke
    unnamed_continues: bool  # set by `_verb_source`: the speaker named only by words goes on
    spokesman_gender: dict[int, str]  # the official's gender, by the start of the body he speaks for
