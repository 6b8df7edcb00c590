"""Does an organisation head open a body's name: not where it is the act of organising
(`تنظيم مسيرة`), a district (`مديرية حيس`), a website posted on (`على موقع`), or the organ of a
body that is no government (`إدارة النادي`); and is what follows a definite head the verb's
object (`وحذرت المنظمة [الحكومة]`) or an indefinite construct chain that names the body
(`هيئة مكافحة التمييز`)."""
from __future__ import annotations

from .actor_base import name_words
from .actor_organisation_words import OrganisationState, _ORG_NAME_FIELDS
from .matching import PhraseMatch
from .morphology import clitic_preposition, preposition_with_pronoun, strip_article
from .text import normalize_phrase

_SITE_HEADS = name_words("site_head")
_SITE_PREPOSITIONS = name_words("site_preposition")  # `على موقع`: where something was posted
_ORGANISING_HEADS = name_words("organising_head")  # `تنظيم`, before an organised event (below)
_ORGANISED_EVENTS = name_words("organised_event")
_DISTRICT_HEADS = name_words("district_head")  # `مديرية`: a district before a place's name (below)
# kinds of body whose organs (`إدارة`, `رئاسة`) are no government
_NON_STATE_BODIES = frozenset({"organization", "political_party", "armed_group", "media", "international_org"})


