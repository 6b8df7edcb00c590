"""The actor stage's shortcuts for speed answer as the rules they skip or count for."""
from etl.core.actors import ActorFinder
from etl.core.matching import tokenize
from etl.core.text import normalize

SENTENCES = [
    "وقال وزير الخارجية الفرنسي، جان مارك لوران، إن الحكومة ستجتمع غدا",
    "انتهى الاجتماع مساء أمس. وقالت \"ميدل نيوز\" إن المحتجين تجمعوا أمام مبنى البرلمان",
    "وأضاف في حديث لـ\"الجزيرة\" أن المفاوضات متعثرة",
    "أعلن سيدي ولد الشيخ عبد الله أن الانتخابات ستجري في موعدها، وقال «المرصد» إن القصف تواصل",
    "التقى الرئيس المصري عبد الفتاح السيسي بوفد من رجال الأعمال, وقال مسؤول رفض الكشف عن اسمه إن اللقاء كان وديا",
]


def _finder(text: str) -> tuple[ActorFinder, int]:
    norm = normalize(text)
    tokens = tokenize(norm)
    return ActorFinder(tokens, norm.text, tagger=False, original=norm), len(tokens)


def _every_rule_at(finder: ActorFinder, i: int, last: int):
    """`_at` without its per-word rule table: every rule called, the longest (earliest on ties) kept."""
    best = None
    for rule, _, _ in finder._rules:
        c = rule(finder, i, last)
        if c is not None and (best is None or c.last - c.first > best.last - best.first):
            best = c
    return best


def test_the_rules_at_picks_find_what_every_rule_finds():
    found = 0
    for text in SENTENCES:
        picked, n = _finder(text)
        every, _ = _finder(text)
        for i in range(n):
            a, b = picked._at(i, n), _every_rule_at(every, i, n)
            assert a == b, (text, i)
            found += a is not None
    assert found >= 8  # the sentences hold actors for each kind of rule


def test_a_rule_needing_a_comma_or_quote_is_skipped_only_where_the_gap_lacks_it():
    finder, n = _finder(SENTENCES[0])
    k = next(i for i, t in enumerate(finder.tokens) if t.word == "جان")
    assert finder._gap_kind(k) == 1  # a comma before the apposition's name
    assert finder._at(k, n) is not None
    finder, n = _finder(SENTENCES[1])
    k = next(i for i, t in enumerate(finder.tokens) if t.word == "ميدل")
    assert finder._gap_kind(k) == 2
    assert finder._at(k, n).actor.actor_type == "organization"  # the quoted subject of `وقالت`


def test_a_name_with_links_runs_one_word_further_per_link():
    finder, n = _finder(SENTENCES[3])
    k = next(i for i, t in enumerate(finder.tokens) if t.word == "سيدي")
    m = finder._name_from(k, n, None, None, expected=True)
    assert m is not None and m.last - m.first == 5  # `سيدي ولد الشيخ عبد الله`: `ولد` and `عبد` link


def test_tagger_window_openers_are_the_words_before_a_joined_word_that_may_open_a_name():
    text = "وقال جون ميلر، رئيس منظمة لحماية البيئة، إن كارين هولت ستزور المدينة"
    norm = normalize(text)
    tokens = tokenize(norm)
    finder = ActorFinder(tokens, norm.text, original=norm)
    opens = finder.tagger.window_openers
    expected = [k for k in range(len(tokens) - 1) if tokens[k + 1].joined and finder._window_opener(tokens[k].word)]
    assert finder._window_openers == expected
    words = [tokens[k].word for k in expected]
    assert "جون" in words and "كارين" in words and "ميلر" not in words  # (a comma follows `ميلر`)
    assert all(opens[w] for w in words)


def test_a_title_is_still_read_where_no_rule_names_its_holder():
    text = "وصل رئيس الوزراء إلى العاصمة"
    norm = normalize(text)
    tokens = tokenize(norm)
    finder = ActorFinder(tokens, norm.text, tagger=False, original=norm)
    assert finder.find(0, len(tokens)) == []  # `رئيس الوزراء` alone names nobody, and the scan goes on past it
    k = next(i for i, t in enumerate(tokens) if t.word == "رييس")
    assert not tokens[k].shut & finder.lex.titles.bit
    text = "وصل رئيس حزب الخضر الجديد ماركوس فيلدر إلى العاصمة"
    norm = normalize(text)
    tokens = tokenize(norm)
    found = ActorFinder(tokens, norm.text, tagger=False, original=norm).find(0, len(tokens))
    assert any(m.actor.actor_type == "person" for m in found)


def test_the_rule_table_is_kept_on_the_lexicon_for_every_document():
    first, n = _finder(SENTENCES[0])
    for i in range(n):
        first._at(i, n)
    second, m = _finder(SENTENCES[4])
    assert second._rules_by_bits is first._rules_by_bits and second._rules_by_bits
    every, _ = _finder(SENTENCES[4])
    assert [second._at(i, m) for i in range(m)] == [_every_rule_at(every, i, m) for i in range(m)]


def test_naming_words_and_the_latter_open_a_position_whatever_they_read_as():
    text = "التقى الوزير رجلا ويدعى كمال ناصر، والأخير رجل أعمال معروف، ثم غادر الأخير القاعة"
    finder, _ = _finder(text)
    words = [t.word for t in finder.tokens]
    openings = set(finder._openings)
    for k, word in enumerate(words):
        if word.removeprefix("و") in ("يدعي", "الاخير"):
            assert k in openings, word
    assert sum(w.removeprefix("و") in ("يدعي", "الاخير") for w in words) == 3
