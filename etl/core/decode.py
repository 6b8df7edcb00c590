"""Raw bytes of a seed file → the document text of the warehouse contract, or a reason to reject.

`documents.text` is the decoded original with the BOM removed and CRLF / lone CR turned into LF;
nothing else changes. Every rejection reason is a sentence a person understands.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

MAX_BYTES = 20_000_000  # an article is kilobytes; anything this large is not one

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



def _reject(reason: str) -> Decoded:
    return Decoded(None, None, reason)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(raw: bytes) -> Decoded:
    if len(raw) > MAX_BYTES:
        return _reject(f"file too large: {len(raw):,} bytes (limit {MAX_BYTES:,}); split it into articles")
    if not raw:
        return _reject("empty file")
    for signature, kind in _BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            return _reject(f"binary data, not text: looks like {kind}")
    if raw.startswith(codecs.BOM_UTF16_LE) or raw.startswith(codecs.BOM_UTF16_BE):
        try:
            text, encoding = raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            return _reject(f"UTF-16 byte order mark but invalid UTF-16 at byte {e.start}")
    else:
        encoding = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as e:
            return _decode_legacy(raw, e.start)
    return _finish(text, encoding)


def _decode_legacy(raw: bytes, bad_at: int) -> Decoded:
    """Arabic text that is not UTF-8 is usually Windows-1256 or ISO-8859-6; accept it only when
    the detector is confident and the result reads as Arabic."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1256", "iso8859_6", "utf_8"]).best()
    if best is not None and best.encoding in ("cp1256", "iso8859_6") and best.chaos < 0.2:
        text = str(best)
        arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
        letters = sum(ch.isalpha() for ch in text) or 1
        if arabic / letters > 0.5:
            decoded = _finish(text, best.encoding)
            if decoded.text is not None:
                return Decoded(decoded.text, best.encoding, None, f"decoded as {best.encoding}, not UTF-8")
            return decoded
    return _reject(f"not UTF-8 at byte {bad_at}, and no confident Arabic legacy encoding")


def _finish(text: str, encoding: str) -> Decoded:
    if "\x00" in text:
        return _reject(f"NUL byte in text at character {text.index(chr(0))}: binary data or a broken export")
    text = text.lstrip("\ufeff")
    text = _normalise_newlines(text)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > 8:
        return _reject("binary data, not text: control characters in the first 4 KB")
    if not text.strip():
        return _reject("empty file" if not text else "whitespace only")
    return Decoded(text, encoding)
