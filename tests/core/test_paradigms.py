"""Verb paradigms: a lexicon row gives a verb once, by its lemma and a paradigm cell, and the
loader expands it into the inflected forms the rules match."""
import datetime as dt

import pytest

from etl.core.extract import extract
from etl.core.lexicon import LexiconError, expand_paradigms, load
from etl.core.paradigms import ParadigmError, expand, parse_paradigm, verb_forms


def cells(past, present, *names, doubled=False):
    forms = verb_forms(past, present, doubled)
    return [forms[n] for n in names]


def test_a_sound_verb_of_any_form():
    assert cells("اتهم", "يتهم", "past3ms", "past3fs", "past3mp", "past3fp", "past3md", "past3fd") == \
        ["اتهم", "اتهمت", "اتهموا", "اتهمن", "اتهما", "اتهمتا"]
    assert cells("اتهم", "يتهم", "pres3ms", "pres3fs", "pres3mp", "pres3fp", "pres3md", "pres3fd", "pres1p") == \
        ["يتهم", "تتهم", "يتهمون", "يتهمن", "يتهمان", "تتهمان", "نتهم"]
    assert cells("أكد", "يؤكد", "pres1s", "pres3mp") == ["أؤكد", "يؤكدون"]  # the present's own hamza seat
    assert cells("رحب", "يرحب", "past1p") == ["رحبنا"]


def test_a_hollow_verb_shortens_its_long_vowel_before_a_consonant_suffix():
    assert cells("أشاد", "يشيد", "past3fs", "past3fp", "past1p", "pres3mp", "pres3fp") == \
        ["أشادت", "أشدن", "أشدنا", "يشيدون", "يشدن"]
    assert cells("قال", "يقول", "past1s", "pres3fp") == ["قلت", "يقلن"]
    assert cells("اختار", "يختار", "past3fp", "pres3fp", "pres3mp") == ["اخترن", "يخترن", "يختارون"]


def test_a_doubled_verb_splits_its_doubled_letter_before_a_consonant_suffix():
    assert cells("رد", "يرد", "past3fs", "past3mp", "past3fp", "pres3fp", "pres3md") == \
        ["ردت", "ردوا", "رددن", "يرددن", "يردان"]
    # a derived doubled verb looks sound: the row says `doubled`
    assert cells("احتل", "يحتل", "past3fp", "pres3fp", doubled=True) == ["احتللن", "يحتللن"]
    assert cells("احتل", "يحتل", "past3fp") == ["احتلن"]


def test_a_defective_verb_changes_its_weak_letter_with_the_suffix():
    assert cells("نفى", "ينفي", "past3fs", "past3mp", "past3fp", "past3md", "pres3mp", "pres3fp", "pres3md") == \
        ["نفت", "نفوا", "نفين", "نفيا", "ينفون", "ينفين", "ينفيان"]
    assert cells("دعا", "يدعو", "past3fs", "past3fp", "past1p", "pres3mp", "pres3fp") == \
        ["دعت", "دعون", "دعونا", "يدعون", "يدعون"]
    assert cells("سعى", "يسعى", "pres3mp", "pres3fp", "pres3md") == ["يسعون", "يسعين", "يسعيان"]
    assert cells("بقي", "يبقى", "past3fs", "past3mp", "past3fp") == ["بقيت", "بقوا", "بقين"]
    assert cells("رأى", "يرى", "past3fs", "past3mp", "pres3mp") == ["رأت", "رأوا", "يرون"]


def test_the_same_letter_twice_is_written_once():
    # أعلنَّ, يعلنَّ: the 3fp of a verb ending in ن is spelt like its 3ms
    assert cells("أعلن", "يعلن", "past3fp", "past1p", "pres3fp") == ["أعلن", "أعلنا", "يعلن"]


def test_the_default_cells_and_a_form_left_out():
    assert expand("رفض", "verb:يرفض") == ["رفض", "رفضت", "رفضوا", "رفضن", "يرفض", "ترفض", "يرفضون", "يرفضن"]
    # past 3ms `حذر` is also the noun "caution": the row leaves it out
    warned = expand("حذر", "verb:يحذر -past3ms")
    assert "حذر" not in warned and {"حذرت", "حذروا", "يحذر", "يحذرن"} <= set(warned)
    # a form left out stays out where another cell spells it the same: 3fp ثمنّ is written ثمن
    assert "ثمن" not in expand("ثمن", "verb:يثمن -past3ms")


