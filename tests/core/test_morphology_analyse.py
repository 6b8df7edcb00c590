"""`morphology.analyse`: the word-level readings every extractor reads (issue 13). Words and
sentences are invented for these tests; each is normalised as the rules see it."""
import pytest

from etl.core.claim_base import is_present_verb
from etl.core.morphology import WordAnalysis, analyse
from etl.core.text import normalize_phrase


def read(word: str) -> WordAnalysis:
    return analyse(normalize_phrase(word))


def test_present_verb_with_feminine_subject():
    # `تلتقي الوزيرة نظيرها غدا`: the verb agrees with a woman and is still due
    meeting = read("تلتقي")
    assert meeting.present_strict and meeting.present_lenient
    assert meeting.feminine_verb
    assert not meeting.verbal_noun


def test_verbal_noun_is_not_a_verb():
    # `حذرت الحكومة من تحذير جديد`: the noun of warning is not a present verb
    warning = read("تحذير")
    assert warning.verbal_noun
    assert not warning.present_strict and not warning.present_lenient
    assert read("والانسحاب").verbal_noun and read("المفاوضات").verbal_noun


def test_feminine_participle_of_speech():
    # `وقالت المديرة إن الخطة جاهزة، مضيفة أن ...`: the participle goes on with her words
    adding = read("مضيفة")
    assert adding.participle_of_speech and adding.participle_accusative
    assert adding.agreement_gender == "f"
    assert read("مضيفا").agreement_gender == "m"
    assert read("قائلين").participle_of_speech  # a ق participle: the claim rules' reading only
    assert not read("قائلين").participle_accusative
    assert not read("قالوا").participle_of_speech  # a past verb in the plural


def test_strict_and_lenient_present_differ_where_documented():
    # a `ت` before three letters is as often a Form V past (`تعهد الرئيس`): strict says no
    assert not read("تعهد").present_strict and read("تعهد").present_lenient
    # the first person plural `نرفض` is a present verb for the claim rules only
    assert not read("نرفض").present_strict and read("نرفض").present_lenient
    # the lenient reading turns away the nouns تفعيل, فعال and an accusative -an
    for noun in ("تفكيك", "نظام", "تحقيقا"):
        assert not read(noun).present_lenient, noun


def test_closed_class_words_are_not_present_verbs():
    # `إن تلك الخطة`: a demonstrative opens the clause, not a verb
    assert not is_present_verb(normalize_phrase("تلك"))
    assert is_present_verb(normalize_phrase("ويقول"))


def test_conjunction_article_and_stems():
    word = read("والاتفاق")
    assert word.conjunction == "و" and word.bare == normalize_phrase("الاتفاق")
    assert word.definite
    assert normalize_phrase("اتفاق") in word.stems
    short = read("ولم")
    assert short.conjunction == "و" and short.bare == "لم"
    assert read("وزير").conjunction == "و"  # a letter reading only: the lexicon decides names


def test_pronoun_suffix_and_future_prefix():
    readiness = read("استعداده")
    assert readiness.pronoun_suffix == "ه"
    assert normalize_phrase("استعداد") in readiness.unsuffixed
    assert read("دعمهم").pronoun_suffix == "هم"
    assert normalize_phrase("تنتشر") in read("ستنتشر").unsuffixed


def test_past_verb_gender_and_number():
    # `قالت الوزيرة` / `قال الوزير` / `قالوا`
    assert read("قالت").agreement_gender == "f" and read("قالت").feminine_verb
    assert read("وأشاد").agreement_gender == "m" and not read("وأشاد").feminine_verb
    assert read("أوضحت").agreement_gender == "f"
    assert read("يقولون").plural_ending and read("وعبروا").plural_ending
    assert read("قالتا").dual_stem == normalize_phrase("قال")
    assert read("يقولان").dual_stem == normalize_phrase("يقول")
    assert read("قلنا").dual_stem is None  # we said: not a dual
    assert read("بيان").dual_stem is None  # a noun in ان, not a present verb's dual
    assert read("المحتجين").oblique_plural and not read("المحتجون").oblique_plural


def test_past_verb_whose_root_opens_with_nun():
    # `قد نجحت الخطة`: past, not `نفعل`
    assert read("نجحت").past_in_nun and read("نفذ").past_in_nun
    assert not read("ننتظر").past_in_nun


def test_predicate_shape_after_a_title():
    # `الوزير سافر`, `الرئيس مستعد`: a verb or predicate, not a family name
    for word in ("سافر", "مستعد", "اخطا"):
        assert read(word).predicate_shape, word
    assert not read("مواطن").predicate_shape  # م + و: a noun of place, not مُفعِل


@pytest.mark.parametrize("sentence, verbs", [
    ("وتلتقي الوزيرة نظيرها يوم الأحد لبحث تعزيز التعاون", {"وتلتقي"}),
    ("ويتحدث المدير في المؤتمر بعد تحذير اللجنة", {"ويتحدث"}),
])
def test_present_verbs_in_a_sentence(sentence, verbs):
    found = {w for w in sentence.split() if read(w).present_strict}
    assert found == {normalize_phrase(v) for v in verbs}


def test_analysis_is_cached_per_word():
    assert read("تلتقي") is read("تلتقي")


def test_present_prefix_and_past_shape():
    # `ويتهم` opens with the present prefix ي; `وانتقد` is past-shaped (no article, no prefix)
    assert read("ويتهم").present_prefix == "ي" and not read("ويتهم").past_shape
    assert read("وانتقد").past_shape and read("وانتقد").present_prefix == ""
    assert not read("والوزير").past_shape  # the article: a noun
