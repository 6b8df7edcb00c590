"""Capitals and states named as where an act happens are no parties of it: a list joined to a
place after `في`, a list after `في كل من`, a name after a noun of place with its own preposition."""
from event_roles import roles


def test_capitals_listed_after_a_place_are_places_too():
    source, target = roles("وخرجت مظاهرات مؤيدة في مدريد وروما وباريس وبرلين.", "PROTEST")
    assert source is None and target is None


def test_a_capital_after_bil_asima_is_where_the_march_goes():
    source, target = roles("ومن المتوقع أن يشارك نحو مليون شخص في مظاهرات بالعاصمة باريس.", "PROTEST")
    assert source is None and target is None


def test_states_after_fi_kull_min_are_where_the_police_seized_things():
    source, target = roles("وصادرت الشرطة أجهزة إلكترونية في كل من إيطاليا وإسبانيا.", "COERCE")
    assert target is None



def test_a_state_met_after_a_place_is_still_the_one_met():
    source, target = roles("والتقى الرئيس الفرنسي إيمانويل ماكرون في باريس المستشار الألماني أولاف شولتس.", "CONSULT")
    assert (source, target) == ("إيمانويل ماكرون", "أولاف شولتس")
