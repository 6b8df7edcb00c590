"""Claim rules on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_verb_first_claim_with_anonymous_source_channel_and_content():
    [c] = claims("وأكدت مصادر دبلوماسية لموقع الجزيرة نت أن الوفد التركي غادر العاصمة.")
    assert c["source_text"] == "مصادر دبلوماسية" and c["is_anonymous"] and c["source_kind"] == "anonymous"
    assert c["channel_actor_id"] == "al-jazeera-net"
    assert c["cue"] == "وأكدت"
    assert c["content"].startswith("أن الوفد التركي غادر")
    assert not c["hedged"]


def test_cue_in_any_person_and_tense():
    for cue in ("قال", "قالت", "يقول", "أفادت", "أوضح", "اعتبرت", "نفى"):
        found = claims(f"{cue} الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد.")
        assert found and found[0]["source_actor_id"] == "vladimir-putin", cue


def test_prepositional_cue_before_and_after_the_content():
    [before] = claims("ووفقًا لمصادر أمنية مطلعة، فإن الجيش انسحب من المدينة.")
    assert before["is_anonymous"] and before["content"].startswith("فإن الجيش انسحب")
    [after] = claims("وانسحب الجيش من المدينة بحسب وكالة رويترز.")
    assert after["source_actor_id"] == "reuters" and after["content"].startswith("وانسحب الجيش")


def test_hedging_cues_and_markers():
    [c] = claims("ورجّحت وكالة رويترز أن الطائرة سقطت قرب الساحل.")
    assert c["hedged"]
    [c] = claims("وقالت وسائل إعلام روسية إن الرئيس ربما غادر البلاد.")
    assert c["hedged"] and c["is_anonymous"]
    [c] = claims("وقال الجيش الإسرائيلي إنه قد قصف الموقع.")
    assert not c["hedged"], "قد before a past verb is emphatic"
    [c] = claims("وقال الجيش الإسرائيلي إنه قد يقصف الموقع.")
    assert c["hedged"]


def test_nested_attribution_gives_parent_and_child():
    found = claims("ونقلت وكالة إنترفاكس عن الجيش الروسي قوله إن القوات انسحبت.")
    assert len(found) == 2
    parent = next(c for c in found if c["parent_claim_id"] is None)
    child = next(c for c in found if c["parent_claim_id"] is not None)
    assert child["parent_claim_id"] == parent["claim_id"]
    assert parent["source_actor_id"] == "interfax" and child["source_actor_id"] == "rus-mil"


def test_dropped_subject_continues_the_last_speaker():
    found = claims("وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد. وأضاف أن المحادثات ستستمر.")
    assert [c["source_actor_id"] for c in found] == ["vladimir-putin", "vladimir-putin"]


def test_headline_colon_is_a_claim_but_a_dateline_is_not():
    x = extract("t", "بوتين: الاتفاق صامد\nقال مسؤولون إن الوضع هادئ.", DAY)
    assert any(c["cue"] == ":" and c["source_actor_id"] == "vladimir-putin" for c in x.claims)
    x = extract("t", "إيران: تحطم طائرة ركاب\nتحطمت طائرة ركاب صباح اليوم.", DAY)
    assert not [c for c in x.claims if c["cue"] == ":"]


def test_a_cue_word_without_source_or_statement_is_no_claim():
    assert not claims("وتابع الملايين دخول القوات إلى المدينة.")


def test_a_speaker_described_but_not_named_is_the_source_and_an_actor():
    x = extract("t", "وقال مسؤول نفط كبير في البصرة إن الإنتاج ارتفع. وأضاف أن الصادرات مستقرة.", DAY)
    first, second = x.claims
    assert first["source_text"] == "مسؤول نفط كبير" and first["is_anonymous"]
    assert second["source_actor_id"] == first["source_actor_id"], "the described speaker goes on"
    assert any(m["surface"] == "مسؤول نفط كبير" for m in x.actor_mentions)
    [c] = claims("وأكد الشهود أن الطائرات حلقت فوق المدينة.")
    assert c["source_text"] == "الشهود" and c["is_anonymous"]
    [c] = claims("وقال الكثير منهم إنهم هربوا من الحرب.")
    assert c["source_text"] == "الكثير منهم" and c["is_anonymous"]
    [c] = claims("وكشفت زوجة أحد الجنود أن الرئيس اتصل بها.")
    assert c["source_text"] == "زوجة أحد الجنود" and not c["is_anonymous"] and c["source_kind"] == "person"
    [c] = claims("وكتب سمير قنديلجي على تويتر أن الحدود أغلقت.")
    assert c["source_text"] == "سمير قنديلجي" and c["source_kind"] == "person"


def test_a_subject_that_is_not_a_speaker_is_not_made_an_actor():
    x = extract("t", "وكشفت الأزمة أن الحكومة ضعيفة. وقال في بيانه إن الوضع صعب.", DAY)
    assert not x.actor_mentions
    assert all(c["source_actor_id"] is None for c in x.claims)


def test_a_participle_cue_keeps_the_speaker_of_the_sentence():
    found = claims("وقال المتحدث باسم حركة الجهاد سمير قنديلجي إن الهدنة صامدة، لافتا إلى \"جهد مصري\" في القاهرة.")
    assert len(found) == 2 and found[1]["cue"] == "لافتا"
    assert found[1]["source_actor_id"] == found[0]["source_actor_id"] and "قنديلجي" in found[0]["source_text"]
    nested = claims("ونقل التلفزيون الرسمي عن الوزير سمير قنديلجي قوله إن الطائرة سقطت، مشيرا إلى أنها كانت تقل 60 راكبا.")
    last = nested[-1]
    assert last["cue"] == "مشيرا" and "قنديلجي" in last["source_text"], "the quoted speaker goes on, not the channel"


def test_a_quotation_inside_the_verbs_object_starts_with_the_object():
    [c] = claims("وكان الرئيس الفرنسي قد ندد يوم الثلاثاء الماضي بالموقف \"المعيب\" للحكومة.")
    assert c["content"].startswith("بالموقف \"المعيب")
    [c] = claims("واتهم ماكرون الحكومة الإيطالية \"بعدم المسؤولية\".")
    assert c["content"].startswith("الحكومة الإيطالية")
    [c] = claims("وقال رجل أمن في مكان الاحتجاج \"لدينا أوامر بعدم إطلاق النار\".")
    assert c["content"].startswith("لدينا أوامر"), "an adjunct before the quotation is not the content"
    assert c["is_anonymous"], "an unnamed individual is an anonymous source"


def test_an_outlet_cited_after_the_claim_reports_it_as_the_parent():
    found = claims("وأبلغ الرئيس الإيراني حسن روحاني نظيره الفرنسي أن الاتفاق غير قابل للتفاوض، بحسب ما نقل موقع الرئاسة الإيرانية.")
    assert len(found) == 2
    speaker, outlet = found
    assert "روحاني" in speaker["source_text"] and outlet["source_text"] == "موقع الرئاسة الإيرانية"
    assert speaker["parent_claim_id"] == outlet["claim_id"]
    assert speaker["content"] == outlet["content"] == "أن الاتفاق غير قابل للتفاوض"


def test_dropped_subjects_in_subordinate_and_participle_clauses():
    [c] = claims("وتعرض الرئيس السابق باراك أوباما لانتقادات شديدة عندما قال إنه سيجري محادثات.")
    assert "أوباما" in c["source_text"]
    found = claims("وتتناقض التصريحات مع مواقف الرئيس حسن روحاني الذي يقول إن بلاده ستلتزم بالاتفاق.")
    assert "روحاني" in found[-1]["source_text"]
    [c] = claims("ورحب ترامب بالإفراج عن برانسون قائلا إنه عانى كثيرا.")
    assert c["source_text"] == "ترامب", "the participle shares the subject, not the object"
    [c] = claims("وقال في مؤتمر صحفي مع المستشارة الألمانية أنغيلا ميركل إن المحادثات مفيدة.")
    assert "ميركل" not in c["source_text"], "the object of `مع` does not speak"


def test_an_unknown_name_after_a_title_or_in_the_speaker_slot():
    [c] = claims("وقال المتحدث باسم الحكومة الفرنسية بنجامين غريفو إن الرئيس حرص على التذكير بالقانون.")
    assert c["source_text"] == "بنجامين غريفو" and c["source_kind"] == "person"
    [c] = claims("وقال بيرحسين كوليوند، إن الطائرة كانت في رحلة داخلية.")
    assert c["source_text"] == "بيرحسين كوليوند"


def test_an_outlet_cited_between_the_speaker_and_the_quotation():
    found = claims("قال المدعي العام سمير قنديلجي بحسب ما أوردت وكالة رويترز \"صدرت التعليمات لتنفيذ الحكم\".")
    speaker, outlet = found
    assert "قنديلجي" in speaker["source_text"] and outlet["source_actor_id"] == "reuters"
    assert speaker["parent_claim_id"] == outlet["claim_id"]
    assert speaker["content"].startswith("صدرت التعليمات") and outlet["content"] == speaker["content"]


def test_a_cue_quoted_inside_a_claim_does_not_take_over_the_speaker():
    found = claims("وقال الوزير سمير قنديلجي إن الرئيس \"أكد أن القانون واضح\"، منوها بأن الحكومة ستلتزم به.")
    assert found[-1]["cue"] == "منوها" and "قنديلجي" in found[-1]["source_text"]


def test_words_that_look_like_cues_but_do_not_report():
    assert not claims("وردت إسرائيل بغارات على مواقع عسكرية.")
    assert claims("وردت إسرائيل بأن الغارات كانت دفاعية.")
    assert not claims("ودعا إلى الحذر من التصعيد في المنطقة.")
    assert not claims("ويذكر أن المدينة شهدت احتجاجات سابقة.")
    [c] = claims("وقال الوزير سمير قنديلجي إنه يريد أن يلتقي بهم قريبا.")
    assert c["content"].startswith("إنه يريد")
    assert not claims("وطالب سمير قنديلجي أن يلتقي الطرفان قريبا."), "أن + a present verb is an infinitive"
    [c] = claims("ونفى سمير قنديلجي أن تكون الحكومة قد عقدت صفقة.")
    assert c["content"].startswith("أن تكون الحكومة")


def test_an_an_inside_the_quotation_does_not_open_the_content():
    [c] = claims("وقال سمير قنديلجي \"ليشهد العالم أن الاحتلال أعدم مواطنين عزلا\".")
    assert c["content"].startswith("ليشهد العالم")
    [c] = claims("وقال رئيس حزب \"العدالة والتنمية\" سمير قنديلجي إن الانتخابات ستجرى في موعدها.")
    assert c["content"].startswith("إن الانتخابات"), "a short quoted name is not the statement"


def test_the_object_before_a_quotation_opens_the_content_but_adjuncts_do_not():
    [c] = claims("وأعلنت الهيئة العليا للمسيرات اختتام فعاليات جمعة \"الغضب\" في القطاع.")
    assert c["content"].startswith("اختتام فعاليات")
    [c] = claims("وكتب سمير قنديلجي عليها بعدة لغات \"نرحب بكم\".")
    assert c["content"].startswith("نرحب بكم")
    [c] = claims("وقال سمير قنديلجي أيضا \"سنعود إلى أرضنا\".")
    assert c["content"].startswith("سنعود")


def test_a_dropped_subject_agrees_in_gender_with_the_verb():
    text = ("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. ورفضت المستشارة أنجيلا ميركل تصريحاته. "
            "وقالت \"نحن متفقون على الهدف\". وأضاف أن العقوبات ستعود.")
    found = claims(text)
    by_cue = {c["cue"]: c for c in found}
    assert by_cue["وقالت"]["source_actor_id"] == "angela-merkel", "a feminine verb: the woman named before"
    assert by_cue["وأضاف"]["source_actor_id"] == "donald-trump", "a masculine verb: the man who spoke"


def test_cue_gender():
    from etl.core.morphology import analyse
    from etl.core.text import normalize_phrase
    for word, gender in [("قال", "m"), ("وقالت", "f"), ("مضيفة", "f"), ("قائلا", "m"), ("نفت", "f"),
                         ("قالوا", None), ("تأكيده", None), ("تعهد", None)]:
        assert analyse(normalize_phrase(word)).agreement_gender == gender, word
    found = claims("وقال سمير قنديلجي إن الحدود مغلقة. وقالت الوزيرة سعاد قنديلجي إن المعبر مفتوح. "
                   "وتقول إن الشاحنات تعبر.")
    assert "سعاد" in found[-1]["source_text"], "`تقول` (its masculine `يقول` is a cue too) is feminine"
    [c] = claims("وكان سمير قنديلجي تعهد في أول إحاطة له، في نيسان الماضي، بتقديم \"خارطة سلام\" جديدة.")
    assert "قنديلجي" in c["source_text"], "`تعهد` is a past verb, not a feminine present"
    assert c["content"].startswith("بتقديم"), "the object after the adjuncts opens the content"


def test_subject_before_the_verb_and_addressees_after_it():
    found = claims("وجاء في البيان أن سمير قنديلجي أبلغ نبيل حداد \"رغبته في الحل\".")
    assert any("قنديلجي" in c["source_text"] and c["content"].startswith("رغبته") for c in found), \
        "after أن the subject comes first; the name after the verb is the addressee"
    [c] = claims("وقال سمير قنديلجي إن الحدود مغلقة. وبرر لنبيل حداد عدم استجابته بأنه لم يكن يثق بالوسيط.")[-1:]
    assert "حداد" not in c["source_text"], "`لـ` + name after the verb is the addressee"


def test_an_unnamed_source_without_a_content_marker():
    [c] = claims("وأفادت تقارير بانضمام هذه الفصائل إلى التنظيم.")
    assert c["source_text"] == "تقارير" and c["is_anonymous"] and c["content"].startswith("بانضمام")


def test_a_described_speaker_goes_on_in_the_same_sentence():
    found = claims("ويرى المعارض التركي أن الرئيس سمير قنديلجي أخطأ، ونبه إلى أن الأزمة أكبر من العقوبات.")
    assert found[-1]["cue"] == "ونبه" and found[-1]["source_text"] == "المعارض التركي"


def test_statements_groups_and_days_in_the_speaker_slot():
    [c] = claims("وقال بيان صادر عن الجيش الإسرائيلي إن الغارات استهدفت مواقع.")
    assert c["source_actor_id"] == "isr-mil", "a statement speaks for the body that issued it"
    [c] = claims("وقال آخرون إن الوضع صعب.")
    assert c["source_text"] == "آخرون" and c["is_anonymous"]
    assert all(not c["source_text"] for c in claims("وقال الأحد إن الوضع صعب.")), "a day does not speak"
    [c] = claims("ومن العاصمة الألمانية، برلين، قال الرئيس الروسي فلاديمير بوتين: \"نحن بحاجة للإغاثة\".")
    assert c["source_actor_id"] == "vladimir-putin", "a place set off by commas is not the subject"
    [c] = claims("وقال الوزير سمير قنديلجي على حسابه على \"تويتر\"، \"الاتفاق انتهى\".")
    assert "قنديلجي" in c["source_text"]


def test_acts_to_come_relative_clauses_and_discourse_adverbials():
    assert not claims("ومن المرتقب أن يعلن الرئيس سمير قنديلجي قراره الأسبوع المقبل.")
    assert not claims("واعتذر سمير قنديلجي عن الملاحظات التي قالها خلال الاجتماع.")
    [c] = claims("لكن الوزيرة سعاد قنديلجي شددت من جهة أخرى على ضرورة الحفاظ على الاتفاق.")
    assert c["content"].startswith("على ضرورة")
    [c] = claims("وقالت المتحدثة سعاد قنديلجي: \"ما زلنا قلقين جدا\".")
    assert c["content"].startswith("ما زلنا"), "ما here negates; it is not a relative"
    found = claims("وأضاف البيان أن الاجتماع تأجل، وأضاف: \"إيطاليا لا يمكنها أن تقبل الدروس\".")
    assert found[-1]["content"].startswith("إيطاليا"), "a name after the colon is the statement's subject"


def test_officials_telling_verbs_and_quantified_sources():
    [c] = claims("وبحسب متحدث باسم وكالة رويترز، فإن الصحفيين بخير.")
    assert c["source_actor_id"] == "reuters", "an unnamed spokesman speaks for the body"
    [c] = claims("وقال مسؤول في وزارة الدفاع الإسرائيلية إن العملية انتهت.")
    assert c["source_actor_id"] == "isr-mod" and not c["is_anonymous"]
    found = claims("وأجرى سمير قنديلجي اتصالا بالرئيس، وأبلغه استعداده لاستئناف المفاوضات.")
    assert found and found[-1]["content"].startswith("استعداده") and "قنديلجي" in found[-1]["source_text"]
    [c] = claims("وتساءلت عدة صحف إصلاحية عن سبب تأخر المحاكمة.")
    assert c["is_anonymous"] and c["source_text"].startswith("عدة صحف")


def test_unnamed_officials_with_several_adjectives_and_a_quoted_statement_after_a_channel():
    [c] = claims("وقال مسؤول نفطي سعودي بارز للصحيفة \"هذا الأمر غير ممكن\".")
    assert c["source_text"] == "مسؤول نفطي سعودي بارز" and c["is_anonymous"]
    assert c["content"].startswith("هذا الأمر"), "a quotation opening with هذا is a statement, not a name"


def test_a_relative_clause_about_the_cited_source_is_not_the_content():
    [c] = claims("ووفقا لموقع رويترز، الذي يتابع الانتهاكات منذ سنوات، يعد هذا التعويض الأكبر.")
    assert c["source_actor_id"] == "reuters" and c["content"].startswith("يعد هذا")


def test_a_subject_named_in_apposition_after_the_verb_and_a_noun_phrase_content():
    [c] = claims("وينفي مؤسس المنظمة، سمير قنديلجي، انتهاك القانون.")
    assert c["source_text"] == "سمير قنديلجي" and c["content"].startswith("انتهاك القانون")
    x = extract("t", "وينفي مؤسس المنظمة، سمير قنديلجي، انتهاك القانون ودافع عن عمل المنظمة.", DAY)
    assert {m["surface"] for m in x.actor_mentions} == {"سمير قنديلجي"}, "a rejected name leaves no family name behind"


def test_an_office_of_a_titled_person_and_a_named_organiser_speak():
    [c] = claims("وأفاد مكتب الرئيس الفرنسي بأن الرئيس اقترح توسيع المناقشات.")
    assert c["source_text"] == "مكتب الرئيس الفرنسي"
    [c] = claims("قال أحد المنظمين، واسمه كيفن مانسينغ، لبي بي سي إن الجمارك لم تدرس أي حالة.")
    assert c["source_text"] == "كيفن مانسينغ" and c["channel_actor_id"] == "bbc"


def test_a_source_cited_after_a_conditional_main_clause():
    found = claims("وإذا كانت تركيا قد أفرجت عن القس، فإنها ما زالت مطالبة بالإفراج عن آخرين حسب ما أكده "
                   "وزير الخارجية الأميركي، مايك بومبيو.")
    [c] = [c for c in found if c["source_actor_id"] == "mike-pompeo"]
    assert c["content"].startswith("ما زالت مطالبة")


def test_an_unknown_name_before_an_apposed_title_is_the_source():
    [c] = claims("وقال زوران ميلوفيتش، مدرب فريق الوحدة، إن الفريق جاهز للمباراة.")
    assert c["source_text"] == "زوران ميلوفيتش" and c["source_kind"] == "person"
    [c] = claims("وقالت كاترينا نوفاك، الناطقة باسم الشرطة، إن التحقيق مستمر.")
    assert c["source_text"] == "كاترينا نوفاك"
    x = extract("t", "وقالت كاترينا نوفاك، الناطقة باسم الشرطة، إن التحقيق مستمر.", DAY)
    assert any(m["surface"] == "كاترينا نوفاك" for m in x.actor_mentions)


def test_a_time_word_before_an_apposed_title_is_not_taken_for_a_name():
    for when in ("أمس", "مساء أمس"):
        found = claims(f"وقال {when}، المتحدث باسم الحكومة، إن الاتفاق صامد.")
        assert found and not [c for c in found if c["source_text"] == when], when


def test_a_chain_of_quoted_sources_gives_parent_child_and_grandchild():
    found = claims("ونقلت وكالة رويترز عن صحيفة الحياة عن مصادر مطلعة أن الوفد غادر العاصمة.")
    by_id = {c["claim_id"]: c for c in found}
    [top] = [c for c in found if c["parent_claim_id"] is None]
    [middle] = [c for c in found if c["parent_claim_id"] == top["claim_id"]]
    [inner] = [c for c in found if c["parent_claim_id"] == middle["claim_id"]]
    assert (top["source_actor_id"], inner["is_anonymous"]) == ("reuters", True)
    assert middle["source_text"] == "صحيفة الحياة" and inner["source_text"] == "مصادر مطلعة"
    assert len(by_id) == 3 and {c["content"] for c in found} == {"أن الوفد غادر العاصمة"}


def test_a_described_source_after_naqlan_an_is_a_child_claim():
    found = claims("وذكرت صحيفة نيويورك تايمز نقلا عن مسؤولين أميركيين أن الرئيس سيزور المنطقة.")
    parent = next(c for c in found if c["parent_claim_id"] is None)
    [child] = [c for c in found if c["parent_claim_id"] == parent["claim_id"]]
    assert parent["source_actor_id"] == "nyt"
    assert child["source_text"] == "مسؤولين أميركيين" and child["is_anonymous"]


def test_a_report_that_states_the_content_is_one_claim():
    [c] = claims("ونقلت وسائل إعلام روسية أنباء تفيد بأن الوفد غادر العاصمة.")
    assert c["cue"] == "ونقلت" and c["source_actor_id"] == "rus-media"
    assert c["content"] == "بأن الوفد غادر العاصمة"


def test_content_ends_where_another_statement_begins():
    first, second = claims("وذكرت تقارير صحفية أن الوفد غادر العاصمة، حيث قالت مصادر إن الطائرة هبطت في الدوحة.")
    assert first["content"] == "أن الوفد غادر العاصمة"
    assert second["content"] == "إن الطائرة هبطت في الدوحة" and second["source_text"] == "مصادر"
    [outer, *_] = claims('وقال وزير الخارجية الروسي سيرغي لافروف إن "الوفد غادر، حيث قال لنا إنه سيعود".')
    assert outer["content"].endswith("إنه سيعود"), "a statement quoted inside the content stays in it"


def test_a_speaker_described_then_named_after_wasmuh_is_the_named_person():
    [c] = claims("وقال أحد المنظمين، واسمه ألكس مانسينغ، إن الحافلات لم تصل.")
    assert c["source_text"].endswith("ألكس مانسينغ") and c["source_kind"] == "person"


def test_a_statement_noun_after_the_verb_is_its_adjunct_not_a_second_cue():
    [c] = claims('وقال الجيش الإسرائيلي في بيان "إن القوات انسحبت من المدينة".')
    assert c["cue"] == "وقال" and c["source_actor_id"] == "isr-mil"


def test_an_official_speaking_for_a_body_announces_an_object_after_an_adverbial():
    [c] = claims("أعلن الناطق باسم وزارة الصحة الفلسطينية في قطاع غزة الجمعة، مقتل شابين برصاص الجيش.")
    assert c["source_actor_id"] == "pse-moh" and c["content"].startswith("مقتل شابين")


def test_a_definite_subject_no_rule_names_is_the_source_not_an_earlier_speaker():
    x = extract("t", "وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد. "
                     "وقالت الشرطة الاتحادية الإثيوبية إنها عثرت على الشاحنة.", DAY)
    second = x.claims[1]
    assert second["source_text"] == "الشرطة الاتحادية الإثيوبية" and second["source_actor_id"] != "vladimir-putin"
    assert any(m["surface"] == "الشرطة الاتحادية الإثيوبية" for m in x.actor_mentions)


def test_an_addressee_or_a_bare_head_after_the_verb_is_not_taken_for_the_subject():
    found = claims("وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد. وقال للصحفيين إن المحادثات ستستمر.")
    assert [c["source_actor_id"] for c in found] == ["vladimir-putin", "vladimir-putin"]
    # a bare head no earlier speaker resolves makes no actor; the claim's source text still names it
    x = extract("t", "وأكدت الوزارة أن الإمدادات وصلت.", DAY)
    assert [(c["source_text"], c["source_actor_id"]) for c in x.claims] == [("الوزارة", None)]
    assert not any(m["surface"] == "الوزارة" for m in x.actor_mentions)


def test_an_attribution_after_the_content_takes_the_subject_of_its_verb():
    [c] = claims("ومنعت الطائرة من دخول المجال الجوي، حسبما قال مدير الطيران المدني في غيانا.")
    assert c["source_text"] == "مدير الطيران المدني" and c["content"].startswith("ومنعت الطائرة")
    [c] = claims("وسمع دوي انفجارات في أجواء المدينة، بحسب ما أفادت مراسلة وكالة الأنباء الفرنسية.")
    assert c["source_actor_id"] == "fra-news-agency" and c["content"].startswith("وسمع دوي")


def test_kama_after_a_comma_attributes_what_came_before_but_kama_with_an_anna_adds_a_claim():
    [c] = claims("وبدأت الحكومة احتلالا مؤقتا للأسواق، كما أعلن نائب الرئيس طارق العيسمي.")
    assert c["source_text"] == "طارق العيسمي" and c["content"] == "وبدأت الحكومة احتلالا مؤقتا للأسواق"
    found = claims("وبدأت الحكومة احتلالا مؤقتا للأسواق، كما أعلن الرئيس الفنزويلي نيكولاس مادورو أن الأسعار ستنخفض.")
    assert [c["content"] for c in found] == ["أن الأسعار ستنخفض"]


def test_the_place_of_a_statement_is_not_its_content():
    [c] = claims("ونبهت الحكومة اليمنية في بيان صدر عنها من الانعكاسات الخطيرة للهجوم.")
    assert c["content"].startswith("من الانعكاسات")
    [c] = claims("وأعلن الجيش الإسرائيلي في تصريح له انتهاء العملية في المدينة.")
    assert c["content"].startswith("انتهاء العملية")


def test_words_that_look_like_cues_but_carry_or_add_or_inscribe_are_no_claims():
    assert not claims('ودخلت سفينة تنقل جزءا من المهاجرين، وهي الإيطالية "داتيلو" المرفأ فجرا.')
    assert not claims('ورفع المتظاهرون لافتة كتب عليها "نرحب بكم في بلدنا".')
    [c] = claims("وسقط قتلى وجرحى، إضافة إلى تدمير آليات، بحسب موقع الجيش اليمني.")
    assert c["cue"] == "بحسب" and c["content"].startswith("وسقط قتلى")


def test_a_bare_title_or_head_after_the_verb_refers_to_the_last_speaker_of_its_kind():
    found = claims('وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد. وقال الرئيس للصحفيين "سنوفر كل الدعم".')
    assert found[1]["source_text"] == "الرئيس" and found[1]["source_actor_id"] == "vladimir-putin"
    assert found[1]["content"] == "سنوفر كل الدعم"
    found = claims("وأكدت منظمة الصحة العالمية أن الوباء انتشر. وقالت المنظمة إن اللقاحات وصلت.")
    assert found[1]["source_text"] == "المنظمة" and found[1]["source_actor_id"] == found[0]["source_actor_id"]


def test_a_negated_cue_with_nothing_reported_is_no_claim():
    assert not claims("ولم تعلق كوريا الشمالية على الأمر.")
    assert not claims("ولم تؤكد كوريا الشمالية هذا العرض من جانبها.")
    assert claims("ولا تقول الحكومة إن الأزمة انتهت."), "with its content, a negated cue still reports"


def test_yudaa_before_a_name_means_is_called():
    assert [c["cue"] for c in claims("وقال أحد أصدقائه إنه يدعى تشارلي راولي.")] == ["وقال"]


def test_an_unknown_name_straight_before_a_title_is_the_source():
    [c] = claims("من جانبه قال نيل باسو رئيس شرطة مكافحة الإرهاب، إن التحقيق مستمر.")
    assert c["source_text"] == "نيل باسو"


def test_inna_before_a_verbal_noun_of_form_taf_il_opens_content():
    [c] = claims("وردت وزارة الخارجية الأمريكية، قائلة إن تفكيك البرنامج النووي هو الهدف.")
    assert c["content"].startswith("إن تفكيك")


def test_adaf_reports_with_a_marker_but_adds_a_thing_without_one():
    assert not claims("أضاف محمد صلاح الأربعاء لمسة جديدة في مشواره الكروي.")
    [c] = claims('وأضاف الوزير الروسي سيرغي لافروف، في بيان، "لن نتراجع".')
    assert c["source_actor_id"] == "sergey-lavrov" and c["content"] == "لن نتراجع"
    assert not claims('كشفت أزمة السفينة "أكواريوس" حجم الانقسام في أوروبا.')


def test_a_cue_that_opens_a_quotation_is_the_speakers_words_not_a_new_claim():
    [c] = claims('وقالت شاهدة عيان: "أعتقد أن الحادث متعمد".')
    assert c["cue"] == "وقالت" and c["content"].startswith("أعتقد أن الحادث")


def test_content_ends_before_a_contrasting_clause_unless_quoted():
    [c] = claims("وقال الرئيس الروسي فلاديمير بوتين إن الوفد غادر، فيما تواصل القتال في المدينة.")
    assert c["content"] == "إن الوفد غادر"
    [c] = claims('وقال الرئيس الروسي فلاديمير بوتين "إن الوفد غادر، فيما نحن باقون".')
    assert c["content"] == "إن الوفد غادر، فيما نحن باقون"


def test_an_official_spokesman_with_an_adjective_speaks_for_the_body():
    [c] = claims("وأكد المتحدث الرسمي باسم وزارة الدفاع الروسية، استمرار العمليات في المنطقة.")
    assert c["source_actor_id"] == "rus-mod" and c["content"].startswith("استمرار العمليات")


def test_a_described_speaker_named_after_a_comma_is_the_named_person():
    [c] = claims("وقال المتحدث باسم الشرطة، سيتيو واسيستو، في إفادة صحفية إن الرجال قادوا سيارتهم.")
    assert c["source_text"] == "سيتيو واسيستو"
    [c] = claims("وقال وزير الخارجية الروسي، أمس، إن الاتفاق صامد.")
    assert c["source_text"] != "أمس"


def test_a_spokesman_of_a_body_no_rule_names_speaks_for_that_body():
    found = claims("وقال البنك المركزي الروسي إنه تلقى معلومات. "
                   "وقالت متحدثة باسم سويفت، التي يستخدم نظامها للتراسل، إن الشركة لا تعلق.")
    assert found[1]["source_text"] == "سويفت" and found[1]["source_actor_id"] != found[0]["source_actor_id"]


def test_a_subject_with_a_relative_clause_before_a_colon_is_the_source():
    found = claims('وقال البنك المركزي الروسي إنه تلقى معلومات. '
                   'وقال تحالف مصنعي السيارات الذي يمثل كبرى الشركات: "الرسوم ترفع الأسعار".')
    assert found[1]["source_text"] == "تحالف مصنعي السيارات"


def test_a_name_after_a_clitic_preposition_is_not_the_delayed_subject():
    found = claims("وقال لمصنعي السيارات أثناء اجتماع بالبيت الأبيض، إنه يعتزم فرض رسوم.")
    assert not [c for c in found if c["source_text"] == "البيت الأبيض"]


def test_an_after_a_verb_that_does_not_pass_a_statement_on_is_no_chain():
    found = claims("ندد مسؤولون عن مسلمي فرنسا بمقال شديد اللهجة نشر الأحد.")
    assert not [c for c in found if c["parent_claim_id"] is not None]
    [c] = claims("وقال الرئيس الروسي فلاديمير بوتين عن الاتفاق إنه صامد.")
    assert c["source_actor_id"] == "vladimir-putin" and c["parent_claim_id"] is None


def test_a_verb_after_anna_with_a_pronoun_is_said_by_the_speaker_and_the_actor_after_it_is_told():
    found = claims("وأكد الرئيس الروسي فلاديمير بوتين أنه أبلغ السياسيين الهنود أن هذا ليس صحيحا.")
    inner = next(c for c in found if c["cue"] == "أبلغ")
    assert inner["source_actor_id"] == "vladimir-putin" and inner["content"] == "أن هذا ليس صحيحا"


def test_a_verb_inside_a_report_needs_a_speaker_of_its_own():
    found = claims("وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق قد ينهار قبل أن يقره البرلمان.")
    assert [c["cue"] for c in found] == ["وقال"]
    found = claims("وكشفت الصحيفة أن ماكرون أبلغ روحاني أن الاتفاق صامد.")
    assert any(c["cue"] == "أبلغ" and c["source_actor_id"] == "emmanuel-macron" for c in found)


def test_a_demonstrative_after_inna_is_not_a_verb():
    [c] = claims("مع ذلك، فقد أكد وزير الخزانة ستيفن منوشين في مؤتمر صحفي إن تلك الشركات ستطلب إعفاءات.")
    assert c["source_text"] == "ستيفن منوشين" and c["content"].startswith("إن تلك الشركات")


def test_a_quotation_after_an_adverbial_between_commas_is_still_reported():
    [c] = claims('وأضاف الرئيس الروسي فلاديمير بوتين للصحفيين، خلال مقابلة في الكرملين، "الصفقة صامدة".')
    assert c["content"] == "الصفقة صامدة"
