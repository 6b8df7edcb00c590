"""Bodies that speak through someone or something: an unnamed official or member of a body
(`متحدث باسم X`, `مسؤول في X`, `باسمها`), an organ of it (`القيادة العامة للقوات المسلحة`), the
issuer of a statement (`بيان صادر عن X`); and the `لـ` of a channel or addressee (`قالت لرويترز`,
`للصحفيين`), which names no speaker, unlike the `ل` of a name (`لافروف`)."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention, actor_lexicon
from .ids import slug
from .lexicon import word_classes
from .morphology import strip_article
from .speaker_words import SpeakerState, _ANAPHORIC_SOURCES, _OFFICIALS, _OFFICIAL_OF_PREPOSITIONS
from .text import normalize_phrase

# members of a body who speak for it, unnamed, like its officials (`ضباط في الجيش`, `عناصر من الحركة`)
_MEMBER_NOUNS = word_classes()["speaker_member_noun"]
# `القيادة العامة للقوات المسلحة`, `المكتب الإعلامي للحكومة`: an organ that speaks for the body after its `لـ`
_ORGAN_HEADS = word_classes()["speaker_organ_head"]
_OFFICIAL_ADJECTIVES = word_classes()["official_adjective"]


class BodySpeakers(SpeakerState):
    """A body as the speaker, through its official, organ or statement."""

    def _past_adjectives_to_quoted(self, source: Mention, last: int) -> int:
        """`ونقلت شبكة "X" التلفزيونية عن Y قوله`: one or two definite adjectives the outlet's mention
        left out, then the `عن` (or `نقلا عن`) of whom it quotes: the source phrase runs past them, so
        the quoted speaker is found. Else the token after the mention."""
        k = source.last
        while k < last and k - source.last < 2 and self._word(k).startswith("ال") and k not in self.in_mention \
                and not self._comma_before(k) and strip_article(self._word(k)) not in _ANAPHORIC_SOURCES:
            k += 1
        return k if k > source.last and k < last and (self._word(k) == "عن" or self._word(k) == "نقلا") else source.last

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
