"""`متهما`/`متهمة` + a party + a charge with `بـ` (`وقال الوزير ...، متهما المعارضة بعرقلة الحوار`)
is the speaker's accusation (PLOVER §ACCUSE, allege), and the act charged keeps its own type; the
same participle is also the accused (`الشرطة متهمة بالتقصير`, `المتهمة`, `ثلاثين متهما في القضية`),
which is no accusation. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_accusing_participle_with_object_and_charge_is_accuse():
    assert "ACCUSE" in types("وقال رئيس الحكومة إن الإصلاحات ستمضي قدما، متهما المعارضة بعرقلة عمل البرلمان.")
    assert "ACCUSE" in types("وأعلنت الوزارة تعليق التعاون الأمني، متهمة الحكومة المجاورة بإيواء المسلحين.")


def test_the_charged_attack_stays_an_attack_beside_the_accusation():
    found = types("وقالت الخارجية إن الوضع في الشمال خطير، متهمة القوات الحكومية بقصف الأحياء السكنية.")
    assert "ACCUSE" in found and "ASSAULT" in found


def test_accused_participle_is_no_accusation():
    assert "ACCUSE" not in types("والشرطة متهمة بالتقصير في حماية السكان خلال الفيضان.")
    assert "ACCUSE" not in types("وقال المحامي إن موكله ليس متهما في القضية الجديدة.")
    assert "ACCUSE" not in types("ومثلت المتهمة أمام المحكمة الجنائية صباح الأحد.")


def test_a_participle_without_a_charge_is_no_accusation():
    assert "ACCUSE" not in types("وظل الرجل متهما طوال سنوات دون محاكمة.")


def test_a_participle_after_a_verb_of_being_is_the_accused():
    assert "ACCUSE" not in types("وكان الوزير متهما خلال ولايته بتبديد الأموال العامة.")
    assert "ACCUSE" not in types("وقالت الكاتبة إنها وجدت نفسها متهمة زورا بسرقة المخطوطة.")


def test_a_word_ending_in_the_participle_letters_keeps_its_event():
    # `قمتهما`, their summit: `ق` + the letters of `متهما`, a meeting noun with a pronoun
    assert "CONSULT" in types("وفي ختام قمتهما في العاصمة الفنلندية، أعرب الرئيسان عن ارتياحهما.")


def test_a_party_said_to_stand_behind_an_act_is_accused():
    found = types("وقالت وزارة الداخلية إن خلية مرتبطة بالخارج تقف وراء تفجير خط الغاز.")
    assert "ACCUSE" in found and "ASSAULT" in found
    assert "ACCUSE" not in types("ولم تعرف الشرطة بعد من يقف وراء تفجير خط الغاز.")
    assert "ACCUSE" not in types("وتبحث السلطات عن الذين يقفون وراء تفجير خط الغاز.")
