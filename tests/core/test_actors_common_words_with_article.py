"""A definite common word that shares its letters with a name known only without the article
(`المؤدي` / `مودي`, `السيول` / `سيول`, `الحماس` / `حماس`, the nisba `السورية` / `سورية`) names no actor;
a family name alone names the person the article named with it before the lexicon's person."""
from actor_mentions import actors_by_surface


def names(text: str) -> set[str]:
    return {a.name_ar for a in actors_by_surface(text).values()}


def test_a_participle_with_the_article_is_no_person_known_by_a_bare_family_name():
    found = names("وقال مصدر أمني إن القوات أغلقت الطريق السريع المؤدي إلى المطار.")
    assert "ناريندرا مودي" not in found
    assert "ناريندرا مودي" in names("وقال مودي إن حكومته ستدعم المزارعين.")


def test_floods_are_no_capital_and_zeal_is_no_movement():
    assert "كوريا الجنوبية" not in names("وغمرت السيول شوارع المدينة وجرفت عشرات السيارات.")
    assert "كوريا الجنوبية" in names("وأعلنت سيول أنها ستستأنف المحادثات مع جارتها الشمالية.")
    assert "حركة حماس" not in names("وقال المدرب إن الحماس كبير بين اللاعبين قبل المباراة.")
    assert "حركة حماس" in names("وقالت حماس إنها ترفض المقترح الجديد.")


def test_a_nisba_with_the_article_is_no_state_but_a_states_name_may_take_it():
    assert "سوريا" not in names("وقصفت الطائرات بلدة صغيرة في البادية السورية الممتدة شرقا، وأدانت فرنسا القصف.")
    assert "بيرو" in names("وأعلنت البيرو أنها ستنقل سفارتها إلى المدينة.")


def test_a_family_name_alone_is_the_person_the_article_named_with_it():
    """`المالكي` is Nouri al-Maliki in the lexicon; after `العقيد تركي المالكي` it is the colonel."""
    x = actors_by_surface("صرح العقيد الركن تركي المالكي أن الهجوم فشل. وأوضح المالكي أن الناقلة أصيبت.")
    assert x["المالكي"].name_ar == "تركي المالكي"
    x = actors_by_surface("وقال رئيس الوزراء العراقي نوري المالكي إن العقيد تركي المالكي أخطأ. وأضاف المالكي أن الحكومة ستحقق.")
    assert x["المالكي"].name_ar == "نوري المالكي"  # the lexicon's person is named in full too
    x = actors_by_surface("زارت إيفانكا ترامب سيول أمس. وقال الرئيس دونالد ترامب إنها ستنجح. وأضاف ترامب أن الزيارة مهمة.")
    assert x["ترامب"].name_ar == "دونالد ترامب"


def test_a_title_and_the_family_name_alone_name_the_person_named_before():
    x = actors_by_surface("صرح العقيد الركن تركي المالكي أن الهجوم فشل. وشدد العقيد المالكي على أن الهجوم إرهابي.")
    assert x["العقيد المالكي"].name_ar == "تركي المالكي"
