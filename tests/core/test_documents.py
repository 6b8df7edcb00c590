import datetime as dt
import json

from etl.core.documents import read_document
from etl.core.language import detect_language


def write(tmp_path, name, text, meta=None):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / f"{name}.meta.json").write_text(meta if isinstance(meta, str) else json.dumps(meta), encoding="utf-8")
    return path


def test_sidecar_metadata_used(tmp_path):
    path = write(tmp_path, "a", "عنوان\nقال الوزير إن المحادثات مستمرة.",
                 {"title": "عنوان الخبر", "url": "https://example.org/a", "outlet": "مثال",
                  "published_at": "2018-06-01T23:36:43+00:00"})
    doc = read_document(path, tmp_path)
    assert (doc.doc_id, doc.status, doc.title, doc.outlet) == ("a", "ok", "عنوان الخبر", "مثال")
    assert doc.published_on == dt.date(2018, 6, 1)
    assert doc.language == "ar" and len(doc.content_sha256) == 64


def test_publication_date_from_lead_without_sidecar(tmp_path):
    path = write(tmp_path, "b", "عنوان الخبر\nدمشق، 8 كانون الأول 2024 - قال الوزير إن الوضع هادئ.")
    doc = read_document(path, tmp_path)
    assert doc.published_on == dt.date(2024, 12, 8)
    assert doc.title == "عنوان الخبر"


def test_bad_sidecar_ignored_with_reason(tmp_path):
    path = write(tmp_path, "c", "عنوان\nقال الوزير إن الوضع هادئ.", "{not json")
    doc = read_document(path, tmp_path)
    assert doc.status == "ok" and any("not valid JSON" in n for n in doc.notes)
    path = write(tmp_path, "d", "عنوان\nقال الوزير إن الوضع هادئ.", {"published_at": "2018-02-31"})
    doc = read_document(path, tmp_path)
    assert doc.published_on is None and any("published_at" in n for n in doc.notes)


def test_language_detection():
    assert detect_language("قال الوزير إن المحادثات مستمرة") == "ar"
    assert detect_language("The minister said that the talks were continuing") == "en"
    assert detect_language("Le ministre a dit que les négociations sont dans une impasse") == "fr"
    assert detect_language("وزیر گفت که گفتگوها ادامه دارد و چند پیشنهاد مطرح شد و گفتگو گرم بود") == "fa"


def test_utf16_file_without_bom_loads_with_a_note(tmp_path):
    path = tmp_path / "e.txt"
    path.write_bytes("عنوان الخبر\nقال الوزير إن المحادثات مستمرة.\n".encode("utf-16-le"))
    doc = read_document(path, tmp_path)
    assert doc.status == "ok", doc.reject_reason
    assert doc.text.startswith("عنوان الخبر\nقال الوزير") and doc.title == "عنوان الخبر"
    assert doc.notes == ("decoded as UTF-16-LE (no byte order mark; detected from its Arabic text), not UTF-8",)
