"""Event parties in a sports report: clubs, players and national teams do no PLOVER act, even in a
sentence without a word of sport; a state body in the same report still does."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)

# a match report (many sport cues), then club statements whose own sentences name no sport
MATCH = ("فاز منتخب البرتغال على منتخب إسبانيا في المباراة النهائية للبطولة. "
         "وسجل اللاعب هدفين في الشوط الثاني من المباراة على الملعب. "
         "وقال المدرب إن الكأس ثمرة عمل اللاعبين طوال الموسم. ")
CLUB_STATEMENT = "وانتقدت إسبانيا قرار البرتغال بشدة."
POLICE_ACT = "واعتقلت الشرطة الإسبانية عشرة أشخاص بعد أعمال عنف."


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_statement_between_teams_of_a_sports_report_is_no_event():
    assert types(MATCH + CLUB_STATEMENT) == []


def test_the_same_statement_in_a_political_report_is_an_event():
    assert "ACCUSE" in types("اجتمع وزراء الخارجية في بروكسل لبحث الأزمة. " + CLUB_STATEMENT)


def test_a_state_body_acting_in_a_sports_report_keeps_its_event():
    x = extract("t", MATCH + POLICE_ACT, DAY)
    assert [(e["event_type"], x.actors[e["source_actor_id"]].actor_type) for e in x.events] == [("COERCE", "government")]
