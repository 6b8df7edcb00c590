"""A token's `shut` bits (matchers certainly opening nothing at it) are a shortcut only: every
matcher finds what it finds without them, whether it was built before or after the text was read."""
from etl.core.matching import PhraseMatcher, Token, opener_bits, tokenize
from etl.core.text import normalize

TEXT = "وأعلنت وزارة الصحة في بيان أن فرق الإسعاف نقلت المصابين إلى مستشفى المدينة"


def test_a_token_is_shut_for_a_built_matcher_exactly_where_it_opens_nothing():
    ministry = PhraseMatcher([("وزارة الصحة", "ministry"), ("مستشفى", "hospital")])
    tokens = tokenize(normalize(TEXT))
    for k, token in enumerate(tokens):
        shut = bool(token.shut & ministry.bit)
        assert shut == (not opener_bits(token) & ministry.bit), token.word
        if shut:
            assert ministry.match_at(tokens, k) is None
    assert [m.value for m in ministry.find_all(tokens)] == ["ministry", "hospital"]
    assert not tokens[1].shut & ministry.bit  # `وزارة` opens `وزارة الصحة`


def test_a_matcher_built_after_the_text_was_tokenised_is_not_shut_out():
    tokens = tokenize(normalize(TEXT))
    late = PhraseMatcher([("فرق الإسعاف", "paramedics")])
    assert not any(t.shut & late.bit for t in tokens)  # the tokens knew nothing of it
    k = next(i for i, t in enumerate(tokens) if t.word == "فرق")
    assert late.match_at(tokens, k).value == "paramedics"
    assert [m.value for m in late.find_all(tokens)] == ["paramedics"]


def test_a_token_made_by_hand_is_shut_for_no_matcher():
    matcher = PhraseMatcher([("بيان", "statement")])
    token = Token(0, 4, "بيان", False, "بيان")
    assert token.shut == 0
    assert matcher.match_at([token], 0).value == "statement"



def test_tokens_are_the_word_runs_of_the_text_with_their_offsets_and_gaps():
    """`tokenize` (running sums over `split`) reads what a plain scan of word matches reads."""
    import re
    texts = ["", " ، ", "كلمة", "  قال الوزير:  إن 25 شخصا\nأصيبوا، والحصيلة  (غير نهائية)…",
             "ABC عربي_مختلط x2 ـــ", "«الجيش» و«الشرطة»!"]
    for text in texts:
        norm = normalize(text)
        tokens = tokenize(norm)
        runs = list(re.finditer(r"[^\W_]+", norm.text))
        assert [(t.start, t.end, t.word) for t in tokens] == [(m.start(), m.end(), m.group()) for m in runs]
        gaps = [norm.text[a.end():b.start()] for a, b in zip(runs, runs[1:])]
        assert [t.joined for t in tokens[1:]] == [set(g) == {" "} for g in gaps]
        assert not tokens or tokens[0].joined is False
