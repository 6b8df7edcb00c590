"""A state or a collective that plainly acts in its clause is a party of the document, even where
no event row names it: its mentions are kept (`extract._drop_roleless`, `acting_parties.acts`)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2019, 3, 1)


def kept(text):
    """Surfaces of the actor mentions the extraction keeps."""
    return {m["surface"] for m in extract("t", text, DAY).actor_mentions}


def test_the_subject_of_a_clause_after_anna_with_its_verb_after_it_is_kept():
    assert "الأردن" in kept("وأوضح الكاتب في مقاله أن الأردن سيفتح الطريق الصحراوي أمام الشاحنات الأسبوع المقبل.")


def test_the_doer_after_an_agent_phrase_is_kept():
    assert "المحتجين" in kept("وجرى إغلاق الطريق الرئيسي من قبل المحتجين صباح اليوم.")


def test_the_subject_right_after_a_verb_opening_its_clause_is_kept():
    assert "البرتغال" in kept("وقال المدير إن الموسم كان صعبا، بعدما رفعت البرتغال أسعار الكهرباء.")


def test_a_state_named_once_as_the_setting_is_still_dropped():
    assert "البرتغال" not in kept("وقضى المغني عطلته الصيفية في البرتغال مع عائلته.")


def test_a_plural_in_its_object_case_after_a_present_verb_is_no_subject():
    assert "المصريين" not in kept("وقال المزارع إن القانون الجديد، يساعد المصريين على العمل في الحقول.")


def test_a_relatives_verb_does_not_make_the_party_after_it_its_subject():
    assert "البرتغال" not in kept("وتحدث الكاتب عن الأزمة التي طالت البرتغال في الشتاء.")


def test_a_list_after_kull_min_is_about_its_parties():
    assert {"البرتغال", "إسبانيا"} <= kept("وتعتبر كل من البرتغال وإسبانيا من أكبر منتجي الفلين في العالم.")


def test_a_list_after_fi_kull_min_is_a_setting():
    assert not {"البرتغال", "إسبانيا"} & kept("وانتشر المرض في كل من البرتغال وإسبانيا خلال الصيف.")
