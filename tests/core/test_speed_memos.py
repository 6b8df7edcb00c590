"""Per-word memos kept for speed answer as the code they keep answers of."""
from etl.core.actors import ActorFinder
from etl.core.matching import tokenize
from etl.core.text import normalize

WORDS = ["كريم", "والحكومه", "يتوافق", "فيها", "برهوم", "رسميا", "الرييس", "انسحبت", "جون", "الله"]


def test_name_like_from_the_memo_equals_the_rule_read_afresh():
    finder = ActorFinder(tokenize(normalize("قال كريم برهوم إن الحكومة انسحبت")), "", tagger=False)
    for word in WORDS:
        for first in (True, False):
            for expected in (True, False):
                fresh = finder._word_name_like(word, first, expected)
                assert finder._name_like(word, first, expected) == fresh
                assert finder._name_like(word, first, expected) == fresh  # the second time, from the memo


def test_a_remembered_family_name_is_found_again_through_its_clitics():
    text = "قال كريم برهوم إن الحكومة انسحبت. وأضاف وبرهوم كان حاضرا"
    norm = normalize(text)
    tokens = tokenize(norm)
    finder = ActorFinder(tokens, norm.text)
    found = finder.find(0, len(tokens))
    assert any(m.actor.actor_type == "person" for m in found)
    k = next(i for i, t in enumerate(tokens) if t.word == "وبرهوم")
    m = finder._coref(k)
    assert m is not None and norm.text[m.start:m.end] == "برهوم"
    assert finder._coref(k - 1) is None  # `واضاف`: no form of it is a family name
