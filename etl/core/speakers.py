"""Who speaks: the source of a reporting verb.

In order: the sentence's speaker going on (`، مضيفا أن`); a subject right before the verb
(`أن ماكرون أبلغ`); the actor right after it (verb-first clauses; not a `لـ` addressee or channel);
the issuer of a statement (`بيان صادر عن X`); a relative's antecedent (`روحاني الذي يقول`); a
delayed subject (`قال، الثلاثاء، X إن`); the body of an unnamed official (`مسؤول في X`); a speaker
only described (`مسؤول نفط عراقي`); the main-clause subject; a person earlier in the sentence;
the last speakers; the person the text is about. Every dropped-subject choice agrees in gender
with the verb (`وقالت` is not said by a man).

`SpeakerRules._verb_source` makes these choices in turn; the rules of some kinds live in the
`speaker_*` mixins: agreement with the verb (`speaker_agreement`) and words referring back
(`speaker_referents`). The words they share, and `SpeakerState` (what they read of `ClaimFinder`),
are in `speaker_words`; the words other modules read (`_ANAPHORIC_SOURCES`, `_OFFICIALS`, ...) are
importable from here.
"""
from __future__ import annotations

from bisect import bisect_left

from .actor_base import UNMARKED
from .actor_lexicon import Actor, Mention, actor_lexicon, pattern_person, person_gender, unnamed_source
from .claim_base import (ADJUNCT_OPENERS, BUT_WITH_PRONOUN, CHANNEL_HEADS as _CHANNEL_HEADS, GOVERNED_PREPOSITIONS,
                         PUBLISHING_VERBS as _PUBLISHING_VERBS, QUOTE_OPEN, TIME_WORDS)
from .ids import slug
from .lexicon import word_classes
from .morphology import analyse, strip_article, without_conjunction
from .speaker_agreement import SpeakerAgreement
from .speaker_referents import SpeakerReferents
from .speaker_words import (_ADVERBIAL_ACCUSATIVES, _ANAPHORIC_SOURCES, _OFFICIALS, _SOURCE_DOCUMENTS, _TIME_MODIFIERS,
                            _TIME_PERIOD_NOUNS)
from .text import normalize_phrase

# what claims.py and claim_sources.py import from here
__all__ = ["SpeakerRules", "_ADVERBIAL_ACCUSATIVES", "_ANAPHORIC_SOURCES", "_OFFICIALS", "_SOURCE_DOCUMENTS",
           "_TIME_MODIFIERS", "_TIME_PERIOD_NOUNS"]

# members of a body who speak for it, unnamed, like its officials (`ضباط في الجيش`, `عناصر من الحركة`)
_MEMBER_NOUNS = word_classes()["speaker_member_noun"]
# `القيادة العامة للقوات المسلحة`, `المكتب الإعلامي للحكومة`: an organ that speaks for the body after its `لـ`
_ORGAN_HEADS = word_classes()["speaker_organ_head"]
_NAMING_WORDS = word_classes()["naming_word"]
_OFFICIAL_ADJECTIVES = word_classes()["official_adjective"]
_PRONOUN_SUBJECT_COMPLEMENTIZERS = frozenset(c + p for c in ("ان", "بان", "وان") for p in ("ه", "ها"))
_MAIN_CLAUSE_OPENERS = word_classes()["main_clause_opener"]
# `يعتقد أن`, `يقال إن`: impersonal passives, said by no one (not a clause describing the noun before them)
_IMPERSONAL_VERBS = word_classes()["claim_impersonal_opinion"] | word_classes()["impersonal_cue"]
_LATTER = frozenset(w for w in word_classes()["latter_word"] if w.startswith("ال"))  # the latter (m, f), with its article
_CONTRAST_OPENERS = word_classes()["speaker_contrast_opener"]  # words opening a contrasting clause with its own subject
_RESUMPTIVES = word_classes()["resumptive_pronoun"]  # `المرة التي قال فيها X`
# verbs whose object comes before `بأن` (`وصف الهجوم بأنه`, `اتهم المكتب بأنه`), normalised stems
_OBJECT_BEFORE_BI_ANNA = tuple(sorted(word_classes()["object_before_bi_anna"]))  # for str.startswith
_SAYING_VERBS = word_classes()["claim_saying_verb"]  # verbs of saying that take no noun object
_PAST_AUXILIARIES = word_classes()["past_auxiliary"]  # `كان`, `كانت`, `كانوا`
_OFFICIAL_OF_PREPOSITIONS = word_classes()["speaker_official_of_preposition"]  # `المتحدث باسم`, `مسؤول في`
_NAME_LINKS = word_classes()["name_link"]  # `ابن فارس`, `أبو X`: a kinship word opening a name, no title
_ALEF_MADDA = chr(0x0622)  # `آل` (the family of), which normalising also folds to the article's letters
_QUANTITY_SUBJECTS = word_classes()["quantifier"] | word_classes()["counting_word"] | word_classes()["claim_quantity_subject"]
_OBJECT_PREPOSITIONS = word_classes()["object_preposition"]  # `مع`, `إلى`, `على`, `ضد`: a title after them is no subject


