"""A prison term passed on `عليه` is served by the one the pronoun stands for; on sentences written
for these tests."""
from event_roles import roles


def test_a_prison_term_after_the_pronoun_is_the_earlier_named_mans():
    _, target = roles("مثل الصحفي علي رضائي أمام محكمة في طهران. وحكمت عليه المحكمة بالسجن عامين.", "COERCE", "بالسجن")
    assert target == "علي رضائي"


def test_the_pronoun_stands_for_a_person_not_for_the_force_that_arrested_him():
    _, target = roles("اعتقلت الشرطة الإيرانية الصحفي علي رضائي في طهران. وحكم عليه في نوفمبر بالسجن عامين.",
                      "COERCE", "بالسجن")
    assert target == "علي رضائي"
