"""`واعتقل الناشط الحقوقي X`, `وقتل الصحفي المصري المعروف X`: definite adjectives and a nationality
may stand between the civilian noun (event_roles.tsv role `civilian`) and the name: the verb is still
passive and the person the one it is done to."""
from event_roles import roles


def test_an_activist_described_by_an_adjective_is_arrested():
    assert roles("واعتقلت الناشطة الحقوقية سارة أحمد في القاهرة.", "COERCE") == (None, "سارة أحمد")


def test_a_prominent_journalist_is_arrested():
    assert roles("واعتقل الصحفي البارز أحمد منصور في أبوظبي.", "COERCE") == (None, "أحمد منصور")


def test_a_nationality_and_an_adjective_before_the_name():
    assert roles("وقتل الصحفي المصري المعروف محمد علي في حلب.", "ASSAULT") == (None, "محمد علي")


def test_the_police_named_after_the_verb_still_arrest():
    source, _ = roles("واعتقلت الشرطة المصرية الناشط أحمد منصور.", "COERCE")
    assert source == "الشرطة المصرية"
