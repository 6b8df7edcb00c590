"""The learned name tagger: the packaged model loads, and finds names in sentences written for
these tests (not from any corpus)."""
from pathlib import Path

import pytest

from etl.core.ner import MODEL_PATH, NameTagger, name_tagger, sequence_features
from etl.core.text import WORD, normalize_phrase
from etl.core.version import extractor_version
from etl.train_ner import entities, read_iob, report


def words_of(sentence: str) -> tuple[list[str], list[bool]]:
    text = normalize_phrase(sentence)
    words, gaps, prev = [], [], None
    for m in WORD.finditer(text):
        words.append(m.group())
        gaps.append(prev is None or bool(text[prev:m.start()].strip()))
        prev = m.end()
    return words, gaps


def found(sentence: str) -> set[tuple[str, str]]:
    words, gaps = words_of(sentence)
    return {(e.kind, " ".join(words[e.first:e.last])) for e in name_tagger().entities(words, gaps)}


def test_the_packaged_model_is_small_and_loaded_once():
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 2_000_000  # the repository takes no large files
    assert name_tagger() is name_tagger()


def test_the_weights_table_beside_the_model_is_the_model_s():
    import pycrfsuite
    from etl.core.ner import state_weights, weights_path
    assert weights_path(MODEL_PATH).exists(), "training writes it; the tagger reads it instead of dumping the model"
    import gzip
    tagger = pycrfsuite.Tagger()
    model = gzip.decompress(MODEL_PATH.read_bytes())  # crfsuite reads this buffer: it must outlive the tagger's use
    tagger.open_inmemory(model)
    assert state_weights(MODEL_PATH) == tagger.info().state_features


def test_a_person_named_after_a_reporting_verb():
    assert ("PERS", normalize_phrase("كريستوفر هالبيرن")) in found("وقال كريستوفر هالبيرن إن المفاوضات ستستأنف الأسبوع المقبل.")


def test_a_person_after_a_title_and_a_place():
    got = found("واستقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية في باريس يوم الخميس.")
    assert ("PERS", normalize_phrase("إيمانويل ماكرون")) in got
    assert ("LOC", normalize_phrase("باريس")) in got


def test_an_organisation_with_its_head_word():
    got = found("وأعلنت منظمة الصحة العالمية أنها سترسل فريقا طبيا إلى المنطقة.")
    assert any(kind == "ORG" and name.startswith(normalize_phrase("منظمة الصحة")) for kind, name in got)


def test_a_person_no_lexicon_knows_after_a_reporting_verb():
    name = normalize_phrase("كارستن هولمبرغ")
    from etl.core.ner import _lexicon_flags
    assert not any(_lexicon_flags(w) for w in name.split()), "neither word is in a lexicon"
    assert ("PERS", name) in found("وأكد كارستن هولمبرغ في مؤتمر صحفي أن الاتفاق سيوقع قريبا.")


def test_an_unknown_person_after_a_title():
    assert ("PERS", normalize_phrase("تيموثي بارنويل")) in found("وقال السفير تيموثي بارنويل إن المحادثات كانت بناءة.")


def test_a_place_no_lexicon_knows():
    assert ("LOC", normalize_phrase("باتومي")) in found("وعقد الاجتماع في مدينة باتومي على البحر الأسود.")


def test_no_names_in_a_sentence_without_any():
    assert found("وارتفعت الأسعار في الأسواق خلال الأسبوع الماضي بسبب نقص الوقود.") == set()


def test_confidence_is_a_probability():
    words, gaps = words_of("وقال كريستوفر هالبيرن إن المفاوضات ستستأنف.")
    assert all(0.0 < e.confidence <= 1.0 for e in name_tagger().entities(words, gaps))
    assert name_tagger().entities([], []) == []


def test_features_see_punctuation_and_neighbours():
    words, gaps = words_of("قال، محمد")
    feats = sequence_features(words, gaps)
    assert "gap" in feats[1] and "gap_after" in feats[0]
    assert "+1:w=" + normalize_phrase("محمد") in feats[0]
    assert "l=given" in feats[1], "membership in the given-names lexicon is a feature"


def test_training_reads_iob_and_scores_exact_spans(tmp_path: Path):
    corpus = tmp_path / "toy.txt"
    corpus.write_text("قال O\nسمير B-PERS\nالأحمد I-PERS\n( O\nبيروت B-LOC\n) O\n. O\n\nانتهى O\n. O\n",
                      encoding="utf-8")
    sentences = read_iob(corpus)
    assert [s[0] for s in sentences] == [["قال", "سمير", "الاحمد", "بيروت"], ["انتهي"]]
    assert sentences[0][1] == [True, False, False, True], "the bracket is a gap before بيروت"
    assert entities(sentences[0][2]) == {("PERS", 1, 3), ("LOC", 3, 4)}
    assert entities(["I-ORG", "I-ORG", "O"]) == {("ORG", 0, 2)}, "a stray I- opens an entity, as in conlleval"
    from collections import Counter
    table = report(Counter({("tp", "PERS"): 1, ("pred", "PERS"): 2, ("gold", "PERS"): 1}))
    assert "PERS         0.500   1.000  0.667" in table


