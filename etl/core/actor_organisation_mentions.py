"""The actor a body's name makes: a pattern actor of the head's kind and sector, the body
named before with its nationality, an agency of another field than news (`وكالة الفضاء
الأوروبية`, `الوكالة الإندونيسية لإدارة الكوارث`), or an unnamed body of a state (`شركة إيطالية`)."""
from __future__ import annotations

from dataclasses import replace

from .actor_base import name_words
from .actor_lexicon import Actor, Mention
from .actor_organisation_words import OrganisationState, _NO_QUOTES
from .ids import slug
from .lexicon import phrase_key
from .matching import PhraseMatch
from .morphology import strip_article
from .text import normalize_phrase

_AGENCY_HEADS = name_words("agency_head")  # `وكالة`: a news agency only where its field is news (below)
_NEWS_FIELDS = name_words("news_field")  # the outlet heads a quoted name may drop


class OrganisationMentions(OrganisationState):
    """The actor a body's name makes: its kind and sector, or the body named before."""

    def _organisation_mention(self, h: PhraseMatch, k: int) -> Mention:
        end = self.tokens[k - 1].end
        name = " ".join(normalize_phrase(self.text[h.start:end]).translate(_NO_QUOTES).split())
        written = self._written(h.start, end, name)
        if self.tokens[h.first].word.startswith("لل") and not name.startswith("ال"):
            name = "ال" + name  # `للمجلس المركزي` names `المجلس المركزي` (`_written` restores the article in the written name)
            written = written if written.startswith("ال") else "ال" + written
        r = h.value
        named = self._named_with_nationality(h, name)
        if named is not None:
            return Mention(named, h.first, k, h.start, self.tokens[k - 1].end)
        kind, sector = r["actor_type"], r["sector"] or None
        inner = self.lex.names.match_at(self.tokens, h.last, stop=k) if h.last < k else None
        if inner is not None and inner.value.actor_type == "international_org" and inner.start == self.tokens[h.last].start:
            kind, sector = "international_org", "IGO"  # `وكالة الأمم المتحدة للهجرة` is an agency, not a news agency
        elif kind == "media" and self._agency_of_other_field(h, k):
            kind, sector = "government", "GOV"  # in news mostly a state's (disasters, weather, space, borders)
        actor = Actor(f"org-{slug(name)}", written, None, kind, None, sector, None, "pattern")
        self._remember_org(h.first, actor)
        return Mention(actor, h.first, k, h.start, self.tokens[k - 1].end)

    def _named_with_nationality(self, h: PhraseMatch, name: str) -> Actor | None:
        """`هيئة التحقيق الروسية` ... `وكانت هيئة التحقيق أعلنت`: the body named before with its
        nationality, named again without it, is the same body (the last one remembered by its head)."""
        before = self.org_refs.get(phrase_key(h.value["head_ar"]))
        if before is None or before.actor_type == "person":
            return None
        full = normalize_phrase(before.name_ar).split()
        words = name.split()
        n = len(words)
        if len(full) - n not in (1, 2) or [strip_article(w) for w in full[:n]] != [strip_article(w) for w in words]:
            return None
        return before if self.lex.gentilics.get(" ".join(full[n:])) is not None else None  # (`الكورية الجنوبية`)

    def _agency_of_other_field(self, h: PhraseMatch, k: int) -> bool:
        """`وكالة [الفضاء] الأوروبية`, `وكالة [الأرصاد] الجوية`, `وكالة [التصنيف] الائتماني`: `وكالة` in
        construct with a definite field noun other than news (`وكالة الأنباء`, `وكالة الصحافة`) is an
        agency of that field, no news outlet."""
        if normalize_phrase(h.value["head_ar"]) not in _AGENCY_HEADS or h.last >= k \
                or self.text[h.start:h.start + 2] == "ال" or self.tokens[h.first].word.removeprefix("و").startswith("لل"):
            return False  # `الوكالة الإيرانية`, `الوكالة الفرنسية للأنباء`: the head with a nationality is the outlet's
        word = self.tokens[h.last].word
        if not word.startswith("ال") or self._gentilic_after(h.last, k) is not None \
                or self.lex.names.match_at(self.tokens, h.last, stop=k) is not None:
            return False  # `وكالة الصين الجديدة` (Xinhua): a state's or a known name
        if not all(self.tokens[x].word.startswith(("ال", "وال", "لل")) for x in range(h.last, k)):
            return False  # `وكالة السلطة القضائية ميزان`: an outlet's own name after its owner's
        if k < len(self.tokens) and self.tokens[k].joined and self._name_like(self.tokens[k].word, True) \
                and self.lex.given_names.get_word(self.tokens[k].word) is None \
                and (k + 1 >= len(self.tokens) or not self.tokens[k + 1].joined
                     or not self._name_like(self.tokens[k + 1].word, False)):
            return False  # (the same where the name rule stopped before the outlet's one-word name)
        return not any(strip_article(self.tokens[x].word.removeprefix("ل")) in _NEWS_FIELDS
                       or strip_article(self.tokens[x].word) in _NEWS_FIELDS for x in range(h.last, k))

    def _agency_with_mission(self, h: PhraseMatch, k: int, end: int) -> Mention:
        """`الوكالة الإندونيسية [لإدارة الكوارث]`: an outlet head whose name goes on with a mission is
        no news outlet but an agency: a state's (government) where a nationality names it."""
        m = self._organisation_mention(h, end)
        national = any(self._gentilic_after(x, k) is not None for x in range(h.last, k))
        kind, sector = ("government", "GOV") if national else ("organization", None)
        actor = replace(m.actor, actor_type=kind, sector=sector)
        self._remember_org(h.first, actor)
        return replace(m, actor=actor)

    def _unnamed_body_of_state(self, h: PhraseMatch, last: int) -> Mention | None:
        """`شركة إيطالية`, `منظمة بريطانية`: an indefinite head and a nationality describe a body
        of that country, which counts (like a collective) only where it acts or is acted on."""
        if h.last - h.first != 1 or self.text[h.start:h.start + 2] == "ال":
            return None
        g = self._gentilic_after(h.last, last)
        if g is None or g.start != self.tokens[h.last].start or g.last - g.first != 1:
            return None
        if self.tokens[h.first].word.endswith("ه") != self.tokens[h.last].word.endswith("ه"):
            return None  # the adjective agrees with its head (`شركة [أمريكي]` is no phrase)
        end = self.tokens[g.last - 1].end
        name = self._written(h.start, end, normalize_phrase(self.text[h.start:end]))
        r = h.value
        actor = Actor(f"org-{slug(normalize_phrase(self.text[h.start:end]))}", name, None, r["actor_type"],
                      g.value.iso3, r["sector"] or None, None, "pattern", needs_role=True)
        return Mention(actor, h.first, g.last, h.start, end)
