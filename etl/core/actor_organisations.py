"""Organisations no lexicon holds: an organisation head and its name (`حزب X`, `قناة "X"`),
outlets and broadcasters, quoted names of bodies that speak (a mixin of `actors.ActorFinder`).

The rules `ActorFinder` tries at a word are here: `_organisation` (an organisation head and the name
after it), `_quoted_body` (a speaker-only head that names a body), `_quoted_subject`,
`_quoted_channel`, `_quoted_short_name` and `_quoted_after_dual_head` (quoted names). What they ask
lives in the `actor_organisation_*` mixins, by question: does the head open a body's name at all, or
what follows it (`actor_organisation_heads`), where a name of common words ends
(`actor_organisation_extents`), an indefinite head named by a proper noun
(`actor_organisation_proper_names`), names and statements in quotes (`actor_organisation_quotes`),
and which actor a name makes (`actor_organisation_mentions`). The words they share, and
`OrganisationState` (what they read of `ActorFinder`), are in `actor_organisation_words`."""
from __future__ import annotations

from .actor_base import LETTER_NAMES, STATE_BODY_ADJECTIVES, name_words
from .actor_lexicon import Actor, Mention
from .actor_organisation_extents import NameExtents
from .actor_organisation_heads import OrganisationHeads
from .actor_organisation_mentions import OrganisationMentions
from .actor_organisation_proper_names import ProperNamedBodies
from .actor_organisation_quotes import QuotedNames
from .actor_organisation_words import (_NO_QUOTES, _OUTLET_NAME_WORDS, _TIME_ADJECTIVES, _PERIOD_NOUNS, _ORDINALS, _COUNT_NOUNS,
                                       _ATTACHED_PREPOSITION_PRONOUNS, _TIME_NAME_ENDS, _DATE_NAME_ENDS)
from .ids import slug
from .lexicon import phrase_key
from .morphology import accusative_adverb, clitic_preposition, preposition_with_pronoun, strip_article
from .text import normalize_phrase

# what follows a quoted subject: the reported content or the source it quotes (`"وفا" [إن]`, `[عن]`)
_SUBJECT_FOLLOWERS = name_words("subject_follower")
_REFERENCE_HEADS = name_words("reference_head")  # `الحلف`: refers back, opens no new name
_CHANNEL_HEADS = tuple(sorted(name_words("dropped_outlet_head")))
_CHAIR_HEADS = frozenset({"رياسه"})  # `رئاسة` (hamza folded): the chair, before its holder's title
_BODY_HEADS_DROPPED = tuple(sorted(name_words("dropped_body_head")))  # `«القاعدة»` for `تنظيم القاعدة`


