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


def test_agency_byline_with_dotted_initials_stays_in_its_sentence():
    text = "وقال الوزير (أ. ف. ب) إن الاجتماع انتهى. وأضاف أن الوفد غادر.\nالقاهرة (د.ب.أ) - أعلنت الحكومة خطة جديدة."
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["وقال الوزير (أ. ف. ب) إن الاجتماع انتهى.", "وأضاف أن الوفد غادر.",
                     "القاهرة (د.ب.أ) - أعلنت الحكومة خطة جديدة."]


_DATELINED_ARTICLE = (
    "الحكومة تقر موازنة العام المقبل\n\n"
    "عمّان، الأردن (CNN) -- أقرت الحكومة الأردنية، الأحد، مشروع الموازنة العامة للعام المقبل بعد نقاش طويل.\n"
    "وقال وزير المالية إن الموازنة تركز على دعم المشاريع الصغيرة وخفض العجز تدريجيا خلال ثلاثة أعوام.\n"
    "وأضاف أن الحكومة ستعرض المشروع على مجلس النواب خلال الأسابيع المقبلة لمناقشته وإقراره بشكل نهائي.\n")
_TEASERS = [
    "أعلن الاتحاد المحلي لكرة السلة، الإثنين، عن تعيين مدرب جديد للمنتخب الأول قبل انطلاق التصفيات القارية.",
    "وافقت شركة الطيران الوطنية على شراء عشر طائرات جديدة لتوسيع أسطولها وتشغيل خطوط إضافية نحو آسيا.",
    "كشفت دراسة حديثة أن المشي اليومي لمدة نصف ساعة يقلل من مخاطر أمراض القلب بنسبة كبيرة لدى الكبار.",
    "ارتفعت أسعار الذهب في الأسواق العالمية إلى أعلى مستوى لها منذ أشهر وسط مخاوف من تباطؤ الاقتصاد العالمي.",
    "هل تعلم أن بعض أنواع الطيور تقطع آلاف الكيلومترات كل عام في رحلات هجرة طويلة بين القارات المختلفة؟",
]


def test_teaser_block_after_a_datelined_article_is_boilerplate():
    text = _DATELINED_ARTICLE + "\n".join(_TEASERS) + "\n"
    flags = {s.text: s.is_boilerplate for s in split_sentences(text)}
    assert all(flags[t] for t in _TEASERS)     # including the lead opening with the verb وافقت
    assert not any(v for k, v in flags.items() if k not in _TEASERS)


def test_article_ending_without_a_teaser_block_keeps_its_last_paragraphs():
    # two opening-shaped lines at the end are too few to be a block
    short = _DATELINED_ARTICLE + "\n".join(_TEASERS[:2]) + "\n"
    assert not any(s.is_boilerplate for s in split_sentences(short))
    # without a dateline the same five lines may be the article's own paragraphs
    undated = _DATELINED_ARTICLE.replace("عمّان، الأردن (CNN) -- ", "") + "\n".join(_TEASERS)
    assert not any(s.is_boilerplate for s in split_sentences(undated))
    # a subheading breaks the run: four such lines around it are two runs of two
    sub = (_DATELINED_ARTICLE + _TEASERS[0] + "\n" + _TEASERS[2] + "\nخطة التنفيذ\n"
           + "\n".join(_TEASERS[3:]))
    assert not any(s.is_boilerplate for s in split_sentences(sub))
    joined = split_sentences(sub.replace("خطة التنفيذ\n", ""))
    assert sum(s.is_boilerplate for s in joined if s.text in _TEASERS) == 4


def test_disclaimers_live_links_and_separator_rules_are_boilerplate():
    text = ("قال الوزير إن المحادثات مستمرة.\n------------------\n"
            "** جميع الآراء المنشورة تمثل رأي كاتبها فقط.\nلمتابعة المؤتمر الصحفي مباشرة، اضغط هنا...\n"
            "وأكد أن الاتفاق يمثل رأي الحكومة كلها.")
    flags = [s.is_boilerplate for s in split_sentences(text)]
    assert flags == [False, True, True, True, False]


def test_a_teaser_opening_with_a_waw_verb_may_close_the_block_and_outlet_names_may_have_two_words():
    reordered = _TEASERS[:1] + _TEASERS[2:] + _TEASERS[1:2]      # وافقت ... is the last line
    text = _DATELINED_ARTICLE.replace("(CNN)", "(CNN Business)") + "\n".join(reordered)
    flags = {s.text: s.is_boilerplate for s in split_sentences(text)}
    assert all(flags[t] for t in _TEASERS)
    assert not any(v for k, v in flags.items() if k not in _TEASERS)


def test_transliterated_acronym_with_dots_stays_in_its_sentence():
    text = "وقالت شركة بي.بي البريطانية إن الإنتاج ارتفع. ونقلت شبكة سي.إن.إن الخبر.\nوصل الوفد إلى دمشق.كما وصل وفد آخر."
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["وقالت شركة بي.بي البريطانية إن الإنتاج ارتفع.", "ونقلت شبكة سي.إن.إن الخبر.",
                     "وصل الوفد إلى دمشق.", "كما وصل وفد آخر."]


def test_a_web_address_stays_in_its_sentence_and_a_lost_space_still_splits():
    texts = [s.text for s in split_sentences(
        'وقال لـ"العربية.نت" إن المعبر مغلق. وذكر موقع reuters.com أن السفن تنتظر.كما تأخرت الرحلات.')]
    assert texts == ['وقال لـ"العربية.نت" إن المعبر مغلق.', "وذكر موقع reuters.com أن السفن تنتظر.",
                     "كما تأخرت الرحلات."]


def test_lines_normalised_in_one_pass_equal_each_line_normalised_alone():
    from etl.core.text import normalize_line, normalize_lines
    text = ("قالَ الوزيـــر: «سنردّ»\n\n  ﻻ تراجع   عن القرار\u200f\n"  # marks, tatweel, a ligature, a mark
            "#حركة_الجهاد تعلن ١٢ بنداً\r\nتابعونا على فيسبوك")
    assert normalize_lines(text) == [normalize_line(line) for line in text.split("\n")]
