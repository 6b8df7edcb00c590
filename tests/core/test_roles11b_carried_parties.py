"""A later noun of an act (`القصف`, `المعارك`) takes the parties of the latest act of its type only
while no other party of their kind took part in an act told in between; on sentences written for
these tests."""
from event_roles import roles

STRIKE = "قصف الجيش الإسرائيلي مواقع حركة حماس في غزة."


def test_the_noun_right_after_the_act_takes_its_doer():
    source, _ = roles(STRIKE + " وأسفر القصف عن مقتل ثلاثة مسلحين.", "ASSAULT", "القصف")
    assert source == "الجيش الإسرائيلي"


def test_an_armed_party_acting_in_between_stops_the_earlier_doer_from_being_carried():
    source, target = roles(STRIKE + " وفي سياق آخر، أعلن الجيش اللبناني أن حزب الله أطلق صواريخ على الجليل."
                                    " وأسفر القصف عن مقتل ثلاثة أشخاص.", "ASSAULT", "القصف")
    assert source != "الجيش الإسرائيلي" and target != "حركة حماس"


def test_another_armed_group_attacking_in_between_is_not_followed_by_the_first_doer():
    source, _ = roles(STRIKE + " وفي الشمال، قالت منظمة حقوقية إن فصائل فلسطينية أخرى هاجمت بلدات قريبة."
                               " وأسفر القصف عن مقتل ثلاثة مسلحين.", "ASSAULT", "القصف")
    assert source != "الجيش الإسرائيلي"


def test_a_party_of_another_kind_named_in_between_leaves_the_doer_carried():
    source, _ = roles(STRIKE + " وفي سياق آخر، استقبل العاهل الأردني الرئيس المصري في عمان."
                               " وأسفر القصف عن مقتل ثلاثة مسلحين.", "ASSAULT", "القصف")
    assert source == "الجيش الإسرائيلي"


def test_a_party_of_the_same_kind_only_speaking_in_between_leaves_the_doer_carried():
    source, _ = roles(STRIKE + " وقال الجيش اللبناني إن الهدوء يسود الحدود الجنوبية."
                               " وأسفر القصف عن مقتل ثلاثة مسلحين.", "ASSAULT", "القصف")
    assert source == "الجيش الإسرائيلي"
