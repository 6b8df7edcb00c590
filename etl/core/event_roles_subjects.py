"""Subjects of verbs that name no party or stand apart: an unnamed subject after or before the
verb (`وانتقد ناشطون`, `المسلحون هاجموا`), a subject in `ل` (`سبق لترامب أن`), a subject shared
by verbs joined by `و`, the traveller of a `حيث` clause, a verb after a fronted setting or clause, and
no subject for a verbal noun after a preposition of time (`بعد هجوم`: another act) or for a verb of
accusing read as passive (`واتهم فيها بالاعتداء`)."""
from __future__ import annotations

from .actor_lexicon import Mention, person_gender
from .event_roles_words import (CLAUSE_OPENERS, CONNECTIVES, FORCE_TYPES, RELATIVES, RoleState,
                                _COMPLEMENTIZERS, _NOUN_RELATIVES, _OFFICIALS, _PARTICLES, _PREPOSITIONS, _PRONOUN_COMPLEMENTIZERS,
                                _QUANTIFIERS, _SETTING_WORDS, _TIME_WORDS, office_head, preposition_pronoun,
                                role_words)
from .lexicon import word_classes
from .morphology import analyse, clitic_preposition, strip_article, without_conjunction

_DOCUMENT_NOUNS = word_classes()["document_noun"]  # `البيان`, `القرار`: speak for who issued them
_SUBJECT_PHRASE_SPAN = 3  # words a noun phrase naming no actor may take before its verb (`القوات الأمنية العراقية`)
_PARTNER_WORDS = word_classes()["event_role_partner_word"]  # `مع`, `بين`: name who one acts with or against


