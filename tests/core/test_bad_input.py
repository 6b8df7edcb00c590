"""Bad input at the core level: decoding, sizes, invisible marks, presentation forms, sidecars,
file names, files that vanish or change while read; and property-based tests (Hypothesis) that
decode() and the extractors never raise and that offsets always read back."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from etl.core.decode import MAX_BYTES, decode
from etl.core.documents import (doc_id_for, fingerprint_of, parse_sidecar, read_document, source_file)
from etl.core.extract import extract
from etl.core.text import normalize

ARTICLE = ("قالت روسيا إن الجيش هاجم مواقع قرب حمص يوم 3 كانون الأول 2024.\n"
           "وقال الرئيس الأمريكي إن الولايات المتحدة لا تقبل الاحتلال.\n")


def _write(folder: Path, name: str, data: str | bytes, meta=None) -> Path:
    path = folder / f"{name}.txt"
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if meta is not None:
        (folder / f"{name}.meta.json").write_bytes(meta if isinstance(meta, bytes) else
                                                    json.dumps(meta, ensure_ascii=False).encode("utf-8"))
    return path


# --- encodings -----------------------------------------------------------------------------------

def test_iso_8859_6_detected_and_decoded_with_a_note():
    d = decode(ARTICLE.encode("iso8859_6"))
    assert d.text is not None and d.text.startswith("قالت روسيا"), d.reject_reason
    assert "iso8859_6" in d.note and "not UTF-8" in d.note


def test_utf32_with_bom_is_not_mistaken_for_utf16():
    d = decode(ARTICLE.encode("utf-32"))
    assert d.text == ARTICLE and "UTF-32" in d.note


def test_utf16_with_bom_says_so_in_a_note():
    d = decode(("\r\n".join(ARTICLE.splitlines())).encode("utf-16"))
    assert d.text == ARTICLE.rstrip("\n") and "UTF-16" in d.note


def test_undecodable_bytes_name_the_offset_and_the_byte():
    raw = "خبر".encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 3 + b"\x00\x01"
    d = decode(raw)
    assert d.text is None and "byte 6" in d.reject_reason and "0x81" in d.reject_reason


def test_invisible_marks_only_is_rejected():
    d = decode("\u200f\u200b \n\u2066\u2069\t".encode("utf-8"))
    assert d.text is None and "invisible marks" in d.reject_reason


def test_png_and_nul_rejected():
    assert "PNG" in decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").reject_reason
    assert "NUL" in decode(ARTICLE.encode() + b"\x00" + ARTICLE.encode()).reject_reason


# --- sizes: stat before reading, bounded work per document ----------------------------------------

def _read_measuring_memory(path, seeds_dir):
    """The document and the peak of Python memory allocated while reading it."""
    tracemalloc.start()
    try:
        doc = read_document(path, seeds_dir)
        return doc, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_large_file_rejected_without_being_read(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:  # 50 MB of real Arabic text
        chunk = (ARTICLE * 200).encode("utf-8")
        while f.tell() < 50_000_000:
            f.write(chunk)
    doc, peak = _read_measuring_memory(path, tmp_path)
    assert doc.status == "rejected" and doc.reject_reason.startswith("file too large: 5")
    assert f"limit {MAX_BYTES:,}" in doc.reject_reason
    assert peak < 8_000_000, f"read {peak:,} bytes into memory to reject a 50 MB file"
    # never read, so hashed by size and modification time: unchanged, it is skipped next time
    assert read_document(path, tmp_path).input_sha256 == doc.input_sha256
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert read_document(path, tmp_path).input_sha256 != doc.input_sha256


def test_sparse_2gb_file_rejected_by_size(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(2_000_000_000)  # sparse: no disk used, but 2 GB if read
    doc, peak = _read_measuring_memory(path, tmp_path)
    assert doc.status == "rejected" and "2,000,000,000 bytes" in doc.reject_reason
    assert peak < 8_000_000


def test_single_5mb_line_rejected_with_a_size_reason(tmp_path):
    line = ("قال الوزير إن المحادثات مستمرة. " * 100_000)[:2_800_000]  # > 5 MB in UTF-8, no newline
    path = _write(tmp_path, "line", line)
    assert path.stat().st_size > 5_000_000
    doc = read_document(path, tmp_path)
    assert doc.status == "rejected" and "file too large" in doc.reject_reason


def test_sentence_without_end_rejected_before_extraction(tmp_path):
    # 60,000 characters and no sentence end: the extractors' cost grows faster than linearly
    words = "الوزير قال المحادثات مستمرة الجيش هاجم مواقع قرب حمص "
    doc = read_document(_write(tmp_path, "dump", words * 1_100), tmp_path)
    assert doc.status == "rejected" and "a sentence of" in doc.reject_reason and "without an end" in doc.reject_reason


def test_boilerplate_only_rejected(tmp_path):
    doc = read_document(_write(tmp_path, "share", "نسخ الرابط\nشارك\nفيسبوك تويتر واتساب\n"), tmp_path)
    assert doc.status == "rejected"
    assert doc.reject_reason == "only boilerplate (share buttons, 'copy link', related links), no article text"


def test_punctuation_only_rejected(tmp_path):
    doc = read_document(_write(tmp_path, "dots", "... - 2024 - ...\n"), tmp_path)
    assert doc.status == "rejected" and "no letters" in doc.reject_reason


# --- invisible marks and presentation forms -------------------------------------------------------

def _presentation_forms(text: str) -> str:
    """Arabic text as a PDF extractor gives it: contextual presentation forms and lam-alef ligatures."""
    import unicodedata

    forms: dict[str, dict[str, str]] = {}
    for cp in range(0xFE70, 0xFEFD):
        name = unicodedata.name(chr(cp), "")
        base = unicodedata.normalize("NFKC", chr(cp))
        if name and len(base) == 1:
            forms.setdefault(base, {})[name.split()[-2]] = chr(cp)
    dual = set("بتثجحخسشصضطظعغفقكلمنهيئ")
    out = []
    for i, ch in enumerate(text):
        f = forms.get(ch)
        if not f:
            out.append(ch)
            continue
        joined_before = i > 0 and text[i - 1] in dual
        joins_after = ch in dual and i + 1 < len(text) and text[i + 1] in forms
        key = ("MEDIAL" if joins_after else "FINAL") if joined_before else ("INITIAL" if joins_after else "ISOLATED")
        out.append(f.get(key) or f["ISOLATED"])
    shaped = "".join(out)
    for pair, lig in (("\ufedf\ufe8e", "\ufefb"), ("\ufee0\ufe8e", "\ufefc"), ("\ufedf\ufe84", "\ufef7"),
                      ("\ufee0\ufe84", "\ufef8"), ("\ufedf\ufe88", "\ufef9"), ("\ufee0\ufe88", "\ufefa")):
        shaped = shaped.replace(pair, lig)
    return shaped


def _spans_read_back(x, text):
    for r in x.actor_mentions + x.date_mentions:
        assert text[r["char_start"]:r["char_end"]] == r["surface"]
    for r in x.events:
        assert text[r["trigger_start"]:r["trigger_end"]] == r["trigger"]
    for r in x.claims:
        assert text[r["cue_start"]:r["cue_end"]] == r["cue"]
        assert text[r["content_start"]:r["content_end"]] == r["content"]
    for r in x.sentences:
        assert text[r["char_start"]:r["char_end"]] == r["text"]


def _found(x) -> set[str]:
    return {m["actor_id"] for m in x.actor_mentions}


def test_presentation_forms_and_ligatures_match_like_plain_text():
    shaped = _presentation_forms(ARTICLE)
    assert "\ufefb" in shaped and "\ufead\ufeed\ufeb3\ufef4\ufe8e" in shaped  # ﻻ and روسيا in presentation forms
    plain, pf = extract("p", ARTICLE, None), extract("pf", shaped, None)
    _spans_read_back(pf, shaped)
    assert {"rus", "usa"} <= _found(pf) == _found(plain)
    assert len(pf.events) == len(plain.events) and len(pf.claims) == len(plain.claims)
    usa = next(m for m in pf.actor_mentions if m["actor_id"] == "usa")
    assert usa["surface"] == shaped[usa["char_start"]:usa["char_end"]] and "\ufefb" in usa["surface"]


def test_zero_width_and_directional_marks_inside_words_do_not_hide_them():
    marked = ARTICLE.replace("روسيا", "رو\u061cسي\u00ad\u2060ا").replace("الولايات", "\u200fالولا\u200cيات\u200e")
    x = extract("m", marked, None)
    _spans_read_back(x, marked)
    assert {"rus", "usa"} <= _found(x)
    rus = next(m for m in x.actor_mentions if m["actor_id"] == "rus")
    assert rus["surface"] == "رو\u061cسي\u00ad\u2060ا"


def test_ligature_offsets_map_both_ways():
    original = "ﺍﻟﻮﻻﻳﺎﺕ \u200fﷲ ﻻ"
    norm = normalize(original)
    assert norm.text == "الولايات الله لا"
    for pos in range(len(norm.text)):
        a, b = norm.to_original(pos, pos + 1)
        assert 0 <= a < b <= len(original)
        assert norm.to_normalized(a) <= pos
    i = norm.text.index("الله")
    assert norm.to_original(i, i + 4) == (original.index("ﷲ"), original.index("ﷲ") + 1)


# --- sidecars --------------------------------------------------------------------------------------

TODAY = dt.date(2026, 1, 10)


@pytest.mark.parametrize("meta, problem", [
    ({"title": ["not", "a", "string"]}, "title is a list, not a string"),
    ({"title": 42, "outlet": "مثال"}, "title is a number"),
    ({"url": {"href": "x"}}, "url is a object"),
    ({"published_at": "2031-05-01T10:00:00Z"}, "in the future"),
    ({"published_at": "1066-10-14"}, "before 1900"),
    ({"published_at": "2018-02-31"}, "not a valid ISO date"),
    ({"published_at": 1518984943}, "is a number, not an ISO date string"),
    ({"published_at": True}, "is a boolean"),
])
def test_bad_sidecar_fields_are_ignored_one_by_one(meta, problem):
    s = parse_sidecar(json.dumps(meta).encode(), "x.meta.json", today=TODAY)
    assert problem in s.problem
    assert s.title is None and s.published_on is None
    if "outlet" in meta:
        assert s.outlet == "مثال"  # the good fields of a bad sidecar are kept


def test_sidecar_not_json_not_object_not_utf8():
    assert "not valid JSON" in parse_sidecar(b"{title: 1", "x").problem
    assert "expected a JSON object, got list" in parse_sidecar(b"[1, 2]", "x").problem
    assert "not valid JSON" in parse_sidecar("{\"title\": \"خبر\"}".encode("cp1256"), "x").problem
    assert "not valid JSON" in parse_sidecar(b"[" * 100_000, "x").problem  # deep nesting


def test_document_loads_without_an_unreadable_sidecar(tmp_path):
    path = _write(tmp_path, "a", ARTICLE)
    (tmp_path / "a.meta.json").mkdir()  # a folder where the sidecar should be
    doc = read_document(path, tmp_path)
    assert doc.status == "ok"
    assert "sidecar a.meta.json ignored: not a regular file: a directory" in doc.notes


def test_oversized_sidecar_ignored(tmp_path):
    path = _write(tmp_path, "a", ARTICLE, {"title": "x" * 2_000_000})
    doc = read_document(path, tmp_path)
    assert doc.status == "ok" and doc.title != "x" * 2_000_000 and any("over the" in n for n in doc.notes)


# --- file names -----------------------------------------------------------------------------------

def test_doc_id_is_the_stem_and_maps_back_to_the_file(tmp_path):
    for name in ("with space", "خبر عاجل", "a,b[1]*?", "a...b", "tab\there", "new\nline", ".hidden", " lead"):
        path = _write(tmp_path, name, ARTICLE)
        assert doc_id_for(path) == name
        assert source_file(tmp_path, name) == path


def test_file_named_only_dot_txt(tmp_path):
    path = tmp_path / ".txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert doc_id_for(path) == ".txt"
    assert source_file(tmp_path, ".txt") == path
    assert read_document(path, tmp_path).status == "ok"


def test_non_utf8_file_name_gets_a_reversible_escaped_id(tmp_path):
    raw_name = os.fsdecode(b"caf\xe9 \xd3\xe6\xd1\xed\xc7")  # Latin-1 é and a Windows-1256 Arabic word
    path = tmp_path / f"{raw_name}.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / f"{raw_name}.meta.json").write_text(json.dumps({"title": "عنوان"}), encoding="utf-8")
    doc_id = doc_id_for(path)
    assert doc_id == "caf%E9 %D3%E6%D1%ED%C7"
    doc_id.encode("utf-8")  # storable
    assert source_file(tmp_path, doc_id) == path
    doc = read_document(path, tmp_path)
    assert doc.doc_id == doc_id and doc.source_path == doc_id + ".txt" and doc.title == "عنوان"


# --- files that vanish or change while read --------------------------------------------------------

def test_file_deleted_before_it_is_read_is_rejected_not_raised(tmp_path):
    path = tmp_path / "gone.txt"
    doc = read_document(path, tmp_path)
    assert doc.status == "rejected" and "no longer exists" in doc.reject_reason


def test_a_directory_named_like_a_seed_is_rejected_not_raised(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    doc = read_document(tmp_path / "folder.txt", tmp_path)
    assert doc.status == "rejected" and doc.reject_reason == "file folder.txt: not a regular file: a directory"


def test_sidecar_replaced_while_read_gives_one_version(tmp_path, monkeypatch):
    import etl.core.documents as documents

    path = _write(tmp_path, "a", ARTICLE, {"title": "القديم"})
    meta = tmp_path / "a.meta.json"
    old_meta = meta.read_bytes()
    real_read = documents.read_confined
    replaced = []

    def read_then_replace(file, folder, limit):
        got = real_read(file, folder, limit)
        if file == meta and not replaced:  # another program rewrites it right after our read
            replaced.append(True)
            file.write_text(json.dumps({"title": "الجديد"}), encoding="utf-8")
        return got

    monkeypatch.setattr(documents, "read_confined", read_then_replace)
    doc = read_document(path, tmp_path)
    assert replaced
    assert doc.title == "القديم"
    assert doc.input_sha256 == fingerprint_of(ARTICLE.encode("utf-8"), old_meta)


# --- what a name in the seeds folder leads to: confined, regular files only, bounded ---------------

def _within(seconds: float, call):
    """call(), failing the test (instead of hanging it) when it takes longer than `seconds`."""
    import threading

    box = []
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert box, f"still running after {seconds} s (blocked)"
    return box[0]


def test_symlink_out_of_the_seeds_folder_is_rejected_not_read(tmp_path):
    seeds = tmp_path / "seeds_only"
    seeds.mkdir()
    secret = _write(tmp_path, "secret", ARTICLE)
    (seeds / "a.txt").symlink_to(secret)
    doc = read_document(seeds / "a.txt", seeds)
    assert doc.status == "rejected" and doc.text is None
    assert doc.reject_reason == (f"file a.txt: a symbolic link to {secret}, outside the seeds folder {seeds}: "
                                 "not followed")
    (seeds / "b.txt").symlink_to("a-copy.txt")  # a link inside the folder is followed
    _write(seeds, "a-copy", ARTICLE)
    assert read_document(seeds / "b.txt", seeds).status == "ok"


def test_sidecar_symlinked_out_of_the_seeds_folder_is_ignored(tmp_path):
    seeds = tmp_path / "seeds_only"
    seeds.mkdir()
    path = _write(seeds, "a", ARTICLE)
    outside = tmp_path / "private.json"
    outside.write_text(json.dumps({"title": "سر"}), encoding="utf-8")
    (seeds / "a.meta.json").symlink_to(outside)
    doc = read_document(path, seeds)
    assert doc.status == "ok" and doc.title != "سر"
    assert any(n.startswith("sidecar a.meta.json ignored: a symbolic link to") and "outside the seeds folder" in n
               for n in doc.notes)


def test_fifo_named_like_a_seed_is_rejected_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading waits for a writer that never comes
    doc = _within(10, lambda: read_document(tmp_path / "pipe.txt", tmp_path))
    assert doc.status == "rejected" and doc.reject_reason == "file pipe.txt: not a regular file: a FIFO (named pipe)"


def test_fifo_sidecar_is_ignored_without_blocking(tmp_path):
    path = _write(tmp_path, "a", ARTICLE)
    os.mkfifo(tmp_path / "a.meta.json")
    doc = _within(10, lambda: read_document(path, tmp_path))
    assert doc.status == "ok"
    assert "sidecar a.meta.json ignored: not a regular file: a FIFO (named pipe)" in doc.notes


def test_sidecar_linked_to_an_endless_device_is_not_read(tmp_path):
    """`x.meta.json -> /dev/zero` has size 0 for `stat` and never ends: run in a child process
    with 1 GB of address space and a time limit, so a regression fails the test, not the machine."""
    import resource
    import subprocess
    import sys

    seeds = tmp_path / "seeds_only"
    seeds.mkdir()
    _write(seeds, "a", ARTICLE)
    (seeds / "a.meta.json").symlink_to("/dev/zero")
    code = ("import sys; from pathlib import Path; from etl.core.documents import read_document\n"
            "d = read_document(Path(sys.argv[1]) / 'a.txt', Path(sys.argv[1]))\n"
            "print(d.status); print(*d.notes, sep='\\n')")

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    done = subprocess.run([sys.executable, "-c", code, str(seeds)], capture_output=True, text=True, timeout=60,
                          preexec_fn=limit_memory)
    assert done.returncode == 0, done.stderr[-2000:]
    status, note = done.stdout.splitlines()[:2]
    assert status == "ok"
    assert note == "sidecar a.meta.json ignored: a symbolic link to /dev/zero, outside the seeds folder " + str(seeds) \
        + ": not followed"


def test_dangling_link_and_link_loop_named_like_seeds_are_rejected_with_the_reason(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert source_file(tmp_path, "gone") == tmp_path / "gone.txt"
    gone = read_document(source_file(tmp_path, "gone"), tmp_path)
    assert gone.status == "rejected"
    assert gone.reject_reason == f"file gone.txt: a symbolic link to {tmp_path / 'moved-away.txt'}, which does not exist"
    loop = read_document(tmp_path / "loop.txt", tmp_path)
    assert loop.status == "rejected" and "symbolic link loop" in loop.reject_reason


# --- properties (Hypothesis) ------------------------------------------------------------------------

WORDS = ["قال", "قالت", "أكد", "أعلنت", "مصادر", "دبلوماسية", "الوزير", "روسيا", "الولايات المتحدة", "الجيش",
         "هاجم", "قصف", "اتفق", "على", "في", "إن", "أن", "يوم", "3", "كانون الأول", "2024", "أمس", "الحكومة",
         "وكالة", "رويترز", "عن", "نقلت", "مطلع الشهر الجاري", "حمص", "دمشق", "لم", "نفى", "ربما", "the", "said",
         "ﻻ", "ﺭﻭﺳﻴﺎ", "\u200f", "ـ", "ً", "،", "\"", "«", "»", ":", "(", ")", "#حركة_الجهاد"]
arabic_text = st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20),
                                 st.sampled_from([".", "؟", "!", "", "…", ".\n", "\n", "\r\n", "،"])),
                       min_size=1, max_size=12).map(lambda parts: "".join(" ".join(w) + end + " " for w, end in parts))
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _expected(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


@PROPS
@given(st.binary(max_size=2000))
def test_decode_never_raises_on_random_bytes(raw):
    d = decode(raw)
    assert (d.text is None) != (d.reject_reason is None)
    if d.text is not None:
        assert "\r" not in d.text and "\x00" not in d.text and d.text.strip()


@PROPS
@given(st.text(max_size=500) | arabic_text, st.booleans())
def test_decode_round_trips_valid_utf8(text, bom):
    raw = (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")
    d = decode(raw)
    assert (d.text is None) != (d.reject_reason is None)
    if d.text is not None:
        assert d.text == _expected(text) and d.encoding in ("utf-8", "utf-8-sig")
    else:  # only for a stated reason
        assert d.reject_reason.split(":")[0] in (
            "empty file", "whitespace only", "binary data, not text",
            "only whitespace and invisible marks (zero-width, directional), no text") or "NUL" in d.reject_reason


def _check_extraction(text: str):
    a = extract("prop", text, dt.date(2024, 12, 8))
    _spans_read_back(a, text)
    for rows in (a.actor_mentions, a.events, a.claims, a.date_mentions, a.sentences):
        for r in rows:
            for s, e in (("char_start", "char_end"), ("trigger_start", "trigger_end"), ("cue_start", "cue_end"),
                         ("content_start", "content_end")):
                if s in r:
                    assert 0 <= r[s] <= r[e] <= len(text)
    b = extract("prop", text, dt.date(2024, 12, 8))
    assert [e["event_id"] for e in a.events] == [e["event_id"] for e in b.events]
    assert [c["claim_id"] for c in a.claims] == [c["claim_id"] for c in b.claims]
    assert sorted(a.actors) == sorted(b.actors)


@PROPS
@given(arabic_text)
def test_extractors_never_raise_and_spans_read_back_on_arabic_shapes(text):
    _check_extraction(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_extractors_never_raise_on_random_unicode(text):
    _check_extraction(text)
