"""`تظاهر` demonstrates and also pretends: the pretending sense (a clause of `بأن`/`كأن`, a
feigned state) is no protest, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def protest_triggers(text):
    return [e["trigger"] for e in extract("t", text, DAY).events if e["event_type"] == "PROTEST"]


def test_pretending_is_no_protest():
    assert not protest_triggers("وقالت إنها تظاهرت بأنها نائمة حتى غادر اللصوص المنزل.")
    assert not protest_triggers("وتظاهر الرجل كما لو أنه لا يعرف أحدا في القاعة.")
    assert not protest_triggers("وتظاهر الموظف وكأنه لم يسمع السؤال.")
    assert not protest_triggers("وكان المحتال يتظاهر بالمرض ليحصل على إجازة طويلة.")


def test_demonstrating_stays_a_protest():
    assert protest_triggers("وتظاهر الآلاف أمام البرلمان ضد قانون الضرائب.")
    assert protest_triggers("ويتظاهرون بالقرب من السفارة منذ الصباح.")
    assert protest_triggers("وتظاهر المئات، بأعلامهم، بأنهم سيعودون غدا.")


def test_a_demonstration_described_with_bianna_stays_a_protest():
    # the noun `التظاهرة` followed by `بأنها` is a description of the march, not a pretence
    assert protest_triggers("ووصفت الشرطة التظاهرة بأنها سلمية رغم بعض الاشتباكات.")
