"""The packaged lexicons are data reviewed like code: every file has a header and a source for
every row, and the columns the rules read hold values the rules understand."""
import re
from pathlib import Path

import pytest

from etl.core.actor_lexicon import ACTOR_TYPES
from etl.core.lexicon import read_tsv

LEXICONS = Path(__file__).parents[2] / "etl" / "core" / "lexicons"


def rows(name, *columns):
    return read_tsv(LEXICONS / name, columns)


@pytest.mark.parametrize("path", sorted(LEXICONS.glob("*.tsv")), ids=lambda p: p.name)
def test_every_row_says_where_it_comes_from(path):
    found = read_tsv(path, ())
    assert found, f"{path.name} is empty"
    assert all(r["source"] for r in found), f"{path.name}: a row without a source"


def test_actor_rows_are_well_formed_and_ids_unique():
    actors = rows("actors.tsv", "actor_id", "name_ar", "actor_type", "country_iso3", "wikidata_qid")
    ids = [r["actor_id"] for r in actors]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for r in actors:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", r["actor_id"]), r["actor_id"]
        assert r["actor_type"] in ACTOR_TYPES, r
        assert not r["country_iso3"] or re.fullmatch(r"[A-Z]{3}", r["country_iso3"]), r
        assert not r["wikidata_qid"] or re.fullmatch(r"Q\d+", r["wikidata_qid"]), r
        assert r["name_ar"].strip(), r


def test_cue_and_head_columns_hold_known_values():
    for r in rows("reporting_cues.tsv", "cue_ar", "cue_kind", "hedged", "needs_marker"):
        assert r["cue_kind"] in ("verb", "prep", "noun") and r["hedged"] in ("true", "false"), r
        assert r["needs_marker"] in ("yes", "no"), r
    for r in rows("org_heads.tsv", "head_ar", "actor_type", "speaker_only", "name_words"):
        assert r["actor_type"] in ACTOR_TYPES and r["speaker_only"] in ("yes", "no"), r
        assert int(r["name_words"]) >= 1, r
    for r in rows("group_heads.tsv", "head_ar", "actor_type", "id_suffix", "anonymous", "standalone"):
        assert r["actor_type"] in ACTOR_TYPES and r["anonymous"] in ("yes", "no") and r["standalone"] in ("yes", "no"), r
    genders = {r["gender"] for r in rows("given_names.tsv", "name_ar", "gender")}
    assert genders <= {"m", "f", "u"}


def test_date_words_hold_values_the_date_rules_read():
    by_class: dict[str, list[dict[str, str]]] = {}
    for r in rows("date_words.tsv", "word_ar", "word_class", "value"):
        by_class.setdefault(r["word_class"], []).append(r)
    assert sorted({int(r["value"]) for r in by_class["weekday"]}) == list(range(7))
    assert sorted({int(r["value"]) for r in by_class["ordinal"]}) == list(range(1, 32))
    assert sorted({int(r["value"]) for r in by_class["number"]}) == list(range(1, 11))
    assert sorted(int(r["value"]) for r in by_class["decade"]) == list(range(20, 100, 10))
    for cls in ("period_one", "period_two", "period_counted"):
        assert {r["value"] for r in by_class[cls]} <= {"day", "week", "month", "year", "decade"}, cls
    assert {r["value"] for r in by_class["era"]} == {"gregorian", "hijri"}
    valued = {"weekday", "ordinal", "number", "decade", "period_one", "period_two", "period_counted", "era"}
    for cls, found in by_class.items():
        assert cls in valued or not any(r["value"] for r in found), cls


def test_a_user_lexicon_folder_adds_rows_in_the_packaged_format(user_lexicon):
    import datetime as dt

    from etl.core.extract import extract

    text = "وهمس سمير قنديلجي إن الاجتماع تأجل."
    assert not extract("t", text, dt.date(2024, 1, 1)).claims
    user_lexicon("reporting_cues.tsv",  # the optional needs_marker column may be left out
                 "cue_ar\tcue_kind\thedged\tsource\nهمس\tverb\tfalse\tmy newsroom's list\n")
    [c] = extract("t", text, dt.date(2024, 1, 1)).claims
    assert c["cue"] == "وهمس" and "قنديلجي" in c["source_text"]


