"""A man of a nation released or arrested (`إطلاق سراح أميركي`: a masculine nisba after an
indefinite noun of release or force, event_roles.tsv role `patient`) undergoes the act: his nation
is not its doer, named in the text or not; a feminine nisba is still the doer's adjective
(`اعتقالات إسرائيلية`). The genitive of a verb's own noun of release (`أطلقت سراح الأميركي X`) is
the one released."""
from event_roles import roles


def test_a_national_released_is_no_doer():
    assert roles("رغم إطلاق سراح أميركي.", "RETREAT") == (None, None)


def test_a_national_released_is_no_doer_when_his_state_is_named():
    text = "وزار الرئيس الأمريكي دونالد ترامب ولاية فلوريدا. وجاء القرار بعد أيام من إطلاق سراح أميركي في كاراكاس."
    source, _ = roles(text, "RETREAT", "إطلاق سراح")
    assert source != "الولايات المتحدة"


def test_a_feminine_nisba_still_names_the_doer():
    source, _ = roles("وتحدثت التقارير عن اعتقالات إسرائيلية في الضفة الغربية.", "COERCE")
    assert source == "إسرائيل"


def test_the_genitive_of_a_release_verbs_noun_is_released():
    source, target = roles("وكانت الحكومة الفنزويلية أعلنت أنها أطلقت سراح الأميركي جوشوا هولت.", "RETREAT")
    assert target == "جوشوا هولت" and source != "جوشوا هولت"
