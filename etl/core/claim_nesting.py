"""Claims inside claims: `نقلت X عن Y` as parent and child, outlets that passed words on, and
reports restating their own words (a mixin of `ClaimFinder`)."""
from __future__ import annotations

from .actor_lexicon import Mention, person_gender
from .claim_base import BUT_WITH_PRONOUN, QUOTE_OPEN, Claim, PUBLISHING_VERBS, SUFFIXED_COMPLEMENTIZERS
from .lexicon import word_classes
from .morphology import analyse, strip_article, without_conjunction

_TRANSMITTING_STEMS = tuple(sorted(word_classes()["transmitting_stem"]))  # for str.startswith
_FROM_HIM_OR_HER = {"عنه": "m", "عنها": "f"}  # `نقلت X عنه قوله`: from him / from her (normalised)
# `عن توم غارسيا وهو متقاعد`: the pronoun opening an apposed clause after a name (normalised)
_APPOSED_PRONOUNS = word_classes()["state_clause_pronoun"]  # the same class as claims' circumstantial pronouns
_STATEMENT_PREPOSITIONS = word_classes()["claim_nesting_statement_preposition"]  # `في رسالة نشرتها وكالة X`


def descendants(claim: Claim) -> list[Claim]:
    """The claims a claim reports, depth first: `نقلت X عن Y عن Z` gives Y, then Z."""
    return [d for ch in claim.children for d in (ch, *descendants(ch))]


