"""Sentences of match reports yield no political events (PLOVER codes politics, not sport): a
minute of play marks the sentence, and so do two different words of match reports that also
have other senses (`فوزه`, `ضيفه`); one such word alone marks nothing, and a score (also the shape
of a range of days or counts) counts as one such word. Sentences
written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_club_named_like_a_common_word_is_no_cooperation_in_a_match_report():
    assert types("واستعاد الفريق توازنه بعد فوزه الكبير على ضيفه التعاون في الجولة الماضية.") == []


def test_playing_away_is_no_visit():
    assert types("ويبحث النادي عن فوز يضمن له الصدارة حين يحل ضيفا على الاتفاق.") == []


def test_a_score_beside_a_word_of_match_reports_marks_a_match_report():
    assert types("وانتهى اللقاء بفوز الضيوف 3-1 بعد هجوم متواصل.") == []
    assert types("وحسم الضيوف اللقاء 2 - 0 ليعززوا موقعهم في الصدارة.") == []


def test_a_range_of_days_counts_or_shares_is_no_score():
    assert "ASSAULT" in types("ليل 8-9 يناير: غارات جوية قرب العاصمة استهدفت مستودعات أسلحة.")
    assert "ASSAULT" in types("وقتل 10-15 شخصا في الهجوم على السوق.")
    assert "CONSULT" in types("وناقش المنتدى في الفترة 21 - 22 أكتوبر دور القطاع الخاص وزار الوفد الميناء.")


def test_a_minute_of_play_marks_a_match_report():
    assert types("وتلقى المدافع إنذارا في الدقيقة 40 بعد هجوم خطير.") == []


def test_transfer_market_words_mark_a_sports_story():
    assert types("وأعلن النادي توصله إلى اتفاق مع المدرب لإنهاء عقده.") == []
    assert types("ووافق النادي على انتقال مهاجمه إلى فريق آخر على سبيل الإعارة.") == []


def test_one_word_of_match_reports_alone_keeps_a_political_event():
    # an election win, a state medal: one such word is no match report
    assert "CONSULT" in types("ويزور الرئيس الروسي الصين حيث منح ميدالية الصداقة.")
    assert "CONSULT" in types("واستقبل الرئيس ضيفه وزير الخارجية الفرنسي في القصر.")


def test_a_year_range_is_no_score():
    assert "AGREE" in types("ووقع البلدان اتفاقا ينظم التبادل التجاري في الفترة 2017-2018.")


def test_the_words_of_the_pitch_mark_a_match_report():
    assert types("وقبل صافرة النهاية طرد الحكم المدافع بعد خطأ قاس.") == []
    assert types("خضنا اللقاء خارج ملعبنا وسيطرنا على مجريات اللعب.") == []
    assert types("وتابع الوزير اللقاء من المدرجات مع الجمهور.") == []


def test_a_ban_on_a_country_s_grounds_is_no_match_report():
    assert "RETREAT" in types("ورفع الاتحاد الدولي الحظر عن الملاعب العراقية بعد سنوات من المنع.")


def test_an_injury_that_keeps_a_player_away_expels_no_one():
    assert "COERCE" not in types("وغاب المهاجم عن التدريبات بسبب إصابة أبعدته عن الفريق.")
    assert "COERCE" not in types("وأبعدته الإصابة عن المشاركة في الأسابيع الماضية.")
    assert "COERCE" in types("وأبعدت السلطات الصحفي الأجنبي بعد إصابته في الاحتجاجات.")
