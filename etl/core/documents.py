"""A seed file (and its optional `NAME.meta.json` sidecar) → a document record."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .decode import MAX_BYTES, decode, too_large
from .language import detect_language
from .seed_files import FileRead, read_confined

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 1_000_000
MAX_SENTENCE_CHARS = 20_000  # the longest sentence of the 23,897-article reference corpus has 2,030
EARLIEST = dt.date(1900, 1, 1)


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


def _stem(path: Path) -> str:
    return _stem_of(path.name)


def _stem_of(name: str) -> str:
    """The file name without `.txt`; a file named just `.txt` has no stem and, as for
    `pathlib.Path(".txt").stem`, keeps its whole name."""
    return name[: -len(".txt")] if name.endswith(".txt") and name != ".txt" else Path(name).stem


_ESCAPED_SURROGATE = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, as Python decodes a name


def escape_undecodable(name: str) -> str:
    """A file name that is not valid UTF-8 reaches Python with its bad bytes as lone surrogates
    (U+DC80–U+DCFF), which neither DuckDB nor Dagster can store: write each such byte as `%XX`
    (Latin-1 `café.txt` → doc_id `caf%E9`). Every valid name is returned unchanged."""
    if not _ESCAPED_SURROGATE.search(name):  # (one C-level scan: a name is read five times per document)
        return name
    return "".join(f"%{ord(ch) - 0xDC00:02X}" if "\udc80" <= ch <= "\udcff" else ch for ch in name)


_ESCAPED_BYTE = re.compile(r"%([89A-F][0-9A-F])")


def doc_id_for(path: Path) -> str:
    """The document ID (and Dagster partition key) of a seed file: its file name without `.txt`,
    exactly, whatever characters it has (spaces, Arabic letters, punctuation). Dagster's dynamic
    partitions accept any such string. Only bytes that are not UTF-8 are written `%XX`."""
    return doc_id_of_name(path.name)


def doc_id_of_name(name: str) -> str:
    """`doc_id_for` of a bare file name (the folder scan has names, not paths)."""
    return escape_undecodable(_stem_of(name))


def source_file(seeds_dir: Path, doc_id: str) -> Path:
    """The seed file of a document ID: the inverse of `doc_id_for`. Names are looked up as names
    (`lexists`): a broken link or a link loop is still the document's file, to be rejected with
    its reason, not taken for a deleted one."""
    path = seeds_dir / f"{doc_id}.txt"
    if doc_id == ".txt" and not os.path.lexists(path):
        return seeds_dir / ".txt"
    if not os.path.lexists(path) and _ESCAPED_BYTE.search(doc_id):
        raw = _ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), doc_id)
        candidate = seeds_dir / f"{raw}.txt"
        if os.path.lexists(candidate):
            return candidate
    return path


@dataclass(frozen=True)
class Sidecar:
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    problem: str | None = None


def sidecar_path(path: Path) -> Path:
    return path.with_name(sidecar_name(path.name))


def sidecar_name(name: str) -> str:
    """The sidecar's file name for a seed file's name: `a.txt` → `a.meta.json`."""
    return _stem_of(name) + SIDECAR_SUFFIX


def fingerprint_of(raw: bytes, sidecar: bytes | None) -> str:
    h = hashlib.sha256(raw)
    if sidecar is not None:
        h.update(b"\x00sidecar\x00" + sidecar)
    return h.hexdigest()


@dataclass(frozen=True)
class SeedInputs:
    """A seed file and its sidecar, each read once (confined to the seeds folder, bounded), and
    the fingerprint of both that decides whether the document is extracted again."""
    text: FileRead
    sidecar_raw: bytes | None      # None: no sidecar, or one that was not read
    sidecar_problem: str | None
    fingerprint: str
    namesakes: tuple[str, ...] = ()  # other names with this document id, not loaded (printable)


def read_inputs(path: Path, seeds_dir: Path) -> SeedInputs:
    """What `read_document` reads, without decoding: the folder scan fingerprints with this, so
    its fingerprint is by construction the `input_sha256` the document will get."""
    text = read_confined(path, seeds_dir, MAX_BYTES)
    meta = sidecar_path(path)
    sidecar = read_confined(meta, seeds_dir, MAX_SIDECAR_BYTES)
    sidecar_problem = None
    if sidecar.refused:
        sidecar_problem = f"sidecar {escape_undecodable(meta.name)} ignored: {sidecar.refused}"
    elif sidecar.size is not None:
        sidecar_problem = (f"sidecar {escape_undecodable(meta.name)} ignored: {sidecar.size:,} bytes, "
                           f"over the {MAX_SIDECAR_BYTES:,} limit")
    # an ignored sidecar counts by its problem, so a different problem (or its fix) is a change
    sidecar_part = sidecar_problem.encode() if sidecar_problem else sidecar.data
    if text.data is not None:
        content = text.data
    elif text.size is not None:  # never read: identified by what identifies it unread
        content = _unread_stamp(text).encode()
    else:
        content = f"not read: {text.refused or 'missing'}".encode()
    others = namesakes(path)
    if others:  # the note naming them is part of the document: a namesake coming or going is a change
        content += b"\x00namesakes\x00" + "\x00".join(others).encode()
    return SeedInputs(text, sidecar.data, sidecar_problem, fingerprint_of(content, sidecar_part), others)


def printable_name(name: str) -> str:
    """A file name with each byte that is not UTF-8 written `\\xe9`, as `ls -b` does: unlike the
    document id's `%E9`, it cannot be confused with a name that really contains `%E9`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def namesakes(path: Path) -> tuple[str, ...]:
    """The other names of the file's folder with the same document id, when `path` is the one the
    run loads for it (`source_file`): a name whose bytes are not UTF-8 and one spelling them
    `%XX`, or `.txt` and `.txt.txt`. Only one of them can be the document."""
    doc_id = doc_id_for(path)
    candidates = {f"{doc_id}.txt"}
    if doc_id == ".txt":
        candidates.add(".txt")
    if _ESCAPED_BYTE.search(doc_id):
        candidates.add(_ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), doc_id) + ".txt")
    candidates.discard(path.name)
    if not candidates or source_file(path.parent, doc_id).name != path.name:
        return ()
    return tuple(sorted(printable_name(c) for c in candidates if os.path.lexists(path.parent / c)))


