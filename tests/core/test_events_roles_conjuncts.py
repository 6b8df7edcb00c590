"""Parties joined by `و` to a party a preposition governs share that preposition: they are the
ones met or acted on, never the subject of a later act; on sentences written for these tests."""
from event_roles import roles


def test_a_group_joined_to_the_object_of_maa_is_no_subject_of_the_next_noun():
    text = "وأجرى غوتيريش لقاءات مع الحكومة العراقية وقيادات حزب الدعوة، بجانب مباحثات إقليمية."
    assert roles(text, "CONSULT", "مباحثات")[0] == "أنطونيو غوتيريش"


def test_a_party_joined_to_the_object_of_maa_after_its_adjective_is_no_subject():
    text = "وعقد غوتيريش اجتماعات مع الحكومة العراقية الجديدة وقادة حزب الدعوة، بجانب مشاورات إقليمية."
    assert roles(text, "CONSULT", "مشاورات")[0] == "أنطونيو غوتيريش"


def test_two_parties_under_maa_are_no_pair_acting_together():
    text = "وعقد غوتيريش لقاءات مع الحكومة العراقية وحزب الدعوة، بجانب مباحثات إقليمية."
    assert roles(text, "CONSULT", "مباحثات")[0] != "الحكومة العراقية"


def test_two_parties_joined_before_a_verb_still_act_together():
    assert roles("ماكرون وروحاني تحدثا هاتفيا عن الاتفاق النووي.", "CONSULT") == ("إيمانويل ماكرون", "حسن روحاني")


def test_the_party_before_a_passive_verb_with_an_agent_phrase_undergoes_it():
    assert roles("وقال المرصد إن الناشط حسن اعتقل من قبل الشرطة المصرية أمس.", "COERCE")[0] == "الشرطة المصرية"


def test_two_parties_invited_to_talks_right_before_them_talk_together():
    text = "وجاء ذلك مع دعوة مصر للأردن والعراق إلى مباحثات حول المياه."
    assert roles(text, "CONSULT", "مباحثات") == ("الأردن", "العراق")
