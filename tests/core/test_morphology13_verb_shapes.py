"""`morphology.analyse`: the verb and noun shapes the event-role rules ask (`event_roles_shapes`).
Words are written for these tests and normalised as the rules see them."""
from etl.core.morphology import WordAnalysis, analyse
from etl.core.text import normalize_phrase


def read(word: str) -> WordAnalysis:
    return analyse(normalize_phrase(word))


def test_the_pattern_fuul_is_a_shape_of_verbal_nouns():
    # `بعد هجوم على القافلة`, `دخول القوات المدينة`: four letters with `و` third
    assert read("هجوم").fuul_shape and read("دخول").fuul_shape and read("وهجوم").fuul_shape
    # a past verb of four letters has no `و` there
    assert not read("هاجم").fuul_shape and not read("ضربت").fuul_shape
    assert not read("هجومان").fuul_shape  # five letters


def test_a_past_verb_marked_for_its_subject():
    # `أغلقت الحكومة السفارة`, `وأغلقوا الطريق`, `ألغت الوزارة الزيارة`
    for verb in ("أغلقت", "وأغلقوا", "ألغت", "قالت"):
        assert read(verb).marked_past, verb
    # forms VIII and X marked for their subject: `استنكرت الوزارة`, `انسحبوا من الاجتماع`, `استنكروا`
    for verb in ("استنكرت", "انسحبوا", "واستنكروا"):
        assert read(verb).marked_past, verb
    # `المفاوضات` ends in the plural `ات`; `قال`, `ضرب` are unmarked
    for word in ("المفاوضات", "قال", "ضرب", "مت"):
        assert not read(word).marked_past, word


def test_a_past_verb_by_the_letters_as_written():
    # `أنه ضرب`, `أنها وفت بوعدها`, `أنها قامت`: a verb may follow the pronoun complementizer
    for verb in ("ضرب", "وفت", "قامت", "استقبلت"):
        assert read(verb).past_verb_shape, verb
    # `أنها بمثابة إهانة`, `إن الغارات`, `أنه رئيسي`, `أنها خطيرة`, `أنه هجوم`, `أنه اعتقال`: no past verb
    for word in ("بمثابة", "الغارات", "رئيسي", "خطيرة", "لقاء", "هجوم", "اعتقال"):
        assert not read(word).past_verb_shape, word


def test_a_word_a_verb_may_be():
    # `ونفى الوزير`, `يدعمه الحزب`: verbs by their shape (a present verb with a pronoun)
    assert read("ونفى").verb_shape and read("يدعمه").verb_shape and read("اعتقل").verb_shape
    # `زيارة`, `الاعتقالات`, `استهداف`: nouns by their `ة`, article, plural or long vowel
    for noun in ("زيارة", "الاعتقالات", "استهداف"):
        assert not read(noun).verb_shape, noun


def test_a_plural_past_of_a_root_ending_in_a_vowel_is_no_fuul():
    # `المحتجون رموا الحجارة`, `دعوا إلى الهدوء`: `و` third, then the plural's `ا`
    assert not read("رموا").fuul_shape and not read("دعوا").fuul_shape and not read("ومشوا").fuul_shape
