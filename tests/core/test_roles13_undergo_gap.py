"""`واجه X منذ فترة اتهامات`, `تعرض X مجددا لانتقادات`: an adverb or a phrase of time between the
subject of a verb of undergoing and the act leaves the subject the one the act is done to."""
from event_roles import roles


def test_a_phrase_of_time_between_facing_and_the_charges():
    source, target = roles("وواجه نتنياهو منذ فترة اتهامات بالفساد.", "ACCUSE")
    assert (source, target) == (None, "بنيامين نتنياهو")


def test_an_adverb_between_undergoing_and_the_criticism():
    _, target = roles("وتعرض نتنياهو مجددا لانتقادات حادة.", "ACCUSE")
    assert target == "بنيامين نتنياهو"
