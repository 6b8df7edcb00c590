"""Claim constructions of Arabic news copy, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def parent_and_child(found):
    """The one top-level claim and the one claim nested under it."""
    [parent] = [c for c in found if c["parent_claim_id"] is None]
    [child] = [c for c in found if c["parent_claim_id"] == parent["claim_id"]]
    return parent, child


def test_a_passive_report_is_the_quoted_sources_claim():
    [c] = claims("ونُقل عن مسؤول أمني قوله إن الهجوم فشل.")
    assert c["source_text"] == "مسؤول أمني" and c["is_anonymous"]
    assert c["parent_claim_id"] is None and c["content"].startswith("إن الهجوم فشل")


def test_the_subject_between_kana_and_qad():
    [c] = claims("وكانت وزارة الخارجية الروسية قد أعلنت أن الوفد غادر.")
    assert c["source_actor_id"] == "rus-mfa" and c["cue"] == "أعلنت"
    [c] = claims("وكان الرئيس الفرنسي قد ندد بالموقف \"المعيب\" للحكومة.")
    assert c["source_text"] == "الرئيس الفرنسي"


def test_a_spokesman_after_a_time_adverbial_speaks_for_the_body():
    [c] = claims("وقال مساء أمس، المتحدث باسم وزارة الدفاع الروسية، إن الاتفاق صامد.")
    assert c["source_actor_id"] == "rus-mod"


def test_feminine_and_oblique_anonymous_heads():
    [c] = claims("وقالت شاهدة عيان إن الطائرات قصفت السوق.")
    assert c["source_text"] == "شاهدة عيان" and c["is_anonymous"]
    found = claims("ونقلت صحيفة الغارديان عن مراقبين قولهم إن الأزمة ستطول.")
    assert any(x["source_text"] == "مراقبين" and x["is_anonymous"] for x in found)


def test_a_described_source_quoted_after_an_outlet_is_the_child():
    found = claims("ونقلت قناة الجزيرة عن وزير الخارجية القطري قوله إن المفاوضات مستمرة.")
    parent, child = parent_and_child(found)
    assert parent["source_actor_id"] == "al-jazeera" and child["source_text"] == "وزير الخارجية القطري"
    assert child["content"] == parent["content"] == "إن المفاوضات مستمرة"


def test_a_prepositional_cue_passing_on_another_source_nests_it():
    found = claims("وبحسب ما نقلت وكالة رويترز عن مصادر أمنية، فإن الهجوم أسفر عن قتلى.")
    parent, child = parent_and_child(found)
    assert parent["source_actor_id"] == "reuters" and child["source_text"] == "مصادر أمنية" and child["is_anonymous"]
    found = claims("ووفقا لوكالة رويترز نقلا عن مصادر مطلعة، فإن الوفد غادر.")
    assert {c["source_text"] for c in found if c["parent_claim_id"]} == {"مصادر مطلعة"}


def test_an_outlet_after_the_statement_quoting_a_source_gives_a_three_link_chain():
    found = claims("وقال ترامب إن الاتفاق سيء، بحسب ما نقلت وكالة رويترز عن مصادر مطلعة.")
    by_source = {c["source_text"]: c for c in found}
    assert set(by_source) == {"ترامب", "وكالة رويترز", "مصادر مطلعة"}
    assert by_source["وكالة رويترز"]["parent_claim_id"] is None
    assert by_source["مصادر مطلعة"]["parent_claim_id"] == by_source["وكالة رويترز"]["claim_id"]
    assert by_source["ترامب"]["parent_claim_id"] == by_source["مصادر مطلعة"]["claim_id"]
    assert {c["content"] for c in found} == {"إن الاتفاق سيء"}


def test_reports_carrying_the_statement_are_one_claim_of_unnamed_media():
    [c] = claims("ونقلت وسائل إعلام محلية أنباء تفيد بأن الرئيس غادر البلاد.")
    assert c["source_text"] == "وسائل إعلام محلية" and c["is_anonymous"] and c["cue"] == "ونقلت"
    assert c["content"].startswith("بأن الرئيس غادر")


def test_an_indefinite_source_before_a_definite_object():
    [c] = claims("وأعلن مسؤولون أكراد التوصل إلى اتفاق مع الحكومة.")
    assert c["source_text"] == "مسؤولون أكراد" and c["is_anonymous"]
    assert c["content"].startswith("التوصل إلى اتفاق")


def test_a_participle_of_saying_is_one_statement_with_its_verbs_subject():
    [c] = claims("ورد رئيس الوزراء الإيطالي الجديد على الرئيس الفرنسي إيمانويل ماكرون، قائلا: \"لن نأخذ الدروس\".")
    assert c["source_text"] == "رئيس الوزراء الإيطالي الجديد" and c["content"].startswith("لن نأخذ")
    [c] = claims("وعلق وزير الداخلية الألماني على القرار قائلا إن الحكومة ستدرسه.")
    assert c["cue"] == "قائلا" and c["content"] == "إن الحكومة ستدرسه"


def test_a_possessive_noun_of_saying_names_the_speaker_by_its_pronoun():
    found = claims("وقالت ميركل إن الوضع خطير. والاتفاق سيء، على حد قولها.")
    assert [c["source_actor_id"] for c in found] == ["angela-merkel", "angela-merkel"]
    assert found[1]["content"] == "والاتفاق سيء"


def test_a_fronted_quotation_is_reported_by_the_verb_after_it():
    [c] = claims("\"نحن مستعدون للحوار\"، قال وزير الخارجية الروسي سيرغي لافروف.")
    assert c["source_actor_id"] == "sergey-lavrov" and c["content"] == "نحن مستعدون للحوار"
    found = claims("وقال لافروف إن الوضع \"خطير\". \"ولن نسمح بحصول ذلك\"، مضيفا أن الحوار ممكن.")
    assert all(c["content"] != "ولن نسمح بحصول ذلك" or c["source_actor_id"] == "sergey-lavrov" for c in found)


def test_the_suspect_is_not_a_hedge():
    [c] = claims("وقالت الشرطة البريطانية إن المشتبه به اعتقل في لندن.")
    assert not c["hedged"]


def test_a_headline_name_and_verb_before_the_colon_has_the_name_as_source():
    found = extract("t", "نتانياهو يتوعد: إيران تجاوزت الخط الأحمر\n\nقال نتانياهو إن الضربات مناسبة.", DAY).claims
    assert found[0]["cue"] == ":" and found[0]["source_text"] == "نتانياهو"
    assert found[0]["source_actor_id"] == "benjamin-netanyahu"


def test_a_transliterated_rank_is_a_title_before_the_name():
    [c] = claims("وقال الكولونيل شون رايان إن الضربات استهدفت مواقع التنظيم.")
    assert c["source_text"].endswith("شون رايان") and c["source_kind"] == "person"


def test_content_ends_before_the_writers_gloss_unless_quoted():
    [c] = claims("وأعلنت وزارة الدفاع الروسية أن قواتها دمرت مخزنا للأسلحة، من دون أن تقدم تفاصيل.")
    assert c["content"] == "أن قواتها دمرت مخزنا للأسلحة"
    [c] = claims("وقال الجيش الإسرائيلي إن طائراته قصفت مواقع، في إشارة إلى التصعيد الأخير.")
    assert c["content"] == "إن طائراته قصفت مواقع"
    [c] = claims("وقال الجيش الإسرائيلي: \"قصفنا مواقع لحماس، دون أن نستهدف المدنيين\".")
    assert c["content"] == "قصفنا مواقع لحماس، دون أن نستهدف المدنيين"


def test_a_statement_in_a_relative_clause_on_the_issued_document():
    [c] = claims("ونشر الجيش الإسرائيلي بيانا جاء فيه أن طائراته قصفت مواقع.")
    assert c["source_actor_id"] == "isr-mil" and c["content"].startswith("أن طائراته")


def test_a_prepositional_cue_on_a_document_names_its_issuer():
    [c] = claims("وبحسب بيان صادر عن الجيش الإسرائيلي، فإن القوات تقدمت.")
    assert c["source_actor_id"] == "isr-mil" and c["content"].startswith("فإن القوات")
    [c] = claims("وبحسب تقرير لمنظمة العفو الدولية، فإن المعتقلين تعرضوا للتعذيب.")
    assert c["source_actor_id"] == "amnesty"


def test_a_short_clause_before_a_comma_and_a_prepositional_cue_is_its_content():
    [c] = claims("وتقدمت القوات، بحسب رويترز.")
    assert c["source_actor_id"] == "reuters" and c["content"] == "وتقدمت القوات"


def test_a_preposition_governing_a_noun_is_not_an_attribution():
    assert not claims("ووفقا لقرار مجلس الأمن، يجب أن تنسحب القوات.")
    found = claims("وقال شهاب: \"تم التوافق على وقف إطلاق النار وفق تفاهمات القاهرة للعام 2014\".")
    assert [c["source_text"] for c in found] == ["شهاب"]
    [c] = claims("وبحسب ما نقلت رويترز، فإن الوفد غادر.")
    assert c["source_actor_id"] == "reuters"


def test_a_trailing_prepositional_cue_without_a_comma_attributes_the_nearest_clause():
    [c] = claims("وشنت الطائرات سلسلة غارات على أهداف في القطاع، بينها نفق بحسب الجيش الإسرائيلي.")
    assert c["source_actor_id"] == "isr-mil" and c["content"] == "بينها نفق"
    [c] = claims("وقتل عشرة أشخاص، بينهم ثلاثة أطفال، بحسب المرصد السوري لحقوق الإنسان.")
    assert c["content"] == "وقتل عشرة أشخاص، بينهم ثلاثة أطفال"
    [c] = claims("وسقطت الطائرة في ضواحي المدينة، وذلك وفقا لوكالة رويترز.")
    assert c["content"] == "وسقطت الطائرة في ضواحي المدينة"


def test_a_name_beginning_with_lam_is_the_subject_not_an_addressee():
    for name, actor in (("لافروف", "sergey-lavrov"), ("ليبرمان", "avigdor-lieberman")):
        [c] = claims(f"وقال {name} إن الوضع صعب.")
        assert c["source_actor_id"] == actor, name
    c = claims("وقال الرئيس الروسي فلاديمير بوتين إن الوضع صعب. وقال لوكالة رويترز إن الحل قريب.")[-1]
    assert c["source_actor_id"] == "vladimir-putin" and c["content"] == "إن الحل قريب"


def test_more_verbs_of_saying_and_their_ambiguous_forms():
    [c] = claims("وبين الوزير الفرنسي جان إيف لودريان أن الوضع صعب.")
    assert c["cue"] == "وبين" and c["source_actor_id"] == "jean-yves-le-drian"
    [c] = claims("وقال الرئيس الروسي فلاديمير بوتين إن الوضع صعب، وزاد أن الحل سياسي.")[-1:]
    assert c["cue"] == "وزاد" and c["content"] == "أن الحل سياسي"
    assert not claims("وعقد اجتماع بين الوزير والسفير.")
    assert not claims("وزاد عدد القتلى إلى عشرة.")
    [c] = claims("وتظهر الصور مسلحين في الصحراء، حسب قسم المتابعة الإعلامية في بي بي سي.")
    assert c["cue"] == "حسب"


def test_an_officer_named_after_his_body_is_the_quoted_source():
    found = claims("ونقلت وكالة تسنيم عن قائد الحرس الثوري اللواء محمد جعفري قوله إن إيران لن تتفاوض.")
    [child] = [c for c in found if c["parent_claim_id"]]
    assert child["source_text"] == "محمد جعفري"


def test_confined_to_saying():
    [c] = claims("واكتفى الكرملين بالقول إن بوتين سيزور تركيا.")
    assert c["source_actor_id"] == "rus-presidency" and c["content"].startswith("إن بوتين")
    assert not claims("واكتفت الحكومة بإصدار بيان مقتضب.")


def test_the_outlet_that_published_a_statement_is_its_parent():
    found = claims("وفي تصريحات أوردتها وكالة رويترز، قال الرئيس الروسي فلاديمير بوتين إن الوضع صعب.")
    parent, child = parent_and_child(found)
    assert parent["source_actor_id"] == "reuters" and child["source_actor_id"] == "vladimir-putin"
    assert parent["content"] == child["content"] == "إن الوضع صعب"
    found = claims("وقال برهوم، في بيان نشرته وكالة فرانس برس، إن الهجمات تهدف إلى الردع.")
    assert {c["source_text"]: bool(c["parent_claim_id"]) for c in found} == {"وكالة فرانس برس": False, "برهوم": True}
    assert not claims("ونشرت وكالة رويترز تقريرا عن الحرب.")


def test_a_document_published_by_a_named_outlet_after_a_preposition_is_the_outlets():
    [c] = claims("ووفق تقرير نشرته صحيفة نيويورك تايمز، فإن الإدارة تدرس خيارات عدة.")
    assert c["source_text"] == "صحيفة نيويورك تايمز" and c["content"].startswith("فإن الإدارة")
    [c] = claims("وقتل خمسة أشخاص، حسب حصيلة أولية أعلنتها الشرطة.")
    assert c["source_text"] == "الشرطة" and c["content"] == "وقتل خمسة أشخاص"


def test_trailing_ala_ma_attribution_is_a_claim():
    [c] = claims("وقتل خمسة أشخاص، على ما قال مسؤول أمني.")
    assert c["source_text"] == "مسؤول أمني" and c["content"] == "وقتل خمسة أشخاص"
    assert claims("وحصل اللاعب على ما يريد من النادي.") == []
