from etl.core.text import fold, normalize, normalize_phrase
from etl.core.morphology import stem_candidates


def test_normalisation_folds_hamza_maqsura_ta_marbuta_and_digits():
    assert normalize_phrase("أإآٱ على مدرسة ٢٠٢٤") == "اااا علي مدرسه 2024"


def test_diacritics_and_tatweel_removed_but_offsets_map_back():
    original = "وبشّـار الأسدُ أجرى اتصالاً"
    norm = normalize(original)
    assert norm.text == "وبشار الاسد اجري اتصالا"
    for word in norm.text.split():
        start = norm.text.index(word)
        a, b = norm.to_original(start, start + len(word))
        assert normalize_phrase(original[a:b]) == word
    # the trailing tanwin belongs to the surface
    i = norm.text.index("اتصالا")
    a, b = norm.to_original(i, i + len("اتصالا"))
    assert original[a:b] == "اتصالاً"


def test_to_normalized_inverts_to_original():
    original = "قالَ الرئيسُ إنّ"
    norm = normalize(original)
    for pos in range(len(norm.text)):
        a, _ = norm.to_original(pos, pos + 1)
        assert norm.to_normalized(a) == pos


def test_presentation_forms_fold_one_to_one():
    assert len(fold("\ufe8e\ufedf")) == 2 and fold("\ufe8e") == "ا"


def test_clitics_stripped_for_matching():
    assert "الاسد" in stem_candidates("والاسد")
    assert "العراق" in stem_candidates("للعراق")
    assert "موقع" in stem_candidates("لموقع")
    assert stem_candidates("بلد") == ("بلد",)  # too short to hide a clitic


def test_a_proclitic_on_a_two_letter_word_opens_only_multiword_names():
    import datetime as dt

    from etl.core.extract import extract

    x = extract("t", "وقال أحد المنظمين لبي بي سي إن الحدود مغلقة.", dt.date(2024, 1, 1))
    assert ("بي بي سي", "bbc") in {(m["surface"], m["actor_id"]) for m in x.actor_mentions}


def test_tokens_remember_an_underscore_of_the_original():
    from etl.core.matching import tokenize
    tokens = tokenize(normalize("أعلنت #حركة_الجهاد التوصل"))
    assert [t.word for t in tokens] == ["اعلنت", "حركه", "الجهاد", "التوصل"]
    assert [t.hashtag for t in tokens] == [False, False, True, False]


def test_normalize_lines_are_each_line_normalised_alone():
    """`normalize_lines` splits the whole text's `normalize` at line breaks: the same lines as
    normalising each line by itself (marks, tatweel, ligatures, format characters, spaces)."""
    from etl.core.text import normalize_line, normalize_lines
    text = ("قالَ المتحدثُ   إنّ الاجتماعَ ســيُعقد غداً\n\n"
            "\u200fﷲ أكبر، ﻻ تراجع\u200b عن القرار  \n"
            "  الجلسة القادمة ﰀ يوم الأحد.\n"
            "سطر أخير بلا علامات")
    assert normalize_lines(text) == [normalize_line(line) for line in text.split("\n")]
    assert normalize_lines("") == [""]


def test_normalize_keeps_only_the_last_text_and_never_a_stale_one():
    """`normalize` keeps its last result for the same string object (the sentence splitter and
    the rules normalise each article in turn); any other text is normalised afresh."""
    from etl.core.text import normalize
    first = "وقالَ الوزيرُ إنّ المحادثاتِ ستُستأنف"
    kept = normalize(first)
    assert normalize(first) is kept
    second = "أعلنت الشركةُ نتائجها"
    assert normalize(second).text == "اعلنت الشركه نتايجها"
    copy = "".join(list(first))  # an equal text, another object: an equal result
    assert copy is not first and normalize(copy) == kept
    assert normalize(first).text == kept.text