class SubjectRules(RoleState):
    """Subjects that name no party or stand apart from the verb."""

    def _where_clause_subject(self, t0: int, t1: int, actors: list[Mention]) -> Mention | None:
        """`وصل نتانياهو إلى باريس حيث يلتقي الرئيس ماكرون`: a meeting in a clause opened by `حيث`
        (where), a few words before it naming no party (`حيث يرتقب أن يلتقي`), goes on with the
        person the sentence is about, its first party no preposition governs: the one met is the
        object. Not when the verb carries its object as a pronoun (`حيث استقبله الملك`)."""
        if self._verb_object_pronoun(t0, t1, actors):
            return None
        for k in range(t0 - 1, max(self._sentence_first, t0 - 4) - 1, -1):
            if any(m.first <= k < m.last for m in actors) or not self.tokens[k + 1].joined:
                return None
            if without_conjunction(self.tokens[k].word) == "حيث":
                subject = next((m for m in actors if self._sentence_first <= m.first and m.last <= k
                                and not self._governed(m)), None)
                return subject if subject is not None and subject.actor.actor_type == "person" else None
        return None

    def _subject_in_lam(self, t0: int, mentions: list[Mention]) -> Mention | None:
        """`سبق لترامب أن انتقد`, `يمكن للحكومة أن ترفض`: after a verb that takes its real subject
        with `ل` (event_roles.tsv role `lam_subject`) the party in `ل`, right before the `أن` that
        opens the trigger's verb, does the act; so does a party in `على` there (`على إيران أن
        توقف`, `يجب على الحكومة أن`: the one bound to do it)."""
        if t0 - 2 < self._sentence_first or self.tokens[t0 - 1].word != "ان" or not self.tokens[t0].joined or \
                not self.tokens[t0 - 1].joined:
            return None
        m = next((m for m in mentions if m.last == t0 - 1), None)
        if m is None or m.first - 1 < self._sentence_first:
            return None
        k = m.first
        title = self._title_head_before(m)
        k = k if title is None else title
        if without_conjunction(self.tokens[k - 1].word) == "علي":
            return m  # `على إيران أن توقف`, `يجب على الحكومة أن`: the one bound to do it does it
        word = self.tokens[k].word
        if not (word.startswith("ل") and len(word) > 2 and self.tokens[k].joined):
            return None
        governor = without_conjunction(self.tokens[k - 1].word) if k - 1 >= self._sentence_first else ""
        return m if role_words("lam_subject").has_word(governor) else None

    def _after_fronted_clause(self, t0: int, t1: int, subject: Mention) -> bool:
        """`وبعد أن اتهمته إيران بالتجسس، أفرجت السلطات عن X`: a one-word verb right after the comma
        closing a clause of time or setting the sentence opens with: the main clause is verb-first,
        the party named in the fronted clause is none of its subject (not a subject set off by
        commas right before the verb, `الرئيس، X، التقى`, nor one a relative clause describes)."""
        if t1 - t0 != 1 or self.tokens[t0].joined or not self._verb(t0) or not self._opens_with_setting():
            return False
        return subject.last < t0 and not any(self.tokens[k].word in RELATIVES for k in range(subject.last, t0))

    def _unnamed_noun_before(self, k: int, mentions: list[Mention]) -> bool:
        """A word naming no actor stands right before tokens[k], joined to it, and is no particle,
        preposition, complementizer, relative pronoun or word of time: a noun, the subject of the
        verb at k (`17 طالبا أصيبوا`)."""
        if k <= self._sentence_first or not self.tokens[k].joined or \
                any(m.first <= k - 1 < m.last for m in (*mentions, *self._sentence_places)):
            return False  # (`السفارة في بغداد تعرضت`: a place closes the subject's phrase)
        if k - 2 >= self._sentence_first and without_conjunction(self.tokens[k - 2].word) in _PREPOSITIONS:
            return False  # `السفارة في العاصمة تعرضت`: a noun a preposition governs is no subject
        word = without_conjunction(self.tokens[k - 1].word)
        return word not in _PARTICLES and word not in _PREPOSITIONS and word not in _COMPLEMENTIZERS and \
            word not in _PRONOUN_COMPLEMENTIZERS and self.tokens[k - 1].word not in RELATIVES and \
            word not in CONNECTIVES and word not in CLAUSE_OPENERS and not self._time_word(k - 1)

    def _unnamed_subject_after(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`واحتج رئيس البلاد`, `وأدانت جماعات حقوقية`, `وانتقد ناشطون`: right after a verb trigger
        stands a noun that names no actor but heads its subject: the head of a title of office, an
        official, an indefinite sound plural (`-ون`, `-ات`) that names no act of its own (not
        `ونفذت هجمات`), a noun of kin or counsel in construct (`وتطالب عائلة X`), or a count or an
        amount of people after a verb not marked feminine (`واتهم ثلاثة محامين`, `عدد من`). The verb
        has a subject of its own: none carries on from the sentence before."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                any(m.first == t1 for m in mentions):
            return False
        word = without_conjunction(self.tokens[t1].word)
        if word.startswith("ال"):
            return self._agreeing_definite_subject(t0, t1, last)
        if word in _OFFICIALS or office_head(word):
            return True
        if role_words("kin_subject").has_word(word) and t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `وتطالب عائلة المتهمة`: a noun of kin or counsel in construct heads the subject
        if (self._count(t1) and not self._feminine_verb(t0) or strip_article(word) in _QUANTIFIERS) and \
                t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `واتهم ثلاثة محامين`, `واتهم عدد من المحامين`: counted people, the verb's own subject
        if word.endswith("و") and len(word) >= 5 and t1 + 1 < last and self.tokens[t1 + 1].joined and \
                without_conjunction(self.tokens[t1 + 1].word).startswith("ال"):
            return True  # `وحث مسؤولو الولاية`: a sound plural in construct keeps its nominative `و`: a subject
        if word.endswith("و") and word.startswith("م") and len(word) >= 5 and t1 + 1 < last and self.tokens[t1 + 1].joined:
            return True  # `ويتهم ممثلو ادعاء`: a participle's sound plural in construct, nominative, whatever its genitive
        if self._intransitive_form(t0) and word not in _TIME_WORDS and word not in _PREPOSITIONS and \
                word not in _PARTICLES and word.isalpha():
            return True  # `وانفجرت سيارة مفخخة`: a verb of form VII takes no object, the noun after is its subject
        if word in _TIME_WORDS or len(word) < 5 or not word.endswith(("ون", "ات")):
            return False
        if word.endswith("ات") and not (t1 + 1 < last and self.tokens[t1 + 1].joined and
                                        without_conjunction(self.tokens[t1 + 1].word) not in _PREPOSITIONS and
                                        not any(m.first == t1 + 1 for m in mentions)):
            # `ورفض تلميحات عن`, `ورفضت تصريحات الحوثيين`: a plural in `-ات` may be the object (a party's
            # words); a subject has its own words after it (`جماعات نسائية`)
            return False
        t = self.triggers.match_at(self.tokens, t1, stop=last)
        return t is None

    def _counted_subject_after(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`، ونفى خمسة منهم التهمة`, `، واتهم عدد من المحامين الحكومة`: a count (after a verb not
        marked feminine) or a quantifier right after a one-word verb that opens its clause (`و` after
        punctuation: verb-first) heads its subject, which names no party: the party named before in
        the sentence is not the doer. Not a count in the accusative (`وطرد 23 دبلوماسيا`, `عددا من`),
        the verb's object."""
        if t1 - t0 != 1 or t1 + 1 >= last or not self._verb(t0) or self.tokens[t0].joined or \
                without_conjunction(self.tokens[t0].word) == self.tokens[t0].word or \
                not (self.tokens[t1].joined and self.tokens[t1 + 1].joined) or any(m.first == t1 for m in mentions):
            return False
        word = without_conjunction(self.tokens[t1].word)
        if any(w.endswith("ا") and not w.endswith("ءا") for w in (word, self.tokens[t1 + 1].word)):
            return False  # (`أربعة دبلوماسيين`, `خمسة منهم`; not `23 دبلوماسيا`)
        return self._count(t1) and not self._feminine_verb(t0) or strip_article(word) in _QUANTIFIERS

    def _unnamed_nominative_after(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`ويتهم المنتقدون`, `وقال المراقبون`: right after a one-word verb trigger, a definite sound
        plural in the nominative (`ال...ون`) that names no party: only a subject takes that case."""
        if t1 - t0 != 1 or t1 >= last or not self.tokens[t1].joined or not self._verb(t0) or \
                any(m.first == t1 for m in mentions):
            return False
        word = without_conjunction(self.tokens[t1].word)
        return word.startswith("ال") and word.endswith("ون") and len(word) >= 7 and word not in _TIME_WORDS

    def _agreeing_definite_subject(self, t0: int, t1: int, last: int) -> bool:
        """`وناقشت العصابة`, `وحث القرار`: a definite noun right after the verb that agrees with it in
        gender (a feminine verb before `-ة`/`-ات`, a masculine one before neither) and names no act
        (`وأدانت الهجوم` is its object) is its subject; not a title or an official (`وأضاف الرئيس`,
        `وقال المتحدث` point back to the party named before), nor a document speaking for its
        author (`ودعت المسودة`, `وحث القرار`), nor a word of time."""
        word = without_conjunction(self.tokens[t1].word)
        if len(word) < 5 or word in _TIME_WORDS or word in _OFFICIALS or strip_article(word) in _OFFICIALS or \
                office_head(word) or strip_article(word) in _DOCUMENT_NOUNS or word in _DOCUMENT_NOUNS or \
                self.triggers.match_at(self.tokens, t1, stop=last) is not None:
            return False
        feminine_noun = word.endswith(("ه", "ات"))
        return feminine_noun == self._feminine_verb(t0)

    def _unnamed_subject_before(self, t0: int, t1: int, mentions: list[Mention]) -> bool:
        """`إن الحكومة قتلت المتظاهرين`, `المسلحون هاجموا القرية`: a definite noun phrase that names no
        actor stands right before a one-word verb trigger, opening its clause (at the sentence's
        start, after `أن`/`إن`, a connective or a clause opener): subject-first, that noun is the
        verb's subject, so the actor after the verb is its object, not its doer."""
        if t1 - t0 != 1 or t0 <= self._sentence_first or not self.tokens[t0].joined:
            return False
        if self._pluperfect_subject_unnamed(t0, mentions):
            return True
        verb = self.tokens[t0].word
        if analyse(verb).conjunction or self._noun(t0) or (verb.endswith("ه") and not analyse(verb).present_strict):
            return False  # a noun (`زيارة`); `والحكومة وقتلت`: a conjunction on the verb opens another clause
        covered = {k for m in mentions for k in range(m.first, m.last)}

        def definite(k: int) -> bool:
            word = without_conjunction(self.tokens[k].word)
            return word.startswith("ال") and len(word) > 3 and k not in covered and \
                word not in _TIME_WORDS and word not in RELATIVES and word not in _NOUN_RELATIVES  # `الذي غادر`

        head = t0 - 1
        if not definite(head):
            return False
        # adjectives agreeing with the head (`القوات الأمنية`), not past a conjunction (`والقرى`)
        while head - 1 >= self._sentence_first and t0 - head < _SUBJECT_PHRASE_SPAN and definite(head - 1) and \
                self.tokens[head].joined and self.tokens[head].word == without_conjunction(self.tokens[head].word):
            head -= 1
        if head - 1 >= self._sentence_first and self.tokens[head].joined and \
                self.tokens[head].word == without_conjunction(self.tokens[head].word) and \
                without_conjunction(self.tokens[head - 1].word) in _QUANTIFIERS:
            head -= 1  # `بعض الدول`, `معظم الفصائل`: a quantifier heads the phrase
        if head == self._sentence_first or self.tokens[head].word != without_conjunction(self.tokens[head].word):
            return True  # the sentence or a coordinated clause opens with it: `والشرطة اعتقلت`
        if not self.tokens[head].joined:
            return True  # `...، الشرطة اعتقلت`: it opens the clause after punctuation
        opener = without_conjunction(self.tokens[head - 1].word)
        return opener in _COMPLEMENTIZERS or opener in CLAUSE_OPENERS or opener in CONNECTIVES

    def _pluperfect_subject_unnamed(self, t0: int, mentions: list[Mention]) -> bool:
        """`وكانت شرطة مدينة ليدز قد اعتقلت X`: the subject of a pluperfect stands between `كان` and
        `قد`; words there naming no actor are an unnamed subject, so the actor after the verb is its
        object (`وكانت قد اعتقلت X`, with none between, goes on with a subject named before). Read only
        for a party right after the verb."""
        if t0 - 3 < self._sentence_first or without_conjunction(self.tokens[t0 - 1].word) not in _PARTICLES or \
                not all(self.tokens[k].joined for k in range(t0 - 1, t0 + 1)):
            return False  # (`قد`)
        if not any(m.first == t0 + 1 for m in mentions):
            return False  # only a party right after the verb may be taken for its subject (`اتفق مع X`: the one met)
        covered = {k for m in mentions for k in range(m.first, m.last)}
        for k in range(t0 - 2, max(self._sentence_first, t0 - 3 - _SUBJECT_PHRASE_SPAN) - 1, -1):
            word = without_conjunction(self.tokens[k].word)
            if word in _PARTICLES:  # `كانت`: the subject's words lie between it and `قد`
                return k < t0 - 2 and not analyse(word).present_strict and word != without_conjunction(self.tokens[t0 - 1].word)
            if k in covered or not self.tokens[k + 1].joined:
                return False
        return False

    def _owns_judged_thing(self, t0: int, t1: int, m: Mention, event_type: str) -> bool:
        """`واستنكرت ممارسات الحوثيين`, `ورفض تصريحات الوزير`: a noun of a statement, policy or deed
        (event_roles.tsv role `judged_thing`) right after a verb of judging or asking, with the actor
        in construct after it: the actor owns the verb's object, the verb's subject is dropped."""
        if event_type in FORCE_TYPES or t1 - t0 != 1 or m.first != t1 + 1 or not self._verb(t0) or \
                not (self.tokens[t1].joined and self.tokens[m.first].joined):
            return False
        return (role_words("judged_thing").has_word(without_conjunction(self.tokens[t1].word)) or
                self._judged_act(t1, m)) and not self._governed(m)

    def _judged_act(self, t1: int, m: Mention) -> bool:
        """`وانتقد احتلال X`, `ورفض انسحاب X`: an indefinite noun of an act (an event trigger of its
        own, no article, no proclitic) judged by the verb before it; the party after it is its genitive."""
        word = without_conjunction(self.tokens[t1].word)
        return not word.startswith("ال") and not clitic_preposition(word) and \
            self.triggers.match_at(self.tokens, t1, stop=m.first) is not None

    def _owns_judged_thing_in_phrase(self, t1: int, m: Mention) -> bool:
        """`وندد بقرار X`, `التنديد بانسحاب X`, `رفضه لقرار X`: right after the trigger a noun with
        the preposition `ب`/`ل` on it names what is judged or asked for, a statement or policy
        (event_roles.tsv role `judged_thing`) or an act (an event trigger), and the actor in
        construct after it owns that thing: its genitive, never the trigger's subject."""
        if m.first != t1 + 1 or t1 >= len(self.tokens) or not (self.tokens[t1].joined and self.tokens[m.first].joined):
            return False
        word = without_conjunction(self.tokens[t1].word)
        if not clitic_preposition(word):
            return False
        return role_words("judged_thing").has_word(word[1:]) or \
            self.triggers.match_at(self.tokens, t1, stop=m.first) is not None

    def _opens_with_setting(self) -> bool:
        """The sentence opens with a preposition or adverbial of setting (`وفي اجتماع`, `وخلال لقاء`)."""
        word = without_conjunction(self.tokens[self._sentence_first].word)
        return word in _PREPOSITIONS or word in _SETTING_WORDS

    def _after_fronted_setting(self, t0: int, t1: int) -> bool:
        """`وفي اجتماع مع مسؤولي الحكومة تعهد العبادي`: a one-word verb trigger after a setting the
        sentence opens with (no reported words or relative clause between, `وبعد أن اجتمع`): the
        main clause is verb-first, the actors before it belong to the setting, not its subject."""
        if t1 - t0 != 1 or t0 <= self._sentence_first + 1 or not self._opens_with_setting():
            return False
        verb = without_conjunction(self.tokens[t0].word)
        if self._noun(t0) or (verb.endswith("ه") and not analyse(verb).present_strict) or verb != self.tokens[t0].word:
            return False  # a noun (`زيارة`), or a verb conjoined to another clause (`وتعهد`)
        between = range(self._sentence_first + 1, t0)
        return not any(without_conjunction(self.tokens[k].word) in _COMPLEMENTIZERS or self.tokens[k].word in RELATIVES
                       for k in between)

    def _dated_by_other_act(self, t0: int, t1: int) -> bool:
        """`ردت إسرائيل بعد هجوم صاروخي`, `استدعت الوزارة السفير عقب اعتقال صحفي`: a verbal noun right
        after a preposition of time (event_roles.tsv role `sequel`) names an act before or after the
        clause's own, which the clause's subject does not do; not with a possessive pronoun, the
        subject's own act (`غادر بعد لقائه`), nor with a partner or a pair after it (`مع X`, `بين X وY`)."""
        if t0 <= self._sentence_first or not self.tokens[t0].joined or self._verb(t0) or \
                not role_words("sequel").has_word(without_conjunction(self.tokens[t0 - 1].word)):
            return False
        if any(without_conjunction(self.tokens[k].word) in _PARTNER_WORDS and self.tokens[k].joined
               for k in range(t1, min(t1 + 2, len(self.tokens)))):
            return False  # `بعد معارك عنيفة مع X`, `بعد تهديدات متبادلة بين X وY`: the subject may be a party
        return all(analyse(self.tokens[k].word).pronoun_suffix == "" for k in range(t0, t1))

    def _passive_charge(self, t0: int, t1: int, last: int, mentions: list[Mention]) -> bool:
        """`وقد اتهم في 2015 بتحويل أموال`, `واتهم فيها بالاعتداء`: a one-word verb of accusing with its
        charge (`بـ` and a verbal noun) right after it (a time, a preposition with a time or a pronoun
        between at most) has no object, which the active verb takes before the charge: it is passive,
        its subject the accused, no accuser named."""
        if t1 - t0 != 1 or not role_words("accusing_verb").has_word(without_conjunction(self.tokens[t0].word)):
            return False  # (`ندد بـ`: a verb whose object takes `بـ`)
        k = t1
        if k < last and self.tokens[k].joined and preposition_pronoun(self.tokens[k].word):
            k += 1  # `فيها`
        elif k + 1 < last and self.tokens[k].joined and self.tokens[k + 1].joined and \
                without_conjunction(self.tokens[k].word) in _PREPOSITIONS and self._time_word(k + 1):
            k += 2  # `في 2015`
        while k < last and self.tokens[k].joined and self._time_word(k):
            k += 1
        if k >= last or not self.tokens[k].joined or any(m.first == k for m in mentions):
            return False  # (`واتهمت بريطانيا روسيا`: a party whose name opens with `ب`)
        word = without_conjunction(self.tokens[k].word)
        charge = analyse(word[1:])
        return word.startswith("ب") and (charge.definite or charge.verbal_noun) and word[1:] not in _COMPLEMENTIZERS

    def _opening_subject_shared(self, t0: int, subjects: list[Mention],
                                mentions: list[Mention]) -> tuple[Mention | None] | None:
        """`واتهمت الحكومة الحركة بتنفيذ الهجوم وتوعدت بملاحقة عناصرها`: a verb joined by `و` with
        its subject dropped shares the subject of the verb its sentence opens with (a party named
        right after that verb, or a subject naming none: `اتهم الرئيس الأمريكي إيران ... وهدد`),
        not the party nearest before it (that verb's object). Only when both verbs agree in gender,
        no `أن`/`إن` or relative pronoun opens another clause between, and the verb does not stand
        right after a party (`الحركة وافقت`: `و` may be the root's own). Returns the shared
        subject (None: it names no party) in a tuple, or None when the rule does not apply."""
        first = self._sentence_first
        nearest = subjects[-1] if subjects else None
        if nearest is None or nearest.last >= t0 or t0 - first < 3 or \
                analyse(self.tokens[t0].word).bare == self.tokens[t0].word or not self._verb(t0):
            return None
        opener = analyse(self.tokens[first].word)
        if not (opener.past_shape or opener.present_strict) or opener.definite or \
                self.triggers.match_at(self.tokens, first, stop=t0) is None and not opener.past_shape:
            return None
        opening = subjects[0]
        named = opening is not nearest and self._right_after(first + 1, opening) and \
            not self._governed(opening)
        head = without_conjunction(self.tokens[first + 1].word)
        unnamed = office_head(head) or strip_article(head) in _OFFICIALS or \
            self._unnamed_subject_after(first, first + 1, t0, mentions)
        if not named and (any(m.first <= first + 1 for m in mentions) or not unnamed):
            return None
        if opener.feminine_verb != self._feminine_verb(t0):
            return None  # `اتهمت الحكومة الوزير ... وقال`: the later verb has a subject of its own
        start = opening.last if named else first + 1
        if analyse(self.tokens[t0].word).bare.endswith("نا") or \
                any(c in self.text[self.tokens[start].start:self.tokens[t0].start] for c in "\"«»“”:"):
            return None  # `قال فيه ... وتوصلنا`: words quoted in the first person have a speaker of their own
        between = [without_conjunction(self.tokens[k].word) for k in range(start, t0)]
        if any(w in _COMPLEMENTIZERS or w in _PRONOUN_COMPLEMENTIZERS or w in RELATIVES for w in between):
            return None
        return (opening if named else None,)

    def _disagrees_in_gender(self, t0: int, m: Mention) -> bool:
        """`وقال أوربان ...، وأيدت`: a verb marked feminine does not have a man, known by his given
        name, as its subject (MSA agreement); not across a quotation, where a `ت` may be the first
        person (`كتب X: "رحبت`)."""
        if person_gender(m.actor) != "m" or not analyse(self.tokens[t0].word).feminine_verb:
            return False
        return not any(c in self.text[m.end:self.tokens[t0].start] for c in "\"«»“”:")
