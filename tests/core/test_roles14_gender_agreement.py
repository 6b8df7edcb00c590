"""A verb marked feminine has no man (known by his given name) as its subject: after it he is its
object (`وأيدت المليونير جورج X`), and before it, past a comma, the speaker of the sentence is not
the subject it goes on with; a quotation's first-person `ت` is no feminine mark."""
from event_roles import roles


def test_a_man_after_a_feminine_verb_is_its_object_and_the_reported_subject_goes_on():
    source, target = roles("وقال أوربان إن أحزاب المعارضة رفضت القرار، وأيدت المليونير جورج سوروس.", "SUPPORT", "أيدت")
    assert (source, target) == ("أحزاب المعارضة", "جورج سوروس")


def test_a_woman_speaker_goes_on_with_a_feminine_verb():
    source, _ = roles("وقالت ميركل إن الحكومة ستواصل العمل، وانتقدت الرئيس الأمريكي دونالد ترامب.", "ACCUSE", "انتقدت")
    assert source == "أنجيلا ميركل"


def test_a_quoted_first_person_verb_keeps_the_man_who_wrote_it():
    source, _ = roles('وكتب ريتشارد غرينيل: "رحبت بالقس أندرو برانسون في ألمانيا.', "SUPPORT")
    assert source == "ريتشارد غرينيل"
