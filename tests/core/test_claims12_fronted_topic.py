"""A person in a phrase fronted with `عن` (`وعن الفنان X قال إنه`) is what the words are about,
not who says them: the speaker goes on (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", "عنوان الخبر\n" + text, DAY).claims


def test_the_topic_after_an_is_not_the_speaker():
    found = claims("وقال المغني كريم منصور إن الجولة كانت ناجحة. وعن زميله سامي حداد قال إنه صديق قديم.")
    c = next(c for c in found if c["content"].startswith("إنه صديق"))
    assert c["source_text"] == "كريم منصور"


def test_the_speaker_after_amma_an_speaks():
    found = claims("أما عن الجولة المقبلة، فقال المغني كريم منصور إنها ستبدأ في الربيع.")
    assert [c["source_text"] for c in found] == ["كريم منصور"]


def test_a_subject_before_its_verb_still_speaks():
    found = claims("وفي المؤتمر الصحفي، سامي حداد قال إن الفريق جاهز.")
    assert [c["source_text"] for c in found] == ["سامي حداد"]
