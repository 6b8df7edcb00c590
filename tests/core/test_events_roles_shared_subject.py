"""A verb joined by `و` inside its sentence, with its subject dropped, shares the subject of the
verb the sentence opens with (`واتهمت الحكومة الحركة بتنفيذ الهجوم وتوعدت بملاحقة عناصرها`: the
government threatens), not the party nearest before it, which is the first verb's object; a
subject that names no party gives none (`اتهم الرئيس الأمريكي إيران ... وهدد`). Not across
reported words or a relative clause, nor when the two verbs differ in gender."""
from event_roles import roles


def test_the_second_verb_shares_the_opening_subject():
    text = "واتهمت الحكومة الكينية حركة الشباب بتنفيذ الهجوم وتوعدت بملاحقة عناصرها."
    assert roles(text, "THREATEN")[0] == "الحكومة الكينية"


def test_the_first_verb_keeps_its_object():
    text = "واتهمت الحكومة الكينية حركة الشباب بتنفيذ الهجوم وتوعدت بملاحقة عناصرها."
    assert roles(text, "ACCUSE") == ("الحكومة الكينية", "حركة الشباب المجاهدين")


def test_an_unnamed_opening_subject_gives_the_object_no_second_act():
    text = "اتهم الرئيس الأمريكي إيران بدعم الإرهاب وهدد بفرض عقوبات جديدة."
    assert roles(text, "THREATEN")[0] != "إيران"


def test_reported_words_keep_their_own_subject():
    text = "وقالت الحكومة الكينية إن حركة الشباب هاجمت قاعدة عسكرية وهددت بشن هجمات جديدة."
    assert roles(text, "THREATEN")[0] == "حركة الشباب المجاهدين"
