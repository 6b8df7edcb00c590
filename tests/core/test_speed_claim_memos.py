"""Per-document indexes the claim rules read instead of scanning every word of each sentence
give the rows the scans gave."""
import datetime as dt

from etl.core.extract import extract


def _sources(text: str) -> list:
    return [c["source_actor_id"] for c in extract("d", text, dt.date(2018, 6, 1)).claims]


def test_an_outlet_that_received_the_statement_is_not_its_source():
    # `_receivers` reads the positions of the verbs of receiving found once per document
    assert _sources("قالت في بيان تلقت وكالة رويترز نسخة منه إن المستشفى الجديد سيفتتح الشهر المقبل.") == [None]
    assert _sources("وذكرت في رسالة حصلت صحيفة الرأي على نسخة منها أن الإنتاج سيرتفع.") == [None]
    # in a second sentence, after a first that holds no such verb (positions are by token)
    assert _sources("وصل الوفد إلى العاصمة صباح اليوم. وذكرت في رسالة حصلت صحيفة الرأي على نسخة منها أن "
                    "الإنتاج سيرتفع.") == [None]


def test_an_outlet_that_received_nothing_still_speaks():
    assert _sources("وقالت وكالة رويترز إن المستشفى الجديد سيفتتح الشهر المقبل.") == ["reuters"]
