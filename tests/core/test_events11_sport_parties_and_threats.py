"""A sentence with sport cues silences a club's or a player's acts, not a head of state's meeting
beside them; a harsh response announced threatens; a party held responsible for an attack is
accused; insulting names accuse (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_heads_of_state_meeting_before_a_final_still_meet():
    assert types("والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره الروسي فلاديمير بوتين قبل المباراة النهائية "
                 "لكأس العالم في كرة القدم.") == ["CONSULT"]


def test_a_coach_criticising_a_player_after_a_final_is_no_event():
    assert types("وانتقد مدرب المنتخب اللاعب بعد المباراة النهائية لكأس العالم في كرة القدم.") == []


def test_a_harsh_response_announced_threatens():
    assert types("وقال السفير إن رد موسكو سيكون قاسيا.") == ["THREATEN"]
    assert types("وأضاف أن بريطانيا تستحق ردا صارما.") == ["THREATEN"]


def test_a_party_held_responsible_for_an_attack_is_accused_a_claim_is_not():
    assert "ACCUSE" in types("وقالت السفيرة إنها واثقة من أن روسيا مسؤولة عن الهجوم.")
    assert "ACCUSE" not in types("وأعلن التنظيم مسؤوليته عن الهجوم.")
    assert types("وقال المسؤول عن الملف إن العمل مستمر.") == []


def test_people_called_by_an_insulting_name_is_an_accusation():
    assert types("ووصف الرئيس المهاجرين بالحيوانات.") == ["ACCUSE"]
