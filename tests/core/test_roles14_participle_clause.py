"""`دعا إلى التهدئة، مشيرا إلى أنه سيناقش المسألة مع X`: a circumstantial participle after a comma
opens another clause, whose parties are no object of the trigger before it; `نظيرتها الروسية`: a
body's counterpart, no person of that nation named, is that nation's state."""
from event_roles import roles


def test_the_party_of_a_participle_clause_is_no_object_of_the_call():
    text = "ودعا الرئيس الفرنسي إيمانويل ماكرون إلى التهدئة، مشيرا إلى أنه سيناقش المسألة مع المستشارة الألمانية أنغيلا ميركل."
    assert roles(text, "REQUEST") == ("إيمانويل ماكرون", None)


def test_a_governments_counterpart_is_the_state_of_its_nation():
    text = "طالبت الحكومة البريطانية نظيرتها الروسية بتحمل مسؤوليتها في الحادث."
    assert roles(text, "REQUEST") == ("الحكومة البريطانية", "روسيا")


def test_words_quoted_after_a_participle_keep_the_party_they_threaten():
    text = 'وحذر وزير الدفاع الإسرائيلي قائلا "سنرد في الوقت المناسب" مضيفا "لن نسمح لإيران بالتموضع في سوريا".'
    _, target = roles(text, "THREATEN", "وحذر")
    assert target == "إيران"


def test_a_noun_of_a_participles_shape_after_a_comma_is_the_object_itself():
    text = "وأكد شهود أن الطائرات الإسرائيلية استهدفت بعدة صواريخ، موقعا لحركة حماس شرق المخيم."
    _, target = roles(text, "ASSAULT", "استهدفت")
    assert target == "حركة حماس"
