"""A capital two clubs share (`مدريد`: Real and Atlético) is the club the story names in full, and
the same club on every run: the choice once followed a set's iteration order, which changes with
Python's hash seed, so a rerun could load another actor for the same text."""
import os
import subprocess
import sys

from etl.core.extract import extract

_STORY = "تعادل ريال مدريد مع برشلونة في الدوري الإسباني. وتقدم مدريد بهدف قبل أن يدرك برشلونة التعادل."
_PROGRAM = f"""
from etl.core.extract import extract
out = extract("d", {_STORY!r}, None)
print(next(m["actor_id"] for m in out.actor_mentions if m["surface"] == "مدريد"))
"""


def test_a_shared_capital_is_the_club_the_story_names_on_every_hash_seed():
    seen = set()
    for seed in ("0", "1", "2", "3"):
        run = subprocess.run([sys.executable, "-c", _PROGRAM], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        seen.add(run.stdout.strip())
    assert seen == {"real-madrid"}


def test_a_shared_capital_no_club_of_the_story_names_is_no_club():
    out = extract("d", "سجل مهاجم نادي تشيلسي هدفين أمس. وتقدم مدريد بهدف في الشوط الأول.", None)
    clubs = {a.actor_id for a in out.actors.values() if a.sector == "SPT"}
    assert "real-madrid" not in clubs and "atletico-madrid" not in clubs
