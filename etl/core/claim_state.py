"""The state every claim mixin reads and the token pieces they share: `ClaimState` states what
`ClaimFinder.__init__` and `find` set (annotations only) and gives the word, gap, comma and span of
a token; the punctuation of a document is found once, as the tokens whose gap before them holds it
(`_tokens_after`, `_tokens_opened_by`)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .actor_lexicon import Mention
from .claim_base import QUOTE_OPEN, TIME_WORDS, Claim
from .limits import MAX_CONTENT_CHARS
from .matching import PhraseMatcher, Token
from .text import Normalized

_COMMA = re.compile("[،,]")
# (not the dot of a web address, `لـ"العربية.نت" إن`: the outlet's name, as `sentences.py` reads it;
# nor a dot joining two short letter groups with no space, a transliterated acronym: `جامعة إم.آي.تي
# الأميركية، إنه`, `آي.إس.آي` — it ended the window in which the content's `إن` was looked for)
_ACRONYM_DOT = (r"(?:(?<=[\W_][^\W\d_]\.)|(?<=[\W_][^\W\d_]{2}\.)|(?<=[\W_][^\W\d_]{3}\.)|(?<=^[^\W\d_]{2}\.)|"
                r"(?<=^[^\W\d_]{3}\.))[^\W\d_]{1,3}(?![^\W\d_])")
_CLAUSE_PUNCT = re.compile(r"[;؛!?؟]|\.(?!(?:نت|كوم|com|net|org)(?![^\W\d_]))(?!" + _ACRONYM_DOT + ")")
_COLON = re.compile(":")
_CLAUSE_BOUND = re.compile("[،,;؛]")
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_OPEN) + "]")


def _tokens_after(pattern: re.Pattern, text: str, starts: list[int]) -> list[int]:
    """The tokens (not the first) whose gap before them holds a character of `pattern`,
    ascending: tokens hold no punctuation, so a character found between two tokens lies in the
    gap before the first token starting after it."""
    n = len(starts)
    found = {bisect.bisect_right(starts, m.start()) for m in pattern.finditer(text)}
    return sorted(k for k in found if 0 < k < n)


def _tokens_opened_by(pattern: re.Pattern, text: str, starts: list[int]) -> list[int]:
    """The first token, and the tokens right after a character of `pattern`."""
    n = len(starts)
    out = [0] if n else []
    for m in pattern.finditer(text):
        at = m.end()
        if text[at:at + 1] == " " and _spaced_opening_quote(text, m.start()):
            at += 1  # `وأضاف " نحن ..."`: a quotation opened with a space inside it
        k = bisect.bisect_left(starts, at)
        if 0 < k < n and starts[k] == at:
            out.append(k)
    return out


def _spaced_opening_quote(text: str, at: int) -> bool:
    """A quotation mark standing alone between spaces opens a quotation if it is `«`/`“`, or a
    straight `"` preceded on its line by an even number of them (a closing one follows a quote); a
    straight one glued to the word before it and followed by a space also opens one then
    (`وقال رئيس الوزراء" ما زال ...`: the space was lost before it, not after)."""
    mark = text[at]
    if at > 0 and not text[at - 1].isspace() and not (mark == '"' and text[at - 1].isalpha()):
        return False  # (`...المفرط للمركبة،" وفقا`: after punctuation the mark closes what was quoted)
    if mark in "«“":
        return True
    line_start = text.rfind("\n", 0, at) + 1
    return mark == '"' and text.count('"', line_start, at) % 2 == 0


class ClaimState:
    """What the claim mixins read of `ClaimFinder` (set in `ClaimFinder.__init__` and `find`),
    with the token pieces every rule asks about. The mixins also call each other's methods and
    those of `ClaimSourceRules`, `ClaimNestingRules`, `ClaimContentRules` and `SpeakerRules`
    through `ClaimFinder`."""

    tokens: list[Token]
    text: str  # the normalised text
    original: Normalized | None  # the text as written, where `إن` and `أن` still differ
    starts: list[int]  # each token's start offset
    describe: Callable[[int, int], Mention | None] | None  # names a speaker no actor rule matched
    cues: PhraseMatcher  # claims.cue_matcher()
    complementizers: frozenset[str]
    relatives: frozenset[str]
    relative_pronouns: frozenset[str]  # `الذي`, `التي`...
    demonstratives: frozenset[str]
    _comma_tokens: frozenset[int]  # tokens with a comma in the gap before them
    _quote_tokens: frozenset[int]  # tokens right after an opening quotation mark
    _colon_tokens: frozenset[int]  # tokens with a colon in the gap before them
    in_mention: set[int]  # tokens of the current sentence's actor mentions
    person_starts: set[int]  # the first tokens of its persons' mentions
    last_source: tuple[Mention, tuple[int, int]] | None  # who spoke last, and the words naming it
    unnamed_continues: bool  # the cue read last has a dropped subject
    sentence_before: tuple[int, int, bool] | None  # the sentence before (first, end, headline or not)

    def _gap(self, k: int) -> str:
        return self.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""

    def _comma_before(self, k: int) -> bool:
        return k in self._comma_tokens

    def _token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def _cap_content(self, claim: Claim) -> None:
        """Content longer than `MAX_CONTENT_CHARS` ends at the last word that fits: the column
        holds the opening of the proposition, and its size must not grow with the sentence's."""
        if claim.content_end - claim.content_start <= MAX_CONTENT_CHARS:
            return
        limit = claim.content_start + MAX_CONTENT_CHARS
        k = bisect.bisect_left(self.starts, limit) - 1  # the last token starting before the limit...
        while k >= 0 and self.tokens[k].end > limit:   # ...and ending by it
            k -= 1
        claim.content_end = self.tokens[k].end if k >= 0 and self.tokens[k].end > claim.content_start else limit

    def _word(self, k: int) -> str:
        return self.tokens[k].word

    def _time_word(self, k: int) -> bool:
        """tokens[k] is a word of time (`الخميس`, `أمس`), as written or without its clitics."""
        return self.tokens[k].word in TIME_WORDS or self.tokens[k].bare in TIME_WORDS

    def _before_time_words(self, j: int, end: int) -> int:
        """`end` moved back past the words of time that close tokens[j:end] (`X الاثنين`: when it
        was said, not who), never to j itself."""
        while end - 1 > j and self._time_word(end - 1):
            end -= 1
        return end

    def _inside_quotation(self, start: int, k: int) -> bool:
        """Token k stands inside a quotation opened at or after token `start` and not yet closed
        (`أن "النظام يخطط ... ونقل مواطنين"`: the speaker's own words go on)."""
        opened = start and (start in self._quote_tokens or start in self._colon_tokens)
        quoted = self.text[self.tokens[start - 1].end if opened else self.tokens[start].start:self.tokens[k].start]
        # (with the gap before the content when it holds the quotation mark a colon or a quote
        # marker opened; not the closing mark of a quoted channel, `لـ"العربية" إن`)
        return quoted.count('"') % 2 == 1 or quoted.count("«") > quoted.count("»")

    def _written(self, k: int) -> str:
        """Token k as the text writes it (its normalised form when no original is known)."""
        if self.original is None:
            return self.tokens[k].word
        a, b = self.original.to_original(self.tokens[k].start, self.tokens[k].end)
        return self.original.original[a:b]

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last - 1].end
