"""Whose act is it: roles read from the clause an event stands in, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def names(text, event_type):
    """(source, target) names of the one event of the type."""
    x = extract("t", text, DAY)
    [e] = [e for e in x.events if e["event_type"] == event_type]
    name = lambda a: x.actors[a].name_ar if a else None
    return name(e["source_actor_id"]), name(e["target_actor_id"])


def test_the_one_condemning_is_not_the_attacker():
    source, _ = names("وأدان الاتحاد الأوروبي الغارات على غزة.", "ASSAULT")
    assert source is None
    source, _ = names("الاتحاد الأوروبي أدان الغارات على غزة.", "ASSAULT")
    assert source is None


def test_an_agent_phrase_belongs_to_the_act_it_follows():
    source, target = names("وأدان الاتحاد الأوروبي مقتل صحفي برصاص الجيش الإسرائيلي.", "ACCUSE")
    assert source == "الاتحاد الأوروبي" and "الجيش" in target
    source, target = names("وأدان الاتحاد الأوروبي مقتل صحفي برصاص الجيش الإسرائيلي.", "ASSAULT")
    assert "الجيش" in source and target is None


def test_a_resumptive_verb_names_the_doer_of_its_own_noun():
    assert names("وأدان الاتحاد الأوروبي الهجوم الذي شنته روسيا على أوكرانيا.", "ACCUSE")[0] == "الاتحاد الأوروبي"
    assert names("وأدان الاتحاد الأوروبي الهجوم الذي شنته روسيا على أوكرانيا.", "ASSAULT") == ("روسيا", "أوكرانيا")


def test_the_accused_party_after_the_accuser_is_the_doer_of_the_act_it_is_accused_of():
    assert names("واتهمت إيران إسرائيل بقصف مواقع في سوريا.", "ACCUSE") == ("إيران", "إسرائيل")
    assert names("واتهمت إيران إسرائيل بقصف مواقع في سوريا.", "ASSAULT")[0] == "إسرائيل"


def test_a_coordinated_verb_keeps_the_subject():
    assert names("وأدان الاتحاد الأوروبي الهجوم ودعا إلى ضبط النفس.", "REQUEST")[0] == "الاتحاد الأوروبي"