class SpeakerRules(SpeakerAgreement, SpeakerReferents):
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
        described = self._described_subject(c.last, last)
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
        if self._unnamed_subject_follows(c, last) or self._subject_before_apposition(c, first) is not None \
                or self._name_then_apposition(c, last) is not None or self._subject_after_amma(c, first) is not None \
                or self._definite_subject_before(c, first, last) is not None \
                or self._titled_holder(c, last, by_first) or self._contrast_clause_slot(c, first) and not self._reported_in_slot(c) \
                or self._quantity_subject(c, last) or self._title_of_named(c.last, last) \
                or self._subject_after_complementizer(c, first) is not None:
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

    def _genitive_of_title(self, m: Mention) -> bool:
        """`محامي ترامب`, `أخ رضوان`: a name right after an indefinite title or person noun is the
        genitive of the office, not its holder (`الرئيس ترامب`, with the article, is the holder)."""
        if m.first == 0:
            return False
        before = self._word(m.first - 1)
        return not before.startswith(("ال", "وال")) and self._speaker_head(m.first - 1) \
            and not self._comma_before(m.first)

    def _conjoined_verb(self, c) -> bool:
        """The cue verb carries the conjunction `و`/`ف` (`واعتبر`, `فقال`): no subject stands right
        before it."""
        token = self.tokens[c.first]
        return c.value.kind == "verb" and self.text[token.start:c.start] in ("و", "ف")

    def _unnamed_subject_follows(self, c, last: int) -> bool:
        """One to three words that may name a speaker (no preposition, adverb, time word...) stand
        between a finite verb of saying and its `أن`/`إن` or colon: the verb has a subject of its
        own, though no rule names it."""
        if self._is_participle(c.first) or c.last >= last or self._word(c.last).startswith("لل"):
            return False  # (`وقال للمحكمة إنه`: whom he told, the speaker is still the last one)
        marker = self._content_marker(c.last, last)
        j = c.last
        while marker is not None and j + 1 < marker and self._time_word(j):
            j += 1  # `وقال الخميس وزير الخارجية إن`: when it was said, then who said it
        if marker is not None and self._quoted_after_name(c, j, marker):
            return True
        end = self._before_time_words(j, marker) if marker is not None else None  # (`وقال X يوم الجمعة، إن`)
        if marker is None or not 1 <= marker - j <= 3 or not self._subject_words(j, end) \
                or not (self._is_complementizer(self._word(marker)) or ":" in self._gap(marker)):
            return False
        # before `بأن` the slot may hold the verb's object: `ووصف الهجوم بأنه`, `وبررت موقفها بأن`
        # (or a subject and then the object: `ووصفت الوزارة الهجوم بأنه`)
        if self._object_after_subject_words(c, marker) is not None or self._object_pronoun(c.first):
            return True  # (`يصفه المقربون منه بأنه`: the verb carries its object, the words are its subject)
        return not (self._word(marker).startswith("ب") and (
            without_conjunction(self._word(c.first)).startswith(_OBJECT_BEFORE_BI_ANNA)
            or any(len(self._word(k)) > 3 and self._word(k).endswith(("ها", "هم")) for k in range(c.last, marker))))
        # (not a bare `ه`: after normalisation it also ends every noun in ة, `المحللة`)

    def _quoted_after_name(self, c, j: int, marker: int) -> bool:
        """`وصرح تالون الاثنين "..."`: a verb of saying that takes no object (`قال`, `صرح`, `أضاف`),
        then one or two words (and when it was said) right before the quotation: they name the
        speaker, though no rule knows the name; the last speaker does not go on. Not a word in
        the accusative (`وقال ساخرا "..."`: how it was said)."""
        if without_conjunction(self._word(c.first)) not in _SAYING_VERBS or self._gap(marker)[-1:] not in QUOTE_OPEN \
                or ":" in self._gap(marker):
            return False
        end = self._before_time_words(j, marker)
        return 1 <= end - j <= 2 and self._subject_words(j, end) and not any(
            self._word(k).endswith("ا") or self._word(k) in _ADVERBIAL_ACCUSATIVES or self._preposition_and_pronoun(self._word(k))
            for k in range(j, end))  # (`وقالت له "..."`: whom she told)

    def _bare_title_before(self, k: int) -> bool:
        """`محامية X`, `شقيق X`: an indefinite title or person noun with no pronoun right before token k
        (not a body's head, `مكتب X`, whose office speaks for X; not `مدربه X`, his coach X)."""
        lex = actor_lexicon()
        word = self._word(k - 1)
        suffix = next((p for p in ("ها", "هم", "ه") if self._written(k - 1).endswith(p)), "")
        if suffix and (lex.titles.get_word(word[:-len(suffix)]) is not None or lex.person_nouns.get_word(word[:-len(suffix)]) is not None):
            return False  # (written with ه, not ة: `مدربه`, `محاميه`, a pronoun — X is the one it names)
        if self._speaker_head(k):
            return False  # (`نائب رئيس الوزراء X`: a chain of titles, the mention opening with the second)
        return not word.startswith(("ال", "وال")) and not self._comma_before(k) and (k - 1) not in self.in_mention \
            and without_conjunction(word) not in _NAME_LINKS and lex.person_nouns.match_at(self.tokens, k - 1, stop=k) is not None

    def _title_of_named(self, j: int, end: int) -> bool:
        """`وقالت محامية X إن`, `وقال شقيق X إن`: an indefinite title or person noun and, in construct
        after it, a named person up to the `أن`/`إن` or colon: the title's holder, unnamed, speaks."""
        marker = self._content_marker(j, min(end, j + 6))
        if marker is None or marker - j < 2 or not self._bare_title_before(j + 1):
            return False
        return j + 1 in self.person_starts and all(k in self.in_mention for k in range(j + 1, marker))

    def _past_adjectives_to_quoted(self, source: Mention, last: int) -> int:
        """`ونقلت شبكة "X" التلفزيونية عن Y قوله`: one or two definite adjectives the outlet's mention
        left out, then the `عن` (or `نقلا عن`) of whom it quotes: the source phrase runs past them, so
        the quoted speaker is found. Else the token after the mention."""
        k = source.last
        while k < last and k - source.last < 2 and self._word(k).startswith("ال") and k not in self.in_mention \
                and not self._comma_before(k) and strip_article(self._word(k)) not in _ANAPHORIC_SOURCES:
            k += 1
        return k if k > source.last and k < last and (self._word(k) == "عن" or self._word(k) == "نقلا") else source.last

    def _body_head_slot(self, c, last: int) -> str | None:
        """The head of a body right after a finite verb: `"named"` when an organisation's head is indefinite
        and followed by its name (`شركة "X"`, `منظمة العفو`; not `جهاز X`, a device as often as a service),
        `"bare"` when definite (`الجماعة`, which may be a body named before), else None."""
        if c.last >= last or self._is_participle(c.first) or c.last in self.in_mention or ":" in self._gap(c.last) \
                or self._gap(c.last)[-1:] in QUOTE_OPEN:
            return None
        lex = actor_lexicon()
        word = self._word(c.last)
        org = lex.speaker_org_heads.match_at(self.tokens, c.last, stop=c.last + 1) is not None
        if not org and lex.heads.match_at(self.tokens, c.last, stop=c.last + 1) is None \
                or word.startswith(("لل", "بال")) or word[:1] in "لب" and (lex.speaker_org_heads.get_word(word[1:]) is not None
                                                                          or lex.heads.get_word(word[1:]) is not None):
            return None  # (`وقال لموقع ناديه`: whom it was said to, after `لـ`)
        if word.startswith("ال"):
            return "bare"
        named = org and c.last + 1 < last and not self._comma_before(c.last + 1) and self._word(c.last + 1).isalpha() \
            and not self._is_preposition(self._word(c.last + 1)) and not self._is_complementizer(self._word(c.last + 1))
        return "named" if named else None

    def _quantity_subject(self, c, last: int) -> bool:
        """`وأعرب 40 بالمئة عن`, `قال غالبيتهم إن`, `وأشار بعضها إلى`, `ويرى ربع المشاركين أن`: a number, a
        quantifier or a fraction (with its pronoun) right after a finite verb is the verb's subject, a
        share of a group: no speaker remembered from before."""
        if c.last >= last or self._is_participle(c.first) or ":" in self._gap(c.last) or self._gap(c.last)[-1:] in QUOTE_OPEN:
            return False  # (`وتابع: "معظم الشركات ..."`: the quotation's first word, not the subject)
        word = self._word(c.last)
        if word.isdigit():
            return True
        head = strip_article(word)
        if head in _QUANTITY_SUBJECTS:
            return True
        stem = next((head[:-len(p)] for p in ("هم", "ها", "هن") if head.endswith(p) and len(head) > len(p) + 1), "")
        return stem in _QUANTITY_SUBJECTS or stem[-1:] == "ت" and stem[:-1] + "ه" in _QUANTITY_SUBJECTS
        # (`بعضها`, `غالبيتهم`: a quantifier with its pronoun, the ة of `غالبية` written ت before it)

    def _titled_holder(self, c, last: int, by_first) -> bool:
        """`وأوضح وزير الداخلية X في مقابلة أن`: a title right after the verb and, one to three words on,
        the person who holds it (not one joined to `لـ`/`بـ`: `مستشار للرئيس X` advises X, who is no holder)."""
        holder = self._holder_after_title(c, last, by_first)
        return holder is not None and self._word(holder.first)[:1] not in "لب"

    def _reported_in_slot(self, c) -> bool:
        """`لكن مؤيديه قالوا إنه يتحدث`: an `أن`/`إن` or another verb of saying stands between `لكن` and
        the verb: the verb is inside what was reported, not the contrasting clause's own."""
        opener = next((k for k in range(c.first - 1, max(0, c.first - 5) - 1, -1) if self._word(k) in _CONTRAST_OPENERS), c.first)
        return any(self._is_complementizer(self._word(k)) or self.cues.match_at(self.tokens, k, stop=c.first) is not None
                   for k in range(opener + 1, c.first))

    def _contrast_clause_slot(self, c, first: int) -> bool:
        """`طلبت الكويت ...، لكن دبلوماسيين قالوا إن`: a clause opened by `لكن`/`بينما`/`فيما` has
        one to three words that may name a speaker right before its verb (no conjunction on it):
        they are its subject, so the sentence's earlier subject does not speak."""
        if self._is_participle(c.first) or self._word(c.first)[:1] in "وف" or c.first - first < 3:
            return False
        opener = next((k for k in range(c.first - 1, max(first, c.first - 5) - 1, -1)
                       if self._word(k) in _CONTRAST_OPENERS), None)
        if opener is None or opener <= first or not (self._comma_before(opener) or self._word(opener).startswith("و")):
            return False
        return 1 <= c.first - opener - 1 <= 3 and self._subject_words(opener + 1, c.first) \
            and not any(k in self.in_mention for k in range(opener + 1, c.first))

    def _named_in_apposition(self, name: Mention, c, first: int) -> bool:
        """`لكن المتحدث باسم الكرملين، ديمتري بيسكوف، قال إن`: a person named between commas right
        before a verb with no conjunction, after a short title opening the clause (the sentence,
        or a comma and `لكن`/`بينما`...): the subject, set off as an apposition."""
        if name.actor.actor_type != "person" or not self._comma_before(c.first) \
                or self._word(c.first)[:1] in "وف" or self._is_participle(c.first) or name.first <= first:
            return False
        bounds = self._clause_bounds
        i = bisect_left(bounds, name.first + 1) - 1  # (the mention may hold the title and its comma)
        if i >= 0 and bounds[i] == name.first:
            i -= 1
        a = bounds[i] if i >= 0 and bounds[i] > first else first
        if self._word(a) in _MAIN_CLAUSE_OPENERS or self._word(a) in _CONTRAST_OPENERS:
            a += 1
        if name.first == a:
            return any(self._comma_before(k) for k in range(name.first + 1, name.last))  # `لكن الوزير، X، قال`
        return self._comma_before(name.first) and 1 <= name.first - a <= 5 and all(
            self._word(k).isalpha() and not self._is_complementizer(self._word(k)) and self._word(k) not in self.relatives
            and self.cues.match_at(self.tokens, k, stop=name.first) is None for k in range(a, name.first))

    def _pluperfect_subject(self, cue: int, first: int, by_last) -> Mention | None:
        """`وكان الرئيس الفرنسي قد ندد`, `وكانت الوزارة أعلنت`: the subject of `كان ... (قد)`
        + past verb stands between the two: a named actor or a definite phrase no rule named."""
        slot = self._pluperfect_slot(cue, first)
        if slot is None:
            return self._pluperfect_across_commas(cue, first, by_last)
        kan, end = slot[0] - 1, slot[1]
        named = by_last.get(end)
        if named is not None and (named.first == kan + 1 or named.actor.actor_type == "person"):
            return named  # (`وكان وزير الخارجية الروسي سيرغي لافروف قد`: the person named after the title)
        phrase = self._noun_phrase_at(kan + 1, end)
        if phrase is not None and phrase.last == end:
            return phrase
        return None

    def _pluperfect_across_commas(self, cue: int, first: int, by_last) -> Mention | None:
        """`وكان مستشار الرئيس، فلان الفلاني، أعلن أن`, `وكان رئيس الوزراء، الذي ...، اعتبر أن`,
        `وكانت المنظمة التي ... ، قد أعربت عن`: a sentence opened by `كان` whose subject is set off
        by commas (an apposition, a description, a relative clause) before the past verb of saying
        (or its `قد`), with no conjunction on the verb: the subject is the person named between
        the last commas, else the actor or definite phrase right after `كان`. (The speaker of the
        sentence before does not say it.)"""
        if cue - 2 <= first or without_conjunction(self._word(first)) not in _PAST_AUXILIARIES:
            return None
        word = self._word(cue)
        with_qad = without_conjunction(self._word(cue - 1)) == "قد"
        end = cue - 1 if with_qad else cue
        if word[:1] in "وف" or self._is_participle(cue) or not (with_qad or analyse(word).past_shape) \
                or end - first > 30 or not self._comma_before(end) \
                or any(without_conjunction(self._word(k)) == "قد" for k in range(first + 1, end)):
            return None  # (`وكان X قد وصل، ...`: the clause of `كان` is complete before the comma)
        mentions = {m.first: m for m in by_last.values()}
        if cue + 1 in mentions:
            return None  # the verb has its own subject after it
        commas = [k for k in range(first + 2, end) if self._comma_before(k)]
        named = mentions.get(commas[-1]) if commas else None
        if named is not None and named.last == end and named.actor.actor_type == "person":
            return named  # `وكان مستشار الأمن القومي، فلان، أعلن`: the holder named in apposition
        head = mentions.get(first + 1)
        if head is not None and (not commas or head.last <= commas[0]):
            return head
        bound = commas[0] if commas else end
        phrase = self._noun_phrase_at(first + 1, bound)
        if phrase is None and self.describe is not None and bound - first <= 5:
            phrase = self.describe(first + 1, bound)  # `وكان رئيس وزراء كندا، ...`: an office no rule named
            if phrase is not None and phrase.last != bound:
                phrase = None
        if phrase is None and actor_lexicon().titles.match_at(self.tokens, first + 1, stop=first + 2) is not None:
            # `وكان رئيس وزراء كندا، ...`: an unnamed office holder of a named body speaks for that body
            phrase = next((m for m in mentions.values() if first + 1 < m.first and m.last == bound
                           and m.actor.actor_type != "person"), None)
        return phrase

    def _pluperfect_slot(self, cue: int, first: int) -> tuple[int, int] | None:
        """The tokens between `كان` and `قد` before a past verb (`وكان السفير ... قد صرح`), or
        between a clause-opening `كان` and the past verb itself (`وكان الجيش أعلن`): the subject's
        slot, filled (so no remembered speaker says it) whether or not a rule names it."""
        if cue - 1 <= first:
            return None
        with_qad = without_conjunction(self._word(cue - 1)) == "قد"
        end = cue - 1 if with_qad else cue
        kan = next((k for k in range(end - 1, max(first, cue - 8) - 1, -1)
                    if without_conjunction(self._word(k)) in _PAST_AUXILIARIES), None)
        if kan is None or kan + 1 >= end or any(self._comma_before(k) for k in range(kan + 1, cue)):
            return None
        if not with_qad and not self._bare_pluperfect(kan, cue, first):
            return None
        return kan + 1, end

    def _bare_pluperfect(self, kan: int, cue: int, first: int) -> bool:
        """`وكان الجيش أعلن سابقا أن`, `وكانت الوزارة قالت إن`: `كان` opening its clause, a subject
        of plain words, then a past verb of saying with no conjunction (not `وكان الوزير في باريس
        وقال`, nor a relative clause `كان الوزير الذي قال`)."""
        word = self._word(cue)
        if word[:1] in "وف" or self._is_participle(cue) or not analyse(word).past_shape:
            return False
        if not (kan == first or self._comma_before(kan) or self._word(kan).startswith("و")):
            return False
        return all(self._word(k).isalpha() and self._word(k) not in self.relatives and not self._is_preposition(self._word(k))
                   and not self._is_complementizer(self._word(k)) for k in range(kan + 1, cue))

    def _opening_subject_phrase(self, first: int, cue: int) -> Mention | None:
        """`ورد رئيس الوزراء الإيطالي الجديد على الرئيس الفرنسي، قائلا`: a sentence opened by a
        reporting verb whose subject is a definite phrase no rule named (ended by a preposition or
        a comma); a participle of saying later in the sentence shares that subject."""
        if first + 1 >= cue:
            return None
        verb = self.cues.match_at(self.tokens, first, stop=cue)
        word = self._word(first)
        if verb is not None and verb.value.kind == "verb":
            after = verb.last
        elif word[:1] in "وف" and getattr(self.cues.get(word[1:]), "kind", None) == "verb":
            after = first + 1  # `ورد`: a conjunction on a three-letter verb
        elif self._opens_with_past_verb(first):
            after = first + 1  # `وأشاد وزير الداخلية بجهود ...، قائلا`: any verb, its subject a title or body
        else:
            return None
        if after >= cue or after in self.in_mention:
            return None
        phrase = self._noun_phrase_at(after, cue)
        if phrase is None and after != first + 1 or phrase is not None and after == first + 1 and phrase.actor.actor_type == "other":
            return None
        # `وأضاف وزير الخارجية قائلا`: the phrase right after the verb may run up to a participle of
        # saying with no comma between — the verb's subject, which the participle shares
        reaches = self._is_participle(cue) and not self._comma_before(cue)
        if phrase is None:
            return self._bare_title_at(after, cue, reaches)  # `وانتقد الوزير قرار المحكمة، وقال`
        if phrase.last > cue or phrase.last == cue and not reaches or not (self._comma_before(phrase.last) or self._is_preposition(self._word(phrase.last))
                                      or self._word(phrase.last)[:1] == "ب" or not self._word(phrase.last).startswith("ال")):
            return None
        return phrase

    def _opens_with_past_verb(self, first: int) -> bool:
        """`وأشاد`, `وانتقد`, `فرحب`: a sentence opened by a conjunction and a past verb (a word of
        three to six letters, no article, no preposition, no name) whose subject follows."""
        word = self._word(first)
        analysis = analyse(word)
        stem = analysis.bare
        return bool(analysis.conjunction) and analysis.past_shape \
            and first not in self.in_mention and not self._is_preposition(word) and stem not in TIME_WORDS \
            and first + 1 < len(self.tokens) and self._word(first + 1).isalpha() and not self._is_preposition(self._word(first + 1))

    def _lam_of_name(self, m: Mention) -> bool:
        """`وقال لافروف`, `قال ليبرمان`: the `ل` opening the mention is the name's own first letter,
        not the preposition of an addressee or channel (`قالت لرويترز`)."""
        word = self._word(m.first)
        return word.startswith("ل") and word in normalize_phrase(m.actor.name_ar).split()

    def _issuer(self, j: int, last: int, by_first) -> Mention | None:
        """Whose statement the document noun at j is: the actor after `لـ` or `عن` within a few
        words (`بيان للرئاسة الفرنسية`, `بيان صادر عن الجيش`)."""
        return next((by_first[k] for k in range(j + 1, min(last, j + 4)) if k in by_first
                     and (self._word(k).startswith("ل") and not self._addressed(k) or self._word(k - 1) == "عن")), None)

    def _addressed(self, k: int) -> bool:
        """`للصحفيين`, `للقاضي`, `لرئيس الوزراء`: ل + people or a title, those a statement is made
        to (a sound masculine plural of people after `لل`), not whose statement it is."""
        word = self._word(k)
        return actor_lexicon().addressee(word) or word.startswith("لل") and word.endswith("ين") and len(word) >= 7

    def _after_time_adverbial(self, j: int, last: int) -> int:
        """`قال، أمس، ...`, `قال مساء أمس، ...`: the subject slot after a time adverbial of up to
        three words set off by a comma; else j."""
        k = j
        while k < min(last, j + 3) and self._time_word(k):
            k += 1
        return k if j < k < last and self._comma_before(k) else j

    def _named_after(self, source: Mention | None, j: int, last: int, by_first) -> tuple[Mention | None, int]:
        """`قال أحد المنظمين، واسمه ألكس مانسينغ، إن`: a speaker described, then named — the
        name is the source. Returns the source and the token after it."""
        if source is None or j + 1 >= last or without_conjunction(self._word(j)) not in _NAMING_WORDS:
            return source, j
        named = by_first.get(j + 1) or self._words_as_name(j + 1, last, after_naming_word=True)
        if named is None or named.actor.actor_type != "person":
            return source, j
        return named, named.last

    def _words_as_name(self, j: int, last: int, after_naming_word: bool = False,
                       before_title: bool = False) -> Mention | None:
        """One to three words up to a comma (or, with `before_title`, up to a title) that the
        context says are a name (after `واسمه`, before an apposed title), even if no lexicon
        knows them. A word that looks definite (`اليوم`; but also `ألكس` once normalised)
        passes only after `واسمه`."""
        lex = actor_lexicon()
        k = j
        while k < last and k - j < 3 and (k == j or not self._comma_before(k)):
            word = self._word(k)
            is_title = lex.titles.match_at(self.tokens, k, stop=last) is not None \
                or lex.person_nouns.match_at(self.tokens, k, stop=last) is not None
            if before_title and is_title and k > j:
                break  # `نيل باسو رئيس شرطة ...`: the title starts after the name
            if k in self.in_mention or not word.isalpha() or word in lex.name_end \
                    or word.startswith("ال") and not after_naming_word and not (before_title and self._foreign_al(k)) \
                    or is_title:
                return None  # (a title or role noun here is a description, not the name)
            k += 1
        if k == j or k >= last or not (self._comma_before(k) or before_title) or self._clause_break(j + 1, k):
            return None
        name = " ".join(self._word(x) for x in range(j, k))
        actor = pattern_person(name, name)
        return Mention(actor, j, k, self.tokens[j].start, self.tokens[k - 1].end)

    def _foreign_al(self, k: int) -> bool:
        """`ألفارو`, `ألكسندر`: a name opening with `أل` as written (hamza), which normalising folds to
        the article's letters, before a title (`_words_as_name` with `before_title`) names a person."""
        written = self._written(k).lstrip("\"«(").translate(UNMARKED)
        return self._word(k).startswith("ال") and not written.startswith("ال") and written[:1] != _ALEF_MADDA \
            and self._word(k) not in self.prepositions  # (`آل` opens a family's name: `تركي آل الشيخ`)

    def _delayed_subject(self, j: int, mentions: list[Mention]) -> Mention | None:
        """`قال، اليوم الثلاثاء، X إن` / `أعلن المبعوث الأممي إلى اليمن، مارتن غريفيث، أنه`: the first
        actor between the cue and the reported content, within a few words, not a `لـ` channel."""
        marker = self._content_marker(j, min(len(self.tokens), j + 15))
        if marker is None:
            return None
        found = [m for m in mentions if j <= m.first < min(marker, j + 10) and not self._word(m.first).startswith(("ل", "بال"))
                 and self._word(m.first) not in _ADVERBIAL_ACCUSATIVES  # (`ردا على سؤال`: no name)
                 and not self._clause_break(j, m.first) and not (m.first > j and self._word(m.first - 1) in self.prepositions)
                 and not (m.first > j and self._word(m.first - 1) == "ل")  # (`لـ"العربية"`: the channel, `لـ` written apart)
                 and not self._in_adjunct_after_subject(j, m.first) and not self._governed_through_head(j, m.first)
                 and not (m.first == j + 1 and m.actor.actor_type == "person" and self._bare_title_before(m.first))]
        # (`وقالت محامية X إن`: the person after an indefinite title is its genitive, the lawyer speaks)
        # (`وقال في مؤتمر مع المستشارة الألمانية ...، إن`: an object of a preposition does not speak)
        # `قالت السفيرة الأميركية في الأمم المتحدة، نيكي هايلي، إن`: the person speaks, not the body
        persons = [m for m in found if m.actor.actor_type == "person"]
        if len(persons) > 1 and persons[-1].last == marker and self._comma_before(persons[-1].first) \
                and self._comma_before(marker):
            # `قال المدير الفني لنادي X، ومدرب Y السابق، جورج سميث، إن`: after a chain of descriptions, the
            # name set off by commas right before the statement is whom they describe
            return persons[-1]
        return next(iter(persons), found[0] if found else None)

    def _governed_through_head(self, j: int, k: int) -> bool:
        """`وكتب بعد اجتماعه مع وزير الداخلية X`, `وأفادت السفارة في بيان على صفحتها في موقع X`: a
        preposition of an object (`مع`, `إلى`, `على`, `ضد`) then a title or person noun, or any
        preposition then an outlet's head right before it (`في موقع X`, `عبر حساب X`), and their words:
        the mention is the preposition's object (whom he met, where it was posted), not the subject.
        (`رئيس الأبحاث في شركة X Y`: a body after `في` is the title's, its holder Y speaks; `بيان نشر
        على موقع X`: a statement published on X's site is X's; `في وكالة ناسا Y`: Y holds a title.)"""
        for x in range(k - 1, max(j, k - 5) - 1, -1):
            if self._comma_before(x + 1) or not self._word(x).isalpha():
                return False
            word = self._word(x)
            if word in self.prepositions:
                if x + 1 >= k or any(without_conjunction(self._word(y)) in _PUBLISHING_VERBS for y in range(j, x)):
                    return False
                head = strip_article(self._word(x + 1))
                lex = actor_lexicon()
                person_head = lex.titles.match_at(self.tokens, x + 1, stop=x + 2) is not None \
                    or lex.person_nouns.match_at(self.tokens, x + 1, stop=x + 2) is not None
                return head in _CHANNEL_HEADS and x + 2 == k and self.tokens[j].bare not in _SOURCE_DOCUMENTS \
                    or person_head and word in _OBJECT_PREPOSITIONS
        return False

    def _in_adjunct_after_subject(self, j: int, k: int) -> bool:
        """`وكشف X، في الصفحة الرسمية للاتحاد على موقع فيسبوك، أن`: words right after the verb, then
        a comma and a preposition opening where or how it was said; an actor inside that adjunct
        is no subject (the words before the comma are), unlike one after a time adverbial set off
        by commas (`قال، اليوم الثلاثاء، X إن`)."""
        opened = next((x for x in range(j + 1, k + 1) if self._comma_before(x)), None)
        return opened is not None and (self._word(opened) in self.prepositions or self._word(opened) in ADJUNCT_OPENERS) \
            and any(self._word(x).isalpha() and not self._time_word(x) for x in range(j, opened))

    def _apposed_subject(self, j: int, last: int, mentions: list[Mention]) -> Mention | None:
        """A person set off by commas within a few words after the cue: the subject, described
        before its name (`وينفي مؤسس المنظمة، أكسيل ستيير، انتهاك`)."""
        for m in mentions:
            if j < m.first <= j + 10 and m.last < last and m.actor.actor_type == "person" \
                    and "،" in self._gap(m.first) and not self._clause_break(j, m.first) \
                    and ("،" in self._gap(m.last) or self._word(m.last) in GOVERNED_PREPOSITIONS and not self._is_participle(j - 1)):
                # (`وأشار ممثل المجموعة، رئيس اللجنة، ديفيد ماك إلى`: the name, then the preposition the verb governs)
                return m
        return None

    def _name_before_apposition(self, j: int, last: int) -> Mention | None:
        """`قال زوران ميلوفيتش، مدرب فريق الوحدة، إن`, `قال نيل باسو رئيس شرطة مكافحة الإرهاب،
        إن`: one to three words no rule named, then (a comma and) a title or role noun (`مدرب`, `الناطقة باسم`), then the reported content: the
        apposition tells that the words are a person's name, even one no lexicon knows."""
        lex = actor_lexicon()
        name = self._words_as_name(j, last, before_title=True)  # (`قال X، مدرب Y` or `قال X مدرب Y،`)
        if name is None or name.last - j < 2 and not self._comma_before(name.last):
            return None  # (one unknown word straight before a title may be a title's first word)
        k = name.last
        if lex.titles.match_at(self.tokens, k, stop=last) is None and lex.person_nouns.match_at(self.tokens, k, stop=last) is None:
            return None
        marker = self._content_marker(k, last)
        if marker is None and self._comma_before(name.last) and self._apposition_closed(k, last):
            # `أكد X، وزير العمل، ضرورة`: set off by commas, then what the verb reports as its object
            # (read by the actor rules when they can: they remember the name for its later mentions)
            described = self.describe(j, name.last) if self.describe is not None else None
            return described if described is not None and described.last == name.last else name
        if marker is None or marker - k > 12 or not (self._comma_before(marker) or ":" in self._gap(marker)
                                                     or self._bare_apposition_ends(j, name.last, marker)):
            return None  # the apposition is set off by commas and the statement follows it
        return name

    def _bare_apposition_ends(self, j: int, k: int, marker: int) -> bool:
        """`وقال X Y رئيس جمعية Z إن`: a name of two or three words, then a title with no comma or
        quotation anywhere up to the `أن`/`إن`: the title describes the name (not a time adjunct, `صباح
        أمس`, nor the opening words of a quotation, `"أخيرا بدأت الطفلة ... أنها`); not a statement
        whose issuer follows (`وجاء في بيان مشترك لمحامي X أن`: the title after `لـ` is the genitive's), nor
        a verb with its object (`كشفت شهادة نشرها فريق خبراء أن`: `فريق` a team there, not a rank)."""
        return k - j >= 2 and self._is_complementizer(self._word(marker)) and marker - k <= 8 \
            and actor_lexicon().titles.match_at(self.tokens, k, stop=marker) is not None \
            and not actor_lexicon().addressee(self._word(k)) and self.tokens[j].bare not in _SOURCE_DOCUMENTS \
            and self.tokens[j].bare not in _ANAPHORIC_SOURCES \
            and not any(self._time_word(x) or any(q in self._gap(x) for q in QUOTE_OPEN) for x in range(j, marker)) \
            and not any(self._word(x) in _PUBLISHING_VERBS or self._word(x).endswith(("ها", "هم")) for x in range(j, k)) \
            and not self._clause_break(j + 1, marker + 1)

    def _apposition_closed(self, k: int, last: int) -> bool:
        """The title at k, set off by a comma before it, closes with a comma within a few words,
        and a word follows in the same sentence."""
        closing = next((x for x in range(k + 1, min(last, k + 8)) if self._comma_before(x)), None)
        return closing is not None and closing + 1 < last and self._word(closing).isalpha()

    def _subject_phrase(self, c, last: int, by_first) -> Mention | None:
        """`وقالت الشرطة الاتحادية الإثيوبية إنها`, `وقالت لجنة المراقبة التابعة للجمعية، وهي
        ...، إن`: a definite noun phrase fills the subject slot between a verb of saying and its
        `أن`/`إن` or colon, though no rule names it — the speaker is that phrase, not someone
        remembered from earlier. Verbs that also name an action (`كشفت الأزمة أن`) often have a
        thing as subject and are left out."""
        if self._is_participle(c.first):
            return None
        j = c.last
        marker = self._content_marker(j, min(last, j + 15))
        if marker is None or marker == j or not (self._is_complementizer(self._word(marker)) or ":" in self._gap(marker)):
            return None
        phrase = self._noun_phrase_at(j, marker, by_first)
        phrase = self._title_of_body(phrase, marker, by_first)  # `الأمين العام للأمم المتحدة`
        if phrase is not None and c.value.needs_marker and phrase.actor.actor_type != "person":
            return None  # `كشفت الأزمة أن`: a thing reveals; a titled person (`وأصر وزير المالية`) speaks
        if phrase is not None and phrase.actor.actor_type == "other" and self._word(marker).startswith("ب") \
                and without_conjunction(self._word(c.first)).startswith(_OBJECT_BEFORE_BI_ANNA):
            return None  # `ووصف المحادثات بأنها بناءة`: what is described, the object; the subject is elsewhere
        if phrase is None or phrase.last < marker and not (self._comma_before(phrase.last)
                                                           or self._is_preposition(self._word(phrase.last))
                                                           or self._word(phrase.last) in self.relative_pronouns):
            return None  # the phrase must end where the subject slot does (`تحالف مصنعي السيارات الذي يمثل ...:`)
        return phrase

    def _title_of_body(self, phrase: Mention | None, end: int, by_first) -> Mention | None:
        """`الأمين العام للأمم المتحدة`, `المدير التنفيذي لمنظمة X`: a title phrase whose
        genitive is a named body joined by `لـ` — the person is the title with its body."""
        if phrase is None or phrase.actor.actor_type != "person" or phrase.last >= end:
            return phrase
        body = by_first.get(phrase.last)
        if body is None or not self._word(phrase.last).startswith("ل") or body.last > end \
                or body.actor.actor_type == "person" or self._comma_before(phrase.last):
            return phrase
        name = " ".join(self._word(x) for x in range(phrase.first, body.last))
        actor = pattern_person(name, name)
        return Mention(actor, phrase.first, body.last, phrase.start, body.end)

    def _noun_phrase_at(self, j: int, end: int, by_first=None) -> Mention | None:
        """A definite noun phrase of up to five words from token j that no rule named, ending at
        a comma, a preposition, a time word, a channel or `end`. A bare organisation head or
        title (`الوزارة`, `الرئيس`) refers back and is left to coreference; a word with a
        pronoun (`كلامها`) or a preposition (`للصحفيين`, `بالنسبة`) does not open one."""
        lex = actor_lexicon()
        k = j
        while k < end and k - j < 5 and (k == j or not self._comma_before(k)):
            word = self._word(k)
            if k in self.in_mention or not word.isalpha() or word in lex.name_end or self.tokens[k].bare in lex.name_end \
                    or self._is_preposition(word) or k > j and self._addressed(k) or k > j and by_first is not None and self._channel(k, end, by_first)[0] \
                    or k > j and self._word(k - 1).startswith("ال") and not word.startswith(("ال", "ل")) and word != "باسم" \
                    or k > j and strip_article(word) in _TIME_PERIOD_NOUNS and k + 1 < end and self._word(k + 1) in _TIME_MODIFIERS \
                    or k > j and word in ADJUNCT_OPENERS or k > j and self._second_body(k):
                break  # (`تعهد الرئيس بمحاسبة`, `انتقد الوزير قرار`: a definite noun takes only definite
                # adjectives; an indefinite word or `بـ` + verbal noun after it opens the object;
                # `عشية المباراة` is a time adjunct)
            k += 1
        if k == j:
            return None
        first_word = self._word(j)
        org = lex.speaker_org_heads.match_at(self.tokens, j, stop=k)
        title = lex.titles.match_at(self.tokens, j, stop=k) or lex.person_nouns.match_at(self.tokens, j, stop=k)
        if k - j == 1 and (org is not None or title is not None or self.tokens[j].bare in _ANAPHORIC_SOURCES):
            return None
        if not any(self._word(x).startswith(("ال", "لل")) for x in range(j, k)) or first_word.startswith(("لل", "بال")) \
                or len(first_word) > 3 and first_word.endswith(("ها", "هم", "هما", "هن")):
            return None
        name = " ".join(self._word(x) for x in range(j, k))
        kind = org.value["actor_type"] if org is not None else "person" if title is not None else "other"
        if kind == "other" and k - j == 2 and first_word in lex.one_word_given_names and self._word(j + 1).startswith("ال"):
            kind = "person"  # `قال ناصر القدوة، ...`: a known given name and a family name with the article
        elif kind == "other" and k - j == 1:
            named = self._person_by_family_name(j)
            if named is not None:  # `وأوضح القدوة أن`: the person named before by the full name
                return Mention(named.actor, j, k, self.tokens[j].start, self.tokens[j].end)
        actor = Actor(f"{'person' if kind == 'person' else 'org'}-{slug(name)}", name, None, kind, None,
                      org.value["sector"] or None if org is not None else None, None, "pattern")
        return Mention(actor, j, k, self.tokens[j].start, self.tokens[k - 1].end)

    def _second_body(self, k: int) -> bool:
        """`وحذرت المنظمة الحكومة من`: a definite head of a body right after a definite word is no
        adjective of it (a definite noun takes no definite genitive): it opens the verb's object."""
        if not self._word(k).startswith("ال") or not self._word(k - 1).startswith("ال"):
            return False
        lex = actor_lexicon()
        return lex.heads.match_at(self.tokens, k, stop=k + 1) is not None \
            or lex.speaker_org_heads.match_at(self.tokens, k, stop=k + 1) is not None

    def _name_after_description(self, j: int, last: int) -> Mention | None:
        """`وقال المتحدث باسم الشرطة، سيتيو واسيستو، في إفادة صحفية إن`: a title or role noun
        opens the subject slot and, after a comma within a few words, a name no lexicon knows is
        set off by another comma — the person described is the one named."""
        lex = actor_lexicon()
        if j >= last or (lex.titles.match_at(self.tokens, j, stop=last) is None
                         and lex.person_nouns.match_at(self.tokens, j, stop=last) is None):
            return None
        k = next((x for x in range(j + 1, min(last, j + 6)) if self._comma_before(x)), None)
        if k is None or self._clause_break(j + 1, k):
            return None
        name = self._words_as_name(k, last)
        if name is None or self._content_marker(name.last, last) is None and not (
                name.last < last and self._word(name.last) in GOVERNED_PREPOSITIONS):
            return None  # (`كشف رئيس الشرطة، X، عن مقتل`: the preposition the verb governs opens the content)
        return name

    def _unnamed_body_of_official(self, j: int, last: int) -> Mention | None:
        """`وقالت متحدثة باسم سويفت، التي ...، إن`: a spokesman of a body no rule names; the body
        is the one to three words after `باسم`, up to a comma or the content."""
        if j + 2 >= last or strip_article(self._word(j)) not in _OFFICIALS or self._word(j + 1) != "باسم":
            return None
        lex = actor_lexicon()
        k = j + 2
        while k < last and k - (j + 2) < 3 and (k == j + 2 or self.tokens[k].joined) and self._word(k).isalpha() \
                and k not in self.in_mention and self._word(k) not in lex.name_end and not self._is_complementizer(self._word(k)) \
                and not (k > j + 2 and self._addressee_word(k)):
            k += 1
        # (the body ends at a comma, the content, or whom it was said to: `متحدث باسم مستشفى X لبي بي سي "..."`)
        if k == j + 2 or k < last and not (self._comma_before(k) or self._is_complementizer(self._word(k))
                                           or self._addressee_word(k) and k - (j + 2) >= 2 and self._content_marker(k, last) is not None):
            # (a body of one word, `باسم الوزارة للصحفيين`, is only a head: the words name the speaker)
            return None
        name = " ".join(self._word(x) for x in range(j + 2, k))
        actor = Actor(f"org-{slug(name)}", name, None, "organization", None, None, None, "pattern")
        # (as in `_official_of`: `وقال متحدث باسم الحكومة إن ... . وأضاف أن`, the verb with its subject
        # dropped agrees with the spokesman, not with the body's feminine head)
        self.spokesman_gender[self.tokens[j + 2].start] = "f" if self._word(j).endswith("ه") else "m"
        return Mention(actor, j + 2, k, self.tokens[j + 2].start, self.tokens[k - 1].end)

    def _addressee_word(self, k: int) -> bool:
        """`لبي بي سي`, `للصحفيين`: a word opening with the preposition `لـ` (not the article)."""
        word = self._word(k)
        return word[:1] == "ل" and not word.startswith("ال") and len(word) > 2

    def _organ_of(self, j: int, last: int, by_first) -> Mention | None:
        """`القيادة العامة للقوات المسلحة الإماراتية`, `المكتب الإعلامي للحكومة العراقية`: the definite
        head of an organ, at most one adjective, then `لـ` + a named body (no person): the organ speaks
        for the body, as an unnamed official does. The body, as the whole phrase names it."""
        if j + 1 >= last or self._word(j) not in _ORGAN_HEADS:
            return None
        k = j + 1
        if k + 1 < last and k not in by_first and self._word(k).startswith("ال") and not self._comma_before(k):
            k += 1  # `العامة`, `الإعلامي`
        body = by_first.get(k)
        if body is None or self._comma_before(k) or not self._word(k).startswith("ل") or self._word(k).startswith("ال") \
                or body.actor.actor_type == "person":
            return None
        return Mention(body.actor, j, body.last, self.tokens[j].start, body.end)

    def _official_of(self, j: int, last: int, by_first) -> Mention | None:
        """`متحدث باسم X`, `مسؤول في X`, `المتحدث الرسمي باسم X`: an unnamed spokesman or
        official speaks for the body."""
        if j + 1 >= last:
            return None
        head = strip_article(self._word(j))
        if head not in _OFFICIALS and head not in _MEMBER_NOUNS:
            return None
        k = j + 2 if strip_article(self._word(j + 1)) in _OFFICIAL_ADJECTIVES else j + 1
        spoken_for = self._body_spoken_for(j, k) if k < last else None
        if spoken_for is not None:
            return spoken_for
        if k < last and self._word(k).startswith("بال") and k in by_first:
            body = by_first[k]  # `ضباط بالجيش الروسي`, `مسؤول بالوزارة`: `بـ` joined to the body's name
        elif k + 1 >= last or self._word(k) not in _OFFICIAL_OF_PREPOSITIONS:
            return None
        else:
            body = by_first.get(k + 1) if self._word(k) != "من" or head in _MEMBER_NOUNS else None
        if body is not None and body.actor.actor_type != "person":
            # `وقال متحدث باسم الوزارة إن ... . وأضاف أن`: the body speaks through a man (`متحدثة`: a
            # woman), and a verb with its subject dropped agrees with him, not with `الوزارة`
            self.spokesman_gender[body.start] = "f" if self._word(j).endswith("ه") else "m"
        return body

    def _body_spoken_for(self, j: int, k: int) -> Mention | None:
        """`وأعلنت الشرطة ... . وقال متحدث باسمها إن`: `باسم` with a pronoun after an official refers
        to a body that spoke in the last sentences, of the pronoun's gender (`ها` f, `ه` m, `هم`
        plural): that body speaks, through its unnamed official. The mention spans the official's words."""
        word = self._word(k)
        suffix = next((p for p in ("هم", "ها", "ه") if word.endswith(p) and word[:-len(p)] in _OFFICIAL_OF_PREPOSITIONS
                       and len(word) - len(p) > 1), None)
        if suffix is None:
            return None
        gender = {"ها": "f", "ه": "m"}.get(suffix)
        body = next((m for m, _ in reversed(self.speakers[-3:]) if m.actor.actor_type != "person"
                     and not m.actor.anonymous and (gender is None or self._speaker_gender(m) in (None, gender))), None)
        if body is None:
            return None
        return Mention(body.actor, j, k + 1, self.tokens[j].start, self.tokens[k].end)

    def _described_subject(self, j: int, last: int) -> Mention | None:
        """`وقال مسؤول نفط عراقي إن`: a speaker no actor rule named, between the cue and the
        reported content. (`يتحدث باسم "..."`: a word tying an official to his body, with no official
        before it, opens "in the name of", never a speaker.)"""
        if self.describe is None or j >= last or self._word(j) in _OFFICIAL_OF_PREPOSITIONS:
            return None
        marker = self._content_marker(j, last)
        if marker is not None:
            # (`وقال مسؤول لـ"العربية.نت" إن`: the described speaker ends before `لـ` written apart, the channel)
            # (`وقال المدرب الهولندي عشية المباراة إن`: nor does it run into an adjunct of time)
            marker = next((k for k in range(j + 1, marker) if self._word(k) == "ل" or self._word(k) in ADJUNCT_OPENERS), marker)
            return (self.describe(j, marker) or self._unnamed_role(j, marker)) if marker > j else None
        unnamed = self.describe(j, min(last, j + 4))  # `وأفادت تقارير بانضمام ...`: an unnamed source
        if unnamed is None or not unnamed.actor.anonymous or unnamed.last - j > 3:
            return None
        # a definite head takes only definite adjectives: `الخبراء [ارتفاع الأسعار]`
        if self._word(j).startswith("ال"):
            k = next((x for x in range(j + 1, unnamed.last) if not self._word(x).startswith("ال")), None)
            if k is not None:
                shorter = self.describe(j, k)
                return shorter if shorter is not None and shorter.actor.anonymous and shorter.last == k else None
        # an indefinite phrase does not run on into a definite word: `مسؤولون أكراد [التوصل]`
        if unnamed.last - j <= 2 or not self._word(unnamed.last - 1).startswith("ال"):
            return unnamed
        shorter = self.describe(j, unnamed.last - 1)
        return shorter if shorter is not None and shorter.actor.anonymous and shorter.last == unnamed.last - 1 else None

    def _described_by_clause(self, c, first: int) -> Mention | None:
        """`نحو 75 امرأة زعمن أنهن`, `وذكر مهندسون صمموا رماحا أن`, `أم أنجبت حديثا قالت إنها`: a
        finite verb of saying with no conjunction right after an indefinite person noun (person_nouns.tsv)
        and its adjective, no comma between, opens a clause describing that noun: the people it names
        say it (an unnamed source), not a speaker remembered from before."""
        k = c.first - 1
        if k < first or self._is_participle(c.first) or self._word(c.first)[:1] in "وف" and self.cues.get(self._word(c.first)[1:]) \
                or without_conjunction(self._word(c.first)) in _IMPERSONAL_VERBS \
                or self._comma_before(c.first) or k in self.in_mention:
            return None
        j = k - 1 if k - 1 >= first and actor_lexicon().person_nouns.match_at(self.tokens, k - 1, stop=k) is not None \
            and not self._comma_before(k) else k  # (`ناشط حقوقي قال`: the noun and its adjective)
        word = without_conjunction(self._word(j))
        if word.startswith("ال") or word in TIME_WORDS or self.tokens[j].bare in TIME_WORDS:
            return None  # (`والأحد قال`: Sunday, when it was said, not `أحد` (one of them))
        return self._unnamed_role(j, c.first)

    def _unnamed_role(self, j: int, marker: int) -> Mention | None:
        """`وقال ناشط حقوقي إن`, `وقال محلل سياسي إن`: an indefinite role noun (person_nouns.tsv)
        and one or two indefinite adjectives filling the subject slot up to the `أن`: an unnamed
        individual, an anonymous source."""
        if not 1 <= marker - j <= 3 or any(self._comma_before(k) or k in self.in_mention for k in range(j, marker)):
            return None
        lex = actor_lexicon()
        role = lex.person_nouns.match_at(self.tokens, j, stop=j + 1)
        words = [self._word(k) for k in range(j, marker)]
        if role is None or any(w.startswith(("ال", "لل", "بال")) or not w.isalpha() or w in self.prepositions for w in words):
            return None
        t0, t1 = self.tokens[j], self.tokens[marker - 1]
        phrase = self.text[t0.start:t1.end]
        actor = unnamed_source(phrase, phrase)
        return Mention(actor, j, marker, t0.start, t1.end)

    def _clause_subject(self, first: int, cue: int, mentions: list[Mention]) -> Mention | None:
        """The subject a subjectless cue verb shares: the actor opening the nearest earlier main
        clause — the sentence's first clause or one opened by `لكن`, `بينما`, `ثم`... —
        (`رحبت الحكومة اليمنية ...، وأكدت`, `لكن الجانب العراقي لم يكن منفتحا، وأكد`).
        Appositions (`، مارتن غريفيث،`) and subordinate clauses are skipped."""
        found = self._clause_bounds  # the tokens after a comma or semicolon
        bounds = found[bisect_left(found, first + 1):bisect_left(found, cue)]
        starts = [first, *bounds]
        ends = [*bounds, cue]
        main = self._after_adverbial(first, cue)  # `وفي وقت لاحق، تراجعت الشركة ...`
        for b, e in reversed(list(zip(starts, ends))):
            if b not in (first, main) and self._word(b) not in _MAIN_CLAUSE_OPENERS:
                continue
            opener = b + 1 if self._word(b) in self.adverbs or self._word(b) in ("قد", "لقد", "وقد") \
                or self._word(b) in _MAIN_CLAUSE_OPENERS else b  # (`كما أقرت المحكمة ...، مؤكدة`: the verb, then its subject)
            for m in mentions:
                if b <= m.first <= opener + 1 and m.last <= e and (e - b) > (m.last - m.first):
                    return m  # (`كذلك طالب وزير الخارجية ...`: after an adverb)
        return None

    def _fronted_topic(self, m: Mention, first: int) -> bool:
        """`وعن الفنان X قال`, `أما عن X فقال`: the mention stands in a phrase opened by `عن` (at most
        three words of description between) that opens its clause: a topic, not a subject."""
        for k in range(m.first - 1, max(first, m.first - 4) - 1, -1):
            if without_conjunction(self._word(k)) == "عن":
                return k == first or self._comma_before(k) or self._word(k - 1) == "اما"
            if self._comma_before(k + 1) or not self._word(k).isalpha():
                return False
        return False

    def _opens_clause(self, k: int) -> bool:
        """Token k starts a clause: after `أن`/`إن`, a comma or a main-clause opener."""
        prev = self._word(k - 1) if k > 0 else ""
        return self._is_complementizer(prev) or prev in _MAIN_CLAUSE_OPENERS or k in self._clause_bound_set
