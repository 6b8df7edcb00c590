"""Bad input end to end: one `etl run` over a seeds folder of every kind of bad file (and awkward
file names) next to good articles. Each bad file gets a specific reason (or loads with a note),
every good one loads with all its rows, duplicates are recognised, and the warehouse re-validates."""
from __future__ import annotations

import codecs
import json
import os
import re

import pytest

from etl.cli import main
from etl.core.text import REMOVABLE

_TEMPLATE = ("قالت مصادر دبلوماسية إن روسيا هاجمت مواقع قرب حمص يوم {day} كانون الأول {year}.\n"
             "وأكدت وكالة رويترز أن الحكومة اتفقت على استئناف المحادثات في دمشق أمس.\n")


class GOOD:  # a distinct short article per number
    @staticmethod
    def format(n: int) -> str:
        return _TEMPLATE.format(day=n % 28 + 1, year=2000 + n)


def _seed(folder, name: str, data: str | bytes, meta=None) -> None:
    (folder / f"{name}.txt").write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    if meta is not None:
        (folder / f"{name}.meta.json").write_bytes(meta if isinstance(meta, bytes) else
                                                    json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def _db(warehouse, sql, params=None):
    from etl import warehouse as wh

    with wh.connect(warehouse, read_only=True, wait_seconds=5) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    """One `etl run` over the lot (module scope: the run is the expensive part)."""

    tmp = tmp_path_factory.mktemp("bad")
    seeds, warehouse = tmp / "seeds", tmp / "wh" / "warehouse.duckdb"
    seeds.mkdir()
    good = {}

    def good_doc(name, n, data=None, meta=None):
        text = GOOD.format(n=n)
        good[name] = text
        _seed(seeds, name, data if data is not None else text, meta)

    # encodings and line ends that must load (with a note where the bytes were not UTF-8)
    good_doc("enc_utf8", 1)
    good_doc("enc_utf8_bom", 2, codecs.BOM_UTF8 + GOOD.format(n=2).encode())
    good_doc("enc_utf16", 3, GOOD.format(n=3).replace("\n", "\r\n").encode("utf-16"))
    good_doc("enc_crlf", 4, GOOD.format(n=4).replace("\n", "\r\n").encode())
    good_doc("enc_lone_cr", 5, GOOD.format(n=5).replace("\n", "\r").encode())
    good_doc("enc_cp1256", 6, (GOOD.format(n=6) * 3).encode("cp1256"))
    good_doc("enc_iso8859_6", 7, GOOD.format(n=7).encode("iso8859_6"))
    # invisible marks, presentation forms, mixed languages
    good_doc("marks", 8, GOOD.format(n=8).replace("روسيا", "\u200fرو\u061cسيا\u200e").replace("دمشق", "دم\u200bشق"))
    good_doc("mixed", 9, GOOD.format(n=9) + "The Kremlin said nothing. Le ministre n'a rien dit.\n")
    # awkward file names: spaces, Arabic, punctuation Dagster must carry as partition keys
    for n, name in enumerate(["with space", "خبر عاجل", "a,b[1]*?", "a...b", "tab\tname", "new\nline", " lead",
                              "100%"], start=20):
        good_doc(name, n)
    (seeds / ".txt").write_text(GOOD.format(n=30), encoding="utf-8")  # a file named just `.txt`
    good[".txt"] = GOOD.format(n=30)
    raw_name = os.fsdecode(b"caf\xe9-\xd3\xe6\xd1\xed\xc7")  # not UTF-8: a Latin-1 and a cp1256 byte run
    good["caf%E9-%D3%E6%D1%ED%C7"] = GOOD.format(n=40)
    _seed(seeds, raw_name, GOOD.format(n=40), {"title": "اسم غير UTF-8"})
    # sidecars that are wrong: the document loads without them, the reason is a note
    good_doc("meta_bad_json", 50, meta=b"{not json")
    good_doc("meta_bad_date", 51, meta={"published_at": "2018-02-31", "outlet": "مثال"})
    good_doc("meta_future", 52, meta={"published_at": "2099-01-01T00:00:00Z"})
    good_doc("meta_title_list", 53, meta={"title": ["a", "b"], "url": 7})
    # the same content under two names
    good_doc("dup_a", 60)
    _seed(seeds, "dup_b", GOOD.format(n=60))
    # a language the extractor does not cover
    _seed(seeds, "lang_en", "The minister said that the talks with the delegation were continuing in Geneva.\n"
                            "The army attacked positions near the border on Monday.\n")
    _seed(seeds, "lang_fr", "Le ministre a dit que les négociations sont dans une impasse et que la délégation "
                            "est partie pour Genève.\n")
    # files that must be rejected, each with its reason
    rejected = {
        "bad_empty": (b"", "empty file"),
        "bad_space": (b" \n\t\r\n ", "whitespace only"),
        "bad_invisible": ("\u200f\u200b\n".encode(), "invisible marks"),
        "bad_boiler": ("نسخ الرابط\nشارك\nفيسبوك تويتر واتساب\n".encode(), "only boilerplate"),
        "bad_pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        "bad_png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG image"),
        "bad_nul": (GOOD.format(n=70).encode() + b"\x00\x00" + GOOD.format(n=71).encode(), "NUL byte"),
        "bad_bytes": ("خبر".encode() + b"\x81\x8d\x8f\x90\x9d" * 4, "not UTF-8 at byte 6"),
        "bad_huge": (None, "file too large: 50,"),
        "bad_line": (("قال الوزير إن المحادثات مستمرة. " * 100_000)[:2_800_000].encode(), "file too large: 5,"),
        "bad_nostop": (("الوزير قال المحادثات مستمرة الجيش هاجم مواقع قرب حمص " * 1_100).encode(), "without an end"),
    }
    for name, (data, _) in rejected.items():
        if data is None:
            with open(seeds / f"{name}.txt", "wb") as f:
                f.truncate(50_000_000)
        else:
            _seed(seeds, name, data)

    code = main(["run", "--seeds", str(seeds), "--warehouse", str(warehouse)])
    return dict(code=code, seeds=seeds, warehouse=warehouse, good=good, rejected=rejected)


def test_the_run_succeeds_and_every_file_is_a_document(bad_run):
    assert bad_run["code"] == 0
    n_files = len(list(bad_run["seeds"].glob("*.txt")))  # the file named ".txt" included
    assert _db(bad_run["warehouse"], "SELECT count(*) FROM documents")[0][0] == n_files


def test_bad_files_are_rejected_with_specific_reasons(bad_run):
    rows = dict(_db(bad_run["warehouse"], "SELECT doc_id, reject_reason FROM documents WHERE status = 'rejected'"))
    assert set(rows) == set(bad_run["rejected"])
    for name, (_, expected) in bad_run["rejected"].items():
        assert expected in rows[name], (name, rows[name])
    assert _db(bad_run["warehouse"], "SELECT count(*) FROM sentences WHERE doc_id LIKE 'bad_%'")[0][0] == 0


def test_every_good_document_loads_whole_with_its_rows(bad_run):
    status = dict(_db(bad_run["warehouse"], "SELECT doc_id, status FROM documents"))
    texts = dict(_db(bad_run["warehouse"], "SELECT doc_id, text FROM documents"))
    counts = {}
    for table in ("actor_mentions", "events", "claims", "date_mentions"):
        counts[table] = dict(_db(bad_run["warehouse"], f"SELECT doc_id, count(*) FROM {table} GROUP BY 1"))
    for name, text in bad_run["good"].items():
        assert status.get(name) == "ok", (name, status.get(name))
        assert REMOVABLE.sub("", texts[name]).startswith(REMOVABLE.sub("", text.split(".")[0])), name
        for table, per_doc in counts.items():
            assert per_doc.get(name, 0) > 0, (name, table)
    # every document got the same extraction as the plain UTF-8 one (same content, other bytes)
    events = counts["events"]
    for name in ("enc_utf8_bom", "enc_utf16", "enc_crlf", "enc_lone_cr", "marks", "with space", "خبر عاجل"):
        assert events[name] == events["enc_utf8"], name


def test_offsets_read_back_for_every_row(bad_run, kit):
    for table, start, end, surface in kit.SPANS:
        bad = _db(bad_run["warehouse"], f"""
            SELECT count(*) FROM {table} t JOIN documents d USING (doc_id)
            WHERE substr(d.text, t.{start} + 1, t.{end} - t.{start}) IS DISTINCT FROM t.{surface}""")[0][0]
        assert bad == 0, table


def test_notes_say_what_was_ignored_or_converted(bad_run):
    notes = dict(_db(bad_run["warehouse"], "SELECT doc_id, notes FROM documents WHERE notes IS NOT NULL"))
    assert "cp1256" in notes["enc_cp1256"] and "iso8859_6" in notes["enc_iso8859_6"]
    assert "UTF-16" in notes["enc_utf16"]
    assert "not valid JSON" in notes["meta_bad_json"]
    assert "published_at '2018-02-31'" in notes["meta_bad_date"]
    assert "in the future" in notes["meta_future"]
    assert "title is a list" in notes["meta_title_list"] and "url is a number" in notes["meta_title_list"]
    assert "enc_utf8" not in notes and "enc_crlf" not in notes
    outlet, published = _db(bad_run["warehouse"],
                            "SELECT outlet, published_on FROM documents WHERE doc_id = 'meta_bad_date'")[0]
    assert outlet == "مثال" and published is not None  # the good field kept; the date from the text


def test_uncovered_languages_recorded_without_arabic_rows(bad_run):
    wh = bad_run["warehouse"]
    assert dict(_db(wh, "SELECT doc_id, language FROM documents WHERE doc_id IN ('lang_en', 'lang_fr', 'mixed')")) == {
        "lang_en": "en", "lang_fr": "fr", "mixed": "ar"}
    for table in ("actor_mentions", "events", "claims", "date_mentions"):
        assert _db(wh, f"SELECT count(*) FROM {table} WHERE doc_id IN ('lang_en', 'lang_fr')")[0][0] == 0, table
    assert _db(wh, "SELECT status FROM documents WHERE doc_id = 'lang_en'") == [("ok",)]


def test_same_content_under_two_names_is_counted_once(bad_run):
    wh = bad_run["warehouse"]
    assert dict(_db(wh, "SELECT doc_id, duplicate_of FROM documents WHERE doc_id IN ('dup_a', 'dup_b')")) == {
        "dup_a": None, "dup_b": "dup_a"}
    in_view = {d for (d,) in _db(wh, "SELECT doc_id FROM v_documents")}
    assert "dup_a" in in_view and "dup_b" not in in_view
    assert not in_view & set(bad_run["rejected"])


def test_awkward_file_names_keep_their_stem_as_doc_id(bad_run):
    wh = bad_run["warehouse"]
    rows = dict(_db(wh, "SELECT doc_id, source_path FROM documents"))
    for name in ("with space", "خبر عاجل", "a,b[1]*?", "a...b", "tab\tname", "new\nline", " lead", "100%"):
        assert rows[name] == f"{name}.txt"
    assert rows[".txt"] == ".txt"
    assert rows["caf%E9-%D3%E6%D1%ED%C7"] == "caf%E9-%D3%E6%D1%ED%C7.txt"  # non-UTF-8 bytes written %XX
    assert _db(wh, "SELECT title FROM documents WHERE doc_id = 'caf%E9-%D3%E6%D1%ED%C7'") == [("اسم غير UTF-8",)]


def test_rerun_changes_nothing_and_the_warehouse_revalidates(bad_run, kit):
    from etl.robustness import audit

    before = kit.snapshot(bad_run["warehouse"])
    assert main(["run", "--seeds", str(bad_run["seeds"]), "--warehouse", str(bad_run["warehouse"])]) == 0
    assert kit.snapshot(bad_run["warehouse"]) == before
    report = audit(bad_run["warehouse"], len(before["documents"]))
    assert report["crashed_documents"] == 0 and report["documents_missing"] == 0
    assert report["rejected"]["count"] == len(bad_run["rejected"])
    assert all(v["failing_rows"] == 0 for v in report["revalidation"].values()), report["revalidation"]
    assert re.search(r"not UTF-N at byte N", " ".join(report["rejected"]["by_reason"]))
