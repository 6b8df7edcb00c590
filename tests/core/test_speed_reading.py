"""Reading a document counts scripts and checks names by shortcuts (UTF-8 byte counts, a regex
test for escaped bytes): each gives what the plain definition gives, on every kind of character."""
from etl.core.language import _ARABIC_CHARS, _ASCII_LETTERS, _script_counts, detect_language

SAMPLES = [
    "",
    "قال الوزير إن المحادثات مستمرة",
    "The minister said that the talks were continuing",
    "Le ministre a été reçu à Genève",  # accented Latin letters are no ASCII letters
    "وزیر گفت که گفتگوها ادامه دارد",  # Persian letters are in the Arabic block
    "\ufeffﻻ ﷲ ﻹ النص",  # a byte-order mark and presentation forms (U+FB50–U+FEFF)
    "\ufb4f\ufb50\ufeff\uff01",  # the edges of that range and a full-width letter after it
    "حرف\udce9مفرد",  # a lone surrogate (an undecodable byte escaped by Python)
    "١٢٣ 456 ٫ ۴۵ abc ABC z",  # Arabic-Indic and Persian digits, ASCII digits and letters
    "😀 中文 русский ދިވެހި",  # other scripts, a character beyond the BMP
]


def _plain_counts(text: str) -> tuple[int, int]:
    return len(text) - len(_ARABIC_CHARS.sub("", text)), len(text) - len(_ASCII_LETTERS.sub("", text))


def test_script_counts_equal_the_regex_counts():
    for text in SAMPLES + [" ".join(SAMPLES) * 3]:
        assert _script_counts(text) == _plain_counts(text), text


def test_languages_are_still_told_apart():
    assert detect_language("قال الوزير إن المحادثات مستمرة\ufeff") == "ar"
    assert detect_language("The minister said that the talks were continuing") == "en"
    assert detect_language("Le ministre a dit que les négociations sont dans une impasse") == "fr"


def test_only_boilerplate_decides_as_the_blocks_and_patterns_do():
    from etl.core.sentences import _is_boilerplate_line, _line_spans, _link_blocks, _teaser_block, only_boilerplate

    def plain(text: str) -> bool:
        lines = list(_line_spans(text))
        body = [(i, line) for i, (_, line) in enumerate(lines) if line.strip()]
        links = _link_blocks(lines) | _teaser_block(lines)
        return bool(body) and all(i in links or _is_boilerplate_line(line) for i, line in body)

    headlines = "\n".join(["الفريق يفوز بالمباراة الأخيرة في الدوري", "الحكومة تعلن خطة جديدة للنقل العام",
                           "ارتفاع أسعار الخضار في الأسواق المحلية"])
    texts = [
        "", "\n\n",
        "افتتح الوزير المعرض الدولي للكتاب صباح اليوم.\nشارك\nنسخ الرابط",
        "شارك\nنسخ الرابط",  # share buttons only
        "\nشارك\n\nنسخ الرابط\n",  # the same after an empty first line
        "\n" + headlines,  # headline-shaped lines after an empty first line: a block of links
        "عنوان الخبر\n" + headlines,
        "نسخ الرابط\n" + headlines,  # a share button, then links to other articles
        "نسخ الرابط\nافتتح الوزير المعرض الدولي للكتاب صباح اليوم.",
    ]
    for text in texts:
        assert only_boilerplate(text) == plain(text), text
    assert only_boilerplate("شارك\nنسخ الرابط") and only_boilerplate("نسخ الرابط\n" + headlines)
    assert not only_boilerplate("افتتح الوزير المعرض الدولي للكتاب صباح اليوم.\nشارك\nنسخ الرابط")


def test_a_file_name_keeps_its_letters_and_escapes_only_undecodable_bytes():
    from etl.core.documents import escape_undecodable
    assert escape_undecodable("تقرير الوزارة 2018.txt") == "تقرير الوزارة 2018.txt"
    assert escape_undecodable("caf\udce9.txt") == "caf%E9.txt"
    assert escape_undecodable("\udc80\ud800x\udcff") == "%80\ud800x%FF"  # (a high surrogate is not an escaped byte)
