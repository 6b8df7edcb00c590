"""Twelfth session: a body described by its head and adjectives, then its name in quotes."""
from actor_mentions import actors_by_surface


def _names(text: str) -> set[str]:
    return {a.name_ar for a in actors_by_surface(text).values()}


def test_a_quoted_name_after_a_described_paper_names_the_paper():
    found = actors_by_surface('وذكرت الصحيفة الكندية "نورث ستار" أن الحكومة تدرس القرار.')
    names = {a.name_ar: a for a in found.values()}
    assert names["نورث ستار"].actor_type == "media"
    assert "الصحيفة الكندية" not in names


def test_a_negated_adjective_belongs_to_the_description():
    assert "الضمير الحي" in _names('وقالت المنظمة البلجيكية غير الحكومية "الضمير الحي" إن السجناء جوعى.')


def test_a_company_named_in_quotes_after_its_description_is_no_person():
    found = actors_by_surface('وقالت الشركة الألمانية "ماكس برو" إن أرباحها تراجعت.')
    assert [a.actor_type for a in found.values() if a.name_ar == "ماكس برو"] == ["organization"]


def test_a_known_body_in_quotes_after_its_description_is_the_known_body():
    assert "صحيفة الغارديان" in _names('وذكرت الصحيفة البريطانية "الغارديان" أن الوزير سيستقيل.')


def test_a_quoted_label_after_a_body_is_no_name():
    assert "إرهابية" not in _names('وقالت الحركة الإسلامية "إرهابية" كما يصفها خصومها.')


def test_what_a_body_calls_something_is_no_name():
    assert not any("الخطيرة" in n for n in _names('ووصفت الحركة الاحتجاجية "بالخطيرة" ما جرى أمس.'))


def test_a_body_named_again_by_its_head_and_quoted_name_is_the_same_body():
    found = actors_by_surface('وقالت المنظمة الألمانية "سي ووتش" إن سفينتها رست. وأعلنت منظمة "سي ووتش" لاحقا أنها ستبحر.')
    ids = {a.actor_id for s, a in found.items() if "سي ووتش" in s}
    assert len(ids) == 1
