"""A name right after a noun of place or landmark (`جزيرة`, `بمنطقة`, `لشارع`) is the place's,
however much it looks like a person's to the tagger."""
from actor_mentions import person_names


def test_a_name_after_an_island_or_district_noun_is_no_person():
    assert not person_names("وتدفقت الحمم على الساحل الشرقي لجزيرة بيغ أيلاند أمس.")
    assert not person_names("وزار الوزير جزيرة سانت مارتن في البحر الكاريبي.")



def test_a_name_after_a_street_noun_with_a_preposition_is_no_person():
    assert not person_names("وتجمع المتظاهرون بشارع سان لورينزو وسط المدينة.")
