"""`ذكرت صحيفة X أن Y انتقد ...، كما يطلب`: a clause opened by `كما` whose sentence opens with an
outlet that only tells the news goes on with the reported words' own subject, not with no one; a
speaker who acts (`قال ماكرون إن ...، كما دعا`) goes on himself."""
from event_roles import roles


def test_the_reported_subject_goes_on_past_an_outlet():
    text = "وذكرت صحيفة لوموند أن الرئيس الفرنسي إيمانويل ماكرون انتقد وزراء حكومته، كما يطلب منهم تقارير أسبوعية عن عملهم."
    source, _ = roles(text, "REQUEST")
    assert source == "إيمانويل ماكرون"


def test_a_speaker_who_acts_goes_on_himself():
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحكومة ستواصل الإصلاحات، كما دعا النقابات إلى الحوار."
    assert roles(text, "REQUEST") == ("إيمانويل ماكرون", "النقابات")
