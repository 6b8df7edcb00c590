"""Inflected forms of an Arabic verb from two of its forms, for lexicon rows that give a lemma and
a paradigm instead of listing every form by hand.

A verb is named by its past 3ms form (`اتهم`, `أشاد`, `نفى`, `رد`) and its present 3ms form
(`يتهم`, `يشيد`, `ينفي`, `يرد`): together they fix the stem of both tenses, whatever the verb's
form (I–X). The verb's class is read from its shape:

- hollow: a long `ا` before the last letter of the past (`قال`, `أشاد`, `استقال`, `اختار`) —
  the long vowel drops before a consonant suffix (`قلن`, `أشدنا`, `يقلن`, `يختارون` but `يخترن`);
- defective: the past ends in `ى`, `ا` or `ي` (`نفى`, `دعا`, `بقي`) — the weak letter changes
  with the suffix (`نفت`, `نفوا`, `نفين`, `دعون`, `ينفون`, `يسعين`);
- doubled: the past has two letters (`رد`, `شن`), or the row says `doubled` (`احتل`, `استمر`,
  whose spelling does not tell) — the doubled letter splits before a consonant suffix (`رددن`);
- sound otherwise (`اتهم`, `رحب`, `أكد`/`يؤكد`, `وصل`/`يصل`).

Cells are named `past3ms`, `past3fs`, `past3mp`, `past3fp`, `past3md`, `past3fd`, `past1s`,
`past1p` and `pres3ms`, `pres3fs`, `pres3mp`, `pres3fp`, `pres3md`, `pres3fd`, `pres1s`, `pres1p`,
and the active participles `partms` (masculine singular with its accusative alif, `منددا`),
`partfs` (`منددة`), `partmp` (`منددين`): the circumstantial participle of wire copy (`وقال
الوزير ...، منددا بالهجوم`) names the speaker's act as its verb would. They are made by putting
`م` for the present's `ي` (`يندد` → `مندد`, `يستنكر` → `مستنكر`, `ينادي` → `مناديا`), which is right
for Forms II–X only: a Form I participle (`رافض`, `ناف`) is a row of its own. No row gets them
by default (`+participles` or `+partms`, ...): a participle is also an adjective or a noun
(`متهمين`, the accused; `مدينة`, a city), so a row takes only the cells its verb reads as an act.
Only bare words are made: the matcher strips proclitics (و ف ب ل ك ال), pronoun suffixes and the
future prefix سـ itself (`matching.candidate_forms`, `morphology.enclitic_candidates`).

A paradigm cell of a lexicon row reads `verb:<present 3ms>` followed by optional words:
`doubled`; `+cell` or `+group` to add cells to the default set; `-cell` or `-group` to leave
cells out (a form that is also a common noun: past 3ms `حذر` "caution", `دعم` "support"); a form
left out stays out even where another cell spells it the same (3fp `ثمنّ`, written `ثمن`).
A suffix consonant after the same silent letter is written once (`أعلن` + `ن` → `أعلن`).
Groups: `default` (the cells a row gets with no `+`), `duals`, `first` (1st person),
`participles`, `all`.
The row's first column holds the past 3ms form; words after it (`وعد بتقديم`) follow every form.
"""
from __future__ import annotations

from dataclasses import dataclass

PAST_CELLS = ("past3ms", "past3fs", "past3mp", "past3fp", "past3md", "past3fd", "past1s", "past1p")
PRESENT_CELLS = ("pres3ms", "pres3fs", "pres3mp", "pres3fp", "pres3md", "pres3fd", "pres1s", "pres1p")
PARTICIPLE_CELLS = ("partms", "partfs", "partmp")
CELLS = PAST_CELLS + PRESENT_CELLS + PARTICIPLE_CELLS

