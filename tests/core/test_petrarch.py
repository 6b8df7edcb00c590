"""PETRARCH / UniversalPetrarch dictionaries loaded from user paths. Every dictionary here is
written by the test in the UniversalPetrarch formats; nothing is read from /work/shared."""
import datetime as dt

import pytest

from etl.core import lexicon
from etl.core.petrarch import describe_code, parse_actors, parse_cameo_plover, parse_verbs, plover_for

DAY = dt.date(2024, 12, 8)
VARS = ("ETL_PETRARCH_VERBS", "ETL_PETRARCH_ACTORS", "ETL_CAMEO_PLOVER")

TABLE = """\
04: CONSULT
042: CONSULT, visit,   # Make a visit
083: CONCEDE,   ,   political_institutions # Accede to requests or demands for political reform
111: ACCUSE, disapprove,    # Criticize or denounce
190: ASSAULT, , military # Use conventional military force
~~~~~
"""

VERBS = """\
# LAST UPDATED: written for the tests

####### SYNONYM SETS #######

&ROCKET
+صاروخ_
+قذيفة_
_مدفع_هاون+

####### VERB PATTERNS #######
--- وبخ [111] ---
وبخ {وبخت وبخوا}                # rebuke
ندد+ب                           # denounce
- * [111] # وبخ

--- تفقد [042] ---
تفقد                            # inspect
- * شيء بلا رمز
+عضو_

--- نظم [---] ---
نظم                             # organise
أطلق                            # launch
- * هجوم [190]  # نظم
- * &ROCKET   [190]  # أطلق
- $ * + [190]
- * (على {موقع عسكري}) [190]

--- تنحى [---] ---
تنحى                            # step down
- * [0831] # تنحى
- * عن منصب [---]

--- أعلن [010] ---
أعلن                            # announce
وبخ {وبخت                       # unclosed braces
"""

