"""PETRARCH / UniversalPetrarch dictionaries → rows of this project's lexicons.

Users who hold dictionaries in these formats name them by path (`ETL_PETRARCH_VERBS`,
`ETL_PETRARCH_ACTORS`, `ETL_CAMEO_PLOVER`; see lexicon.py); nothing of theirs is packaged.
Pure functions: each reads the file it is given and returns (rows, counts). A line that cannot
be read is skipped and counted, never raised.

Verb dictionary (`--- DESCRIPTION [CODE] ---` blocks of verb lines and `- ... [CODE]` patterns,
after `&SYNSET` / `+member_` synonym sets) → event_triggers.tsv rows:
- a verb line (`وبخ {وبخت وبخوا} [111]`: lemma, optional forms in braces, optional own code;
  `+` and `_` join words) is a trigger with its own code or the block's (the header's or, in
  blocks without a header, the first verb's); `[---]` means the verb alone is no event;
- a pattern is turned into one contiguous phrase per verb form of its block (`- * هجوم [190]`
  with `نظم` → `نظم هجوم`) when it is simple: one `*` or `**` (the verb), plain words, `(...)` and
  `{...}` groups of plain words, and at most one `&SYNSET` of at most `MAX_SYNSET` members.
  Patterns with `$ + % ^` slots or other operators are counted as unsupported. PETRARCH lets
  other words come between pattern words; here they must be adjacent (fewer, safer matches).
- CAMEO codes map to PLOVER through the CAMEO→PLOVER table (`042: CONSULT, visit, # ...`);
  a 4-digit code missing from the table takes its 3-digit parent's mapping; `---`, codes
  absent from the table (the table has no 01x/02x) and codes with a `:` pair use the first part
  or are counted as unmapped.

Actor dictionary (`NAME_ [CODE]`, or `NAME_` then `+SYNONYM_` lines and tab-indented
`[CODE restriction]` lines with `<date`, `>date` or `date-date`) → actors.tsv rows. The most
recent role is used: the dated role with the latest start, else the undated (default) role.
The CAMEO code is read in 3-letter segments: a country (ISO 3166 alpha-3 as CAMEO writes it)
then roles. actor_type from the first known role: GOV ELI LEG JUD COP SPY → government;
MIL → military; REB INS UAF IMG → armed_group; PTY OPP → political_party; MED JRN → media
(sector JRN); IGO (as the first segment, whatever follows) → international_org; NGO NGM BUS MNC
EDU HLH HRI LAB REL ENV AGR DEV → organization; CVL REF CRM RAD and unknown roles → other; a
country code alone → state. A name whose first word is a known given name is a person (sector =
its role). Ids are `petrarch-<slug>`; a state the project already has keeps the project's id,
so the dictionary's names become extra names of that state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection, Mapping

from .ids import short_hash, slug
from .morphology import strip_article
from .text import normalize_phrase

MAX_SYNSET = 25          # larger synonym sets are not expanded (the pattern counts as unsupported)
MAX_PROBLEMS = 20        # problem messages kept per file

# ---------------------------------------------------------------------------------------------
# Counts


@dataclass
class Counts:
    """What a parse did with a file. `read`: entries read (verb lines and patterns, or actor
    records); `rows`: rows produced; `skipped`: malformed lines or entries; `unmapped`: entries
    whose CAMEO code has no PLOVER mapping (or no usable actor code); `unsupported`: patterns
    too complex for a contiguous phrase; `null_code`: verb lines or patterns whose code is `---`;
    `duplicates`: repeated entries; `shadowed`: actor names equal to a generic word the project's
    rules read in context."""
    path: str
    read: int = 0
    rows: int = 0
    skipped: int = 0
    unmapped: int = 0
    unsupported: int = 0
    null_code: int = 0
    duplicates: int = 0
    shadowed: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, lineno: int, message: str, line: str = "") -> None:
        self.skipped += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{Path(self.path).name}:{lineno}: {message}" + (f": {line.strip()[:80]!r}" if line else ""))


def _lines(path: str | Path) -> list[str]:
    """The file's lines with comments blanked (`<!-- -->` across lines, `#` and `;` to the end of
    a line); line numbers are kept. Undecodable bytes become U+FFFD (their lines are skipped)."""
    text = Path(path).read_bytes().decode("utf-8-sig", errors="replace")
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group().count("\n"), text, flags=re.S)
    return text.splitlines()


def _strip_comment(line: str) -> str:
    return re.split(r"[#;]", line, maxsplit=1)[0]


def _phrase(text: str) -> str:
    """`حقق+في` / `مدفع_هاون_` → `حقق في` / `مدفع هاون`."""
    return " ".join(text.replace("_", " ").replace("+", " ").split())


# a dictionary word: letters, digits, Arabic marks, `-` (`اف-16`) and `_`/`+` joiners, with a letter
_WORD = re.compile(r"[\w+\-\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+$")
_LETTER = re.compile(r"[^\W\d_]")


def _is_phrase(phrase: str) -> bool:
    return bool(phrase) and all(_WORD.match(w) for w in phrase.split()) and bool(_LETTER.search(phrase))

# ---------------------------------------------------------------------------------------------
# CAMEO → PLOVER


@dataclass(frozen=True)
class PloverCode:
    event_type: str
    event_mode: str
    context: str


_TABLE_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*(.*)$")


def parse_cameo_plover(path: str | Path) -> tuple[dict[str, PloverCode], Counts]:
    """`CODE: TYPE, mode, context # description` lines (CAMEO2PLOVER-2021). Two-digit lines are
    section headers (`08: CONCEDE`, `08: RETREAT`) and are not used for mapping; the first line
    for a code wins."""
    counts = Counts(str(path))
    table: dict[str, PloverCode] = {}
    for lineno, raw in enumerate(_lines(path), start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        m = _TABLE_LINE.match(body)
        fields = [f.strip() for f in m.group(2).split(",")] if m else []
        if not m or not re.fullmatch(r"[A-Z]+", fields[0] if fields else ""):
            counts.problem(lineno, "not a `CODE: TYPE, mode, context` line", raw)
            continue
        counts.read += 1
        code = m.group(1)
        if len(code) == 2 or code in table:
            continue
        mode = re.sub(r"\s+", "-", fields[1].lower()) if len(fields) > 1 else ""
        if mode and not re.fullmatch(r"[a-z][a-z_-]*", mode):
            mode = ""
        table[code] = PloverCode(fields[0], mode, fields[2] if len(fields) > 2 else "")
    counts.rows = len(table)
    return table, counts


def plover_for(code: str, table: Mapping[str, PloverCode]) -> PloverCode | None:
    """The PLOVER mapping of a CAMEO code (`0831`, `190`, `050:050`), a 4-digit code falling back
    to its 3-digit parent; None for `---` and unmapped codes."""
    code = code.split(":", 1)[0].strip()
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    while len(code) >= 3:
        if code in table:
            return table[code]
        code = code[:-1]
    return None

# ---------------------------------------------------------------------------------------------
# Verb dictionary


@dataclass
class _Block:
    code: str
    verbs: list[tuple[list[str], str | None]] = field(default_factory=list)   # (forms, own code)
    patterns: list[tuple[list[str], str, int]] = field(default_factory=list)  # (tokens, code, line)


_HEADER = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*-*\s*$")
_PATTERN = re.compile(r"^-(?!--)\s*(.*?)\s*\[([^\]\[]*)\]\s*$")
_VERB_LINE = re.compile(r"^([^\[\]{}]+?)\s*(?:\{([^{}\[\]]*)\})?\s*(?:\[([^\[\]]*)\])?$")


def parse_verbs(path: str | Path, table: Mapping[str, PloverCode]) -> tuple[list[dict[str, str]], Counts]:
    """Trigger rows {trigger_ar, event_type, event_mode, source} of a (Universal)PETRARCH verb
    dictionary, in file order, each phrase once (the first mapping wins)."""
    counts = Counts(str(path))
    name = Path(path).name
    synsets: dict[str, list[str]] = {}
    current_syn: str | None = None
    block: _Block | None = None
    rows: list[dict[str, str]] = []
    seen: set[str] = set()

    def emit(phrases: list[str], code: str) -> None:
        """Rows of one entry's phrases (an entry is counted once as null or unmapped)."""
        if code.strip("- ") == "":
            counts.null_code += 1
            return
        mapped = plover_for(code, table)
        if mapped is None:
            counts.unmapped += 1
            return
        for phrase in phrases:
            add(phrase, code, mapped)

    def add(phrase: str, code: str, mapped: PloverCode) -> None:
        key = normalize_phrase(phrase)
        if key in seen:
            return
        seen.add(key)
        rows.append(dict(trigger_ar=phrase, event_type=mapped.event_type, event_mode=mapped.event_mode,
                         source=f"petrarch:{name}:{code.split(':', 1)[0].strip()}"))

    def close(b: _Block | None) -> None:
        if b is None:
            return
        forms = [f for fs, _ in b.verbs for f in fs]
        for fs, own in b.verbs:
            emit(fs, own or b.code)
        for tokens, code, _line in b.patterns:
            phrases = _expand(tokens, forms, synsets)
            if phrases is None:
                counts.unsupported += 1
                continue
            emit(phrases, code)

    for lineno, raw in enumerate(_lines(path), start=1):
        if raw.lstrip().startswith("#"):
            continue  # includes the `####### VERB PATTERNS #######` marker
        line = _strip_comment(raw).strip()
        if not line:
            if block is not None and block.patterns:
                close(block)   # a blank line ends a pattern set
                block = None
            continue
        if "\ufffd" in line:
            counts.problem(lineno, "undecodable bytes", raw)
            continue
        if line.startswith("&"):
            label = line[1:].strip()
            if not re.fullmatch(r"[\w]+", label):
                counts.problem(lineno, "bad synonym-set label", raw)
                current_syn = None
                continue
            close(block)
            block = None
            current_syn = label.rstrip("_")
            synsets.setdefault(current_syn, [])
            continue
        if line.startswith("+") or (line.endswith("+") and block is None):
            # `+word_`; `_word+` is the same member as shown by right-to-left editors
            member = _phrase(line.strip("+_"))
            if current_syn is None or block is not None or not _is_phrase(member):
                counts.problem(lineno, "synonym outside a set or not words", raw)
                continue
            synsets[current_syn].append(member)
            continue
        current_syn = None
        if line.startswith("---"):
            m = _HEADER.match(line)
            close(block)
            block = None
            if not m:
                counts.problem(lineno, "bad block header", raw)
                continue
            block = _Block(code=(m.group(2) or "---").strip())
            continue
        if line.startswith("-"):
            m = _PATTERN.match(line)
            if block is None or not m or not block.verbs:
                counts.problem(lineno, "pattern without a verb block or without [CODE]", raw)
                continue
            counts.read += 1
            tokens = re.sub(r"(\*+|[(){}])", r" \1 ", m.group(1)).split()   # `*` / `**`: the verb
            block.patterns.append((tokens, m.group(2).strip(), lineno))
            continue
        m = _VERB_LINE.match(line)
        words = _phrase(m.group(1)) if m else ""
        forms = [words, *(_phrase(f) for f in (m.group(2) or "").split())] if m else []
        if not m or not all(_is_phrase(f) for f in forms):
            counts.problem(lineno, "not a verb line", raw)
            continue
        counts.read += 1
        own = m.group(3).strip() if m.group(3) else None
        if block is None or block.patterns:
            close(block)
            block = _Block(code=own or "---")   # no `--- ... ---` header: the first verb's code is the block's
        block.verbs.append((list(dict.fromkeys(f for f in forms if f)), own))
    close(block)
    counts.rows = len(rows)
    return rows, counts


