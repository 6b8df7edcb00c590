"""A verb of describing in a relative clause (`الذي وصفه X بأنه ...`): its pronoun is the one
described, not words said before, so the named subject says what follows `بأن` (sentences written
for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", "عنوان الخبر\n" + text, DAY).claims


def test_the_named_subject_describes_the_referent():
    [c] = claims("ويودع النادي حارسه القديم، الذي وصفه المدرب سامي حداد بأنه أفضل حارس في تاريخ الفريق.")
    assert c["source_text"] == "سامي حداد" and c["content"].startswith("بأنه أفضل حارس")


def test_words_referred_back_to_are_still_no_new_claim():
    found = claims("وأشار الكاتب إلى التصريحات التي قالها الوزير أمس في البرلمان.")
    assert not any(c["cue"] == "قالها" for c in found)


def test_no_named_subject_no_claim():
    assert claims("وانتقدت المنظمة القرار الذي وصفته الحكومة بأنه ضروري.") == []
