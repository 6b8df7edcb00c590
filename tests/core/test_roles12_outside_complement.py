"""`تظهر تقارير المخابرات أنه هجوم إرهابي`: a party named before `أن`/`إن`, or before a pronoun
`أنه`/`أنها` opening a clause about a thing (a noun after it, no verb), belongs to the outer clause;
the act the complement names is not its deed. A pronoun with a verb after it (`أنه قصف`) is still
the speaker acting."""
from event_roles import roles


def test_the_intelligence_that_reports_an_attack_did_not_attack():
    source, _ = roles("وقال الرئيس البنمي إن تقارير المخابرات الأمريكية تظهر بوضوح أنه هجوم إرهابي.",
                      "ASSAULT", "هجوم")
    assert source != "المخابرات الأمريكية"


def test_lawmakers_calling_remarks_an_insult_to_victims_did_not_attack():
    source, _ = roles("واعتبر نواب في مجلس العموم البريطاني أنها إهانة لضحايا اعتداء مانشستر.",
                      "ASSAULT", "اعتداء")
    assert source is None


def test_a_pronoun_before_its_verb_is_still_the_army_that_struck():
    source, _ = roles("وقال الجيش الإسرائيلي إنه قصف مواقع لحركة حماس في غزة.", "ASSAULT")
    assert source == "الجيش الإسرائيلي"


def test_a_plural_verb_after_a_particle_keeps_the_gunmen_named_before():
    source, _ = roles("وأظهرت لقطات فيديو أربعة مسلحين ملثمين يطلقون النار، وقد هددوا السكان في الحي.",
                      "THREATEN", "هددوا")
    assert source == "مسلحين"


def test_a_past_verb_after_the_pronoun_keeps_the_army_that_announced_its_strikes():
    source, _ = roles("أعلن الجيش الإسرائيلي الأربعاء أنه ضرب عشرين هدفا لحركة حماس بغارات جوية في قطاع غزة.",
                      "ASSAULT")
    assert source == "الجيش الإسرائيلي"


def test_a_verb_with_its_own_waw_after_the_pronoun_keeps_the_government_that_coordinates():
    source, _ = roles("وأكدت الحكومة المالطية أنها وفت بالتزاماتها كلها حول تنسيق عمليات الإنقاذ في البحر.",
                      "COOPERATE")
    assert source == "الحكومة المالطية"
