"""`وصدر بحقه حكم بالسجن`: a sentence passed against the one a pronoun after `بحق` (like `عليه`)
stands for; when the only person named is the clause's own subject, he is the one sentenced."""
from event_roles import roles


def test_the_man_a_sentence_was_passed_against_is_its_target():
    text = "وكان المعارض أحمد منصور ينوي المشاركة في الانتخابات لكنه اعتقل الشهر الماضي وصدر بحقه حكم بالسجن لمدة عام."
    assert roles(text, "COERCE", "بالسجن") == (None, "أحمد منصور")