def _expand(tokens: list[str], verb_forms: list[str], synsets: Mapping[str, list[str]]) -> list[str] | None:
    """Contiguous phrases of a simple pattern, one per verb form (and synonym); None if the
    pattern is not simple."""
    parts: list[list[str]] = []
    n_verb = n_syn = 0
    for tok in tokens:
        if tok in "(){}":
            continue
        if tok in ("*", "**"):
            n_verb += 1
            parts.append(verb_forms)
        elif tok.startswith("&"):
            members = synsets.get(tok[1:].rstrip("_"))
            n_syn += 1
            if not members or len(members) > MAX_SYNSET:
                return None
            parts.append(members)
        elif _is_phrase(tok):
            parts.append([_phrase(tok)])
        else:
            return None   # $ + % ^ slots, operators
    if n_verb != 1 or n_syn > 1 or not verb_forms:
        return None
    phrases = [""]
    for alternatives in parts:
        phrases = [f"{p} {a}".strip() for p in phrases for a in alternatives]
    return list(dict.fromkeys(phrases))

# ---------------------------------------------------------------------------------------------
# Actor dictionary

_ROLE_TYPES = {
    **dict.fromkeys(("GOV", "ELI", "LEG", "JUD", "COP", "SPY"), "government"),
    "MIL": "military",
    **dict.fromkeys(("REB", "INS", "UAF", "IMG"), "armed_group"),
    **dict.fromkeys(("PTY", "OPP"), "political_party"),
    **dict.fromkeys(("MED", "JRN"), "media"),
    "IGO": "international_org",
    **dict.fromkeys(("NGO", "NGM", "BUS", "MNC", "EDU", "HLH", "HRI", "LAB", "REL", "ENV", "AGR", "DEV"),
                    "organization"),
    **dict.fromkeys(("CVL", "REF", "CRM", "RAD", "MOD", "SET", "UNK"), "other"),
}
_SECTOR_ALIASES = {"MED": "JRN", "INS": "REB"}        # the project's sector codes
_COUNTRY_ALIASES = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}  # CAMEO ≠ ISO 3166

