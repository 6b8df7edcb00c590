"""Crowds a story counts (`40 محتجا`) and the nationality of an unnamed
person (`صحفيا فرنسيا`), on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 6, 1)


def actors_of(text):
    x = extract("t", text, DAY)
    return {(m["surface"], x.actors[m["actor_id"]].actor_type, x.actors[m["actor_id"]].country_iso3)
            for m in x.actor_mentions}


def test_a_counted_accusative_singular_names_the_collective():
    found = actors_of("واعتقلت الشرطة المصرية 45 محتجا أمام مبنى المحافظة.")
    assert ("محتجا", "other", None) in found
    found = actors_of("واحتجزت البحرية الإسبانية 73 مهاجرا قبالة السواحل.")
    assert ("مهاجرا", "other", None) in found


def test_the_counted_singular_needs_the_number_before_it():
    assert not any(surface == "مهاجرا" for surface, _, _ in actors_of("واعتبرته الحكومة الإسبانية مهاجرا غير شرعي."))


def test_an_accusative_nisba_after_a_person_noun_is_no_state():
    found = actors_of("واحتجزت السلطات الإيرانية صحفيا ألمانيا في طهران.")
    assert not any(kind == "state" and iso == "DEU" for _, kind, iso in found)
    found = actors_of("وطردت الحكومة الهولندية مواطنا تركيا بعد محاكمته.")
    assert not any(kind == "state" and iso == "TUR" for _, kind, iso in found)


def test_a_state_after_an_adverb_in_alif_is_still_the_state():
    found = actors_of("واتهم الرئيس الفرنسي مجددا روسيا بالتدخل في الانتخابات.")
    assert any(kind == "state" and iso == "RUS" for _, kind, iso in found)


def test_the_international_community_is_named_without_a_role():
    x = extract("t", "وأكد الوزير ضرورة النأي بالبلاد عن الصراعات أمام المجتمع الدولي.", dt.date(2018, 6, 1))
    assert "المجتمع الدولي" in {x.actors[m["actor_id"]].name_ar for m in x.actor_mentions}


def test_a_people_counted_in_thousands_is_named():
    # `آلاف` normalises to `الاف`, which only looks like a definite noun an adjective would follow
    found = actors_of("وتظاهر آلاف الصوماليين أمام مبنى البرلمان.")
    assert ("الصوماليين", "other", "SOM") in found


def test_a_definite_broken_plural_of_a_nationality_names_the_people():
    found = actors_of("وقال الوزير إن مئات الأرمن تظاهروا أمام السفارة.")
    assert ("الأرمن", "other", "ARM") in found
    found = actors_of("ويطالب الألمان منتخبهم بالفوز باللقب.")
    assert ("الألمان", "other", "DEU") in found


def test_a_broken_plural_after_a_definite_noun_describes_it():
    found = actors_of("وقال الوزير إن الجنود الروس هاجموا القرية.")
    assert not any(surface == "الروس" for surface, _, _ in found)