class OrganisationHeads(OrganisationState):
    """Whether an organisation head opens a body's name, and what comes right after it."""

    def _organising(self, h: PhraseMatch, last: int) -> bool:
        """`لمنع [تنظيم] الانتخابات`, `الدعوة إلى [تنظيم] مسيرة`: a head that is also the verbal noun
        of organising, before an event (quoted too: `بتنظيم "مسيرات العودة"`), is the act of organising
        it, no body (`تنظيم القاعدة` is one)."""
        if normalize_phrase(h.value["head_ar"]) not in _ORGANISING_HEADS or h.last >= last \
                or self._gap(h.last).strip() not in ("", '"', "«", "“"):
            return False
        return strip_article(self.tokens[h.last].word) in _ORGANISED_EVENTS

    def _district_named(self, h: PhraseMatch, last: int) -> bool:
        """`مديرية حيس`, `مديرية الدريهمي`: an indefinite district head in construct with a word that
        is no field of a body (`مديرية [الأمن]`, `مديرية [التربية]`) nor a body's head (`مديرية
        [الشرطة]`) names the district, a unit of territory: a place, no body."""
        if normalize_phrase(h.value["head_ar"]) not in _DISTRICT_HEADS or self.text[h.start:h.start + 2] == "ال" \
                or h.last >= last or not self.tokens[h.last].joined:
            return False
        word = self.tokens[h.last].word
        bare = strip_article(word)
        return bare not in _ORG_NAME_FIELDS and self.lex.heads.get_word("ال" + bare) is None \
            and self.lex.heads.get_word(word) is None and self.lex.org_heads.get_word(bare) is None \
            and self.lex.speaker_org_heads.get_word(bare) is None

    def _organ_of_non_state_body(self, h: PhraseMatch, last: int) -> bool:
        """`إدارة مانشستر يونايتد`, `رئاسة الحزب`, `رئاسة الاتحاد الدولي لكرة القدم`: a state
        body's head (management, presidency) in construct with a club, party, company or
        international body names that body's organ; the body is the actor (an unnamed
        official of a named body is that body), found at its own name."""
        k = h.last
        if k >= last or not self.tokens[k].joined:
            return False
        head = self.lex.org_heads.match_at(self.tokens, k, max_words=1, stop=last)
        if head is not None and head.start == self.tokens[k].start:
            if normalize_phrase(head.value["head_ar"]) in _ORGANISING_HEADS and not self.tokens[k].word.startswith("ال"):
                return False  # `هيئة [تنظيم] الاتصالات`: the verbal noun of regulating, the body's field, no group
            return head.value["actor_type"] not in ("government", "military")
        known = self.lex.names.match_at(self.tokens, k, stop=last)
        if known is not None and known.start == self.tokens[k].start:
            return known.value.actor_type in _NON_STATE_BODIES
        return False

    def _object_after_head(self, k: int, last: int) -> bool:
        """`وحمّلت النقابة [الحوثيين] المسؤولية`: a group, a named person or armed group, or a
        named government body right after a definite head is the verb's object; the head alone
        refers back to its body."""
        if not self.tokens[k].word.startswith("ال"):
            return False  # (`الاتحاد [للعمال]`: a field, not an object)
        bare = strip_article(self.tokens[k].word)
        if (t := self.lex.titles.match_at(self.tokens, k, stop=last)) is not None and t.start == self.tokens[k].start \
                and not (t.last - t.first == 1 and len(bare) == 4 and bare[1] == "ا"):
            return True  # `وتتهم المنظمة [الرئيس الإسرائيلي]`: a holder of a post, the verb's object (a participle
            # فاعل is the body's adjective: `الحزب [الحاكم]`)
        if self.lex.collectives.match_at(self.tokens, k, max_words=1, stop=last) is not None:
            return True
        if self._body_head_noun_at(k, last):
            return True
        m = self.lex.names.match_at(self.tokens, k, stop=last)
        return m is not None and (m.value.actor_type in ("person", "armed_group")
                                  or m.value.actor_type == "government" and m.last - m.first >= 2)
        # (`وأمهلت المحكمة [الإدارة الأمريكية] أسبوعين`: a definite body of two words after the
        # definite head is another body, the object: one body's name does not hold another's)

    def _body_head_noun_at(self, k: int, last: int) -> bool:
        """`وحذرت المنظمة [الحكومة]`, `وطالبت الجمعية [الوزارة]`: a definite head noun of another body
        right after a definite head: one definite noun never takes another in construct, and a
        head noun is no adjective, so it opens the verb's object."""
        word = self.tokens[k].word
        bare = strip_article(word)
        if not word.startswith("ال") or word in self.lex.stop or bare.endswith(("ي", "يه", "يا", "ين", "ون")) \
                or len(bare) > 3 and bare[0] == "م" and bare[2] == "ا":
            return False  # (a nisba, `الخارجية`, or a participle مُفاعِل, `[المعارضة]`, may be the body's adjective)
        return any((h := m.match_at(self.tokens, k, max_words=1, stop=last)) is not None
                   and h.first == k and h.last == k + 1
                   for m in (self.lex.org_heads, self.lex.speaker_org_heads, self.lex.heads))

    def _construct_chain(self, h: PhraseMatch, last: int) -> bool:
        """`هيئة مكافحة التمييز`, `صندوق دعم الرياضة`, `شركة سكك الحديد`: an indefinite head, an
        indefinite noun and a definite genitive are one construct chain, definite by its last
        word, which names one body (`منظمة إرهابية`, `شركة تعمل الآن`: an adjective or a verb
        after the head describes a body, names none)."""
        k = h.last
        if k + 1 >= last or not (self.tokens[k].joined and self.tokens[k + 1].joined):
            return False
        word, genitive = self.tokens[k].word, self.tokens[k + 1].word
        stop = self.lex.stop
        if not word.isalpha() or len(word) < 3 or word.startswith("ال") or word in stop or word in self.lex.name_end \
                or clitic_preposition(word) or word[:1] in "وف" and word[1:] in stop or preposition_with_pronoun(word, stop):
            return False
        people = self.lex.collectives.get_word(word) is not None  # `مجلس [نواب] الشعب`: a plural of people, no verb in ن
        if word[:1] in "ين" and not people or word[:1] == "ت" and len(word) == 4 or word.endswith(("يه", "ي")) \
                or word.endswith("ت") and not (word.endswith("ات") and len(word) >= 5) \
                or not all("\u0621" <= c <= "\u064a" for c in word) or self.lex.gentilics.get_word(word) is not None \
                or self.lex.titles.has_word(word) or self.lex.person_nouns.get_word(word) is not None \
                or self.lex.given_names.get_word(word) is not None:
            return False  # a verb, a nisba adjective, a Latin word, a title, a person (`جماعة رجل الدين`, `رئاسة أنمار ...`;
            # a plural in -ات is a noun: `محكمة [جنايات] الجيزة`)
        if self.lex.org_heads.can_start(genitive) or self.lex.speaker_org_heads.can_start(genitive):
            return False  # `مجلس إدارة الشركة`: a part of the body named before, not a name
        return genitive.startswith("ال") and genitive.isalpha() and genitive not in stop \
            and strip_article(genitive) not in self.lex.name_end and self.lex.gentilics.get_word(genitive) is None

    def _site_as_place(self, h: PhraseMatch) -> bool:
        """A website head after `على`, `عبر`, `في` or with `ب` (`على موقع`, `بموقع`): the site where
        something was posted."""
        if normalize_phrase(h.value["head_ar"]) not in _SITE_HEADS:
            return False
        clitics = self.text[self.tokens[h.first].start:h.start]
        return "ب" in clitics or h.first > 0 and self.tokens[h.first].joined \
            and self.tokens[h.first - 1].word in _SITE_PREPOSITIONS
