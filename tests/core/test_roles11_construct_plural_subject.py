"""`ويتهم ممثلو ادعاء أمريكيون X`: a participle's sound plural in construct keeps its nominative `و`
after the verb, so it is the verb's own subject: no party from the sentence before carries on."""
from event_roles import roles


def test_prosecutors_in_construct_are_the_accusers_not_the_party_named_before():
    text = "واتهمت الحكومة الروسية الصحفية. ويتهم ممثلو ادعاء محليون الحكومة الروسية بالتدخل في الانتخابات."
    source, target = roles(text, "ACCUSE", "يتهم")
    assert source != "الحكومة الروسية" and target == "الحكومة الروسية"
