"""`وهددت فرنسا دمشق بضربات`: a verbal noun in `ب` after the object of a verb of threatening names
the act threatened, done by the verb's subject to its object."""
from event_roles import roles


def test_threatened_strikes_are_the_threateners_against_the_threatened():
    text = "وهددت فرنسا وبريطانيا في الأيام الأخيرة الحكومة السورية بضربات انتقامية."
    assert roles(text, "ASSAULT") == ("فرنسا", "الحكومة السورية")


def test_threatened_sanctions_are_the_threateners_against_the_threatened():
    text = "وهدد الرئيس التركي رجب طيب أردوغان الولايات المتحدة بفرض عقوبات."
    assert roles(text, "SANCTION") == ("رجب طيب أردوغان", "الولايات المتحدة")


def test_with_no_object_before_the_noun_its_own_object_stays():
    text = "وهدد الرئيس الأمريكي دونالد ترامب بإطلاق صواريخ على سوريا."
    assert roles(text, "ASSAULT") == ("دونالد ترامب", "سوريا")
