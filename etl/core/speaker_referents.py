"""Whom a word that refers back names: `الأخير` (the latter), a bare definite title or head
(`الوزير`, `الوزارة`: the recent speaker of its kind), a family name alone (`القدوة`), a bare title
opening a sentence, and the possessive pronoun of a noun of saying (`بحسب تعبيره`)."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon, pattern_person, person_gender
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speaker_words import SpeakerState
from .text import normalize_phrase

_SAYING_NOUNS = word_classes()["saying_noun"]


class SpeakerReferents(SpeakerState):
    """Speakers named by a word referring back to one named before."""

    def _latter(self, k: int, mentions: list) -> Mention | None:
        """`الأخير` / `الأخيرة` (the latter) at token k: the actor named last before it, in this
        sentence or the ones before, whose gender does not clash with the word's."""
        gender = "f" if self._word(k).endswith("ه") else "m"
        named = [m for m in self.named_before if m.last <= k] + [m for m in mentions if m.last <= k]
        for m in sorted(named, key=lambda m: m.start, reverse=True):
            if m.actor.actor_type == "other":
                continue
            if m.actor.actor_type == "person" and person_gender(m.actor) not in (None, gender):
                continue
            return m
        return None

    def _bare_title_at(self, j: int, cue: int, reaches: bool = False) -> Mention | None:
        """`وانتقد الوزير قرار المحكمة، وقال`: a bare definite title as a sentence's subject is
        the last person who spoke, else the title itself (a person the text does not name)."""
        lex = actor_lexicon()
        if j + 1 > cue or j + 1 == cue and not reaches or lex.titles.match_at(self.tokens, j, stop=j + 1) is None \
                and lex.person_nouns.match_at(self.tokens, j, stop=j + 1) is None:
            return None
        t = self.tokens[j]
        for speaker, _ in reversed(self.speakers[-3:]):
            if speaker.actor.actor_type == "person":
                return Mention(speaker.actor, j, j + 1, t.start, t.end)
        name = self._word(j)
        return Mention(pattern_person(name, name), j, j + 1, t.start, t.end)

    def _pronoun_speaker(self, word: str, first: int, cue: int, by_first) -> Mention | None:
        """`بحسب تعبيره`, `على حد قولها`: a noun of saying with a possessive pronoun names no one;
        the speaker is the subject of the sentence's main clause or, failing that, the last speaker
        — agreeing with the pronoun (`ه` he, `ها` she)."""
        stem = word[:-2] if word.endswith("ها") else word[:-1] if word.endswith("ه") else None
        if stem is None or stem not in _SAYING_NOUNS:
            return None
        gender = "f" if word.endswith("ها") else "m"

        def agrees(m: Mention | None) -> bool:
            return m is not None and m.actor.actor_type in ("person", "organization", "government", "media",
                                                             "military", "state", "party", "armed_group", "igo") \
                and person_gender(m.actor) in (None, gender)

        mentions = sorted(by_first.values(), key=lambda m: m.first)
        subject = self._clause_subject(first, cue, mentions)
        if agrees(subject):
            return subject
        for speaker, _ in reversed(self.speakers[-3:]):
            if agrees(speaker):
                return speaker
        return None

    def _bare_head_before(self, j: int, agrees) -> Mention | None:
        """`أن الرئيس قال`, `إن الوزارة أعلنت`: a bare definite title or organisation head as the
        subject of a verb inside a report — the recent speaker or topic of its kind, else the
        title itself (a person no one named)."""
        if not self._word(j).startswith("ال") or j in self.in_mention:
            return None
        lex = actor_lexicon()
        title = lex.titles.match_at(self.tokens, j, stop=j + 1) or lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=j + 1)
        if title is None and org is None:
            return None
        t = self.tokens[j]
        candidates = [s for s, _ in reversed(self.speakers[-3:])] + list(reversed(self.topics[-2:]))
        speaker = self._recent_of_kind(j, candidates, title is not None, agrees)
        if speaker is not None:
            return Mention(speaker.actor, j, j + 1, t.start, t.end)
        if title is None:
            return None
        name = self._word(j)
        actor = pattern_person(name, name)
        return Mention(actor, j, j + 1, t.start, t.end) if agrees(Mention(actor, j, j + 1, t.start, t.end)) else None

    def _bare_head_referent(self, j: int, last: int, agrees) -> Mention | None:
        """`وقال الوزير للصحفيين`, `وأكدت المنظمة أن`: a bare definite title or organisation head
        in the subject slot refers to a recent speaker of its kind (a title to a person, a head
        to a body) and agreeing with the verb; the source is written as that word."""
        if j >= last or not self._word(j).startswith("ال"):
            return None
        lex = actor_lexicon()
        title = lex.titles.match_at(self.tokens, j, stop=j + 1) or lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=j + 1)
        if title is None and org is None or j + 1 < last and self.tokens[j + 1].joined and not (
                self._is_complementizer(self._word(j + 1)) or self._word(j + 1).startswith("ل")
                or self._is_preposition(self._word(j + 1))):
            return None  # (`وقال الرئيس الفرنسي`: more words make a name the actor rules read)
        speaker = self._recent_of_kind(j, [s for s, _ in reversed(self.speakers[-3:])], title is not None, agrees)
        if speaker is None:
            return None
        t = self.tokens[j]
        return Mention(speaker.actor, j, j + 1, t.start, t.end)

    def _recent_of_kind(self, j: int, candidates: list[Mention], person: bool, agrees) -> Mention | None:
        """The referent of the bare head at j (`الوزير`, `الوزارة`) among recent speakers, latest
        first: one of its kind (a person for a title, a body for a head) that agrees with the verb
        and whose mention or name holds the head's noun (`وزير الخارجية مايك بومبيو` for `الوزير`),
        else the latest of its kind."""
        fitting = [m for m in candidates if agrees(m) and (m.actor.actor_type == "person") == person]
        head = strip_article(self._word(j))
        for m in fitting:
            words = [self._word(k) for k in range(m.first, min(m.last, len(self.tokens)))]
            words += normalize_phrase(m.actor.name_ar or "").split()
            if any(head in (strip_article(w), strip_article(without_conjunction(w))) for w in words):  # (`وزير`: و is a root letter)
                return m
        return fitting[0] if fitting else None

    def _person_by_family_name(self, j: int) -> Mention | None:
        """`وأوضح القدوة أن`: one definite word that is the last word of a person's name in the
        recent sentences or speakers (`ناصر القدوة`) is that person."""
        word = self._word(j)
        if not word.startswith("ال") or len(word) < 5:
            return None
        recent = [m for m, _ in self.speakers[-3:]] + self.named_before
        return next((m for m in reversed(recent) if m.actor.actor_type == "person" and m.last <= j
                     and normalize_phrase(m.actor.name_ar or "").split()[-1:] == [word]
                     and len(normalize_phrase(m.actor.name_ar or "").split()) >= 2), None)
