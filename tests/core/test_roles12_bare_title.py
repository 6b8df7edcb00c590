"""`"الرئيس يريد أن يلتقي بهم"`, `وأكد الرئيس دعمه`: a definite title of office with no name after
it, the subject of the act, stands for the person last named with that title, not for the one who
speaks; a plural object pronoun (`بهم`) is no one person."""
from event_roles import roles

POMPEO = ("وقال وزير الخارجية الأمريكي مايك بومبيو إن الرئيس دونالد ترامب مستعد للقاء القادة الإيرانيين. "
          "وأضاف بومبيو: \"الرئيس يريد أن يلتقي بهم لحل المشكلات\".")


def test_the_president_in_the_secretarys_words_is_the_one_who_meets():
    source, target = roles(POMPEO, "AGREE", "يلتقي")
    assert source == "دونالد ترامب"
    assert target != "مايك بومبيو"


def test_the_president_confirming_his_support_is_the_president_named_before():
    source, target = roles("التقى الرئيس الأمريكي دونالد ترامب رئيس الوزراء الإيطالي جوزيبي كونتي في البيت "
                           "الأبيض. وأكد الرئيس دعمه لإيطاليا.", "SUPPORT")
    assert source == "دونالد ترامب"


def test_a_titled_name_is_no_bare_title():
    source, _ = roles("وكان الاتفاق محور تعهد الرئيس حسن روحاني بتحديث اقتصاد إيران.", "AGREE")
    assert source == "حسن روحاني"
