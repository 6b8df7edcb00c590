"""Word lists are lexicon rows, not Python: a closed class of words a rule reads (`لا يزال`, the
copulas, the feigned states of `تظاهر بـ`) is a `word_class` of `etl/core/lexicons/function_words.tsv`
(or of its area's TSV), read once through `lexicon.word_classes()[...]`, so a newcomer finds every
word of a rule in a lexicon, with its source. This test fails when a module of `etl/core` defines a
module-level collection of two or more Arabic strings that is not in the allow-list below; each
entry there says why it is code (a regular expression or its ordered alternatives, an affix table,
a word → value mapping, or the one word a rule is about in its written forms). The same holds inside
function bodies: a set, tuple or list literal of two or more Arabic strings in a function (`in ("لم", "لا")`)
fails unless it is an affix table (every string a clitic, a pronoun suffix or an ending), the one word a
rule is about in its written forms (the strings share a stem once proclitics, the article and a pronoun
suffix are taken off: `كما`/`وكما`, `عليه`/`عليها`), or in FUNCTION_ALLOWED with its reason."""
import ast
import re
from pathlib import Path

CORE = Path(__file__).parents[2] / "etl" / "core"
ARABIC = re.compile(r"[\u0621-\u064A]")

AFFIX = "an affix table (proclitics, pronoun suffixes or the article), or one word or class joined with it"
REGEX = "a regular expression of the date grammar or a piece of one"
ORDERED = ("ordered alternatives compiled into the date grammar's regular expressions (the order is the "
           "match order; the grammar matches folded text, not normalize_phrase's form)")
ONE_WORD = "the one word the rule is about, in its written forms (as `_PARK = \"بارك\"` names one word)"
MAPPING = "a word → value mapping (function_words.tsv classes carry no value)"

ALLOWED = {
    # affix tables, and words built from one with an affix table
    ("matching.py", "_DEFINITE_OPENINGS"): AFFIX,
    ("morphology.py", "_ENCLITICS"): AFFIX,
    ("morphology.py", "_PLURAL_ENDINGS"): AFFIX,
    ("actor_persons.py", "_PREPOSITION_CLITICS"): AFFIX,
    ("actor_persons.py", "_KINSHIP_FORMS"): AFFIX,  # actor_name_words.tsv kinship nouns × pronoun suffixes
    ("claim_base.py", "SUFFIXED_COMPLEMENTIZERS"): AFFIX,  # the complementizer class × pronoun suffixes
    ("claim_base.py", "BUT_WITH_PRONOUN"): AFFIX,  # `لكن` (and `ولكن`) × pronoun suffixes
    ("event_roles_words.py", "PRONOUN_OBJECTS"): AFFIX,  # the object_preposition class × pronoun suffixes
    ("speakers.py", "_PRONOUN_SUBJECT_COMPLEMENTIZERS"): AFFIX,  # `أن` with its proclitics × `ه`, `ها`
    ("event_triggers.py", "_CAUTION_WORDS"): AFFIX,  # `حذر` × the prepositions and article that make it a noun
    ("event_triggers.py", "_ACCUSING_FORMS"): AFFIX,  # the accusing participle × `و`, `ف`
    ("text.py", "_FOLD"): "the character folding table of the normaliser",
    ("event_triggers.py", "_HAMZA_SEATS"): "letters (hamza seats) compared with the original text, not words",
    # the one word a rule is about
    ("event_triggers.py", "_OBLIGATION_WORDS"): ONE_WORD,  # `على`, `وعلى`, `فعلى`
    ("event_triggers.py", "_DEMANDED_HIM"): ONE_WORD,  # `طالبه`, `وطالبه`, `فطالبه`
    ("event_triggers.py", "ACCUSING_PARTICIPLES"): ONE_WORD,  # `متهما`, `متهمة` (m, f)
    ("event_triggers.py", "_NOUN_READINGS"): ONE_WORD + "; the idiom `عارضة أزياء`",
    # mappings
    ("claim_base.py", "PREPOSITION_VERBS"): MAPPING,  # a verb of saying → the preposition its statement opens with
    ("claim_nesting.py", "_FROM_HIM_OR_HER"): MAPPING,  # `عنه`, `عنها` → the gender of the one quoted
    # regular expressions and their pieces
    ("date_anchors.py", "_DECADE_WORD_RE"): REGEX,
    ("date_context.py", "_PERCENT_AFTER"): REGEX,
    ("sentences.py", "_LEAD_WEEKDAY"): REGEX,
    **{("date_grammar.py", name): REGEX for name in ("YEAR_TAIL", "DAY_MONTH", "MONTH_YEAR", "DAY_RANGE", "YEAR",
                                                     "DAY_OF_MONTH", "WEEKDAY_NAME", "TODAY", "AGO", "DECADE")},
    **{("date_grammar.py", name): ORDERED for name in ("_TOD_MODIFIERS", "_TIMES_OF_DAY", "_MODIFIERS",
                                                       "_RANGE_OPENERS", "_AGO_WORDS", "_ERA_NOUNS")},
}


# clitics, pronoun suffixes and endings: a function's literal of these alone is an affix table
AFFIXES = frozenset("""ا ب ت ف ك ل م ن ه و ي ال وال بال فال كال لل ولل فلل لع وب ول فب فل
ها هم هما هن نا كم ته تها تهم اه وه ايه اوه ات ان ين ون يون يين يه يا وا تا اف لت لا
سي سن ست سا سون مان""".split())
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "ال")
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")

