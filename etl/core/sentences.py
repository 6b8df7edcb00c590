"""Sentence splitting and boilerplate flags, with offsets into the original text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import boilerplate_patterns
from .text import normalize_phrase

# A sentence ends at . ! ? ؟ (or an ellipsis) followed by a space, a quote, or directly by a
# letter (scraped text often loses the space: `دمشق.كما`). Not after a lone letter, whatever
# precedes it — agency bylines are dotted initials, often opened by a bracket (`(أ. ف. ب)`,
# `(د.ب.أ)`), and `د.` is a title — nor between digits (`3.5`).
_END = re.compile(r"(?<![\W_][^\W\d_])(?<!^[^\W\d_])(?:[.!?؟]+|…)(?!\d)[\"”»')\]]*(?=\s|[^\W\d_]|$)")
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
    norm = normalize_phrase(line)
    return any(p.search(norm) for p in boilerplate_patterns())


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
# or open them with a byline (`هذا المقال بقلم ...`) append the opening paragraphs of up to five other stories after the article, one a line,
# with no heading. They read like any lead, so what marks them is their shape and place: a run
# of full-sentence lines at the very end that each open a story (an article's own later
# paragraphs go on with و/ف, كما, يذكر ...), or that carry a lead's `VERB SUBJECT، الأحد،`.
_DATELINE = re.compile(r"^[^\n]{0,60}\((?:[A-Za-z]{2,6}|سي إن إن)\)\s*[-–—]|^(?:نشر )?هذا المقال (?:بقلم|بالتعاون)")
_WEEKDAY = r"(?:ال)?(?:أحد|[اإأ]ثنين|ثلاثاء|[أا]ربعاء|خميس|جمعة|سبت)"
_LEAD_WEEKDAY = re.compile(
    r"^[^.!?؟\n]{3,150}?(?:،\s*|\s+(?=اليوم\s))(?:(?:اليوم|يوم|صباح|مساء|فجر|ظهر|ليلة)\s+)?"
    + _WEEKDAY + r"(?:\s+(?:الماضي|المقبل))?\s*[،,]")
_CONTINUES = re.compile(
    r"^\W*(?:و\w|ف(?!ي\b)\w|(?:كما|لكن|لكنّ|إلا|أما|ثم|بدوره|بدورها|كذلك|أيضا|حيث)\b"
    r"|[يو]?[يُ]?ذكر\b|يشار\b|من (?:جهته|جهتها|جانبه|جانبها|جهة|ناحية)\b|في (?:المقابل|حين)\b"
    r"|(?:ب?حسب|وفق)\w*\b)")
_TEASER_MIN_WORDS = 8       # a story's opening sentence, not a subheading
_TEASERS_MAX = 5            # the appended block holds at most five stories
_TEASERS_MIN = 3            # fewer lines at the end are as likely the article's own


def _teaser_block(lines: list[tuple[int, str]]) -> set[int]:
    body = [i for i, (_, line) in enumerate(lines) if line.strip()]
    if len(body) < 2 + _TEASERS_MIN or not any(_DATELINE.search(lines[i][1].strip()) for i in body[1:3]):
        return set()
    run: list[int] = []
    candidates = list(reversed(body[2:]))
    for i in candidates:
        line = lines[i][1].strip()
        opens_story = not _CONTINUES.match(line) or bool(_LEAD_WEEKDAY.search(line))
        if not opens_story or len(line.split()) < _TEASER_MIN_WORDS:
            break
        run.append(i)
    if len(run) < _TEASERS_MIN:
        return set()
    # A lead may itself open with و or ف (`وافقت`, `وجه`, `فجر` are verbs): once the block is
    # established, the lines before it up to the block's size are taken while they are full
    # sentences.
    for i in candidates[len(run):_TEASERS_MAX]:
        if len(lines[i][1].split()) < _TEASER_MIN_WORDS:
            break
        run.append(i)
    return set(run[:_TEASERS_MAX])


def split_sentences(text: str) -> list[Sentence]:
    lines = list(_line_spans(text))
    links = _link_blocks(lines) | _teaser_block(lines)
    out: list[Sentence] = []
    for i, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        boiler = i in links or _is_boilerplate_line(line)
        start = 0
        for m in _END.finditer(line):
            out.extend(_make(text, offset + start, offset + m.end(), boiler, len(out)))
            start = m.end()
        out.extend(_make(text, offset + start, offset + len(line), boiler, len(out)))
    return out


def _make(text: str, start: int, end: int, boiler: bool, idx: int) -> list[Sentence]:
    start, end = _trim(text, start, end)
    if end <= start:
        return []
    return [Sentence(idx, start, end, text[start:end], boiler)]
