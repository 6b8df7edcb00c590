"""An attack made in words (a politician attacking a rival, a scathing attack, an attack in the
media) is criticism, ACCUSE; an attack in arms stays ASSAULT. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return {e["event_type"] for e in extract("t", text, DAY).events}


def test_a_scathing_or_sharp_attack_is_criticism():
    assert types("وشن الرئيس الفرنسي هجوما لاذعا على الحكومة الإيطالية.") == {"ACCUSE"}
    assert types("وشن رئيس الوزراء هجوما حادا على المعارضة.") == {"ACCUSE"}


def test_an_attack_in_the_media_is_criticism():
    assert "ASSAULT" not in types("وتعرض الوزير لهجوم إعلامي واسع بعد تصريحاته.")


def test_a_named_person_attacking_another_party_does_so_in_words():
    found = types("وهاجم الرئيس الفلبيني رودريغو دوتيرتي الرئيس الأميركي السابق باراك أوباما.")
    assert found == {"ACCUSE"}
    assert "ACCUSE" in types("وشن الرئيس الفلبيني رودريغو دوتيرتي هجوما على الكويت.")


def test_an_attack_by_a_force_or_gunmen_stays_assault():
    assert types("وشن الجيش هجوما واسعا على مواقع المسلحين.") == {"ASSAULT"}
    assert types("وهاجم مسلحون حاجزا للشرطة في المدينة.") == {"ASSAULT"}


def reported(text, event_type):
    return [e["reported"] for e in extract("t", text, DAY).events if e["event_type"] == event_type]


def test_an_act_named_after_a_condemnation_is_not_reported_as_happening():
    # the sentence is about the condemnation; the protest it names is its matter
    assert reported("وتظاهر آلاف الطلاب أمس في العاصمة.", "PROTEST") == [True]
    assert reported("ونددت الحكومة بتظاهر آلاف الطلاب أمس في العاصمة.", "PROTEST") == [False]
    assert reported("وندد الوزير بالهجوم الذي استهدف القافلة.", "ASSAULT") == [False]


def test_a_comma_ends_the_framing_phrase():
    # `وفي تبادل للاتهامات،`: the accusations set the scene; the shooting after the comma is reported
    assert reported("وفي تبادل للاتهامات، أطلق مسلحون النار على دورية للشرطة أمس فقتلوا شرطيين.", "ASSAULT") == [True]


def test_replying_to_a_partys_statements_is_criticism():
    assert "ACCUSE" in types("وردت المستشارة الألمانية على تصريحات الرئيس الأميركي.")
    # the noun `رد` (a reply, a retaliation) is no such act
    assert "ACCUSE" not in types("وبحث القادة رد بلادهم على تصريحات الوزير.")


def test_an_attack_named_in_a_sentencing_or_a_threat_is_not_reported_as_happening():
    assert reported("وحكمت المحكمة على منفذ الهجوم الذي قتل فيه عشرة أشخاص بالسجن المؤبد.", "ASSAULT") == [False]
    assert reported("ونفت الحركة مسؤوليتها عن الهجوم الذي أسفر عن مقتل ثلاثة جنود أمس.", "ASSAULT") == [False]


def test_a_protest_dispersed_by_the_police_is_still_reported():
    # force used on a protest is no frame of it: the protest took place
    assert reported("وفرقت الشرطة مظاهرة نظمها طلاب الجامعة أمس في العاصمة.", "PROTEST") == [True]


def test_voicing_anger_at_a_party_is_criticism():
    assert "ACCUSE" in types("وأعرب الوزير عن غضبه من قرار الحكومة المجاورة.")
    assert "ACCUSE" in types("وأبدت الخارجية امتعاضها من تصريحات السفير.")
    # `عبر` as a preposition (across) expresses nothing
    assert "ACCUSE" not in types("وانتقل الوفد عبر الحدود إلى المدينة.")


def test_a_crowd_voicing_its_anger_is_no_criticism_by_a_party():
    # plural agreement: protesters or residents, whose anger is their protest, not a party's criticism
    assert "ACCUSE" not in types("وخرج المحتجون إلى الساحة وعبروا عن غضبهم من انقطاع الكهرباء.")
