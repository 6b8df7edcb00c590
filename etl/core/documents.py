"""A seed file (and its optional `NAME.meta.json` sidecar) → a document record."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .decode import decode
from .language import detect_language

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class Document:
    doc_id: str
    source_path: str
    content_sha256: str
    text: str | None
    language: str | None
    title: str | None
    published_on: dt.date | None
    outlet: str | None
    url: str | None
    status: str                   # ok | rejected
    reject_reason: str | None
    notes: tuple[str, ...] = ()   # non-fatal problems (bad sidecar, legacy encoding)
    input_sha256: str = ""        # text file and sidecar together: what decides a reload

    @property
    def n_chars(self) -> int:
        return len(self.text) if self.text is not None else 0


def doc_id_for(path: Path) -> str:
    return path.name[: -len(".txt")] if path.name.endswith(".txt") else path.stem


@dataclass(frozen=True)
class Sidecar:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    problem: str | None = None


def sidecar_path(path: Path) -> Path:
    return path.with_name(doc_id_for(path) + SIDECAR_SUFFIX)


def fingerprint_of(raw: bytes, sidecar: bytes | None) -> str:
    h = hashlib.sha256(raw)
    if sidecar is not None:
        h.update(b"\x00sidecar\x00" + sidecar)
    return h.hexdigest()


def read_sidecar(path: Path) -> Sidecar:
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return Sidecar()
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return Sidecar(problem=f"sidecar {meta_path.name} ignored: not valid JSON ({e})")
    if not isinstance(meta, dict):
        return Sidecar(problem=f"sidecar {meta_path.name} ignored: expected a JSON object")
    published, problem = None, None
    raw = meta.get("published_at")
    if raw:
        try:
            stamp = dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
            if stamp.tzinfo is not None:
                stamp = stamp.astimezone(dt.timezone.utc)
            published = stamp.date()
            if not dt.date(1900, 1, 1) <= published <= dt.date.today() + dt.timedelta(days=2):
                problem, published = f"sidecar {meta_path.name}: published_at {raw!r} is impossible, ignored", None
        except ValueError:
            problem = f"sidecar {meta_path.name}: published_at {raw!r} is not an ISO date, ignored"

    def text(key: str) -> str | None:
        value = meta.get(key)
        return str(value).strip() or None if value is not None else None
    return Sidecar(text("title"), text("url"), text("outlet"), published, problem)


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, not ending a sentence, more follows."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first.split()) <= 25 and not first.endswith((".", "،")):
        return first
    return None


def read_document(path: Path, seeds_dir: Path) -> Document:
    from .dates import first_absolute_date

    raw = path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    meta = sidecar_path(path)
    fingerprint = fingerprint_of(raw, meta.read_bytes() if meta.exists() else None)
    doc_id = doc_id_for(path)
    source_path = path.relative_to(seeds_dir).as_posix() if path.is_relative_to(seeds_dir) else path.name
    decoded = decode(raw)
    sidecar = read_sidecar(path)
    notes = tuple(n for n in (decoded.note, sidecar.problem) if n)
    if decoded.text is None:
        return Document(doc_id, source_path, sha, None, None, sidecar.title, sidecar.published_on,
                        sidecar.outlet, sidecar.url, "rejected", decoded.reject_reason, notes, fingerprint)
    text = decoded.text
    language = detect_language(text)
    published = sidecar.published_on or first_absolute_date(text[:600])
    return Document(doc_id, source_path, sha, text, language, sidecar.title or headline(text), published,
                    sidecar.outlet, sidecar.url, "ok", None, notes, fingerprint)
