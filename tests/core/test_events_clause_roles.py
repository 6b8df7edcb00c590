"""Whose act is it: roles read from the clause an event stands in, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def names(text, event_type):
    """(source, target) names of the one event of the type."""
    x = extract("t", text, DAY)
    [e] = [e for e in x.events if e["event_type"] == event_type]
    name = lambda a: x.actors[a].name_ar if a else None
    return name(e["source_actor_id"]), name(e["target_actor_id"])


def test_the_one_condemning_is_not_the_attacker():
    source, _ = names("وأدان الاتحاد الأوروبي الغارات على غزة.", "ASSAULT")
    assert source is None
    source, _ = names("الاتحاد الأوروبي أدان الغارات على غزة.", "ASSAULT")
    assert source is None


def test_an_agent_phrase_belongs_to_the_act_it_follows():
    source, target = names("وأدان الاتحاد الأوروبي مقتل صحفي برصاص الجيش الإسرائيلي.", "ACCUSE")
    assert source == "الاتحاد الأوروبي" and "الجيش" in target
    source, target = names("وأدان الاتحاد الأوروبي مقتل صحفي برصاص الجيش الإسرائيلي.", "ASSAULT")
    assert "الجيش" in source and target is None


def test_a_resumptive_verb_names_the_doer_of_its_own_noun():
    assert names("وأدان الاتحاد الأوروبي الهجوم الذي شنته روسيا على أوكرانيا.", "ACCUSE")[0] == "الاتحاد الأوروبي"
    assert names("وأدان الاتحاد الأوروبي الهجوم الذي شنته روسيا على أوكرانيا.", "ASSAULT") == ("روسيا", "أوكرانيا")


def test_the_accused_party_after_the_accuser_is_the_doer_of_the_act_it_is_accused_of():
    assert names("واتهمت إيران إسرائيل بقصف مواقع في سوريا.", "ACCUSE") == ("إيران", "إسرائيل")
    assert names("واتهمت إيران إسرائيل بقصف مواقع في سوريا.", "ASSAULT")[0] == "إسرائيل"


def test_a_coordinated_verb_keeps_the_subject():
    assert names("وأدان الاتحاد الأوروبي الهجوم ودعا إلى ضبط النفس.", "REQUEST")[0] == "الاتحاد الأوروبي"


def test_who_reports_an_act_is_no_party_of_it():
    source, target = names("وقالت وزارة الصحة الفلسطينية إن ثلاثة فلسطينيين قتلوا برصاص الجيش الإسرائيلي.", "ASSAULT")
    assert "الجيش" in source and target is None
    assert names("وذكرت وكالة الأنباء السورية أن الغارات استهدفت مطار دمشق.", "ASSAULT")[0] is None


def test_a_speaker_speaking_of_itself_stays_the_source():
    assert names("وقال الجيش الأمريكي في بيان إنه نفذ غارة على مواقع لتنظيم داعش.", "ASSAULT")[0] == "الجيش الأمريكي"


def test_a_nationality_adjective_after_another_adjective_names_the_doer():
    text = "قصفت إسرائيل مواقع في غزة. وذكرت وكالة الأنباء السورية أن الغارات الجوية الإسرائيلية استهدفت مطار دمشق."
    x = extract("t", text, DAY)
    raids = [e for e in x.events if e["event_type"] == "ASSAULT"]
    assert [x.actors[e["source_actor_id"]].name_ar for e in raids] == ["إسرائيل", "إسرائيل"]


def test_a_human_plural_gentilic_is_the_object_not_the_doer():
    text = "وتدخلت الولايات المتحدة في الأزمة. ووافقت إيران على إطلاق سراح أمريكيين محتجزين."
    assert names(text, "RETREAT")[0] == "إيران"


def test_a_pronoun_after_a_preposition_names_the_party_named_before():
    text = "اعتقلت الشرطة المصرية الناشط علاء عبد الفتاح. وأطلقت النار عليه."
    assert names(text, "ASSAULT") == ("الشرطة المصرية", "علاء عبد الفتاح")


def test_the_reported_words_own_subject_acts_not_the_speaker():
    text = "وقال وزير الخارجية الأمريكي مايك بومبيو إن الرئيس دونالد ترامب يريد أن يلتقي بالمسؤولين الإيرانيين."
    assert names(text, "AGREE")[0] == "دونالد ترامب"


def test_an_actor_after_a_preposition_is_no_subject():
    text = "وأجرى الوفد محادثات. وبرر للرئيس التركي رجب طيب أردوغان رفضه للمقترح."
    x = extract("t", text, DAY)
    assert all(x.actors[e["source_actor_id"]].name_ar != "رجب طيب أردوغان"
               for e in x.events if e["event_type"] == "REJECT" and e["source_actor_id"])


def test_the_owner_of_a_possessed_verbal_noun_is_the_sentence_subject():
    text = "وفي ختام لقائه بالرئيس الفرنسي إيمانويل ماكرون، قال رئيس الوزراء البريطاني كير ستارمر إن المحادثات كانت مثمرة."
    assert names(text, "CONSULT") == ("كير ستارمر", "إيمانويل ماكرون")


def test_a_crowd_or_officials_right_after_the_verb_are_its_object():
    text = "ودعا رئيس الوزراء الإسرائيلي بنيامين نتانياهو وسائل الإعلام إلى الحذر في حديث مع السفير الأمريكي ريتشارد غرينل."
    assert names(text, "REQUEST")[1] == "وسائل الإعلام"


def test_a_trigger_holding_its_subject_names_the_doer():
    source, target = names("وفرقت الشرطة العراقية المحتجين بالغاز المسيل للدموع.", "ASSAULT")
    assert "الشرطة" in source and target == "المحتجين"


def test_a_definite_noun_naming_an_act_already_told_has_its_parties():
    text = "التقى الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في باريس. وتناول اللقاء الأوضاع في غزة."
    x = extract("t", text, DAY)
    meetings = [e for e in x.events if e["event_type"] == "CONSULT"]
    assert [(x.actors[e["source_actor_id"]].name_ar, x.actors[e["target_actor_id"]].name_ar) for e in meetings] == \
        [("عبد الفتاح السيسي", "إيمانويل ماكرون")] * 2


def test_a_nominative_plural_after_the_verb_is_its_subject_not_its_object():
    assert names("ودعا المسؤولون في الولايات الحدودية إلى التعاون.", "REQUEST")[1] is None
    text = "وانتقد الرئيس المكسيكي السياسة الأمريكية. ودعا المسؤولين في الولايات الحدودية إلى التعاون."
    assert names(text, "REQUEST")[1] == "المسؤولين في الولايات الحدودية"


def test_an_unarmed_body_is_no_attacker():
    text = "وقصف الجيش الروسي مدينة خاركيف. وبثت قناة الجزيرة صورا لقصف عنيف على الأحياء السكنية."
    x = extract("t", text, DAY)
    assert [x.actors[e["source_actor_id"]].name_ar for e in x.events if e["event_type"] == "ASSAULT"] == \
        ["الجيش الروسي", "الجيش الروسي"]


def test_officials_in_the_nominative_right_after_the_verb_are_its_subject():
    text = "وانتقد الرئيس الفرنسي إيمانويل ماكرون إيران. ورفض المسؤولون الإيرانيون أي مفاوضات جديدة."
    assert names(text, "REJECT")[0] == "المسؤولون الإيرانيون"


def test_the_passive_periphrasis_carries_no_doer_on():
    text = "وأعلنت وزارة الخارجية القطرية الوساطة. وتم التوصل إلى اتفاق لوقف إطلاق النار."
    assert names(text, "AGREE")[0] is None
