"""Is the subject slot filled: words after the verb that name a speaker no rule knows (`قال
توماس إنه`, `وصرح تالون "..."`), a body's head and its name, a share of a group (`قال غالبيتهم`), a
title and its holder, a title and the person in construct after it (`محامية X`), or the own subject
of a contrasting clause (`لكن دبلوماسيين قالوا`): then no speaker remembered from before says it."""
from __future__ import annotations

from .actor_lexicon import actor_lexicon
from .claim_base import QUOTE_OPEN
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speaker_words import SpeakerState, _ADVERBIAL_ACCUSATIVES, _CONTRAST_OPENERS, _OBJECT_BEFORE_BI_ANNA

_SAYING_VERBS = word_classes()["claim_saying_verb"]  # verbs of saying that take no noun object
_NAME_LINKS = word_classes()["name_link"]  # `ابن فارس`, `أبو X`: a kinship word opening a name, no title
_QUANTITY_SUBJECTS = word_classes()["quantifier"] | word_classes()["counting_word"] | word_classes()["claim_quantity_subject"]


class FilledSlots(SpeakerState):
    """Tests that the verb's subject slot holds a subject of its own."""

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
