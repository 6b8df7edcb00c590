"""`fold` replaces the common folded characters without looking for them and looks only for the
rare ones: the result is `str.translate` with the folding table, for every folded character."""
from etl.core.text import _FOLD, fold


def test_fold_is_the_translation_for_every_folded_character():
    every = "".join(map(chr, sorted(_FOLD)))
    sentence = "أعلنت الإدارة في آخر يوم من أيّام الأسبوع أن مئة مسؤول وصلوا إلى مؤتمر #حماية_البيئة"
    for text in ["", "بلا همزة", sentence, every, every[::-1] + sentence, "٢٠١٨ ۱۴۰۰ ﻻ ﺍﻟﺴﻼﻡ ی ک ٱ ٫"]:
        assert fold(text) == text.translate(_FOLD), text
        assert len(fold(text)) == len(text)
    assert fold("مسؤولة أولى في ١٢ إدارة") == "مسووله اولي في 12 اداره"


def test_short_and_long_texts_fold_alike():
    phrase = "رئيس الهيئة الأمريكية"
    for text in [phrase, (phrase + " ") * 10, "محمد", "reuters", "٣ مؤتمرات"]:
        assert fold(text) == text.translate(_FOLD), text
    assert fold((phrase + " ") * 10) == (fold(phrase) + " ") * 10
