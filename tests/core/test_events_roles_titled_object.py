"""A person named right after a title that a preposition governs (`مع رئيس الوزراء الإيطالي X`,
`برئيس الوزراء X`) is that preposition's object, like the title, never the clause's subject (nor
the owner of the possessed noun after it: `مع رئيس الوزراء X رفضه`); and the head of the trigger's relative
clause does its act though a preposition governs it (`للرئيس X الذي تنحى`, `مع منظمة X التي تنفي`),
not a place or topic it stands in (`الصحفية في بي بي سي التي زارت`)."""
from event_roles import roles


def test_a_titled_person_after_with_is_no_subject_of_the_act_after():
    source, _ = roles("وأعلن ترامب في مؤتمر صحفي مع رئيس الوزراء الإيطالي جوزيبي كونتي رفضه الاتفاق النووي.", "REJECT")
    assert source == "دونالد ترامب"


def test_a_titled_person_after_with_owns_no_criticism_after_him():
    source, _ = roles("وجدد ترامب في مؤتمر صحفي مع رئيس الوزراء الإيطالي جوزيبي كونتي انتقاده للاتفاق النووي.", "ACCUSE")
    assert source == "دونالد ترامب"


def test_a_titled_person_met_after_a_proclitic_preposition_stays_the_one_met():
    source, target = roles("والتقى الرئيس الفرنسي إيمانويل ماكرون برئيس الوزراء الإيطالي جوزيبي كونتي في روما.", "CONSULT")
    assert (source, target) == ("إيمانويل ماكرون", "جوزيبي كونتي")


def test_the_governed_head_of_a_relative_clause_does_its_act():
    source, _ = roles("وانتخب البرلمان الكوبي زعيما جديدا خلفا للرئيس راؤول كاسترو الذي تنحى بعد عشر سنوات.", "RETREAT")
    assert source == "راؤول كاسترو"


def test_a_body_after_with_denies_in_its_relative_clause():
    source, _ = roles("وأجرت الهيئة تحقيقا مع منظمة أوكسفام التي تنفي وجود أي تستر.", "REJECT")
    assert source == "منظمة أوكسفام"
