"""A nationality adjective on a noun naming an act names its doer, even when the text never names
that nation and another party speaks of the act; on sentences written for these tests."""
from event_roles import roles


def test_a_mediation_called_egyptian_is_egypts_not_the_speakers():
    source, _ = roles("وأكدت حركة الجهاد أن الاتفاق تم بوساطة مصرية بين الطرفين.", "CONSULT")
    assert source == "مصر"


def test_threats_called_american_are_the_united_states_not_the_army_that_fled_them():
    source, _ = roles("وقال المرصد إن الجيش السوري أخلى مطارات عسكرية إثر التهديدات الأمريكية بتنفيذ ضربات.",
                      "THREATEN")
    assert source == "الولايات المتحدة"