# The third person, singular and plural, of both tenses: the forms wire copy uses for a state, a
# body or a group as subject. Duals and the first person are opt-in (`+duals`, `+first`): on the
# dev set a default dual or 1st-person plural (in quotes: `نرفض`) added events no annotator marked.
DEFAULT_CELLS = ("past3ms", "past3fs", "past3mp", "past3fp", "pres3ms", "pres3fs", "pres3mp", "pres3fp")
CELL_GROUPS = {
    "default": DEFAULT_CELLS,
    "duals": ("past3md", "past3fd", "pres3md", "pres3fd"),
    "first": ("past1s", "past1p", "pres1s", "pres1p"),
    "participles": PARTICIPLE_CELLS,
    "all": CELLS,
}


class ParadigmError(ValueError):
    pass


@dataclass(frozen=True)
class Paradigm:
    """What a paradigm cell says: the present 3ms form, whether the verb is doubled, the cells
    to make and the cells left out with `-` (whose forms no other cell may bring back)."""
    present: str
    doubled: bool
    cells: tuple[str, ...]
    excluded: tuple[str, ...] = ()


def parse_paradigm(cell: str) -> Paradigm:
    """`verb:يحذر -past3ms` → Paradigm("يحذر", False, default cells without past3ms)."""
    words = cell.split()
    if not words or not words[0].startswith("verb:") or len(words[0]) <= len("verb:"):
        raise ParadigmError(f"paradigm {cell!r}: expected `verb:<present 3ms form>` first")
    present = words[0][len("verb:"):]
    doubled = False
    chosen = list(DEFAULT_CELLS)
    excluded: list[str] = []
    for word in words[1:]:
        if word == "doubled":
            doubled = True
            continue
        sign, name = word[:1], word[1:]
        if sign not in "+-" or not sign or not (name in CELLS or name in CELL_GROUPS):
            raise ParadigmError(f"paradigm {cell!r}: unknown word {word!r} (expected doubled, +cell, -cell, "
                                f"+group or -group; cells {', '.join(CELLS)}; groups {', '.join(CELL_GROUPS)})")
        names = CELL_GROUPS.get(name, (name,))
        if sign == "+":
            chosen += [n for n in names if n not in chosen]
        else:
            chosen = [n for n in chosen if n not in names]
            excluded += names
    return Paradigm(present, doubled, tuple(c for c in CELLS if c in chosen), tuple(c for c in CELLS if c in excluded))


def _join(stem: str, suffix: str) -> str:
    """`بدأ` + `ا` is written `بدآ`."""
    if stem.endswith("أ") and suffix.startswith("ا"):
        return stem[:-1] + "آ" + suffix[1:]
    return stem + suffix


def _close(stem: str, suffix: str) -> str:
    """A suffix that opens with a consonant after a stem whose last letter is silent before it:
    the same letter twice is written once, with a shadda (`أعلن` + `ن` → `أعلنّ`, written `أعلن`)."""
    return stem + suffix[1:] if stem[-1:] == suffix[:1] else stem + suffix


def past_forms(past: str, doubled: bool = False) -> dict[str, str]:
    """The past cells of a verb from its 3ms form."""
    if len(past) < 2:
        raise ParadigmError(f"past form {past!r} is too short")
    last = past[-1]
    if last in "ىاي" and len(past) >= 3:
        base = past[:-1]
        if last == "ي":  # بقي: the ي stays before every suffix but وا
            return {"past3ms": past, "past3fs": past + "ت", "past3mp": base + "وا", "past3fp": past + "ن",
                    "past3md": past + "ا", "past3fd": past + "تا", "past1s": past + "ت", "past1p": past + "نا"}
        glide = "و" if last == "ا" else "ي"  # دعا → دعون, دعوا (dual); نفى → نفين, نفيا
        return {"past3ms": past, "past3fs": base + "ت", "past3mp": base + "وا", "past3fp": base + glide + "ن",
                "past3md": base + glide + "ا", "past3fd": base + "تا", "past1s": base + glide + "ت",
                "past1p": base + glide + "نا"}
    if doubled or len(past) == 2:
        open_stem = past + last  # رد → ردد before a consonant suffix
    elif len(past) >= 3 and past[-2] == "ا":
        open_stem = past[:-2] + last  # قال → قل
    else:
        open_stem = past
    return {"past3ms": past, "past3fs": past + "ت", "past3mp": _join(past, "وا"), "past3fp": _close(open_stem, "ن"),
            "past3md": _join(past, "ا"), "past3fd": past + "تا", "past1s": _close(open_stem, "ت"),
            "past1p": _close(open_stem, "نا")}


