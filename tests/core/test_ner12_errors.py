"""train_ner's out-of-fold error classes and its quicker exploration options (sentences invented
for the test)."""
from collections import Counter

from etl.train_ner import _param_value, error_classes, error_report, fold_part


def _sentence(words: str, tags: str):
    words_, tags_ = words.split(), tags.split()
    return words_, [True] + [False] * (len(words_) - 1), tags_


def test_a_missed_family_name_named_in_full_a_sentence_before_is_a_repeat():
    sentences = [
        _sentence("قال كريم الزين في طرابلس", "O B-PERS I-PERS O B-LOC"),
        _sentence("واضاف الزين ان الوفد وصل", "O B-PERS O O O"),
    ]
    labels = [["O", "B-PERS", "I-PERS", "O", "B-LOC"], ["O", "O", "O", "O", "O"]]
    classes = error_classes(sentences, labels)
    assert classes["PERS", "found 2w+"] == 1
    assert classes["LOC", "found 1w"] == 1
    assert classes["PERS", "missed repeat 1w"] == 1


def test_boundary_type_and_spurious_errors_are_told_apart():
    sentences = [_sentence("زار سامر بدران شركة نور للطاقة امس", "O B-PERS I-PERS B-ORG I-ORG I-ORG O")]
    labels = [["B-PERS", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "O", "O"]]
    classes = error_classes(sentences, labels)
    assert classes["PERS", "found 2w+"] == 1
    assert classes["ORG", "boundary 2w+"] == 1  # the tagger cut the company's name short
    assert classes["PERS", "spurious 1w"] == 1  # a verb read as a name
    assert "found 2w+ 1" in error_report(classes).splitlines()[0]

    typed = error_classes([_sentence("في بيت لحم", "O B-LOC I-LOC")], [["O", "B-PERS", "I-PERS"]])
    assert typed == Counter({("LOC", "type 2w+"): 1})


def test_a_fold_is_the_block_cross_validation_tests_on():
    sentences = [_sentence(f"جملة رقم {n}", "O O O") for n in range(10)]
    assert fold_part(sentences, 5, 0) == sentences[:2]
    assert fold_part(sentences, 5, 4) == sentences[8:]
    assert sum(len(fold_part(sentences, 3, f)) for f in range(3)) == 10


def test_training_parameters_from_the_command_line_keep_their_kind():
    assert _param_value("1000") == 1000
    assert _param_value("0.05") == 0.05
    assert _param_value("lbfgs") == "lbfgs"
