"""Fourteenth session: an Arabic noun of the shapes أفعال or مفعول in the accusative (`أسبابا`,
`مرسوما`) opens no person's name where the rules expect one."""
from etl.core.extract import extract


def _persons(text: str) -> list[str]:
    return [a.name_ar for a in extract("d", text, None).actors.values() if a.actor_type == "person"]


def test_an_accusative_broken_plural_after_a_verb_is_no_speaker():
    text = ("وقال محامون عن الحكومة إن العمال غير مؤهلين للعودة إلى العمل.\n"
            "وذكروا أسبابا لتبرير ذلك، منها عدم اكتمال الأوراق، أو أن أحدهم له سوابق.")
    assert _persons(text) == []


def test_an_accusative_passive_participle_after_a_title_is_no_name():
    persons = _persons("وأصدر الرئيس، رئيس الدولة، مرسوما بقانون اتحادي بشأن الدين العام.")
    assert not any(p.startswith("مرسوم") for p in persons)
