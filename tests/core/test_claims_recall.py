"""Claims the finder used to miss: verbs spelt like the article, a bare title before a
quotation. Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_verb_whose_first_letters_look_like_the_article_still_reports():
    # `ألمح` (hinted) and `ألحّ` (insisted) open with the letters of `ال`
    assert claims("وألمح المدرب إلى أنه سيغادر النادي بعد نهاية الموسم.") == [
        ("المدرب", "أنه سيغادر النادي بعد نهاية الموسم")]
    assert claims("وألحت النقابة على أن الأجور لم تعد تكفي.") == [("النقابة", "أن الأجور لم تعد تكفي")]


def test_an_article_before_a_verb_still_makes_a_noun():
    # `الحذر` is caution, not the verb `حذر`
    assert claims("وساد الحذر في الأسواق بعد قرار البنك المركزي.") == []


def test_a_title_without_commas_between_the_speaker_and_the_quotation_is_not_the_content():
    [(source, content)] = claims('وقال سمير الحلبي القيادي في الحزب "لن نشارك في الحكومة المقبلة".')
    assert source == "سمير الحلبي"
    assert content == "لن نشارك في الحكومة المقبلة"


def test_an_object_before_a_quotation_stays_in_the_content():
    # `الحكومة` is what is accused, no title of the speaker
    [(_, content)] = claims('واتهم سمير الحلبي الحكومة "بالتقصير في حماية المزارعين".')
    assert content.startswith("الحكومة")
