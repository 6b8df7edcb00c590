"""Two more clause shapes. Clashes or battles `بين X وY` are fought by X against Y, whether the
parties follow a noun (`اشتباكات بين الجيش وقوات المعارضة`) or a verb and its noun (`ودارت
معارك بين`). A party sentenced after `حكم على` keeps the sentence though a description or a time
set off by commas stands before the punishment (`حكم على X، المدعي العام السابق، في 2017
بالسجن`), but not across a new clause (`، ثم قامت بالاعتقال`)."""
from event_roles import roles


def test_clashes_between_two_parties():
    text = "واندلعت اشتباكات عنيفة بين الجيش السوري وقوات المعارضة في ريف حلب."
    assert roles(text, "ASSAULT") == ("الجيش السوري", "قوات المعارضة")


def test_battles_after_a_verb_between_two_parties():
    text = "ودارت معارك بين الجيش الليبي وتنظيم الدولة الإسلامية في سرت."
    assert roles(text, "ASSAULT") == ("الجيش الليبي", "تنظيم الدولة الإسلامية")


def test_the_sentenced_party_before_a_description_and_a_time():
    text = "وحكم على أحمد الخطيب، المدعي العام السابق لبغداد في نوفمبر 2017 بالسجن عامين."
    assert roles(text, "COERCE")[1] == "أحمد الخطيب"


def test_the_sentenced_party_with_a_title_before_a_time_set_off_by_commas():
    text = "وحكمت المحكمة على الناشط أحمد الخطيب، أمس الأحد، بالسجن خمس سنوات."
    assert roles(text, "COERCE")[1] == "أحمد الخطيب"


def test_an_arrest_in_a_new_clause_is_no_sentence_on_the_party_shot_at():
    text = "وأطلقت الشرطة النار على أحمد الخطيب، ثم قامت بالاعتقال."
    assert roles(text, "COERCE") == ("الشرطة", None)
