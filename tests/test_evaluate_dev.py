"""`python -m etl.evaluate_dev`: the dev set scored in two parts, tuned and held out."""
from __future__ import annotations

import json
import shutil
import textwrap

import pytest

from etl.config import PROJECT_DIR
from etl.evaluate_dev import main, split_gold

SEED = next((PROJECT_DIR / "seeds").glob("*.txt"))


def _gold(path, doc_ids):
    path.write_text("".join(json.dumps({"doc_id": d}) + "\n" for d in doc_ids), encoding="utf-8")
    return path


def test_the_gold_file_is_cut_after_the_tuned_articles(tmp_path):
    parts = split_gold(_gold(tmp_path / "gold.jsonl", ["a", "b", "c"]), 2, tmp_path)
    read = {k: [json.loads(line)["doc_id"] for line in p.read_text().splitlines()] for k, p in parts.items()}
    assert read == {"tuned": ["a", "b"], "held-out": ["c"]}


@pytest.mark.parametrize("tuned", [0, 3])
def test_a_split_that_leaves_a_part_empty_is_refused(tmp_path, tuned):
    with pytest.raises(SystemExit, match="both parts non-empty"):
        split_gold(_gold(tmp_path / "gold.jsonl", ["a", "b", "c"]), tuned, tmp_path)


def test_each_part_is_scored_against_the_extracted_warehouse(tmp_path, capsys):
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / "one.txt")
    shutil.copy(SEED, articles / "two.txt")
    # a scorer with the real one's interface, reading the warehouse it is given
    scorer = tmp_path / "score.py"
    scorer.write_text(textwrap.dedent("""
        import json, sys, duckdb
        con = duckdb.connect(sys.argv[1], read_only=True)
        gold = [json.loads(l)["doc_id"] for l in open(sys.argv[2])]
        found = con.execute("SELECT count(*) FROM events WHERE doc_id IN (SELECT unnest(?))", [gold]).fetchone()[0]
        table = {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": len(gold), "predicted": found}
        print(json.dumps({t: table for t in ("actors", "claims", "events", "dates")} | {"event_actors_ok": 0.25}))
    """))
    assert main(["--articles", str(articles), "--gold", str(_gold(tmp_path / "g.jsonl", ["one", "two"])),
                 "--scorer", str(scorer), "--tuned", "1"]) == 0
    out = capsys.readouterr().out
    tuned, held_out = out.split("tuned (1 articles)")[1].split("held-out (1 articles)")
    assert "events  P=1.000 R=0.500" in tuned and "event_actors_ok 0.25" in held_out
    # both parts saw the same extraction: one document's events each, and some were found
    counts = [int(part.split("events")[1].split("predicted ")[1].split(")")[0]) for part in (tuned, held_out)]
    assert counts[0] == counts[1] > 0
