"""Words of an event type that name a thing or a science rather than an act, and meetings
prepared for, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def events(text):
    return [(e["event_type"], e["trigger"]) for e in extract("t", text, DAY).events]


def types(text):
    return {t for t, _ in events(text)}


def test_an_agreement_named_by_its_genitive_is_a_thing_not_an_agreement_made():
    # `اتفاق السلام` is the peace accord spoken about: it is no new act of agreeing
    assert "AGREE" not in types("وانتقد المرشح المعارض اتفاق السلام خلال تجمع انتخابي في المدينة.")
    assert "AGREE" not in types("وقالت الوزارة إن اتفاقية التجارة الحرة تدخل حيز التنفيذ الشهر المقبل.")
    assert "AGREE" not in types("وتدير الحكومة تجارتها وفق اتفاقاتها الثنائية مع جيرانها.")


def test_an_agreement_noun_with_its_parties_or_its_making_stays_an_act():
    # the genitive names who agreed, or a verb of signing comes before the noun
    assert "AGREE" in types("ورحب الوسطاء باتفاق الطرفين على تبادل الأسرى.")
    assert "AGREE" in types("ووقعت الحكومة اتفاق السلام مع المتمردين في العاصمة أمس.")
    assert "AGREE" in types("وأعلن الوسيط اتفاقا لوقف إطلاق النار بين الجانبين.")


def test_an_agreement_noun_followed_by_a_day_is_still_the_act():
    assert "AGREE" in types("ورحبت العواصم الغربية باتفاق الخميس بين الحكومة والمعارضة.")


def test_sociology_is_no_meeting():
    assert "CONSULT" not in types("وقال عالم الاجتماع المعروف إن الأزمة ستطول.")
    assert "CONSULT" not in types("وشارك أستاذ علم الاجتماع في الندوة الافتراضية.")


def test_a_meeting_of_world_leaders_is_still_a_meeting():
    # `العالم` (the world) before a meeting noun is no science
    assert "CONSULT" in types("وعقد قادة العالم اجتماعا طارئا في جنيف أمس.")


def test_a_summit_prepared_for_is_an_agreement_to_meet_beside_the_visit():
    found = events("ووصل الوفد إلى العاصمة أمس للإعداد للقمة بين الزعيمين.")
    assert ("AGREE", "قمة") in found
    assert any(t == "CONSULT" for t, _ in found)
    assert "AGREE" in types("وعقد الوزيران اجتماعا أمس تمهيدا لزيارة الرئيس إلى المنطقة.")


def test_reaching_a_finding_is_no_agreement():
    # sentences written for this test
    assert "AGREE" not in types("وتوصلت الشرطة إلى هوية الجاني بعد يومين من البحث.")
    assert "AGREE" not in types("وعجز المحققون عن التوصل إلى استنتاج نهائي بشأن سبب الحادث.")
    assert "AGREE" in types("وتوصل الطرفان إلى اتفاق لتبادل الأسرى.")


def test_putting_a_party_on_a_terror_list_is_sanction():
    assert "SANCTION" in types("ووضعت كندا الجماعة المسلحة على لائحتها السوداء للمنظمات الإرهابية.")
    assert "SANCTION" not in types("ووضعت الحكومة إصلاح التعليم على قائمة أولوياتها.")


def test_talks_going_on_are_held():
    assert "CONSULT" in types("وواصل الوفدان المحادثات في جنيف لليوم الثاني.")
    assert "CONSULT" not in types("ونشر المقطع على مواقع التواصل الاجتماعي بعد انتهاء المحادثات.")


def test_a_capability_or_a_habit_is_no_event():
    assert "ASSAULT" not in types("وقالت الحركة إنها قادرة على استهداف المدن الساحلية.")
    assert "ASSAULT" not in types("وعادة ما تحدث مواجهات بين الصيادين وخفر السواحل.")
    assert "ASSAULT" in types("وصد الجيش هجمات متكررة للمسلحين على مواقعه أمس.")


def test_park_as_a_name_blesses_no_one():
    assert "SUPPORT" not in types("واعتقلت بارك العام الماضي بتهم فساد.")
    assert "SUPPORT" not in types("وتجمع الآلاف في هايد بارك وسط لندن.")
    assert "SUPPORT" in types("وبارك الرئيس الاتفاق بين الفصائل.")


def test_receiving_the_wounded_and_a_pardon_board_are_no_events():
    assert "CONSULT" not in types("وقال مدير المستشفى إنه استقبل 40 جريحا منذ الصباح.")
    assert "CONCEDE" not in types("وأوصت لجنة العفو في الولاية بتخفيف الحكم.")
    assert "CONCEDE" in types("وأصدر الرئيس عفوا عن مئات السجناء.")


def test_a_family_visit_is_no_meeting():
    assert "CONSULT" not in types("وكانت الأسرة في زيارة إلى أقاربها في الريف عندما وقع الانفجار.")
    assert "CONSULT" in types("وقام الوزير بزيارة إلى القاهرة التقى خلالها نظيره المصري.")
