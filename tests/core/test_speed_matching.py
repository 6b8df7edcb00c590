"""Speed rewrites in matching.py that must read words exactly as the code they replaced."""
import itertools
import re

from etl.core import matching
from etl.core.matching import PhraseMatcher, tokenize
from etl.core.text import normalize


def test_definite_openings_are_the_strings_the_regex_matched():
    """`_readings` tells a definite word (no verb suffixes: `بالاضافه` is a noun) by a prefix
    test instead of the regex `^(?:[وف]?[بكل]?ال|[وف]?لل)`: the same answer for every word made
    of up to five of the letters that matter, and for real words."""
    definite = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)")
    letters = "وفبكلاس"
    words = ["".join(p) for n in range(1, 6) for p in itertools.product(letters, repeat=n)]
    words += ["بالاضافه", "والمتحدثه", "فللحكومه", "لللجنه", "وسيزورها", "كتابهم", "اللقاء"]
    for word in words:
        assert word.startswith(matching._DEFINITE_OPENINGS) == bool(definite.match(word)), word


def test_a_definite_word_gets_no_verb_suffix_readings():
    assert matching._readings("بالاعلانها", True) == matching._readings("بالاعلانها", False)
    assert "ستعلن" in matching._readings("وستعلنها", True)


def test_readings_test_the_suffix_letters_before_asking_for_enclitic_readings():
    """`_readings` calls `enclitic_candidates` only for a reading ending in a pronoun letter or
    opening with `س`: the readings are those of calling it for every reading (an empty word too)."""
    from etl.core.morphology import enclitic_candidates, stem_candidates
    words = ["وسيزورها", "بمساندته", "لقائه", "ستنتشر", "كتابهم", "والمسوولين", "بالاعلانها", "فاستقبلناه", "سوريا", "وبنك", "", "س"]
    for word in words:
        cands = stem_candidates(word)
        every = (*cands, *(e for c in cands for e in enclitic_candidates(c)))
        if word.startswith(matching._DEFINITE_OPENINGS):
            every = cands  # a definite word is a noun: no verb suffixes
        assert matching._readings(word, True) == (every if word not in matching._root_initial() else (word,))


def test_a_match_carries_the_value_of_the_longest_phrase_found_even_a_falsy_one():
    matcher = PhraseMatcher([("الأمم", 0), ("الأمم المتحدة", None), ("مجلس الأمن الدولي", ""),
                             ("وزير", "office"), ("وزير الخارجية الأسبق", "former")])
    tokens = tokenize(normalize("قالت الأمم المتحدة إن مجلس الأمن اجتمع مع وزير الخارجية الأسبق ووزير الخارجية"))
    words = [t.word for t in tokens]
    united = matcher.match_at(tokens, words.index("الامم"))
    assert (united.last - united.first, united.value) == (2, None)  # the longer phrase, its value None
    assert matcher.match_at(tokens, words.index("الامم"), max_words=1).value == 0
    assert matcher.match_at(tokens, words.index("مجلس")) is None  # `مجلس الامن` only opens a phrase
    former = matcher.match_at(tokens, words.index("وزير"))
    assert (former.last - former.first, former.value) == (3, "former")
    minister = matcher.match_at(tokens, words.index("ووزير"))  # `وزير الخارجية` opens `الاسبق`, which does not follow
    assert (minister.last - minister.first, minister.value) == (1, "office")
