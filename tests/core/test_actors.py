"""Actor rules on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract
from etl.core.ids import slug

DAY = dt.date(2024, 12, 8)


def mentions(text):
    x = extract("t", text, DAY)
    return {(m["surface"], m["actor_id"]) for m in x.actor_mentions}, x


def ids(text):
    return {a for _, a in mentions(text)[0]}


def test_lexicon_names_with_clitics_and_aliases_resolve_to_one_actor():
    found, _ = mentions("التقى الرئيس بشار الأسد بنظيره الروسي، وقال الأسد إن موسكو حليف. وأكد بوتين ذلك.")
    assert ("الرئيس بشار الأسد", "bashar-al-assad") in found or ("بشار الأسد", "bashar-al-assad") in found
    assert ("الأسد", "bashar-al-assad") in found
    assert ("بوتين", "vladimir-putin") in found


def test_capital_as_state_but_a_place_after_a_preposition_is_not_an_actor():
    x = extract("t", "وأعلنت موسكو أنها سترسل وفدا إلى دمشق. وحمّلت أنقرة دمشق المسؤولية.", DAY)
    ids_ = {m["actor_id"] for m in x.actor_mentions}
    assert "rus" in ids_ and "tur" in ids_
    place = [m for m in x.actor_mentions if m["surface"] == "دمشق" and m["sentence_idx"] == 0]
    assert not place, "`إلى دمشق` is where the delegation goes, not who acts"


def test_a_state_after_a_noun_of_location_is_a_place():
    # `محيط` (surroundings) and `ضواحي` (outskirts) place what follows, like `في` and `مدينة`
    assert "syr" not in ids("وتواصلت الاشتباكات في محيط دمشق بين القوات الحكومية والمعارضة.")
    assert "irq" not in ids("وسقطت قذيفة في ضواحي بغداد دون إصابات.")
    assert "syr" in ids("وقالت دمشق إن القصف استهدف مواقع مدنية.")


def test_anonymous_sources_with_and_without_the_preposition_are_one_source():
    assert ids("وقالت مصادر أمنية إن الهجوم فشل.") == ids("ونقلت الوكالة عن المصادر الأمنية أن الهجوم فشل.") \
        == ids("وفقا لمصادر أمنية فإن الهجوم فشل.") == {"anon-msadr-amnyh"}


def test_group_head_with_nationality_and_unnamed_media():
    found = ids("قال الجيش الإسرائيلي إنه قصف موقعا، ونقلت وسائل إعلام روسية أن الهجوم فشل.")
    assert "isr-mil" in found
    assert "rus-media" in found


def test_anonymous_sources_need_a_qualifier_or_undisclosed_name():
    found, x = mentions("وأكدت مصادر دبلوماسية أن الاجتماع تأجل، وقال مسؤول رفض الكشف عن اسمه إن الوفد غادر.")
    anon = {a for _, a in found if a.startswith("anon-")}
    assert len(anon) == 2
    actors = {a.actor_id: a for a in (extract("t", "وأكدت مصادر دبلوماسية أن الاجتماع تأجل.", DAY).actors.values())}
    assert all(a.actor_type == "anonymous_source" for k, a in actors.items() if k.startswith("anon-"))
    assert not {a for a in ids("ووصل مسؤولون أمس.") if a.startswith("anon-")}, \
        "bare `مسؤولون` that only arrives is nobody in particular"
    assert "anon-mswwlwn" in ids("وقال مسؤولون إن الطقس بارد."), "as the speaker it is an unnamed source"


def test_title_and_unknown_name_make_a_pattern_person_and_the_family_name_resolves():
    text = "وقال اللواء كفاح ملحم إن القوات انسحبت. وأضاف ملحم أن الوضع هادئ."
    found, x = mentions(text)
    person = {a for s, a in found if s.endswith("كفاح ملحم")}
    assert len(person) == 1
    [pid] = person
    assert ("ملحم", pid) in found
    assert x.actors[pid].origin == "pattern" and x.actors[pid].actor_type == "person"


def test_title_with_nationality_without_name_refers_back_to_the_person():
    text = ("التقى وزير الخارجية الإيراني عباس عراقجي نظيره التركي. "
            "وقال وزير الخارجية الإيراني إن المحادثات كانت صريحة.")
    found, _ = mentions(text)
    assert ("وزير الخارجية الإيراني", "abbas-araghchi") in found


def test_ids_are_stable_and_lexicon_and_pattern_actors_are_told_apart():
    a = extract("a", "وقال اللواء كفاح ملحم إن بشار الأسد غادر.", DAY)
    b = extract("b", "وقال اللواء كفاح ملحم إن بشار الأسد غادر.", DAY)
    assert a.actors.keys() == b.actors.keys()
    assert a.actors["bashar-al-assad"].origin == "lexicon"
    assert {x.origin for k, x in a.actors.items() if k != "bashar-al-assad"} == {"pattern"}


def test_organisation_names_in_quotes_and_spokesperson_bodies():
    found = ids('وقال النائب خلال لقاء مع قناة "الحدث" إن حزب "العدالة والتنمية" فاز.')
    assert {"org-qnah-hdth", "org-hzb-dalh-waltnmyh"} <= found
    found = ids("وقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، إن الإفراج تم.")
    assert "usa-presidency" in found and any(a.startswith("person-") for a in found)


def test_a_plural_nationality_used_as_a_noun_names_a_people_but_not_as_an_adjective():
    found = ids("وتظاهر الفلسطينيون قرب الحدود، وأطلق الجنود الإسرائيليون النار عليهم.")
    assert "pse-people" in found
    assert "isr-people" not in found


def test_an_organisation_name_ends_with_its_lam_complement():
    found, _ = mentions("وأعلنت الهيئة العليا للمسيرات اختتام فعاليات الجمعة.")
    assert [s for s, _ in found] == ["الهيئة العليا للمسيرات"]


def test_person_names_of_four_words_and_where_a_name_ends():
    found, _ = mentions("وقال وزير الداخلية عبد الرضا رحمن فضلي إن الوضع مستقر.")
    assert ("عبد الرضا رحمن فضلي", "person-bd-rda-rhmn-fdly") in found
    found, _ = mentions("وأثارت تصريحات الرئيس سمير قنديلجي غضبا واسعا.")
    assert {s for s, _ in found} == {"سمير قنديلجي"}, "an accusative adverb ends the name"
    found, _ = mentions("وقالت النائبة سعاد قنديلجي عضو البرلمان إن الجلسة تأجلت.")
    assert "سعاد قنديلجي" in {s for s, _ in found}, "`عضو` is a role, not a family name"
    found, _ = mentions("وقال رئيس البلدية إيرينيو موخيكا إن القافلة وصلت.")
    assert any(s.endswith("إيرينيو موخيكا") for s, _ in found), "foreign family names may end in ا"


def test_a_family_name_alone_refers_to_the_person_named_with_a_title_before():
    x = extract("t", "وقال الرئيس الفلسطيني محمود عباس إن المفاوضات متوقفة. وأثارت ملاحظات عباس غضبا واسعا.", DAY)
    assert [m["actor_id"] for m in x.actor_mentions if m["sentence_idx"] == 1] == ["mahmoud-abbas"]


def test_qualifiers_of_unnamed_sources_are_adjectives_not_nouns_or_complementizers():
    found, _ = mentions("وأعلن مسؤول الطوارئ الإيرانية بأن الطائرة سقطت.")
    assert not any(s.endswith("بأن") for s, _ in found)
    assert not {a for a in ids("وشاهد لحظة سقوط الطائرة عدد من السكان.") if a.startswith("anon-")}


def test_organisation_names_take_as_many_words_as_their_head_allows():
    found, _ = mentions("وذكرت وزارة الخارجية الأميركية أجريت اتصالات مع الحلفاء.")
    assert ("وزارة الخارجية الأميركية", "usa-mofa") in found or \
        any(s == "وزارة الخارجية الأميركية" for s, _ in found)
    found, _ = mentions("وأكدت وزارة الخارجية المحليين المحتجزين لديها.")
    assert not any("المحليين" in s for s, _ in found), "a ministry is named by one word"
    found, _ = mentions("ودعا البيان المجلس فيها إلى التحرك.")
    assert not any("فيها" in s for s, _ in found)
    x = extract("t", "وقالت مصادر للمجلس المركزي الفلسطيني إن الاجتماع تأجل.", DAY)
    assert any(a.name_ar == "المجلس المركزي الفلسطيني" for a in x.actors.values())


def test_bodies_named_inside_a_title_and_names_in_apposition():
    found, _ = mentions("ونبه زعيم حزب الشعب الجمهوري المعارض، كمال كليجدار أوغلو، إلى أن الأزمة كبيرة.")
    assert {a for _, a in found} >= {"chp"} and any("كليجدار" in s for s, _ in found)
    found, _ = mentions("سمعت عضو الكونغرس عن الحزب الديمقراطي، فريدريكا ويلسون، المكالمة الهاتفية.")
    assert "فريدريكا ويلسون" in {s for s, _ in found}, "a family name may open with و where a name is expected"


def test_group_nouns_with_an_adjective_or_a_state_name_a_group():
    assert "states-awrwbyh" in ids("وحذرت الدول الأوروبية من التصعيد.")
    assert "irq-leaders" in ids("وقال قادة العراق إن الوضع مستقر.")
    found, _ = mentions("وهاجمت ميليشيات شيعية المدينة.")
    assert {s for s, _ in found} == {"ميليشيات شيعية"}, "a noun after the adjective is the object"
    assert "great-powers-khms" in ids("وحذرت الدول الكبرى الخمس إيران.")


def test_a_person_introduced_by_a_naming_word():
    found, _ = mentions("وقال شقيقه الأكبر ويدعى سامر لتلفزيون فلسطين إن العائلة حزينة.")
    assert "سامر" in {s for s, _ in found}
    found, _ = mentions("قال أحد المنظمين، واسمه كيفن مانسينغ، إن القافلة وصلت.")
    assert "كيفن مانسينغ" in {s for s, _ in found}


def test_group_heads_for_leadership_snipers_and_judiciary():
    assert "pse-leadership" in ids("وقالت إن التصريحات من جانب القيادة الفلسطينية تقوض السلام.") or \
        any(a.endswith("-leadership") for a in ids("وانتقدت القيادة الفلسطينية القرار."))
    assert any(a.endswith("-sniper") for a in ids("وقتل قناص إسرائيلي الشاب برصاصة في الرأس."))


def test_a_platform_counts_only_where_it_acts_or_speaks():
    assert "meta" in ids("وقالت فيسبوك إنها حذفت آلاف الحسابات.")
    assert "meta" not in ids("ونشر الوزير سمير قنديلجي صورة الاجتماع على صفحته في فيسبوك.")


def test_unnamed_groups_and_role_nouns_in_the_speaker_slot_are_anonymous():
    x = extract("t", "وقال باحثون إن الدواء فعال. وقال مدرب إن اللاعبين جاهزون.", DAY)
    assert [c["is_anonymous"] for c in x.claims] == [True, True]
    assert not any(a.actor_type == "person" for a in x.actors.values())


def test_a_state_only_mentioned_once_is_the_setting_but_one_named_twice_stays():
    once = ids("ويتناول الكتاب تاريخ تركيا الحديث.")
    assert "tur" not in once
    twice = ids("ويتناول الكتاب تاريخ تركيا الحديث. وتعد تركيا شريكا تجاريا مهما للمنطقة.")
    assert "tur" in twice


def test_verbs_and_prepositions_are_not_names():
    found, _ = mentions("وقالت وزارة الصحة إن الشابة رزان النجار ارتفعت حصيلة الضحايا بعد مقتلها.")
    assert not any(s.endswith("ارتفعت") for s, _ in found)
    found, _ = mentions("ورحب المبعوث الأممي، مارتن غريفيث، بما يتوافق مع المرجعيات الثلاث.")
    assert not any("يتوافق" in s for s, _ in found)
    x = extract("t", "وكشفت زوجة أحد القتلى أن الرئيس اتصل بها.", DAY)
    assert [m["surface"] for m in x.actor_mentions] == ["زوجة أحد القتلى"]


def test_the_latter_refers_to_the_person_named_last_but_not_as_an_adjective():
    x = extract("t", "وعرضت موسكو على الرئيس سمير قنديلجي الحماية، لكن الأخير رفض العرض.", DAY)
    latter = [m for m in x.actor_mentions if m["surface"] == "الأخير"]
    assert latter and latter[0]["actor_id"] == "person-smyr-qndyljy"
    assert not [m for m in extract("t", "وقال سمير قنديلجي إن العام الأخير كان صعبا.", DAY).actor_mentions
                if m["surface"] == "الأخير"]


def test_a_name_ends_at_a_present_verb_and_a_definite_head_takes_no_indefinite_name():
    found, _ = mentions("وقال اللاعب سمير قنديلجي ينشغل بالمباراة المقبلة.")
    assert "سمير قنديلجي" in {s for s, _ in found}
    assert not any("تطبيق" in s for s, _ in mentions("وقالت الشركة تطبيق القرار سيبدأ غدا.")[0])


def test_future_verbs_plurals_participles_and_roles_end_or_refuse_names():
    assert not mentions("وقدرت الشركة أن الأمير سيضيف 50 مليون جنيه.")[0]
    found, _ = mentions("وقال روني فيرنانديز مهاجم الفيحاء إن الفريق سيفوز.")
    assert "روني فيرنانديز" in {s for s, _ in found}
    found, _ = mentions("وعين النادي قصي الفواز رئيساً له.")
    assert "قصي الفواز" in {s for s, _ in found}


def test_a_hashtag_holds_a_whole_name():
    x = extract("t", "أعلنت #حركة_الجهاد التوصل لاتفاق وقف إطلاق النار.", DAY)
    assert [m["surface"] for m in x.actor_mentions] == ["حركة_الجهاد"]
    assert x.claims[0]["content"].startswith("التوصل لاتفاق")
    found, _ = mentions("وسجل #سمير_قنديلجي هدفين في المباراة.")
    assert {s for s, _ in found} == {"سمير_قنديلجي"}


def test_the_name_tagger_finds_names_no_rule_knows(monkeypatch):
    import etl.core.actor_tagging as actor_tagging
    sentence = "واجتمع الوفد مع بارتولوميو زانكاريني في العاصمة أمس لبحث الأزمة."
    found, x = mentions(sentence)
    assert ("بارتولوميو زانكاريني", "person-" + slug("بارتولوميو زانكاريني")) in found
    assert x.actors["person-" + slug("بارتولوميو زانكاريني")].origin == "pattern"
    monkeypatch.setattr(actor_tagging, "NAME_TAGGER_CONFIDENCE", 1.01)
    assert not mentions(sentence)[0], "without the tagger, no rule finds this name"


def test_the_name_tagger_finds_an_organisation_with_an_indefinite_head():
    found, x = mentions("ووقعت منظمة لرعاية الأيتام اتفاقا مع الوزارة.")
    org = [x.actors[a] for s, a in found if s == "منظمة لرعاية الأيتام"]
    assert org and org[0].actor_type == "organization" and org[0].origin == "pattern"


def test_the_lexicon_wins_where_it_knows_the_actor():
    found, _ = mentions("والتقى بوتين بالوفد في موسكو لبحث الأزمة.")
    assert ("بوتين", "vladimir-putin") in found
    assert not any(a.startswith(("person-", "org-")) for _, a in found)


def test_a_name_after_a_title_and_and_is_a_second_person_without_the_conjunction():
    found, _ = mentions("واجتمع الوفد مع السفير وماتياس هولمغرين في العاصمة أمس.")
    assert {s for s, _ in found} == {"ماتياس هولمغرين"}, "`السفير وX`: X is not the ambassador's name"
    found, _ = mentions("وقال المدير وليد قرطباوي إن الوضع صعب.")
    assert any(a == "person-" + slug("وليد قرطباوي") and s.endswith("وليد قرطباوي") for s, a in found), "وليد is a name, not و + ليد"


def test_a_given_name_after_and_names_the_person_without_it():
    found, _ = mentions("التقى الوزير بالسفير وفوزي برهوم في غزة.")
    assert any(s == "فوزي برهوم" for s, _ in found), found


def test_the_name_tagger_can_be_switched_off_and_the_version_says_so(monkeypatch):
    from etl.core import ner, version
    sentence = "واجتمع الوفد مع بارتولوميو زانكاريني في العاصمة أمس لبحث الأزمة."
    version.extractor_version.cache_clear()
    on = version.extractor_version()
    monkeypatch.setenv("ETL_NAME_TAGGER", "off")
    ner.name_tagger.cache_clear()
    version.extractor_version.cache_clear()
    try:
        assert not mentions(sentence)[0], "switched off, only the lexicons and rules name actors"
        assert version.extractor_version() != on, "documents extracted with the tagger are re-extracted"
    finally:
        monkeypatch.delenv("ETL_NAME_TAGGER")
        ner.name_tagger.cache_clear()
        version.extractor_version.cache_clear()
    assert mentions(sentence)[0]


def test_names_stop_where_a_second_name_or_a_role_joins():
    found = {s for s, _ in mentions("وأكد رامي يوسف وسامي حداد أن الحوار مستمر.")[0]}
    assert {"رامي يوسف", "سامي حداد"} <= found  # `و` + a given name opens the second person
    assert {s for s, _ in mentions("وقال سامر خليل كمراقب مستقل إن الانتخابات نزيهة.")[0]} == {"سامر خليل"}


def test_a_name_opening_with_kaf_keeps_it():
    assert ("كريم حداد", "person-krym-hdad") in mentions("وقال كريم حداد لقناة الجزيرة إن الاتفاق انهار.")[0]


def test_a_family_name_of_two_letters_is_not_remembered():
    # `نصر الله` leaves `له` after the article; the pronoun `له` later is nobody
    found, _ = mentions("وقال حسن نصر الله إن المقاومة مستعدة. وأضاف أن الشعب يقف له ظهيرا.")
    assert "له" not in {s for s, _ in found}


def test_the_word_after_a_name_link_belongs_to_the_name():
    # `الله` ends in ه like a noun with a pronoun, but after `عبد` it is part of the name
    found = {s for s, _ in mentions("وأكد رامي عبد الله أن الحوار مستمر، وقال زايد بن سلطان إنه متفائل.")[0]}
    assert {"رامي عبد الله", "زايد بن سلطان"} <= found
