"""Does a speaker agree with its verb: the gender and number a reporting verb or participle
agrees with (`قالت` f, `قال` m, `مضيفين` plural), the gender of a speaker as its name or head noun
is written (`المستشارة`, `الوزارة`, `الجيش`), and the plural heads of unnamed sources, people and
documents that a verb with its subject dropped goes on with only in the plural (or never)."""
from __future__ import annotations

from .actor_lexicon import Mention, actor_lexicon, person_gender
from .lexicon import load, word_classes
from .morphology import analyse, strip_article, without_conjunction
from .speaker_words import SpeakerState
from .text import normalize_phrase

_PLURAL_ANONYMOUS_HEADS = frozenset(normalize_phrase(r["head_ar"]).split()[0] for r in load(
    "anonymous_sources.tsv", ("head_ar", "number", "bare_ok")) if r["number"] == "plural")
_MASCULINE_BODY_HEADS = frozenset(normalize_phrase(r["head_ar"]) for r in load("body_gender.tsv", ("head_ar", "gender"))
                                   if r["gender"] == "m")
# `وقالت الدراسة إن`, `وتشير الوثائق إلى`: documents and abstractions that report but are no actor
_THING_HEADS = word_classes()["speaker_thing_noun"]
# reports and documents in the plural, which a plural verb of people never goes on with (media are
# left out: writers often give `وسائل الإعلام` the plural of the people behind them), normalised
_PLURAL_THING_HEADS = word_classes()["plural_thing_head"]
_PEOPLE_BROKEN_PLURALS = word_classes()["speaker_people_broken_plural"]  # `شهود`, `سكان`: people, a plural verb


class SpeakerAgreement(SpeakerState):
    """Agreement of a speaker with the verb that reports it."""

    @staticmethod
    def _plural_unnamed(m: Mention) -> bool:
        """An unnamed source whose head is a plural (`مصادر`, `مسؤولون`, `شهود عيان`)."""
        head = normalize_phrase(m.actor.name_ar or "").split()[:1]
        # (or a sound masculine plural head: `المنتقدون`, `محللين`)
        return m.actor.anonymous and bool(head) and (head[0] in _PLURAL_ANONYMOUS_HEADS or len(
            strip_article(head[0])) > 4 and head[0].endswith(("ون", "ين")))

    @staticmethod
    def _plural_people(m: Mention) -> bool:
        """An unnamed source or a group headed by a sound masculine plural of people (`منتقدون`, `ناشطين`):
        a verb with its subject dropped goes on with it only in the plural (a broken plural of
        things, `مصادر`, `تقارير`, also takes a feminine singular verb)."""
        head = strip_article(normalize_phrase(m.actor.name_ar or "").split()[0]) if m.actor.name_ar else ""
        return (m.actor.anonymous or m.actor.actor_type == "other") and (len(head) > 4 and head.endswith(("ون", "ين"))
                                                                         or head in _PEOPLE_BROKEN_PLURALS)

    @staticmethod
    def _plural_things(m: Mention) -> bool:
        """Reports and documents in the plural (`تقارير`, `وثائق`): a plural
        verb of people (`معتبرين`, `وأضافوا`) does not go on with them."""
        words = normalize_phrase(m.actor.name_ar or "").split()
        return m.actor.actor_type != "person" and bool(words) and strip_article(words[0]) in _PLURAL_THING_HEADS

    def _speaker_gender(self, m: Mention) -> str | None:
        """The gender a verb agrees with for this speaker: a person's given name or title
        (`المستشارة` f, `الوزير` m); a body by its head noun as written — a noun in ة or a plural in
        ات is feminine (`وزارة`, `الشرطة`, `السلطات`), a masculine body noun masculine (`الجيش`,
        `المجلس`); a bare proper name (`حماس`, `إيران`) tells nothing; a body that spoke through
        a spokesman or official (`متحدث باسم الوزارة`), the official's gender."""
        spoken_for = self.spokesman_gender.get(m.start)
        if spoken_for is not None:
            return spoken_for
        if m.actor.actor_type == "person":
            known = person_gender(m.actor)
            if known is not None:
                return known
        words = [without_conjunction(self._word(k)) for k in range(m.first, min(m.last, len(self.tokens)))]
        head = words[0] if words else ""
        if head.startswith(("لل", "بال")):
            head = head[1:]
        bare = strip_article(head)
        if m.actor.actor_type == "person":
            titled = head.startswith("ال") and (actor_lexicon().titles.match_at(self.tokens, m.first, stop=m.last) is not None
                                               or actor_lexicon().person_nouns.match_at(self.tokens, m.first, stop=m.last) is not None)
            return ("f" if bare.endswith("ه") else "m") if titled else None
        if bare in _MASCULINE_BODY_HEADS:
            return "m"
        if len(bare) >= 3 and (bare.endswith("ه") or bare.endswith("ات")):
            return "f"
        if m.actor.actor_type == "state" and len(words) == 1:
            return "f"  # a country or capital named alone is feminine but for a few listed (قالت فرنسا, أعلن العراق);
        return None     # `الجانب العراقي` takes the gender of its head noun

    @staticmethod
    def _thing_speaker(m: Mention) -> bool:
        """A phrase no rule named, headed by a document, record or abstraction (`الدراسة`,
        `أوراق القضية`, `التحقيق`): it reports, but is no person or body, so no actor."""
        if m.actor.actor_type != "other" or m.actor.origin != "pattern":
            return False
        head = normalize_phrase(m.actor.name_ar or "").split()[:1]
        return bool(head) and strip_article(head[0]) in _THING_HEADS

    def _is_participle(self, k: int) -> bool:
        """`مؤكدا`, `مضيفة`, `قائلين`, `ومنددا`: the subject of the sentence goes on speaking."""
        word = self._word(k)
        if word[:2] == "وم" and len(word) > 5:
            word = word[1:]  # `مشددا على ... ومنددا بـ`: a second participle joined by `و`
        return analyse(word).participle_of_speech

    def _cue_gender(self, k: int) -> str | None:
        """The gender a singular reporting verb or participle agrees with: `قالت`, `تقول`,
        `مضيفة` → f; `قال`, `يقول`, `مضيفا` → m. A present verb counts only if its other-gender
        form is a cue too (`تعهد` is a past verb, not `يعهد`'s feminine)."""
        word = analyse(self._word(k)).bare
        if word[:1] in "تي" and len(word) <= 6 and not word.endswith(("ه", "ون", "ان")):
            other = ("ي" if word[0] == "ت" else "ت") + word[1:]
            if self.cues.get(other) is not None:
                return "f" if word[0] == "ت" else "m"
        if word.endswith("ت") and self.cues.get(word + "ت") is not None:
            return "m"  # `لفت`, `ثبت`: a root ending in ت, whose feminine is `لفتت` (not the `ت` of `قالت`)
        return analyse(word).agreement_gender  # past verbs and participles: `قالت`, `مضيفة` → f
