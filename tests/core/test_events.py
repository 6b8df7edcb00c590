"""Event rules on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def events(text):
    return extract("t", text, DAY).events


def test_phone_call_is_consult_with_mode_source_and_date():
    [e] = events("وأجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس التركي رجب طيب أردوغان أمس.")
    assert (e["event_type"], e["event_mode"]) == ("CONSULT", "phone")
    assert e["source_actor_id"] == "vladimir-putin" and e["target_actor_id"] == "recep-tayyip-erdogan"
    assert e["event_date"] == dt.date(2024, 12, 7) and e["date_precision"] == "day"


def test_conjugations_and_verbal_nouns_and_enclitics():
    assert {e["event_type"] for e in events("هاجمت القوات المدينة.")} == {"ASSAULT"}
    assert {e["event_type"] for e in events("وأعلن الجيش استعداده لوقف إطلاق النار.")} >= {"AGREE"}
    assert {e["event_type"] for e in events("ووفرت روسيا اللجوء السياسي للأسد.")} == {"AID"}


def test_negation_marks_the_event():
    [e] = events("ولم تهاجم القوات الحكومية المدينة.")
    assert e["event_type"] == "ASSAULT" and e["negated"]
    [e] = events("وهاجمت القوات الحكومية المدينة.")
    assert not e["negated"]


def test_future_meeting_is_agree_not_consult():
    types = {e["event_type"] for e in events("وسيزور وزير الخارجية الإيراني أنقرة الأسبوع المقبل.")}
    assert "AGREE" in types and "CONSULT" not in types


def test_event_reported_inside_a_claim_links_to_it():
    x = extract("t", "وقالت مصادر مطلعة إن الطائرات قصفت مواقع للمعارضة.", DAY)
    [e] = [e for e in x.events if e["event_type"] == "ASSAULT"]
    assert e["claim_id"] == x.claims[0]["claim_id"]


def test_location_from_a_state_named_as_a_place():
    [e] = events("وقصفت الطائرات مواقع في سوريا.")
    assert e["location"] == "سوريا" and e["location_country_iso3"] == "SYR"


def assaults(text):
    return [e for e in events(text) if e["event_type"] == "ASSAULT"]


def test_a_figurative_explosion_or_a_verbal_attack_is_no_assault():
    assert assaults("وحذر الوزير من انفجار الأوضاع في المنطقة.") == []
    assert assaults("وهاجم المرشح تصريحات منافسه في المناظرة.") == []
    assert len(assaults("وقتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط المدينة.")) == 1


def test_sport_question_plan_and_hypothesis_report_no_event():
    assert assaults("وشن الفريق هجوما سريعا في الشوط الثاني من المباراة.") == []
    assert assaults("هل تهاجم القوات المدينة؟") == []
    assert assaults("واعتقلت الشرطة رجلين بتهمة التخطيط لاعتداء على السفارة.") == []
    assert assaults("وقال إن الجيش سيرد إذا هاجم المسلحون القرية.") == []
    assert assaults("وأكد أن الحكومة ماضية في مكافحة الإرهاب.") == []


def test_a_goal_scored_a_wish_or_a_future_act_reports_no_event():
    assert assaults("وسجل المهاجم هدفين بعد هجوم منظم من الجهة اليسرى.") == []
    assert assaults("ويتمنى الكاتب أن تتوقف الهجمات على المدنيين.") == []
    assert [e for e in events("وتوقع الوزير أن تتجدد الاحتجاجات في المستقبل.") if e["event_type"] == "PROTEST"] == []
    # the same words reporting the act still give it
    assert len(assaults("وقتل ثلاثة جنود في هجوم مسلح على نقطة تفتيش قرب الحدود.")) == 1
    assert [e["event_type"] for e in events("ونزل آلاف الطلاب إلى الشوارع أمام البرلمان.")] == ["PROTEST"]


def test_a_prevented_attack_is_negated_not_dropped():
    [e] = assaults("وأحبطت الشرطة هجوما على مركز تجاري.")
    assert e["negated"]


def test_history_is_dated_before_the_report():
    text = "وقصفت الطائرات القرية يوم الأحد 5 أيار 2024. وكانت القرية قد تعرضت لهجوم عام 1982."
    [e] = assaults(text)
    assert e["sentence_idx"] == 0


def test_a_coordinated_verb_opens_its_own_clause():
    [e] = assaults("واستخدم الجنود وسائل مكافحة الشغب وأطلقوا الرصاص الحي على المتظاهرين.")
    assert not e["negated"]


def test_source_after_an_agent_phrase_and_the_victim_as_target():
    [e] = assaults("وقتل الصحفي محمد الأحمد برصاص الجيش الإسرائيلي قرب الحدود.")
    assert (e["source_actor_id"], e["target_actor_id"]) == ("isr-mil", "person-mhmd-ahmd")
    [e] = assaults("واختطف الصحفي محمد الأحمد من قبل مسلحين مجهولين.")
    assert (e["source_actor_id"], e["target_actor_id"]) == ("gunmen", "person-mhmd-ahmd")


def test_a_resumptive_verb_names_the_attacker():
    [e] = assaults("وقتل عشرة أشخاص في هجوم شنه تنظيم الدولة الإسلامية على قرية.")
    assert e["source_actor_id"] == "isis"


def test_a_nationality_adjective_names_the_source_from_earlier_sentences():
    x = extract("t", "وقصف الجيش الإسرائيلي مواقع في غزة. وقالت حماس إن الغارات الإسرائيلية استهدفت مقرا للحركة.", DAY)
    second = [e for e in x.events if e["sentence_idx"] == 1 and e["event_type"] == "ASSAULT"]
    assert [e["source_actor_id"] for e in second] == ["isr-mil"]


def test_target_after_a_preposition_of_attack():
    [e] = assaults("وشن الجيش التركي غارات جوية على وحدات حماية الشعب الكردية.")
    assert (e["source_actor_id"], e["target_actor_id"]) == ("tur-mil", "ypg")


def test_a_verb_with_a_dropped_subject_goes_on_with_the_last_source():
    x = extract("t", "وقصف الجيش الإسرائيلي مواقع في غزة. وهاجم بعد ذلك مخيما للاجئين.", DAY)
    assert [e["source_actor_id"] for e in x.events if e["sentence_idx"] == 1] == ["isr-mil"]


def test_an_act_named_as_the_matter_of_a_case_or_charge_is_not_reported_again():
    assert assaults("وأصدرت المحكمة حكمها في قضية خطف الصحفيين.") == []
    assert assaults("واعتقلت الشرطة ثلاثة رجال بتهمة خطف طفل.") == []
    assert len(assaults("وخطف مسلحون ثلاثة صحفيين في المدينة.")) == 1


def test_two_coordinated_parties_of_a_mutual_act():
    [e] = [e for e in events("والرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان تحدثا هاتفيا اليوم.")
           if e["event_type"] == "CONSULT"]
    assert (e["source_actor_id"], e["target_actor_id"]) == ("vladimir-putin", "recep-tayyip-erdogan")


def test_parties_after_between():
    [e] = [e for e in events("وتم التوقيع على الاتفاق بين روسيا وتركيا في موسكو.") if e["event_type"] == "AGREE"]
    assert (e["source_actor_id"], e["target_actor_id"]) == ("rus", "tur")


def test_announced_force_is_a_threat():
    types = {e["event_type"] for e in events("وقال الوزير إن إيطاليا ستحتجز السفينتين في الميناء.")}
    assert "THREATEN" in types and "COERCE" not in types


def test_deaths_in_an_accident_are_no_assault():
    assert assaults("وتحطمت طائرة ركاب صباح الأحد ما أدى إلى مقتل جميع ركابها.") == []


def test_an_attack_in_words_by_a_speaker_is_an_accusation():
    found = events("وهاجم الرئيس الأمريكي دونالد ترامب القيادة الإيرانية، قائلا إنها تهدد المنطقة.")
    assert "ACCUSE" in {e["event_type"] for e in found} and "ASSAULT" not in {e["event_type"] for e in found}
    assert {e["event_type"] for e in events("وهاجم الجيش الإسرائيلي مواقع في غزة، قائلا إنها لحماس.")} >= {"ASSAULT"}


def test_a_verbal_noun_negation_negates():
    [e] = assaults("وقال إن لديهم أوامر بعدم إطلاق النار على المحتجين.")
    assert e["negated"]


def test_discontinuous_triggers_verb_then_object():
    [e] = assaults("وأطلقت إيران، فجر الخميس، 20 صاروخا على مواقع في الجولان.")
    assert (e["trigger"], e["source_actor_id"]) == ("أطلقت", "irn")
    [e] = [e for e in events("وحملت تركيا النظام السوري مسؤولية التصعيد.") if e["event_type"] == "ACCUSE"]
    assert (e["source_actor_id"], e["target_actor_id"]) == ("tur", "syr-regime")
    assert {e["event_type"] for e in events("وأطلقت الشرطة سراح المعتقلين.")} == {"RETREAT"}
    assert assaults("وأطلقت الحكومة حملة لتشجيع السياحة في البلاد.") == []


def test_a_connective_opens_a_clause_with_an_act_of_its_own():
    found = events("وقصفت الطائرات مواقع في المدينة، بينما اقتحم مسلحون مبنى البلدية.")
    assert [e["event_type"] for e in found].count("ASSAULT") == 2
    found = events("وشنت الطائرات غارات جوية على المدينة وقصفت مواقع قربها.")
    assert [e["event_type"] for e in found].count("ASSAULT") == 1


def test_proposals_conditions_calls_and_relief_as_collocations():
    assert "REQUEST" in {e["event_type"] for e in events("ووضع الوزير 12 شرطا لأي اتفاق جديد.")}
    assert "CONSULT" in {e["event_type"] for e in events("وتحدث الرئيس هاتفيا مع نظيره الفرنسي.")}
    assert "AID" in {e["event_type"] for e in events("وأرسلت الحكومة 12 فريق إسعاف إلى المنطقة.")}


def test_market_language_and_export_bans():
    assert assaults("وحذر الخبراء من انفجار فقاعة الأسهم في الأسواق.") == []
    assert {e["event_type"] for e in events("ومنعت الأمم المتحدة كوريا الشمالية من تصدير الفحم.")} == {"SANCTION"}


def test_an_act_done_by_saying_with_no_actor_before_it_is_the_last_actors():
    x = extract("t", "ودعت الحكومة الفرنسية إلى وقف القتال. وقالت في بيان إنها ترفض أي تدخل أجنبي.", DAY)
    [e] = [e for e in x.events if e["event_type"] == "REJECT"]
    assert e["source_actor_id"] == x.events[0]["source_actor_id"] is not None


def test_praise_thanks_standing_by_and_pledges():
    assert "SUPPORT" in {e["event_type"] for e in events("وشكر الرئيس الفرنسي الحكومة الألمانية على دعمها.")}
    assert "SUPPORT" in {e["event_type"] for e in events("وقالت إن فرنسا تقف إلى جانب لبنان.")}
    assert "AGREE" in {e["event_type"] for e in events("ووعد رئيس الوزراء بإجراء انتخابات مبكرة.")}
    assert "SUPPORT" not in {e["event_type"] for e in events("وهنا قرر الوزير السفر إلى أنقرة.")}


def test_receiving_refugees_is_aid_and_receiving_a_visitor_a_meeting():
    assert {e["event_type"] for e in events("واستقبلت ألمانيا أكثر من مليون طالب لجوء منذ عام 2015.")} == {"AID"}
    assert {e["event_type"] for e in events("واستقبل الرئيس وزير الخارجية الإيراني في قصر الرئاسة.")} == {"CONSULT"}


def test_a_release_asked_for_is_a_request_and_a_meeting_prepared_an_agreement():
    types = {e["event_type"] for e in events("وطالب الوزير السلطات التركية بالإفراج عن المعتقلين.")}
    assert "REQUEST" in types and "RETREAT" not in types
    types = {e["event_type"] for e in events("ويستعد الرئيس الفرنسي للقاء رئيس الحكومة الإيطالية.")}
    assert "AGREE" in types and "CONSULT" not in types


def test_event_context_lexicon_rows_are_well_formed_and_sourced():
    from pathlib import Path

    from etl.core import event_context
    from etl.core.lexicon import phrase_key, read_tsv
    rows = read_tsv(Path(event_context.__file__).parent / "lexicons" / "event_context.tsv",
                    ("cue_ar", "context_class", "scope", "event_types"))
    assert rows and all(r["source"] for r in rows)
    assert {r["context_class"] for r in rows} <= set(event_context.CONTEXT_CLASSES)
    assert {r["scope"] for r in rows} <= set(event_context._SCOPES)
    keys = [(phrase_key(r["cue_ar"]), r["context_class"], r["scope"]) for r in rows]
    assert len(keys) == len(set(keys)), "a cue is listed twice for the same class and scope"
