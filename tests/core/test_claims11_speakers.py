"""Claim sources from the eleventh session's corpus audit (40 random articles): a speaker named
only by words goes on speaking (in a participle of the same sentence, in a verb with a dropped
subject after it). Sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def claims(text):
    return [(c["source_text"], c["cue"], c["content"]) for c in extract("t", text, DAY).claims]


def test_a_participle_goes_on_with_the_words_that_named_the_speaker():
    # the bank named at the end of the first statement is not who goes on speaking
    text = "وأوضح الصندوق في بيان له أن الأرباح ارتفعت بفضل الشراكة مع مصرف الأهلي، مبينا أن العقد يمتد سبع سنوات."
    found = claims(text)
    assert [(src, cue) for src, cue, _ in found] == [("الصندوق", "وأوضح"), ("الصندوق", "مبينا")]


def test_a_dropped_subject_goes_on_with_the_last_speaker_named_only_by_words():
    # a named speaker spoke before; the founder, named by words only, spoke last
    text = ("وقال الرئيس سامي العتيبي إن الحكومة ستعمل على الخطة. وقال مؤسس الشركة، إن الخدمة جديدة. "
            "وأضاف: \"البيانات تظهر النمو\".")
    found = claims(text)
    assert found[-1] == ("مؤسس الشركة", "وأضاف", "البيانات تظهر النمو")
    text = ("وقالت وكالة رويترز إن الأسعار ارتفعت. وأوضح الصندوق في بيان أن الأرباح زادت مع مصرف الأهلي، "
            "مبينا أن العقد طويل. وأضاف أن التمويل سيستخدم في التوسع.")
    found = claims(text)
    assert [src for src, _, _ in found] == ["وكالة رويترز", "الصندوق", "الصندوق", "الصندوق"]


def test_a_participle_shares_the_unnamed_subject_of_the_verb_opening_its_sentence():
    text = "وقالت وكالة رويترز إن الأسعار ارتفعت. وأشادت الوزارة بالاتفاق، معربة عن أملها في أن يسهم في التهدئة."
    found = claims(text)
    assert found[-1] == ("الوزارة", "معربة", "عن أملها في أن يسهم في التهدئة")


def test_a_named_speaker_still_goes_on_in_a_participle():
    text = "وقال الوزير سامي العتيبي إن الخطة جاهزة بالتعاون مع مصرف الأهلي، مؤكدا أن التنفيذ سيبدأ قريبا."
    found = claims(text)
    assert [src for src, _, _ in found] == ["سامي العتيبي", "سامي العتيبي"]


def test_the_one_accused_right_after_the_verb_is_not_the_speaker():
    # a relative clause's verb: the body before the relative pronoun accuses
    found = claims("وانتقدت منظمة العفو الدولية، التي تتهم فرنسا بانتهاك حقوق المهاجرين، القرار.")
    assert all(src != "فرنسا" for src, _, _ in found)
    # an indefinite noun before the verb: no one named accuses, so no claim of Iran's
    found = claims("وصدرت تقارير دولية تتهم إيران بدعم الجماعات المسلحة.")
    assert all(src != "إيران" for src, _, _ in found)
    # with a subject and an object both named, the first is the speaker
    found = claims("وهي المرة الأولى التي تتهم فيها إسرائيل إيران باستهدافها من سوريا.")
    assert [(src, content) for src, _, content in found] == [("إسرائيل", "إيران باستهدافها من سوريا")]
    # an object pronoun on the verb: the name after it is the subject
    found = claims("وتتهمه تركيا بتدبير محاولة الانقلاب.")
    assert [src for src, _, _ in found] == ["تركيا"]


def test_the_words_before_the_one_accused_name_the_speaker():
    found = claims("وتتهم المنظمة الحكومة الفرنسية بأنها تجاهلت التحذيرات.")
    assert [src for src, _, _ in found] == ["المنظمة"]


def test_a_title_then_the_thing_described_before_bi_anna():
    text = "وقالت تركيا إن الوضع خطير. ووصفت الوزارة الهجوم بأنه إرهابي. ووصف وزير الداخلية الهجوم بأنه جبان."
    found = claims(text)
    assert found[1:] == [("الوزارة", "ووصفت", "الهجوم بأنه إرهابي"), ("وزير الداخلية", "ووصف", "الهجوم بأنه جبان")]
    # the thing described alone after the verb: the speaker named only by words before goes on
    found = claims(text + " ووصف الاعتداء بأنه همجي.")
    assert found[-1] == ("وزير الداخلية", "ووصف", "الاعتداء بأنه همجي")


def test_participles_of_reporting_verbs_in_every_number_and_gender():
    found = claims("وخرج السكان إلى الشوارع منددين بالهجوم على القرية.")
    assert found == [("السكان", "منددين", "بالهجوم على القرية")]
    found = claims("وقال الوزير سامي العتيبي إن الحكومة تعمل، معلقا على التقارير الأخيرة بأنها غير دقيقة.")
    assert [cue for _, cue, _ in found] == ["وقال", "معلقا"]
    # `معلقا` also means suspended: no report without its marker
    assert claims("وظل القرار معلقا حتى الآن.") == []


def test_but_with_a_pronoun_goes_on_with_the_person_its_sentence_opened_with():
    text = ("وقالت وزارة الخارجية الروسية إن الاجتماع مهم. ورفضت المتحدثة باسم الوزارة الأميركية ماري سميث "
            "الإدلاء بتفاصيل، لكنها قالت إن الحوار مستمر.")
    assert claims(text)[-1] == ("ماري سميث", "قالت", "إن الحوار مستمر")


def test_an_outlet_passes_on_the_words_of_people_no_rule_names():
    found = claims("ونقلت وكالة رويترز عن تجار أن الأسعار سترتفع.")
    assert [(src, content) for src, _, content in found] == [("وكالة رويترز", "أن الأسعار سترتفع"), ("تجار", "أن الأسعار سترتفع")]
    # a named quoted source is read as before
    found = claims("ونقلت وكالة رويترز عن الشرطة أن الهجوم وقع ليلا.")
    assert [src for src, _, _ in found] == ["وكالة رويترز", "الشرطة"]


def test_a_dropped_subject_accuses_the_one_named_after_the_verb():
    found = claims("وقالت منظمة العفو الدولية إن الوضع خطير. وتتهم الحكومة بأنها تجاهلت التحذيرات.")
    assert [src for src, _, _ in found] == ["منظمة العفو الدولية", "منظمة العفو الدولية"]


def test_the_past_of_bayyana_is_no_plural_participle():
    # `وبين أن` (and he made clear that) goes on with the fund, a singular speaker
    text = ("وأوضح الصندوق في بيان أن التسهيلات متوافقة مع المعايير، مشيرا إلى أن العقد طويل. "
            "وبين أنه سيتم سداد التكلفة.")
    assert claims(text)[-1] == ("الصندوق", "وبين", "أنه سيتم سداد التكلفة")


def test_after_a_chain_of_descriptions_the_name_before_the_statement_speaks():
    found = claims("قال المدير الفني لنادي الهلال، ومدرب النصر السابق، جورج سميث، إن الفريق الحالي أقوى.")
    assert [src for src, _, _ in found] == ["جورج سميث"]
    found = claims("وقال رئيس النادي، والمدرب السابق للمنتخب، أحمد سالم، إن الموسم صعب.")
    assert [src for src, _, _ in found] == ["أحمد سالم"]


def test_a_day_between_the_verb_and_the_words_naming_the_speaker():
    assert claims("وقال الخميس وزير الخارجية إن المحادثات مستمرة.") == [("وزير الخارجية", "وقال", "إن المحادثات مستمرة")]
    found = claims("وأعلن الأحد مسؤولون في الوزارة أن الحملة ستبدأ قريبا.")
    assert [src for src, _, _ in found] == ["مسؤولون"]


def test_according_to_what_an_outlet_published():
    found = claims("وتقدم النادي بعرض جديد، حسب ما نشرت صحيفة آس الإسبانية.")
    assert [(src, cue, content) for src, cue, content in found] == \
        [("صحيفة آس الإسبانية", "حسب ما", "وتقدم النادي بعرض جديد")]
    found = claims("وحسب ما نشرت صحيفة محلية، فإن الصفقة فشلت.")
    assert [(src, content) for src, _, content in found] == [("صحيفة محلية", "فإن الصفقة فشلت")]


def test_a_headline_subject_before_its_accusing_verb_speaks():
    found = claims("منظمة العفو الدولية تتهم مسؤولين يمنيين بتعذيب مهاجرين")
    assert [(src, content) for src, _, content in found] == [("منظمة العفو الدولية", "مسؤولين يمنيين بتعذيب مهاجرين")]


def test_a_pointing_pronoun_after_an_ayn_is_no_quoted_source():
    found = claims("وقالت المنظمة إن الوضع خطير. ونقلت عن هؤلاء إن الحراس اعتدوا عليهم.")
    assert [src for src, _, _ in found] == ["المنظمة", "المنظمة"]


def test_a_second_participle_joined_by_wa_reports_too():
    found = claims("وينفي الرئيس السابق بشكل قاطع الاتهامات، مشددا على عدم وجود أدلة ومنددا بمؤامرة تهدف إلى منعه من الترشح.")
    assert [(cue, content) for _, cue, content in found][1:] == \
        [("مشددا", "على عدم وجود أدلة"), ("ومنددا", "بمؤامرة تهدف إلى منعه من الترشح")]


def test_a_name_in_construct_after_an_indefinite_title_is_not_who_goes_on():
    # `محامي سامي العتيبي`: the lawyer of Sami, not Sami, opens the clause that `لكنه` continues
    text = "وقالت الوزارة إن الاجتماع مهم. ورفض محامي سامي العتيبي التعليق على الاجتماع، لكنه قال إنه لم يسفر عن شيء."
    assert claims(text)[-1][0] != "سامي العتيبي"


def test_a_participle_whose_subject_no_rule_finds_reports_for_no_one():
    assert claims("ونظم حوالي 100 من النواب اعتصاما عند الجسر، متوقعين أن يمر به موكب الوفد.") == []


def test_a_preposition_opening_the_sentence_has_no_subject_for_a_participle():
    found = claims("وحسب الترجمة المرفقة بالفيديو، دعت الناشطة إلى الاتحاد، مؤكدة أن الوقوف صفا واحدا سيمنع القمع.")
    assert all(src != "الترجمة المرفقة" for src, cue, _ in found if cue == "مؤكدة")


def test_the_object_pronoun_of_a_verb_after_hasab_ma_is_not_the_speaker():
    text = "وقال الوزير سامي العتيبي إن القرار صائب. وكان التدخل غير أخلاقي، حسب ما وصفه العديد من المشجعين على وسائل التواصل."
    found = claims(text)
    assert found[-1] == ("العديد من المشجعين", "حسب ما", "وكان التدخل غير أخلاقي")


def test_a_reaction_is_a_noun_not_a_reply():
    assert claims("في أول رد فعل فرنسي على التصعيد، دعا الرئيس إلى التهدئة.") == []
    assert claims("وكانت الانتقادات رد فعل على تصريحات الوزير.") == []
    assert [cue for _, cue, _ in claims("ورد الوزير بأن الحكومة لن تتراجع.")] == ["ورد"]


def test_a_name_after_descriptions_then_the_governed_preposition_speaks():
    text = ("وقالت وزيرة الخارجية ماري سميث إن الحوار مستمر. وأشار ممثل الحزب الديمقراطي، رئيس لجنة الشؤون "
            "الخارجية، جورج براون إلى انتهاكات حقوق الإنسان.")
    assert claims(text)[-1] == ("جورج براون", "وأشار", "إلى انتهاكات حقوق الإنسان")


def test_a_verb_describing_an_indefinite_person_noun_is_said_by_those_people():
    text = "وقال الوزير سامي العتيبي إن الخطة جاهزة. ونظمت نحو 75 امرأة زعمن أنهن عضوات في النقابة مظاهرة."
    found = claims(text)
    assert found[-1][:2] == ("امرأة", "زعمن")
    # a thing before the verb (`صورا قالت إنها`) is no speaker
    found = claims("وقال الوزير سامي العتيبي إن الخطة جاهزة. ونشرت المنظمة صورا قالت إنها لضحايا الهجوم.")
    assert all(src != "صورا" for src, _, _ in found)


def test_the_body_of_an_unnamed_spokesman_ends_before_whom_it_was_said_to():
    found = claims('وقال متحدث باسم مستشفى سانت ماري لبي بي سي "أصبحنا على علم بالقصة".')
    assert [(src, content) for src, _, content in found] == [("مستشفى سانت ماري", "أصبحنا على علم بالقصة")]


def test_a_coordinated_verb_shares_the_unnamed_subject_of_its_clause():
    text = "وقال الوزير سامي العتيبي إن الخطة جاهزة. وهون الاقتصاديون من التأثير المباشر للبطولة وتوقعوا أن يكون هامشيا."
    assert claims(text)[-1] == ("الاقتصاديون", "وتوقعوا", "أن يكون هامشيا")
    # a bare title opening the clause is still the minister named before
    text = "وقال الوزير سامي العتيبي إن الخطة جاهزة. ورحب الوزير بالاتفاق وأكد أن التنفيذ سيبدأ قريبا."
    assert claims(text)[-1][0] == "سامي العتيبي"


def test_an_impersonal_passive_after_a_person_noun_describes_no_speaker():
    found = claims("وقالت الشرطة إن أغلبية القتلى من الطلاب، وأضافت أنه جرى اعتقال شخصين مشتبه بهما يعتقد أن أحدهما طالب.")
    assert all(cue != "يعتقد" for _, cue, _ in found)


def test_a_participle_shares_the_subject_after_kama_and_its_verb():
    found = claims("وقال الوزير سامي العتيبي إن الخطة جاهزة. كما أقرت المحكمة العليا القانون الجديد مؤكدة أنه دستوري.")
    assert found[-1] == ("المحكمة العليا", "مؤكدة", "أنه دستوري")


def test_a_weekday_after_the_verb_is_no_speaker():
    found = claims("أعلن الأحد دبلوماسيون ووزراء خارجية من الدول الأعضاء إطلاق حملة لحشد الدعم.")
    assert all(src != "الأحد" for src, _, _ in found)


def test_a_weekday_before_the_verb_is_no_person_the_clause_describes():
    text = "وقال الوزير سامي العتيبي إن الخطة جاهزة. والأحد قال إنه سأل الشرطة عدة مرات."
    assert claims(text)[-1][0] != "والأحد"


def test_words_only_speaker_goes_on_only_right_after_it_spoke():
    # the words that named the last speaker four sentences back are not who speaks now
    text = ("وقال الوزير سامي العتيبي إن الخطة جاهزة. وقالت الشركة في بيان إن الخدمة مستمرة. "
            "وزار الوفد المدينة. وتجول في الأسواق. وشاهد المعالم. وقال إن الزيارة ناجحة.")
    assert claims(text)[-1][0] != "الشركة"