# function_words.tsv classes the rules read: a misspelt class would silently take its words out
FUNCTION_WORD_CLASSES = {
    "name_calling_verb_stem", "name_calling_predicate_opening", "attacked_site_noun", "armed_attack_word",
    "counting_word",
    "investigating_body_word",
    "event_span_noun", "event_span_end_preposition", "event_asked_of_preposition",
    "event_agreed_to_preposition", "event_modal_copula",
    "claim_seeming_verb",
    "claim_saying_noun",
    "event_role_meeting_preposition",
    "route_end_preposition",
    "from_or_about_preposition",
    "claim_concessive_verb_stem",
    "claim_nesting_statement_preposition",
    "event_role_owner_preposition", "event_role_place_part_topic_preposition", "event_role_addressee_preposition", "event_role_setting_preposition",
    "event_clause_opener", "event_genitive_preposition",
    "speaker_official_of_preposition",
    "actor_possessed_title",
    "event_need", "claim_verb_after_preposition", "claim_privative", "claim_subjunctive_particle", "claim_verb_negator",
    "claim_as_word", "claim_sentence_opening_link", "claim_conditional_opener", "claim_lam_governing_adverb",
    "claim_source_clause_link", "claim_source_exception_word", "claim_source_apposition_link", "claim_source_adjunct_preposition",
    "claim_source_official_noun", "claim_source_issued_word", "claim_source_lam_pronoun", "claim_source_about_pronoun",
    "claim_source_in_or_during", "event_future_support_verb", "event_role_crowd_joining_verb", "event_role_audience_word", "event_role_provoking_verb",
    "event_role_provoked_reaction",
    "claim_attribution_publishing_verb", "claim_cue_as_noun_phrase",
    "claim_acknowledging_verb", "claim_vote_manner", "claim_moving_verb", "claim_passive_auxiliary",
    "speaker_member_noun", "speaker_adverbial_accusative", "speaker_organ_head", "claim_impersonal_opinion", "claim_saying_verb",
    "preposition", "conjunction", "complementizer", "relative", "negator", "demonstrative", "pronoun", "aux",
    "quantifier", "future", "intent", "adverb", "root_initial",
    "place_word", "document_noun", "source_adjective", "naming_word", "group_adjective", "name_link",
    "undisclosed_phrase", "channel_head", "content_skip", "impersonal_cue", "telling_verb", "discourse_adverbial",
    "clause_opener", "contrast_opener", "adverbial_opener", "transmitting_stem", "anaphoric_source",
    "official_noun", "official_adjective", "main_clause_opener", "connective", "noun_relative", "attack_stem",
    "year_noun", "denial_verb", "actor_name_breaker", "actor_name_link", "actor_title_adjective",
    "event_sequence", "event_intent", "event_obligation", "claim_adjunct_opener", "publishing_verb",
    "governed_preposition", "personal_saying_stem", "clause_pronoun", "estimating_verb", "quantity_word",
    "receiving_verb", "speaking_about_verb", "speaking_noun", "announcing_noun", "bi_anna", "describing_verb",
    "past_auxiliary", "agreement_noun", "time_period_noun", "time_modifier", "resumptive_pronoun",
    "object_before_bi_anna", "saying_noun", "owned_noun_head", "attempt_noun", "expressing_verb", "interrogative",
    "event_role_subordinator", "agreement_making_verb", "meeting_later_word", "meeting_setting_out_verb",
    "attack_launching_verb", "attack_verb_stem", "attack_noun_stem",
    "meeting_holding_noun", "price_preposition", "speaker_thing_noun", "claim_informant_head",
    # moved from rule code (eleventh session)
    "obligation_opener", "obligation_idiom_word", "subordinator_before_an", "behind_relative", "park_verb_opener", "park_name_part",
    "asked_of_preposition", "object_pronoun_iyya", "accusing_no_object_opening", "accused_copula", "pretence_clause_opening", "feigned_state",
    "still_verb", "negation_carrier", "agreement_stem",
    "latter_word", "fronted_content_opener", "legal_basis_noun", "concluding_stem", "finding_stem", "time_subordinator", "time_preposition",
    "first_person_seeing", "state_clause_pronoun", "speaker_contrast_opener", "source_document", "plural_thing_head",
    "intent_verb", "intent_clause_breaker", "player_noun", "role_adjective", "elected_word", "elected_office", "complement_marker",
    "purpose_or_cause_complementizer", "pronoun_complementizer", "verb_governed_setting_word", "non_time_setting_word", "posting_preposition", "approximator", "counterpart_noun", "relaying_verb",
    "writers_gloss", "participle_preposition", "non_reporting_before_an",
    "period_part",
    "nominal_clause_opener", "verb_clause_opener",
    "state_outlet_adjective",
    "name_closing_adjective",
    "patronymic_link",
    "web_domain_word",
    "object_preposition",
    "participle_no_article",
    "event_role_partner_word",
    "noun_proclitic",
    "state_name_after_body",
    "claim_considered_verb", "claim_considered_predicate_head",
    "claim_quantity_subject",
    "speaker_people_broken_plural",
    "event_role_reaction_preposition",
    "granted_condition_particle", "granted_condition_past_particle",
    "adverb_read_as_particle",
    "question_clause_opener", "speaker_manner_adverb"}


