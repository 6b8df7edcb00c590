"""A time adjunct after the verb of saying (`عشية`, `عقب`, `قبيل` + noun) is when it was said,
not part of the speaker's description (claims12b)."""
from __future__ import annotations

import datetime as dt

import pytest

from etl.core.extract import extract


@pytest.mark.parametrize("text", [
    "وقال المدرب البرازيلي عشية المباراة النهائية إن لاعبيه مستعدون.",
    "وقال مسؤول أمني قبيل الاجتماع إن الحدود ستبقى مغلقة.",
])
def test_time_adjunct_is_not_in_the_source(text):
    claims = extract("t", text, dt.date(2025, 3, 1)).claims
    assert claims
    assert not any(w in claims[0]["source_text"] for w in ("عشية", "قبيل", "المباراة", "الاجتماع"))