def _unread_stamp(text: FileRead) -> str:
    return hashlib.sha256(f"unread:{text.size}:{text.mtime_ns}".encode()).hexdigest()


def parse_sidecar(raw: bytes, name: str, today: dt.date | None = None) -> Sidecar:
    """Title, url, outlet and publication date from the sidecar's JSON. Whatever is wrong with a
    field, that field is ignored and the problem recorded; the others are used."""
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        return Sidecar(problem=f"sidecar {name} ignored: not valid JSON ({e})")
    if not isinstance(meta, dict):
        return Sidecar(problem=f"sidecar {name} ignored: expected a JSON object, got {type(meta).__name__}")
    problems: list[str] = []
    today = today or dt.date.today()

    def text(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            problems.append(f"sidecar {name}: {key} is a {_json_type(value)}, not a string, ignored")
            return None
        return value.strip() or None

    published = None
    raw_date = meta.get("published_at")
    if raw_date is not None and raw_date != "":
        if not isinstance(raw_date, str):
            problems.append(f"sidecar {name}: published_at {raw_date!r} is a {_json_type(raw_date)}, "
                            "not an ISO date string, ignored")
        else:
            try:
                stamp = dt.datetime.fromisoformat(raw_date.strip().replace("Z", "+00:00"))
                if stamp.tzinfo is not None:
                    stamp = stamp.astimezone(dt.timezone.utc)
                published = stamp.date()
            except (ValueError, OverflowError):
                problems.append(f"sidecar {name}: published_at {raw_date!r} is not a valid ISO date, ignored")
            else:
                if published > today + dt.timedelta(days=2):  # time zones, not the future
                    problems.append(f"sidecar {name}: published_at {raw_date!r} is in the future, ignored")
                    published = None
                elif published < EARLIEST:
                    problems.append(f"sidecar {name}: published_at {raw_date!r} is before "
                                    f"{EARLIEST.year}, impossible for a news article, ignored")
                    published = None
    title, url, outlet = text("title"), text("url"), text("outlet")
    return Sidecar(title, url, outlet, published, "; ".join(problems) or None)


def _json_type(value) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "list", dict: "object"}.get(type(value),
                                                                                               type(value).__name__)