class OrganisationRules(OrganisationHeads, NameExtents, ProperNamedBodies, QuotedNames, OrganisationMentions):
    """The organisation rules `ActorFinder` tries at each word, with what they ask from the
    mixins."""

    def _organisation(self, i: int, last: int) -> Mention | None:
        h = self.lex.org_heads.match_at(self.tokens, i, stop=last)
        if h is None or self._organising(h, last):
            return None
        if h.value["actor_type"] == "government" and self._organ_of_non_state_body(h, last):
            return None  # `إدارة [النادي]`, `رئاسة [الفيفا]`: the body's own management or chair, no government
        if self._district_named(h, last):
            return None  # `مديرية [حيس]`: a district, a place; `مديرية [الأمن]` is a body
        if normalize_phrase(h.value["head_ar"]) in _CHAIR_HEADS and h.last < last and self.tokens[h.last].joined \
                and (t := self.lex.titles.match_at(self.tokens, h.last, stop=last)) is not None \
                and t.start == self.tokens[h.last].start and t.last - t.first == 1:
            return None  # `برئاسة [الأمير] نواف`: chaired by the holder of a post, no presidency
        quoted_end = self._quoted_name_end(h.last, last)
        if quoted_end is not None and self.text[h.start:h.start + 2] == "ال" and self._quoted_known(h, quoted_end) is None \
                and (self._quoted_statement(h.last, quoted_end) or phrase_key(h.value["head_ar"]) in self.org_refs):
            quoted_end = None  # `وقالت الشركة "سنواصل العمل في المشروع"`: the body's words, not its name
        if quoted_end is not None:  # `قناة "الحدث"`, `حزب "العدالة والتنمية"`, `وكالة "إيرنا"`
            known = self._quoted_known(h, quoted_end)
            if known is not None:
                return known
            ref = self.org_refs.get(phrase_key(h.value["head_ar"]))
            if ref is not None and normalize_phrase(ref.name_ar).translate(_NO_QUOTES) == " ".join(
                    self.tokens[x].word for x in range(h.last, quoted_end)):
                return Mention(ref, h.first, quoted_end, self.tokens[h.last].start, self.tokens[quoted_end - 1].end)
                # `منظمة "X"` after `المنظمة الألمانية "X"`: the body named before by its quoted name (the
                # mention is the name, the form the warehouse shows the body by)
            if self._quoted_adjective(h, quoted_end):
                return None  # `تصنفها منظمة "إرهابية"`: quotes around what the body is called, no name
            if quoted_end < last and self._gap(quoted_end).strip() in ('"', "»", "”") \
                    and self.tokens[quoted_end].word not in self.lex.stop \
                    and (g := self.lex.gentilics.match_at(self.tokens, quoted_end, max_words=1, stop=last)) is not None \
                    and g.start == self.tokens[quoted_end].start:
                quoted_end = g.last  # `صحيفة "الغد" [الأردنية]`: the nationality closes the name
            return self._organisation_mention(h, quoted_end)
        head_definite = self.text[h.start:h.start + 2] == "ال"
        if h.value["sector"] == "SPT":  # `ريال مدريد` takes its city's name only (`مليون ريال سعودي` is money)
            return None if head_definite else self._named_by_proper_noun(h, last)
        if not head_definite and (after_state := self._named_after_state(h, last)) is not None:
            return after_state
        if not head_definite and (named := self._named_by_proper_noun(h, last)) is not None:
            return named
        chain = not head_definite and self._construct_chain(h, last)
        bare = not chain and (h.last >= last or not self.tokens[h.last].joined
                              or self.tokens[h.last].word in self.lex.stop  # `وقالت المنظمة [التي] ...`
                              or not self._name_like(self.tokens[h.last].word, False)
                              and not self.tokens[h.last].word.startswith("ال")
                              or head_definite and not self.tokens[h.last].word.startswith(("ال", "لل"))
                              or head_definite and self._object_after_head(h.last, last))
        # (`الشركة [تطبيق]`: a new phrase)
        if bare:
            ref = self.org_refs.get(phrase_key(h.value["head_ar"]))
            if ref is not None and self.text[h.start:h.start + 2] == "ال":
                return Mention(ref, h.first, h.last, h.start, h.end)  # `وأكدت الحركة`
            return None
        if (known := self.lex.names.match_at(self.tokens, i, stop=last)) is not None \
                and not self._national_body_after(known, last):
            return None  # `وكالة رويترز`: the lexicon knows it (not `مجلس الأمن [القومي]`)
        if normalize_phrase(h.value["head_ar"]) in _REFERENCE_HEADS:
            ref = self.org_refs.get(phrase_key(h.value["head_ar"]))
            return Mention(ref, h.first, h.last, h.start, h.end) if ref is not None and head_definite else None
            # `مقر الحلف [الجديد]`: the alliance named before, described
        definite = chain or self.text[h.start:h.start + 2] == "ال" or self.tokens[h.last].word.startswith("ال")
        if not definite:
            # `هيئة حكم انتقالية` names no one in particular
            return self._named_after_state(h, last) or self._unnamed_body_of_state(h, last)
        k = h.last
        if self.tokens[k].hashtag:  # `#حركة_الجهاد التوصل`: the hashtag holds the whole name
            return self._organisation_mention(h, self._hashtag_end(k, last))
        while k < last and self.tokens[k].joined:
            word = self.tokens[k].word
            if k > h.last and (g := self._gentilic_after(k, last)) is not None:
                if not word.startswith(("ال", "وال")) and self.tokens[k - 1].word.startswith(("ال", "لل", "وال")):
                    break  # `الهيئة العامة للرياضة [تركي] آل الشيخ`: an indefinite nationality describes no definite name
                k = g.last  # `وزارة الخارجية الأميركية`, `وزارة التوحيد الكورية الجنوبية`
                break
            if k - h.last >= int(h.value["name_words"]) + (k > h.last + 1 and self.tokens[k - 1].word[:1] == "و"
                                                           and not self.tokens[k - 1].word.startswith("وال")) \
                    and not (int(h.value["name_words"]) == 1 and k == h.last + 1 and self._field_adjective(k, last)):
                break  # (a conjunct chain takes its genitive: `هيئة الاتصالات وتقنية [المعلومات]`)
            if k > h.last and self.tokens[k - 1].word.startswith("لل"):
                break  # `الهيئة العليا للمسيرات`: the name ends with its `لـ` complement
            if (chain and k > h.last + 1 or k > h.last and self.tokens[k - 1].word.startswith("ال")
                    and self.lex.names.match_at(self.tokens, k - 1, max_words=1) is None
                    and not self.lex.titles.has_word(self.tokens[k - 1].word)) \
                    and not word.startswith(("ال", "وال", "لل")) and self._qualified(k, last, max_words=2) is None \
                    and not (word[:1] == "و" and self._conjunct_chain(k, last)) \
                    and not (chain is False and self._name_like(word, True) and self._name_like(word, False)):
                break  # `صندوق دعم الصحافة [منحا]`, `رابطة الدوري [اختبار]`: after a definite common noun a name
                # goes on with definite words, or a word shaped as a name (`وكالة السلطة القضائية ميزان`;
                # after a place another place: `بنك الإمارات دبي`)
            if k > h.last and word[:1] == "و" and not word.startswith("وال") and self.tokens[k - 1].word.startswith("ال") \
                    and not self._conjunct_chain(k, last):
                break  # `جامعة القاهرة [ومستشفى] ...`: a definite name's conjunct is definite too
            if k > h.last and word.startswith("وال") and (self.lex.org_heads.can_start(word[1:])
                                                          or self.lex.speaker_org_heads.can_start(word[1:])):
                break  # `الوكالة الطبية الأوروبية [والوكالة] ...`: a second body
            if k > h.last and word.startswith("وال") and (self.lex.person_nouns.get_word(word[1:]) is not None
                                                          or self.lex.titles.can_start(word[1:])):
                break  # `مركز الدراسات الدبلوماسية [والناشط] ...`: a person joined to the body
            if k > h.last and self._nisba_after(k - 1, last) and word.startswith("ال") \
                    and (self.lex.collectives.match_at(self.tokens, k, max_words=1, stop=last) is not None
                         or self.lex.person_nouns.get_word(word) is not None or not self._adjective_shaped(word)):
                break  # `بثها التلفزيون الحكومي [الجنود]`, `انتقد المعهد الأوروبي [السياسة]`: the object after
                # the body's adjective (after an adjective a construct chain is closed: only adjectives follow)
            if k > h.last and strip_article(self.tokens[k - 1].word) in STATE_BODY_ADJECTIVES and word.startswith("ال") \
                    and not self._nisba_after(k, last) and strip_article(word) not in STATE_BODY_ADJECTIVES:
                break  # `أيدت المحكمة العليا [الحكم]`: a noun after the adjective is the verb's object
            bare = strip_article(word[1:] if k > h.last and word.startswith("وال") else word)
            if word == "العام" and k + 1 < last and self.tokens[k + 1].joined \
                    and (self.tokens[k + 1].word.isdigit() or strip_article(self.tokens[k + 1].word) in _TIME_ADJECTIVES):
                break  # `الحركة الطلابية [العام] 1986`, `[العام] الماضي`: the year, not `الأمن العام`
            if k > h.last and word.startswith("ال") and bare in _PERIOD_NOUNS and k + 1 < last \
                    and self.tokens[k + 1].joined and strip_article(self.tokens[k + 1].word) in _TIME_ADJECTIVES:
                break  # `حزب العمال [الأسبوع الماضي]`, `نادي الشباب [الموسم المقبل]`: when the body acted
            ordinal = k == h.last and word.startswith("ال") and bare in _ORDINALS  # `القناة [الثانية]`, not a time word
            field = k == h.last and not head_definite and word.startswith("ال") and bare not in _ORDINALS \
                and (h.value["actor_type"] == "government" and bare not in _TIME_NAME_ENDS
                     or h.value["sector"] == "JRN" and bare not in _DATE_NAME_ENDS)
            # (`وزارة [النقل]`, `هيئة [التنسيق]`: a definite verbal noun in construct with a state body's
            # head is its field, though the bare noun ends a name elsewhere as an event's trigger;
            # `صحيفة [الصباح]`: an outlet's name, though a time word)
            if word in self.lex.stop or bare in self.lex.name_end and not ordinal and not field or word.isdigit() \
                    or k > h.last and word[:1] in "وف" and word[1:] in self.lex.stop \
                    or clitic_preposition(word) \
                    or word in _COUNT_NOUNS \
                    or (word[:1] in "يت" and len(word) > 3 and k > h.last) or preposition_with_pronoun(word, self.lex.stop):
                break  # (`المجلس فيها`; `الشركة [تريليون] دولار`: a number counts, it names nothing)
            if k > h.last and (word in _ATTACHED_PREPOSITION_PRONOUNS or self._participle_with_complement(k, last)):
                break  # `اتحاد الكرة [بها]`; `جمعية الوفاق [المدعى عليها]`: a participle and its complement describe the body
            if (g := self._gentilic_after(k, last)) is not None or self.lex.gentilics.match_at(
                    self.tokens, k, max_words=1, stop=last) is not None:
                if k > h.last and not word.startswith(("ال", "وال")) and self.tokens[k - 1].word.startswith(("ال", "لل", "وال")):
                    break  # (the same for a nationality of one word the matcher reads alone)
                k = g.last if g is not None else k + 1
                break
            if k > h.last and len(word) >= 4 and word.endswith("وا") and not word.startswith("ال"):
                break  # `الحزب الحاكم [حملوا] أسلحة`: a past verb of its plural members
            if k > h.last and not self.lex.titles.has_word(self.tokens[k - 1].word) \
                    and (self.lex.names.match_at(self.tokens, k, stop=last) is not None
                         or self.lex.given_names.match_at(self.tokens, k, max_words=1, stop=last) is not None):
                break  # `حركة الجهاد سمير ...`: a person's name follows the organisation's
            k += 1
        if k == h.last:
            return None
        if chain:
            k = max(k, h.last + 2)  # (`وزارة [شؤون المرأة]`: the chain is one name word)
        end = self._field_complement_end(k, last)
        if k - 1 > h.last and self.tokens[k - 1].word.startswith("لل"):
            end = max(end, self._field_complement_end(k - 1, last), self._adjective_of_complement(k, last))
            # (`الهيئة العامة للطيران [المدني]`, `المجلس الأعلى للقوات [المسلحة]`)
        elif end == k and k > h.last and self._nisba_after(k - 1, last):
            end = self._purpose_in_name_end(k, last)  # `الهيئة الوطنية [لمكافحة الفساد]`
            if end > k and h.value["sector"] == "JRN":
                return self._agency_with_mission(h, k, end)
        end = self._coordinated_field_end(end, last)
        return self._quoted_name_after_description(h, end, last) or self._organisation_mention(h, end)

    def _quoted_body(self, i: int, last: int, after_title: bool = False) -> Mention | None:
        """`شبكة "سي إن بي سي"`, `لجنة "..."`: a head that otherwise names a body only as a
        speaker (`شبكة`, `لجنة`, `جهاز`) names one wherever a quoted name follows it."""
        if self.lex.org_heads.match_at(self.tokens, i, stop=last) is not None:
            return None  # `_organisation` reads it
        h = self.lex.speaker_org_heads.match_at(self.tokens, i, stop=last)
        if h is None:
            return None
        quoted_end = self._quoted_name_end(h.last, last)
        if quoted_end is not None and self._site_as_place(h):
            return None  # `في تغريدة على موقع "تويتر"`: where something was posted, no one acting
        if quoted_end is not None:
            return self._quoted_known(h, quoted_end) or self._organisation_mention(h, quoted_end)
        field_end = self._named_with_field(h, last) or self._office_of_title(h, last)
        if field_end is not None:
            return self._organisation_mention(h, field_end)
        if h.value["actor_type"] != "government" or not after_title and i > 0 and self.tokens[i].joined \
                and any(t.last == i for p in self.lex.titles.starts_in(self.tokens, max(0, i - 3), i)
                        if (t := self.lex.titles.match_at(self.tokens, p, stop=i)) is not None):
            return None  # (`رئيس لجنة الأمن القومي علاء الدين بروجردي`: the body belongs to the title)
        # `جهاز الأمن الوطني`, `لجنة الأمن القومي`: a state body's head, a definite noun and the
        # nisba adjective that closes its name (`موقع الهجوم` is not a body; `لجنة تحقيق` is indefinite)
        k = h.last
        while k < last and k - h.last < 3 and self.tokens[k].joined and self.tokens[k].word.startswith("ال") \
                and self.tokens[k].word not in self.lex.stop:
            k += 1
            if k - h.last >= 2 and self._nisba_after(k - 1, last):
                return self._organisation_mention(h, k)
        return self._committee(h, k, last)

    def _quoted_subject(self, i: int, last: int) -> Mention | None:
        """`وقالت "وفا" إن`, `وأفادت "سي ووتش" أن`, `ونقلت "القناة 12" عن`: a quoted name of one to
        three words right after the verb that opens a clause, before the reported content or `عن`,
        is the verb's subject, a body no lexicon knows."""
        if i < 2 or self.tokens[i].joined or not any(q in self._gap(i) for q in '"«“'):
            return None
        verb = self.tokens[i - 1].word
        if verb[:1] not in "وف" or len(verb) < 4 or verb[1:] in self.lex.stop \
                or not self.tokens[i - 1].joined and not self._gap(i - 1).strip() or self.tokens[i - 1].joined:
            return None  # (the verb opens its clause: a full stop, comma or line before it)
        end = self._quoted_name_end(i, last)
        if end is None or end - i > 3 or end >= last or self.tokens[end].word not in _SUBJECT_FOLLOWERS:
            return None
        words = [self.tokens[k].word for k in range(i, end)]
        if any(w in self.lex.stop or strip_article(w) in self.lex.name_end for w in words) \
                or self.lex.titles.match_at(self.tokens, i, stop=end) or self.lex.person_nouns.match_at(self.tokens, i, stop=end) \
                or self.lex.names.match_at(self.tokens, i, stop=end) is not None:
            return None  # (a known name is the lexicon's; a title or role describes a person)
        if not all(w in _OUTLET_NAME_WORDS or w in LETTER_NAMES or w.isdigit() or self._name_like(w, False)
                   and not accusative_adverb(w) for w in words):
            return None
        if any(a.startswith("ال") and not b.startswith("ال") and not b.isdigit() for a, b in zip(words, words[1:])):
            return None  # `"الأمر خطير"`: a nominal sentence quoted, no name
        start, stop = self.tokens[i].start, self.tokens[end - 1].end
        name = " ".join(words)
        written = self._written(start, stop, name)
        return Mention(Actor(f"org-{slug(name)}", written, None, "organization", None, None, None, "pattern"),
                       i, end, start, stop)

    def _quoted_channel(self, i: int, last: int) -> Mention | None:
        """`في حديث لـ"الجزيرة"`, `قال لـ"الشرق الأوسط"`: a quoted name right after a bare `لـ` is the
        outlet spoken to; where no lexicon name is the quoted words themselves, an outlet's head
        with them (`قناة الجزيرة`) names it. Only a known outlet is read (a person may be quoted so too)."""
        if i < 1 or self.tokens[i - 1].word != "ل" or not any(q in self._gap(i) for q in '"«“'):
            return None
        end = self._quoted_name_end(i, last)
        if end is None:
            return None
        words = " ".join(self.tokens[k].word for k in range(i, end))
        actor = next((a for a in (self.lex.names.get(words), *(self.lex.names.get(f"{head} {words}")
                                                                for head in _CHANNEL_HEADS))
                      if a is not None and a.actor_type == "media"), None)
        if actor is None:
            return None
        return Mention(actor, i, end, self.tokens[i].start, self.tokens[end - 1].end)

    def _quoted_short_name(self, i: int, last: int) -> Mention | None:
        """`طرد «القاعدة» من الأنبار`, `وصوتت لـ"النهضة"`: a quoted name of one or two words, which alone
        may be a common noun (the base, the renaissance), is the known group or party whose name is
        its head and these words (`تنظيم القاعدة`, `حركة النهضة`): the quotes mark it a name."""
        if i < 1 or self.tokens[i].joined or not any(q in self._gap(i) for q in '"«“'):
            return None
        end = self._quoted_name_end(i, last)
        if end is None or end - i > 2:
            return None
        after = self.tokens[end - 1].end
        if self.text[after:after + 2].strip()[:1] not in ('"', "»", "”"):
            return None  # (the quotes close right after the name)
        words = " ".join(self.tokens[k].word for k in range(i, end))
        actor = next((a for head in _BODY_HEADS_DROPPED if (a := self.lex.names.get(f"{head} {words}")) is not None
                      and a.actor_type in ("armed_group", "political_party", "organization")), None)
        if actor is None:
            return None
        return Mention(actor, i, end, self.tokens[i].start, self.tokens[end - 1].end)

    def _quoted_after_dual_head(self, i: int, last: int) -> Mention | None:
        """`لقناتي "العربية" و"الحدث"`, `شركتا "إعمار" و"الدار"`: a head in the dual (`قناتي`,
        `شركتا`) and two quoted names joined by و name two bodies of the head's kind, each at its
        own name: the lexicon's if it knows the name, else the head in the singular with it
        (`قناة الحدث`). Quotes only: unquoted names hold their own و (`حزبي العدالة والتنمية ...`).
        This reads the first; `_dual_partner` the second."""
        if i < 1 or not any(q in self._gap(i) for q in '"«“') or not self._second_quoted_name_follows(i, last):
            return None
        head = self._dual_head(i - 1)
        return self._body_of_dual_head(head, i, last) if head is not None else None
