"""`WordShapes._verb`: a one-word trigger is read as a verb only when its shape allows one. The
pattern فعول (`هجوم`, `دخول`) is a verbal noun's, as `_noun_by_shape` already read it, wherever
it stands (not only after a preposition or a noun); a verb of the trigger lexicon with that
shape (`يزور`) stays a verb. Phrases written for the test."""
from etl.core.events import EventFinder
from etl.core.matching import tokenize
from etl.core.text import normalize


def finder(text: str) -> EventFinder:
    norm = normalize(text)
    return EventFinder(tokenize(norm), norm.text)


def test_a_noun_of_the_pattern_fuul_is_no_verb():
    # `القلق إزاء هجوم`: `إزاء` is no preposition of the class, yet the noun after it is no verb
    assert not finder("القلق إزاء هجوم جديد")._verb(2)
    assert not finder("وقالت إن دخول القوات المدينة")._verb(2)


def test_a_verb_of_the_lexicon_with_that_shape_stays_a_verb():
    # `يزور الوزير القاهرة`: a present verb of four letters with `و` third
    assert finder("يزور الوزير القاهرة غدا")._verb(0)
    assert finder("أعلنت الحكومة أنها ستهاجم")._verb(0)
