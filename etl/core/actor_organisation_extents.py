"""Where a body's name of common words ends: the field complement with لـ (`الاتحاد الدولي
[لكرة القدم]`), a second field joined by و (`وزارة التربية [والتعليم]`), adjectives of the field
or its complement, a mission (`[لمكافحة الفساد]`), conjunct chains; and the names a speaker-only
head takes (`لجنة التقييم`, `مكتب الرئيس الفرنسي`, `مركز البحرين لحقوق الإنسان`)."""
from __future__ import annotations

from .actor_base import STATE_BODY_ADJECTIVES, name_words
from .actor_lexicon import Mention
from .actor_organisation_words import (OrganisationState, _ORG_NAME_FIELDS, _TIME_ADJECTIVES, _ORDINALS,
                                       _ATTACHED_PREPOSITION_PRONOUNS, _TIME_NAME_ENDS, _DATE_NAME_ENDS)
from .lexicon import word_classes
from .matching import PhraseMatch
from .morphology import preposition_with_pronoun, strip_article
from .text import normalize_phrase

_QUANTIFIERS = word_classes()["quantifier"] | name_words("conjunct_quantity")
_OFFICE_HEADS = name_words("office_head")
_PREPOSITIONS = word_classes()["preposition"]  # (not `إن`: `قالت الوزارة المدنية [إنه]` opens what it said)
_COMMITTEE_HEADS = name_words("committee_head")  # `لجنة`: a speaker head that names a body in construct (below)
# adjectives of no nisba, participle or elative shape that close many bodies' names
# (`حزب المؤتمر الشعبي [العام]`, `الجيش السوري [الحر]`), without the article
_SHORT_NAME_ADJECTIVES = word_classes()["name_closing_adjective"]


