"""Twelfth session: family names in يه the lexicon knows, علي before a known family name,
theophoric family names after a foreign given name."""
from actor_mentions import person_names


def test_a_known_family_name_in_yeh_stays_in_the_name_of_another_person():
    names = person_names("وترشح في الدائرة كريم فرنجيه إلى جانب مرشحين آخرين.")
    assert "كريم فرنجيه" in names
    assert "سليمان فرنجية" not in names


def test_ali_before_a_known_family_name_opens_another_person():
    names = person_names("وفاز بالمقعد علي المقداد بعد فرز الأصوات.")
    assert "علي المقداد" in names
    assert "فيصل المقداد" not in names


def test_a_theophoric_family_name_after_a_foreign_given_name_keeps_allah():
    assert "ميشال خير الله" in person_names("وقال النائب ميشال خير الله إن القانون سيقر قريبا.")



def test_a_party_inside_a_leader_s_title_is_an_actor_of_its_own():
    from actor_mentions import actors_by_surface
    found = actors_by_surface("وقال زعيم الحزب الليبرالي الكندي جاستن ترودو إن الانتخابات ستجري في موعدها.")
    assert any(a.actor_type == "political_party" and a.name_ar.startswith("الحزب الليبرالي") for a in found.values())
    assert "جاستن ترودو" in person_names("وقال زعيم الحزب الليبرالي الكندي جاستن ترودو إن الانتخابات ستجري في موعدها.")


def test_an_unnamed_party_leader_speaks_for_the_party():
    from actor_mentions import actors_by_surface
    found = actors_by_surface("وقال زعيم الحزب الحاكم إن الحكومة باقية.")
    assert [a.actor_type for a in found.values()] == ["political_party"]


def test_a_bill_described_by_its_critics_is_no_person():
    assert not person_names("ولكن قادة دينيين ومحامين وصفوا مشروع القانون بأنه تمييز صريح ضد الأقليات.")


def test_a_given_name_of_the_same_shape_still_opens_a_name():
    assert "منصور الزعبي" in person_names("وقال منصور الزعبي إن المشروع سيكتمل العام المقبل.")


def test_la_and_a_field_of_work_ends_a_name():
    names = person_names("وقال نائب المحافظ كريم لشؤون التنمية إن المشروع سيكتمل.")
    assert not any("لشؤون" in n for n in names)
