"""`ما` before a verb carrying a resumptive pronoun is the relative `ما` (what), not the negator:
`وهو ما نفته الحكومة` is the government's denial, said by no first person; and it opens a clause
of its own after the trigger's object, whose parties are not that trigger's."""
from event_roles import roles


def test_the_party_after_a_resumptive_verb_denies():
    text = "أعلن المتمردون استهداف القاعدة، وهو ما نفته الحكومة الكينية."
    assert roles(text, "REJECT")[0] == "الحكومة الكينية"


def test_the_denying_party_is_no_target_of_the_attack_it_denies():
    text = "أعلن المتمردون استهداف القاعدة ما نفته الحكومة الكينية جملة وتفصيلا."
    assert roles(text, "ASSAULT") == ("المتمردون", None)
    assert roles(text, "REJECT")[0] == "الحكومة الكينية"


def test_a_joined_ma_phrase_stays_in_the_clause():
    text = "وقتل خلال الهجوم وما لحقه من قصف واشتباكات 63 من مقاتلي حركة الشباب."
    assert roles(text, "ASSAULT", trigger="قتل")[1] == "حركة الشباب المجاهدين"
