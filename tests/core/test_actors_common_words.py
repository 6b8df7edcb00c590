"""Common words that share their letters with a name, a title's holder or a body's name: no actor."""
from actor_mentions import actors_by_surface as actor_types, person_names


def test_a_family_name_with_the_article_is_not_read_in_the_bare_verb_or_noun():
    # `الشرع` and `البرهان` are family names with the article; `شرع` (began) and `برهان` (proof) are not
    assert not person_names("وشرع العمال في ترميم الجسر القديم صباح اليوم.")
    assert not person_names("ولم يقدم الادعاء برهانا واحدا، وقال القاضي إن برهان الادعاء ضعيف.")
    assert not person_names("واجتمع مالكي المصانع مع وزير الاقتصاد.")


def test_the_family_name_with_its_article_still_names_the_person():
    assert "أحمد الشرع" in person_names("وقال الشرع إن الحكومة الجديدة ستجتمع غدا.")
    assert "عبد الفتاح البرهان" in person_names("واستقبل البرهان وفدا من رجال الأعمال.")


def test_an_adjunct_after_a_title_is_not_the_holders_name():
    for text in ("وطالب البابا بنشر التقرير كاملا.",
                 "وتوفي الملك عام 1880 في قصره الصيفي.",
                 "وقال الوزير مازحا إن الطقس لا يساعد أحدا.",
                 "وجاء الرد بعد أن اتهم الرئيس بغرض الانتقام من خصومه."):
        assert not person_names(text), text


def test_a_foreign_name_after_a_title_is_still_a_name():
    assert "توماس كيلر" in person_names("وقال السفير توماس كيلر إن بلاده ستساعد.")
    assert "بيتر لانغ" in person_names("وقال الوزير بيتر لانغ إن بلاده ستساعد.")


def test_organising_an_event_is_no_organisation():
    for text in ("وتستعد اللجنة لتنظيم الانتخابات البلدية في موعدها.",
                 "ودعت النقابة إلى تنظيم مسيرة حاشدة أمام البرلمان.",
                 'وبدأ الطلاب بتنظيم "مسيرات الغضب" في ساحات الجامعة.'):
        found = actor_types(text)
        assert all(not surface.startswith(("تنظيم", "بتنظيم", "لتنظيم")) for surface in found), text


def test_an_armed_group_named_tanzim_is_still_one():
    found = actor_types("وأعلن تنظيم القاعدة مسؤوليته عن التفجير.")
    assert found["تنظيم القاعدة"].actor_type == "armed_group"


def test_a_preposition_and_a_short_given_name_alone_is_a_word():
    # `لجان` (committees) reads as ل + `جان`; `بلال` is a name of its own
    assert not person_names("وقال الوزير إن لجان التحقيق أنهت عملها.")
    assert person_names("وقالت سيلين مارتان إن الوضع صعب. وقال الوزير إن لجان التحقيق أنهت عملها.") == {"سيلين مارتان"}


def test_a_known_person_named_again_after_a_preposition_is_still_named():
    names = person_names("والتقى كيم جونغ أون الوفد. وعرض التلفزيون صورا لكيم وهو يستقبل الضيوف.")
    assert names == {"كيم جونغ أون"}
