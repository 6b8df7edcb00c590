"""The fifteenth session's event fixes from a corpus audit: a conviction named by `إدانة` and its
charge, and words whose other sense is no act: the dock of a court, centrifuges, `لقاء` as `in
return for`, a craft departing, a picture or statement a force published (sentences written for
these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def typed(text):
    return [(e["event_type"], e["trigger"]) for e in extract("t", text, DAY).events]


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_conviction_on_a_charge_is_a_sanction_not_a_condemnation():
    assert ("SANCTION", "إدانتها") in typed("وصدر الحكم على المتهمة بعد إدانتها بالانتماء إلى جماعة مسلحة.")
    assert ("SANCTION", "إدانتهم") in typed("وقضت المحكمة بسجن الرجال الثلاثة بعد إدانتهم بتهريب الأسلحة.")
    assert ("SANCTION", "إدانته") in typed("وسجن الموظف بعد إدانته بتزوير وثائق رسمية.")


def test_a_condemnation_stays_an_accusation():
    assert typed("وأعربت الوزارة عن إدانتها الشديدة للهجوم.")[0] == ("ACCUSE", "إدانتها")
    assert ("ACCUSE", "إدانتها") in typed("وجددت الحكومة إدانتها بشدة للتفجير.")


def test_the_dock_of_a_court_accuses_no_one():
    assert "ACCUSE" not in types("ووقف الرجل في قفص الاتهام مرتديا بدلة سوداء.")
    assert "ACCUSE" in types("ووجهت النيابة الاتهام إلى الرجل.")


def test_centrifuges_expel_no_one():
    assert "SANCTION" not in types("وقال الخبير إن أجهزة الطرد المركزي الجديدة أسرع من القديمة.")
    assert "SANCTION" in types("وقررت الحكومة طرد السفير.")


def test_in_return_for_a_bribe_is_no_meeting():
    assert "CONSULT" not in types("واتهم الوزير بتلقي أرض لقاء امتيازات في العقود الحكومية.")
    assert "CONSULT" not in types("وأفرجت العصابة عن الرهائن لقاء فدية كبيرة.")
    assert "CONSULT" in types("وعقد الرئيس لقاء مع رئيس الوزراء.")


def test_a_craft_departing_is_no_retreat():
    assert "RETREAT" not in types("وغادرت الطائرة المطار صباح السبت متجهة إلى العاصمة.")
    assert "RETREAT" not in types("وغادر القطار المحطة بعد الظهر.")
    assert "RETREAT" in types("وغادر الرئيس البلاد صباح السبت.")


def test_a_picture_a_force_published_deploys_no_troops():
    assert "MOBILIZE" not in types("وأظهرت صور نشرتها القوات الحكومية دمارا واسعا في القرية.")
    assert "MOBILIZE" not in types("وجاء ذلك في بيان نشره الجيش على موقعه.")
    assert "MOBILIZE" in types("ونشر الجيش قوات إضافية على الحدود.")


def test_a_call_told_with_the_phone_after_its_parties_is_a_consultation():
    assert "CONSULT" in types("وتحدث الرئيس مع نظيره الفرنسي بالهاتف مساء الأربعاء.")
    assert "CONSULT" in types("وتحدثت الوزيرة مع المبعوث الأممي عبر الهاتف.")
    assert "CONSULT" not in types("وتحدث الوزير عن الأزمة في مؤتمر صحفي.")


def test_a_question_quoted_after_a_colon_leaves_the_act_before_it_reported():
    assert "CONSULT" in types("وذكرت الصحيفة أن الرئيس سأل ضيفه خلال اجتماعهما في القصر: لماذا لا تغادر الحلف؟")
    assert "CONSULT" not in types("وتساءل النائب: هل سيعقد الاجتماع في موعده؟")


def test_now_after_a_preposition_with_a_pronoun_demands_nothing():
    assert "REQUEST" not in types("وقال إن العلاقات بين البلدين لم تكن أسوأ مما هي عليه الآن.")
    assert "REQUEST" in types("وقال الوزير إن الحكومة عليها أن تفرج عن المعتقلين.")


def test_a_ceasefire_with_an_adjective_is_an_agreement_not_firing():
    assert typed("وأعلن الرئيس وقفا مؤقتا لإطلاق النار مع الحركة المسلحة.") == [("AGREE", "وقفا")]
    assert typed("ووقعت الحكومة على وقف دائم لإطلاق النار.") == [("AGREE", "وقف")]
    assert "ASSAULT" in types("وأطلق المسلح النار على المارة في السوق.")


def test_bringing_a_debt_a_disease_or_a_fire_under_control_takes_no_ground():
    assert "ASSAULT" not in types("وتسعى الحكومة إلى السيطرة على التضخم وخفض العجز هذا العام.")
    assert "ASSAULT" not in types("وتمكن رجال الإطفاء من السيطرة على الحريق بعد ساعات.")
    assert "ASSAULT" not in types("وقال الطبيب إن الدواء ساعد في السيطرة على المرض.")
    assert "ASSAULT" in types("وسيطر المسلحون على المدينة بعد معارك عنيفة.")


def test_where_a_thing_was_posted_obliges_no_one():
    assert "REQUEST" not in types("وقال الوزير، مساء الثلاثاء، على تويتر إن القرار خاطئ.")
    assert "REQUEST" not in types('وكتبت الإذاعة "المحلية" على حسابها بموقع تويتر أن الطائرة سقطت.')
    assert "REQUEST" not in types("وتهيمن الجبهة، منذ سنوات، على الائتلاف رغم أن أنصارها قلة.")
    assert "REQUEST" in types("وقال الوزير إن على الحكومة أن تفرج عن المعتقلين.")


def test_the_firing_a_quoted_ceasefire_stops_is_no_attack():
    assert typed('ووقعت الحكومة على وقف "دائم" لإطلاق النار.') == [("AGREE", "وقف")]
