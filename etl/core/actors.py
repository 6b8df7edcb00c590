"""Actors and their mentions: a curated lexicon, plus rules for actors it lacks.

Rules, tried at every word and the longest span wins:
- lexicon phrase (names, aliases, capitals as their state);
- group head + nationality (`الجيش الإسرائيلي`, `وسائل إعلام روسية`) → `{iso3}-{suffix}`;
- anonymous sources (`مصادر دبلوماسية`, `مسؤول رفض الكشف عن اسمه`);
- title + name (`اللواء كفاح ملحم`, `وزير الخارجية الإيراني عباس عراقجي`), with the person's
  surname and title resolving to the same actor later in the document.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .ids import slug
from .lexicon import load, split_variants, word_classes
from .matching import PhraseMatch, PhraseMatcher, Token
from .text import normalize_phrase, stem_candidates, strip_article

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


@dataclass(frozen=True)
class Mention:
    actor: Actor
    first: int   # token indices
    last: int
    start: int   # normalised offsets
    end: int


@dataclass(frozen=True)
class _Gentilic:
    iso3: str
    state_id: str


@dataclass(frozen=True)
class _Head:
    actor_type: str
    sector: str
    suffix: str
    name_en: str
    anonymous: bool
    standalone: bool


class ActorLexicon:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        names: list[tuple[str, Actor]] = []
        for r in load("actors.tsv", ("actor_id", "name_ar", "aliases_ar", "name_en", "actor_type",
                                     "country_iso3", "sector", "wikidata_qid")):
            actor = Actor(r["actor_id"], r["name_ar"], r["name_en"] or None, r["actor_type"],
                          r["country_iso3"] or None, r["sector"] or None, r["wikidata_qid"] or None, "lexicon")
            self.actors.setdefault(actor.actor_id, actor)
            names += [(n, self.actors[actor.actor_id]) for n in [r["name_ar"], *split_variants(r["aliases_ar"])]]
        self.names = PhraseMatcher(names)
        self.states_by_iso = {a.country_iso3: a for a in self.actors.values() if a.actor_type == "state"}

        gentilics: list[tuple[str, _Gentilic]] = []
        for r in load("gentilics.tsv", ("gentilic_ar", "country_iso3", "state_actor_id", "extra_forms")):
            if not r["country_iso3"]:
                continue
            g = _Gentilic(r["country_iso3"], r["state_actor_id"] or r["country_iso3"].lower())
            base = normalize_phrase(r["gentilic_ar"])
            forms = [base, base + "ه", base + "ين", base + "ون", base + "ان", base + "تين", base + "تان"]
            gentilics += [(f, g) for f in forms + split_variants(r["extra_forms"])]
        self.gentilics = PhraseMatcher(gentilics)

        self.heads = PhraseMatcher(
            (r["head_ar"], _Head(r["actor_type"], r["sector"], r["id_suffix"], r["name_en"],
                                 r["anonymous"] == "yes", r["standalone"] == "yes"))
            for r in load("group_heads.tsv", ("head_ar", "actor_type", "sector", "id_suffix", "name_en",
                                              "anonymous", "standalone")))
        self.anon_heads = PhraseMatcher((r["head_ar"], r["number"])
                                        for r in load("anonymous_sources.tsv", ("head_ar", "number")))
        self.titles = PhraseMatcher((r["title_ar"], r) for r in load("titles.tsv", ("title_ar", "actor_type", "sector")))
        words = word_classes()
        self.stop = (words["preposition"] | words["conjunction"] | words["complementizer"] | words["relative"]
                     | words["negator"] | words["demonstrative"] | words["pronoun"] | words["aux"]
                     | words["quantifier"])
        self.name_stop = self.stop | _name_stop_words()


@lru_cache(maxsize=None)
def _name_stop_words() -> frozenset[str]:
    """Words that end a name after a title: reporting verbs and event triggers."""
    out: set[str] = set()
    for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged")):
        out.update(normalize_phrase(r["cue_ar"]).split()[:1])
    for r in load("event_triggers.tsv", ("trigger_ar", "event_type", "event_mode")):
        words = normalize_phrase(r["trigger_ar"]).split()
        if len(words) == 1:
            out.add(words[0])
    return frozenset(strip_article(w) for w in out)


@lru_cache(maxsize=None)
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon()


class ActorFinder:
    """Finds actor mentions in one document, sentence by sentence, keeping document-level
    memory for coreference (surnames, bare titles, bare group heads)."""

    def __init__(self, tokens: list[Token], norm_text: str, lex: ActorLexicon | None = None):
        self.lex = lex or actor_lexicon()
        self.tokens = tokens
        self.text = norm_text
        self.surnames: dict[str, Actor] = {}
        self.title_refs: dict[tuple[str, ...], Actor] = {}
        self.doc_country = self._dominant_country()

    def _dominant_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.lex.names.find_all(self.tokens):
            if m.value.actor_type == "state" and m.value.country_iso3:
                counts[m.value.country_iso3] += 1
        for m in self.lex.gentilics.find_all(self.tokens):
            counts[m.value.iso3] += 1
        return counts.most_common(1)[0][0] if counts else None

    def find(self, first: int, last: int) -> list[Mention]:
        """Mentions among tokens[first:last] (one sentence)."""
        out: list[Mention] = []
        i = first
        while i < last:
            m = self._at(i, last)
            if m is None:
                m = self._coref(i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.last
        return out

    # -- rules -----------------------------------------------------------------------------
    def _at(self, i: int, last: int) -> Mention | None:
        cands = [c for c in (self._lexicon(i, last), self._group(i, last), self._title(i, last),
                             self._anonymous(i, last)) if c is not None]
        if not cands:
            return None
        return max(cands, key=lambda c: c.last - c.first)  # stable: earlier rule wins ties

    def _lexicon(self, i: int, last: int) -> Mention | None:
        m = self.lex.names.match_at(self.tokens, i, stop=last)
        if m is None:
            return None
        actor = m.value
        # `حزب الله` ends at `الله`; `روسيا` inside `وسائل إعلام روسية` is the group rule's job.
        return Mention(actor, m.first, m.last, m.start, m.end)

    def _gentilic_after(self, j: int, last: int) -> PhraseMatch | None:
        if j < last and self._joined(j - 1, j):
            return self.lex.gentilics.match_at(self.tokens, j, max_words=1, stop=last)
        return None

    def _group(self, i: int, last: int) -> Mention | None:
        h = self.lex.heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        head: _Head = h.value
        g = self._gentilic_after(h.last, last)
        end_tok, end = h.last, h.end
        iso = None
        if g is not None:
            iso, end_tok, end = g.value.iso3, g.last, g.end
        else:
            state = self.lex.names.match_at(self.tokens, h.last, max_words=3, stop=last) if h.last < last else None
            if state is not None and state.value.actor_type == "state" and self._joined(h.last - 1, h.last):
                iso, end_tok, end = state.value.country_iso3, state.last, state.end  # جيش الاحتلال, حكومة العراق
            elif head.standalone:
                iso = self.doc_country
            else:
                return None
        if iso is None:
            return None
        country_ar = self._country_name(iso)
        name = normalize_phrase(self.text[self.tokens[i].start:end]) if g is None else \
            f"{strip_article(normalize_phrase(self.text[h.start:h.end]))} {country_ar}"
        actor = Actor(f"{iso.lower()}-{head.suffix}", name, f"{head.name_en} ({iso})", head.actor_type, iso,
                      head.sector, None, "pattern", head.anonymous)
        known = self.lex.actors.get(actor.actor_id)
        return Mention(known or actor, h.first, end_tok, h.start, end)

    def _country_name(self, iso: str) -> str:
        state = self.lex.states_by_iso.get(iso)
        return state.name_ar if state else iso

    def _anonymous(self, i: int, last: int) -> Mention | None:
        h = self.lex.anon_heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        j = h.last
        while j < last and j - h.last < 3 and self._joined(j - 1, j) and self._is_qualifier(self.tokens[j].word):
            j += 1
        words = [self.tokens[k].word for k in range(h.first, j)]
        end = self.tokens[j - 1].end
        if j == h.last and h.value == "singular" and not self._undisclosed_follows(j, last):
            return None  # a bare `مصدر` or `مسؤول` is not yet a source
        phrase = " ".join(strip_article(w) for w in words)
        actor = Actor(f"anon-{slug(phrase)}", " ".join(words), None, "anonymous_source", None, None, None,
                      "pattern", True)
        return Mention(actor, h.first, j, h.start, end)

    def _is_qualifier(self, word: str) -> bool:
        w = strip_article(word)
        if w in self.lex.stop or len(w) < 3:
            return False
        return w.endswith(("يه", "ي", "ين", "يون", "ه")) and w not in self.lex.name_stop

    def _undisclosed_follows(self, j: int, last: int) -> bool:
        tail = " ".join(t.word for t in self.tokens[j:min(last, j + 6)])
        return any(p in tail for p in ("الكشف عن اسمه", "الكشف عن هويته", "ذكر اسمه", "عدم الكشف", "الكشف عن اسمها"))

    def _title(self, i: int, last: int) -> Mention | None:
        t = self.lex.titles.match_at(self.tokens, i, stop=last)
        if t is None:
            return None
        j = t.last
        qualifiers = []
        while j < last and self._joined(j - 1, j):
            g = self._gentilic_after(j, last)
            if g is None:
                break
            qualifiers.append(self.tokens[j].word)
            j = g.last
        key = (normalize_phrase(t.value["title_ar"]), *qualifiers)
        if j < last and self._joined(j - 1, j):
            known = self.lex.names.match_at(self.tokens, j, stop=last)
            if known is not None and known.value.actor_type == "person":
                self.title_refs.setdefault(key, known.value)
                return Mention(known.value, t.first, known.last, t.start, known.end)
            if known is None:
                k = j
                while k < last and k - j < 3 and self._joined(k - 1, k) and self._name_like(self.tokens[k].word, k == j):
                    k += 1
                if k > j:
                    name = " ".join(self.tokens[x].word for x in range(j, k))
                    actor = Actor(f"person-{slug(name)}", name, None, "person",
                                  self._country_of(qualifiers), t.value["sector"] or None, None, "pattern")
                    if k - j >= 2:
                        self.surnames.setdefault(strip_article(self.tokens[k - 1].word), actor)
                    self.title_refs.setdefault(key, actor)
                    return Mention(actor, j, k, self.tokens[j].start, self.tokens[k - 1].end)
        if qualifiers and key in self.title_refs:
            return Mention(self.title_refs[key], t.first, j, t.start, self.tokens[j - 1].end)
        return None

    def _country_of(self, qualifiers: list[str]) -> str | None:
        for q in qualifiers:
            g = self.lex.gentilics.get(q)
            if g is not None:
                return g.iso3
        return None

    def _name_like(self, word: str, first: bool) -> bool:
        if word.isdigit() or len(word) < 2 or not word.isalpha():
            return False
        bare = strip_article(word)
        if word in self.lex.stop or bare in self.lex.name_stop or word in self.lex.name_stop:
            return False
        if first and word.startswith("ال"):
            return False
        return not self.lex.gentilics.get(word) and word not in self.lex.titles

    def _coref(self, i: int) -> Mention | None:
        word = self.tokens[i].word
        for cand in stem_candidates(word):
            actor = self.surnames.get(strip_article(cand))
            if actor is not None:
                return Mention(actor, i, i + 1, self.tokens[i].start + len(word) - len(cand), self.tokens[i].end)
        return None

    def _joined(self, a: int, b: int) -> bool:
        """Tokens a and b are separated by a single space (no punctuation between them)."""
        return 0 <= a < b < len(self.tokens) and self.tokens[b].start - self.tokens[a].end == 1 \
            and self.text[self.tokens[a].end] == " "
