"""The name tagger's per-word record (`word_record.py`) answers as each module's own analysis of
the word did, and its table stays bounded. Sentences written for these tests."""
from etl.core import ner
from etl.core.actors import ActorFinder
from etl.core.matching import tokenize
from etl.core.morphology import tagged_name_clitic
from etl.core.ner import MODEL_PATH, NameTagger, state_weights
from etl.core.text import normalize, normalize_phrase
from etl.core.word_record import WordRecords

TEXT = ("وقالت الممثلة الخاصة للأمين العام كارلا بيرنهاردت لصحيفة محلية إن اللجنة والمنظمة ستجتمعان "
        "بالرئيس المنتخب فيليكس أوكونكوو وبمستشاريه يوم الخميس 2031 لبحث خطة الإعمار في بلدة نائية")


def _words() -> list[str]:
    return normalize_phrase(TEXT).split() + ["a|b", "x=y", "123", "ABC"]


def _in_name_from_strings(word: str) -> bool:
    """`may_be_in_name` as the tagger answered it before the record: the word's own feature
    strings, kept if the model knows them, and the model's weights by attribute string."""
    tagged = ("B-PERS", "I-PERS", "B-ORG", "I-ORG", "O")
    by_attr: dict[str, dict[str, float]] = {}
    for (attr, label), w in state_weights(MODEL_PATH).items():
        if label in tagged:
            by_attr.setdefault(attr, {})[label] = w
    totals: dict[str, float] = {}
    for f in ner._own_features(word):
        for label, w in by_attr.get(f, {}).items():
            totals[label] = totals.get(label, 0.0) + w
    o = totals.pop("O", 0.0)
    return max(totals.values(), default=o) > o


def test_a_words_record_holds_the_features_each_analysis_gives():
    tagger = NameTagger()
    features = tagger._features
    for word in _words():
        record = features._word(word)
        bare, flags = ner._bare(word), ner._lexicon_flags(word)
        assert record.bare == bare
        assert [f.decode() for f in record.own] == list(features._keep(ner._own_features(word)))
        assert [[f.decode() for f in feats] for feats in record.context] == \
            [list(features._keep(ner._context_of(word, bare, flags, off))) for off in ner._CONTEXT]
        assert record.pairs_next == features._known_pairs("-1|0").get(bare)
        assert record.pairs_before == features._known_pairs("0|+1").get(bare)
        assert tagger.may_be_in_name(word) == record.in_name == _in_name_from_strings(word)
    assert any(tagger.may_be_in_name(w) for w in _words()) and not all(tagger.may_be_in_name(w) for w in _words())


def test_asking_whether_a_word_may_be_in_a_name_first_leaves_its_features_the_same():
    asked_first, tagged_first = NameTagger(), NameTagger()
    words = _words()
    for word in words:
        asked_first.may_be_in_name(word)
    gaps = [k % 5 == 0 for k in range(len(words))]
    assert asked_first._features.sequence(words, gaps) == tagged_first._features.sequence(words, gaps)


def test_the_record_table_is_bounded_and_emptying_it_changes_no_feature(monkeypatch):
    words = _words()
    gaps = [False] * len(words)
    expected = NameTagger()._features.sequence(words, gaps)
    tagger = NameTagger()
    monkeypatch.setattr(WordRecords, "LIMIT", 7)
    records = tagger._features.records
    sizes = []
    for _ in range(3):
        assert tagger._features.sequence(words, gaps) == expected  # emptied in the middle of a sequence
        sizes.append(len(records))
    assert max(sizes) <= 7 and len(set(words)) > 7


def _finder(text: str) -> ActorFinder:
    norm = normalize(text)
    return ActorFinder(tokenize(norm), norm.text, original=norm)


def test_a_name_words_shape_is_the_name_rules_answer_for_it():
    """`_name_shaped`: a first word after its proclitic, a later word as it is, both where a
    name is expected (one table of answers for a later word, `_name_like`'s)."""
    finder, fresh = _finder(TEXT), _finder(TEXT)
    for word in _words():
        if not word.isalpha():
            continue
        bare = word[len(tagged_name_clitic(word, "person", finder.lex.one_word_given_names)):]
        assert finder._name_shaped(word, True) == fresh._word_name_like(bare, True, True)
        assert finder._name_shaped(word, False) == fresh._word_name_like(word, False, True)
    assert any(finder._name_shaped(w, False) for w in _words()) and not all(finder._name_shaped(w, False) for w in _words())


def test_what_a_word_may_open_is_what_the_head_and_name_rules_say():
    """`_window_opener` answers a definite word at once (0): the same as asking the organisation
    heads and the name rules, as for every other word."""
    finder, fresh = _finder(TEXT), _finder(TEXT)
    words = [w for w in _words() if w.isalpha()] + normalize_phrase("الفريق الاتحاد الرئيس اللجنة الوكالة").split()
    answers = []
    for word in words:
        if "ال" not in word[:4] and fresh.lex.org_heads.can_start(word):
            expected = 2
        else:
            bare = word[len(tagged_name_clitic(word, "person", fresh.lex.one_word_given_names)):]
            expected = 1 if fresh._word_name_like(bare, True, True) else 0
        answers.append(expected)
        assert finder._window_opener(word) == expected, word
    assert {0, 1, 2} <= set(answers)