def test_cross_validation_in_processes_counts_as_one_process_does():
    pytest.importorskip("pycrfsuite")
    from etl.train_ner import cross_validate
    sentences = [(["قال", "سمير", "الاحمد", "في", "بيروت"], [True, False, False, False, False],
                  ["O", "B-PERS", "I-PERS", "O", "B-LOC"]),
                 (["وصل", "وليد", "الي", "دمشق"], [True, False, False, False], ["O", "B-PERS", "O", "B-LOC"])] * 3
    counts, labels = cross_validate(sentences, 3, jobs=1)
    assert (counts, labels) == cross_validate(sentences, 3, jobs=2)
    assert len(labels) == len(sentences)
    assert counts["gold", "PERS"] == 6 and counts["gold", "LOC"] == 6


def test_a_model_trained_here_tags_and_changes_nothing_packaged(tmp_path: Path):
    pytest.importorskip("pycrfsuite")
    from etl.train_ner import train
    before = extractor_version()
    sentence = (["قال", "سمير", "الاحمد", "في", "بيروت"], [True, False, False, False, False],
                ["O", "B-PERS", "I-PERS", "O", "B-LOC"])
    for model in (tmp_path / "toy.crfsuite", tmp_path / "packed" / "toy.crfsuite.gz"):
        model.parent.mkdir(exist_ok=True)
        train([sentence] * 5, model)
        assert (model.parent / "toy.weights.tsv.gz").exists()
        assert NameTagger(model).tag(sentence[0], sentence[1]) == sentence[2]
    assert extractor_version() == before


def test_the_extractor_version_changes_with_the_model(tmp_path: Path, monkeypatch):
    import shutil
    from etl.core import version
    core = tmp_path / "core"
    shutil.copytree(version.CORE_DIR, core, ignore=shutil.ignore_patterns("__pycache__", "lexicons"))
    monkeypatch.setattr(version, "CORE_DIR", core)
    version.extractor_version.cache_clear()
    try:
        first = version.extractor_version()
        (core / "models" / MODEL_PATH.name).write_bytes(b"retrained")
        version.extractor_version.cache_clear()
        assert version.extractor_version() != first
    finally:
        version.extractor_version.cache_clear()


def test_features_built_from_known_values_are_the_kept_ones():
    """The tagger builds only the features its model knows (`_Features._known`): the same
    features, in the same order, as filtering every feature through the model's attributes."""
    from etl.core import ner
    features = name_tagger()._features
    text = ("وقال الرئيس الأمريكي دونالد ترامب للصحفيين في البيت الأبيض إن وزارة الخارجية "
            "والمتحدثة باسمها هيذر ناورت ستلتقيان بالسفير الروسي سيرغي كيسلياك يوم الأحد 2018")
    for word in normalize_phrase(text).split():
        assert features._known(ner._own_parts(word)) == features._keep(ner._own_features(word))
        bare, flags = ner._bare(word), ner._lexicon_flags(word)
        for offset in ner._CONTEXT:
            assert features._known(ner._context_parts(word, bare, flags, offset)) == \
                features._keep(ner._context_of(word, bare, flags, offset))


def test_features_written_out_per_name_are_the_kept_ones():
    """The tagger's own and context features, built one set test per feature name
    (`_own_known`, `_context_known`), and its pair features, tested through per-word tables,
    are the ones filtering every feature string through the model's attributes keeps."""
    from etl.core import ner
    features = name_tagger()._features
    text = ("وأكدت المتحدثة باسم الوزارة ماريا زاخاروفا للصحفيين أن الوفد الروسي سيصل إلى جنيف "
            "يوم الثلاثاء 2019 لبحث الملف النووي مع ممثلي الاتحاد الأوروبي والأمم المتحدة")
    words = normalize_phrase(text).split() + ["a|b", "x=y", "123", "ABC"]
    for word in words:
        assert features._own_known(word) == features._keep(ner._own_features(word))
        bare, flags = ner._bare(word), ner._lexicon_flags(word)
        assert features._context_known(word, bare, flags) == \
            tuple(features._keep(ner._context_of(word, bare, flags, offset)) for offset in ner._CONTEXT)
    all_features = ner._Features()
    gaps = [False] * len(words)
    assert [[f.decode() for f in feats] for feats in features.sequence(words, gaps)] == \
        [[f for f in feats if f in features.known or f.startswith("gap") or f.endswith(":edge")]
         for feats in all_features.sequence(words, gaps)]


def test_the_tagger_reads_the_encoded_features_as_their_strings():
    """The tagger is handed each word's features as UTF-8 bytes (encoded once per word): the
    labels and their probabilities are those of the same features as strings."""
    tagger = name_tagger()
    words, gaps = words_of("وصرح المهندس طارق بن زياد العبيدي، مدير شركة النور للاتصالات، بأن العمل سيبدأ.")
    encoded = tagger._features.sequence(words, gaps)
    assert all(isinstance(f, bytes) for feats in encoded for f in feats)
    labels = tagger.tag(words, gaps)
    by_bytes = [tagger._tagger.marginal(label, k) for k, label in enumerate(labels)]
    assert tagger._tagger.tag([[f.decode() for f in feats] for feats in encoded]) == labels
    assert [tagger._tagger.marginal(label, k) for k, label in enumerate(labels)] == by_bytes