def present_forms(present: str, hollow: bool = False, doubled: bool = False) -> dict[str, str]:
    """The present cells of a verb from its 3ms form (`ي` + stem)."""
    if not present.startswith("ي") or len(present) < 2:
        raise ParadigmError(f"present form {present!r} should start with ي")
    stem = present[1:]
    out = {"pres3ms": present, "pres3fs": "ت" + stem, "pres1s": _first_singular(stem), "pres1p": "ن" + stem}
    last = present[-1]
    if last in "يوى" and len(present) >= 3 and not hollow:
        base = present[:-1]
        keep = present if last != "ى" else base + "ي"  # يسعى → يسعين, يسعيان
        out.update({"pres3mp": base + "ون", "pres3fp": keep + "ن", "pres3md": keep + "ان"})
    else:
        if doubled:
            short = present + last  # يرد → يردد before ن
        elif hollow and len(present) >= 3 and present[-2] in "اوي":
            short = present[:-2] + last  # يقول → يقل
        else:
            short = present
        out.update({"pres3mp": _join(present, "ون"), "pres3fp": _close(short, "ن"), "pres3md": _join(present, "ان")})
    out["pres3fd"] = "ت" + out["pres3md"][1:]
    return out


def participle_forms(present: str) -> dict[str, str]:
    """The active participle cells of a Form II–X verb from its present 3ms form: `م` for `ي`
    (`يندد` → `منددا`, `منددة`, `منددين`); a weak final `ي`/`ى` stays a `ي` before the ending
    (`ينادي` → `مناديا`, `منادية`, but `منادين`)."""
    if not present.startswith("ي") or len(present) < 3:
        raise ParadigmError(f"present form {present!r} should start with ي")
    stem = "م" + present[1:]
    if stem[-1] in "يى":
        base = stem[:-1]
        return {"partms": base + "يا", "partfs": base + "ية", "partmp": base + "ين"}
    return {"partms": stem + "ا", "partfs": stem + "ة", "partmp": stem + "ين"}


def _first_singular(stem: str) -> str:
    """أ + the present stem: `أؤكد`, `أقول`; `أأتي` is written `آتي`."""
    return "آ" + stem[1:] if stem.startswith("أ") else "أ" + stem


def verb_forms(past: str, present: str, doubled: bool = False) -> dict[str, str]:
    """Every cell of the verb whose past 3ms is `past` and present 3ms `present`."""
    weak_final = past[-1:] in "ىاي" and len(past) >= 3
    hollow = not weak_final and len(past) >= 3 and past[-2] == "ا"
    doubled = doubled or (len(past) == 2 and not weak_final)
    return {**past_forms(past, doubled), **present_forms(present, hollow=hollow, doubled=doubled),
            **participle_forms(present)}


def expand(lemma: str, cell: str) -> list[str]:
    """The forms a lexicon row with lemma `lemma` and paradigm cell `cell` stands for, in cell
    order, each followed by the lemma's later words (`وعد بتقديم` → `وعدت بتقديم`, …)."""
    paradigm = parse_paradigm(cell)
    first, *rest = lemma.split()
    forms = verb_forms(first, paradigm.present, paradigm.doubled)
    tail = "".join(" " + w for w in rest)
    left_out = {forms[c] for c in paradigm.excluded}  # `-past3ms` of `ثمن` also leaves out its 3fp `ثمنّ`
    return list(dict.fromkeys(forms[c] + tail for c in paradigm.cells if forms[c] not in left_out))
