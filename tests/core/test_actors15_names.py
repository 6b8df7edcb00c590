"""Fifteenth session: a family name written with ta marbuta after a known given name, and
words in a name's or a speaker's place that name no one (the age idiom, an unnamed source's
adjective whose noun is left out). Sentences written for these tests."""
from etl.core.extract import extract


def _persons(text: str) -> set[str]:
    return {a.name_ar for a in extract("d", text, None).actors.values() if a.actor_type == "person"}


def test_a_family_name_in_ta_marbuta_before_a_comma_is_part_of_the_name():
    assert "طارق حمادة" in _persons("وحضر الاجتماع النواب طارق حمادة، ورامي سمعان، وجاد خوري.")


def test_a_family_name_in_ta_marbuta_before_a_relative_pronoun_is_part_of_the_name():
    assert "رامي شحادة" in _persons("وأشاد المدرب باللاعب رامي شحادة الذي سجل هدفين في المباراة.")


def test_a_family_name_in_ta_marbuta_at_the_end_of_the_sentence_is_part_of_the_name():
    assert "فادي عطية" in _persons("وتسلم الجائزة في الحفل الممثل فادي عطية.")


def test_a_noun_in_ta_marbuta_after_a_given_name_and_before_more_words_is_the_verb_object():
    persons = _persons("ونشرت زوجته سلمى صورة للطفل على حسابها في الموقع.")
    assert not any(p.startswith("سلمى ") for p in persons)


def test_a_body_head_after_a_given_name_is_no_family_name():
    persons = _persons("وفي الشهر الماضي حذر جيمس شركة.")
    assert "جيمس شركة" not in persons


def test_the_age_idiom_after_omar_names_no_one():
    assert not _persons("وتوفي الشاعر في مستشفى بالعاصمة عن عمر ناهز تسعين عاما بعد صراع مع المرض.")


def test_an_unnamed_source_adjective_alone_in_the_speaker_slot_names_no_one():
    text = "وتوقعت صحف أن يبقى المدرب في منصبه، فيما قالت أخرى إنه سيرحل قريبا."
    assert "أخرى" not in _persons(text)


def test_a_name_after_a_role_noun_and_its_nationality_is_a_person():
    assert "فينتورا ماريني" in _persons("وقرر النادي إقالة المدرب الإيطالي فينتورا ماريني بعد الخسارة.")


def test_words_after_a_role_noun_and_its_nationality_that_are_no_name_name_no_one():
    persons = _persons("ويبلغ متوسط دخل العامل المصري نصف دخل نظيره الأوروبي.")
    assert not any(p.startswith("نصف") for p in persons)


def test_a_participle_in_the_accusative_after_a_title_is_no_name():
    persons = _persons("ويأمل المدرب أن يكون القائد جاهزا للمباراة المقبلة أمام الضيوف.")
    assert "جاهزا" not in persons


def test_a_participle_in_the_accusative_after_a_reporting_verb_is_no_speaker():
    persons = _persons("وسئل المدرب عن الخطة، وأضاف ساخرا \"سنرى في الملعب\".")
    assert "ساخرا" not in persons


def test_a_list_of_cups_after_a_cup_named_for_a_title_holds_no_name():
    persons = _persons("وتوج الفريق بلقب الدوري، وكأس الملك، وكأس السوبر المحلي.")
    assert not any(p.startswith("وكأس") or p.startswith("كأس") for p in persons)


def test_a_past_verb_after_a_role_noun_and_its_nationality_opens_no_name():
    persons = _persons("وأكدت الصحيفة أن النجم المغربي قرر الرحيل عن النادي الموسم المقبل.")
    assert not any(p.startswith("قرر") for p in persons)
