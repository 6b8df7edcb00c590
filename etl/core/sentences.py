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


def split_sentences(text: str) -> list[Sentence]:
    lines = list(_line_spans(text))
    links = _link_blocks(lines)
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
