"""Who speaks: the source of a reporting verb.

In order: the sentence's speaker going on (`، مضيفا أن`); a subject right before the verb
(`أن ماكرون أبلغ`); the actor right after it (verb-first clauses; not a `لـ` addressee or channel);
the issuer of a statement (`بيان صادر عن X`); a relative's antecedent (`روحاني الذي يقول`); a
delayed subject (`قال، الثلاثاء، X إن`); the body of an unnamed official (`مسؤول في X`); a speaker
only described (`مسؤول نفط عراقي`); the main-clause subject; a person earlier in the sentence;
the last speakers; the person the text is about. Every dropped-subject choice agrees in gender
with the verb (`وقالت` is not said by a man).

`SpeakerRules._verb_source` makes these choices in turn; the rules of each kind live in the
`speaker_*` mixins: agreement with the verb (`speaker_agreement`), words referring back
(`speaker_referents`), subjects before the verb (`speaker_clause_subjects`), subjects after it,
named or shown to be names (`speaker_names`), bodies speaking through an official, organ or
statement (`speaker_bodies`), phrases no actor rule named (`speaker_phrases`) and tests that the
subject slot is filled (`speaker_slots`). The words they share, and `SpeakerState` (what they read
of `ClaimFinder`), are in `speaker_words`; the words other modules read (`_ANAPHORIC_SOURCES`,
`_OFFICIALS`, ...) are importable from here.
"""
from __future__ import annotations

from .actor_lexicon import Mention, person_gender
from .claim_base import BUT_WITH_PRONOUN
from .lexicon import word_classes
from .morphology import strip_article
from .speaker_agreement import SpeakerAgreement
from .speaker_bodies import BodySpeakers
from .speaker_clause_subjects import ClauseSubjects
from .speaker_names import NamedSubjects
from .speaker_phrases import UnnamedPhrases
from .speaker_referents import SpeakerReferents
from .speaker_slots import FilledSlots
from .speaker_words import (_ADVERBIAL_ACCUSATIVES, _ANAPHORIC_SOURCES, _OFFICIALS, _SOURCE_DOCUMENTS, _TIME_MODIFIERS,
                            _TIME_PERIOD_NOUNS)
from .text import normalize_phrase

# what claims.py and claim_sources.py import from here
__all__ = ["SpeakerRules", "_ADVERBIAL_ACCUSATIVES", "_ANAPHORIC_SOURCES", "_OFFICIALS", "_SOURCE_DOCUMENTS",
           "_TIME_MODIFIERS", "_TIME_PERIOD_NOUNS"]

_PRONOUN_SUBJECT_COMPLEMENTIZERS = frozenset(c + p for c in ("ان", "بان", "وان") for p in ("ه", "ها"))
_LATTER = frozenset(w for w in word_classes()["latter_word"] if w.startswith("ال"))  # the latter (m, f), with its article
_RESUMPTIVES = word_classes()["resumptive_pronoun"]  # `المرة التي قال فيها X`


