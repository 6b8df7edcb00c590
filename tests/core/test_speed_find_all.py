"""`find_all` keeps the phrases of the whole document it read last and answers a range bounded by
punctuation or line breaks (a sentence) with a slice of them: the same phrases a scan of that
range finds, whichever range is asked first, and a scan still where a phrase could cross the bound."""
from etl.core.matching import PhraseMatcher, Token, tokenize
from etl.core.text import normalize, normalize_phrase

TEXT = ("أعلنت وزارة الصحة أن فرق الإسعاف وصلت. وقالت وزارة الصحة العامة إن المستشفى الميداني جاهز؛ "
        "وأكد مدير المستشفى الميداني أن وزارة الصحة\nأرسلت فرق الإسعاف إلى المدينة")
PHRASES = [("وزارة الصحة", "ministry"), ("وزارة الصحة العامة", "public health"), ("فرق الإسعاف", "paramedics"),
           ("المستشفى الميداني", "field hospital"), ("مدير المستشفى", "director"), ("الصحة", "health")]


def _fresh_scan(tokens, first, last):
    return PhraseMatcher(PHRASES).find_all(tokens, first, last)  # a new matcher has kept nothing


def _bounds(tokens):
    """Every range whose ends are gaps with punctuation or a line break (or the text's ends)."""
    cuts = [0] + [k for k, t in enumerate(tokens) if k and not t.joined] + [len(tokens)]
    return [(a, b) for a in cuts for b in cuts if a <= b]


def test_a_range_after_the_whole_document_is_its_slice_of_the_phrases():
    tokens = tokenize(normalize(TEXT))
    matcher = PhraseMatcher(PHRASES)
    whole = matcher.find_all(tokens)
    assert [m.value for m in whole].count("ministry") == 2 and "public health" in [m.value for m in whole]
    def no_scan(*args):
        raise AssertionError("a bounded range is a slice of the kept phrases")
    matcher.starts_in = no_scan
    for first, last in _bounds(tokens):
        assert matcher.find_all(tokens, first, last) == _fresh_scan(tokens, first, last), (first, last)
    assert matcher.find_all(tokens) == whole


def test_a_range_inside_a_clause_is_scanned():
    tokens = tokenize(normalize(TEXT))
    matcher = PhraseMatcher(PHRASES)
    matcher.find_all(tokens)
    k = next(i for i, t in enumerate(tokens) if t.word == normalize_phrase("الصحة"))  # inside `وزارة الصحة`: joined to it
    assert tokens[k].joined
    assert [m.value for m in matcher.find_all(tokens, k, k + 1)] == ["health"]  # not a slice (none opens there)
    j = next(i for i, t in enumerate(tokens) if t.word == normalize_phrase("العامة"))
    assert [m.value for m in matcher.find_all(tokens, 0, j)][:3] == ["ministry", "paramedics", "ministry"]


def test_a_list_handed_out_is_the_callers_own():
    tokens = tokenize(normalize(TEXT))
    matcher = PhraseMatcher(PHRASES)
    matcher.find_all(tokens).clear()
    matcher.find_all(tokens, 0, 5).clear()
    assert matcher.find_all(tokens) == _fresh_scan(tokens, 0, None)


def test_tokens_made_by_hand_with_no_gaps_are_scanned():
    words = normalize_phrase("وزارة الصحة العامة").split()
    tokens, at = [], 0
    for w in words:
        tokens.append(Token(at, at + len(w), w, True, w[2:] if w.startswith("ال") else w))
        at += len(w) + 1
    matcher = PhraseMatcher(PHRASES)
    assert [m.value for m in matcher.find_all(tokens)] == ["public health"]
    assert [m.value for m in matcher.find_all(tokens, 1, 3)] == ["health"]  # joined at 1: scanned
