"""A soldier, officer or policeman of a state (`جندي نرويجي`): whose he is (sentences written
for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2019, 3, 1)


def mentions(text):
    x = extract("t", text, DAY)
    return {m["surface"]: x.actors[m["actor_id"]] for m in x.actor_mentions}


def test_one_soldier_of_a_state_is_that_states_military():
    found = mentions("وقتل جندي نرويجي في انفجار عبوة ناسفة قرب القاعدة.")
    soldier = found.get("جندي نرويجي")
    assert soldier is not None and soldier.actor_type == "military" and soldier.country_iso3 == "NOR"


def test_an_unnamed_officer_speaking_is_still_an_anonymous_source():
    x = extract("t", "وقال ضابط كندي إن الدورية تعرضت لإطلاق نار.", DAY)
    assert [c["is_anonymous"] for c in x.claims] == [True]
    assert x.actors[x.claims[0]["source_actor_id"]].country_iso3 == "CAN"


def test_a_bare_soldier_names_no_state():
    found = mentions("وأصيب جندي بجروح طفيفة في الحادث.")
    assert all(a.country_iso3 is None for a in found.values())
