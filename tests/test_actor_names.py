"""Display names of actors the rules found: as the articles write them, whatever the load order."""
from __future__ import annotations

import datetime as dt

from etl import warehouse as wh
from etl.core.batch import documents_frame, extract_frames, validate_frames
from etl.core.documents import read_document

T0 = dt.datetime(2026, 1, 1, 12, 0)
# one unnamed source, written without and with the article; the second article names it twice
ONE_MENTION = "وقالت مصادر أمنية مطلعة إن الهجوم وقع صباح اليوم قرب السوق."
TWO_MENTIONS = ("ونقلت وكالة الأنباء عن المصادر الأمنية المطلعة أن الانفجار وقع قرب السوق.\n"
                "وأضافت المصادر الأمنية المطلعة أن التحقيق بدأ.")
SOURCE = "anon-msadr-amnyh-mtlh"


def _load(warehouse_path, seeds_dir, names):
    paths = [seeds_dir / f"{n}.txt" for n in names]
    documents = documents_frame([read_document(p, seeds_dir) for p in paths])
    tables, _ = extract_frames(documents)
    v = validate_frames(documents, tables)
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.load(con, v.documents, v.tables, "v1", now=T0)


def _name(warehouse_path, actor_id):
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        return con.execute("SELECT name_ar FROM actors WHERE actor_id = ?", [actor_id]).fetchone()[0]


def _write(seeds_dir, docs):
    for doc_id, text in docs.items():
        (seeds_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")


def test_the_name_is_the_form_written_most_often_in_either_load_order(seeds_dir, tmp_path):
    _write(seeds_dir, {"a": ONE_MENTION, "b": TWO_MENTIONS})
    names = []
    for order in (["a", "b"], ["b", "a"]):
        warehouse = tmp_path / f"{''.join(order)}.duckdb"
        for doc_id in order:
            _load(warehouse, seeds_dir, [doc_id])
        names.append(_name(warehouse, SOURCE))
    # spelled as written (ة, أ), not the matching form `المصادر الامنيه المطلعه`
    assert names == ["المصادر الأمنية المطلعة", "المصادر الأمنية المطلعة"]


def test_the_name_follows_the_mentions_the_warehouse_still_holds(seeds_dir, warehouse_path):
    _write(seeds_dir, {"a": ONE_MENTION, "b": TWO_MENTIONS})
    _load(warehouse_path, seeds_dir, ["a", "b"])
    with wh.connect(warehouse_path, wait_seconds=5) as con:
        wh.retire(con, ["b"])
    assert _name(warehouse_path, SOURCE) == "مصادر أمنية مطلعة"


def test_a_mention_after_la_counts_for_the_form_with_the_article(seeds_dir, warehouse_path):
    # `للمجتمع` leaves `مجتمع` in the text; `الأطراف الدولية` is written once
    _write(seeds_dir, {"c": "ودعا الرئيس للمجتمع الدولي أن يتحرك، وقال إن على المجتمع الدولي التدخل.\n"
                            "وطالبت الأطراف الدولية بوقف القتال."})
    _load(warehouse_path, seeds_dir, ["c"])
    assert _name(warehouse_path, "international-community") == "المجتمع الدولي"


def test_lexicon_actors_keep_their_curated_name(seeds_dir, warehouse_path, kit):
    _load(warehouse_path, seeds_dir, [kit.SEED_ID])
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        curated = con.execute("SELECT count(*) FROM actors WHERE origin = 'lexicon'").fetchone()[0]
    assert curated > 0
    from etl.core.actor_lexicon import actor_lexicon
    with wh.connect(warehouse_path, read_only=True, wait_seconds=5) as con:
        rows = con.execute("SELECT actor_id, name_ar FROM actors WHERE origin = 'lexicon'").fetchall()
    assert all(actor_lexicon().actors[a].name_ar == name for a, name in rows)
