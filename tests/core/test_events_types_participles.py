"""The circumstantial participle of a verb of saying (`وقال الوزير ...، منددا بالهجوم`) names the
speaker's act as the verb would: condemning, warning, demanding, denying (PLOVER §ACCUSE, §THREATEN,
§REQUEST, §REJECT). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract
from etl.core.paradigms import expand, participle_forms

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_participle_cells_of_a_derived_verb():
    assert participle_forms("يندد") == {"partms": "منددا", "partfs": "منددة", "partmp": "منددين"}
    assert participle_forms("يستنكر")["partfs"] == "مستنكرة"
    # a weak final letter stays `ي` before the ending, and drops before the plural `ين`
    assert participle_forms("ينادي") == {"partms": "مناديا", "partfs": "منادية", "partmp": "منادين"}
    assert participle_forms("يتحدى")["partms"] == "متحديا"


def test_participles_are_opt_in_and_left_out_by_default():
    assert "منددا" not in expand("ندد", "verb:يندد")
    assert {"منددا", "منددة"} <= set(expand("ندد", "verb:يندد +partms +partfs"))
    assert set(expand("ندد", "verb:يندد +participles")) >= {"منددا", "منددة", "منددين"}


def test_condemning_and_criticising_participles_are_accuse():
    assert "ACCUSE" in types("وتحدث رئيس البرلمان أمام النواب مساء أمس، منددا بما وصفه بالحصار الظالم.")
    assert "ACCUSE" in types("وعقد الوزير مؤتمرا صحفيا في العاصمة، منتقدا أداء الشرطة خلال الأزمة.")
    assert "ACCUSE" in types("وخرج زعيم المعارضة عن صمته، مستنكرا إغلاق الصحف المستقلة.")


def test_a_participle_of_accusing_needs_its_object_pronoun():
    assert "ACCUSE" in types("وهاجم النائب رئيس الوزراء في جلسة علنية، متهما إياه بالتستر على الفساد.")
    # `متهما` alone is also the accused in a trial: no accusation by the sentence's subject
    assert "ACCUSE" not in types("وأصدرت المحكمة أحكاما بحق ثلاثين متهما في القضية.")


def test_warning_and_vowing_participles_are_threaten():
    assert "THREATEN" in types("وألقى قائد الجيش كلمة أمام جنوده، محذرا الجماعات المسلحة من عواقب أي هجوم.")
    assert "THREATEN" in types("وظهر زعيم الجماعة في تسجيل مصور، متوعدا خصومه برد قاس.")


def test_demanding_calling_and_denying_participles():
    assert "REQUEST" in types("وتحدثت النقابة عن تدهور الأجور، مطالبا رئيسها الحكومة بزيادة الرواتب.")
    assert "REQUEST" in types("وأعرب الأمين العام عن قلقه من تصاعد العنف، داعيا الأطراف إلى ضبط النفس.")
    assert "REJECT" in types("وظهر المتحدث على التلفزيون الرسمي، نافيا أي علاقة لبلاده بالتفجير.")
    assert "REJECT" in types("وأنهى الرئيس زيارته مبكرا، رافضا الشروط التي وضعها مضيفوه.")


def test_a_participle_that_is_also_a_common_noun_is_left_out():
    # `مدينة` is a city, not the feminine of `مدينا` (condemning)
    assert "ACCUSE" not in types("وزار الوفد مدينة ساحلية في الجنوب.")
