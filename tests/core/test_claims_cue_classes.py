"""Classes of reporting cues (insisting, asserting, explaining, observing, denying, doubting;
the feminine participles), on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_verbs_of_insisting_report_what_follows_their_an():
    [c] = claims("وأصر وزير المالية على أن الميزانية متوازنة.")
    assert c["content"].startswith("أن الميزانية متوازنة")
    [c] = claims("بينما يلح المزارعون على أنهم خسروا محاصيلهم.")
    assert c["content"].startswith("أنهم خسروا") and c["source_text"] == "المزارعون"


def test_insisting_on_an_action_is_no_report():
    assert claims("وأصر اللاعب على المشاركة في المباراة.") == []


def test_verbs_of_asserting_observing_and_doubting():
    [c] = claims("وجزم الخبير الاقتصادي بأن الأسعار سترتفع.")
    assert c["content"].startswith("بأن الأسعار سترتفع")
    [c] = claims("ولاحظ المراقب الدولي أن الإقبال كان ضعيفا.")
    assert c["content"].startswith("أن الإقبال كان ضعيفا")
    [c] = claims("وشكك النائب المستقل في أن تكون الحكومة قادرة على الوفاء بوعودها.")
    assert c["content"].startswith("أن تكون الحكومة")


def test_explaining_a_plan_is_no_report():
    assert claims("وشرح المدرب خطته للاعبين قبل المباراة.") == []


def test_a_feminine_participle_goes_on_with_the_speaker():
    found = claims("وقالت وزيرة الخارجية السويدية مارغوت فالستروم إن المفاوضات مستمرة، مفيدة بأن الجولة ستعقد في جنيف.")
    assert [c["cue"] for c in found] == ["وقالت", "مفيدة"]
    assert found[1]["content"].startswith("بأن الجولة") and found[1]["source_text"] == "مارغوت فالستروم"


def test_a_title_of_a_body_joined_by_lam_is_the_speaker():
    [c] = claims("وأكد الأمين العام للأمم المتحدة أن الحل سياسي.")
    assert c["source_text"] == "الأمين العام للأمم المتحدة"
    [c] = claims("وأصر وزير المالية على أن الميزانية متوازنة.")
    assert c["source_text"] == "وزير المالية"


def test_a_thing_revealing_is_no_speaker():
    assert claims("وكشفت الأزمة أن الحكومة ضعيفة.") == []


def test_a_stated_reason_is_the_clause_subjects_claim():
    [c] = claims("ورفضت الحكومة الإسبانية الطلب بذريعة أن الوثائق ناقصة.")
    assert c["source_text"] == "الحكومة الإسبانية" and c["content"].startswith("أن الوثائق ناقصة")
    [c] = claims("دعت السلطات المغربية إلى احتجاز السفينة، وذلك بحجة أنها لا تملك ترخيصا.")
    assert c["source_text"] == "السلطات المغربية" and c["cue"] == "بحجة"


def test_a_reason_with_no_proposition_is_no_claim():
    assert claims("ورفضت الحكومة الإسبانية الطلب بحجة الحفاظ على الأمن.") == []


def test_a_verbal_noun_with_its_agent_and_an_reports():
    [c] = claims("وجاء ذلك بعد ساعات من إعلان البيت الأبيض أن الرئيس سيزور المنطقة.")
    assert c["source_text"] == "البيت الأبيض" and c["content"].startswith("أن الرئيس سيزور")
    [c] = claims("ورغم تحذير الأمم المتحدة من أن الوضع الإنساني يتدهور، استمر القصف.")
    assert c["source_text"] == "الأمم المتحدة" and c["content"].startswith("أن الوضع الإنساني")


def test_a_verbal_noun_as_an_object_is_no_new_claim():
    found = claims("وانتقد الرئيس الأمريكي دونالد ترامب تصريحات المرشحة، واصفا كلامها بأنه \"كاذب\".")
    assert [c["cue"] for c in found] == ["واصفا"] and "دونالد ترامب" in found[0]["source_text"]
    assert all(c["cue"] != "تصريحات" for c in claims(
        "واعتبر المبعوث الأممي، غير بيدرسون، الأربعاء تصريحات الوزير عن اللاجئين \"غير مقبولة\"."))


def test_a_title_then_a_name_then_a_comma_is_the_subject_of_an_announcement():
    [c] = claims("وأعلن وزير الداخلية الفرنسي جيرار كولومب، السبت، وفاة ثلاثة أشخاص.")
    assert c["source_text"] == "جيرار كولومب" and c["content"].startswith("وفاة ثلاثة أشخاص")


def test_a_statement_noun_as_the_object_of_a_verb_of_judging_is_in_the_content():
    [c] = claims("واعتبر المبعوث الأممي، غير بيدرسون، الأربعاء تصريحات الوزير عن اللاجئين \"غير مقبولة\".")
    assert c["content"].startswith("تصريحات الوزير عن اللاجئين")
    [c] = claims("وقال الوزير في بيان \"نحن مستعدون\".")
    assert c["content"].startswith("نحن مستعدون")


def test_in_with_a_kasra_never_opens_an_infinitive():
    [c] = claims("وقال وزير الخارجية الفرنسي جان إيف لودريان للصحفيين في باريس إن نسبة المشاركة كانت مرتفعة.")
    assert c["content"].startswith("إن نسبة المشاركة")
    [c] = claims("وقال وزير الخارجية الفرنسي جان إيف لودريان إنه يريد أن يلتقي نظيره.")
    assert c["content"].startswith("إنه يريد")


def test_the_journalists_spoken_to_are_not_the_speaker():
    [c] = claims("وقالت المتحدثة باسم الوزارة للصحفيين إن نسبة المشاركة لم تتجاوز النصف.")
    assert c["source_text"].startswith("المتحدثة باسم الوزارة")
    [c] = claims("وجاء في بيان للرئاسة الفرنسية أن الرئيس سيزور المنطقة.")
    assert "الفرنسية" in c["source_text"]


def test_a_verbal_noun_after_without_reports_nothing():
    assert all(c["cue"] != "ذكر" for c in claims(
        "ثم تحدث الرئيس الفرنسي إيمانويل ماكرون الخميس، دون ذكر الحكومة بالاسم، عن الأفكار المتطرفة."))


def test_a_person_apposed_after_a_long_title_is_the_subject():
    [c] = claims("واعتبر المبعوث الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط، تور وينسلاند، الأربعاء "
                 "تصريحات الوزير \"غير مقبولة\".")
    assert c["source_text"] == "تور وينسلاند" and c["content"].startswith("تصريحات الوزير")


def test_after_a_comma_the_clause_subject_not_its_object_goes_on():
    [c] = claims("وهاجم الرئيس الأمريكي دونالد ترامب المهاجرين، وكتب على حسابه في تويتر أن القوانين يجب أن تشدد.")
    assert "دونالد ترامب" in c["source_text"]


def test_a_report_shows_what_its_issuer_says():
    [c] = claims("وأظهر تقرير للأمم المتحدة أن عدد الضحايا ارتفع.")
    assert "أمم المتحدة" in c["source_text"] and c["content"].startswith("أن عدد الضحايا")


def test_a_thing_that_shows_is_no_speaker():
    text = "وقال وزير الداخلية الفرنسي جيرار كولومب إن التحقيق مستمر. وأظهرت لقطات فيديو أن الشرطة أطلقت النار."
    assert [c["cue"] for c in claims(text)] == ["وقال"]


def test_revealing_about_something_by_a_named_source_is_a_claim():
    [c] = claims("وكشفت صحيفة واشنطن بوست عن خطة أمريكية لسحب القوات.")
    assert c["source_text"] == "صحيفة واشنطن بوست" and "خطة أمريكية" in c["content"]
    assert claims("وكشف الهجوم عن ثغرات أمنية.") == []


def test_speaking_about_reports_what_follows_an():
    [c] = claims("وتحدث الرئيس الفرنسي إيمانويل ماكرون عن الأفكار المعادية للاتحاد الأوروبي.")
    assert "إيمانويل ماكرون" in c["source_text"] and "الأفكار المعادية" in c["content"]
    assert claims("وتحدث الرئيس الفرنسي إيمانويل ماكرون مع نظيره الأمريكي هاتفيا.") == []


def test_speaking_without_hesitation_is_no_new_report():
    found = claims("ونفى الرئيس الأمريكي دونالد ترامب ذلك، وقال إنه تحدث دون تردد، وأن حواره كان جيدا.")
    assert all(c["cue"] != "تحدث" for c in found)


def test_replied_with_a_conjunction_is_a_report_and_its_speaker_goes_on():
    text = ("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل لن تسمح بذلك. "
            "ورد وزير الخارجية الإيراني محمد جواد ظريف بأن هذه التصريحات تهدف إلى التضليل. "
            "وأكد أن إيران موجودة في سوريا بطلب من حكومتها.")
    found = claims(text)
    assert [c["cue"] for c in found] == ["وقال", "ورد", "وأكد"]
    assert "ظريف" in found[1]["source_text"] and "ظريف" in found[2]["source_text"]
    assert claims("وورد اسمه في قائمة المطلوبين.") == []


def test_a_documents_issuer_is_the_source():
    [c] = claims("ووفقا لتقديرات الأمم المتحدة، فإن أكثر من مليون شخص بحاجة إلى مساعدة.")
    assert c["source_text"] == "الأمم المتحدة" and "مليون شخص" in c["content"]
    [c] = claims("ويتضح من إحصائيات منظمة الصحة العالمية أن ألف شخص توفوا.")
    assert c["source_text"] == "منظمة الصحة العالمية" and c["content"].startswith("أن ألف شخص")
    [c] = claims("وأظهرت دراسة لجامعة هارفارد أن ألف شخص توفوا.")
    assert c["source_text"] == "جامعة هارفارد"


def test_a_title_or_body_before_the_governed_preposition_or_in_a_statement_is_the_subject():
    [c] = claims("وحذر الأمين العام لحلف شمال الأطلسي من تصعيد خطير.")
    assert c["source_text"] == "الأمين العام لحلف شمال الأطلسي" and c["content"].startswith("من تصعيد")
    [c] = claims("وأكدت الشرطة المحلية في بيان مقتل شخصين.")
    assert c["source_text"] == "الشرطة المحلية" and c["content"].startswith("مقتل شخصين")


def test_a_definite_speaker_does_not_run_on_into_an_indefinite_object():
    [c] = claims("وتوقع الخبراء ارتفاع الأسعار.")
    assert c["source_text"] == "الخبراء" and c["content"].startswith("ارتفاع الأسعار") and c["hedged"]


def test_asking_not_to_be_named_is_no_report():
    [c] = claims("وأكد مصدر عسكري، فضل عدم ذكر اسمه، أن القوات انسحبت.")
    assert c["source_text"] == "مصدر عسكري" and c["content"].startswith("أن القوات انسحبت")


def test_qad_before_a_past_verb_opening_with_nun_is_no_hedge():
    [c] = claims("وقال مسؤول أمني إن التنظيم قد نفذ الهجوم.")
    assert not c["hedged"]
    [c] = claims("وقال مسؤول أمني \"قد نضطر إلى الرد\".")
    assert c["hedged"]


def test_one_of_the_residents_or_witnesses_is_anonymous():
    for text in ("وقال أحد السكان إن القصف استمر طوال الليل.", "وقال أحد الشهود لرويترز إن القصف استمر طوال الليل."):
        [c] = claims(text)
        assert c["is_anonymous"] and c["source_text"].startswith("أحد")


def test_an_estimate_valued_at_a_quantity_is_a_claim():
    [c] = claims("وقدرت الأمم المتحدة الخسائر بنحو 50 مليون دولار.")
    assert c["source_text"] == "الأمم المتحدة" and c["content"].startswith("الخسائر بنحو")
    assert claims("وقدر الرئيس جهود الوسطاء.") == []
    # a quantity word with a hamza on its seat (`مئات`) is read in its matching form
    [c] = claims("وقدرت منظمة الإغاثة عدد النازحين بمئات الآلاف.")
    assert c["content"].startswith("عدد النازحين بمئات")


def test_the_subject_after_a_resumptive_pronoun():
    [c] = claims("وهي المرة الأولى التي تتهم فيها إسرائيل إيران باستهداف أراضيها.")
    assert c["source_text"] == "إسرائيل" and "باستهداف أراضيها" in c["content"]


def test_a_bare_title_speaking_inside_a_report_is_the_inner_source():
    found = claims("وقالت وكالة الأنباء الرسمية إن الرئيس قال إن الوضع مستقر.")
    assert [c["cue"] for c in found] == ["وقالت", "قال"] and found[1]["source_text"] == "الرئيس"
    text = "والتقى الرئيس الفرنسي إيمانويل ماكرون بالسفراء. وقالت الصحيفة إن الرئيس أكد أن فرنسا لن تتراجع."
    inner = [c for c in claims(text) if c["cue"] == "أكد"]
    assert inner and inner[0]["source_actor_id"] == "emmanuel-macron"


def test_an_indefinite_role_noun_is_an_unnamed_anonymous_speaker():
    for text, who in (("وقال ناشط حقوقي إن القصف استمر.", "ناشط حقوقي"),
                      ("وقال محلل سياسي إن الانتخابات ستؤجل.", "محلل سياسي"),
                      ("وقالت ناشطة إن القصف استمر.", "ناشطة")):
        [c] = claims(text)
        assert c["source_text"] == who and c["is_anonymous"]


def test_a_verb_coordinated_in_its_subjects_clause_shares_the_subject():
    [c] = claims("ورفض الرئيس الفرنسي إيمانويل ماكرون المقترح وأكد تمسكه بالاتفاق.")
    assert "إيمانويل ماكرون" in c["source_text"] and c["content"].startswith("تمسكه بالاتفاق")


def test_a_participle_of_expressing_with_no_statement_after_it_is_no_claim_and_no_error():
    """`معبرة عن` as an adjective (`بشائر معبرة عن تحول`) has no statement marker after it: no
    claim, and no crash (a missing marker once raised a TypeError on such sentences)."""
    for sentence in ("وجاءت التعليقات معبرة عن حزن كبير بين السكان.",
                     "وتعد هذه الجهود بشائر معبرة عن تحول تاريخي في المنطقة."):
        assert extract("t", sentence, dt.date(2024, 1, 1)).claims == []
    quoted = extract("t", 'وقالت النائبة سلمى حداد "الاتفاق ممكن" معبرة عن رأي يقول بأن الحكومة ستتراجع.',
                     dt.date(2024, 1, 1)).claims
    assert quoted and all("سلمى حداد" in c["source_text"] for c in quoted)


def test_a_participle_goes_on_with_the_clause_subject_not_the_object_before_it():
    [claim] = extract("t", "ونشر الممثل سمير حداد صورة له على فيسبوك مؤكدا أن الحفل كان رائعا.",
                      dt.date(2024, 1, 1)).claims
    assert claim["source_text"] == "سمير حداد"
    # the journalists before the participle are not the speaker; the sentence's subject is
    [claim] = extract("t", "ووقف الوزير أمام الصحفيين معبرا عن قلقه من التصعيد.", dt.date(2024, 1, 1)).claims
    assert claim["source_text"] == "الوزير"


def test_a_conditional_opened_by_لئن_is_not_the_reported_content():
    [c] = claims("ولئن تراجعت الحكومة، فإنها ستواجه احتجاجات، بحسب ما أكده مصدر مطلع.")
    assert c["content"].startswith("ستواجه احتجاجات")
