"""Which words are reporting cues and hedges (`cue_matcher`, `hedge_matchers`, from
reporting_cues.tsv and hedges.tsv), and the tests that tell a cue word reporting nothing: a verb
of finding with no `أن`, `يعتبر` read as the passive (is considered), an impersonal `يتوقع أن`,
`أقر` passing a law, `نقل` moving someone, a verb of describing in a relative clause."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .claim_base import is_present_verb
from .claim_state import ClaimState
from .lexicon import load, word_classes
from .matching import PhraseMatcher
from .morphology import analyse, without_conjunction
from .text import normalize_phrase

# `ويُتوقع أن`, `ويُعتقد أن` opening a sentence: the impersonal passive (unvowelled, written as the
# active `يتوقع`), a belief or forecast no one is said to hold (normalised)
_IMPERSONAL_OPINIONS = word_classes()["claim_impersonal_opinion"]
# `وصف X بأنه Y`: verbs of describing, whose object comes before `بأن` (normalised)
_DESCRIBING_VERBS = word_classes()["describing_verb"]
_SENTENCE_OPENING_LINKS = word_classes()["claim_sentence_opening_link"]
# verbs of finding, which also name acts (found a body): they report only with their finder named
# before the `أن` (`ووجد المحققون أن`) (normalised, with the conjunction the lexicon gives them)
_FINDING_STEMS = tuple(sorted(word_classes()["finding_stem"]))  # for str.startswith
# `أقر` in its forms, and how a law is passed (`بالإجماع`): it acknowledges, or passes a law;
# `نقل` in its forms, and the passive's auxiliaries (`تم نقل`): it passes words on, or moves someone
_ACKNOWLEDGING_FORMS = word_classes()["claim_acknowledging_verb"]
_VOTE_MANNERS = word_classes()["claim_vote_manner"]
# `يعتبر`/`تعتبر`, also read as the passive (is considered), and the heads of that passive's predicate
# (`أحد`, `أبرز`, `جزءا`), normalised
_CONSIDERED_VERBS = word_classes()["claim_considered_verb"]
_CONSIDERED_PREDICATE_HEADS = word_classes()["claim_considered_predicate_head"]
_MOVING_VERBS = word_classes()["claim_moving_verb"]
_PASSIVE_AUXILIARIES = word_classes()["claim_passive_auxiliary"]
_BI_ANNA = word_classes()["bi_anna"]


@dataclass(frozen=True)
class Cue:
    kind: str     # verb | prep | noun
    hedged: bool
    needs_marker: bool = False  # reports only before `أن`, a colon or a quotation
    subjunctive: bool = False  # `أن` + a present verb after it is the proposition (`توقع أن تستمر`)


@lru_cache(maxsize=None)
def cue_matcher() -> PhraseMatcher[Cue]:
    entries = []
    for r in load("reporting_cues.tsv", ("cue_ar", "cue_kind", "hedged")):  # needs_marker: optional
        phrase = normalize_phrase(r["cue_ar"])
        words = phrase.split()
        if len(words) > 1 and words[-1] in ("ل", "ب"):
            phrase = " ".join(words[:-1])  # `وفقا ل`: the ل is a clitic of the next word
        cue = Cue(r["cue_kind"], r["hedged"].lower() == "true", r.get("needs_marker") == "yes", r.get("subjunctive") == "yes")
        entries.append((phrase, cue))
        entries.extend((variant, cue) for variant in _with_possessive(phrase) if cue.kind == "noun")
    return PhraseMatcher(entries, enclitics=True)  # `أبلغه`, `تأكيده`, `اعتبرتها`


def _with_possessive(phrase: str) -> list[str]:
    """`في كلمة` → `في كلمته`, `في كلمتها`, `في كلمتهم`: a statement noun after `في` with the
    speaker's possessive pronoun (normalised: the final ة, written ه, turns to ت before it). The
    matcher strips pronoun suffixes from a phrase's first word only."""
    words = phrase.split()
    if len(words) != 2 or words[0] != "في":
        return []
    stem = words[1][:-1] + "ت" if words[1].endswith("ه") else words[1]
    return [f"في {stem}{suffix}" for suffix in ("ه", "ها", "هم")]


@lru_cache(maxsize=None)
def hedge_matchers() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    rows = load("hedges.tsv", ("hedge_ar", "scope"))
    plain = PhraseMatcher((r["hedge_ar"], r["scope"]) for r in rows if r["scope"] != "before_present")
    before_present = PhraseMatcher((r["hedge_ar"], r["scope"]) for r in rows if r["scope"] == "before_present")
    return plain, before_present


