"""`وحرر الجيش X ...، ويواصل التقدم`: a verbal noun governed by a verb of going on whose subject
is dropped, in a clause joined by `و` after a comma, is done by the party right after the verb the
sentence opens with, not by the party nearest before it."""
from event_roles import roles


def test_the_army_goes_on_advancing_not_the_group_it_drove_out():
    source, _ = roles("وحرر الجيش العراقي، مؤخرا بلدة القائم من قبضة تنظيم داعش، ويواصل التقدم باتجاه الحدود السورية.",
                      "ASSAULT", "التقدم")
    assert source == "الجيش العراقي"


def test_the_army_named_with_a_partner_goes_on_advancing():
    source, _ = roles("وحرر الجيش العراقي والقوات الكردية، مؤخرا بلدة القائم من قبضة تنظيم داعش، ويواصل التقدم باتجاه "
                      "الحدود السورية.", "ASSAULT", "التقدم")
    assert source == "الجيش العراقي"
