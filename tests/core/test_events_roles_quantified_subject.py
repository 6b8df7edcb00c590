"""A clause whose own subject is a quantified noun phrase naming no actor (`بعض الدول تتهم`):
the party after the verb is its object, and no party named in an earlier sentence is its doer."""
from event_roles import roles


def test_a_quantified_subject_makes_the_state_after_the_verb_its_object():
    source, target = roles("وكانت الحكومة الإيطالية قد رفضت الخطة. بعض الدول تتهم فرنسا بأنها تستغل الأزمة.", "ACCUSE")
    assert source is None and target == "فرنسا"


def test_a_speaker_named_before_still_accuses_in_the_words_he_reports():
    source, _ = roles("وقال وزير الخارجية الفرنسي جان لوران إن السفينة الإيطالية انتهكت القانون الدولي.", "ACCUSE")
    assert source == "جان لوران"


def test_an_unnamed_subject_in_reported_words_agrees_not_the_speaker():
    source, _ = roles("وقالت رئاسة الحكومة في بيان إن الملكة قبلت استقالة الوزير.", "AGREE")
    assert source is None


def test_an_unnamed_committee_in_reported_words_rejects_not_the_speaker():
    source, _ = roles("وقالت رئاسة الحكومة في بيان إن اللجنة رفضت الطلب.", "REJECT")
    assert source is None
