"""Follow-ups of the event types: an invitation to visit is one event (AGREE), and one word of sport
does not silence a shooting in a report of no sport."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2025, 3, 4)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


# an invitation to visit: the visit invited to is no visit made

def test_inviting_a_president_to_visit_is_agree_alone():
    assert types("ودعا الرئيس البرازيلي نظيره الأرجنتيني لزيارة برازيليا.") == ["AGREE"]


def test_an_invitation_noun_with_the_guest_between_is_agree_alone():
    assert types("ووجه الملك دعوة إلى رئيس الوزراء الهندي لزيارة الرياض.") == ["AGREE"]


def test_a_visit_made_stays_a_visit():
    assert types("وزار الرئيس البرازيلي الأرجنتين الأسبوع الماضي.") == ["CONSULT"]


def test_talks_held_after_a_verb_of_holding_stay_one_meeting():
    assert types("وأجرى وزير الخارجية الياباني محادثات مع نظيره الهندي.") == ["CONSULT"]


# one sport word in a report of no sport

def test_a_recruit_shooting_his_instructor_is_an_attack():
    assert types("وأطلق مجند النار على المدرب داخل قاعدة عسكرية في الولاية.") == ["ASSAULT"]


def test_a_move_of_a_match_in_a_sentence_with_two_sport_words_is_no_attack():
    assert types("وشن لاعبو الفريق هجوما سريعا على المرمى.") == []


def test_a_shooting_in_a_sports_report_between_players_is_dropped():
    report = ("فاز منتخب البرازيل على منتخب الأرجنتين في المباراة النهائية للبطولة. "
              "وسجل اللاعب هدفين في الشوط الثاني من المباراة على الملعب. "
              "وقال المدرب إن الكأس ثمرة عمل اللاعبين طوال الموسم. ")
    assert types(report + "وأطلق المدرب النار في الشوط الأول.") == []
