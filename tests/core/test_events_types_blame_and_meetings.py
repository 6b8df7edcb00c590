"""Blame laid on a party is an accusation (PLOVER §ACCUSE), and a meeting whose own clause goes on
in the future tense or calls it scheduled is a meeting to come (gold.md: AGREE). Sentences written
for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_laying_the_blame_is_accuse_with_the_subject_between():
    assert "ACCUSE" in types("وألقت وزارة الداخلية باللوم على عصابات التهريب في أعمال الشغب.")
    assert "ACCUSE" in types("ويلقي الطرفان اللوم على بعضهما في انهيار الهدنة.")
    assert "ACCUSE" in types("وسارع الحزب الحاكم إلى إلقاء اللوم على النقابات.")


def test_receiving_or_delivering_is_no_blame():
    assert "ACCUSE" not in types("وألقى رئيس الجامعة كلمة في حفل التخرج.")
    assert types("وتلقي الطالبات دروسا إضافية في المساء.") == []


def test_the_present_of_holding_responsible_is_accuse():
    assert "ACCUSE" in types("ويحمل الرئيس الفصائل المسلحة مسؤولية تفجير الجسر.")
    # taking responsibility oneself (Form V `تحمل`) is no accusation
    assert "ACCUSE" not in types("ودعا الأمين العام الحكومة إلى تحمل مسؤولياتها تجاه اللاجئين.")


def test_a_meeting_whose_clause_goes_on_in_the_future_is_agree():
    found = types("وقال الوزير إن القمة التي ستعقد في الدوحة الشهر المقبل ستناقش ملف المياه.")
    assert "AGREE" in found and "CONSULT" not in found
    found = types("وأكد المتحدث أن الاجتماع المقرر بين الوزيرين في جنيف ما زال قائما.")
    assert "AGREE" in found and "CONSULT" not in found
    assert "AGREE" in types("وقال الرئيس للصحفيين: أعتقد أننا سنعقد لقاء مع المعارضة قريبا.")


def test_a_meeting_held_stays_consult():
    found = types("وعقدت القمة أمس في العاصمة بحضور عشرين زعيما.")
    assert "CONSULT" in found and "AGREE" not in found
    assert types("وانتهى الاجتماع الذي عقد في الوزارة دون نتائج.") == ["CONSULT"]


def test_poisoning_a_person_is_assault_but_food_poisoning_is_not():
    assert "ASSAULT" in types("وقالت الشرطة إن محاولة تسميم المعارض تمت بمادة سامة نادرة.")
    assert "ASSAULT" in types("وقال المحققون إن رجلين سمما الصحفي في فندق بالعاصمة.")
    assert "ASSAULT" not in types("وتسمم عشرات التلاميذ بعد تناول وجبة فاسدة في المدرسة.")


def test_charges_in_the_plural_are_accuse_but_the_verb_of_concern_is_not():
    assert "ACCUSE" in types("ووجهت النيابة العامة تهما بالفساد إلى ثلاثة مسؤولين سابقين.")
    assert "ACCUSE" not in types("وناقش الوزيران الملفات التي تهم البلدين.")


def test_attacking_the_press_or_a_deal_is_criticism_not_force():
    found = types("وهاجم الرئيس وسائل الإعلام في خطاب أمام أنصاره.")
    assert "ACCUSE" in found and "ASSAULT" not in found
    assert "ASSAULT" in types("وهاجم مسلحون مركزا للشرطة في شمال البلاد.")


def test_suspending_aid_and_closing_a_consulate_are_sanction():
    found = types("وعلقت الحكومة مساعداتها المالية للبلد المجاور.")
    assert "SANCTION" in found and "AID" not in found
    assert "SANCTION" in types("وأغلقت الحكومة القنصلية الإيرانية في المدينة ردا على ذلك.")
    # an embassy closing its own doors for safety is no sanction
    assert "SANCTION" not in types("وأغلقت السفارة الكندية أبوابها يوم الأحد.")


def test_congratulating_and_recognising_are_support():
    assert "SUPPORT" in types("وهنأ رئيس الوزراء نظيره الإيطالي بفوزه في الانتخابات.")
    assert "SUPPORT" in types("وهنأت المستشارة الرئيس الجديد في رسالة رسمية.")
    assert "SUPPORT" in types("واعترفت الحكومة البرازيلية بدولة فلسطين عام 2010.")
    # `هنا` (here) is how the past 3ms of `هنأ` looks once normalised: no event alone
    assert types("وقال أحد السكان: نحن باقون هنا في بيوتنا.") == []
    # admitting a fact is no recognition
    assert "SUPPORT" not in types("واعترف السائق بأنه كان مسرعا.")


def test_an_apology_in_the_accusative_is_concede():
    assert "CONCEDE" in types("وقدمت الشركة اعتذارا رسميا لعملائها.")


def test_arrests_stabbings_and_terror_listings():
    assert "COERCE" in types("وقبضت الشرطة على ثلاثة رجال يشتبه في تورطهم بالسرقة.")
    assert "ASSAULT" in types("وطعن رجل حارسا بسكين أمام المبنى.")
    assert "ASSAULT" in types("وقتل الرجل جاره طعنا في خلاف على الأرض.")
    assert "SANCTION" in types("وصنفت الحكومة الحركة منظمة إرهابية في بيان رسمي.")
    # appealing a ruling, receiving money and a standing status are none of these
    assert "ASSAULT" not in types("وطعن المحامي في حكم المحكمة الابتدائية.")
    assert types("وقبض الموظف راتبه في موعده.") == []
    assert "SANCTION" not in types("وتنشط الجماعة التي تصنفها الحكومة منظمة إرهابية في الشمال.")


def test_an_invitation_to_visit_is_agree_not_a_demand():
    found = types("ووجه رئيس الوزراء دعوة رسمية إلى نظيره الياباني لزيارة بغداد.")
    assert "AGREE" in found and "REQUEST" not in found
    found = types("ودعا الملك الرئيس الفرنسي لزيارة المملكة في الربيع.")
    assert "AGREE" in found and "REQUEST" not in found
    assert "AGREE" in types("وقبلت الرئيسة دعوة نظيرها لزيارة موسكو.")
    # a call on someone to act stays a demand, with an object pronoun too
    assert types("ودعا الأمين العام الطرفين إلى ضبط النفس.") == ["REQUEST"]
    assert "REQUEST" in types("وكانت الحكومة دعته في رسالتها إلى الاستقالة.")