class SpeakerRules(SpeakerAgreement, SpeakerReferents, ClauseSubjects, NamedSubjects, BodySpeakers, UnnamedPhrases,
                  FilledSlots):
    """The source-finding half of `ClaimFinder` (which supplies the tokens, the content-marker
    search and the per-document speaker memory this reads): `_verb_source`, with the rules of
    each kind from the mixins."""

    def _verb_source(self, c, first, last, mentions, by_first, by_last) -> tuple[Mention | None, int]:
        """The speaker: right after the cue (verb-first, named or only described), right before
        it (subject-first), the speaker going on (`وأضاف`, `مؤكدا`), or the nearest actor earlier
        in the clause. Returns it and the token after the source phrase."""
        gender = self._cue_gender(c.first)
        plural = self._plural_verb(c.first)
        self.unnamed_continues = False  # (set when the dropped subject is the last speaker named only by words)

        def agrees(m: Mention | None) -> bool:  # `وقالت` is not said by a man, nor `وأضافوا` by one person
            return m is not None and (gender is None or person_gender(m.actor) in (None, gender)) \
                and not (plural and self._single_speaker(m))

        def continues(m: Mention | None) -> bool:
            # a speaker remembered from before, not a subject in this clause (whose mention may be only
            # part of it: `مدرب إسبانيا يلمح`), agrees also as its head noun is written: `وأضاف` is not
            # said by a ministry nor by unnamed sources (`مصادر`, `مسؤولون`), `وأضافت` not by the army
            return agrees(m) and (gender is None or self._speaker_gender(m) in (None, gender)) \
                and not (gender == "m" and not plural and self._plural_unnamed(m)) \
                and not (gender is not None and not plural and self._plural_people(m)) \
                and not (plural and self._plural_things(m))
            # (`ناشطون ... . وقالت "..."`: people in the plural go on in the plural, `وقالوا`)

        if self.sentence_speaker is not None and self._is_participle(c.first) and continues(self.sentence_speaker[0]):
            return self.sentence_speaker[0], c.last  # `قال X إن ...، مضيفا أن`: X goes on
        if self.sentence_unnamed is not None and self._unnamed_speaker_of_participle(c, first) is not None:
            return None, c.last  # `وأوضح الصندوق أن ...، مبينا أن`: the words that named the last speaker go on
        if self.sentence_speaker is not None and c.first > first and self._word(c.first - 1) in _PRONOUN_SUBJECT_COMPLEMENTIZERS \
                and continues(self.sentence_speaker[0]):
            return self.sentence_speaker[0], c.last  # `وأكد ترودو أنه أبلغ السياسيين أن`: he (ترودو) told them
        if c.first > first and self._word(c.first - 1) in BUT_WITH_PRONOUN:
            # `لكنه نفى أي تدخل`: the pronoun is the subject (the object after the verb is not), the
            # speaker of the sentence or the last one named, agreeing with the verb
            # (before a speaker of an earlier sentence, the subject of this one's first clause:
            # `ورفضت المتحدثة ماري سميث الإدلاء بتفاصيل، لكنها قالت`; its actor, or the first person it names)
            subject = self._clause_subject(first, c.first - 1, mentions)
            if subject is None or self._genitive_of_title(subject):
                subject = next((m for m in mentions if first <= m.first and m.last < c.first and m.actor.actor_type == "person"
                                and not self._genitive_of_title(m)), None)
            for speaker in ([self.sentence_speaker[0]] if self.sentence_speaker else []) + ([subject] if subject else []) \
                    + [m for m, _ in reversed(self.speakers[-3:])]:
                if continues(speaker):
                    return speaker, c.last
            return None, c.last  # (a speaker named only by words goes on: `_unnamed_goes_on`)
        if c.last < last and self._word(c.last) in _LATTER:
            referent = by_first.get(c.last) or self._latter(c.last, mentions)
            if referent is not None:  # `وقال الأخير إن`: the actor named last before it, as it was named
                named = [m for m in self.named_before + mentions
                         if m.actor.actor_id == referent.actor.actor_id and m.last <= c.last and self._word(m.first) not in _LATTER]
                return (max(named, key=lambda m: m.start) if named else referent), c.last + 1
        organ = self._organ_of(c.last, last, by_first)
        if organ is not None:
            return organ, organ.last  # `وأعلنت القيادة العامة للقوات المسلحة`: the armed forces, through it
        after = by_first.get(c.last)
        if after is None and c.last + 1 < last and self._word(c.last) in _RESUMPTIVES:
            after = by_first.get(c.last + 1)  # `التي تتهم فيها إسرائيل إيران`: the subject after the resumptive
        before = by_last.get(c.first)
        if before is not None and self.tokens[c.first].joined and (before.first == first or self._opens_clause(before.first)) \
                and agrees(before):
            return before, c.last  # `أن ماكرون أبلغ روحاني "..."`: subject first, the object after
        if before is not None and self._named_in_apposition(before, c, first) and agrees(before):
            return before, c.last  # `لكن المتحدث باسم الكرملين، ديمتري بيسكوف، قال إن`: the name set off by commas
        if before is None and c.first - 1 > first and self._is_complementizer(self._word(c.first - 2)) \
                and self.tokens[c.first].joined:
            head = self._bare_head_before(c.first - 1, continues)
            if head is not None:
                return head, c.last  # `إن الرئيس قال إن`: the president named before, or the title itself
        if after is not None and after.first == c.last and after.actor.anonymous:
            body = self._official_of(c.last, last, by_first)
            if body is not None:
                return body, body.last  # `قال مسؤول كبير في وزارة الخارجية إن`: the ministry, not an unnamed source
        if after is not None and (not self._word(after.first).startswith("ل") or self._lam_of_name(after)) \
                and self.tokens[after.first].joined and (after.first == c.last or self.tokens[c.last].joined):
            return after, self._past_adjectives_to_quoted(after, last) if self._transmits(c.first) else after.last
            # (`قائلة لوكالة أسوشيتد برس`, `وبرر للسوداني`: a channel or addressee)
        if c.last < last and (self.tokens[c.last].bare in _ANAPHORIC_SOURCES or self.tokens[c.last].bare in _SOURCE_DOCUMENTS):
            body = self._issuer(c.last, last, by_first)
            if body is None and self.tokens[c.last].bare in _SOURCE_DOCUMENTS and not self._word(c.last).startswith("ال"):
                body = by_first.get(c.last + 1)  # `وأظهرت إحصائيات الأمم المتحدة أن`: the issuer in construct
            if body is not None:  # `وجاء في بيان للرئاسة الفرنسية`, `وقال بيان صادر عن الجيش`: whose statement
                return body, body.last
        if c.last < len(self.tokens) and self.tokens[c.last].bare in _ANAPHORIC_SOURCES and self.last_source \
                and (c.last + 1 >= len(self.tokens) or not self.tokens[c.last + 1].joined
                     or self._is_complementizer(self._word(c.last + 1))):
            # `وأضاف البيان أن`, `وقال المتحدث إن`: the statement or spokesman of the last speaker
            # (`وأضاف الوزير أن`: of the recent speaker whose title holds `وزير`, if one does)
            t = self.tokens[c.last]
            recent = [m for m, _ in reversed(self.speakers[-3:])]
            named = self._recent_of_kind(c.last, recent, True, continues) or self._recent_of_kind(c.last, recent, False, continues)
            head = strip_article(self._word(c.last))
            referent = named.actor if named is not None and any(
                strip_article(w) == head for w in [self._word(k) for k in range(named.first, min(named.last, len(self.tokens)))]
                + normalize_phrase(named.actor.name_ar or "").split()) else self.last_source[0].actor
            return Mention(referent, c.last, c.last + 1, t.start, t.end), c.last + 1
        if c.first > first and self._word(c.first - 1) in self.relatives and agrees(by_last.get(c.first - 1)):
            return by_last[c.first - 1], c.last  # `الرئيس حسن روحاني الذي يقول بانتظام إن`
        described = self._described_by_clause(c, first)
        if described is not None:
            return described, c.last  # `ونظمت نحو 75 امرأة زعمن أنهن`: the women the clause describes say it
        pluperfect = self._pluperfect_subject(c.first, first, by_last)
        if pluperfect is not None and agrees(pluperfect):
            return pluperfect, c.last  # `وكان الرئيس الفرنسي قد ندد`: the subject between `كان` and `قد`
        if pluperfect is None and self._pluperfect_slot(c.first, first) is not None:
            return None, c.last  # `وكان السفير الروسي في لندن X قد صرح`: a subject no rule names
        slot = self._after_time_adverbial(c.last, last)
        if slot != c.last:  # `وقال أمس، المتحدث باسم الحكومة، إن`: the subject after the adverbial
            official = self._official_of(slot, last, by_first) or self._unnamed_body_of_official(slot, last)
            if official is not None:
                return official, official.last
        named = self._name_before_apposition(c.last, last) if after is None else None
        if named is not None:
            return named, named.last  # `وقال زوران ميلوفيتش، مدرب فريق الوحدة، إن`
        delayed = self._delayed_subject(c.last, mentions)
        if delayed is not None and delayed.actor.actor_type != "person":
            apposed = self._name_after_description(c.last, last)
            if apposed is not None:  # `وقال المتحدث باسم الشرطة، سيتيو واسيستو، إن`: the named
                return apposed, apposed.last  # spokesman speaks, not the body in his title
        holder = self._holder_after_body(c, delayed, last) if delayed is not None else None
        if holder is not None:
            return holder, holder.last  # `وقال رئيس البنك الدولي X Y إن`: the president, named by words no rule knows
        if delayed is not None:
            official = self._official_of(c.last, last, by_first) if delayed.actor.actor_type != "person" else None
            if official is not None and official.first < delayed.first:
                return official, official.last  # `وأبلغ ضباط بالجيش الروسي الولايات المتحدة أن`: the army tells
            return delayed, delayed.last
        apposed = self._apposed_subject(c.last, last, mentions)
        if apposed is not None:
            return apposed, apposed.last  # `وينفي مؤسس المنظمة، أكسيل ستيير، انتهاك القانون`
        apposed = self._name_after_description(c.last, last)
        if apposed is not None:
            return apposed, apposed.last  # `وقال المتحدث باسم الشرطة، سيتيو واسيستو، إن`
        official = self._official_of(c.last, last, by_first) or self._unnamed_body_of_official(c.last, last)
        if official is not None:
            return official, official.last  # `وقال مسؤول في وزارة الدفاع إن`: the ministry speaks
        described = self._described_subject(c.last, last, gender)
        if described is not None:
            return described, described.last
        phrase = self._subject_phrase(c, last, by_first)
        if phrase is not None:
            return phrase, phrase.last  # `وقالت الشرطة الاتحادية الإثيوبية إنها`: named, though no rule knows it
        referent = self._bare_head_referent(c.last, last, continues) if after is None else None
        if referent is not None:
            return referent, referent.last  # `وقال الوزير للصحفيين "..."`: the minister named before
        subject = self._clause_subject(first, c.first, mentions)
        if self._is_participle(c.first) and continues(subject):
            return subject, c.last  # `ورحب ترامب بالإفراج عن برانسون قائلا`: the subject, not the object
        coordinated = self._comma_before(c.first) and self._word(c.first)[:1] == "و"
        if subject is None and coordinated and self.sentence_speaker is not None and continues(self.sentence_speaker[0]):
            return self.sentence_speaker[0], c.last  # `أعلن المبعوث، X، أنه ...، وأكد أنه`: X goes on
        if subject is None and (self._is_participle(c.first) or coordinated):
            opening = self._opening_subject_phrase(first, c.first)
            if opening is not None and agrees(opening):
                return opening, c.last  # `ورد رئيس الوزراء الإيطالي على الرئيس الفرنسي، قائلا`, `...، وقال`
            if self._unnamed_speaker_of_participle(c, first) is not None:
                return None, c.last  # `وأشادت الوزارة بالاتفاق، معربة عن`: the ministry, named only by words
        # after a comma, the word before the verb ends the last clause (its object: `استهدف
        # المهاجرين، وكتب`); the clause's subject goes on speaking
        # a participle with no comma before it goes on with the clause's subject, never the object
        # right before it (`ووقف الوزير أمام الصحفيين معبرا عن`: the journalists are not speaking)
        participle = self._is_participle(c.first) and not self._comma_before(c.first)
        if subject is not None and self._contrast_clause_slot(c, first):
            return None, c.last  # `..., لكن دبلوماسيين قالوا إن`: the new clause's own subject, no rule names it
        if before is not None and self._conjoined_verb(c):
            before = None  # `... تهدد دول الجوار واعتبر أن`: the `و` on the verb opens a clause, the
            # phrase before it ends the last one and is no subject of this verb
        if before is not None and self._fronted_topic(before, first):
            # `وعن الفنان X قال إنه`: whom the words are about, fronted with `عن`, is not who says them
            before = None
        if subject is not None and self._fronted_topic(subject, first):
            subject = None
        for candidate in (subject, before) if self._comma_before(c.first) else (subject,) if participle else (before, subject):
            if (agrees if candidate is before and not self._comma_before(c.first) else continues)(candidate):
                # (a subject earlier in the sentence agrees as written; the mention right beside the verb,
                # no comma between, may be only part of its subject: `مدرب إسبانيا يلمح`)
                return candidate, c.last
        # `ورد ساخرا إن`, `ويكررون دائما أن`: an accusative of manner alone between the verb and its content
        # fills no subject slot: the dropped subject goes on
        adverbial = c.last + 1 < last and c.last not in self.in_mention and self._manner_word(c.last, gender) \
            and self._content_marker(c.last + 1, last) == c.last + 1
        if not adverbial and (self._unnamed_subject_follows(c, last) or self._subject_before_apposition(c, first) is not None \
                or self._name_then_apposition(c, last) is not None or self._subject_after_amma(c, first) is not None \
                or self._definite_subject_before(c, first, last) is not None \
                or self._titled_holder(c, last, by_first) or self._contrast_clause_slot(c, first) and not self._reported_in_slot(c) \
                or self._quantity_subject(c, last) or self._title_of_named(c.last, last) \
                or self._subject_after_complementizer(c, first) is not None):
            return None, c.last  # `قال توماس إنه`: a name no rule knows fills the slot; no one remembered says it
            # (`وأوضح وزير الداخلية X في مقابلة أن`: a title and its holder fill it; `، لكن مراقبين يؤكدون أن`:
            # the contrasting clause's own subject, though the sentence's first one names no actor)
        earlier = [m for m in mentions if first <= m.first and m.last <= c.first
                   and m.actor.actor_type == "person" and agrees(m) and not self._fronted_topic(m, first)]
        if earlier:  # `تعرض الرئيس السابق باراك أوباما لانتقادات ... عندما قال إن`
            # the clause's subject is the first person it names; those named after it are its
            # objects or complements (`امتدح المدرب X لاعبه Y قائلا`: X speaks, not Y). The clause
            # is the innermost one: after the last `أن`/`إن` before the verb (`كشفت X أن الرئيس Y
            # ... قال فيها`: Y, inside what X reported); with no person in it, the nearest one
            opened = next((k for k in range(c.first - 1, first - 1, -1) if self._is_complementizer(self._word(k))), first - 1)
            inner = [m for m in earlier if m.first > opened and not self._genitive_of_title(m)]
            return (inner[0] if inner else earlier[-1]), c.last
        if self._coordinated_unnamed_subject(c, first) is not None:
            return None, c.last  # `وهون الاقتصاديون من ... وتوقعوا أن`: the clause's own subject, named only by words
        if self._unnamed_goes_on(c, first) is not None and self.sentence_idx - self.last_unnamed_at <= 1:
            # (only right after it spoke: words remembered longer may be no speaker's, `أجابت بحذر`)
            self.unnamed_continues = True
            return None, c.last  # the last speaker, named only by words after every named one, goes on
        body_slot = self._body_head_slot(c, last)
        if body_slot == "named":
            return None, c.last  # `أعلنت شركة "X" الفرنسية، ...`: a body's head and its name fill the slot
        for speaker, _ in reversed(self.speakers[-3:]):
            if continues(speaker) and not (body_slot and (speaker.actor.actor_type == "person" or speaker.actor.anonymous)):
                return speaker, c.last  # a dropped subject: the last speaker (of that gender) goes on
                # (`وقالت الجماعة المنبثقة عن X، إن`: a body's head in the slot is never a person or unnamed source named before)
        for person in reversed(self.topics[-2:]):
            if gender is not None and not body_slot and continues(person):
                return person, c.last  # `رفضت ميركل ... . وقالت "..."`: the person the text is about
        return None, c.last
