"""`وكانت شرطة مدينة ليدز قد اعتقلت X`: the words between `كان` and `قد` are the pluperfect's
subject; when they name no actor, the actor after the verb is its object, not its doer."""
from event_roles import roles


def test_an_unnamed_subject_between_kana_and_qad_leaves_the_party_after_as_object():
    source, target = roles("وكانت شرطة مدينة ليدز قد اعتقلت دونالد ترامب في يناير.", "COERCE")
    assert (source, target) == (None, "دونالد ترامب")


def test_a_named_subject_between_kana_and_qad_does_the_act():
    source, target = roles("وكانت الشرطة البريطانية قد اعتقلت دونالد ترامب في يناير.", "COERCE")
    assert (source, target) == ("الشرطة البريطانية", "دونالد ترامب")


def test_the_one_met_after_an_unnamed_pluperfect_subject_stays_the_object():
    _, target = roles("وكان الرئيس الكوري الجنوبي قد اتفق مع الزعيم الكوري الشمالي كيم جونغ أون على الزيارة.", "AGREE")
    assert target == "كيم جونغ أون"


def test_a_party_owning_the_object_after_an_unnamed_pluperfect_subject_is_hit():
    _, target = roles("وكانت طائرات حربية إسرائيلية قد قصفت مواقع تابعة لحركة حماس.", "ASSAULT")
    assert target == "حركة حماس"