class ClaimNestingRules:
    def _quoted_by_pronoun(self, c, after_source: int, source: Mention | None, first: int, last: int,
                           mentions: list[Mention]) -> tuple[Mention, int] | None:
        """`ونقلت وكالة X عنه قوله: "..."`, `ونقلت عنها صحيفة X قولها إن`: a verb of passing on
        whose `عن` carries the pronoun of the one quoted — the speaker named before (the last one
        agreeing with the pronoun who is not the outlet itself). Returns that speaker and the token
        after `قوله` where the statement starts."""
        if not self._transmits(c.first):
            return None
        if after_source < last and self._word(after_source) in _FROM_HIM_OR_HER:
            pronoun, statement = after_source, after_source + 1
        elif c.last < last and self._word(c.last) in _FROM_HIM_OR_HER and source is not None and source.first == c.last + 1:
            pronoun, statement = c.last, after_source
        else:
            return None
        if statement >= last or not (self._word(statement).startswith("قول")
                                     or self._content_marker(statement, last) == statement):
            return None
        gender = _FROM_HIM_OR_HER[self._word(pronoun)]
        recent = [m for m, _ in reversed(self.speakers[-3:])]
        if self.sentence_speaker is not None:
            recent.insert(0, self.sentence_speaker[0])
        subject = self._clause_subject(first, c.first, mentions)
        if subject is not None:  # `ودان أردوغان المناورات ونقلت عنه صحيفة X قوله`: the subject of the sentence
            recent.insert(0, subject)
        speaker = next((m for m in recent if (source is None or m.actor is not source.actor)
                        and person_gender(m.actor) in (None, gender) and self._speaker_gender(m) in (None, gender)), None)
        if speaker is None:
            return None
        return speaker, statement + 1 if self._word(statement).startswith("قول") else statement

    def _speaks_inside(self, claim: Claim, c, claims: list[Claim]) -> bool:
        """A reporting verb inside another claim's content (not coordinated with `و` or a
        participle) reports only with a speaker of its own beside it (`أن ماكرون أبلغ روحاني`),
        named in the report before it, or after `أنه` (the outer speaker): a remembered speaker
        does not say it."""
        cue_at = self.tokens[c.first].start
        outer = next((p for p in claims if p.content_start <= cue_at < p.content_end), None)
        if outer is not None and self._inside_quotation(self._token_at(outer.content_start), c.first):
            return False  # (`أن "النظام يخطط ... ونقل مواطنين"`: a verb in the speaker's own quoted words)
        if outer is None or self._word(c.first).startswith("و") or self._is_participle(c.first) \
                or c.first > 0 and self._word(c.first - 1) in BUT_WITH_PRONOUN:
            return True
        source = claim.source
        return source is not None and (source.first == c.last or source.last == c.first
                                       or c.first > 0 and self._word(c.first - 1) in SUFFIXED_COMPLEMENTIZERS
                                       or outer.content_start <= source.start and source.last <= c.first)

    def _transmits(self, k: int) -> bool:
        """`نقل`, `روى`, `أورد`: verbs of passing on, whose `عن Y` names the source quoted
        (`قال X عن Y` is "about Y", `مسؤولون عن` "in charge of")."""
        analysis = analyse(self._word(k))
        word = analysis.bare
        return word.startswith(_TRANSMITTING_STEMS) or word[1:].startswith(_TRANSMITTING_STEMS) and analysis.present_prefix in ("ي", "ت")

    def _quoted_source(self, j: int, last: int, by_first) -> Mention | None:
        """Whom a source quotes after `عن`: an actor named within a few words (`عن رئيس لجنة
        الأمن القومي Y`), the body of an unnamed official (`عن متحدث باسم الجيش`) or a speaker
        only described (`عن مسؤول كبير`)."""
        if j >= last:
            return None
        near = [by_first[k] for k in range(j, min(last, j + 7)) if k in by_first and not self._clause_break(j, k)
                and not any(self._comma_before(x) or self._word(x).startswith("قول") or self._is_complementizer(self._word(x))
                            for x in range(j + 1, k + 1))]
        named = near[0] if near else None
        person = next((m for m in near if m.actor.actor_type == "person"), None)
        if named is not None and named.actor.actor_type != "person" and person is not None and \
                not self._word(named.first).startswith("ل"):
            return person  # `عن قائد الحرس الثوري اللواء محمد جعفري قوله`: the officer, named after his body
        if named is not None and named.first == j:
            return named
        official = self._official_of(j, last, by_first)
        if official is not None:
            return official
        if self.describe is not None:
            end = next((k for k in range(j + 1, min(last, j + 6)) if self._comma_before(k)
                        or self._word(k).startswith("قول") or self._is_complementizer(self._word(k))
                        or self._word(k) == "عن" or self._ends_quoted_slot(k, named is None)), last if last - j <= 4 else None)
            described = self.describe(j, end) if end is not None else None
            if described is None and end is not None and named is None:
                described = self._noun_phrase_at(j, end)  # `عن وزير الخارجية القطري قوله`: a title, unnamed
                described = described if described is not None and described.last == end else None
            if described is None and named is None and end == j + 1:
                described = self._bare_head_before(j, lambda m: True)  # `عن الوزير، الذي يزور واشنطن، قوله`:
                # a bare title is the person of its kind named last, else the title itself
            if described is not None and (named is None or described.last <= named.first):
                return described
        return named

    def _quoted_words(self, j: int, last: int) -> tuple[int, int] | None:
        """`ونقلت رويترز عن تجار أن`, `نقلا عن سكان محليين قولهم`: one to three words no rule
        names after `عن`, ending at the `أن`/`إن` or the `قول` of what they said: whom the source
        quotes (the tokens), else None."""
        end = next((k for k in range(j + 1, min(last, j + 4)) if self._is_complementizer(self._word(k))
                    or self._word(k).startswith("قول") or self.cues.match_at(self.tokens, k, stop=last) is not None), None)
        # (`عن ناديه تأكيده أن`: a verbal noun of saying ends the words, which must then name someone)
        if end is None or self._word(j) in self.demonstratives or not self._subject_words(j, end):
            return None  # (`عن هؤلاء إن`: a pronoun pointing back, no one it names)
        return j, end

    def _ends_quoted_slot(self, k: int, nothing_named: bool) -> bool:
        """Token k ends the words naming whom a source quotes: `عن توم غارسيا [وهو] متقاعد`, `عن
        مزارع [(]60 عاما)`, `عن سلطة الإعلام [في] المنطقة` — an apposed pronoun clause, a bracket
        or a quotation opening, or, when no actor is named in reach, a preposition (the described
        phrase is read up to it; `عن عضو في مجموعة X`: an unnamed member speaks for the body named)."""
        word = self._word(k)
        gap = self._gap(k)
        return word in _APPOSED_PRONOUNS or "(" in gap or gap[-1:] in QUOTE_OPEN and gap.strip() != "" \
            or nothing_named and word in self.prepositions
        # (not a preposition joined as a clitic, `بمقاطعة`: also the first letter of names)

    def _reported_by_object(self, j: int, cue: int, last: int) -> tuple[int | None, int]:
        """`نقلت وسائل إعلام أنباء تفيد بأن ...`, `نشرت الصحيفة تقارير تقول إن`: the verb's
        object is a report that itself states the content — one statement, not two. Returns the
        content marker after the inner verb (and the next cue after it), else (None, cue)."""
        inner = self.cues.match_at(self.tokens, cue, stop=last)
        if inner is None or inner.value.kind != "verb" or self._word(cue)[:1] in "وف" \
                or self._is_participle(cue) or any(k in self.in_mention or self._comma_before(k) for k in range(j, cue + 1)):
            return None, cue
        marker = self._content_marker(inner.last, last)
        if marker is None or marker - inner.last > 1:
            return None, cue
        after = next((k for k in range(marker, last) if k not in self.in_mention
                      and self.cues.match_at(self.tokens, k, stop=last) is not None), last)
        return marker, after

    def _restates_own_words(self, claim: Claim, claims: list[Claim]) -> bool:
        """An attribution phrase after a claim naming that claim's own speaker (`على حد قوله`), or
        a second one giving the same speaker the same words (`... حسب قول X ... حسب تعبيره`)."""
        if claim.source is None:
            return False
        return any(p.source is not None and p.source.actor is claim.source.actor
                   and (p.content_start < claim.cue_start <= p.content_end + 1 or p.content_start == claim.content_start)
                   for p in claims)

    def _nest_reported(self, claim: Claim, c, claims: list[Claim]) -> None:
        """`قال X إن ...، بحسب ما نقلت وكالة Y`: Y reports X's claim. Y's claim gets the same
        content, which ends before the cue, and X's claim becomes its child."""
        cue_at = self.tokens[c.first].start
        inner = next((p for p in reversed(claims) if p.parent is None and not p.children
                      and p.content_start < cue_at <= p.content_end + 1), None)
        if inner is None or claim.content_start >= inner.content_start and claim.content_end <= inner.content_end:
            return
        end = c.first - 1
        while end > 0 and self._word(end) in ("وذلك", "ذلك") and self.tokens[end].start > inner.content_start:
            end -= 1
        inner.content_end = self.tokens[end].end
        claim.content_start, claim.content_end = inner.content_start, inner.content_end
        claim.hedged = claim.hedged or inner.hedged
        for quoted in descendants(claim):  # `وفق ما نقلت وكالة Y عن Z`: Z's claim is the same
            quoted.content_start, quoted.content_end, quoted.hedged = claim.content_start, claim.content_end, claim.hedged
        reporter = ([claim, *descendants(claim)])[-1]  # `بحسب ما نقلت Y عن Z`: Z passed on X's words
        inner.parent = reporter
        reporter.children.append(inner)

    def _publisher(self, verb: int, after: int, first: int, last: int, by_first) -> Mention | None:
        """`في بيان نشرته وكالة X`, `في تصريحات أوردتها صحيفة Y`: a verb of passing on or
        publishing, with an object pronoun, right after `في` + a statement noun names the outlet
        that published the statement (the outlet, if named)."""
        word = without_conjunction(self._word(verb))
        if verb - 2 < first or after >= last or not (word in PUBLISHING_VERBS
                                                     or self._object_pronoun(verb) and self._transmits(verb)):
            return None
        at = verb - 1  # the statement noun, or its adjective (`في بيان رسمي نقلته وكالة X`) and then the noun
        noun = self.cues.get(f"في {self._word(at)}")
        if noun is None and self._word(at) in self.relative_pronouns and verb - 3 >= first and not self._comma_before(at):
            at = verb - 2  # `في الرسالة التي نشرتها وكالة X`: the definite noun, then its relative clause
            noun = self.cues.get(f"في {strip_article(self._word(at))}") if self._word(at).startswith("ال") else None
        if noun is None and verb - 3 >= first and not self._word(verb - 1).startswith("ال") and not self._comma_before(verb - 1):
            at = verb - 2
            noun = self.cues.get(f"في {self._word(at)}")
        if noun is None or noun.kind != "noun" or self._word(at - 1) not in _STATEMENT_PREPOSITIONS:
            return None
        outlet = by_first.get(after)
        return outlet if outlet is not None and outlet.actor.actor_type in ("media", "organization") else None

    def _published(self, cue: tuple[int, int], outlet: Mention, claims: list[Claim]) -> list[Claim]:
        """The outlet that published a statement reports it: a parent claim with the same
        content over the sentence's first claim with no parent."""
        inner = next((p for p in claims if p.parent is None and p.source is not None), None)
        if inner is None:
            return []
        parent = Claim(self.tokens[cue[0]].start, self.tokens[cue[1] - 1].end, inner.content_start,
                       inner.content_end, outlet, (outlet.start, outlet.end), None, inner.hedged)
        inner.parent = parent
        parent.children.append(inner)
        return [parent]

    def _outlet_between(self, c, inner: Claim, last: int, by_first) -> list[Claim]:
        """An outlet cited between a verb claim's source and its content reports that claim: a
        parent claim with the same content."""
        if inner.parent is not None or inner.cue_start >= self.tokens[c.first].start:
            return []
        source = next((by_first[k] for k in range(c.last, min(last, c.last + 4)) if k in by_first), None)
        if source is None or source.actor.actor_type not in ("media", "organization", "government"):
            return []
        outlet = Claim(self.tokens[c.first].start, self.tokens[c.last - 1].end, inner.content_start,
                       inner.content_end, source, (source.start, source.end), None, inner.hedged)
        inner.parent = outlet
        outlet.children.append(inner)
        return [outlet]
