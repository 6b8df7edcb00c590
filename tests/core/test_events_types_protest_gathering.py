"""Protest triggers for gatherings: `تجمهر` in all its verb forms, a protest movement
(`حراك احتجاجي`), and a gathering verb with a stated grievance (`تجمع ... للمطالبة`), on
sentences written for these tests; a gathering with no grievance is no protest."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def protest_triggers(text):
    return [e["trigger"] for e in extract("t", text, DAY).events if e["event_type"] == "PROTEST"]


def test_every_verb_form_of_tajamhur_is_a_protest():
    assert protest_triggers("وتجمهر مئات السكان في الساحة الرئيسية للبلدة مساء أمس.")
    assert protest_triggers("وقال الشهود إن العمال يتجمهرون منذ الصباح قرب بوابة المصنع.")
    assert protest_triggers("وتجمهرت النساء قرب مقر البلدية منذ الفجر.")
    assert protest_triggers("وكان الأهالي قد تجمهروا عند مدخل القرية.")


def test_a_protest_movement_is_a_protest():
    assert protest_triggers("وتشهد المدينة الساحلية حراكا احتجاجيا منذ مطلع الشهر الماضي.")
    assert protest_triggers("وتراجعت السلطات أمام الحراك الاحتجاجي في الأقاليم الجنوبية.")


def test_a_gathering_with_a_grievance_is_a_protest():
    assert protest_triggers("وتجمع المعلمون أمام الوزارة للمطالبة بزيادة الرواتب.")
    assert protest_triggers("وتجمعت الحشود في الميدان تنديدا بمقتل الشاب.")
    assert protest_triggers("ويخرجون كل جمعة إلى الساحات رافضين نتائج الانتخابات.")
    assert protest_triggers("واحتشد الطلاب في ساحة الجامعة رفضا لقرار رفع الرسوم.")


def test_a_gathering_without_a_grievance_is_no_protest():
    assert not protest_triggers("وتجمع المشجعون أمام الملعب قبل ساعتين من انطلاق المباراة.")
    assert not protest_triggers("وتجمع المباراة الفريقين أمام جمهور كبير يوم الجمعة.")
    assert not protest_triggers("وخرجوا من القاعة بعد انتهاء الاجتماع بدقائق.")
