"""Quotes after a body's head: a quoted name (`الصحيفة البريطانية "ذا ميرور"`), a known
name the quotes hid from the lexicon (`وكالة "فرانس برس"`), or what the body said or was called
(`"سنواصل العمل"`, `منظمة "إرهابية"`); and the two bodies after a dual head (`لقناتي "العربية"
و"الحدث"`)."""
from __future__ import annotations

from dataclasses import replace

from .actor_lexicon import Actor, Mention
from .actor_organisation_words import OrganisationState, _NO_QUOTES
from .ids import slug
from .matching import PhraseMatch
from .morphology import clitic_preposition
from .text import normalize_phrase

_NOT = "غير"  # `غير الحكومية`: the one word that negates an adjective


class QuotedNames(OrganisationState):
    """Names and statements in quotes after a head, and the bodies of a dual head."""

    def _quoted_name_after_description(self, h: PhraseMatch, end: int, last: int) -> Mention | None:
        """`الصحيفة البريطانية "ذا ميرور"`, `المنظمة الحقوقية "العدالة أولا"`, `الناقلة الوطنية
        "X"`: a body described by its head and definite words (its nationality, its kind), then its
        name in quotes: the quoted name names the body (a known one is the lexicon's). Not what the
        body said (`_quoted_statement`), nor a quoted label (`"إرهابية"`)."""
        if end <= h.last or end >= last or not all(self.tokens[x].word.startswith(("ال", "وال", "لل"))
                                                    for x in range(h.last, end)):
            return None
        if end + 1 < last and self.tokens[end].word == _NOT and self.tokens[end].joined \
                and self.tokens[end + 1].joined and self.tokens[end + 1].word.startswith("ال"):
            end += 2  # `المنظمة الإسرائيلية [غير الحكومية] "X"`: a negated adjective describes it too
        quoted_end = self._quoted_name_end(end, last)
        if quoted_end is None or self._quoted_statement(end, quoted_end):
            return None
        first = self.tokens[end].word
        if first in self.lex.stop or not first.isalpha() or clitic_preposition(first) or first[:1] in "بلك" and first[1:3] == "ال":
            return None  # `ووصفت الحركة "[بالخطيرة]"`: what it called something, no name
        if quoted_end - end == 1 and first.endswith(("يه", "ي")) and self.lex.names.get_word(first) is None:
            return None  # `الحركة الإسلامية "إرهابية"`: a label, no name
        known = self.lex.names.match_at(self.tokens, end, stop=quoted_end)
        if known is not None and known.last == quoted_end and known.value.actor_type != "person":
            return Mention(known.value, h.first, quoted_end, h.start, self.tokens[quoted_end - 1].end)
        if known is not None:
            return None  # (a known person's name in quotes is no body's)
        start, stop = self.tokens[end].start, self.tokens[quoted_end - 1].end
        name = " ".join(normalize_phrase(self.text[start:stop]).translate(_NO_QUOTES).split())
        r = h.value
        actor = Actor(f"org-{slug(name)}", self._written(start, stop, name), None, r["actor_type"], None,
                      r["sector"] or None, None, "pattern")
        self._remember_org(h.first, actor)
        return Mention(actor, h.first, quoted_end, start, stop)
        # (the description's words are the mention's, its written form is the name alone: the form
        # the warehouse shows the body by)

    def _quoted_known(self, h: PhraseMatch, end: int) -> Mention | None:
        """`وكالة "فرانس برس"`: the quoted name (or the head with it) is a lexicon actor's name,
        which the quotes kept the lexicon from reading."""
        for k in (h.last, h.first):
            m = self.lex.names.match_at(self.tokens, k, stop=end)
            if m is not None and m.last == end and m.value.actor_type != "person" and m.value.actor_type != "state":
                return Mention(m.value, h.first, end, h.start, self.tokens[end - 1].end)
        return None

    def _quoted_name_end(self, j: int, last: int) -> int | None:
        """The token after a name of 1–4 words in quotes that starts at token j, or None (a
        quotation opening with a function word, `للصحيفة "هذا الأمر ..."`, is a statement)."""
        if j >= last or self._gap(j).strip() not in ('"', "«", "“", '" ', "«"):
            return None
        for k in range(j + 1, min(last, j + 4) + 1):
            gap = self._gap(k) if k < len(self.tokens) else '"'
            if any(q in gap for q in '"»”'):
                # (`"إن دي تي في"`: letter names spell an acronym, though `إن` is a function word)
                return k if self.tokens[j].word not in self.lex.stop or self._letter_names_end(j, k) == k else None
            if gap.strip():
                return None
        return None

    def _quoted_adjective(self, h: PhraseMatch, end: int) -> bool:
        """`منظمة "إرهابية"`, `تنظيم "إرهابي"`: one quoted word that is a nisba adjective agreeing
        with an indefinite head (feminine يّة after a head in ة, masculine يّ after one without), or
        a feminine participle after a feminine head, describes the body; news quotes the label it
        is given, not its name."""
        if end - h.last != 1 or self.text[h.start:h.start + 2] == "ال":
            return False
        word, head = self.tokens[h.last].word, self.tokens[h.last - 1].word
        if word.startswith("ال") or len(word) < 5 or self.lex.names.get_word(word) is not None:
            return False
        if head.endswith("ه"):  # (a participle is such a label too: `جماعة "محظورة"`, `منظمة "متطرفة"`)
            return word.endswith("يه") or word.startswith("م") and word.endswith("ه")
        return word.endswith("ي") and not word.endswith("وي")

    def _quoted_statement(self, j: int, end: int) -> bool:
        """Whether the quoted words j..end after a definite body noun are what it said, not its
        name (as they are wherever the body was named before): a function word inside
        (`"سنواصل العمل [في] المشروع"`) or a future verb opening two words or more (`"ستبقى
        المقاومة"`) marks a statement."""
        first = self.tokens[j].word
        if end - j >= 2 and len(first) >= 5 and first[:2] in ("ست", "سي", "سن", "سا") and first[2:3] != "ا":
            return True  # (one word alone may be a name so spelt: `"سيمنز"`)
        return any(self.tokens[k].word in self.lex.stop for k in range(j + 1, end))

    def _dual_pair(self, m: Mention, last: int) -> tuple[Mention, Mention] | None:
        """Both bodies after a dual head, once the first quoted name (`m`) is read."""
        if m.first < 1 or (head := self._dual_head(m.first - 1)) is None \
                or self._quoted_name_end(m.first, last) != m.last or not self._second_quoted_name_follows(m.first, last):
            return None
        first, second = self._body_of_dual_head(head, m.first, last), self._body_of_dual_head(head, m.last + 1, last)
        return (first, second) if first is not None and second is not None else None

    def _body_of_dual_head(self, head: dict, i: int, last: int) -> Mention | None:
        end = self._quoted_name_end(i, last)
        if end is None:
            return None
        words = " ".join(self.tokens[x].word for x in range(i, end))
        singular = normalize_phrase(head["head_ar"])
        known = next((a for a in (self.lex.names.get(words), self.lex.names.get(f"{singular} {words}"))
                      if a is not None and a.actor_type not in ("person", "state")), None)
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        if known is not None:  # (named with its head, a platform or company is the story's body: `شركتا "أوبر"`)
            known = replace(known, needs_role=False)
        else:
            name = f"{singular} {words}"
            known = Actor(f"org-{slug(name)}", f"{head['head_ar']} {self._written(start, stop, words)}", None,
                          head["actor_type"], None, head["sector"] or None, None, "pattern")
        return Mention(known, i, end, start, stop)

    def _second_quoted_name_follows(self, i: int, last: int) -> bool:
        """A quoted name at token i, then `و` and a second quoted name."""
        end = self._quoted_name_end(i, last)
        return end is not None and end + 1 < last and self.tokens[end].word == "و" \
            and any(q in self._gap(end + 1) for q in '"«“')

    def _dual_head(self, k: int) -> dict | None:
        """The organisation head whose dual token k is (`قناتي` → `قناة`, `لشركتي` → `شركة`,
        `موقعا` → `موقع`), after any proclitic; None for any other word."""
        word = self.tokens[k].word
        for form in (word, word[1:], word[2:]):
            if len(form) < 4 or form[-1] not in "يا":
                continue
            stem = form[:-1]
            singular = stem[:-1] + "ه" if stem.endswith("ت") else stem
            head = self.lex.org_heads.get_word(singular)
            if head is not None:
                return head
        return None
