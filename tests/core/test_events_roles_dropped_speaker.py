"""A reporting verb with its subject dropped (`وأضاف أن ...`) goes on with the one who spoke
before: the party after its `أن` is the reported words' subject, not the speaker; on sentences
written for these tests."""
from event_roles import roles

SAID = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الوضع خطير. "


def test_a_judging_word_after_wa_adaf_anna_is_the_earlier_speakers_act():
    text = SAID + "وأضاف أن الحكومة الإيرانية تقوض فرص السلام في المنطقة."
    assert roles(text, "ACCUSE") == ("مايك بومبيو", "الحكومة الإيرانية")


def test_the_subject_after_anna_still_does_its_own_act():
    text = SAID + "وأضاف أن إيران ترفض الحوار مع واشنطن."
    assert roles(text, "REJECT")[0] == "إيران"


def test_a_speaker_named_after_the_verb_still_speaks():
    text = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الحكومة الإيرانية تقوض فرص السلام في المنطقة."
    assert roles(text, "ACCUSE") == ("مايك بومبيو", "الحكومة الإيرانية")
