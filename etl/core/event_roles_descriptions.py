"""Parties named by a description that refers back: a definite title of office with its holder's
nationality and no name (`الوزير التركي`, `الرئيس الأمريكي`) stands for the person the text named
shortly before with a title of that head and that nationality (`وزير الخارجية التركي X`); the actor
finder reads such a description only where the earlier title was the same word for word."""
from __future__ import annotations

from .actor_lexicon import Actor, Mention
from .event_roles_words import RoleState, office_head, role_words
from .morphology import strip_article, without_conjunction

_TITLE_SPAN = 6  # words a title may stand before its holder's name (`وزير الخارجية التركي X`)
_LOOK_BACK = 400  # words back past which a description no longer refers to the holder named


class DescriptionRules(RoleState):
    """A title with its holder's nationality standing for the person named before."""

    def _nationality_title_end(self, k: int) -> int | None:
        """Where the description ends when tokens[k] opens a definite title head (`الوزير`,
        `والرئيس`) with a definite nationality adjective right after it (`التركي`) and nothing
        after that reads as a name, a body or another adjective (`الرئيس الأمريكي السابق`: a
        former one; `الرئيس الأمريكي دونالد ترامب`: named, the actor finder reads it)."""
        word = without_conjunction(self.tokens[k].word)
        if not word.startswith("ال") or not office_head(word) or k + 1 >= len(self.tokens) or \
                not self.tokens[k + 1].joined or not self.tokens[k + 1].word.startswith("ال"):
            return None
        g = self.gentilics.match_at(self.tokens, k + 1, stop=len(self.tokens))
        if g is None or g.first != k + 1:
            return None
        end = g.last
        after = next((m for m in self._sentence_mentions if m.first == end), None)
        if any(m.first < end and m.last > k for m in self._sentence_mentions) or \
                after is not None and after.actor.actor_type == "person":
            return None  # (or names him: `الرئيس الأمريكي ترامب`)
        if any(m.actor.actor_type == "person" and end <= m.first <= end + 1 for m in self._sentence_mentions):
            return None  # (named in apposition: `الرئيس اليمني، عبدربه منصور هادي`, the name's first word unread)
        if after is None and end < len(self.tokens) and self.tokens[end].joined and self.tokens[end].word.startswith("ال"):
            return None  # (the next party may follow: `واتهم الوزير التركي الحكومة العراقية`)
        return end

    def _nationality_title_holder(self, k: int, end: int) -> Actor | None:
        """The person named last before tokens[k] (at most `_LOOK_BACK` words back) right after a
        title of the same head (`وزير`, `الوزير`) whose nationality, read in the title or known of
        the person, is the description's (`التركي`); None when none is."""
        head = strip_article(without_conjunction(self.tokens[k].word))
        iso3 = self.gentilics.match_at(self.tokens, k + 1, stop=end).value.iso3
        named = [*self._earlier, *(m for m in self._sentence_mentions if m.last <= k)]
        for i in range(len(named) - 1, -1, -1):
            m = named[i]
            if m.first < k - _LOOK_BACK:
                return None
            if m.actor.actor_type != "person":
                continue
            before = named[i - 1].last if i > 0 else 0  # (the words of the party named before are its own)
            titled, nationality = False, None
            for j in range(min(m.first + 1, m.last) - 1, max(before - 1, m.first - _TITLE_SPAN - 1), -1):
                if j + 1 < m.first and not self.tokens[j + 1].joined:
                    break  # (a mention may hold its own title: `الرئيس X` read whole)
                g = self.gentilics.match_at(self.tokens, j, stop=m.first)
                if g is not None and nationality is None:  # the nearest the name is his (`التقى الوزير
                    nationality = g.value.iso3 == iso3      # الفرنسي أمس نظيره الإيراني X`: X is Iranian)
                word = self.tokens[j].word  # (`وزير`'s `و` is its own)
                if head in (strip_article(word), strip_article(without_conjunction(word))):
                    titled = not (j > 0 and self.tokens[j].joined and office_head(self.tokens[j - 1].word)) and \
                        not self._another_office(j, m.last)  # (`نائب الرئيس`, `رئيس الحكومة`: another office)
                    break
            if titled and (nationality if nationality is not None else m.actor.country_iso3 == iso3):
                return m.actor
        return None

    def _another_office(self, j: int, name: int) -> bool:
        """tokens[j] heads a title in construct with a noun that names another office than its
        head alone (event_roles.tsv `office_of_genitive`: `رئيس الحكومة`, `رئيس الوزراء`)."""
        word = strip_article(without_conjunction(self.tokens[j].word))
        return j + 1 < name and role_words("office_of_genitive").has_word(word) and \
            self.tokens[j + 1].word.startswith(("ال", "لل")) and self.gentilics.match_at(self.tokens, j + 1, stop=name) is None

    def _described_parties(self, mentions: list[Mention], last: int) -> list[Mention]:
        """The mentions with one added where a description stands for the person named before
        (`الوزير التركي`: `_nationality_title_holder`), so that the clause reads that person in the
        description's place, as subject, object or genitive alike."""
        added = []
        for k in range(self._sentence_first, last):
            if any(m.first <= k < m.last for m in mentions):
                continue
            end = self._nationality_title_end(k)
            holder = self._nationality_title_holder(k, end) if end is not None and end <= last else None
            if holder is not None:
                word = self.tokens[k].word
                added.append(Mention(holder, k, end, self.tokens[k].start + word.find("ال"), self.tokens[end - 1].end))
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions
