"""`وشهدت روسيا مظاهرات`, `شهدت فرنسا أسوأ اعتداء`: a state that is the subject of a verb of being
the scene of (event_roles.tsv role `witness`) is where the act happened, not its doer."""
from event_roles import roles


def test_a_state_that_saw_protests_did_not_protest():
    source, _ = roles("وشهدت روسيا مظاهرات حاشدة ضد رفع سن التقاعد.", "PROTEST")
    assert source is None


def test_a_state_that_saw_an_attack_did_not_attack():
    source, _ = roles("وشهدت فرنسا العام الماضي أسوأ اعتداء في تاريخها.", "ASSAULT")
    assert source is None


def test_a_state_named_as_a_party_after_the_trigger_stays_its_party():
    assert roles("وشهدت القاهرة أمس اجتماعات بين مصر والسودان حول سد النهضة.", "CONSULT") == ("مصر", "السودان")
