import codecs

from etl.core.decode import decode

ARABIC = "قال الوزير إن المحادثات مستمرة.\r\nوأضاف أن الوفد يصل غدا.\rانتهى"


def test_utf8_bom_and_line_ends_normalised():
    d = decode(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    assert d.reject_reason is None
    assert d.text == "قال الوزير إن المحادثات مستمرة.\nوأضاف أن الوفد يصل غدا.\nانتهى"


def test_utf16_with_bom():
    assert decode(ARABIC.encode("utf-16")).text.startswith("قال الوزير")


def test_windows_1256_detected_and_decoded():
    raw = (ARABIC * 5).encode("cp1256")
    d = decode(raw)
    assert d.text is not None and d.text.startswith("قال الوزير"), d.reject_reason
    assert d.note and "cp1256" in d.note


def test_rejections_name_the_problem():
    assert decode(b"").reject_reason == "empty file"
    assert decode(b"  \n\t ").reject_reason == "whitespace only"
    assert "PDF" in decode(b"%PDF-1.4\n%\xe2\xe3").reject_reason
    assert "NUL" in decode("قال\x00الوزير".encode("utf-8")).reject_reason


def test_undecodable_bytes_rejected_with_byte_offset():
    raw = "نص عربي".encode("utf-8") + b"\xff\xfe\xfa" + bytes(range(0x80, 0x90))
    d = decode(raw)
    assert d.text is None and "byte 13" in d.reject_reason


def test_utf16_without_bom_is_detected_from_the_arabic_and_noted():
    text = "قال الوزير إن المحادثات مستمرة.\nوأضاف أن الوفد يصل غدا 3 كانون الأول 2024."
    for encoding in ("utf-16-le", "utf-16-be"):
        d = decode(text.encode(encoding))  # no byte order mark: a NUL in every space and digit
        assert d.text == text, d.reject_reason
        assert d.note == (f"decoded as {encoding.upper()} (no byte order mark; detected from its Arabic text), "
                          "not UTF-8")
    # the other way round: valid UTF-8 with a few stray control bytes is not taken for UTF-16
    assert decode("\x06ا\x06ب plain".encode("utf-8")).encoding == "utf-8"


def test_utf16_without_bom_and_without_any_ascii_is_not_called_binary():
    text = "قال،الوزير؛المحادثات؟مستمرة" * 3  # not one NUL: every code unit is 0x06xx
    d = decode(text.encode("utf-16-le"))
    assert d.text == text and "UTF-16-LE" in d.note

