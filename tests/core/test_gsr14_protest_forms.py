"""Protest triggers added in session 14 (`event_triggers.tsv`, rows marked gsr14): a noun with the
adjective `احتجاجي` naming a protest under way (`حركة احتجاجية`, `حملة احتجاجية`, `موجة
احتجاجية`) and the present tense of striking
(`يضربون عن العمل`), told from `ضرب` (hit) by its object phrase. Sentences written for these tests."""
import datetime as dt

import pytest

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def protests(text):
    return [(e["trigger"], e["event_mode"]) for e in extract("t", text, DAY).events if e["event_type"] == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وانطلقت حركة احتجاجية واسعة في المدن الجنوبية مطلع الأسبوع.",
    "ونظم طلاب الجامعة حملة احتجاجية أمام مبنى الإدارة.",
    "وتشهد البلاد موجة احتجاجية منذ رفع أسعار الوقود.",
])
def test_a_protest_noun_phrase_is_a_protest(text):
    assert [m for _, m in protests(text)] == ["demo"]


@pytest.mark.parametrize("text", [
    "ويضربون عن العمل منذ أسبوع للمطالبة بزيادة الأجور.",
    "وكان العامل يضرب عن العمل كلما تأخر راتبه.",
    "ولا تزال النقابة تضرب عن العمل في المستشفيات العامة.",
])
def test_the_present_of_a_strike_is_a_strike(text):
    assert [m for _, m in protests(text)] == ["strike"]


def test_hitting_is_no_strike():
    assert protests("وقال شهود إن الحراس يضربون المعتقلين داخل الزنازين.") == []
