from etl.core.sentences import split_sentences


def test_splits_on_terminal_punctuation_and_missing_space():
    text = "وصل الوفد إلى دمشق.كما التقى الوزير بنظيره. هل ينجح الاتفاق؟ نعم"
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["وصل الوفد إلى دمشق.", "كما التقى الوزير بنظيره.", "هل ينجح الاتفاق؟", "نعم"]


def test_offsets_read_back_and_abbreviations_and_decimals_survive():
    text = "قال د. أحمد إن النمو بلغ 3.5 في المئة.\nوأضاف أن الوضع مستقر."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["قال د. أحمد إن النمو بلغ 3.5 في المئة.", "وأضاف أن الوضع مستقر."]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.idx for s in sentences] == [0, 1]


def test_boilerplate_lines_flagged():
    text = "عنوان الخبر\nقال الوزير إن المحادثات مستمرة.\nعروض سياحية اقتصادية\nنسخ الرابط :\nشارك"
    flags = {s.text: s.is_boilerplate for s in split_sentences(text)}
    assert flags["قال الوزير إن المحادثات مستمرة."] is False
    assert flags["عروض سياحية اقتصادية"] is True
    assert flags["نسخ الرابط :"] is True
    assert flags["شارك"] is True


def test_trailing_related_links_are_boilerplate():
    text = ("عنوان الخبر\nقال الوزير إن المحادثات مستمرة.\n"
            "الأمم المتحدة تحذر من أزمة غذاء في المنطقة\nوزير الخارجية يزور العاصمة الأسبوع المقبل")
    sentences = split_sentences(text)
    assert [s.is_boilerplate for s in sentences] == [False, False, True, True]


def test_link_blocks_inside_the_page_are_boilerplate_but_a_subheading_is_not():
    text = ("عنوان الخبر\nقال الوزير إن المحادثات مستمرة.\nمحادثات السلام\n"
            "الأمم المتحدة تحذر من أزمة غذاء في المنطقة\nوزير الخارجية يزور العاصمة الأسبوع المقبل\n"
            "وأضاف الوزير أن الوفد سيصل غدا.")
    flags = {s.text: s.is_boilerplate for s in split_sentences(text)}
    assert flags["الأمم المتحدة تحذر من أزمة غذاء في المنطقة"] and flags["وزير الخارجية يزور العاصمة الأسبوع المقبل"]
    assert not flags["محادثات السلام"] and not flags["وأضاف الوزير أن الوفد سيصل غدا."]