_CODE = re.compile(r"\[\s*([A-Z?]*)\s*([^\]\[]*?)\s*\]")
_DATE = r"(\d{6}|\d{8})"


@dataclass
class _Role:
    code: str
    start: str | None      # YYYYMMDD; None: undated (default) or `<date`
    undated: bool


def _date(d: str) -> str:
    if len(d) == 6:   # YYMMDD (TABARI): 00-30 → 20xx
        return ("20" if int(d[:2]) <= 30 else "19") + d
    return d


def _role(code: str, restriction: str) -> _Role | None:
    code = code.replace("?", "")
    if not code or len(code) % 3 or not code.isalpha():
        return None
    r = restriction.replace(" ", "")
    if not r:
        return _Role(code, None, True)
    if m := re.fullmatch(">" + _DATE, r):
        return _Role(code, _date(m.group(1)), False)
    if re.fullmatch("<" + _DATE, r):
        return _Role(code, None, False)
    if m := re.fullmatch(_DATE + "-" + _DATE, r):
        return _Role(code, _date(m.group(1)), False)
    return None


def _latest(roles: list[_Role]) -> _Role:
    """The most recent role: the dated one with the latest start (later lines win ties), else
    the first undated (default) role, else the first `<date` role."""
    dated = [r for r in roles if r.start]
    if dated:
        return max(reversed(dated), key=lambda r: r.start)
    return next((r for r in roles if r.undated), roles[0])


