"""An attribution preposition standing as a sentence of its own (`حسب وكالة X.`, `بحسب ما نقلت
صحيفة X.`) attributes the sentence before it (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", "عنوان الخبر\n" + text, DAY).claims


def test_an_outlet_alone_attributes_the_sentence_before():
    found = claims("ورفع المصرف المركزي سعر الفائدة نصف نقطة مئوية للمرة الثانية هذا العام. حسب وكالة الأنباء المحلية.")
    [c] = [c for c in found if c["cue"] == "حسب"]
    assert c["content"].startswith("ورفع المصرف المركزي") and c["source_text"] == "وكالة الأنباء المحلية"


def test_an_outlet_after_what_and_its_verb():
    found = claims("وقررت الشركة إغلاق مصنعها الوحيد في الشمال بعد خسائر متتالية. بحسب ما نقلت صحيفة الأيام.")
    [c] = [c for c in found if c["cue"] == "بحسب ما"]
    assert c["content"].startswith("وقررت الشركة") and "صحيفة الأيام" in c["source_text"]


def test_an_attribution_with_its_own_content_is_unchanged():
    found = claims("وقال الوزير إن الوضع هادئ. وبحسب الوزير، فإن القوات انسحبت من البلدة.")
    [c] = [c for c in found if c["cue"] == "وبحسب"]
    assert c["content"].startswith("فإن القوات")


def test_the_headline_is_not_attributed():
    found = extract("t", "الشركة تغلق مصنعها\nحسب وكالة الأنباء المحلية.", DAY).claims
    assert found == []


def test_a_reprint_credit_attributes_nothing():
    found = claims("ولن ينسى الجمهور هذا الموسم الصعب أبدا. *نقلا عن صحيفة الأيام")
    assert not any(c["content"].startswith("ولن ينسى") for c in found)


def test_a_trailing_attribution_with_a_resumptive_pronoun_after_its_verb():
    found = claims("ستستمر المفاوضات حتى نهاية الشهر، وفق ما صرح به الوزير.")
    [c] = [c for c in found if c["cue"] == "وفق ما"]
    assert c["source_text"] == "الوزير" and c["content"].startswith("ستستمر المفاوضات")
