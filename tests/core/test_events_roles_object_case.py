"""Case and government decide roles where word order does not. A definite sound plural in the
object case (`-ين`) right after a verb marked as one (`وطردت المصلين`) is its object, never its
subject (which would read `المصلون`); after a noun it stays the noun's genitive (`هجوم
الجهاديين`: the jihadists attack). A party right after a verb whose object is the trigger, a
verbal noun (`أعلن الحوثيون استهداف المطار بقصف`), speaks of the act and does not undergo it."""
from event_roles import roles


def test_worshippers_after_a_feminine_verb_are_expelled():
    text = "وقالت المنظمة إن الشرطة التركية أغلقت أبواب المسجد وطردت المصلين من ساحاته."
    assert roles(text, "SANCTION") == ("الشرطة التركية", "المصلين")


def test_protesters_after_a_conjoined_verb_are_arrested():
    assert roles("وأغلقت الشرطة الساحة واعتقلت المحتجين.", "COERCE") == ("الشرطة", "المحتجين")


def test_a_nominative_plural_is_still_the_subject():
    assert roles("وانتقد المحتجون الحكومة.", "ACCUSE")[0] == "المحتجون"


def test_a_state_whose_name_ends_like_a_plural_is_still_the_subject():
    assert roles("واتهمت الصين الولايات المتحدة.", "ACCUSE") == ("الصين", "الولايات المتحدة")


def test_the_genitive_after_an_attack_noun_is_its_doer():
    assert roles("وتمكن الجيش مع مسلحين محليين من صد هجوم الجهاديين في المدينة.", "ASSAULT")[0] == "الجهاديين"


def test_the_party_announcing_a_strike_is_not_struck():
    text = "أعلن الحوثيون الخميس استهداف مطار أبوظبي الدولي بقصف نفذته طائرة بدون طيار."
    assert roles(text, "ASSAULT")[1] is None


def test_a_ministry_reporting_deaths_is_not_hit():
    assert roles("وأكدت الوزارة مقتل ثلاثة جنود بقصف مدفعي.", "ASSAULT")[1] is None


def test_killers_named_in_a_relative_clause_do_the_killing():
    text = "وقالت المرأة التي قتل المسلحون زوجها إن القرية تعيش في خوف."
    assert roles(text, "ASSAULT") == ("المسلحون", None)


def test_a_killing_noun_after_min_keeps_its_victim():
    text = "وفي الجبهة نفسها، قتل القيادي أحمد علي، بعد أسبوعين من مقتل شقيقه إبراهيم سالم في الساحل."
    assert roles(text, "ASSAULT", trigger="مقتل")[1] == "إبراهيم سالم"


def test_gunmen_with_an_object_after_them_kill():
    assert roles("وقتل مسلحون 18 شخصا في القرية.", "ASSAULT")[0] == "مسلحون"


def test_gunmen_with_no_object_after_them_are_killed():
    assert roles("وقتل مسلحون في الهجوم.", "ASSAULT") == (None, "مسلحون")
