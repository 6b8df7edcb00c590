"""Natural-hazard cues: a warning of a volcano or a storm threatens no party; bare `سيول` is also
Seoul, whose acts are no flood (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_seoul_is_no_torrent():
    assert types("وقالت سيول إن الجيش الكوري الشمالي أطلق قذائف على جزيرة حدودية.") == ["ASSAULT"]
    assert types("وأعلنت سيول طرد دبلوماسيين من كوريا الشمالية.") == ["SANCTION"]


def test_deaths_in_torrents_or_floods_are_no_attack():
    assert types("وجرفت سيول جارفة عشرات المنازل وقتل خمسة أشخاص.") == []
    assert types("وقتل خمسة أشخاص في فيضانات ضربت الإقليم.") == []


def test_a_warning_of_a_natural_hazard_is_no_threat_a_warning_to_a_party_is():
    assert types("وحذرت هيئة المسح الجيولوجي من أن ثورانا أعنف قد يبدأ في منتصف الشهر.") == []
    assert types("وحذرت هيئة الأرصاد السكان من أمطار غزيرة.") == []
    assert types("وحذرت الحكومة المعارضة من عواقب التصعيد.") == ["THREATEN"]


def test_a_figurative_tsunami_still_threatens():
    assert types("وكان المعارض قد توعد في وقت سابق بتسونامي سياسي إذا سرق الحزب الحاكم الانتخابات.") == ["THREATEN"]


def test_a_ridiculous_situation_mocks_no_party():
    assert types("وقال إننا الآن في موقف مثير للسخرية.") == []


def test_a_ban_lifted_is_a_retreat_not_a_ban():
    assert types("ورفعت الحكومة الحظر على سفر العمال إلى الخارج.") == ["RETREAT"]
