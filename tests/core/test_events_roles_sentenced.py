"""A trigger's own preposition governs the party after it, and `حكم على X بالسجن` names what is
done to X: the one sentenced is the target, never the doer."""
from event_roles import roles


def test_the_party_after_a_triggers_own_preposition_is_no_subject_even_after_a_title():
    source, target = roles("وحكم على الصحفي سامي الخطيب بالسجن خمس سنوات.", "SANCTION")
    assert source is None and target == "سامي الخطيب"


def test_imprisonment_after_ala_is_done_to_the_party_ala_governs_by_the_court():
    source, target = roles("وقضت محكمة تونسية على الصحفي سامي الخطيب بالسجن خمس سنوات.", "COERCE")
    assert source == "محكمة تونسية" and target == "سامي الخطيب"


def test_imprisonment_with_no_court_named_has_no_doer():
    source, target = roles("وحكم على الصحفي سامي الخطيب بالسجن خمس سنوات.", "COERCE")
    assert source is None and target == "سامي الخطيب"
