"""The fourteenth session's event fixes from a corpus audit: formulas of a source declining to be
named or to comment, crowds that celebrate, findings reached, acts demanded by a participle or
brandished, light-verb collocations of meetings, lawsuits and insults, and a few verbs of
punishment, jailing and clashes (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_source_declining_to_be_named_or_to_comment_rejects_nothing():
    assert types("وقال مسؤول رفض الكشف عن اسمه إن الوضع هادئ.") == []
    assert types("ورفضت الوزارة التعليق على التقرير.") == []
    assert types("ورفض المتحدث الخوض في التفاصيل.") == []
    assert types("ورفضت الحكومة المقترح الأمريكي.") == ["REJECT"]
    assert types("ورفض الوزير تعليق العقوبات.") == ["REJECT"]  # suspending, not commenting


def test_beyond_dispute_is_no_refusal():
    assert types("وقال المتحدث إن سيادة البلاد على الجزر لا تقبل الجدل.") == []


def test_a_crowd_gathered_to_celebrate_or_welcome_protests_nothing():
    assert types("وتجمع الآلاف في الساحة الرئيسية للاحتفال بالعيد الوطني.") == []
    assert types("واحتشد المئات في المطار لاستقبال اللاعبين العائدين.") == []
    assert "PROTEST" in types("وتجمع الآلاف أمام البرلمان للمطالبة برحيل الحكومة.")


def test_a_finding_reached_is_no_agreement():
    assert types("وقالت اللجنة إنها توصلت إلى أن الحريق نجم عن خلل كهربائي.") == []
    assert types("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.") == ["AGREE"]


def test_a_release_demanded_by_a_participle_is_the_request():
    assert types("وخرج الآلاف إلى الشوارع مطالبين بالإفراج عن المعتقلين.") == ["PROTEST", "REQUEST"]
    assert types("وتظاهر المئات للمطالبة بالإفراج عن المعتقلين.") == ["PROTEST", "REQUEST"]


def test_sanctions_brandished_are_threatened():
    assert types("ولوحت الحكومة بفرض عقوبات جديدة على الشركات.") == ["THREATEN"]


def test_meetings_attended_and_talks_held():
    assert types("وحضر وزير الخارجية الاجتماع الطارئ في القصر.") == ["CONSULT"]
    assert types("وقال الوزير: أجرينا مناقشات صريحة مع الجانب الآخر.") == ["CONSULT"]
    assert types("وجرت مناقشات مطولة بين الوفدين.") == ["CONSULT"]
    assert types("وقالت الوزارة إن محادثات غير معلنة عقدت في العاصمة.") == ["CONSULT"]
    assert types("وبدأ الوسطاء التفاوض مع الخاطفين.") == ["CONSULT"]
    assert types("وقال إن الشرطة تواصل التفاوض مع الخاطفين.") == ["CONSULT"]


def test_a_lawsuit_filed_accuses():
    assert types("ورفعت الشركة دعوى ضد وزارة المالية.") == ["ACCUSE"]
    assert types("وأقام المحامي دعوى ضد الصحيفة.") == ["ACCUSE"]


def test_a_party_called_names_or_its_anger_shown_is_accused():
    assert types("ووصف المعارض الرئيس بأنه دكتاتور.") == ["ACCUSE"]
    assert types("ولم يخف الوزير انزعاجه من أداء الحكومة.") == ["ACCUSE"]
    assert types("ولم يخف الوزير سعادته بالنتيجة.") == []


def test_punishing_jailing_and_clashing_verbs():
    assert types("وعاقبت الحكومة الشركة بسبب المخالفات.") == ["SANCTION"]
    assert types("وسجنت السلطات الصحفي ثلاثة أعوام.") == ["COERCE"]
    assert types("وتواجهت قوات الأمن مع المتظاهرين في وسط المدينة.") == ["ASSAULT"]
    assert types("ويقبع الصحفي في سجن المدينة منذ عامين.") == []  # the noun prison


def test_telephone_lines_opened_or_cut_are_no_talks():
    assert types("وأعادت السلطات فتح الاتصالات الهاتفية في الإقليم.") == []
    assert types("وقطعت السلطات الاتصالات الهاتفية عن الإقليم.") == []


def test_a_past_fact_granted_after_if_is_reported():
    assert types("وإذا كانت الحكومة قد أفرجت عن المعتقلين، فإنها ما زالت تحتجز آخرين.") == ["RETREAT", "COERCE"]
    assert types("ولم يتضح ما إذا كانت الحكومة قد أفرجت عن المعتقلين.") == []
    assert types("وإذا أفرجت الحكومة عن المعتقلين فستنتهي الأزمة.") == []


def test_a_charge_or_complaint_after_its_verb_is_one_act():
    assert types("ووجهت النيابة، أمس، اتهامات للوزير بالفساد.") == ["ACCUSE"]
    assert types("وقدمت الوزارة، الخميس، شكوى رسمية ضد الشركة.") == ["ACCUSE"]


def test_sanctions_threatened_after_their_verb_are_threatened():
    assert types("وهددت الحكومة الخميس بفرض مزيد من العقوبات على الشركات الأجنبية.") == ["THREATEN"]


def test_a_count_of_cases_is_a_statistic():
    assert types("ويصل عدد حالات القتل في المدينة إلى مئة حالة كل عام.") == []
    assert types("وقتل مسلحون خمسة أشخاص في هجوم على سوق المدينة.") == ["ASSAULT"]


def test_blame_laid_past_a_long_object():
    assert types("وحمّل الوزير الحكومة، بصفتها المسؤولة عن الأمن، المسؤولية عن الحادث.") == ["ACCUSE"]
    assert types("وحمل البيان الجماعة المسلحة حياة وسلامة المخطوفين.") == ["ACCUSE"]


def test_a_party_called_the_worst_or_immoral_is_accused():
    assert types("ووصف الرئيس المدير السابق للوكالة بأنه أسوأ مسؤول عرفته البلاد.") == ["ACCUSE"]
    assert types("ووصف معارضون خطة الحكومة بأنها غير أخلاقية.") == ["ACCUSE"]


def test_a_conviction_on_charges_is_a_sanction():
    assert types("وأدين الرجل بعدد من التهم أمام محكمة الجنايات.") == ["SANCTION"]


def test_taking_part_in_talks_or_fighting():
    assert types("وشارك وفد المعارضة في المفاوضات التي جرت في جنيف.") == ["CONSULT"]
    assert types("وشارك مئات المقاتلين الأجانب في المعارك إلى جانب القوات الحكومية.") == ["ASSAULT"]
    assert types("وشاركت الفرقة الموسيقية في الحفل.") == []


def test_a_possible_or_coming_meeting_is_an_agreement_to_meet():
    assert types("وينتظر المراقبون الكثير من زيارة محتملة للرئيس الفرنسي إلى طهران.") == ["AGREE"]
    assert types("وقال الوزير إن الملف سيطرح في القمة القادمة.") == ["AGREE"]


def test_control_of_what_is_no_ground_is_no_capture():
    assert types("وقال الوزير: بإمكاننا السيطرة على الهجرة والحدود.") == []
    assert types("ويرجح أن السائق فقد السيطرة على عجلة القيادة.") == []
    assert types("وسيطرت القوات على ميناء المدينة.") == ["ASSAULT"]


def test_a_conviction_named_by_its_noun_is_a_sanction_and_its_charge_no_second_act():
    assert types("ومنع من خوض الانتخابات بسبب إدانته بالفساد.") == ["COERCE", "SANCTION"]
    assert types("وأعلن الوزير إدانته للهجوم على السفارة.") == ["ACCUSE", "ASSAULT"]
    assert types("وأطلقت السلطات سراح الواعظ الذي أدين بتهمة التحريض.") == ["RETREAT", "SANCTION"]