class ClaimCueRules(ClaimState):
    """Whether a cue word reports anything, and whether what is said is hedged."""

    def _hedged(self, first: int, last: int) -> bool:
        plain, before_present = hedge_matchers()
        tokens = self.tokens
        return any(plain.match_at(tokens, k, stop=last) is not None for k in plain.starts_in(tokens, first, last)) \
            or any(before_present.match_at(tokens, k, stop=last) is not None and k + 1 < last
                   and is_present_verb(self._word(k + 1)) and not analyse(self._word(k + 1)).past_in_nun
                   for k in before_present.starts_in(tokens, first, last))

    def _finds_nothing_reported(self, c, first: int, last: int) -> bool:
        """A verb of finding (`ووجد`) reports only when an `أن` follows its subject: after a relative
        pronoun, or with no `أن` in reach, it names what was found (`ووجدت نفسها أمام`), and must not
        end the content of the claim it stands in."""
        word = self._word(c.first)
        if not (word.startswith(_FINDING_STEMS) or without_conjunction(word).startswith(_FINDING_STEMS)):
            return False
        if c.first > first and self._word(c.first - 1) in self.relative_pronouns:
            return True
        marker = self._content_marker(c.last, last) if c.last < last else None
        return marker is None or not self._is_complementizer(self._word(marker))

    def _describes_referent(self, i: int, last: int) -> bool:
        """`اللاعب، الذي وصفه المدرب بأنه أحد أهم اللاعبين`: a verb of describing in a relative clause
        whose object pronoun is the one described (not the words said), with its subject and then
        `بأنه` within five words: the subject, a named person, says what follows `بأن`."""
        words = (self._word(i), without_conjunction(self._word(i)))  # (`وصفه`: the و is the root's)
        if not any(w.endswith(p) and w[:-len(p)] in _DESCRIBING_VERBS for w in words for p in ("ه", "ها", "هم")):
            return False
        bi_anna = next((k for k in range(i + 2, min(last, i + 6)) if self._word(k) in _BI_ANNA), None)
        # (a named person is the subject: a phrase there is read as the clause's head by the relative rule)
        return bi_anna is not None and not any(self._comma_before(k) for k in range(i + 1, bi_anna + 1)) \
            and any(k in self.person_starts for k in range(i + 1, bi_anna))

    def _considered(self, c, start: int, last: int) -> bool:
        """`ويعتبر داسو من أبرز ...`, `وتعتبر سنغافورة من الدول القلائل`, `ويعتبر ميسي أحد أعلى
        اللاعبين أجرا`: the unvowelled present of اعتبر with no `أن`, whose words after its subject open
        with a preposition or a partitive or elative head, is the passive يُعتبر (is considered): the
        writer's description, not a view anyone states (`وتعتبر أنقرة الوحدات امتدادا لـ` names its
        holder and object before the predicate)."""
        if start >= last or without_conjunction(self._word(c.first)) not in _CONSIDERED_VERBS:
            return False
        word = self._word(start)
        return word in _CONSIDERED_PREDICATE_HEADS or self._is_preposition(word)

    def _impersonal_opinion(self, c, first: int) -> bool:
        """`ويتوقع أن`, `لكن يعتقد أنه`, `كما يرجح أن` opening a sentence: a 3ms present verb of
        opinion with its `أن` right after it and no subject is the impersonal passive (in the corpus,
        24 of 25 such sentences; `ويتوقع المحللون أن` names its subject and reports)."""
        if without_conjunction(self._word(c.first)) not in _IMPERSONAL_OPINIONS or not self._word(c.last).startswith("ان"):
            return False
        return c.first == first or c.first == first + 1 and without_conjunction(self._word(first)) in _SENTENCE_OPENING_LINKS

    def _acknowledges(self, c, after: int, last: int) -> bool:
        """`أقرت المستشارة باستمرار الخلافات`: `أقر` with `بـ` + a noun after its subject
        acknowledges what the noun names (with a plain object it passes a law: `أقر البرلمان
        القانون`; `بالإجماع`, `بأغلبية` say how it was passed)."""
        if after >= last or without_conjunction(self._word(c.first)) not in _ACKNOWLEDGING_FORMS:
            return False
        word = self._word(after)
        return word.startswith("ب") and len(word) > 4 and word not in _VOTE_MANNERS and not self._preposition_and_pronoun(word)

    def _moves_someone(self, c, after: int, marker: int | None, last: int) -> bool:
        """`نقل` also means to move people or things: after `تم`/`يتم`/`جرى` it is the verbal noun
        of a transfer, and with `إلى` before a quoted content (or in its object's clause, when no
        `أن`, colon or quotation opens one) it carries someone somewhere (`ونقل إلى المستشفى لإجراء
        "فحوص"`, `نقلت السلطات سبعة مهاجرين إلى سجن`). With `عن` it passes words on (checked
        before: a chain of quoted sources)."""
        if not without_conjunction(self._word(c.first)) in _MOVING_VERBS:
            return False
        if c.first > 0 and without_conjunction(self._word(c.first - 1)) in _PASSIVE_AUXILIARIES:
            return True
        if marker is not None and (self._is_complementizer(self._word(marker)) or ":" in self._gap(marker)):
            return False  # `نقل المبعوث إلى الرئيس أن ...`: a message passed on to someone
        stop = marker if marker is not None else min(last, after + 10)
        for k in range(c.last, stop):
            if k > c.last and self._comma_before(k) or self._word(k).startswith("عن"):
                break  # (`ونقل عن أحد الأطباء رسالة بعثها إلى الصحافيين`: words passed on)
            if self._word(k) in ("الي", "والي"):
                return True
        return False
