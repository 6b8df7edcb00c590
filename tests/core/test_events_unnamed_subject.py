"""A subject that names no actor before its verb makes the actor after the verb its object, on
sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract
from event_roles import roles

DAY = dt.date(2019, 3, 1)


def test_an_unnamed_subject_in_reported_words_makes_the_crowd_after_the_verb_the_victim():
    source, target = roles("وقال الرئيس إن الحكومة قتلت المتظاهرين في المدينة.", "ASSAULT")
    assert source is None and target == "المتظاهرين"


def test_a_subject_noun_with_its_adjective_before_the_verb_leaves_the_army_after_it_as_object():
    source, target = roles("وقال المتحدث إن القوات الحكومية قصفت الجيش المصري أمس.", "ASSAULT")
    assert source is None and "الجيش المصري" in target


def test_a_relative_pronoun_before_the_verb_is_no_subject_phrase():
    source, target = roles("وقال الوزير إن سلاح الجو الذي قصف الجيش المصري انسحب.", "ASSAULT")
    assert target is None or "الجيش المصري" not in (source or "")


def test_a_word_of_time_before_a_verb_first_clause_leaves_the_actor_after_it_the_doer():
    source, target = roles("اليوم قصفت إسرائيل مواقع في غزة.", "ASSAULT")
    assert source == "إسرائيل"


def test_reported_accusation_stays_with_the_speaker():
    source, target = roles("وقال وزير الداخلية الإيطالي، ماركو روسي، إن السفينة انتهكت القانون.", "ACCUSE")
    assert source is not None and source.startswith("ماركو")


def test_a_time_set_off_by_commas_does_not_cut_the_attack_from_its_target():
    text = "وتتهم إسرائيل إيران بالتصعيد. وقال الجيش إن إيران أطلقت، فجر الأحد، عشرة صواريخ على مواقع إسرائيلية."
    x = extract("t", text, DAY)
    e = next(e for e in x.events if e["event_type"] == "ASSAULT")
    assert x.actors[e["source_actor_id"]].name_ar == "إيران"
    assert x.actors[e["target_actor_id"]].name_ar == "إسرائيل"


def test_a_measure_taken_against_a_person_makes_him_its_target():
    source, target = roles("وأصدرت المحكمة مذكرة توقيف بحق أحمد سالم.", "THREATEN")
    assert target == "أحمد سالم"


def test_an_actor_owning_the_statement_judged_is_its_target_not_the_judge():
    source, target = roles("واستنكرت الحكومة العراقية الهجوم. ورفضت تصريحات الحوثيين في اليمن.", "REJECT")
    assert "الحوثي" in target and source == "الحكومة العراقية"


def test_a_long_subject_name_between_verb_and_object_counts_as_one_word_of_the_gap():
    source, target = roles("وأجرى الرئيس التركي رجب طيب أردوغان محادثات مع بوتين في أنقرة.", "CONSULT")
    assert "أردوغان" in source and "بوتين" in target


def test_a_nationality_inside_a_clause_describing_the_victim_names_no_state_target():
    text = "وتتهم إيران الولايات المتحدة بالتجسس. وقضت محكمة أميركية بالسجن 25 عاما على رجل يحمل الجنسية الإيرانية."
    source, target = roles(text, "COERCE")
    assert target != "إيران"
    source, target = roles("وتتهم إيران الولايات المتحدة بالتجسس. وشنت الطائرات الأمريكية غارات على مواقع إيرانية.", "ASSAULT")
    assert target == "إيران"


def test_a_party_of_the_next_conjoined_clause_is_no_target():
    source, target = roles("وأفرجت السلطات التركية عن القس بعد عامين في الإقامة الجبرية، وغادر القس صوب ألمانيا.", "COERCE")
    assert target != "ألمانيا"


def test_a_time_between_a_verb_and_its_subject_keeps_the_subject_the_doer():
    source, target = roles("وقصفت صباح الأحد الطائرات الإسرائيلية مواقع لحركة حماس.", "ASSAULT")
    assert "الإسرائيلي" in source and "حماس" in target


def test_a_time_and_a_place_between_a_verb_and_its_titled_subject():
    source, target = roles("والتقى الاثنين في القاهرة وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي.", "CONSULT")
    assert "سامح شكري" in source and "أيمن الصفدي" in target