def test_cells_and_groups_can_be_added():
    forms = expand("اتفق", "verb:يتفق +duals +past1p")
    assert {"اتفقا", "اتفقتا", "يتفقان", "تتفقان", "اتفقنا"} <= set(forms)
    assert set(parse_paradigm("verb:يتفق -default +pres3md").cells) == {"pres3md"}


def test_the_words_after_the_lemma_follow_every_form():
    assert expand("أطلق سراح", "verb:يطلق")[:3] == ["أطلق سراح", "أطلقت سراح", "أطلقوا سراح"]


@pytest.mark.parametrize("cell", ["يرفض", "verb:", "verb:يرفض -plural", "verb:يرفض past3ms"])
def test_a_malformed_paradigm_cell_is_an_error(cell):
    with pytest.raises(ParadigmError):
        parse_paradigm(cell)


def test_the_loader_expands_a_row_in_place_keeping_its_other_columns():
    rows = [{"cue_ar": "قائلا", "cue_kind": "verb", "source": "s", "paradigm": ""},
            {"cue_ar": "همس", "cue_kind": "verb", "source": "mine", "paradigm": "verb:يهمس -pres3fs"},
            {"cue_ar": "وفقا ل", "cue_kind": "prep", "source": "s", "paradigm": ""}]
    out = expand_paradigms(rows)
    assert [r["cue_ar"] for r in out] == ["قائلا", "همس", "همست", "همسوا", "همسن", "يهمس", "يهمسون", "يهمسن", "وفقا ل"]
    assert all(r["cue_kind"] == "verb" and r["source"] == "mine" for r in out[1:-1])
    with pytest.raises(LexiconError, match="همس"):
        expand_paradigms([{**rows[1], "paradigm": "verb:يهمس +plural"}], "my.tsv")


def test_packaged_lemma_rows_expand_to_the_forms_the_rules_read():
    triggers = {r["trigger_ar"]: r for r in load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))}
    assert triggers["يرفضن"]["event_type"] == triggers["رفض"]["event_type"] == "REJECT"
    assert "حذر" not in triggers and "حذرت" in triggers  # the noun "caution" stays out
    cues = {r["cue_ar"] for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged"))}
    assert {"قال", "قالت", "قلن", "يقولون", "يقلن", "قلنا", "أقول"} <= cues


def test_a_user_lexicon_may_give_a_verb_by_its_paradigm(user_lexicon):
    text = "وهمست سلمى قنديلجي بأن الاجتماع تأجل إلى الأسبوع المقبل."
    user_lexicon("reporting_cues.tsv",
                 "cue_ar\tcue_kind\thedged\tsource\tparadigm\nهمس\tverb\tfalse\tmy newsroom's list\tverb:يهمس\n")
    [claim] = extract("t", text, dt.date(2024, 1, 1)).claims
    assert claim["cue"] == "وهمست" and "قنديلجي" in claim["source_text"]


def test_a_present_feminine_plural_verb_now_names_the_act():
    text = "وقالت الصحيفة إن وزيرات الحكومة الأردنية يرفضن خطة الإصلاح الجديدة."
    [event] = extract("t", text, dt.date(2024, 3, 1)).events
    assert event["trigger"] == "يرفضن" and event["event_type"] == "REJECT" and event["source_actor_id"] == "jor-gov"


def test_a_plural_verb_the_hand_list_missed_names_the_act():
    text = "والمتظاهرون يستهجنون قرار البرلمان العراقي بتأجيل الانتخابات."
    [event] = extract("t", text, dt.date(2024, 3, 1)).events
    assert event["trigger"] == "يستهجنون" and event["target_actor_id"] == "irq-parliament"


def test_a_present_feminine_plural_reporting_verb_introduces_a_claim():
    text = "وكانت المعلمات يؤكدن أن الإضراب سيستمر حتى تلبية مطالبهن."
    claims = extract("t", text, dt.date(2024, 3, 1)).claims
    assert [(c["cue"], c["content"]) for c in claims] == [("يؤكدن", "أن الإضراب سيستمر حتى تلبية مطالبهن")]
