"""Word lists are lexicon rows, not Python: a closed class of words a rule reads (`لا يزال`, the
copulas, the feigned states of `تظاهر بـ`) is a `word_class` of `etl/core/lexicons/function_words.tsv`
(or of its area's TSV), read once through `lexicon.word_classes()[...]`, so a newcomer finds every
word of a rule in a lexicon, with its source. This test fails when a module of `etl/core` defines a
module-level collection of two or more Arabic strings that is not in the allow-list below; each
entry there says why it is code (a regular expression or its ordered alternatives, an affix table,
a word → value mapping, or the one word a rule is about in its written forms)."""
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
    ("event_roles.py", "PRONOUN_OBJECTS"): AFFIX,  # the object_preposition class × pronoun suffixes
    ("speakers.py", "_PRONOUN_SUBJECT_COMPLEMENTIZERS"): AFFIX,  # `أن` with its proclitics × `ه`, `ها`
    ("event_triggers.py", "_CAUTION_WORDS"): AFFIX,  # `حذر` × the prepositions and article that make it a noun
    ("event_triggers.py", "_ACCUSING_FORMS"): AFFIX,  # the accusing participle × `و`, `ف`
    ("text.py", "_FOLD"): "the character folding table of the normaliser",
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
    ("date_context.py", "_FUTURE_RE"): REGEX,
    ("sentences.py", "_LEAD_WEEKDAY"): REGEX,
    **{("date_grammar.py", name): REGEX for name in ("YEAR_TAIL", "DAY_MONTH", "MONTH_YEAR", "DAY_RANGE", "YEAR",
                                                     "DAY_OF_MONTH", "WEEKDAY_NAME", "TODAY", "AGO", "DECADE")},
    **{("date_grammar.py", name): ORDERED for name in ("_TOD_MODIFIERS", "_TIMES_OF_DAY", "_MODIFIERS",
                                                       "_RANGE_OPENERS", "_AGO_WORDS", "_ERA_NOUNS")},
}


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


def test_the_check_catches_a_new_word_list(tmp_path):
    rule = tmp_path / "rule.py"
    rule.write_text('_SEEMING_VERBS = frozenset({"بدا", "يبدو"})\n_ONE = "بارك"\n'
                    '_READ = word_classes()["still_verb"]\n_COUNT = ("a", "b")\n', encoding="utf-8")
    assert arabic_collections(rule) == {("rule.py", "_SEEMING_VERBS")}


def test_moved_lists_read_their_class_once_at_import():
    """The rules read a class once, at import (a frozenset for `in`, a sorted tuple for
    `str.startswith`), not per token."""
    from etl.core import claims, event_triggers, events, speakers
    from etl.core.lexicon import word_classes

    assert events._STILL_VERBS == word_classes()["still_verb"]
    assert event_triggers.FEIGNED_STATES == word_classes()["feigned_state"]
    assert claims._CONCLUDING_STEMS == tuple(sorted(word_classes()["concluding_stem"]))
    assert speakers._LATTER <= claims._LATTER_WORDS  # one class: the latter with and without its article
