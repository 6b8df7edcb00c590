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

