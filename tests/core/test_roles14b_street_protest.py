"""Forces of order never protest, nor does a state or a government hold street protests
(event_roles.tsv role `street_protest`): such a source is the one the protest meets."""
from event_roles import roles


def test_an_army_shooting_during_protests_does_not_protest():
    text = "قتل متظاهران برصاص الجيش الإسرائيلي الجمعة خلال تظاهرات قرب السياج."
    assert roles(text, "PROTEST")[0] is None


def test_a_government_facing_demonstrations_does_not_demonstrate():
    text = "وتواجه الحكومة المصرية ضغوطا متزايدة بسبب استمرار المظاهرات في الشوارع."
    assert roles(text, "PROTEST")[0] is None


def test_police_dispersing_a_demonstration_do_not_demonstrate():
    assert roles("وفرقت الشرطة التركية مظاهرة غير مرخصة في إسطنبول.", "PROTEST")[0] is None


def test_a_state_protesting_in_words_still_protests():
    source, _ = roles("واستدعت إيران السفير الألماني احتجاجا على اعتقال دبلوماسي.", "PROTEST")
    assert source == "إيران"


def test_a_crowd_demonstrating_against_its_government_keeps_both_roles():
    assert roles("وخرج آلاف الأردنيين في مظاهرات ضد الحكومة الأردنية.", "PROTEST") == ("الأردنيين", "الحكومة الأردنية")