def describe_code(code: str) -> tuple[str, str, str]:
    """(actor_type, country_iso3, sector) of a CAMEO actor code such as `USAGOV`, `IGO`, `LBN`."""
    segments = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = ""
    if segments[0] not in _ROLE_TYPES:
        country = _COUNTRY_ALIASES.get(segments[0], segments[0])
        segments = segments[1:]
    if segments and segments[0] == "IGO":
        return "international_org", country, "IGO"
    role = next((s for s in segments if s in _ROLE_TYPES), None)
    if role is None:
        return ("state" if country and not segments else "other"), country, ""
    return _ROLE_TYPES[role], country, _SECTOR_ALIASES.get(role, role)


@dataclass
class _Record:
    name: str
    lineno: int
    aliases: list[str] = field(default_factory=list)
    roles: list[_Role] = field(default_factory=list)
    bad_codes: int = 0


def parse_actors(path: str | Path, given_names: Collection[str] = (),
                 state_ids: Mapping[str, str] | None = None,
                 reserved: Collection[str] = ()) -> tuple[list[dict[str, str]], Counts]:
    """Actor rows of a PETRARCH actor dictionary. `given_names`: given names (a name of two
    words or more starting with one is a person); `state_ids`: ISO3 → id of the project's state
    actors: a country-only entry becomes another name of that state, and country codes the
    mapping lacks (regions such as `AFR`, territories) are dropped. `reserved`: generic words
    the project's rules read in context (`جيش`, `وزير`); a name equal to one is not used (counted
    as shadowed), so that `الجيش` stays the army of the country the article is about."""
    counts = Counts(str(path))
    name = Path(path).name
    given = frozenset(normalize_phrase(g) for g in given_names)
    reserved_keys = frozenset(_key(r) for r in reserved)
    rows: list[dict[str, str]] = []
    used: dict[str, str] = {}     # actor id → name
    names_seen: set[str] = set()
    record: _Record | None = None

    def codes(text: str, rec: _Record, lineno: int) -> bool:
        rest = _CODE.sub("", text).strip()
        if rest or text.count("[") != text.count("]"):
            return False
        for m in _CODE.finditer(text):
            role = _role(m.group(1), m.group(2))
            if role is None:
                rec.bad_codes += 1
                if len(counts.problems) < MAX_PROBLEMS:
                    counts.problems.append(f"{name}:{lineno}: unusable code {m.group()!r}")
            else:
                rec.roles.append(role)
        return True

    def finish(rec: _Record | None) -> None:
        if rec is None:
            return
        counts.read += 1
        if not rec.roles:
            counts.unmapped += 1
            return
        actor_type, country, sector = describe_code(_latest(rec.roles).code)
        if state_ids is not None and country not in state_ids:
            # a region (`AFR`), territory or code the project does not know as a state
            country = ""
            if actor_type == "state":
                counts.unmapped += 1
                return
        if actor_type == "other" and not country and not sector:
            counts.unmapped += 1
            return
        words = normalize_phrase(rec.name).split()
        if actor_type != "state" and len(words) >= 2 and (words[0] in given or " ".join(words[:2]) in given):
            actor_type = "person"
        key = normalize_phrase(rec.name)
        aliases = [a for a in dict.fromkeys(rec.aliases) if normalize_phrase(a) != key and _key(a) not in reserved_keys]
        if _key(rec.name) in reserved_keys:
            counts.shadowed += 1
            if not aliases:
                return
            rec.name, aliases = aliases[0], aliases[1:]
            key = normalize_phrase(rec.name)
        if actor_type == "state" and state_ids and country in state_ids:
            actor_id = state_ids[country]
        else:
            if key in names_seen:
                counts.duplicates += 1
                return
            actor_id = f"petrarch-{slug(rec.name)}"
            if actor_id in used and used[actor_id] != key:
                actor_id = f"{actor_id}-{short_hash(key, length=6)}"
            used[actor_id] = key
        names_seen.add(key)
        rows.append(dict(actor_id=actor_id, name_ar=rec.name, aliases_ar="|".join(aliases), name_en="",
                         actor_type=actor_type, country_iso3=country if re.fullmatch(r"[A-Z]{3}", country) else "",
                         sector=sector if actor_type != "state" else "", wikidata_qid="",
                         source=f"petrarch:{name}:{_latest(rec.roles).code}"))

    for lineno, raw in enumerate(_lines(path), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if "\ufffd" in line:
            counts.problem(lineno, "undecodable bytes", raw)
            continue
        if line.startswith("["):
            if record is None or not codes(line, record, lineno):
                counts.problem(lineno, "code line without an actor or not `[CODE restriction]`", raw)
            continue
        if line.startswith("+"):
            alias = _clean_name(line[1:])
            if record is None or not alias:
                counts.problem(lineno, "synonym without an actor or not a name", raw)
            else:
                record.aliases.append(alias)
            continue
        finish(record)
        record = None
        head, bracket, tail = line.partition("[")
        actor_name = _clean_name(head)
        if not actor_name:
            counts.problem(lineno, "not an actor name", raw)
            continue
        record = _Record(actor_name, lineno)
        if bracket and not codes(bracket + tail, record, lineno):
            counts.problem(lineno, "unreadable code after the name", raw)
            record = None
    finish(record)
    counts.rows = len(rows)
    return rows, counts


def _key(phrase: str) -> tuple[str, ...]:
    """Lookup key of a name: normalised words without the article (as the matchers compare)."""
    return tuple(strip_article(w) for w in normalize_phrase(phrase).split())


def _clean_name(text: str) -> str:
    """`جلال_حسنين_` → `جلال حسنين`; '' when the text holds no name (or characters the TSV
    rows cannot carry)."""
    phrase = _phrase(text)
    if not phrase or any(c in phrase for c in "|\t[]{}<>$%^&*=~") or not re.search(r"[^\W\d_]", phrase):
        return ""
    return phrase
