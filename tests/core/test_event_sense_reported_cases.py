"""What `events.reported` tells a user on clear sentences (sentences written for these tests):
an attack or a protest told as having taken place is reported; one feared, threatened or
forbidden is not. Only clear cases, so that a retrained sense model keeps them."""
import pytest

from etl.core import event_sense
from etl.core.extract import extract

REPORTED = [
    ("ASSAULT", "قتل خمسة جنود وأصيب ثلاثة آخرون امس في هجوم شنه مسلحون على نقطة تفتيش شمال البلاد."),
    ("ASSAULT", "وفجر انتحاري نفسه صباح الاثنين داخل سوق شعبي في المدينة مما أسفر عن مقتل 12 شخصا."),
    ("ASSAULT", "وأطلق مسلحون النار على حافلة تقل عمالا في ضواحي المدينة امس فقتلوا أربعة منهم."),
    ("PROTEST", "وتظاهر آلاف الطلاب امس في شوارع العاصمة احتجاجا على رفع الرسوم الجامعية."),
]
NOT_REPORTED = [
    ("ASSAULT", "ويخشى السكان من هجمات جديدة قد تشنها الجماعة خلال الأيام المقبلة."),
    ("PROTEST", "وقال الوزير إن الحكومة لن تسمح بأي مظاهرات تهدد الأمن العام."),
]


@pytest.fixture(autouse=True)
def packaged_model():
    if event_sense.sense_model() is None:
        pytest.skip("no packaged sense model")


def typed(text, event_type):
    return [e for e in extract("t", text, None).events if e["event_type"] == event_type]


@pytest.mark.parametrize("event_type,text", REPORTED)
def test_an_act_told_as_having_taken_place_is_reported(event_type, text):
    events = typed(text, event_type)
    assert events and all(e["reported"] and not e["negated"] for e in events)


@pytest.mark.parametrize("event_type,text", NOT_REPORTED)
def test_an_act_feared_or_forbidden_is_not_reported(event_type, text):
    assert not any(e["reported"] and not e["negated"] for e in typed(text, event_type))