def test_function_word_classes_are_the_ones_the_rules_read():
    found = rows("function_words.tsv", "word_ar", "word_class")
    assert {r["word_class"] for r in found} == FUNCTION_WORD_CLASSES
    pairs = [(r["word_ar"], r["word_class"]) for r in found]
    assert len(pairs) == len(set(pairs)), sorted({p for p in pairs if pairs.count(p) > 1})
    code = "\n".join(p.read_text(encoding="utf-8") for p in LEXICONS.parent.glob("*.py"))
    read = set(re.findall(r'(?:word_classes\(\)|words|classes)\["([a-z_]+)"\]', code))
    assert read == FUNCTION_WORD_CLASSES, read ^ FUNCTION_WORD_CLASSES


def test_time_words_hold_values_the_rules_read():
    from etl.core.lexicon import time_words, weekday_names

    for r in rows("time_words.tsv", "word_ar", "word_class", "ends_name"):
        assert r["word_class"] in ("day", "time_of_day", "modifier") and r["ends_name"] in ("yes", "no"), r
    assert len(weekday_names()) == 7 and all(w.startswith("ال") for w in weekday_names())
    assert weekday_names() <= time_words(ends_name=True) <= time_words()


@pytest.mark.parametrize("name", ["event_triggers.tsv", "reporting_cues.tsv"])
def test_every_paradigm_cell_expands(name):
    from etl.core.paradigms import expand

    found = read_tsv(LEXICONS / name, ())
    lemma_rows = [r for r in found if r["paradigm"]]
    assert lemma_rows, f"{name}: no verb given by its paradigm"
    first_column = next(iter(found[0]))
    for r in lemma_rows:
        forms = expand(r[first_column], r["paradigm"])
        assert len(forms) >= 4, r
    assert all("paradigm" in r for r in found)  # rows that leave the column out read it as empty


def test_a_row_may_leave_out_the_last_paradigm_column(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("cue_ar\tcue_kind\tsource\tparadigm\nقائلا\tverb\tcurated\nهمس\tverb\tmine\tverb:يهمس\n",
                    encoding="utf-8")
    assert [r["paradigm"] for r in read_tsv(path, ("cue_ar",))] == ["", "verb:يهمس"]
    path.write_text("cue_ar\tcue_kind\tsource\tparadigm\nقائلا\tverb\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns"):
        read_tsv(path, ("cue_ar",))  # only the optional last column may be left out
