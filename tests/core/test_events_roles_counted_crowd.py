"""A verb of gathering or marching with a count after it (`وتجمع آلاف ...`) is done by the crowd
counted, not by a party named in an earlier sentence."""
from event_roles import roles


def test_a_counted_crowd_of_protesters_marches_itself():
    source, _ = roles("وأغلقت الشرطة الشوارع. وتظاهر آلاف المحتجين أمام مقر الحكومة في العاصمة.", "PROTEST")
    assert source == "المحتجين"


def test_a_counted_crowd_naming_no_actor_takes_no_doer_from_the_sentence_before():
    source, _ = roles("وقصفت القوات الروسية القرية. وتجمع مئات في الساحة الرئيسية للمطالبة بوقف القصف.", "PROTEST")
    assert source is None


def test_a_count_after_a_request_is_of_the_things_asked_not_a_crowd():
    source, _ = roles("وطالب وزير الخارجية الأمريكي مايك بومبيو بوقف القصف، ثم طالب بثلاثة إجراءات جديدة.", "REQUEST",
                      trigger="طالب")
    assert source == "مايك بومبيو"
