"""Adjuncts between a verb of saying and what it reports. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_long_adjunct_of_where_it_was_said_does_not_become_the_content():
    [(source, content)] = claims(
        "وقال وزير الخارجية الألماني هايكو ماس في مؤتمر صحفي مشترك مع نظيره الفرنسي في العاصمة برلين "
        "عقب اجتماع استمر ثلاث ساعات إن البلدين متفقان على ضرورة الحل السياسي.")
    assert content == "إن البلدين متفقان على ضرورة الحل السياسي"


def test_a_long_adjunct_does_not_reach_past_another_verb_of_saying():
    # the `إن` belongs to the second verb's report, not to the first verb's adjunct
    found = claims("وقال الوزير في مؤتمر صحفي عقده في العاصمة مع عدد من الصحفيين الأجانب والمحليين بعد ظهر اليوم "
                   "وأعلن فيه المتحدث باسم الحكومة إن الجلسة ستعقد.")
    assert not any(content.startswith("إن الجلسة") and source.endswith("الوزير") for source, content in found)


def test_a_date_before_the_object_is_not_part_of_what_was_announced():
    assert claims("وأعلن الاتحاد الجزائري لكرة القدم في 25 يونيو إقالة المدرب.") == [
        ("الاتحاد الجزائري لكرة القدم", "إقالة المدرب")]


def test_a_time_adjunct_before_the_object_is_not_part_of_what_was_said():
    assert claims("وأكدت وزارة العدل في وقت لاحق تنفيذ الحكم.") == [("وزارة العدل", "تنفيذ الحكم")]
    assert claims("وأعلن الجيش في وقت سابق من اليوم مقتل ثلاثة جنود.") == [("الجيش", "مقتل ثلاثة جنود")]
    assert claims("وأعلنت الشرطة الأسبوع الماضي اعتقال المشتبه به.") == [("الشرطة", "اعتقال المشتبه به")]


def test_the_general_in_a_title_is_no_time_adjunct():
    assert claims("وقال الأمين العام إن الوضع خطير.") == [("الأمين العام", "إن الوضع خطير")]


def test_a_statement_noun_with_the_speakers_pronoun_is_an_adjunct_not_the_content():
    found = extract("t", "وأشار سمير الحلبي في خطابه إلى تحسن الأوضاع في المدينة.", DAY).claims
    assert [(c["source_text"], c["content"]) for c in found] == [("سمير الحلبي", "إلى تحسن الأوضاع في المدينة")]


def test_a_colon_after_a_long_adjunct_with_the_speakers_pronoun_opens_the_quotation():
    found = extract("t", 'وقال سمير الحلبي في كلمته الافتتاحية أمام مؤتمر حضره ممثلون عن نحو عشرين بلدا '
                         'في العاصمة الأسبوع الماضي: "نحن مستعدون للحوار".', DAY).claims
    assert [(c["source_text"], c["content"]) for c in found] == [("سمير الحلبي", "نحن مستعدون للحوار")]


def test_a_part_of_a_period_before_the_object_is_no_part_of_what_was_announced():
    found = extract("t", "وأعلنت وزارة الداخلية التونسية منتصف الشهر الماضي توقيف ثلاثة مشتبه بهم.", DAY).claims
    assert [c["content"] for c in found] == ["توقيف ثلاثة مشتبه بهم"]


def test_an_adjunct_or_a_spokesmans_title_before_the_governed_preposition_is_not_the_content():
    found = extract("t", "وشدد سمير الحلبي خلال لقائه بالسفير الفرنسي على ضرورة الحوار.", DAY).claims
    assert [c["content"] for c in found] == ["على ضرورة الحوار"]
    found = extract("t", "وأشارت سلمى الحلبي المتحدثة باسم الشرطة في اتصال مع الصحفيين إلى سقوط جريحين.", DAY).claims
    assert [c["content"] for c in found] == ["إلى سقوط جريحين"]


def test_the_object_of_a_warning_stays_in_the_content():
    found = extract("t", "وحذرت وزارة الزراعة التونسية الجمعة المزارعين من الفيضانات.", DAY).claims
    assert [c["content"] for c in found] == ["المزارعين من الفيضانات"]


def test_a_term_quoted_inside_the_object_of_the_governed_preposition_is_not_the_statement():
    found = extract("t", 'وأشار المراقبون أيضا إلى عرقلة عملهم حيث تعرضوا لـ"تهديد جسدي" من جانب أفراد.', DAY).claims
    assert [c["content"][:15] for c in found] == ["إلى عرقلة عملهم"]
