"""Words of other senses around triggers (a reply to a request, a patient responding to treatment,
the number twelve, a cause for concern, a policy named by its acts, an elative) and a meeting noun
whose own verb takes the future prefix (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 6, 1)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_an_answer_to_a_request_is_no_threat():
    assert types("وقالت الوزارة إنها سترد على الطلب الفرنسي قريبا.") == ["REQUEST"]
    assert "THREATEN" in types("وقال القائد إن الجيش سيرد على أي اعتداء.")


def test_a_patient_responding_to_treatment_yields_to_no_one():
    assert types("وقال الطبيب إن الجريح يستجيب للعلاج.") == []


def test_twelve_is_no_praise():
    assert "SUPPORT" not in types("وأصيب اثنا عشر شخصا واثني عشر آخرون بجروح.")
    assert types("وأثنى الوزير على جهود الوسطاء.") == ["SUPPORT"]


def test_no_cause_for_concern_asks_nothing():
    assert types("وقال الخبير إن الوضع لا يدعو للقلق.") == []


def test_a_policy_named_by_its_act_is_no_event():
    assert types("وتنتهج الحكومة سياسة التهجير منذ عقود.") == []


def test_the_most_threatening_is_no_threat():
    assert types("ويرى المحلل أن الجماعة هي الأكثر تهديدا للأمن.") == []


def test_a_meeting_whose_verb_is_future_is_an_agreement_to_meet():
    assert types("وقال المتحدث إن الاجتماع سيبحث ملف اللاجئين.") == ["AGREE"]
    assert types("وأوضح أن الزيارة التي سيقوم بها الوزير تشمل ثلاث دول.") == ["AGREE"]


def test_a_meeting_with_a_past_verb_was_held():
    assert types("وقال المتحدث إن الاجتماع بحث ملف اللاجئين.") == ["CONSULT"]


def test_the_ways_and_areas_of_cooperation_are_a_topic():
    assert types("وبحث الوزيران سبل تعزيز التعاون بين البلدين.") == ["CONSULT"]
    assert types("وناقش الجانبان مجالات التعاون الاقتصادي.") == ["CONSULT"]


def test_an_act_asked_of_a_party_is_only_asked_for():
    assert types("وطلب الرئيس من وزرائه التنسيق مع حكومات الأقاليم.") == ["REQUEST"]
    assert types("وطلب منه الانسحاب من الائتلاف.") == ["REQUEST"]


def test_a_party_that_attacks_another_in_words_accuses_it():
    assert types("وهاجمت الحكومة الإيرانية الرئيس الأمريكي دونالد ترامب بسبب تصريحاته.") == ["ACCUSE"]
    assert types("وهاجم مسلحون رئيس البلدية دونالد ترامب في منزله.") == ["ASSAULT"]


def test_control_of_media_or_prices_is_no_capture():
    assert types("وواصل الرئيس إحكام سيطرته على وسائل الإعلام.") == []
    assert set(types("وسيطرت القوات على المدينة بعد معارك عنيفة.")) == {"ASSAULT"}


def test_a_sport_aside_on_a_party_leaves_its_denial_a_denial():
    assert types("ونفت البرازيل، التي تستضيف نهائيات كأس العالم لكرة القدم، أي دور لها في الحادث.") == ["REJECT"]


def test_a_seizure_or_deportation_prepared_is_not_done():
    assert types("والحكومة تستعد لمصادرة أموال اللاجئين.") == []
    assert "COERCE" in types("وصادرت الحكومة أموال اللاجئين.")


def test_an_attack_whose_author_is_guessed_happened():
    assert types("وقال إنه يمكن أن يكون الهجوم الذي استهدف السفارة من تدبير جهة أجنبية.") == ["ASSAULT"]
    assert types("وقال إنه يمكن أن يكون هجوما إرهابيا.") == []
