"""Words that look like a name's but are not, after a title or a given name, on sentences
written for these tests."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import person_names

DAY = dt.date(2018, 6, 1)


def test_a_preposition_with_a_verbal_noun_is_no_name_word():
    assert person_names("وطالب الرئيس الفرنسي باستمرار الدعم للمزارعين.") == set()
    assert person_names("وقال إن العمل غير مجدي لإنقاذ الشركة.") == set()
    assert person_names("وأشاد المدرب البرازيلي لويس فيليبي باهتمام الجماهير.") == {"لويس فيليبي"}


def test_a_definite_plural_nisba_ends_a_name():
    assert not any("الآسيويين" in n for n in person_names("ويدعو الرئيس الأميركي باستمرار الآسيويين إلى الإنفاق."))


def test_a_foreign_name_shaped_like_a_verbal_noun_after_ba_stays_a_name():
    assert "كريستيان باسكال" in person_names("وقال المدرب كريستيان باسكال إن الفريق جاهز.")


def test_a_compass_word_after_a_place_is_no_family_name():
    assert not any("جنوب" in n for n in person_names("وحكمت القاضية ليندا ماكين في سان دييغو جنوب كاليفورنيا بالإفراج عنه."))


def test_a_body_named_after_a_definite_head_is_the_object():
    x = extract("t", "وأمهلت المحكمة الإدارة الأمريكية أسبوعين لتنفيذ الحكم.", DAY)
    assert not any("المحكمة الإدارة" in m["surface"] for m in x.actor_mentions)


def test_leaders_whose_names_the_shape_rules_cannot_read_are_known():
    assert "جان كلود يونكر" in person_names("وانتقد جان كلود يونكر خطة الميزانية الإيطالية.")
    assert "مون جيه إن" in person_names("واستقبل مون جيه إن الوفد في سيول.")


def test_a_title_in_the_accusative_is_no_name():
    assert person_names("وانتخب البرلمان أمس خوان ميرا رئيسا للبلاد.") == {"خوان ميرا"}


def test_a_conjoined_definite_nisba_does_not_open_an_apposed_name():
    names = person_names("واختار الناخبون بين رويز المحافظ، واليميني ماريو لوبيز، مرشح الحزب الجديد.")
    assert "ماريو لوبيز" in names and not any("اليميني" in n for n in names)


def test_a_korean_name_with_a_hyphen_is_the_known_leader():
    x = extract("t", "واستقبل الرئيس الكوري الجنوبي مون جاي-إن الوفد في سيول.", DAY)
    assert any(x.actors[m["actor_id"]].name_ar == "مون جيه إن" for m in x.actor_mentions)


def test_a_name_ends_before_la_and_an_outlet_or_wa_and_a_verb():
    names = person_names("وقالت محاميته سلمى يوسف لفرانس برس إن الحكم صدر. "
                         "وكان المبادر الوزير الفرنسي آنذاك جان ميشيل ديستان وضمت اللجنة خبراء.")
    assert "سلمى يوسف" in names and "جان ميشيل ديستان" in names


def test_a_clan_name_in_ta_marbuta_goes_on_a_person_s_name():
    assert "عاطف الطراونة" in person_names("وقال رئيس مجلس النواب عاطف الطراونة إن الجلسة تأجلت.")


def test_a_future_verb_or_a_verb_of_the_form_istafala_is_no_one_word_name():
    names = person_names("وأعلن المكتب أن الوزيرة ستسافر غدا. وقالت الوزارة في بيان إن السفير استدعي.")
    assert not names & {"ستسافر", "استدعي"}
    assert "ستيفن هوكينغ" in person_names("وقال ستيفن هوكينغ إن الكون واسع.")