class NameExtents(OrganisationState):
    """Where a body's name of common words ends."""

    def _field_adjective(self, k: int, last: int) -> bool:
        """`وزارة الأمن [الداخلي]`, `وزارة الشؤون [الخارجية]`, `وزارة الحالات [الطارئة] الروسية`: a
        definite adjective of the field word goes on a name whose head takes one field word (a
        ministry's), before any nationality (a date or weekday after the name is none: `وزارة الخارجية [الثلاثاء]`)."""
        word = self.tokens[k].word
        bare = strip_article(word)
        if bare.endswith(("ين", "ون")):
            return False  # `موظفي وزارة الخارجية [المحليين]`: a plural adjective agrees with the persons, no field
        return word.startswith("ال") and word not in self.lex.stop and bare not in _DATE_NAME_ENDS \
            and bare not in _TIME_NAME_ENDS and bare not in _TIME_ADJECTIVES and bare not in self.lex.name_end \
            and self._gentilic_after(k, last) is None and self._adjective_shaped(word) \
            and self.lex.names.match_at(self.tokens, k, max_words=1) is None

    def _adjective_shaped(self, word: str) -> bool:
        """Whether a definite word may be an adjective going on a body's name after its nisba
        adjective: a nisba or a sound plural (`الكردستاني`, `المسلحين`), a participle in م
        (`المسلحة`, `المستقلة`, `المتحدة`), an elative (`الأعلى`, `العليا`, `الكبرى`), an
        ordinal, or an adjective of the state-body class (`الجديدة`, `المؤقتة`). A noun after
        the adjective opens a new phrase, the verb's object (`السياسة`, `الإدارة`)."""
        bare = strip_article(word)
        return bare.endswith(("ي", "يه", "يا", "ين", "ون", "ان")) or bare.startswith("م") \
            or len(bare) == 4 and bare.startswith("ا") or bare in _ORDINALS or bare in STATE_BODY_ADJECTIVES \
            or bare in _SHORT_NAME_ADJECTIVES or not word.startswith("ال")

    def _conjunct_chain(self, k: int, last: int) -> bool:
        """`هيئة الاتصالات [وتقنية المعلومات]`: a conjunct that is a construct chain, definite by
        its genitive, goes on a name of common nouns (after a place, `جامعة القاهرة ومستشفى
        الشفاء`, it is a second body; `وبقية البلاد` is a quantity)."""
        if k + 1 >= last or not self.tokens[k + 1].joined or not self.tokens[k + 1].word.startswith("ال") \
                or self.tokens[k + 1].word in self.lex.stop:
            return False
        noun = self.tokens[k].word[1:]
        if not noun.endswith("ه") or noun in _QUANTIFIERS or self.lex.org_heads.can_start(noun) \
                or self.lex.speaker_org_heads.can_start(noun):
            return False  # (`وبقية البلاد`; `ورابطة الدوري` is a second body; a verb, `ويعارض`, ends no ة)
        return self.lex.names.match_at(self.tokens, k - 1, max_words=1) is None

    def _participle_with_complement(self, k: int, last: int) -> bool:
        """`المدعى [عليها]`, `المشار [إليها]`, `المعمول [بها]`: a definite participle (م-) whose
        complement is a preposition with a pronoun describes the body named before it; no name
        word takes such a complement."""
        word = self.tokens[k].word
        if not word.startswith("الم") or len(word) < 5 or k + 1 >= last or not self.tokens[k + 1].joined:
            return False
        after = self.tokens[k + 1].word
        return after in _ATTACHED_PREPOSITION_PRONOUNS or preposition_with_pronoun(after, _PREPOSITIONS)

    def _field_complement_end(self, k: int, last: int) -> int:
        """Where a name ends that may go on at token k with لـ and the field its body works in:
        `الاتحاد الدولي [لكرة القدم]`, `المنظمة العربية [لحقوق الإنسان]`, `الوكالة الدولية
        [للطاقة الذرية]`. The fields are a closed class: `لـ` + a verbal noun is mostly a
        purpose clause (`دعا الاتحاد لحماية المدنيين`), no part of the name."""
        if k >= last or not self.tokens[k].joined:
            return k
        word = self.tokens[k].word
        if not word.startswith("ل") or len(word) < 4 or (word[1:] not in _ORG_NAME_FIELDS
                                                         and word[2:] not in _ORG_NAME_FIELDS):
            return k
        end = k + 1
        if end >= last or not self.tokens[end].joined:
            return end
        after = self.tokens[end].word
        # an indefinite field takes its genitive (`لكرة القدم`, `لشؤون اللاجئين`); a definite
        # one an adjective (`للطاقة الذرية`)
        if after.startswith("ال") and after not in self.lex.stop and self._qualified(end, last, max_words=1) is None \
                and (not word.startswith("لل") or after.endswith(("ي", "يه"))):
            end += 1
        elif not word.startswith("لل") and end + 1 < last and self.tokens[end + 1].joined and after.isalpha() \
                and not after.startswith(("ال", "و")) and after not in self.lex.stop and strip_article(after) not in self.lex.name_end \
                and self.tokens[end + 1].word.startswith("ال") and self.tokens[end + 1].word not in self.lex.stop:
            end += 2  # `لدراسات [حقوق الإنسان]`: the genitive is itself a construct chain
        return end

    def _adjective_of_complement(self, k: int, last: int) -> int:
        """`المجلس الأعلى للقوات [المسلحة]`: a name that ends with its `لل` complement takes the
        complement's definite adjective (a feminine or nisba form) too; not after the one spoken
        to (`قال الاتحاد [للصحيفة] البريطانية`)."""
        if k >= last or not self.tokens[k].joined or self.lex.addressee(self.tokens[k - 1].word):
            return k
        word = self.tokens[k].word
        if not word.startswith("ال") or word in self.lex.stop or not word.endswith(("ه", "ي")) \
                or strip_article(word) in self.lex.name_end or self._gentilic_after(k, last) is not None:
            return k  # (a nationality after the complement is the body's own: read by the loop)
        return k + 1

    def _purpose_in_name_end(self, k: int, last: int) -> int:
        """`الهيئة الوطنية [لمكافحة الفساد]`, `الهيئة الدولية [لدعم حقوق] ...`: after a name closed by
        its nisba adjective, `لـ` + an indefinite verbal noun + a definite genitive is the body's
        mission, part of its name; the end of the name (k where there is none)."""
        if k + 1 >= last or not (self.tokens[k].joined and self.tokens[k + 1].joined):
            return k
        word, genitive = self.tokens[k].word, self.tokens[k + 1].word
        if not word.startswith("ل") or word.startswith("لل") or len(word) < 5 or self.lex.addressee(word) \
                or word[1:] in self.lex.stop or not word[1:].isalpha():
            return k
        if not genitive.startswith("ال") or genitive in self.lex.stop or strip_article(genitive) in self.lex.name_end \
                or self.lex.names.match_at(self.tokens, k + 1) is not None or self.lex.heads.match_at(self.tokens, k + 1) \
                or self.lex.collectives.match_at(self.tokens, k + 1, max_words=1) is not None:
            return k  # (`لحماية [النظام]`, `لمساعدة [إيران]`: an actor after it is the one acted on, no field)
        if self.lex.names.match_at(self.tokens, k) is not None or self.lex.org_heads.can_start(word[1:]):
            return k  # `المجلس التنفيذي [لصندوق النقد]`: the body it belongs to, named on its own
        # (a speaker-only head is a verbal noun here, `[لإدارة] الكوارث`: managing, the mission)
        return k + 2

    def _second_field(self, k: int, last: int) -> bool:
        """Whether token k is و + a definite field word after a definite word of the name."""
        if k >= last or not self.tokens[k].joined or not self.tokens[k - 1].word.startswith(("ال", "لل", "وال")) \
                or self._gentilic_after(k - 1, last) is not None:
            return False
        word = self.tokens[k].word
        return word.startswith("وال") and word[3:] in _ORG_NAME_FIELDS \
            and self.lex.names.match_at(self.tokens, k, max_words=1, stop=last) is None

    def _coordinated_field_end(self, k: int, last: int) -> int:
        """`وزارة التربية [والتعليم]`, `الهيئة الوطنية للنفط [والغاز]`, `المجلس الأعلى للشباب
        [والرياضة]`, `وزارة الخارجية [والتعاون الدولي]`: a name that ends with a definite field word
        goes on with a second field of the same body joined by و (the fields are a closed class:
        `وزارة الدفاع [والجيش]` joins another actor), with that field's adjective and the body's
        nationality after it; the end of the name (k where nothing is joined)."""
        end = k
        while end < last and end - k < 3 and self._second_field(end, last):
            end += 1  # (`مفوضية الإعلام [والثقافة] [والتعبئة] الفكرية`: several fields)
        if end == k:
            return k
        if end < last and self.tokens[end].joined and (g := self._gentilic_after(end, last)) is not None:
            return g.last  # `وزارة التربية والتعليم [السعودية]`
        after = self.tokens[end].word if end < last and self.tokens[end].joined else ""
        if after.startswith("ال") and after.endswith(("ي", "يه")) and after not in self.lex.stop \
                and strip_article(after) not in self.lex.name_end and self.lex.names.match_at(self.tokens, end, max_words=1) is None:
            end += 1  # `والتعاون [الدولي]`, `والشؤون [الاجتماعية]`: the field's adjective
            if end < last and self.tokens[end].joined and (g := self._gentilic_after(end, last)) is not None:
                end = g.last
        return end

    def _named_with_field(self, h: PhraseMatch, last: int) -> int | None:
        """`مركز البحرين [لحقوق الإنسان]`, `المكتب الوطني [للإحصاء]`, `مركز الخليج [للأبحاث]`: a
        speaker head, a state's name or one or two definite adjectives (after an indefinite head,
        any one definite word: `مركز الميزان`), then لـ and the field the body works in (a closed
        class) is one body's name; the end of the name, or None."""
        k = h.last
        if k >= last or not self.tokens[k].joined:
            return None
        state = self._qualified(k, last, max_words=2)
        person = self._person_after_head(k, last) if state is None else None
        if state is not None and state.start == self.tokens[k].start:
            k = state.last
        elif person is not None:
            k = person  # `مركز [الملك سلمان] للإغاثة`: a body named after a person, then its field
        else:
            while k < last and k - h.last < 2 and self.tokens[k].joined and self._nisba_after(k, last) \
                    and self.tokens[k].word not in self.lex.stop:
                k += 1
        if k == h.last and self.text[h.start:h.start + 2] != "ال" and (word := self.tokens[k].word).startswith("ال") \
                and word not in self.lex.stop and strip_article(word) not in self.lex.name_end \
                and self._field_complement_end(k + 1, last) > k + 1:
            k += 1  # `مركز [الميزان] لحقوق الإنسان`: an indefinite head's own name, a definite word, before the field
        if k == h.last:
            return None
        end = self._field_complement_end(k, last)
        if end == k and self._nisba_after(k - 1, last):
            end = self._purpose_in_name_end(k, last)  # `المركز الوطني [لمكافحة الإرهاب]`
        return self._coordinated_field_end(end, last) if end > k else None

    def _office_of_title(self, h: PhraseMatch, last: int) -> int | None:
        """`مكتب [رئيسة الوزراء البريطانية] تيريزا ماي`, `مكتب [الرئيس الفرنسي]`: an office head in
        construct with a definite title (and the nationality that qualifies it) names the office,
        a body of its own; the holder's name after it is a person. The end of the body's name, or None."""
        if normalize_phrase(h.value["head_ar"]) not in _OFFICE_HEADS:
            return None
        k = h.last
        if k >= last or not self.tokens[k].joined:
            return None
        t = self.lex.titles.match_at(self.tokens, k, stop=last)
        if t is None or t.first != k or t.start != self.tokens[k].start or "ال" not in self.text[t.start:t.end]:
            return None  # (`مكتب لرئيس ...`, `مكتب رئيس` name no office in particular)
        j = t.last
        while (g := self._gentilic_after(j, last)) is not None and not self.tokens[j].word.startswith(("و", "ب", "ل")):
            j = g.last  # (`[والروسية]` is a second nationality, no adjective)
        return j

    def _committee(self, h: PhraseMatch, k: int, last: int) -> Mention | None:
        """`لجنة التقييم`, `لجنة الخدمات المسلحة`, `اللجنة القضائية`: a committee's head in construct
        with the definite nouns after it (words h.last..k-1), or definite and followed by its nisba
        adjective, names a committee wherever it stands (other speaker heads need a nisba: `دائرة
        الضوء`, `جهاز الكمبيوتر`). A definite head's definite noun is its verb's object (`ورفضت
        اللجنة الطلب`)."""
        if normalize_phrase(h.value["head_ar"]) not in _COMMITTEE_HEADS or k == h.last:
            return None
        if self.text[h.start:h.start + 2] == "ال":
            if not self._nisba_after(h.last, last):
                return None
            k = h.last + 1
        while k > h.last and strip_article(self.tokens[k - 1].word) in self.lex.name_end:
            k -= 1  # (`لجنة التحقيق [الأحد]`)
        if k > h.last and self._nisba_after(k - 1, last) and (end := self._field_complement_end(k, last)) > k:
            k = max(end, self._adjective_of_complement(end, last)) if self.tokens[k].word.startswith("لل") else end
            # `اللجنة العليا [للانتخابات]`, `اللجنة الوطنية [للطاقة الذرية]`: the committee's field
        return self._organisation_mention(h, self._coordinated_field_end(k, last)) if k > h.last else None
