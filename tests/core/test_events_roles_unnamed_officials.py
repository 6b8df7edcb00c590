"""Unnamed officials only the claim rule finds (`أعلن مسؤولون ...`) are parties of the acts
in their own words, not replaced by a party named sentences before."""
from event_roles import roles


def test_unnamed_officials_who_say_they_reached_a_deal_are_its_source():
    source, target = roles("ورفضت الحكومة الليبية المطالب. وقال مسؤولون كبار إنهم توصلوا إلى اتفاق "
                           "مع الحكومة الليبية.", "AGREE")
    assert source is not None and source.startswith("مسؤولون")
    assert target == "الحكومة الليبية"


def test_unnamed_reports_are_no_party_of_the_act_they_tell_of():
    source, _ = roles("وقصفت القوات الروسية مواقع المسلحين. وأفادت تقارير بأنها قصفت المواقع مجددا.", "ASSAULT",
                      trigger="قصفت")
    assert source is None or not source.startswith("تقارير")


def test_unnamed_officials_who_announce_a_deal_named_by_a_noun_are_its_source():
    source, target = roles("ورفضت الحكومة الأمريكية المطالب. وأعلن مسؤولون كبار التوصل إلى اتفاق مع الحكومة الليبية.",
                           "AGREE")
    assert source is not None and source.startswith("مسؤولون")
    assert target == "الحكومة الليبية"
