"""A woman's title (the feminine row of a title: `المفوضة`, `المدعية العامة`, `وزيرة الدولة`)
introduces her name and is her when named alone, as the masculine one does; sentences written
for these tests."""
from actor_mentions import actors_by_surface, person_names


def test_a_commissioner_named_after_her_title_is_one_person():
    found = actors_by_surface("وقالت المفوضة الأوروبية للمنافسة كارلا بيرغمان، إن الشركة خالفت القواعد.")
    assert found["كارلا بيرغمان"].actor_type == "person"
    found = actors_by_surface("وأعلن الطبيب دانيال فوغل مفوض إدارة الصحة عن خطة جديدة.")
    assert "دانيال فوغل" in {a.name_ar for a in found.values()}


def test_the_bare_feminine_title_refers_back_to_the_woman_named():
    found = actors_by_surface("وقالت المفوضة الأوروبية للمنافسة كارلا بيرغمان، إن الشركة خالفت القواعد. "
                              "وأضافت المفوضة أن الغرامة ستدفع خلال شهر.")
    assert found["المفوضة"].name_ar == "كارلا بيرغمان"


def test_an_unnamed_woman_minister_of_state_is_no_state():
    found = actors_by_surface("واعتبرت وزيرة الدولة البرتغالية أن الانفتاح هو الطريق إلى النمو.")
    assert found["وزيرة الدولة البرتغالية"].actor_type == "person"
    assert all(a.actor_type != "state" for a in found.values())


def test_a_woman_prosecutor_is_a_title_before_her_name():
    assert person_names("وقالت المدعية العامة سارة لندبرغ إن التحقيق مستمر.") == {"سارة لندبرغ"}
