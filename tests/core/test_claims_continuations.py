"""A speaker going on without naming themselves again, and headline and quotation shapes,
on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return extract("t", text, DAY).claims


def test_a_coordinated_verb_with_a_prepositional_object_continues_the_speaker():
    found = claims("وأكد وزير الخارجية السعودي عادل الجبير أن المملكة لن تتراجع، وشدد على ضرورة وقف التصعيد.")
    assert [c["cue"] for c in found] == ["وأكد", "وشدد"]
    assert found[1]["source_actor_id"] == found[0]["source_actor_id"]
    assert found[1]["content"].startswith("على ضرورة وقف التصعيد")


def test_the_next_sentence_goes_on_with_the_same_speaker():
    found = claims("وقال ماكرون إن فرنسا مستعدة للحوار. وأعرب عن قلقه من تصاعد العنف.")
    assert len(found) == 2 and found[1]["source_text"] == "ماكرون"
    assert found[1]["content"].startswith("عن قلقه من تصاعد العنف")
    found = claims("قال ماكرون إن فرنسا مستعدة للحوار. كما شدد على أهمية التهدئة.")
    assert len(found) == 2 and found[1]["content"].startswith("على أهمية التهدئة")


def test_a_new_subject_or_a_plain_action_is_no_continuation():
    found = claims("وقال ماكرون إن فرنسا مستعدة للحوار. وشدد الجيش على إغلاق الحدود.")
    assert all(c["source_text"] != "ماكرون" for c in found[1:])
    assert len(claims("وصلت الطائرة إلى المطار. وشدد على ضرورة التهدئة.")) == 0


def test_a_complementiser_before_an_accusative_noun_opens_the_content():
    found = claims("وقال المتحدث باسم الشرطة الفرنسية إن الوضع هادئ. وأضاف أن تحقيقا يجري في الحادث.")
    assert found[-1]["cue"] == "وأضاف" and found[-1]["content"].startswith("أن تحقيقا يجري")


def test_the_subject_between_kana_and_qad_reports_an_object():
    [c] = claims("وكانت الولايات المتحدة قد أعلنت فرض رسوم جديدة على الواردات.")
    assert c["source_actor_id"] == "usa" and c["content"].startswith("فرض رسوم جديدة")
    [c] = claims("وكان الرئيس الفرنسي إيمانويل ماكرون قد أعرب عن غضبه من القرار.")
    assert c["source_actor_id"] == "emmanuel-macron" and c["content"].startswith("عن غضبه")


def test_kama_without_a_comma_attributes_what_came_before():
    [c] = claims("وانقطعت الكهرباء عن المدينة كما قالت وزارة الطاقة.")
    assert c["source_text"] == "وزارة الطاقة" and "انقطعت الكهرباء" in c["content"]


def test_a_quotation_opened_with_a_space():
    [c] = claims('وأضاف الرئيس الفرنسي إيمانويل ماكرون " نحن لا نريد الحرب".')
    assert c["content"].startswith("نحن لا نريد الحرب")


def test_a_state_in_a_headline_speaks_when_the_words_are_its_own():
    text = "إيران: لن نتفاوض على برنامجنا الصاروخي\n\nجاء ذلك في بيان مساء الأحد.\n"
    assert [c["content"] for c in claims(text) if c["cue"] == ":"] == ["لن نتفاوض على برنامجنا الصاروخي"]
    text = "إيران: تحطم طائرة ركاب قرب العاصمة\n\nوقع الحادث مساء الأحد.\n"
    assert not [c for c in claims(text) if c["cue"] == ":"]


def test_but_with_a_pronoun_opens_the_same_speakers_next_statement():
    found = claims("وقالت وزارة الداخلية الفرنسية إن الحريق شب ليلا، لكنها أكدت أنها لم تعتقل أحدا.")
    assert [c["cue"] for c in found] == ["وقالت", "أكدت"]
    assert found[0]["content"] == "إن الحريق شب ليلا"
    assert found[1]["source_text"] == found[0]["source_text"] and found[1]["content"].startswith("أنها لم تعتقل")


def test_not_ruling_out_after_a_conjunction_is_a_hedged_claim():
    [c] = claims("ولم يستبعد الرئيس الفرنسي إيمانويل ماكرون أن تعقد القمة في الربيع.")
    assert c["hedged"] and c["content"].startswith("أن تعقد القمة")


def test_in_the_words_of_a_named_source():
    [c] = claims("والوضع الإنساني مأساوي، على حد قول غوتيريش.")
    assert c["source_actor_id"] == "antonio-guterres" and "الوضع الإنساني مأساوي" in c["content"]


def test_in_his_own_words_after_his_claim_is_one_claim():
    [c] = claims("وقال غوتيريش إن الوضع الإنساني مأساوي على حد قوله.")
    assert c["cue"] == "وقال" and c["parent_claim_id"] is None


def test_but_with_a_pronoun_needs_no_comma_and_a_purpose_verb_is_no_cue():
    found = claims("وقالت إيران إنها ستنتظر لترى ما ستفعله الدول الكبرى لكنها أشارت إلى استعدادها لاستئناف التخصيب.")
    assert [c["cue"] for c in found] == ["وقالت", "أشارت"]
    assert found[0]["content"] == "إنها ستنتظر لترى ما ستفعله الدول الكبرى"
    assert found[1]["source_actor_id"] == "irn" and found[1]["content"].startswith("إلى استعدادها")


def test_a_relative_clause_on_the_speaker_before_the_quotation():
    [c] = claims('وتابع ماكرون الذي تولى منصبه قبل عام "لن نتراجع عن الإصلاحات".')
    assert c["source_actor_id"] == "emmanuel-macron" and c["content"].startswith("لن نتراجع")


def test_an_aside_on_the_speaker_or_a_time_between_commas_is_not_the_content():
    [c] = claims("وأعلن بول ريان، وهو نائب جمهوري، استقالته من منصبه.")
    assert c["content"].startswith("استقالته من منصبه")
    [c] = claims("وأعلنت وزارة الداخلية الفرنسية، الأحد، اعتقال ثلاثة أشخاص.")
    assert c["content"].startswith("اعتقال ثلاثة أشخاص")


def test_what_is_described_before_bi_anna_opens_the_content():
    [c] = claims("ووصف ماكرون الهجوم بأنه عمل جبان.")
    assert c["content"].startswith("الهجوم بأنه عمل جبان")
    found = claims("وانتقد ترامب التقرير، واصفا مضمونه بأنه كاذب.")
    assert found[-1]["cue"] == "واصفا" and found[-1]["content"].startswith("مضمونه بأنه كاذب")


def test_a_noun_with_a_pronoun_before_a_quotation_is_the_object():
    found = claims('واعتذر الرئيس الفلسطيني محمود عباس، مؤكدا إدانته "للجريمة" بكل وضوح.')
    assert found[-1]["cue"] == "مؤكدا" and found[-1]["content"].startswith('إدانته "للجريمة"')


def test_expressing_with_an_about_clause_after_the_subject():
    [c] = claims("وعبرت المحامية سارة جونز عن صدمتها من أن المسؤولين لم يتحركوا.")
    assert c["source_text"].endswith("سارة جونز") and c["content"].startswith("عن صدمتها من أن")
    [c] = claims("وأعرب ماكرون عن قلقه من أن الوضع يتدهور.")
    assert c["content"].startswith("عن قلقه")
    assert claims("وعبرت القوات الحدود فجرا.") == []
    assert claims("ووصلت الشحنة عبر الأردن إلى العاصمة.") == []


def test_a_person_named_after_a_title_before_the_governed_preposition():
    [c] = claims("وأعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه من التصعيد.")
    assert c["source_actor_id"] == "antonio-guterres" and c["content"].startswith("عن قلقه")


def test_an_object_noun_continues_the_speaker_but_a_plural_verb_is_not_his():
    found = claims("قال ماكرون إن فرنسا مستعدة للحوار. كما أكد ضرورة إصلاح الخدمات الأساسية.")
    assert found[-1]["source_text"] == "ماكرون" and found[-1]["content"].startswith("ضرورة إصلاح")
    found = claims("وقال ماكرون إن فرنسا مستعدة للحوار. وخرج المحتجون إلى الشوارع وعبروا عن غضبهم.")
    assert [c["source_text"] for c in found] == ["ماكرون"]


def test_not_ruled_out_and_a_toll_likely_to_rise_are_hedges():
    [c] = claims("وقال ماكرون إنه من غير المستبعد أن تتدهور الأوضاع.")
    assert c["hedged"]
    [c] = claims("وقالت وزارة الصحة الفلسطينية إن الحصيلة مرشحة للارتفاع.")
    assert c["hedged"]
    [c] = claims("وقالت وزارة الصحة الفلسطينية إن الحصيلة بلغت عشرين قتيلا.")
    assert not c["hedged"]


def test_two_unnamed_sources_are_anonymous():
    [c] = claims("وقال مصدران أمنيان إن الانفجار وقع ليلا.")
    assert c["is_anonymous"] and c["source_text"].startswith("مصدران")
    [c] = claims("وقال مسؤولان أمريكيان إن العقوبات ستفرض الأسبوع المقبل.")
    assert c["is_anonymous"] and c["source_text"] == "مسؤولان أمريكيان"


def test_a_fronted_quotation_needs_no_comma_before_its_verb():
    [c] = claims('"لن نتراجع عن موقفنا" قال أردوغان.')
    assert c["source_actor_id"] == "recep-tayyip-erdogan" and c["content"] == "لن نتراجع عن موقفنا"
    [c] = claims('"درع الفرات" قال أردوغان إنها نجحت.')
    assert c["content"] == "إنها نجحت"


def test_the_outlet_that_received_a_copy_is_not_the_speaker():
    found = claims("أعلنت حركة حماس وقف إطلاق النار. وأكدت الحركة في بيان تلقت وكالة الأنباء الألمانية نسخة منه أن الهدنة انتهت.")
    assert found[-1]["cue"] == "وأكدت" and found[-1]["source_actor_id"] == "hamas"


def test_because_is_no_report_marker():
    [c] = claims("وقال مصدر في الشرطة طلب عدم نشر اسمه لأنه غير مخول بالحديث إن المشتبه به اعتقل.")
    assert c["is_anonymous"] and c["content"].startswith("إن المشتبه به اعتقل")


def test_a_time_and_a_prepositional_aside_come_before_the_object():
    [c] = claims("وكانت وزارة الدفاع الروسية قد أعلنت الاثنين مقتل ثمانية عناصر.")
    assert c["content"].startswith("مقتل ثمانية عناصر")
    [c] = claims("ونفى بوتين الاثنين، في مقابلة مع شبكة أمريكية، اتهامات بريطانيا.")
    assert c["content"].startswith("اتهامات بريطانيا")


def test_a_statement_in_which_its_issuer_says_something():
    [c] = claims("أصدر غريفيث بيانا أكد فيه استمرار المفاوضات.")
    assert c["source_actor_id"] == "martin-griffiths" and c["content"].startswith("استمرار المفاوضات")
    [c] = claims("ووجه ماكرون رسالة إلى الفرنسيين أكد فيها أن الحكومة ستصمد.")
    assert c["source_actor_id"] == "emmanuel-macron"
    found = claims("وانتقد نتنياهو تغريدة للرئيس الإيراني حسن روحاني كرر فيها أن إسرائيل عدو.")
    assert any(c["source_actor_id"] == "hassan-rouhani" and c["cue"] == "كرر" for c in found)


def test_an_anna_before_a_noun_shaped_like_a_verb_still_reports():
    found = claims("وقال الجيش الإسرائيلي إنه نفذ غارات. وأوضح أن نظام الدفاع اعترض قذائف.")
    assert found[-1]["cue"] == "وأوضح" and found[-1]["source_actor_id"] == "isr-mil"
    assert found[-1]["content"].startswith("أن نظام الدفاع")
    found = claims("وقال الجيش الإسرائيلي إنه نفذ غارات. وأوضح أن يوم الجمعة شهد هدوءا.")
    assert found[-1]["content"].startswith("أن يوم الجمعة")


def test_inna_before_a_day_opens_the_content_after_adjuncts():
    [c] = claims("وقال ماكرون للصحفيين في باريس إن يوم الجمعة سيشهد هدوءا.")
    assert c["content"] == "إن يوم الجمعة سيشهد هدوءا"


def test_a_new_subject_with_a_pronoun_is_no_object_of_the_last_speaker():
    found = claims("وقالت الممثلة سارة جونز إن الرئيس كذب. وغرد محاميها عن القضية.")
    assert [c["cue"] for c in found] == ["وقالت"]


def test_an_inna_joined_to_a_name_by_a_hyphen_is_part_of_the_name():
    [c] = claims("وقال رئيس كوريا الجنوبية مون جيه-إن يوم الخميس، إن على حكومته التحلي بالمرونة.")
    assert c["content"].startswith("إن على حكومته")


def test_a_dropped_subject_agrees_in_gender_with_a_body_as_written():
    # `وأضاف` (he) goes on with the man who spoke, not with the ministry (وزارة, feminine) after him
    found = extract("t", "وقال الوزير الأمريكي سامر خليل إن بلاده ستفرض عقوبات. وأعلنت وزارة الدفاع الروسية أن "
                         "طائراتها قصفت مواقع. وأضاف أن العقوبات ستشمل قطاع النفط.", dt.date(2024, 1, 1)).claims
    assert [c["source_text"] for c in found][-1] in ("سامر خليل", "الوزير الأمريكي سامر خليل")
    # `وأضافت` (she) goes on with the chancellor, not with the army (الجيش, masculine)
    found = extract("t", "وقالت المستشارة الألمانية أنغيلا ميركل إن أوروبا موحدة. وأعلن الجيش الفرنسي أن جنديين "
                         "قتلا. وأضافت أن الاتحاد سيرد بحزم.", dt.date(2024, 1, 1)).claims
    assert found[-1]["source_actor_id"] == found[0]["source_actor_id"]
    # `وأوضحت` goes on with the police (الشرطة), not with the prosecutor (a man by his title)
    found = extract("t", "أعلنت الشرطة أن المهاجم قتل. وقال المدعي العام إن التحقيق مستمر. وأوضحت أن المهاجم "
                         "كان معروفا.", dt.date(2024, 1, 1)).claims
    assert found[-1]["source_text"] == "الشرطة"


def test_a_bare_title_refers_to_the_recent_speaker_who_holds_that_title():
    # `الوزير` is the minister who spoke two sentences before, not the president who spoke last
    found = extract("t", "وقال وزير الخارجية الأمريكي مايك بومبيو إن بلاده ستفرض عقوبات. وقال الرئيس الروسي "
                         "فلاديمير بوتين إن موسكو سترد. وأضاف الوزير أن العقوبات ستشمل قطاع النفط.",
                    dt.date(2024, 1, 1)).claims
    assert found[-1]["source_text"] == "الوزير" and found[-1]["source_actor_id"] == found[0]["source_actor_id"]


def test_a_masculine_singular_verb_does_not_continue_unnamed_plural_sources():
    found = extract("t", "وقال وزير الدفاع سامر خليل إن الجيش مستعد. وقالت مصادر أمنية إن الهجوم وشيك. "
                         "وأضاف أن القوات في حالة تأهب.", dt.date(2024, 1, 1)).claims
    assert found[-1]["source_actor_id"] == found[0]["source_actor_id"]
    # a verb before its plural subject stays singular: `وقال مسؤولون` is theirs
    [c] = extract("t", "وقال مسؤولون أمريكيون إن الهجوم كان منسقا.", dt.date(2024, 1, 1)).claims
    assert c["source_text"] == "مسؤولون أمريكيون"


def test_a_country_named_alone_is_feminine_but_for_the_masculine_ones():
    found = extract("t", "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو سترد. وأعلنت إيران أن طائراتها أسقطت "
                         "طائرة مسيرة. وأضاف أن الرد سيكون حازما.", dt.date(2024, 1, 1)).claims
    assert found[-1]["source_actor_id"] == found[0]["source_actor_id"]
    found = extract("t", "وقال العراق إن الحدود آمنة. وأضاف أن القوات منتشرة.", dt.date(2024, 1, 1)).claims
    assert [c["source_text"] for c in found] == ["العراق", "العراق"]
