"""Things that "speak" (a study, the documents, an investigation): the claim and its source
text stay, but no actor is made of a document or an abstraction, and no other speaker is
put in its place. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def run(text):
    return extract("t", text, DAY)


def test_a_study_that_says_keeps_its_claim_and_makes_no_actor():
    ex = run("وقالت الدراسة إن النوم الكافي يحسن الذاكرة لدى الأطفال.")
    assert [(c["source_text"], c["source_actor_id"]) for c in ex.claims] == [("الدراسة", None)]
    assert ex.claims[0]["content"].startswith("إن النوم الكافي")
    assert not any(a.actor_type == "other" for a in ex.actors.values())


def test_the_thing_goes_on_speaking_and_no_earlier_speaker_takes_its_place():
    ex = run("وقال الوزير سامي العلي إن الميزانية متوازنة. "
             "وتشير الوثائق الجديدة إلى أن العجز ارتفع. وأضافت أن الديون تضاعفت.")
    sources = [(c["source_text"], c["source_actor_id"]) for c in ex.claims]
    assert sources[1:] == [("الوثائق الجديدة", None), ("الوثائق الجديدة", None)]
    assert all(a.name_ar != "الوثائق الجديدة" for a in ex.actors.values())


def test_a_definite_group_of_people_in_the_slot_is_still_an_actor():
    ex = run("وقال المنظمون إن المهرجان سيقام في موعده.")
    assert [c["source_text"] for c in ex.claims] == ["المنظمون"]
    assert ex.claims[0]["source_actor_id"] is not None


def test_a_known_given_name_and_a_definite_family_name_is_a_person():
    ex = run("قال ناصر القدوة، وزير الخارجية السابق، إن المفاوضات متعثرة. وأوضح القدوة أن الحل ممكن.")
    ids = [c["source_actor_id"] for c in ex.claims]
    assert len(ids) == 2 and ids[0] == ids[1]
    assert ex.actors[ids[0]].actor_type == "person" and ex.actors[ids[0]].name_ar == "ناصر القدوة"


def test_what_a_describing_verb_describes_before_bi_anna_is_its_object_not_its_speaker():
    ex = run("وقال الرئيس الفرنسي إن الاتفاق مهم، ووصف المحادثات بأنها بناءة.")
    found = [(c["source_text"], c["content"]) for c in ex.claims]
    assert found == [("الرئيس الفرنسي", "إن الاتفاق مهم"), ("الرئيس الفرنسي", "المحادثات بأنها بناءة")]
