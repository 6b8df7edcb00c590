"""Sentence splitting and boilerplate flags, with offsets into the original text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import boilerplate_patterns
from .text import normalize_phrase

# A sentence ends at . ! ? ؟ (or an ellipsis) followed by a space, a quote, or directly by a
# letter (scraped text often loses the space: `دمشق.كما`). Not after a lone letter (`أ. ف. ب`),
# not between digits (`3.5`).
_END = re.compile(r"(?<![\s.][^\W\d_])(?<!^[^\W\d_])(?:[.!?؟]+|…)(?!\d)[\"”»')\]]*(?=\s|[^\W\d_]|$)")
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


def _trailing_link_lines(lines: list[tuple[int, str]]) -> set[int]:
    """Related-article links scraped after the body: a block of two or more headline-shaped
    lines (no terminal punctuation) that closes the document."""
    block: list[int] = []
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i][1].strip()
        if not line:
            continue
        if _TERMINAL.search(line) and not line.endswith(":") or not 3 <= len(line.split()) <= 20:
            break
        block.append(i)
    return set(block) if len(block) >= 2 else set()


def split_sentences(text: str) -> list[Sentence]:
    lines = list(_line_spans(text))
    trailing = _trailing_link_lines(lines)
    out: list[Sentence] = []
    for i, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        boiler = i in trailing or _is_boilerplate_line(line)
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
