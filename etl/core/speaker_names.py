"""Subjects after the verb, named or set off by commas: the first actor between the verb and
what it reports (`قال، الثلاثاء، X إن`), not the object of a preposition nor one inside an adjunct;
a person set off by commas (`مؤسس المنظمة، X،`); words no lexicon knows that an apposed title or
`واسمه` shows to be a name (`قال X، مدرب Y، إن`); and the slot after a time adverbial."""
from __future__ import annotations

from .actor_base import UNMARKED
from .actor_lexicon import Mention, actor_lexicon, pattern_person
from .claim_base import (ADJUNCT_OPENERS, CHANNEL_HEADS as _CHANNEL_HEADS, GOVERNED_PREPOSITIONS,
                         PUBLISHING_VERBS as _PUBLISHING_VERBS, QUOTE_OPEN)
from .lexicon import word_classes
from .morphology import strip_article, without_conjunction
from .speaker_words import SpeakerState, _ADVERBIAL_ACCUSATIVES, _ANAPHORIC_SOURCES, _SOURCE_DOCUMENTS

_NAMING_WORDS = word_classes()["naming_word"]
_ALEF_MADDA = chr(0x0622)  # `آل` (the family of), which normalising also folds to the article's letters
_OBJECT_PREPOSITIONS = word_classes()["object_preposition"]  # `مع`, `إلى`, `على`, `ضد`: a title after them is no subject
_STATE_CLAUSE_PRONOUNS = word_classes()["state_clause_pronoun"]  # `وهو`, `وهي`, `وهم`, `وهما`


class NamedSubjects(SpeakerState):
    """The subject after a verb of saying, named or shown to be a name."""

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

    def _holder_after_body(self, c, body: Mention, last: int) -> Mention | None:
        """`وقال رئيس البنك الدولي X Y إن`: an indefinite title right after the verb, the body it heads
        (in construct), then one to four words no rule knows running up to the `أن`/`إن` or colon: the
        title's holder, named by those words, speaks, not the body. (A definite word after the body is
        its adjective, `رئيس البنك الدولي السابق`; a preposition or time word opens an adjunct; a definite word
        with a clitic goes on with the body's name or opens a complement: `الصغيرة والمتوسطة`, `مدير X للتعليم`.)"""
        j = c.last
        lex = actor_lexicon()
        if body.first != j + 1 or body.actor.actor_type == "person" or self._word(j).startswith("ال") \
                or lex.titles.match_at(self.tokens, j, stop=j + 1) is None:
            return None
        marker = self._content_marker(body.last, last)
        if marker is None or not 1 <= marker - body.last <= 4 \
                or not (self._is_complementizer(self._word(marker)) or ":" in self._gap(marker)):
            return None
        for k in range(body.last, marker):
            word = self._word(k)
            if k in self.in_mention or not word.isalpha() or word in lex.name_end or self._comma_before(k) \
                    or self._gap(k)[-1:] in QUOTE_OPEN or word.startswith("ال") and not self._foreign_al(k) \
                    or word.startswith(("وال", "لل", "بال", "فال")) \
                    or lex.titles.match_at(self.tokens, k, stop=k + 1) is not None \
                    or lex.person_nouns.match_at(self.tokens, k, stop=k + 1) is not None \
                    or self._is_preposition(word) or self._is_complementizer(word) or self._time_word(k) \
                    or word in self.adverbs or word in self.relatives or word in ADJUNCT_OPENERS \
                    or word in _ADVERBIAL_ACCUSATIVES or self.cues.get(word) is not None:
                return None
        name = " ".join(self._word(x) for x in range(body.last, marker))
        return Mention(pattern_person(name, name), body.last, marker, self.tokens[body.last].start, self.tokens[marker - 1].end)

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
                 and not (m.first == j + 1 and m.actor.actor_type == "person" and self._bare_title_before(m.first))
                 and not self._after_state_clause_opener(j, m.first)]
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

    def _after_state_clause_opener(self, j: int, k: int) -> bool:
        """`وقال المدير في المخيم، وهو أكبر مجمع لاستقبال اللاجئين، إن`: a clause of state opened by `وهو`/`وهي`
        after a comma, holding token k (no comma closes it before k), describes what came before it; a name
        in it is no subject (`وقال، وهو يبتسم، الوزير X إن`: the name after the clause is)."""
        return any(self._comma_before(x) and self._word(x) in _STATE_CLAUSE_PRONOUNS
                   and not any(self._comma_before(y) for y in range(x + 1, k + 1)) for x in range(j + 1, k))

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
