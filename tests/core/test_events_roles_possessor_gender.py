"""The possessive pronoun on a verbal noun agrees with the party it stands for in gender, and a
noun after a preposition owns its pronoun rather than taking it as an object; on sentences written
for these tests."""
from event_roles import roles


def test_ha_on_a_noun_stands_for_no_man_but_the_feminine_party_before():
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون قد ندد بالموقف المعيب للحكومة الإيطالية إثر رفضها استقبال سفينة المهاجرين."
    assert roles(text, "REJECT") == ("الحكومة الإيطالية", None)


def test_hu_on_a_noun_still_stands_for_the_man_who_is_the_subject():
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون قد ندد بالموقف الإيطالي إثر رفضه استقبال سفينة المهاجرين."
    assert roles(text, "REJECT")[0] == "إيمانويل ماكرون"


def test_ha_on_a_noun_stands_for_the_woman_who_is_the_subject():
    text = "وأكدت المستشارة أنجيلا ميركل خلال لقائها بالرئيس الروسي فلاديمير بوتين أن الحوار ضروري."
    assert roles(text, "CONSULT") == ("أنجيلا ميركل", "فلاديمير بوتين")
