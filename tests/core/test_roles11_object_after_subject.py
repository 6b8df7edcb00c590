"""`وجددت الحكومة الأردنية رفضها لـ...`: after the subject of the verb opening the sentence, a word
with a pronoun is the verb's object, a verbal noun whose pronoun is that subject's: the subject
rejects, the party after is what it rejects (not `رفضها` read as `X rejected her`)."""
from event_roles import roles


def test_a_government_renewing_its_rejection_is_the_one_rejecting():
    source, target = roles("وجددت الحكومة الأردنية رفضها لقرار الولايات المتحدة.", "REJECT")
    assert (source, target) == ("الحكومة الأردنية", "الولايات المتحدة")


def test_a_particle_before_the_opening_verb_changes_nothing():
    source, target = roles("وقد أعلنت الحكومة العراقية رفضها لهجمات تنظيم داعش.", "REJECT")
    assert (source, target) == ("الحكومة العراقية", "تنظيم الدولة الإسلامية")


def test_a_verb_with_its_object_pronoun_inside_reported_words_keeps_its_subject_after():
    source, target = roles("وقالت الشرطة إن الحكومة الأردنية رفضها الجيش الإسرائيلي.", "REJECT")
    assert source == "الجيش الإسرائيلي"
