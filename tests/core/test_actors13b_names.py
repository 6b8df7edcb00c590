"""Thirteenth session, round 2: foreign given names that the shape rules took for a noun with a
pronoun (-يه: known given names) or, after a title, a future verb (سي-)."""
from etl.core.actors import ActorFinder
from etl.core.matching import tokenize
from etl.core.text import normalize


def _persons(text: str) -> list[str]:
    norm = normalize(text)
    tokens = tokenize(norm)
    return [norm.text[m.start:m.end] for m in ActorFinder(tokens, norm.text, original=norm).find(0, len(tokens))
            if m.actor.actor_type == "person"]


def test_a_known_given_name_in_ie_opens_the_name():
    assert "ايرفيه موران" in _persons("وقال رئيس الوزراء إيرفيه موران إن الحكومة مستمرة.")
    assert "ديدييه ديشان" in _persons("واختار ديدييه ديشان تشكيلته للمباراة.")


def test_an_unknown_word_in_iyya_is_no_given_name():
    assert _persons("وقال إن عملية إلقاء القبض كانت سريعة.") == []


def test_a_plural_with_his_after_a_title_is_the_object():
    assert _persons("واتهم وزير الخارجية معارضيه بالخيانة.") == []


def test_a_long_given_name_in_si_after_a_title_opens_the_name():
    assert "سيغولين رويال" in _persons("وقالت الوزيرة سيغولين رويال إن الخطة جاهزة.")


def test_a_future_verb_after_a_title_is_no_name():
    assert _persons("وقال وزير الداخلية سيستقبل نظيره غدا.") == []
    assert _persons("وأكد الرئيس سيجتمعان غدا في العاصمة.") == []
