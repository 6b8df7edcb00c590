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



def test_an_outlet_spoken_to_in_an_interview_is_not_the_one_called_on():
    text = "وطالب وزير الخارجية الكندي السابق خلال لقاء مع سكاي نيوز عربية الحكومة الكندية بالتحرك."
    assert roles(text, "REQUEST")[1] != "سكاي نيوز عربية"


def test_an_outlet_named_as_the_object_of_a_call_stays_its_target():
    assert roles("ودعا بنيامين نتنياهو وسائل الإعلام إلى عدم نشر الشائعات.", "REQUEST")[1] == "وسائل الإعلام"


def test_unnamed_officials_announcing_an_agreement_still_agree():
    text = "وأعلن مسؤولون أكراد التوصل إلى اتفاق مع النظام السوري لدخول قواته المنطقة."
    assert roles(text, "AGREE")[0] == "مسؤولون أكراد"
