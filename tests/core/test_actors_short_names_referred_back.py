"""A known body the text names by a short name (`الناتو`, `حماس`) is what the head of its full name
refers back to (`الحلف`, `الحركة`); `الحلف الأطلسي` is NATO."""
from actor_mentions import actors_by_surface


def test_the_atlantic_alliance_is_nato_and_the_alliance_refers_back_to_it():
    found = actors_by_surface("ورفض الحلف الأطلسي الاتهامات الروسية، وقال الحلف إنه يدافع عن أعضائه.")
    assert found["الحلف الأطلسي"].name_ar == "حلف شمال الأطلسي"
    assert found["الحلف"].name_ar == "حلف شمال الأطلسي"
    found = actors_by_surface("وانتقد الناتو روسيا بشدة. ودعا الحلف موسكو إلى الحوار.")
    assert found["الحلف"].name_ar == "حلف شمال الأطلسي"


def test_a_movement_named_by_its_short_name_is_the_movement_referred_back_to():
    found = actors_by_surface("وقالت حماس إن الاتفاق انتهى. وأكدت الحركة أنها لن تتراجع.")
    assert found["الحركة"].name_ar == "حركة حماس"


def test_an_outlet_spoken_to_is_not_the_agency_referred_back_to():
    found = actors_by_surface("وقال المحلل لرويترز إن الوكالة قد تخفض التصنيف مجددا.")
    assert all(a.name_ar != "وكالة رويترز" for s, a in found.items() if s == "الوكالة")


def test_the_alliance_described_by_an_adjective_is_no_other_body():
    found = actors_by_surface("وانتقد الناتو روسيا. وعقد الاجتماع في مقر الحلف الجديد في بروكسل.")
    assert found["الحلف"].name_ar == "حلف شمال الأطلسي"
    assert "الحلف الجديد" not in found
