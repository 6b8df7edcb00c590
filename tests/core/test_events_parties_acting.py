"""A collective that opens its sentence, its verb right after it, acts: it is kept as an actor though
no event row names it (`extract._drop_roleless`, `acting_parties.acts`)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def actor_ids(text):
    return set(extract("t", text, DAY).actors)


def test_a_collective_subject_opening_its_sentence_is_kept():
    assert "migrants" in actor_ids("وصل قارب إلى الجزيرة فجر اليوم. المهاجرون يصلون بأعداد كبيرة كل أسبوع.")


def test_a_collective_opening_a_sentence_without_a_verb_after_it_stays_the_setting():
    assert "migrants" not in actor_ids("وصل قارب إلى الجزيرة فجر اليوم. المهاجرون في الجزيرة كثيرون.")
