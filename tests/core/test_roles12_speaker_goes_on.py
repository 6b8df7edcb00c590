"""`أعلن X دعمه ...، وأضاف أنه سيزور بغداد`: a reporting verb joined by `و` whose words follow it at
once has its subject dropped, so the one who spoke before speaks on, and after `أنه` + a verb the
place after the verb is its object, not its subject. `إنها تدين الهجوم`: the act a speaker reacts
to in its words is not the speaker's."""
from event_roles import roles


def test_the_president_who_goes_on_speaking_is_the_one_who_will_visit():
    source, _ = roles("أعلن الرئيس الفرنسي إيمانويل ماكرون دعمه للحكومة العراقية، وأضاف أنه سيزور بغداد "
                      "الشهر المقبل.", "AGREE")
    assert source == "إيمانويل ماكرون"


def test_a_ministry_condemning_an_attack_in_its_words_did_not_attack():
    source, _ = roles("وقالت وزارة الخارجية الروسية في بيان إنها تدين الهجوم على السفارة.", "ASSAULT")
    assert source != "وزارة الخارجية الروسية"


def test_the_critic_named_after_a_verbal_noun_criticises_not_the_speaker():
    source, _ = roles("وقال الدبلوماسي الألماني فولفغانغ إيشينغر إنه على الرغم من انتقاد دونالد ترامب فإن "
                      "الحلف في أفضل حالاته.", "ACCUSE", "انتقاد")
    assert source == "دونالد ترامب"
