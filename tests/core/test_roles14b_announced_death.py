"""`أعلنت الوزارة مقتل X`, `القوات المسلحة تعلن استشهاد X`: the subject of a verb of reporting whose
object is a noun of a death (event_roles.tsv role `death`) tells of the death; it did not kill."""
from event_roles import roles


def test_a_ministry_announcing_a_martyrdom_did_not_kill():
    assert roles("وأعلنت وزارة الصحة استشهاد الشاب محمد سعيد.", "ASSAULT") == (None, "محمد سعيد")


def test_an_army_announcing_its_soldiers_death_in_a_headline_did_not_kill():
    source, _ = roles("القوات المسلحة الإماراتية تعلن مقتل جندي في اليمن", "ASSAULT")
    assert source is None


def test_a_time_set_off_by_commas_and_an_about_do_not_hide_the_announcer():
    source, _ = roles("أعلن الجيش التركي، الأحد، عن مقتل جندي في اشتباكات بالمنطقة.", "ASSAULT")
    assert source is None


def test_the_agent_of_the_death_stays_its_source():
    source, _ = roles("وأعلنت وزارة الصحة مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي.", "ASSAULT")
    assert source == "الجيش الإسرائيلي"


def test_a_killing_verb_keeps_its_subject():
    assert roles("وقتلت الشرطة الباكستانية صحفيا في كراتشي.", "ASSAULT")[0] == "الشرطة الباكستانية"
