"""An unnamed source or an outlet tells of acts of force, sanctions, protests, moves and aid; it does
not do them (`_TOLD_ACTS`): it stays the source of words, and an outlet of its own deals."""
from event_roles import roles


def test_an_unnamed_source_telling_of_fighting_does_not_fight():
    text = "وأشار المصدر إلى أن معارك عنيفة تدور في المنطقة بإسناد جوي من طائرات التحالف."
    assert roles(text, "ASSAULT")[0] is None


def test_military_sources_telling_of_the_dead_did_not_kill():
    text = "وأفادت مصادر عسكرية أن قتلى من عناصر جماعة الحوثي سقطوا خلال مواجهات."
    assert roles(text, "ASSAULT")[0] is None


def test_an_outlet_signing_its_own_deals_still_agrees():
    assert roles("ووقعت قناة فرانس 24 اتفاقيات بث مع شركات محلية.", "AGREE")[0] == "فرانس 24"

