"""The actor data model and the lexicons the actor rules read (names, gentilics, heads,
titles, given names with their gender), loaded once per process."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .ids import slug
from .lexicon import load, phrase_key, split_variants, time_words, word_classes
from .matching import PhraseMatcher, may_open_any
from .morphology import strip_article
from .text import normalize_phrase

ACTOR_TYPES = ("person", "state", "government", "military", "armed_group", "political_party",
               "organization", "international_org", "media", "anonymous_source", "other")

@dataclass(frozen=True)
class Actor:
    actor_id: str
    name_ar: str
    name_en: str | None
    actor_type: str
    country_iso3: str | None
    sector: str | None
    wikidata_qid: str | None
    origin: str  # 'lexicon' or 'pattern'
    anonymous: bool = False
    # States and collectives (`اللاجئين`) are often only the topic: they count as actors in a
    # document only where they act, are acted on, or speak.
    needs_role: bool = False


def pattern_person(key: str, name: str, country: str | None = None, sector: str | None = None) -> Actor:
    """A person a rule found: the id from `key` (the matching form), shown as `name`."""
    return Actor(f"person-{slug(key)}", name, None, "person", country, sector, None, "pattern")


def unnamed_source(key: str, name: str) -> Actor:
    """An anonymous source a rule found (`مسؤول رفض الكشف عن اسمه`): the id from `key`, shown as `name`."""
    return Actor(f"anon-{slug(key)}", name, None, "anonymous_source", None, None, None, "pattern", True)


@dataclass(frozen=True)
class Mention:
    actor: Actor
    first: int   # token indices
    last: int
    start: int   # normalised offsets
    end: int
    place: bool = False  # a state named as a location: used for event locations, not an actor mention


@dataclass(frozen=True)
class _Gentilic:
    iso3: str
    state_id: str


@dataclass(frozen=True)
class Head:
    actor_type: str
    sector: str
    suffix: str
    name_en: str
    anonymous: bool
    standalone: bool


def _counted_singulars(collectives: list[tuple[str, Head]]) -> list[tuple[str, Head]]:
    """After a number from 11 to 99 the counted noun is an accusative singular (تمييز: `30 محتجا`,
    `15 مهاجرا`): the same collective as the sound masculine plural in -ين it is derived from."""
    return [(head[:-2] + "ا", Head(h.actor_type, h.sector, h.suffix, h.name_en, False, True))
            for head, h in collectives if " " not in head and head.endswith("ين") and len(head) > 5]


class ActorLexicon:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        names: list[tuple[str, Actor]] = []
        for r in load("actors.tsv", ("actor_id", "name_ar", "aliases_ar", "name_en", "actor_type",
                                     "country_iso3", "sector", "wikidata_qid")):
            actor = Actor(r["actor_id"], r["name_ar"], r["name_en"] or None, r["actor_type"],
                          r["country_iso3"] or None, r["sector"] or None, r["wikidata_qid"] or None, "lexicon",
                          needs_role=r["actor_type"] == "state" or r.get("needs_role") == "yes")
            self.actors.setdefault(actor.actor_id, actor)
            names += [(v, self.actors[actor.actor_id]) for n in [r["name_ar"], *split_variants(r["aliases_ar"])]
                      for v in _abd_spellings(n)]
        self.names = PhraseMatcher(names)
        # one-word names an actor is known by without the article (`سوريا`, `حماس`): a one-word
        # name written with it (`الشرع`, `البرهان`, `الاحتلال`) names the actor only with its article
        self.bare_one_word_names = frozenset((actor.actor_id, key[0]) for name, actor in names
                                             if len(key := phrase_key(name)) == 1
                                             and not normalize_phrase(name).startswith("ال"))
        # and the one-word names written with it (`الأسد`, `العراق`): a name known only without the
        # article, read in a word that holds it (`المؤدي`, `السيول`), is the common word that shares its letters
        self.definite_one_word_names = frozenset((actor.actor_id, key[0]) for name, actor in names
                                                 if len(key := phrase_key(name)) == 1
                                                 and normalize_phrase(name).startswith("ال"))
        # names of two words or more known only with the article on every word (`المنظمة الدولية`,
        # `الاتحاد الأوروبي`): the same words with none (`منظمة دولية`) are a common indefinite phrase
        spelt = {}
        for name, actor in names:
            if len(key := phrase_key(name)) >= 2:
                definite = all(w.startswith("ال") for w in normalize_phrase(name).split())
                spelt[(actor.actor_id, key)] = spelt.get((actor.actor_id, key), True) and definite
        self.definite_only_phrases = frozenset(k for k, definite in spelt.items() if definite)
        self.states_by_iso = {a.country_iso3: a for a in self.actors.values() if a.actor_type == "state"}
        # a state's short name that is also a common word (`مالي`: financial), which its full name
        # holds (`جمهورية مالي`): the state only right after one of its bodies (`حكومة مالي`)
        self.states_after_body = {w: a for a in self.states_by_iso.values()
                                  for w in word_classes()["state_name_after_body"]
                                  if normalize_phrase(a.name_ar).split()[-1] == w}
        # the states a name of the lexicon calls a kingdom (`المملكة العربية السعودية`, `مملكة البحرين`),
        # which a bare `المملكة` may refer back to
        self.kingdoms = frozenset(a.country_iso3 for name, a in names
                                  if a.actor_type == "state" and "مملكه" in normalize_phrase(name))
        self.name_head_keys: dict[str, tuple[str, ...] | None] = {}  # ActorFinder._name_head_key, per actor

        gentilics: list[tuple[str, _Gentilic]] = []
        broken_plurals: set[str] = set()
        for r in load("gentilics.tsv", ("gentilic_ar", "country_iso3", "state_actor_id", "extra_forms")):
            if not r["country_iso3"]:
                continue
            g = _Gentilic(r["country_iso3"], r["state_actor_id"] or r["country_iso3"].lower())
            base = normalize_phrase(r["gentilic_ar"])
            forms = [base, base + "ه", base + "ين", base + "ون", base + "ان", base + "تين", base + "تان"]
            gentilics += [(f, g) for f in forms + split_variants(r["extra_forms"])]
            broken_plurals.update(normalize_phrase(f) for f in split_variants(r["extra_forms"]) if " " not in f)
        self.gentilics = PhraseMatcher(gentilics)
        # the one-word irregular forms (`أرمن`, `أتراك`, `مغاربة`) are broken plurals: with the
        # article they name a people as `الأرمنيون` would (`_people`)
        self.gentilic_broken_plurals = frozenset(broken_plurals)

        self.heads = PhraseMatcher(
            (r["head_ar"], Head(r["actor_type"], r["sector"], r["id_suffix"], r["name_en"],
                                 r["anonymous"] == "yes", r["standalone"] == "yes"))
            for r in load("group_heads.tsv", ("head_ar", "actor_type", "sector", "id_suffix", "name_en",
                                              "anonymous", "standalone")))
        collectives = [(r["head_ar"], Head(r["actor_type"], r["sector"], r["id_suffix"], r["name_en"], False,
                                           r["bare_ok"] == "yes"))
                       for r in load("collective_heads.tsv", ("head_ar", "actor_type", "sector", "id_suffix", "name_en", "bare_ok"))]
        self.collectives = PhraseMatcher(collectives)
        self.counted_collectives = PhraseMatcher(_counted_singulars(collectives))
        org_heads = load("org_heads.tsv", ("head_ar", "actor_type", "sector"))  # speaker_only, name_words: optional
        for r in org_heads:
            r.setdefault("name_words", "3")
        self.org_heads = PhraseMatcher((r["head_ar"], r) for r in org_heads if r.get("speaker_only") != "yes")
        self.speaker_org_heads = PhraseMatcher((r["head_ar"], r) for r in org_heads)
        anon = load("anonymous_sources.tsv", ("head_ar", "number", "bare_ok"))
        self.anon_heads = PhraseMatcher((r["head_ar"], r["bare_ok"] == "yes") for r in anon)
        # heads whose definite form alone is a source though the matcher (which strips the
        # article) keeps the indefinite row's answer: `وسائل الإعلام` (not `وسائل إعلام`)
        self.anon_definite_ok = frozenset(normalize_phrase(r["head_ar"]) for r in anon
                                          if r["bare_ok"] == "yes" and "ال" in [w[:2] for w in r["head_ar"].split()])
        self.titles = PhraseMatcher((r["title_ar"], r) for r in load("titles.tsv", ("title_ar", "actor_type", "sector")))
        given = load("given_names.tsv", ("name_ar", "gender"))
        self.given_names = PhraseMatcher((r["name_ar"], r["gender"]) for r in given)
        self.one_word_given_names = frozenset(k[0] for k in map(phrase_key, (r["name_ar"] for r in given)) if len(k) == 1)
        # given names written with أل/إل (`إليزابيث`, `ألكسندر`), which after normalisation open with the
        # letters of the article: such a word may still open a name
        self.article_shaped_given_names = frozenset(w for r in given if " " not in (w := normalize_phrase(r["name_ar"]))
                                                    and w.startswith("ال"))
        # given names of languages whose family names never take the Arabic article (`ميلانيا`, `يوليا`,
        # `هاكان`): a definite word after one is no family name but the clause's next phrase
        self.foreign_given_names = frozenset(k[0] for r in given if r.get("origin") not in ("arabic", "kurdish")
                                             and len(k := phrase_key(r["name_ar"])) == 1)
        words = word_classes()
        self.stop = (words["preposition"] | words["conjunction"] | words["complementizer"] | words["relative"]
                     | words["negator"] | words["demonstrative"] | words["pronoun"] | words["aux"]
                     | words["quantifier"] | words["future"] | words["intent"] | words["adverb"])
        self.name_stop = self.stop | _name_stop_words()  # (the name tagger's `namestop` feature reads it too)
        # where the actor rules end a name: also light verbs and prepositions that follow a subject
        # (`سالفادور سوبرال [تم]`, `X [ضمن] برنامج`), kept apart so the tagger's features stay as trained
        self.name_end = self.name_stop | frozenset(strip_article(w) for w in words["actor_name_breaker"]) \
            | frozenset(normalize_phrase(r["word_ar"]) for r in load("actor_name_words.tsv", ("word_ar", "word_class"))
                        if r["word_class"] == "name_end")
        self.quantifiers = words["quantifier"]
        self.person_nouns = PhraseMatcher((r["noun_ar"], True) for r in load("person_nouns.tsv", ("noun_ar",)))
        self._openers = (self.names, self.heads, self.titles, self.given_names, self.org_heads,
                         self.collectives, self.anon_heads, self.gentilics, self.speaker_org_heads,
                         self.counted_collectives)
        self._opening_words = frozenset().union(*(m.first_words for m in self._openers))
        self.opener_mask = sum(m.bit for m in self._openers)  # their bits, for `matching.opener_bits`
        self._may_start: dict[str, bool] = {}
        # ActorFinder._name_shaped, per word: as a name's first word
        self.name_opening_shapes: dict[str, bool] = {}
        # `PersonRules._name_like`'s answers per word, by [first][expected] (bools index as 0 and 1)
        self.name_like_answers: tuple[tuple[dict[str, bool], dict[str, bool]], ...] = (({}, {}), ({}, {}))
        # `ActorFinder._rules_by_bits`, per finder class: the rules worth calling at a word, by its
        # opener bits and gap kind (the same for every document read with this lexicon)
        self.rule_tables: dict[type, dict[int, tuple]] = {}

    def addressee(self, word: str) -> bool:
        """`للقاضي`, `للصحفيين`, `لرئيس الوزراء`: ل + a title or person noun, the one a statement
        is made to (it ends the speaker's phrase before it)."""
        if word.startswith("لل") and len(word) >= 5:
            noun = word[2:]
        elif word.startswith("ل") and len(word) >= 4:
            noun = word[1:]  # `لرئيس الوزراء`, `لوزير الخارجية`: ل + a title in construct
        else:
            return False
        return self.titles.get_word(noun) is not None or self.person_nouns.get_word(noun) is not None

    def may_start(self, word: str) -> bool:
        """Whether any rule's phrase can open at this word (cached per distinct word)."""
        hit = self._may_start.get(word)
        if hit is None:
            hit = self._may_start[word] = may_open_any(word, self._opening_words)
        return hit


_ABD_SPACED = re.compile(r"(^|\s)(عبد)\s+(ال)")
_ABD_JOINED = re.compile(r"(^|\s)(عبد)(ال)")


def _abd_spellings(name: str) -> list[str]:
    """A name and its other spelling of a compound in `عبد`: `عبد الله` is written `عبدالله` as
    often (Gulf and Levant usage), and the lexicon lists one of the two."""
    other = _ABD_SPACED.sub(r"\1\2\3", name)
    if other == name:
        other = _ABD_JOINED.sub(r"\1\2 \3", name)
    return [name] if other == name else [name, other]


@lru_cache(maxsize=None)
def _name_stop_words() -> frozenset[str]:
    """Words that end a name: reporting verbs, event triggers, time words, interrogatives."""
    out: set[str] = set()
    for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged")):
        out.update(normalize_phrase(r["cue_ar"]).split()[:1])
    for r in load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode")):
        words = normalize_phrase(r["trigger_ar"]).split()
        if len(words) == 1:
            out.add(words[0])
    for r in load("months.tsv", ("month_ar", "month_number")):
        out.update(normalize_phrase(r["month_ar"]).split())
    out.update(time_words(ends_name=True))
    out.update(word_classes()["interrogative"])  # `"سعيد هل أنت ضائع؟"`
    return frozenset(strip_article(w) for w in out)


@lru_cache(maxsize=None)
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon()


def person_gender(actor: Actor) -> str | None:
    """`m` / `f` for a person whose first name is a known given name; None otherwise."""
    if actor.actor_type != "person":
        return None
    first = normalize_phrase(actor.name_ar).split()[:1]
    gender = actor_lexicon().given_names.get(first[0]) if first else None
    return gender if gender in ("m", "f") else None
