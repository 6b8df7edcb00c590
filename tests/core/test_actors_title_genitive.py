"""An indefinite title in construct with a definite noun (`حاكم الولاية`, `رئيس المهرجان`) and
then a name: the name is the holder's, though its given name is unknown; the bare title later
refers back to the holder."""
from actor_mentions import actors_by_surface, person_names


def test_a_name_after_a_title_and_its_genitive_is_a_person():
    assert "ريك سكوت" in person_names("وقال حاكم الولاية ريك سكوت إن الإعصار سيكون مدمرا.")
    assert "هيرمان ماشابا" in person_names("وقال عمدة المدينة هيرمان ماشابا إن الشركة ستغلق أبوابها.")


def test_the_title_with_its_genitive_later_names_the_same_holder():
    found = actors_by_surface("وقال حاكم الولاية ريك سكوت إن الإعصار مدمر. وأضاف حاكم الولاية أن الأضرار كبيرة.")
    assert found["حاكم الولاية"].name_ar == "ريك سكوت"


def test_a_conjunct_or_a_clause_after_the_genitive_is_no_name():
    assert not person_names("وحضر أستاذ الأشعة والطب النفسي وعلوم السلوك الندوة.")
    assert not person_names("وأشاد رئيس الحكومة بالجيش الوطني في كلمته.")
    assert "محمود عباس" in person_names("وتحدثت الصحف عن الوضع الصحي للرئيس الفلسطيني محمود عباس أمس.")
