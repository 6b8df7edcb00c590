"""News writes killings and arrests in the passive, unvowelled: the party killed or arrested is
the target, never the doer. A verb of killing, wounding, arrest or abduction right after a
relative pronoun with no object after it (`الجنود الذين قتلوا في الحرب`) is done to the
relative's head; a count right after such a verb (`وقتل أكثر من 35 ألف جندي`, `واعتقل ثلاثة
محتجين`) is the party it is done to, and no earlier subject is carried on to the act."""
from event_roles import roles


def test_soldiers_who_were_killed_are_the_target():
    text = "وأعلن رئيس الوزراء أن رفات الجنود الأمريكيين الذين قتلوا في الحرب ستعاد قريبا."
    assert roles(text, "ASSAULT") == (None, "الجنود الأمريكيين")


def test_journalists_who_were_arrested_are_the_target():
    text = "وطالبت المنظمة بالإفراج عن الصحفيين الأتراك الذين اعتقلوا خلال الاحتجاجات."
    assert roles(text, "COERCE") == (None, "الصحفيين الأتراك")


def test_gunmen_who_killed_an_officer_are_the_doers():
    assert roles("وأدانت الحكومة المسلحين الذين قتلوا الضابط.", "ASSAULT")[0] == "المسلحين"


def test_a_counted_party_after_a_killing_verb_is_killed():
    text = "وأعلن الرئيس الكوري كيم جونغ أون استعداده لإعادة الرفات. وقتل أكثر من35 ألف جندي أمريكي في الحرب."
    assert roles(text, "ASSAULT") == (None, "جندي أمريكي")


def test_a_counted_crowd_after_an_arrest_verb_is_arrested():
    assert roles("واعتقل ثلاثة محتجين سودانيين في الخرطوم.", "COERCE") == (None, "محتجين سودانيين")


def test_a_count_of_fighters_names_their_group_as_the_target():
    assert roles("وقتل 30 من مقاتلي حركة الشباب خلال الاشتباكات.", "ASSAULT") == (None, "حركة الشباب المجاهدين")


def test_a_counted_crowd_after_a_verb_of_prevention_is_prevented():
    assert roles("ومنع عشرات المهاجرين من عبور الحدود إلى إسبانيا.", "REJECT") == (None, "المهاجرين")


def test_a_named_subject_still_prevents():
    assert roles("ومنعت الشرطة المهاجرين من عبور الحدود.", "REJECT") == ("الشرطة", "المهاجرين")


def test_a_person_killed_takes_no_doer_from_the_sentence_before():
    text = "وأعلنت الشرطة اعتقال زوجته. وقتل أحمد الزرقاوي، وهو من أصل أردني، أثناء اشتباكات في العراق."
    assert roles(text, "ASSAULT", trigger="قتل") == (None, "أحمد الزرقاوي")


def test_a_sheikhs_name_after_his_title_is_no_second_title():
    text = "استنكر الشيخ سلطان بن خالد آل ثاني منع الحكومة مواطنيها من السفر."
    assert roles(text, "ACCUSE")[0] is not None
