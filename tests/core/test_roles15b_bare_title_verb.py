"""`وأضاف البيان أن الرئيس دعا`: a bare definite title heads no construct, so the verb-shaped word
right after it is its verb; and the title before a name is that person's, not the next person's
(`بين الرئيس الأمريكي X وY`: `الرئيس` later is X, never Y)."""
from event_roles import roles


def test_the_verb_after_a_bare_title_opening_reported_words():
    text = ("والتقى الرئيس الفرنسي إيمانويل ماكرون وفدا روسيا في باريس. "
            "وأضاف البيان أن الرئيس دعا السلطات الروسية إلى التعاون.")
    assert roles(text, "REQUEST", "دعا") == ("إيمانويل ماكرون", "الحكومة الروسية")


def test_a_title_belongs_to_the_name_right_after_it_not_to_the_next_name():
    text = ("ونشرت وثائق عن محادثات بين الرئيس الأمريكي دونالد ترامب وجيمس كومي في البيت الأبيض. "
            "وقال كومي أمام الكونغرس إن الرئيس طلب منه وقف التحقيق.")
    assert roles(text, "REQUEST", "طلب")[0] != "جيمس كومي"
