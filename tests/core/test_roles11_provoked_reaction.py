"""`وأثار X غضب Y`, `وأثارت تصريحات X غضب Y`: the party whose anger or criticism is provoked (in
construct after the reaction noun) criticises, the one who provoked it (the verb's subject, or the
owner of its subject) is criticised."""
from event_roles import roles


def test_a_leader_angering_a_state_is_the_one_criticised():
    assert roles("وأثار ترامب غضب المكسيك بتصريحاته.", "ACCUSE") == ("المكسيك", "دونالد ترامب")


def test_statements_angering_a_government_make_their_author_the_target():
    source, target = roles("وأثارت تصريحات الرئيس التركي رجب طيب أردوغان غضب الحكومة الألمانية.", "ACCUSE")
    assert (source, target) == ("الحكومة الألمانية", "رجب طيب أردوغان")


def test_remarks_angering_no_one_named_have_their_author_as_target_only():
    assert roles("وأثارت ملاحظات أردوغان غضبا على المستوى الدولي.", "ACCUSE") == (None, "رجب طيب أردوغان")


def test_an_agent_phrase_names_the_critic():
    source, _ = roles("وأثارت خطة الحكومة الإسرائيلية انتقادات عدة خصوصا من قبل الأمم المتحدة.", "ACCUSE")
    assert source == "الأمم المتحدة"
