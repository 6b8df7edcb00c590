"""Whether a word may be one of a person's name words (`_name_like`), by its shape and the lexicons.

No verb, verbal noun, participle, preposition's phrase, role, plural of people, nationality or
second person joined by و is; a name's first word has more to pass than a family name, and where
the context calls for a name (`expected`) a transliteration's shapes pass."""
from __future__ import annotations

from .actor_base import LETTER_NAMES, name_words
from .actor_person_words import (PersonState, _YEAR_NOUNS, _clan_name, _derived_verbal_noun, _foreign_in_alif,
                                 _foreign_si_name)
from .lexicon import word_classes
from .morphology import accusative_adverb, prefixed_word, preposition_with_pronoun, strip_article

_PREPOSITIONS = word_classes()["preposition"]
_COMPASS_WORDS = name_words("compass_word")  # they follow a place's name, not a person's
_FIELDS = name_words("field")  # fields of work (`شؤون`, `صحة`), which name posts and bodies, not people


class NameWords(PersonState):
    """The tests of one word for a place in a person's name."""

    def _plural_of_people(self, word: str) -> bool:
        """`مسؤولين`, `نشطاء`, `دبلوماسيون`: a group noun the lexicons know (as it is or as the
        singular of a sound plural), a participle مُفعِل in a sound plural, or a nisba's plural."""
        if len(word) < 4:
            return False
        singular = word[:-2] if word.endswith(("ين", "ون")) else word
        if any(m.get_word(w) is not None for m in (self.lex.collectives, self.lex.heads, self.lex.person_nouns)
               for w in {word, singular}):
            return True
        return word.endswith(("يين", "يون")) or singular != word and word[0] == "م" and len(word) >= 6

    def _name_like(self, word: str, first: bool, expected: bool = False) -> bool:
        """`_word_name_like`, kept per word on the lexicon (the answer reads only the two)."""
        # one table per (first, expected), keyed by the word alone: no key tuple to build and hash
        answers = self.lex.name_like_answers[first][expected]
        hit = answers.get(word)
        if hit is None:
            hit = answers[word] = self._word_name_like(word, first, expected)
        return hit

    def _word_name_like(self, word: str, first: bool, expected: bool) -> bool:
        if not word.isalpha() or len(word) < 2:
            return False
        if not first and word == "الله":
            return True  # `مصطفى صنع الله`, `حسن نصر الله`: a theophoric name ends in `الله` (not the pronoun `له`)
        bare = strip_article(word)
        if word in self.lex.stop or bare in self.lex.name_end and not (bare != word and bare in _PREPOSITIONS) \
                or word in self.lex.name_end or word[:1] in "وف" and word[1:] in self.lex.stop:
            return False  # (`ولكن`, `فقد`; a word with the article is no preposition: `محمد [العلي]`)
        given_in_e = first and word.endswith("يه") and word in self.lex.foreign_given_names  # (not `ناديه`: his club)
        if first and (word.startswith("ال") and word not in self.lex.article_shaped_given_names
                      or (word.endswith("ه") and not self.lex.given_names.get_word(word))):
            return False  # a name does not open with the article (`إليزابيث` is no article) or (unless a known name) a ta marbuta
        if len(word) > 4 and word.endswith(("ته", "تها", "تهم", "يه")) and not given_in_e \
                and not (not first and (p := self.lex.names.get_word(word)) is not None and p.actor_type == "person"):
            return False  # `خارجيته`: a noun with a pronoun, not a name (`طوني [فرنجيه]`: a known family name
            # is, and so is a known given name in -é/-ie: `[ديدييه] ديشان`, `[أندريه] دودا`)
        known = self.lex.given_names.get_word(word) is not None or not first and (
            _clan_name(word) or (p := self.lex.names.get_word(word)) is not None and p.actor_type == "person")
        # (a known person's family name goes on a name whatever its shape: `جيم [ماتيس]`)
        if not first and not known and (word.endswith("ه") or prefixed_word(word, self.lex.name_end, expected)):
            return False  # `اعتذاره`, `ويدعى`, `بالانسحاب`: not a family name (`برهوم` is)
        if preposition_with_pronoun(word, self.lex.stop):
            return False  # `فيها`, `منها`, `عليه`: a preposition with a pronoun is no name
        if not first and word[:1] == "و" and len(word) > 3 and (self.lex.titles.can_start(word[1:])
                                                               or self.lex.names.get_word(word[1:]) is not None):
            return False  # `ألكسندر ياكوفنكو [ووزير]`, `كيم [وشي]`: a second person joined by و
        if not first and word[:1] == "و" and len(word) > 4 and self._plural_of_people(word[1:]):
            return False  # `جون ميلر [ومسؤولين]`, `[وناشطون]`: others joined to the person by و
        if not first and word[:1] == "و" and (len(word) > 4 or len(word) == 4 and word[1] != "ا") \
                and self.lex.given_names.get_word(word[1:]) is not None and self.lex.given_names.get_word(word) is None:
            return False  # `رامي عبد الله [وسامي] يوسف`, `[وبول] رومر`: a second person's name joined by و
            # (`وسام`, `وليد` are given names of their own; `واصف`, `وافي` are فاعل of a root in و)
        if not first and not known and word.endswith("وا") and len(word) in (5, 6) \
                and not any(c in "وي" for c in word[:-2]) and not word.endswith("اوا"):
            return False  # `أنشيلوتي ممن [فازوا]`, `[حملوا]`: a past verb of a plural subject, its stem of three
            # or four letters with no و or ي (`دوبوا`, `فرانسوا`, `أوزاوا` are family names)
        if not first and not known and word.endswith("ي") and len(word) >= 5 \
                and self.lex.person_nouns.get_word(word[:-1]) is not None:
            return False  # `داريو ساريتش [لاعبي] الفريق`: a plural of people in construct
        if first and not known and word[:1] == "و" and len(word) > 3 and (self.lex.titles.can_start(word[1:])
                                                                          or self.lex.person_nouns.get_word(word[1:]) is not None):
            return False  # `[ومدرب] ليفربول السابق`: و and a title, which describes the name after it
        if not first and word[:1] == "ك" and len(word) > 3 and word[1:] in self.lex.name_end:
            return False  # `علي الحبسي [كأفضل] حارس`: ك + a word that ends a name
        if not first and word[:1] == "ك" and len(word) > 4 and (
                self.lex.person_nouns.get_word(word[1:]) is not None or word[1] == "م" and len(word) >= 5):
            return False  # `سامر خليل [كمراقب] مستقل`: `ك` + a role or participle, not a family name
        if not first and word[:1] in "لب" and (self.lex.speaker_org_heads.get_word(word[1:]) is not None
                                                or self.lex.names.get_word(word[1:]) is not None
                                                or word[0] == "ل" and word[1] not in "وبلك" and len(word) > 4
                                                and self.lex.names.can_start(word[1:])):
            return False  # `لتلفزيون`, `لرويترز`, `[لفرانس] برس`: a channel after the name
        if not first and word[:1] == "و" and 4 <= len(word) <= 6 and word.endswith("ت") and word[1] != "ا":
            return False  # `جيسكار ديستان [وضمت]`: و + a verb in the past (`وايت` is a family name)
        if not first and word[:1] in "لب" and len(word) > 3 and word[1:] in _FIELDS:
            return False  # `مساعد المحافظ أحمد [لشؤون] الإسناد`: ل + a field of work, the post's, no family name
        if not first and word in _YEAR_NOUNS:
            return False  # `ميليس زيناوي [عام] 2012`
        if not first and not known and word[0] == "م" and word[1] not in "او" and word.endswith("ا") and len(word) >= 5:
            return False  # `أنتوني بوردين [منتحرا]`, `[مضيفا]`: a participle in the accusative
        if not first and not known and word[:2] in ("سي", "سن") and len(word) == 4:
            return False  # `بوتن [سيضع]`: a future verb of a hollow or short root
        if not known and word[:2] == "ست" and len(word) in (5, 6) and word[2] not in "ايورل":
            return False  # `كيم [ستكون]`, `أن الوزيرة [ستسافر]`: a future verb (`ستيفن`, `ستانلي`, `ستراو` are names)
        if not known and word[:3] == "است" and len(word) >= 6 and word[3] not in "ايو":
            return False  # `إن السفير [استدعي]`, `[استقبل]`: a verb or verbal noun of the form استفعل
        if not first and not known and len(word) == 5 and word[0] == "م" and word[2] == "ت" and word[-1] != "ي":
            return False  # `عظيموف [مرتكب]`, `[منتخب]`: a participle of the form مُفتعِل, no family name
            # (one of a defective root, `مرتجى`, is a family name as often as a participle)
        if not first and word[:1] == "ل" and word[1:] in LETTER_NAMES:
            return False  # `ميرزيانوف [لبي] بي سي`: the channel spoken to, after the name
        if not known and word[:2] in ("سي", "سن") and len(word) >= 5 and not (first and expected and _foreign_si_name(word)):
            return False  # `سيضيف`: a future verb (`ستيير`, `ستيفن` are names)
        if not first and not known and (word[:1] == "ي" and 4 <= len(word) <= 6 or len(word) >= 5 and word.endswith("ات")
                                        or word.startswith("الم") and word.endswith(("ين", "ون"))):
            return False  # `ينشغل` (a verb), `تساؤلات` (a plural), `المنضمين` (a participle): the name has ended
        if not first and (word in _COMPASS_WORDS or word[:1] in "بلو" and word[1:] in self.lex.stop):
            return False  # `سان دييغو [جنوب] غرب البلاد`: where the place lies; `تامر [بلم]`: a preposition
        if not first and not known and word.startswith("ال") and word.endswith(("يين", "يون")) and len(word) > 6:
            return False  # `الرئيس الأميركي باستمرار [الأوروبيين]`: a definite plural nisba, no family name
        if not first and not known and word[:1] in "بل" and len(word) == 6 and word[1] == "ت" and word[4] == "ي" \
                and word[2] not in "اوي" and word[3] not in "اوي":
            return False  # `تامر الرفاعي [بتقرير]`, `[لتعزيز]`: a preposition and the verbal noun تفعيل
        if not known and word[:1] in "بل" and _derived_verbal_noun(word[1:], after_ba=word[:1] == "ب"):
            return False  # `[باستمرار]`, `مجدي [لإنقاذ]`: a preposition and a verbal noun, no name
        if word.endswith("ا") and (self.lex.person_nouns.get_word(word[:-1]) is not None
                                   or self.lex.titles.get_word(word[:-1]) is not None):
            return False  # `رئيسا`: a role in the accusative (`انتخب ... [رئيسا] لكولومبيا`), no name
        if first and word.startswith("وال") and word.endswith("ي") and len(word) >= 7:
            return False  # `[واليساري] غوستابو بيترو`: و + a definite nisba describes the person named after it
        if not first and not known and (word.startswith("لل") or accusative_adverb(word) and not (expected and _foreign_in_alif(word))
                                        or self.lex.person_nouns.get_word(word) is not None):
            return False  # `للتلفزيون`, `غضبا`, `تحضيرا`, `رسميا`, `عضو`: the name has ended
        if first and not known and len(word) > 4 and word.endswith("ات"):
            return False  # `تغييرات`: a plural noun
        if first and not known and len(word) == 6 and word.endswith("ا") and (word[0] == "ا" and word[3] == "ا"
                                                                         or word[0] == "م" and word[3] == "و"):
            return False  # `وذكروا [أسبابا]`, `[مرسوما] بقانون`: a noun أفعال or مفعول in the accusative, no name
        if first and not known and len(word) == 5 and word[0] == "م" and word[3] == "و" and word[1] not in "اوي" \
                and word[2] not in "اوي":
            return False  # `[مشروع] القانون`, `[موضوع] الخلاف`: a noun مفعول (the given names of that shape,
            # `محمود`, `منصور`, `مسعود`, are known ones)
        if first and not known and len(word) == 5 and word.endswith("اء") and word[1] not in "اوي" and word[0] != "ا":
            return False  # `زملاء`, `خبراء`: a broken plural فعلاء, people but no one's name (not the verbal
            # noun إفعال of a root in ء, `إبقاء`, which the tagger reads with the name after it)
        if not known and len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word[1] not in "اوي" \
                and word[2] not in "اوي":
            return False  # `جوزيبي كونتي [تشكيل] حكومة`, `[تعيين]`: the verbal noun تفعيل, no name
        if first and not known and len(word) >= 6 and word[0] == "ا" and word[-2] == "ا" \
                and (word[2] == "ت" or word.startswith("است")):
            return False  # `انتهاك`, `اجتماع`, `استقبال`: a verbal noun
        if not known and len(word) > 4 and word.endswith(("ها", "هم", "هما", "نا")):
            return False  # `جعلها`: a verb or noun with a pronoun
        proclitic = "ل" if expected and not word.startswith("بال") else "لب"
        if first and not known and (word[:1] in ("يت" if expected else "يتن") and len(word) <= 6 or word[:1] in proclitic and len(word) > 3
                                    or word[:1] in "بلو" and word[1:] in self.lex.stop):
            return False  # `يسوق`, `تبكي`, `يتوافق` (verbs), `لحضور`, `بما` (a preposition): not a given name
            # (where a name is expected, `نيك` after `النائب` is one: a we-verb does not follow a title)
        if not first and not known and word[:1] in "يت" and len(word) >= 6 and word.endswith(("ان", "ون")):
            return False  # `كيم [يتعهدان]`: a dual or plural present verb
        if not first and not known and (len(word) == 5 and word[0] == "ا" and (word[2] == "ت" or word[1] == "ن")
                                        or len(word) == 6 and word.startswith("است")):
            return False  # `[استخدم]`, `[انتقد]`, `[انسحب]`: a derived past verb after the name
        if not known and word.startswith("ا") and word.endswith("ت") and len(word) >= 5:
            return False  # `ارتفعت`, `انسحبت`: a past verb, not a name
        return not self.lex.gentilics.get_word(word) and not self.lex.titles.has_word(word) \
            and not self.lex.heads.get_word(word)
