"""`اعتقلت الشرطة X بتهمة`, `حكم عليه بالسجن بتهمة`: a charge phrase gives the reason of the act of
force before it in its clause: who did that act charges, the one it was done to is charged (a
person alone in the act is the one charged)."""
from event_roles import roles


def test_the_police_arresting_a_journalist_on_a_charge_charge_him():
    text = "اعتقلت الشرطة المصرية الصحفي محمود حسين بتهمة نشر أخبار كاذبة."
    assert roles(text, "ACCUSE") == ("الشرطة المصرية", "محمود حسين")


def test_the_one_sentenced_on_a_charge_is_charged():
    text = "وكان المعارض أحمد منصور قد اعتقل العام الماضي، وحكم عليه بالسجن عشر سنوات بتهمة إهانة الدولة."
    assert roles(text, "ACCUSE") == (None, "أحمد منصور")


def test_a_state_arresting_people_on_a_charge_charges_them():
    source, _ = roles("بريطانيا تعتقل شخصين بتهمة التحضير لعمل إرهابي", "ACCUSE")
    assert source == "بريطانيا"
