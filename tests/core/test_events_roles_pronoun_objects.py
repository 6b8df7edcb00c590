"""Pronouns that name who undergoes an act: a verb carrying its object pronoun with its subject
right after it (`كيف قتله جندي إسرائيلي`) keeps that subject as the doer, even when the text names
no one the pronoun could stand for; a verbal noun of force with a possessive pronoun right before
an agent phrase (`إثر إصابتها برصاص الجيش`) names the one hit, the person named before it."""
from event_roles import roles


def test_the_subject_after_a_verb_with_its_object_pronoun_does_the_act():
    source, target = roles("وقال شقيق الضحية إن الفيديو يوثق كيف قتله جندي إسرائيلي.", "ASSAULT")
    assert source == "جندي إسرائيلي" and target is None


def test_a_pronoun_with_no_subject_after_still_undergoes_the_act():
    source, _ = roles("وكان خالد قاضيا في المحكمة، وحكم عليه بالسجن.", "SANCTION")
    assert source is None


def test_the_one_hit_is_the_person_the_pronoun_before_the_agent_phrase_stands_for():
    source, target = roles("وقال المتحدث باسم الوزارة إن الصحفي أحمد حسن (30 عاما) توفي إثر إصابته برصاص الجيش الإسرائيلي قرب الحدود.",
                           "ASSAULT")
    assert source == "الجيش الإسرائيلي" and target == "أحمد حسن"
