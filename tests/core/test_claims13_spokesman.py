"""A body that spoke through an unnamed spokesman goes on speaking through him: the verb with
its subject dropped agrees with the spokesman's gender, not with the body's head noun (claims13)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


@pytest.mark.parametrize("text, body", [
    ("وقال متحدث باسم الحكومة إن التحقيق جار. وأضاف أن ثلاثة أشخاص اعتقلوا.", "الحكومة"),
    ("وقال متحدث باسم الجمعية الخيرية إن المساعدات وصلت. وأضاف \"نحن نتابع التوزيع\".", "الجمعية الخيرية"),
    ("وقالت متحدثة باسم الجامعة إن الدروس ستستأنف. وأضافت أن الامتحانات تأجلت.", "الجامعة"),
])
def test_the_spokesman_of_a_body_no_rule_names_goes_on(text, body):
    claims = extract("t", text, dt.date(2025, 3, 1)).claims
    assert [c["source_text"] for c in claims] == [body, body]


def test_a_verb_of_the_other_gender_does_not_go_on_with_the_spokesman():
    claims = extract("t", "وقالت متحدثة باسم الحكومة إن التحقيق جار. وأضاف أن ثلاثة أشخاص اعتقلوا.",
                     dt.date(2025, 3, 1)).claims
    assert claims[1]["source_text"] != "الحكومة"