ACTORS = """\
# actor dictionary written for the tests
\t[USAGOV]
زمرة_البرتقال_الزرقاء_  [NGO]
+البرتقال_الأزرق_
كمال_الورداني_  # a person whose role changed
\t[EGYLEG <19990101]
\t[EGYGOV 19990101-20050101]
\t[EGYELI >20050101]
مجلس_الوادي_
\t[SDNGOV 20100101-20150101]
\t[SDNREB 20150101-18000101]
بلاد_الأرز_  [LBN]
جزر_الغيم_  [XYZ]
منظمة_البحار_الثلاثة_  [IGOGOV]
صوت_الجبل_  [LBNMED]
سامر_النمر_  [GOV
خالد_منصور_
\t[12AB 2020]
$$$
جيش_  [MIL]
زمرة_البرتقال_الزرقاء_  [NGO]
"""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in VARS:
        monkeypatch.delenv(var, raising=False)
    lexicon.clear_caches()
    yield
    monkeypatch.undo()
    lexicon.clear_caches()


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, text in (("cameo_plover.txt", TABLE), ("verbs.txt", VERBS), ("actors.txt", ACTORS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = tmp_path / name
    return out


def test_cameo_plover_table_and_parent_fallback(files):
    table, counts = parse_cameo_plover(files["cameo_plover.txt"])
    assert set(table) == {"042", "083", "111", "190"}   # `04: CONSULT` is a section header
    assert (table["042"].event_type, table["042"].event_mode) == ("CONSULT", "visit")
    assert (table["111"].event_type, table["111"].event_mode) == ("ACCUSE", "disapprove")
    assert table["190"].event_mode == "" and table["190"].context == "military"
    assert counts.skipped == 1 and counts.read == 5                # `~~~~~`
    assert plover_for("0831", table) == table["083"]              # 4-digit code: its parent's mapping
    assert plover_for("190:190", table) == table["190"]
    assert plover_for("010", table) is None and plover_for("---", table) is None
    assert plover_for("04", table) is None


def test_verb_dictionary_to_trigger_rows(files):
    table, _ = parse_cameo_plover(files["cameo_plover.txt"])
    rows, counts = parse_verbs(files["verbs.txt"], table)
    by = {r["trigger_ar"]: r for r in rows}
    assert (by["وبخ"]["event_type"], by["وبخ"]["event_mode"]) == ("ACCUSE", "disapprove")
    assert by["وبخ"]["source"] == "petrarch:verbs.txt:111"
    assert {"وبخت", "وبخوا", "ندد ب"} <= set(by)                    # braces forms, `+` joins words
    assert (by["تفقد"]["event_type"], by["تفقد"]["event_mode"]) == ("CONSULT", "visit")
    assert by["تنحى"]["event_type"] == "CONCEDE" and by["تنحى"]["source"] == "petrarch:verbs.txt:0831"
    # patterns: one contiguous phrase per verb of the block; a small synonym set is expanded
    assert {"نظم هجوم", "أطلق هجوم", "أطلق صاروخ", "أطلق قذيفة", "أطلق مدفع هاون", "نظم مدفع هاون",
            "نظم على موقع عسكري"} <= set(by)
    assert all(by[p]["event_type"] == "ASSAULT" for p in ("نظم هجوم", "أطلق صاروخ", "نظم على موقع عسكري"))
    assert "نظم" not in by and "أطلق" not in by                      # `[---]`: the verb alone is no event
    assert "أعلن" not in by and "تنحى عن منصب" not in by             # 010 is not in the table; `[---]`
    assert set(r["event_type"] for r in rows) == {"ACCUSE", "CONSULT", "CONCEDE", "ASSAULT"}
    # malformed: a pattern without [CODE], a `+` line inside a verb block, unclosed braces
    assert counts.skipped == 3 and len(counts.problems) == 3
    assert counts.unsupported == 1                                   # `- $ * + [190]`
    assert counts.unmapped == 1 and counts.null_code == 4    # أعلن [010]; the verbs نظم أطلق تنحى and a `[---]` pattern
    assert counts.rows == len(rows) == len({r["trigger_ar"] for r in rows})


def test_actor_dictionary_to_actor_rows(files):
    rows, counts = parse_actors(files["actors.txt"], given_names=["كمال"], state_ids={"LBN": "lbn", "EGY": "egy"},
                                reserved=["الجيش"])
    by = {r["name_ar"]: r for r in rows}

    def row(name):
        r = by[name]
        return r["actor_id"], r["actor_type"], r["country_iso3"], r["sector"]

    assert row("زمرة البرتقال الزرقاء") == ("petrarch-zmrh-brtqal-zrqa", "organization", "", "NGO")
    assert by["زمرة البرتقال الزرقاء"]["aliases_ar"] == "البرتقال الأزرق"
    assert by["زمرة البرتقال الزرقاء"]["source"] == "petrarch:actors.txt:NGO"
    assert row("كمال الورداني") == ("petrarch-kmal-wrdany", "person", "EGY", "ELI")   # most recent role; given name
    assert row("مجلس الوادي") == ("petrarch-mjls-wady", "armed_group", "", "REB")     # SDN unknown to state_ids
    assert row("بلاد الأرز") == ("lbn", "state", "LBN", "")            # another name of the project's state
    assert row("منظمة البحار الثلاثة")[1:] == ("international_org", "", "IGO")
    assert row("صوت الجبل")[1:] == ("media", "LBN", "JRN")
    assert "جزر الغيم" not in by and "خالد منصور" not in by and "جيش" not in by
    assert all(set(r) == {"actor_id", "name_ar", "aliases_ar", "name_en", "actor_type", "country_iso3", "sector",
                          "wikidata_qid", "source"} and r["name_en"] == r["wikidata_qid"] == "" for r in rows)
    # malformed: a code line before any actor, an unclosed code, `$$$`
    assert counts.skipped == 3
    assert counts.unmapped == 2            # XYZ is no known state; خالد منصور has no usable code
    assert counts.duplicates == 1 and counts.shadowed == 1
    assert counts.read == 10 and counts.rows == len(rows) == 6


def test_actor_codes_without_project_context(files):
    assert describe_code("USA") == ("state", "USA", "")
    assert describe_code("USAGOV") == ("government", "USA", "GOV")
    assert describe_code("ISRMIL") == ("military", "ISR", "MIL")
    assert describe_code("PSEINS") == ("armed_group", "PSE", "REB")
    assert describe_code("IGOUNO") == ("international_org", "", "IGO")
    assert describe_code("KSVGOV") == ("government", "XKX", "GOV")
    rows, _ = parse_actors(files["actors.txt"])
    by = {r["name_ar"]: r for r in rows}
    assert by["كمال الورداني"]["actor_type"] == "government"       # no given names known: not a person
    assert by["بلاد الأرز"]["actor_id"] == "petrarch-blad-arz"
    assert by["جزر الغيم"]["country_iso3"] == "XYZ" and "جيش" in by


def test_malformed_files_never_raise(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe[[[\n- * [\n--- \n&\n+\n\t[\n]]]\x00\n" + "نص\t[USA >2020]\n".encode())
    table, _ = parse_cameo_plover(junk)
    assert table == {}
    rows, counts = parse_verbs(junk, {})
    assert rows == [] and counts.skipped > 0
    rows, counts = parse_actors(junk)
    assert rows == [] and counts.skipped > 0


def _extract(text):
    from etl.core.extract import extract
    return extract("t", text, DAY)


SENTENCE = "ووبخت زمرة البرتقال الزرقاء الحكومة اللبنانية أمس."


def test_end_to_end_with_and_without_the_user_dictionaries(files, monkeypatch):
    x = _extract(SENTENCE)
    assert not [e for e in x.events if e["trigger"] == "وبخت"]
    assert not [a for a in x.actors if a.startswith("petrarch-")]

    monkeypatch.setenv("ETL_PETRARCH_VERBS", str(files["verbs.txt"]))
    monkeypatch.setenv("ETL_CAMEO_PLOVER", str(files["cameo_plover.txt"]))
    monkeypatch.setenv("ETL_PETRARCH_ACTORS", str(files["actors.txt"]))
    lexicon.clear_caches()
    x = _extract(SENTENCE)
    [e] = [e for e in x.events if e["trigger"] == "وبخت"]
    assert (e["event_type"], e["event_mode"]) == ("ACCUSE", "disapprove")
    assert e["source_actor_id"] == "petrarch-zmrh-brtqal-zrqa"
    assert x.actors["petrarch-zmrh-brtqal-zrqa"].actor_type == "organization"
    # the project's own rows come first and win: its triggers and actors are unchanged
    triggers = lexicon.load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))
    first_user = next(i for i, r in enumerate(triggers) if r["source"].startswith("petrarch:"))
    assert all(r["source"].startswith("petrarch:") for r in triggers[first_user:])
    [e] = _extract("وهاجمت القوات المدينة.").events
    assert e["event_type"] == "ASSAULT"

    monkeypatch.delenv("ETL_PETRARCH_VERBS")
    monkeypatch.delenv("ETL_PETRARCH_ACTORS")
    lexicon.clear_caches()
    x = _extract(SENTENCE)
    assert not [e for e in x.events if e["trigger"] == "وبخت"]
    assert not [a for a in x.actors if a.startswith("petrarch-")]


def test_configuration_errors_name_the_variable(files, monkeypatch):
    monkeypatch.setenv("ETL_PETRARCH_VERBS", str(files["verbs.txt"]))
    with pytest.raises(lexicon.LexiconError, match="ETL_CAMEO_PLOVER"):
        lexicon.load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))
    monkeypatch.setenv("ETL_CAMEO_PLOVER", str(files["cameo_plover.txt"]) + ".missing")
    with pytest.raises(lexicon.LexiconError, match="ETL_CAMEO_PLOVER=.*no such file"):
        lexicon.load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode"))
    monkeypatch.setenv("ETL_PETRARCH_ACTORS", "/nonexistent/actors.txt")
    with pytest.raises(lexicon.LexiconError, match="ETL_PETRARCH_ACTORS"):
        lexicon.load("actors.tsv", ("actor_id",))


def test_extractor_version_follows_the_user_files(files, monkeypatch):
    from etl.core.version import extractor_version
    base = extractor_version()
    monkeypatch.setenv("ETL_PETRARCH_VERBS", str(files["verbs.txt"]))
    monkeypatch.setenv("ETL_CAMEO_PLOVER", str(files["cameo_plover.txt"]))
    lexicon.clear_caches()
    with_verbs = extractor_version()
    assert with_verbs != base
    files["verbs.txt"].write_text(VERBS + "\n--- زار [042] ---\nزار\n", encoding="utf-8")
    lexicon.clear_caches()
    assert extractor_version() not in (base, with_verbs)
    monkeypatch.delenv("ETL_PETRARCH_VERBS")
    lexicon.clear_caches()
    assert extractor_version() == base      # the table alone does not count
