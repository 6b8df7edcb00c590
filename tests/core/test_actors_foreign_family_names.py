"""After a known foreign given name, a transliterated family name whose letters look like an
Arabic verb or prefixed word (`-سون`, `تش-`, ب before ي) is the family name."""
from actor_mentions import person_names


def test_a_family_name_in_ta_ending_like_a_plural_verb():
    assert "ريكس هندرسون" in person_names("وقال ريكس هندرسون إن الشركة ستعلن نتائجها غدا.")
    assert "بيتر تيمرمان" in person_names("وأكد بيتر تيمرمان أن المفاوضات مستمرة.")


def test_a_family_name_opening_with_the_digraph_tsh():
    assert "مارلين تشيكارا" in person_names("وقالت مارلين تشيكارا إن القانون الجديد يحمي الأطفال.")


def test_a_family_name_opening_with_ba_and_ya():
    assert "ستيف بيرنز" in person_names("وقال المستشار السابق ستيف بيرنز إن الحملة خسرت دعمها.")


def test_a_place_or_verb_after_the_given_name_is_still_no_family_name():
    names = person_names("وقال جون بين الحضور إن المؤتمر ناجح.")
    assert not any("بين" in n.split() for n in names)
    names = person_names("وقالت ماريا تشاركون في المعرض منذ سنوات.")
    assert not any("تشاركون" in n for n in names)


def test_a_foreign_given_name_after_a_preposition_opens_a_name():
    assert "ريكس هندرسون" in person_names("وعين الرئيس وزيرا جديدا خلفا لريكس هندرسون.")
    assert "إيفانكا ميلر" in person_names("وسحبت المتاجر العلامة التجارية الخاصة بإيفانكا ميلر.")


def test_committees_are_no_jean():
    names = person_names("وقال المتحدث إن لجان التحقيق بدأت عملها أمس.")
    assert not any("التحقيق" in n for n in names)
