"""The tagger's document memory: the kinds of name a word was part of earlier in the document
(Krishnan and Manning 2006). Sentences invented for the test."""
from pathlib import Path

import pytest

from etl.core.ner import NameTagger, remember_names, sequence_features


def _sentence(text: str, tags: str):
    words = text.split()
    return words, [True] + [False] * (len(words) - 1), tags.split()


def test_a_word_named_before_and_its_neighbours_carry_the_kind_of_its_name():
    memory: dict[str, frozenset[str]] = {}
    remember_names(memory, ["ماروندي", "في"], ["PERS", None])
    words, gaps, _ = _sentence("واضاف ماروندي ان الوفد", "O O O O")
    marked = sequence_features(words, gaps, memory)
    assert "doc=PERS" in marked[1] and "doc=PERS" not in sequence_features(words, gaps)[1]
    assert "+1:doc=PERS" in marked[0] and "-1:doc=PERS" in marked[2]
    assert not any("doc" in f for f in marked[3])
    assert "في" not in memory  # function words carry no memory


def test_training_remembers_the_names_of_the_sentences_before():
    from etl.train_ner import document_memories
    sentences = [_sentence("قال الوزير ماروندي في دمشق", "O O B-PERS O B-LOC"),
                 _sentence("واضاف ماروندي ان الوفد وصل", "O B-PERS O O O")]
    first, second = document_memories(sentences, [s[2] for s in sentences], window=10)
    assert first == {}
    assert second["ماروندي"] == {"PERS"} and "دمشق" in second
    assert document_memories(sentences, [s[2] for s in sentences], window=0)[1] == {}


def test_a_model_trained_with_the_memory_tags_a_one_word_repeat_only_the_document_shows(tmp_path: Path):
    pytest.importorskip("pycrfsuite")
    from etl.train_ner import train
    sentences = []
    for name in ("ماروندي", "تيرداشي", "سالوكو", "نيمارتو", "داروسي", "ميتاكو", "كورانيه", "بيلاسكو"):
        sentences += [_sentence(f"قال الوزير {name} في دمشق", "O O B-PERS O B-LOC"),
                      _sentence(f"واضاف {name} ان الوفد وصل", "O B-PERS O O O"),
                      _sentence(f"واضاف {name[::-1]} ان الوفد وصل", "O O O O O")]  # the same slot, no name
    model = tmp_path / "m.crfsuite"
    train(sentences, model, document_sentences=10)
    tagger = NameTagger(model)
    assert tagger.reads_document
    words, gaps, _ = _sentence("واضاف فيرنوتا ان الوفد وصل", "O O O O O")
    memory: dict[str, frozenset[str]] = {}
    remember_names(memory, ["فيرنوتا"], ["PERS"])
    assert tagger.tag(words, gaps, memory)[1] == "B-PERS"
    assert tagger.tag(words, gaps)[1] == "O"
    train(sentences, tmp_path / "plain.crfsuite")  # the default, as the packaged model
    assert not NameTagger(tmp_path / "plain.crfsuite").reads_document


def test_the_extractor_remembers_the_names_it_found_for_the_tagger():
    from etl.core.actors import ActorFinder
    from etl.core.matching import tokenize
    from etl.core.text import normalize
    tagger = NameTagger()
    norm = normalize("قال الوزير سامر الكرداني إن الوفد وصل. وأضاف الكرداني أن المحادثات مستمرة.")
    finder = ActorFinder(tokenize(norm), norm.text, tagger=tagger)
    cut = next(k for k, t in enumerate(finder.tokens) if t.word == "واضاف")
    finder.find(0, cut)
    finder.find(cut, len(finder.tokens))
    if tagger.reads_document:
        assert finder._document_memory.get("الكرداني") == {"PERS"}
    else:
        assert "_document_memory" not in vars(finder)
