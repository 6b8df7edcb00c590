"""Sentence splitting and boilerplate flags, with offsets into the original text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import boilerplate_patterns
from .text import normalize_line, normalize_lines

# A sentence ends at . ! ? ؟ (or an ellipsis) followed by a space, a quote, or directly by a
# letter (scraped text often loses the space: `دمشق.كما`). Not after a lone letter, whatever
# precedes it — agency bylines are dotted initials, often opened by a bracket (`(أ. ف. ب)`,
# `(د.ب.أ)`), and `د.` is a title — nor between digits (`3.5`).
# The pattern opens with the end mark itself, its lookbehinds one character later (they see the
# mark as their last character): the scan then skips every position that holds no end mark
# (3x faster than opening with the lookbehinds, the same matches).
_NOT_AFTER_LONE_LETTER = r"(?<![\W_][^\W\d_].)(?<!^[^\W\d_].)"
# Nor a dot joining two short letter groups with no space (`بي.بي`, `سي.إن.إن`): a transliterated
# acronym. Lost spaces join longer words (`دمشق.كما`), which still split.
_NOT_IN_ACRONYM = (r"(?!(?:(?<=[\W_][^\W\d_]{2}\.)|(?<=[\W_][^\W\d_]{3}\.)|(?<=^[^\W\d_]{2}\.)|"
                   r"(?<=^[^\W\d_]{3}\.))[^\W\d_]{1,3}(?![^\W\d_]))")
# Nor the dot of a web address (`العربية.نت`, `مصراوي.كوم`, `reuters.com`): a domain ending, whole.
_NOT_IN_WEB_ADDRESS = r"(?!(?:نت|كوم|com|net|org|gov|edu|info|[a-z]{2})(?![^\W\d_]))"
_END = re.compile(r"(?:[.!?؟]" + _NOT_AFTER_LONE_LETTER + _NOT_IN_ACRONYM + _NOT_IN_WEB_ADDRESS + r"[.!?؟]*|…" + _NOT_AFTER_LONE_LETTER + r")"
                  r"(?!\d)[\"”»')\]]*(?=\s|[^\W\d_]|$)")
_TERMINAL = re.compile(r"[.!?؟:…\"”»)]\s*$")


@dataclass(frozen=True)
class Sentence:
    idx: int
    start: int
    end: int
    text: str
    is_boilerplate: bool


def _line_spans(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boilerplate_line(line: str) -> bool:
    return _is_boilerplate_normalized(normalize_line(line))


def _is_boilerplate_normalized(norm: str) -> bool:
    """`_is_boilerplate_line` of a line already normalised (`normalize_line`)."""
    at_start, anywhere = boilerplate_patterns()
    return bool(at_start.match(norm) or anywhere.search(norm))


def _link_blocks(lines: list[tuple[int, str]]) -> set[int]:
    """Links to other articles scraped into the page: two or more consecutive headline-shaped
    lines (3–20 words, no sentence-final punctuation), anywhere after the title."""
    out: set[int] = set()
    block: list[int] = []
    for i, (_, line) in enumerate(lines[1:] + [(0, "")], start=1):
        line = line.strip()
        if not line and not block:
            continue
        headline = bool(line) and 3 <= len(line.split()) <= 20 and not _TERMINAL.search(line)
        if headline:
            block.append(i)
        elif line or block:
            if len(block) >= 2:
                out.update(block)
            block = []
    return out


# Teaser blocks. Outlets that dateline their articles (`دبي، الإمارات العربية المتحدة (CNN) –`)
# or open them with a byline (`هذا المقال بقلم ...`) append the opening paragraphs of five other
# stories after the article, one a line, with no heading. They read like any lead, so what marks
# them is their shape and place: the last lines are full sentences that each open a story (an
# article's own later paragraphs go on with و/ف, كما, يذكر ...) or carry a lead's
# `VERB SUBJECT، الأحد،`. One of five may itself open with و or ف (`وافقت`, `وجه` are verbs).
_DATELINE = re.compile(r"^[^\n]{0,60}\((?:[A-Za-z][A-Za-z ]{1,20}|سي إن إن)\)\s*[-–—]"
                       r"|^(?:نشر )?هذا المقال (?:بقلم|بالتعاون)")
_WEEKDAY = r"(?:ال)?(?:أحد|[اإأ]ثنين|ثلاثاء|[أا]ربعاء|خميس|جمعة|سبت)"
_LEAD_WEEKDAY = re.compile(
    r"^[^.!?؟\n]{3,150}?(?:،\s*|\s+(?=اليوم\s))(?:(?:اليوم|يوم|صباح|مساء|فجر|ظهر|ليلة)\s+)?"
    + _WEEKDAY + r"(?:\s+(?:الماضي|المقبل))?\s*[،,]")
_CONTINUES = re.compile(
    r"^\W*(?:و\w|ف(?!ي\b)\w|(?:كما|لكن|لكنّ|إلا|أما|ثم|بدوره|بدورها|كذلك|أيضا|حيث)\b"
    r"|[يو]?[يُ]?ذكر\b|يشار\b|من (?:جهته|جهتها|جانبه|جانبها|جهة|ناحية)\b|في (?:المقابل|حين)\b"
    r"|(?:ب?حسب|وفق)\w*\b)")
_TEASER_MIN_WORDS = 8       # a story's opening sentence, not a subheading
_TEASERS_MAX = 5            # the appended block holds five stories
_TEASERS_MIN_OPENERS = 4    # of the last five lines; fewer are as likely the article's own


def _opens_story(line: str) -> bool:
    return not _CONTINUES.match(line) or bool(_LEAD_WEEKDAY.search(line))


def _teaser_block(lines: list[tuple[int, str]]) -> set[int]:
    body = [i for i, (_, line) in enumerate(lines) if line.strip()]
    if len(body) < 2 + _TEASERS_MIN_OPENERS or not any(
            _DATELINE.search(lines[i][1].strip()) for i in body[1:3]):
        return set()
    block = body[2:][-_TEASERS_MAX:]
    # a subheading ends the article's sections: only the lines after it can be teasers
    short = [k for k, i in enumerate(block) if len(lines[i][1].split()) < _TEASER_MIN_WORDS]
    if short:
        block = block[short[-1] + 1:]
    openers = sum(_opens_story(lines[i][1].strip()) for i in block)
    return set(block) if openers >= _TEASERS_MIN_OPENERS else set()


def split_sentences(text: str) -> list[Sentence]:
    lines = list(_line_spans(text))
    links = _link_blocks(lines) | _teaser_block(lines)
    normalized = normalize_lines(text)  # one pass over the text, not one per line
    out: list[Sentence] = []
    for i, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        boiler = i in links or _is_boilerplate_normalized(normalized[i])
        start = 0
        for m in _END.finditer(line):
            out.extend(_make(text, offset + start, offset + m.end(), boiler, len(out)))
            start = m.end()
        out.extend(_make(text, offset + start, offset + len(line), boiler, len(out)))
    return out


def longest_sentence(text: str, over: int) -> Sentence | None:
    """The longest sentence (the first of equals) when it has more than `over` characters, else
    None. A sentence lies within one line: when no line is that long, no sentence is split."""
    if max(map(len, text.split("\n"))) <= over:
        return None
    longest = max(split_sentences(text), key=lambda s: s.end - s.start, default=None)
    return longest if longest is not None and longest.end - longest.start > over else None


def only_boilerplate(text: str) -> bool:
    """Whether the text has sentences and all of them are boilerplate (as `split_sentences`
    flags them), deciding at the first line that is not."""
    lines = list(_line_spans(text))
    body = [(i, line) for i, (_, line) in enumerate(lines) if line.strip()]
    if not body:
        return False  # no sentences
    if body[0][0] == 0 and not _is_boilerplate_line(body[0][1]):
        return False  # a first line no pattern flags: no block holds it (links come after the
        # title, teasers after two lines), so the blocks need not be found (most documents)
    links = _link_blocks(lines) | _teaser_block(lines)
    return all(i in links or _is_boilerplate_line(line) for i, line in body)


def _make(text: str, start: int, end: int, boiler: bool, idx: int) -> list[Sentence]:
    start, end = _trim(text, start, end)
    if end <= start:
        return []
    return [Sentence(idx, start, end, text[start:end], boiler)]
