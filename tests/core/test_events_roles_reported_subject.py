"""Reported words with a subject of their own: `قال X إن مسؤولين من البلدين يلتقون` — an indefinite
noun phrase between `إن`/`أن` and the verb is the verb's subject, so a person speaking before does
not do the act (a speaking body does, through its unnamed members); a partitive `فريق من X`
acts for X (an unnamed member of a named body has that body as doer), and a pronoun subject
(`إنه التقى`) is still the speaker."""
from event_roles import roles


def test_unnamed_officials_in_reported_words_are_not_the_speaker():
    source, _ = roles("وقال الرئيس الفرنسي إيمانويل ماكرون إن مسؤولين من البلدين يلتقون في باريس.", "CONSULT")
    assert source is None


def test_an_unnamed_delegation_of_a_speaking_body_acts_for_the_body():
    # an unnamed member of a named body has that body as doer: the body that speaks of it
    source, target = roles("وذكرت وزارة الخارجية الأميركية أن وفدا يجري محادثات مع مسؤولين صينيين في بكين.", "CONSULT")
    assert source == "وزارة الخارجية الأمريكية" and target is not None


def test_unnamed_others_in_a_persons_words_keep_the_one_met():
    source, target = roles("وقال الرئيس الفرنسي إيمانويل ماكرون إن وفدا يجري محادثات مع مسؤولين صينيين في بكين.", "CONSULT")
    assert source is None and target is not None


def test_a_team_from_a_state_acts_for_that_state():
    # (`وصل`: its `و` is the root's, not a conjunction opening another clause)
    source, _ = roles("وأكد ترامب أن فريقا من الولايات المتحدة وصل إلى كوريا الشمالية لإجراء ترتيبات القمة.", "CONSULT")
    assert source == "الولايات المتحدة"


def test_a_pronoun_subject_is_still_the_speaker():
    source, _ = roles("وقال وزير الخارجية الروسي سيرغي لافروف إنه التقى نظيره الأمريكي في جنيف.", "CONSULT")
    assert source == "سيرغي لافروف"


def test_a_speaker_who_accuses_in_his_words_keeps_the_act():
    source, _ = roles("وقال وزير الخارجية الإيطالي لويجي دي مايو إن السفينة انتهكت القانون الدولي.", "ACCUSE")
    assert source == "لويجي دي مايو"


def test_a_subject_naming_an_act_leaves_the_speaker_a_party():
    # `أن اجتماعا عقد`: the noun before the verb names the meeting itself, no one who meets
    source, _ = roles("وأكد الرئيس الفرنسي إيمانويل ماكرون أن اجتماعا عقد مع المستشارة الألمانية أنغيلا ميركل.", "CONSULT")
    assert source == "إيمانويل ماكرون"

