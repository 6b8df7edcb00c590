"""Events the thirteenth session's corpus audit found missed or mistyped: an act read as a titled
person's name, arrests by the authorities, hostages taken, a disaster told in the lead (sentences
written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_an_act_after_a_title_is_no_name():
    assert types("وأعلن الرئيس إطلاق سراح المعتقلين السياسيين.") == ["RETREAT"]
    assert types("وأكد الوزير إطلاق سراح الرهائن الثلاثة.") == ["RETREAT"]


def test_a_given_name_after_a_title_stays_a_person():
    assert types("واستقبل الرئيس فيصل الوفد الزائر في القصر.") == ["CONSULT"]


def test_the_authorities_stopping_people_arrest_them():
    assert types("وأوقفت السلطات التركية زوجة المشتبه به.") == ["COERCE"]
    assert types("فقد أوقفت السلطات نحو ألف شخص خلال عام.") == ["COERCE"]
    assert types("وأوقفت قوات الأمن عشرات الشبان في الحي.") == ["COERCE"]


def test_stopping_a_thing_is_no_arrest():
    assert types("وأوقفت الشركة إنتاج السيارات في المصنع.") == []


def test_persons_held_as_hostages_are_an_assault():
    events = extract("t", "واحتجز المسلح امرأة رهينة داخل المتجر.", DAY).events
    assert [(e["event_type"], e["event_mode"]) for e in events] == [("ASSAULT", "abduct")]
    assert types("واتخذ المهاجم من عاملة النظافة رهينة.") == ["ASSAULT"]


def test_held_without_hostages_stays_an_arrest():
    assert types("واحتجزت الشرطة المشتبه به لساعات.") == ["COERCE"]


def test_deaths_after_a_lead_that_names_a_disaster_are_its_toll():
    text = "كارثة انهيار جسر في المدينة.\nوأسفر الانهيار عن مقتل عشرين شخصا على الأقل."
    assert types(text) == []
    text = "حريق يلتهم فندقا في العاصمة.\nوأدى إلى مقتل ثمانية أشخاص."
    assert types(text) == []


def test_deaths_after_a_lead_with_no_disaster_are_an_attack():
    text = "توتر في المدينة.\nوأسفرت الاشتباكات عن مقتل عشرين شخصا على الأقل."
    assert types(text) == ["ASSAULT"]


def test_an_indefinite_accusative_noun_is_its_act():
    assert types("وتواجه الحكومة اتهاما بتزوير الانتخابات.") == ["ACCUSE"]
    assert types("ولقي القرار ترحيبا من الدول المجاورة.") == ["SUPPORT"]


def test_a_refusing_participle_beside_the_verb_is_a_rejection():
    assert "REJECT" in types("وقالت الوزارة إنها لن تعلق، رافضة الاتهامات الموجهة إليها.")
    assert types("وبقي المسلحون في مواقعهم رافضين الاتفاق.") == ["REJECT"]


def test_the_refusing_ones_named_with_the_article_are_no_act():
    assert types("واستجابت الشركة للحركة الرافضة للتحرش.") == []
    assert "REJECT" not in types("وقال الوزير إن الحافلات تقل المسلحين الرافضين للتسوية.")
