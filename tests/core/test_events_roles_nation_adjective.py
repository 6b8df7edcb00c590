"""A noun of an act carrying the preposition `ب`/`ل` with a nationality adjective after it
(`بوساطة مصرية`, `برعاية قطرية`) is done by that nation's state, as without the preposition."""
from event_roles import roles


def test_a_mediation_with_its_preposition_and_nationality_is_the_nations():
    source, _ = roles("وتم التوصل إلى اتفاق لوقف إطلاق النار بوساطة مصرية.", "CONSULT")
    assert source == "مصر"