FUNCTION_ALLOWED = {
    ("claim_sources.py", "_receivers", ("نسخه", "نسخا")): ONE_WORD + ": `نسخة`, `نسخا` (a copy)",
    ("claims.py", "find", ("يدعي", "تدعي")): ONE_WORD + ": `يدعى`, `تدعى` (is called, m and f)",
    ("event_roles_phrases.py", "_embedded_clause_start", ("ما", "مما")): ONE_WORD + ": `ما` and `مما` (`من` + `ما`)",
    ("event_roles_shapes.py", "_first_person", ("ما", "مما")): ONE_WORD + ": `ما` and `مما` (`من` + `ما`)",
    ("event_roles_titles.py", "_in_places_list", ("في", "كل", "من")): "the one phrase the rule is about, word by word in order (`في كل من`)",
    ("extract.py", "_drop_roleless", ("و", "، و", "أو")): "the text that may stand between two spans (punctuation and a conjunction), compared as text",
    ("date_grammar.py", "_phrase_re", ("العشرين", "العشرون", "الثلاثين", "الثلاثون")): REGEX + " (folded text, as date_words.tsv spells the tens)",
    ("date_resolve_relative.py", "weekday", ("معا", "منهما", "منهم", "عشر")): (
        "the date rules read folded text, not normalize_phrase's form: the words after `اثنين` that make it the number two"),
}


def _stems(word: str) -> set[str]:
    """The word and what is left of it without up to two proclitics (or the article) and a pronoun suffix."""
    stems = {word}
    for _ in range(2):
        stems |= {w[len(p):] for w in stems for p in PROCLITICS if w.startswith(p) and len(w) > len(p)}
    return stems | {w[:-len(s)] for w in stems for s in PRONOUN_SUFFIXES if w.endswith(s) and len(w) > len(s)}


def function_word_lists(path: Path) -> set[tuple[str, str, tuple[str, ...]]]:
    """(file, function, strings) of the literals of two or more Arabic strings inside functions that are
    neither an affix table nor one word in its written forms."""
    found = set()
    for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if not isinstance(node, (ast.Set, ast.Tuple, ast.List)):
                continue
            words = tuple(e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                          and ARABIC.search(e.value))
            if len(words) < 2 or all(w in AFFIXES for w in words) or set.intersection(*map(_stems, words)):
                continue
            found.add((path.name, function.name, words))
    return found


def arabic_collections(path: Path) -> set[tuple[str, str]]:
    """(file, name) of the module-level constants whose value holds two or more Arabic strings."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        else:
            continue
        strings = [n for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                   and ARABIC.search(n.value)]
        if len(strings) >= 2:
            found.update((path.name, name) for name in names)
    return found


def test_no_module_writes_a_word_list_in_python():
    found = set().union(*(arabic_collections(p) for p in CORE.glob("*.py")))
    new = sorted(found - ALLOWED.keys())
    assert not new, (f"{new}: a list of Arabic words in rule code; give it a word_class in "
                     "etl/core/lexicons/function_words.tsv and read it with word_classes()[...]")
    assert not sorted(ALLOWED.keys() - found), "allow-list entries that are no longer in the code"


def test_no_function_writes_a_word_list_in_python():
    found = set().union(*(function_word_lists(p) for p in CORE.glob("*.py")))
    new = sorted(found - FUNCTION_ALLOWED.keys())
    assert not new, (f"{new}: a list of Arabic words in a function; give it a word_class in "
                     "etl/core/lexicons/function_words.tsv and read it once at module level with word_classes()[...]")
    assert not sorted(FUNCTION_ALLOWED.keys() - found), "allow-list entries that are no longer in the code"


def test_the_function_check_catches_a_word_list_and_spares_affixes(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text('def rule(word, nxt):\n'
                    '    if word in ("لم", "لن") or nxt in {"ذلك", "وذلك"}:\n'
                    '        return word.endswith(("ها", "هم")) or word in ("عليه", "عليها")\n'
                    '    return word in _NEGATORS\n', encoding="utf-8")
    assert function_word_lists(rule) == {("rule.py", "rule", ("لم", "لن"))}


def test_the_check_catches_a_new_word_list(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text('_SEEMING_VERBS = frozenset({"بدا", "يبدو"})\n_ONE = "بارك"\n'
                    '_READ = word_classes()["still_verb"]\n_COUNT = ("a", "b")\n', encoding="utf-8")
    assert arabic_collections(rule) == {("rule.py", "_SEEMING_VERBS")}


def test_moved_lists_read_their_class_once_at_import():
    """The rules read a class once, at import (a frozenset for `in`, a sorted tuple for
    `str.startswith`), not per token."""
    from etl.core import claim_verbs, event_modality, event_triggers, speakers
    from etl.core.lexicon import word_classes

    assert event_modality._STILL_VERBS == word_classes()["still_verb"]
    assert event_triggers.FEIGNED_STATES == word_classes()["feigned_state"]
    assert claim_verbs._CONCLUDING_STEMS == tuple(sorted(word_classes()["concluding_stem"]))
    assert speakers._LATTER <= claim_verbs._LATTER_WORDS  # one class: the latter with and without its article
    from etl.core import claim_sources, event_roles_phrases
    assert claim_verbs._VERB_NEGATORS == word_classes()["claim_verb_negator"] == {"لم", "لا", "لن", "ما"}
    assert claim_sources._OFFICIAL_NOUNS == word_classes()["claim_source_official_noun"]
    assert event_roles_phrases._ADDRESSEE_PREPOSITIONS == word_classes()["event_role_addressee_preposition"]  # not a set per call
