"""Event classes the twelfth session's trigger and type helpers left: mourning read as name-calling,
`أبعد` sending people away, force that would have been used (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_mourning_the_dead_is_no_accusation():
    assert types("ونعت وزيرة الثقافة الكاتب الراحل في بيان رسمي.") == []
    assert types("ونعته زوجته قائلة إنه رحل بهدوء بين أهله.") == []


def test_calling_a_party_names_stays_an_accusation():
    assert types("ونعت الوزيرة المعارضين بالخونة.") == ["ACCUSE"]
    assert types('ونعت الرئيس الاتفاق النووي بـ"الكارثي".') == ["ACCUSE"]
    assert types("ونعتها النواب بأنها كاذبة.") == ["ACCUSE"]


def test_an_apology_in_the_first_person_is_no_name_calling():
    assert types("نعتذر عن الخطأ الذي وقع أمس.") == ["CONCEDE"]


def test_diplomats_sent_away_are_expelled_as_with_tarada():
    events = extract("t", "وأبعدت الحكومة ثلاثة دبلوماسيين من البلاد.", DAY).events
    assert [(e["event_type"], e["event_mode"]) for e in events] == [("SANCTION", "expel")]
    assert types("وقررت الحكومة إبعاد السفير.") == ["SANCTION"]


def test_migrants_sent_out_are_deported():
    assert types("وأبعدت السلطات العام الماضي عشرات المهاجرين.") == ["COERCE"]


def test_an_injury_keeping_a_player_away_is_no_act():
    assert types("وتعافى اللاعب من الإصابة التي أبعدته عن الملاعب شهرين.") == []
    assert types("وقال إن سياسة الحكومة أبعدت البلاد عن جيرانها.") == []


def test_force_that_would_have_been_used_is_no_threat():
    assert "THREATEN" not in types("وقال المحلل إن واشنطن كانت ستفرض عقوبات جديدة لو لم تتراجع الشركة.")
    assert "THREATEN" not in types("وكان الجيش سيقصف المدينة لولا تدخل الوسطاء.")
    assert types("وقال الوزير إن بلاده ستفرض عقوبات على الشركة.") == ["THREATEN"]


def test_a_gunman_attacking_offices_is_an_assault_not_criticism():
    assert types("وهاجم مسلح مكاتب الصحيفة في العاصمة.") == ["ASSAULT"]
    assert types("وكان المسلح جون سميث قد هاجم مقر صحيفة محلية في الولاية.") == ["ASSAULT"]


def test_a_leader_attacking_a_state_with_missiles_is_an_assault():
    assert types("وهاجم الرئيس الأمريكي دونالد ترامب سوريا بالصواريخ.") == ["ASSAULT"]


def test_a_leader_attacking_a_state_or_a_newspaper_in_words_stays_an_accusation():
    assert types("وهاجم الرئيس الأمريكي دونالد ترامب الصين بسبب العجز التجاري.") == ["ACCUSE"]
    assert types("وهاجم الرئيس الأمريكي دونالد ترامب صحيفة نيويورك تايمز.") == ["ACCUSE"]


def test_talks_said_to_have_ended_lasted_or_covered_a_matter_took_place():
    assert types("وانتهت المحادثات مساء الأحد.") == ["CONSULT"]
    assert types("واستغرقت المفاوضات ثلاث ساعات.") == ["CONSULT"]
    assert types("وتركزت المباحثات على الأمن الإقليمي.") == ["CONSULT"]
    assert types("وأجريت المحادثات في القصر الرئاسي.") == ["CONSULT"]


def test_a_warning_with_a_condition_is_a_threat():
    assert types("وحذر الوزير الحركة من رد قاس في حال هاجمت السفن.") == ["THREATEN"]