def _sidecar_of(inputs: SeedInputs, path: Path) -> Sidecar:
    if inputs.sidecar_problem:
        return Sidecar(problem=inputs.sidecar_problem)
    if inputs.sidecar_raw is None:
        return Sidecar()
    return parse_sidecar(inputs.sidecar_raw, escape_undecodable(sidecar_path(path).name))


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, not ending a sentence, more follows."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first.split()) <= 25 and not first.endswith((".", "،")):
        return first
    return None


def _rejected(doc_id, source_path, reason, sha="0" * 64, fingerprint="0" * 64, sidecar=None, notes=()):
    sidecar = sidecar or Sidecar()
    return Document(doc_id, source_path, sha, None, None, sidecar.title, sidecar.published_on, sidecar.outlet,
                    sidecar.url, "rejected", reason, tuple(notes), fingerprint)


def check_article(text: str) -> str | None:
    """A reason when decoded text is not an article the extractors can take: only boilerplate
    (share buttons, 'copy link', related links), or a sentence far longer than any article has
    (a dump without sentence ends; the extractors' cost grows faster than linearly with it)."""
    from .sentences import longest_sentence, only_boilerplate

    longest = longest_sentence(text, MAX_SENTENCE_CHARS)
    if longest is not None:
        return (f"a sentence of {longest.end - longest.start:,} characters without an end (from character "
                f"{longest.start:,}; limit {MAX_SENTENCE_CHARS:,}): not article text — split it into articles "
                "or restore the punctuation")
    if only_boilerplate(text):
        return "only boilerplate (share buttons, 'copy link', related links), no article text"
    if not any(ch.isalpha() for ch in text):
        return "no letters: not article text"
    return None


def read_document(path: Path, seeds_dir: Path) -> Document:
    """Never raises for a problem with the file: a document that cannot be read is rejected
    with the reason. The text file and its sidecar are each read once, and everything (text,
    hashes, metadata) comes from those bytes, so a file replaced while the run reads it gives
    either the old or the new version, whole."""
    from .dates import first_absolute_date

    doc_id = doc_id_for(path)
    rel = path.relative_to(seeds_dir) if path.is_relative_to(seeds_dir) else Path(path.name)
    source_path = escape_undecodable(rel.as_posix())
    name = escape_undecodable(path.name)
    inputs = read_inputs(path, seeds_dir)
    sidecar = _sidecar_of(inputs, path)
    file_notes = [n for n in (sidecar.problem,) if n] + [
        f"{other} has the same document id and was not loaded: rename it" for other in inputs.namesakes]
    if inputs.text.missing:
        return _rejected(doc_id, source_path, f"file {name} no longer exists (deleted while the run read it)",
                         sidecar=sidecar, notes=file_notes)
    if inputs.text.refused:
        return _rejected(doc_id, source_path, f"file {name}: {inputs.text.refused}", sidecar=sidecar,
                         fingerprint=inputs.fingerprint, notes=file_notes)
    if inputs.text.data is None:  # over the limit: checked with fstat, never read
        return _rejected(doc_id, source_path, too_large(inputs.text.size), _unread_stamp(inputs.text),
                         inputs.fingerprint, sidecar, file_notes)
    raw = inputs.text.data
    sha = hashlib.sha256(raw).hexdigest()
    fingerprint = inputs.fingerprint
    decoded = decode(raw)
    del raw, inputs
    notes = tuple(n for n in (decoded.note, *file_notes) if n)
    if decoded.text is None:
        return _rejected(doc_id, source_path, decoded.reject_reason, sha, fingerprint, sidecar, notes)
    text = decoded.text
    language = detect_language(text)
    problem = check_article(text)
    if problem:
        return Document(doc_id, source_path, sha, text, language, sidecar.title, sidecar.published_on,
                        sidecar.outlet, sidecar.url, "rejected", problem, notes, fingerprint)
    published = sidecar.published_on or first_absolute_date(text[:600])
    return Document(doc_id, source_path, sha, text, language, sidecar.title or headline(text), published,
                    sidecar.outlet, sidecar.url, "ok", None, notes, fingerprint)
