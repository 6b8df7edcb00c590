"""A person's name ends where the sentence's verb, or a second party joined by و, begins; an
adverb in the accusative after a title is no holder's name."""
from actor_mentions import person_names


def test_a_present_verb_after_a_name_is_not_part_of_it():
    names = person_names("وقال الصحفي إن ريتشارد هولمز يقود الحملة منذ عامين.")
    assert "ريتشارد هولمز" in names and not any("يقود" in n for n in names)
    assert not any("تنظر" in n for n in person_names("وقالت المحامية إن لورا تنظر في الملف."))


def test_a_feminine_past_verb_after_a_woman_s_name_ends_it():
    names = person_names("وذكرت الأسرة أن سارة حداد توفيت في منزلها.")
    assert "سارة حداد" in names and not any("توفيت" in n for n in names)
    assert not any("كسرت" in n for n in person_names("وقالت الصحيفة إن أمينة سالم كسرت الرقم القياسي."))


def test_a_family_name_in_ta_after_a_woman_s_name_stays():
    assert "ماري غرانت" in person_names("وقالت الكاتبة ماري غرانت إن المعرض يفتح أبوابه غدا.")


def test_given_names_that_look_like_verbs_stay_in_the_name():
    assert "سامي يوسف" in person_names("وقال سامي يوسف إن الفريق جاهز للمباراة.")
    assert "خالد تامر" in person_names("وأكد خالد تامر أن المشروع سينتهي قريبا.")


def test_wa_and_a_plural_of_people_is_a_second_party():
    names = person_names("والتقى الوزير بالسفير جون ميلر ومسؤولين من السفارة.")
    assert not any("مسؤولين" in n for n in names)


def test_an_accusative_adverb_after_a_title_is_no_name():
    names = person_names("وقال الرئيس الفرنسي ردا على سؤال إن الحوار مستمر.")
    assert not any(n in ("ردا", "رد") for n in names)
    assert "تعليقا" not in person_names("وقال الوزير تعليقا على القرار إنه مفاجئ.")


def test_a_second_person_joined_by_wa_is_a_person_of_her_own():
    names = person_names("وحضر العرض سامي حداد وفيفي منصور وعدد من الفنانين.")
    assert "سامي حداد" in names and not any("وفيفي" in n for n in names)
    names = person_names("وتقاسم الجائزة جون ميلر وبول هارتمان هذا العام.")
    assert "جون ميلر" in names and "بول هارتمان" in names


def test_a_clause_in_wa_after_a_full_name_is_not_part_of_it():
    names = person_names("وبحث الوزيران احتجاز القس أندرو مارتن ووضع العلاقات بين البلدين.")
    assert "أندرو مارتن" in names and not any("ووضع" in n for n in names)


def test_a_family_name_in_wa_of_the_faail_shape_stays():
    assert "منى واصف" in person_names("وشاركت في العرض الممثلة منى واصف.")


def test_a_derived_past_verb_alone_after_a_title_is_no_name():
    names = person_names("وقالت المصادر إن الفريق امتلك أدلة كافية على الاختراق.")
    assert "امتلك" not in names
    names = person_names("وأضاف أن الفريق اخترق أنظمة الشركة خلال ساعات.")
    assert "اخترق" not in names
