"""A definite body noun followed by a quotation: the quotation is what the body said, not its
name, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 6, 1)


def run(text):
    x = extract("t", text, DAY)
    return [m["surface"] for m in x.actor_mentions], x.claims


def test_a_body_named_before_does_not_take_the_quotation_as_its_name():
    surfaces, claims = run('وأعلنت وزارة الداخلية التونسية اعتقال خمسة. وقالت الوزارة "ضبطنا أسلحة ثقيلة".')
    assert "الوزارة" in surfaces and not any("ضبطنا" in s for s in surfaces)
    assert any(c["content"].startswith("ضبطنا أسلحة") and c["source_text"] == "الوزارة" for c in claims)


def test_a_quotation_with_a_function_word_is_a_statement():
    surfaces, claims = run('وقالت الشركة "سنبني المصنع في الربيع".')
    assert not any("سنبني" in s for s in surfaces)
    assert any(c["content"].startswith("سنبني المصنع") for c in claims)


def test_a_quoted_name_after_a_definite_head_stays_a_name():
    surfaces, _ = run('وأكدت المنظمة "أطباء الغد" أنها سترسل فريقا إلى المنطقة.')
    assert any("أطباء الغد" in s for s in surfaces)


def test_a_centre_named_by_one_definite_word_keeps_its_field():
    surfaces, _ = run("وانتقد مركز النور لحقوق الإنسان قرار الحكومة.")
    assert "مركز النور لحقوق الإنسان" in surfaces


def test_a_national_security_council_is_no_un_council():
    x = extract("t", "واجتمع مجلس الأمن القومي الفرنسي لبحث الهجوم.", DAY)
    kinds = {m["surface"]: x.actors[m["actor_id"]].actor_type for m in x.actor_mentions}
    assert kinds.get("مجلس الأمن القومي الفرنسي") == "government"
    x = extract("t", "وأصدر مجلس الأمن الدولي قرارا بالإجماع.", DAY)
    assert {x.actors[m["actor_id"]].actor_type for m in x.actor_mentions} == {"international_org"}
