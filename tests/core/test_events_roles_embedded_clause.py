"""A clause embedded after an act's object — a relative clause on another noun (`قصفت المستشفى
الذي زاره X`) or one opened by a complementizer (`بعد أن أطلقت الشرطة`) — names its own
parties, not the act's target; a relative clause on the act itself (`القمة التاريخية التي ستعقد مع
X`) still names the act's parties, and acts said in words (`طالب بأن تفرج X`) keep their content's party."""
from event_roles import roles


def test_a_party_in_a_later_clause_is_no_target_of_an_arrest():
    text = "واعتقلت الشرطة التركية الزوجين في إسطنبول، بعد أن أطلقت الشرطة الدولية (الإنتربول) حملة للبحث عنهما."
    source, target = roles(text, "COERCE")
    assert source == "الشرطة التركية" and target is None


def test_the_subject_of_a_relative_clause_on_the_object_is_no_target():
    text = "وقصفت الطائرات الروسية المستشفى الذي زاره الأمين العام للأمم المتحدة الشهر الماضي."
    source, target = roles(text, "ASSAULT")
    assert source == "الجيش الروسي" and target is None


def test_a_relative_clause_on_the_meeting_itself_names_its_party():
    text = "واستبق الرئيس الأمريكي دونالد ترامب القمة التاريخية التي ستعقد مع الزعيم الكوري الشمالي كيم جونغ أون بتصريحات إيجابية."
    _, target = roles(text, "AGREE")  # a meeting still to be held is AGREE
    assert target == "كيم جونغ أون"


def test_a_demand_keeps_the_party_its_content_names():
    text = "وطالبت منظمة العفو الدولية بأن تفرج الحكومة المصرية عن الصحفيين."
    source, target = roles(text, "REQUEST")
    assert source == "منظمة العفو الدولية" and target == "الحكومة المصرية"
