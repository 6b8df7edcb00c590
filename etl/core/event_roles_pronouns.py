"""Pronouns for parties named before: an object pronoun on a verb or a preposition (`تتهمه`,
`التقى بها`), a possessive pronoun on a verbal noun (`لقائه`: its owner does it; `اعتقاله`: he
undergoes it) and the party it stands for."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention, person_gender
from .event_roles_words import (CONNECTIVES, FORCE_TYPES, POPULATION, PRONOUN_OBJECTS, RoleState, SOURCE_TYPES,
                                _COMPLEMENTIZERS, _OFFICIALS, _PARTICLES, _PREPOSITIONS, _PRONOUN_COMPLEMENTIZERS, _SETTING_WORDS,
                                patient_pronoun)
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import analyse, strip_article, without_conjunction

# nouns heading a possessed verbal noun (`عدم استجابته`, `ختام زيارته`): the trigger after them is a noun
_OWNED_NOUN_HEADS = word_classes()["owned_noun_head"]
_SUBORDINATORS = word_classes()["event_role_subordinator"]  # `عندما`, `كيف`: a verbal clause opens after them
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "IGO"})  # officials, who speak of the arrests they make, not their own
_OFFICIAL_SPAN = 4  # words from an official noun to the name of its holder (`المتحدث باسم الشرطة X`)


class PronounRules(RoleState):
    """Pronouns standing for parties named before."""

    def _antecedent(self, t0: int, mentions: list[Mention], source: Actor, suffix: str | None = None) -> Actor | None:
        """The party an object pronoun on the verb stands for: the latest actor named before the
        verb (in this sentence, else an earlier one) other than the verb's own subject, one no
        preposition governs first; not a news medium, named as where the words were told
        (`قال لشبكة ...`), not as a party; not a state for a masculine `ه` (a state is feminine:
        `وتتهمه أنقرة` is him, not a country), nor one person for a plural `هم`/`هما`."""
        # `يلتقي بهم`: a plural object is no one person (`قمتهما`, their summit, holds the subject too)
        object_pronoun = self._verb(t0) and not self._noun_by_shape(t0)

        def parties(named: list[Mention]) -> list[Mention]:
            return [m for m in reversed(named) if m.actor != source and m.actor.actor_type != "media"
                    and m.actor.actor_type in (*SOURCE_TYPES, POPULATION)
                    and not (suffix == "ه" and m.actor.actor_type in ("state", POPULATION))  # `ه`: one man
                    and not (object_pronoun and suffix in ("هم", "هما") and m.actor.actor_type == "person")]
        for named in (parties([m for m in mentions if m.last <= t0]), parties(self._earlier)):
            # in its sentence first; a subject or object before a name behind a preposition (`اجتماع للمجلس`)
            salient = next((m for m in named if not self._governed(m)), None) or next(iter(named), None)
            if salient is not None:
                return salient.actor
        return None

    def _pronoun_suffix(self, t0: int, t1: int, last: int) -> str | None:
        """The object pronoun on a preposition right after the trigger (`التقى بها`) or on a one-word
        trigger (`تتهمه`): `ه`, `ها`, `هم` or `هما`; None when there is none."""
        def suffix(word: str) -> str | None:
            return next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        for k in range(t1, min(last, t1 + 2)):
            word = without_conjunction(self.tokens[k].word)
            if word in PRONOUN_OBJECTS:
                return suffix(word)
        return suffix(without_conjunction(self.tokens[t0].word)) if t1 - t0 == 1 else None

    def _verb_object_pronoun(self, t0: int, t1: int, mentions: list[Mention] = ()) -> bool:
        """`تتهمه`, `يدعمها`, `استهدفهم`: a one-word verb trigger with an object pronoun; a bare
        `ه` counts on a present-tense verb, or on a past one right after its subject (`وكانت
        واشنطن دعته`: a noun's `ة` never follows a name); elsewhere it may be a noun's `ة`."""
        word = without_conjunction(self.tokens[t0].word)
        if word.endswith(("ه", "ها")) and self._possessed_noun(t0, t1, self._sentence_first):
            return False  # `إثر رفضها`: a noun after a preposition; its pronoun owns the act (`لقائهما`: both its parties)
        if self._object_pronoun(t0, t1):
            return True
        if t1 - t0 != 1 or not word.endswith("ه"):
            return False
        if analyse(word).present_strict and len(word) >= 5:
            return True
        after_subject = self.tokens[t0].joined and any(m.last == t0 for m in mentions)
        if after_subject and word.endswith(("ته", "اه", "وه")) and len(word) >= 4 and not self._noun(t0):
            return True
        # `عندما اعتقله الجيش`, `كيف أعدمه قناص`: a past verb of the lexicon with `ه` and its subject
        # named right after it (a noun's `ة` would be no verb: its stem alone is no trigger)
        before = without_conjunction(self.tokens[t0 - 1].word) if t0 > self._sentence_first else ""
        opens = self.tokens[t0].word != word or before in _SUBORDINATORS or before in CONNECTIVES or \
            before in _COMPLEMENTIZERS or before in _PARTICLES and before != "ما"  # `ما`: also `وهو ما نفته`
        # (not `الذي أبرمته إيران`, `قضية إدانة الحزب`: a relative clause's `ه` is its head, a noun's `ة` no pronoun)
        subject_after = opens and t1 < len(self.tokens) and self.tokens[t1].joined and \
            any(m.first == t1 and m.actor.actor_type in SOURCE_TYPES and not self._governed(m) for m in mentions)
        stem = word[:-1]
        return subject_after and len(stem) >= 3 and not self._noun(t0) and not analyse(word).present_strict and \
            self.triggers.has_word(stem)

    def _purpose_object_pronoun(self, t: PhraseMatch) -> bool:
        """`لإقناعها`, `لمساعدتهم`: a verbal noun of purpose with a pronoun: the one acted on, named before."""
        word = without_conjunction(self.tokens[t.first].word)
        return t.last - t.first == 1 and self._purpose(t) and word.endswith(("ها", "هم", "هما")) and len(word) >= 6

    def _possessed_noun(self, t0: int, t1: int, first: int) -> bool:
        """`خلال لقائه`, `إثر رفضها`, `عدم استجابته`: a one-word noun trigger carrying a possessive
        pronoun, known as a noun by the preposition or noun (`عدم`, `ختام`) it follows, not a verb
        with its object (`التقاه`)."""
        word = without_conjunction(self.tokens[t0].word)
        # a bare `ه` only after the `ت` of a feminine noun or a hamza (`زيارته`, `لقائه`): normalised,
        # a noun's own `ة` is a `ه` too (`المحادثة`)
        pronoun = word.endswith(("ها", "هم", "هما")) or word.endswith(("ته", "ايه", "اوه"))  # `ئ`, `ؤ` are normalised to `ي`, `و`
        if t1 - t0 != 1 or t0 <= first or word.startswith("ال") or not self.tokens[t0].joined:
            return False
        before = without_conjunction(self.tokens[t0 - 1].word)
        if not pronoun:  # `عن ارتياحه`, `قبل اجتماعه`: a derived verbal noun's bare `ه`, after a preposition
            charged = t1 < len(self.tokens) and self.tokens[t1].word.startswith("ب") and len(self.tokens[t1].word) > 3
            return self._verbal_noun_and_pronoun(word) and (before in _PREPOSITIONS or before in _SETTING_WORDS) and \
                not charged  # (`إلى اتهامه بتقويض`: he is accused, the pronoun is the object)
        return before in _PREPOSITIONS or before in _SETTING_WORDS or before in _OWNED_NOUN_HEADS or \
            self._object_after_opening_subject(t0)

    @staticmethod
    def _verbal_noun_and_pronoun(word: str) -> bool:
        """`ارتياحه`, `انتقاده`, `استعداده`: a derived verbal noun of five letters or more (`افتعال`,
        `انفعال`, `استفعال`, `تفعيل`) with a bare `ه`, which no `ة` of its own can be; not a hollow
        root's form X (`استقالة`, `استجابة`: their `ة`, normalised, reads `ه`)."""
        stem = word[:-1]
        if not word.endswith("ه") or len(stem) < 5 or stem.startswith("ال"):
            return False
        hollow_form_x = len(stem) == 6 and stem.startswith("است") and stem[4] == "ا"
        return not hollow_form_x and analyse(stem).verbal_noun and patient_pronoun(word) is None  # (`اعتقاله`: he undergoes it)

    def _object_after_opening_subject(self, t0: int) -> bool:
        """`وجددت الحكومة الأردنية رفضها لـ`, `أعلنت الحكومة رفضها`: right after the subject of the
        verb that opens the sentence (verb, subject, object), a word with a pronoun is that verb's
        object, a noun whose pronoun is the subject's (a second verb would need a conjunction)."""
        subject = next((m for m in self._clause_mentions if m.last == t0), None)
        if subject is None or not self.tokens[subject.first].joined:
            return False
        verb = subject.first - 1
        if verb > self._sentence_first and without_conjunction(self.tokens[verb - 1].word) in _PARTICLES:
            verb -= 1  # `وقد أعلنت الحكومة رفضها`: the verb after its particle
        if verb != self._sentence_first:
            return False
        opening = analyse(self.tokens[subject.first - 1].word)
        return not opening.definite and (opening.feminine_verb or opening.present_strict or opening.past_shape) and \
            opening.bare not in _PREPOSITIONS and opening.bare not in _SETTING_WORDS

    def _possessor(self, t0: int, t1: int, first: int, last: int, mentions: list[Mention]) -> Actor | None:
        """Whom a possessive pronoun on a verbal noun stands for: the subject the sentence is about,
        its first party no preposition governs (before the noun, or in the main clause after it:
        `وفي ختام لقائه بها، قال نتانياهو`), else the one who speaks in it, else the party that
        acted last in the text."""
        parties = [m for m in mentions if m.actor.actor_type in SOURCE_TYPES
                   and not self._governed(m) and not (t1 <= m.first <= t1 + 1)]  # not the noun's complement
        words = next((k for k in range(t1, last) if without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS
                      or self.tokens[k].word in _PRONOUN_COMPLEMENTIZERS), last)  # not in the words reported after
        subject = next((m for m in parties if m.last <= t0), None) or \
            next((m for m in parties if t1 < m.first and m.last <= words), None)
        if subject is not None and self._may_own(subject.actor, t0):
            return subject.actor
        if subject is not None:
            # `ندد ماكرون بموقف الحكومة الإيطالية إثر رفضها`: `ها` is no man's; the nearest party before that it may stand for
            owner = next((m.actor for m in reversed(mentions) if m.last <= t0 and m.actor.actor_type in SOURCE_TYPES
                          and self._may_own(m.actor, t0)), None)
            return owner or subject.actor
        if t0 - 1 > first and self._bare_title(t0 - 1) and (holder := self._title_holder(t0 - 1)) is not None:
            return holder  # `وأكد الرئيس دعمه`: his, the president named before
        # `وقال في ختام لقائه بها`: the dropped subject of the sentence's reporting verb, the one who spoke before
        return self._sentence_speaker(first, last, mentions) or self._last_source

    def _may_own(self, actor: Actor, t0: int) -> bool:
        """The possessive pronoun on tokens[t0] agrees with the actor in gender: `ها` stands for no
        man, a bare `ه` after a feminine noun's `ت` (`زيارته`) for no woman (a person whose given
        name tells the gender; any other party may be either)."""
        word = without_conjunction(self.tokens[t0].word)
        pronoun = "f" if word.endswith("ها") else "m" if word.endswith("ه") and not word.endswith(("هم", "هما")) else None
        gender = person_gender(actor)
        return pronoun is None or gender is None or gender == pronoun

    def _pronoun_patient(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention], event_type: str) -> Actor | None:
        """`اعتقاله`, `احتجازها`, `إطلاق سراحهم`: a verbal noun of force or release (event_roles.tsv
        role `patient`) ending the trigger with a possessive pronoun and no object after it: the
        pronoun is the one the act is done to (with an object after, `اعتقالها الصحفي`, it is the
        doer). It stands for the person named last before it (a group or crowd for `هم`), not the
        one who speaks in the sentence."""
        if event_type not in FORCE_TYPES | {"RETREAT", "THREATEN"}:
            return None
        suffix = patient_pronoun(without_conjunction(self.tokens[t.last - 1].word))  # (`باعتقاله` too)
        if suffix is None or self.text[t.end:self.tokens[t.last - 1].end]:
            return None  # the pronoun must end the trigger's own word, not a word of the phrase after
        after = t.last
        if after < last and self.tokens[after].joined and (
                any(m.first == after and not self._governed(m) for m in mentions) or
                without_conjunction(self.tokens[after].word).startswith("ال")):
            return None  # `بعد اعتقالها الصحفي`: its object follows, the pronoun is the doer
        return self._pronoun_referent(t.first, first, last, mentions, suffix)

    def _pronoun_referent(self, t0: int, first: int, last: int, mentions: list[Mention], suffix: str) -> Actor | None:
        """The one a patient's pronoun stands for: the person named last before tokens[t0] (a group
        or crowd for `هم`), not the one who speaks in the sentence; the speaker only when the text
        names no one else it may stand for (`وقال X إن اعتقاله جاء`: his own arrest)."""
        kinds = ("other", "armed_group", "media", "anonymous_source") if suffix in ("هم", "هما") else ("person",)
        speaker = self._sentence_speaker(first, last, mentions)
        for named in ([m for m in mentions if m.last <= t0], self._earlier):
            m = next((m for m in reversed(named) if m.actor.actor_type in kinds and m.actor != speaker), None)
            if m is not None:
                return m.actor
        if speaker is not None and speaker.actor_type in kinds and self._may_own(speaker, t0) and \
                speaker.sector not in _OFFICE_SECTORS and not self._official_speaker(speaker, mentions):
            return speaker
        return None

    def _official_speaker(self, speaker: Actor, mentions: list[Mention]) -> bool:
        """`قال المتحدث باسم الشرطة X`: the speaker is named as an official, who speaks of others'
        arrests, not his own (a government person, sector GOV, is one by the lexicon)."""
        said = next((m for m in mentions if m.actor == speaker), None)
        return said is not None and any(strip_article(without_conjunction(self.tokens[k].word)) in _OFFICIALS
                                        for k in range(max(self._sentence_first, said.first - _OFFICIAL_SPAN), said.first))

    def _patient_before_agent(self, t: PhraseMatch, first: int, last: int, mentions: list[Mention],
                              event_type: str) -> Actor | None:
        """`إثر إصابتها برصاص القوات`, `بعد اعتقاله على يد الشرطة`: a trigger that is an agent phrase
        (event_roles.tsv `agent`) right after a verbal noun of force with a possessive pronoun
        (role `patient`): the pronoun is the one hit, the person named before it."""
        if event_type not in FORCE_TYPES or t.first <= first or not self.tokens[t.first].joined:
            return None
        own = self.roles.match_at(self.tokens, t.first, stop=last)
        if own is None or own.value != "agent":
            return None
        suffix = patient_pronoun(without_conjunction(self.tokens[t.first - 1].word))
        if suffix is None:
            return None
        return self._pronoun_referent(t.first - 1, first, last, mentions, suffix)

    def _pronoun_object_after(self, t1: int, last: int) -> bool:
        """`التقى به`, `محادثات معهم`, `أطلقت النار عليه`: a preposition carrying a pronoun within
        the trigger's clause (two words after it at most) names as object a party named before."""
        for k in range(t1, min(last, t1 + 3)):
            if not self.tokens[k].joined:
                return False
            if without_conjunction(self.tokens[k].word) in PRONOUN_OBJECTS:
                return True
        return False

    def _object_pronoun(self, t0: int, t1: int) -> bool:
        """`الذين تدعمهم إيران`, `استهدفها الجيش`: a one-word verb trigger carrying its object as a
        pronoun, so the actor after it is its subject whatever stands before."""
        word = without_conjunction(self.tokens[t0].word)
        # not a bare `ه`: normalised, it is also a noun's `ة` (`مواجهة`)
        suffix = next((p for p in ("هما", "هم", "ها") if word.endswith(p)), None)
        if t1 - t0 != 1 or suffix is None or self._noun(t0) or self._object_after_opening_subject(t0):
            return False
        stem = word[:-len(suffix)]
        return len(stem) >= 3 and not (len(stem) >= 5 and stem[-2] in "اي")  # `استعداده`: a verbal noun's owner
