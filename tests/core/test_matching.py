"""The phrase matcher's shortcuts (start positions, opener bits) find what a word-by-word scan finds."""
from etl.core.matching import PhraseMatcher, document_opener_bits, opener_bits, tokenize
from etl.core.text import normalize

SENTENCES = [
    "وقال وزير الخارجية الإيراني إن بلاده سترد، وأضافت مصادر دبلوماسية أن الوفد وصل إلى بيروت.",
    "ونقلت وكالة الأنباء عن المتحدث باسم الحكومة قوله إن المفاوضات مستمرة.",
    "وللمرة الثانية خلال أسبوع #حركة_الجهاد تعلن مسؤوليتها عن الهجوم على الحاجز.",
    "وقد أعلنها الوزير صراحة أمام الحكومة.",  # `أعلن` with a pronoun suffix
]
PHRASES = ["وزير الخارجية", "مصادر دبلوماسية", "الحكومة", "المفاوضات", "حركة الجهاد", "الحاجز", "أعلن"]


def tokens_of(text):
    return tokenize(normalize(text))


def scan(matcher, tokens):
    """The leftmost-longest scan without shortcuts: `match_at` at every word."""
    out, i = [], 0
    while i < len(tokens):
        m = matcher.match_at(tokens, i)
        if m is None:
            i += 1
        else:
            out.append(m)
            i = m.last
    return out


def test_phrases_are_found_through_clitics_articles_and_pronoun_suffixes():
    matcher = PhraseMatcher(((p, p) for p in PHRASES), enclitics=True)
    found = [[m.value for m in matcher.find_all(tokens_of(text))] for text in SENTENCES]
    assert found == [["وزير الخارجية", "مصادر دبلوماسية"], ["الحكومة", "المفاوضات"],
                     ["حركة الجهاد", "الحاجز"], ["أعلن", "الحكومة"]]


def test_start_positions_hold_every_word_a_phrase_opens_at():
    matcher = PhraseMatcher(((p, p) for p in PHRASES), enclitics=True)
    for text in SENTENCES:
        tokens = tokens_of(text)
        opening = [i for i in range(len(tokens)) if matcher.match_at(tokens, i) is not None]
        assert opening, text
        assert set(opening) <= set(matcher.start_positions(tokens))
        assert matcher.find_all(tokens) == scan(matcher, tokens)


def test_a_matcher_built_after_a_document_was_indexed_still_finds_its_phrases():
    tokens = tokens_of(SENTENCES[1])
    document_opener_bits(tokens)
    late = PhraseMatcher([("وكالة الأنباء", "agency")])
    assert [m.value for m in late.find_all(tokens)] == ["agency"]
    assert opener_bits(tokens[1]) & late.bit  # `وكالة`


def test_scans_of_a_sentence_read_the_document_index():
    tokens = tokens_of(SENTENCES[0])
    matcher = PhraseMatcher([("مصادر دبلوماسية", "anon")])
    k = next(i for i, t in enumerate(tokens) if t.word == "مصادر")
    assert matcher.starts_in(tokens, 0, k) == []
    assert matcher.starts_in(tokens, k, len(tokens)) == [k]


def test_tokens_joined_only_by_spaces_and_hashtags():
    tokens = tokens_of("قال  الرئيس، اليوم #حركة_الجهاد")
    assert [t.word for t in tokens] == ["قال", "الرييس", "اليوم", "حركه", "الجهاد"]
    assert [t.joined for t in tokens] == [False, True, False, True, True]
    assert [t.hashtag for t in tokens] == [False, False, False, False, True]
    assert [t.bare for t in tokens][:2] == ["قال", "رييس"]


def test_document_opener_bits_equal_each_words_own_reading():
    """The per-document bits (read through the per-word memo, C-level map) are, word by word,
    what `candidate_forms` gives when read afresh; a second document reuses the memo."""
    from etl.core.matching import _OPENERS, candidate_forms
    PhraseMatcher(((p, p) for p in PHRASES), enclitics=True)
    for text in SENTENCES:
        tokens = tokens_of(text)
        fresh = []
        for t in tokens:
            bits = 0
            for _, bare in candidate_forms(t.word, True):
                bits |= _OPENERS.get(bare, 0)
            if len(t.word) == 3 and t.word[0] in "وفبلك":
                bits |= _OPENERS.get(t.word[1:], 0)
            fresh.append(bits)
        assert document_opener_bits(tokens) == fresh
        assert [opener_bits(t) for t in tokens] == fresh


def test_phrase_matches_are_immutable_values():
    matcher = PhraseMatcher([("مصادر دبلوماسية", "anon")])
    m = matcher.find_all(tokens_of(SENTENCES[0]))[0]
    assert (m.value, m.last - m.first) == ("anon", 2)
    assert m == matcher.match_at(tokens_of(SENTENCES[0]), m.first)
    try:
        m.first = 0
    except AttributeError:
        pass
    else:
        raise AssertionError("a phrase match changed")
