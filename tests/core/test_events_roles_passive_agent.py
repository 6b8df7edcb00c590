"""In the passive periphrasis (`تم إرسال`), `من` and a party after the act's object name who did it;
on sentences written for these tests."""
from event_roles import roles


def test_the_party_after_min_sent_the_aid_in_a_passive_sentence():
    source, _ = roles("وتم إرسال 20 فريق إسعاف من الهلال الأحمر التركي إلى المنطقة.", "AID")
    assert source == "الهلال الأحمر التركي"


def test_a_count_after_min_names_no_doer():
    source, _ = roles("وتم إطلاق سراح ثلاثة من المعتقلين في السجن.", "RETREAT")
    assert source is None
