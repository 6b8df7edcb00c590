"""Raw bytes of a seed file → the document text of the warehouse contract, or a reason to reject.

`documents.text` is the decoded original with the BOM removed and CRLF / lone CR turned into LF;
nothing else changes. Every rejection reason is a sentence a person understands. Besides UTF-8,
a byte order mark's UTF-16/32, Arabic UTF-16 without one (recognised by the high bytes of its
code units) and, when confidently detected, Windows-1256 / ISO-8859-6 are decoded, with a note.

Size: an article is kilobytes (the largest of the 23,897 articles of the reference corpus is
38 KB). A file over `MAX_BYTES` is rejected before it is read (`documents.read_document` checks
the size with `stat` first), which bounds the time and memory one document can take.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .text import REMOVABLE

MAX_BYTES = 2_000_000  # an article is kilobytes; anything this large is not one

_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    reject_reason: str | None = None
    note: str | None = None  # e.g. 'decoded as windows-1256'



_CONTROL = re.compile("[\x00-\x08\x0d-\x1f]")  # control characters other than \t \n \v \f
_VISIBLE = re.compile(r"[^\s" + REMOVABLE.pattern[1:-1] + "]")  # a character that is neither space nor invisible


def _reject(reason: str) -> Decoded:
    return Decoded(None, None, reason)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def too_large(n_bytes: int) -> str:
    return (f"file too large: {n_bytes:,} bytes (limit {MAX_BYTES:,}; an article is kilobytes): "
            "split it into one file per article")


def decode(raw: bytes) -> Decoded:
    """Never raises: any input gives either text or a reason."""
    try:
        return _decode(raw)
    except Exception as e:  # noqa: BLE001 — a decoder bug must reject one file, not stop the run
        return _reject(f"could not decode the file: {type(e).__name__}: {e}")


def _decode(raw: bytes) -> Decoded:
    if len(raw) > MAX_BYTES:
        return _reject(too_large(len(raw)))
    if not raw:
        return _reject("empty file")
    for signature, kind in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            return _reject(f"binary data, not text: looks like {kind}")
    if raw.startswith(codecs.BOM_UTF32_LE) or raw.startswith(codecs.BOM_UTF32_BE):
        try:
            text, encoding = raw.decode("utf-32"), "utf-32"
        except UnicodeDecodeError as e:
            return _reject(f"UTF-32 byte order mark but invalid UTF-32 at byte {e.start}")
    elif raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        try:
            text, encoding = raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            return _reject(f"UTF-16 byte order mark but invalid UTF-16 at byte {e.start}")
    elif (utf16 := _utf16_without_bom(raw)) is not None:
        decoded = _finish(raw.decode(utf16), utf16)
        if decoded.text is None:
            return decoded
        return Decoded(decoded.text, utf16, None,
                       f"decoded as {utf16.upper()} (no byte order mark; detected from its Arabic text), not UTF-8")
    else:
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as e:
            return _decode_legacy(raw, e.start)
    decoded = _finish(text, encoding)
    if decoded.text is not None and encoding in ("utf-16", "utf-32"):
        return Decoded(decoded.text, encoding, None, f"decoded as {encoding.upper()} (byte order mark), not UTF-8")
    return decoded


# High bytes of the UTF-16 code units of Arabic news text: ASCII and Latin-1 (0x00), Arabic
# (0x06), punctuation and invisible marks (0x20), Arabic presentation forms (0xFB, 0xFE).
_UTF16_HIGH_BYTES = frozenset((0x00, 0x06, 0x20, 0xFB, 0xFE))


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes are Arabic text in UTF-16 with no byte order
    mark, else None. Such a file has, at every other offset, the high byte of a code unit: 0x06
    for the Arabic letters and 0x00 for spaces and digits. Without this the NULs of the spaces
    (or, in text without any ASCII, the control character 0x06) would call it binary. UTF-8 text
    never has NUL or 0x06 at alternating offsets; bytes that UTF-8 would accept (no NUL, at most
    a few control characters) are never tried as UTF-16; and at least 16 Arabic code units (a
    headline's worth) are required, so a few stray control bytes cannot pass for Arabic."""
    sample = raw[:4096]
    if len(raw) % 2 or len(sample) < 8 or (b"\x00" not in sample and sample.count(0x06) <= 8):
        return None
    for encoding, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        arabic = high.count(0x06)
        if (arabic >= max(16, 0.3 * len(high)) and sum(b in _UTF16_HIGH_BYTES for b in high) >= 0.98 * len(high)
                and low.count(0) <= 0.02 * len(low)):
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _decode_legacy(raw: bytes, bad_at: int) -> Decoded:
    """Arabic text that is not UTF-8 is usually Windows-1256 or ISO-8859-6; accept it only when
    the detector is confident and the result reads as Arabic."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(raw, cp_isolation=["cp1256", "iso8859_6", "utf_8"]).best()
    except Exception:  # noqa: BLE001 — the detector failing is "not confident"
        best = None
    if best is not None and best.encoding in ("cp1256", "iso8859_6") and best.chaos < 0.2:
        text = str(best)
        arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
        letters = sum(ch.isalpha() for ch in text) or 1
        if arabic / letters > 0.5:
            decoded = _finish(text, best.encoding)
            if decoded.text is not None:
                return Decoded(decoded.text, best.encoding, None, f"decoded as {best.encoding}, not UTF-8")
            return decoded
    return _reject(f"not UTF-8 at byte {bad_at} (0x{raw[bad_at]:02x}), and not confidently Windows-1256 or "
                   "ISO-8859-6 Arabic: re-save the file as UTF-8")


def _finish(text: str, encoding: str) -> Decoded:
    if "\x00" in text:
        return _reject(f"NUL byte in text at character {text.index(chr(0))}: binary data or a broken export")
    text = text.lstrip("\ufeff")
    text = _normalise_newlines(text)
    controls = len(_CONTROL.findall(text, 0, 4096))
    if controls > 8:
        return _reject("binary data, not text: control characters in the first 4 KB")
    if not text.strip():
        return _reject("empty file" if not text else "whitespace only")
    if not _VISIBLE.search(text):
        return _reject("only whitespace and invisible marks (zero-width, directional), no text")
    return Decoded(text, encoding)
