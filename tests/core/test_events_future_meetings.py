"""A meeting dated after the article was published is one agreed or planned (PLOVER: AGREE), not
one held (CONSULT); a date in another clause says nothing about it."""
import datetime as dt

from etl.core.extract import extract

PUBLISHED = dt.date(2018, 6, 1)


def types(sentence: str) -> list[str]:
    return [e["event_type"] for e in extract("t", sentence, PUBLISHED).events]


def test_a_meeting_dated_after_publication_is_a_meeting_agreed():
    assert types("وتستضيف العاصمة اجتماعا لوزراء الخارجية العرب يوم 20 يونيو.") == ["AGREE"]
    assert types("وجاء البيان قبل قمة للمانحين في باريس في تموز/يوليو.") == ["AGREE"]


def test_a_meeting_dated_before_publication_was_held():
    assert types("وعقد وزراء الخارجية العرب اجتماعا في العاصمة يوم 20 مايو.") == ["CONSULT"]


def test_a_later_date_in_another_clause_does_not_date_the_meeting():
    assert "CONSULT" in types("وبعد اجتماع مع نظيره الفرنسي، قال الوزير إن الرسوم الجديدة تبدأ يوم 20 يونيو.")


def test_without_a_publication_date_nothing_is_in_the_future():
    x = extract("t", "وتستضيف العاصمة اجتماعا لوزراء الخارجية العرب يوم 20 يونيو 2018.", None)
    assert [e["event_type"] for e in x.events] == ["CONSULT"]


def test_a_later_date_before_the_meeting_does_not_date_it():
    assert types("والرسوم التي تبدأ يوم 20 يونيو بحثها الوزيران في اتصال هاتفي.") == ["CONSULT"]


def test_a_meeting_noun_after_a_verb_of_setting_out_with_a_day_to_come_is_agree():
    # the verb (`يبدأ`, `يتوجه`) is present and a day or `المقبل` places the meeting ahead
    found = extract("t", "ويبدأ وزير الخارجية جولة خليجية الأحد.", dt.date(2024, 12, 8)).events
    assert [e["event_type"] for e in found] == ["AGREE"]
    found = extract("t", "ويتوجه الرئيس إلى باريس الأسبوع المقبل للقاء نظيره.", dt.date(2024, 12, 8)).events
    assert "CONSULT" not in {e["event_type"] for e in found}


def test_a_visit_after_a_future_verb_of_setting_out_is_agree():
    found = extract("t", "وأعلنت الوزارة أن الوزير سيقوم بزيارة إلى الصين.", dt.date(2024, 12, 8)).events
    assert "AGREE" in {e["event_type"] for e in found} and "CONSULT" not in {e["event_type"] for e in found}


def test_a_visit_made_with_a_past_verb_stays_consult():
    found = extract("t", "وقام الوزير بزيارة إلى الصين الأحد.", dt.date(2024, 12, 8)).events
    assert "CONSULT" in {e["event_type"] for e in found}


def test_a_meeting_later_today_is_still_due():
    found = extract("t", "ويلتقي الوزيران في وقت لاحق اليوم.", dt.date(2024, 12, 8)).events
    assert [e["event_type"] for e in found] == ["AGREE"]


def test_readiness_to_cooperate_is_an_intent_agree():
    found = extract("t", "وأعرب الرئيس عن استعداد بلاده للتعاون مع جيرانها.", dt.date(2024, 12, 8)).events
    assert {e["event_type"] for e in found} == {"AGREE"}
    found = extract("t", "وأبدت الحكومة استعدادها للتعاون مع المحققين.", dt.date(2024, 12, 8)).events
    assert {e["event_type"] for e in found} == {"AGREE"}


def test_a_meeting_asked_for_or_proposed_is_not_held():
    for sentence in ("ودعا الوزير إلى عقد مؤتمر دولي للسلام.", "واقترح الرئيس عقد قمة ثلاثية."):
        found = extract("t", sentence, dt.date(2024, 12, 8)).events
        assert {e["event_type"] for e in found} == {"REQUEST"}, sentence


def test_a_meeting_dated_tomorrow_or_next_week_is_agree():
    # a time to come right before or after the meeting word, or `المرتقب` before it
    found = types("ويصل رئيس الوزراء الإيطالي إلى تونس غدا في زيارة رسمية.")
    assert "AGREE" in found and "CONSULT" not in found
    found = types("ومن المرتقب أن يلتقي وزير الخارجية نظيره المغربي.")
    assert "AGREE" in found and "CONSULT" not in found
    assert "CONSULT" not in types("يجتمع وزراء المالية الأسبوع المقبل في قمة لبحث الديون.")


def test_a_visit_intended_or_agreed_to_is_not_held():
    found = types("ويعتزم الوفد الأوروبي أن يزور مخيمات النازحين.")
    assert "CONSULT" not in found
    found = types("وأعلنت الحكومة موافقتها على زيارة المقرر الخاص للأمم المتحدة.")
    assert "AGREE" in found and "CONSULT" not in found


def test_holding_a_meeting_called_for_is_no_meeting_held():
    assert "CONSULT" not in types("ودعت الجامعة العربية إلى عقد قمة طارئة لبحث الأزمة.")
    assert "CONSULT" in types("وعقد وزراء الخارجية قمة طارئة في القاهرة أمس.")


def test_talks_opening_are_held_and_talks_to_open_are_agreed():
    assert "CONSULT" in types("وانطلقت في العاصمة الكينية أمس المحادثات بين الحكومة والمتمردين.")
    found = types("وستستأنف المفاوضات بين الجانبين في أيلول.")
    assert "AGREE" in found and "CONSULT" not in found
