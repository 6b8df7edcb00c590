"""Two small clause facts: `اجتماع بين X ووزرائه` is X's meeting even when the others name no
actor, and an act pointed to by a demonstrative in someone's words (`في هذا الهجوم`) is one he
speaks of, not one he does."""
from event_roles import roles


def test_a_meeting_between_a_leader_and_unnamed_others_is_the_leaders():
    source, target = roles("وتأتي الاستقالة بعد يومين من اجتماع بين ماكرون ووزرائه.", "CONSULT")
    assert source == "إيمانويل ماكرون" and target is None


def test_a_speaker_is_no_doer_of_the_attack_he_speaks_of():
    source, _ = roles("وقال جان لوران إنه لا يوجد مشتبه بهم آخرون في هذا الهجوم.", "ASSAULT")
    assert source is None


def test_a_speaker_still_does_the_act_his_pronoun_subject_does():
    source, target = roles("وقالت المستشارة الألمانية أنغيلا ميركل إنها ناقشت مع بوتين الأزمة الأوكرانية.", "CONSULT")
    assert source is not None and source.endswith("ميركل")


def test_a_summit_between_a_leader_and_his_counterpart_named_after_the_title():
    source, target = roles("وصدرت الاتهامات قبل أيام من قمة بين الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين.",
                           "CONSULT")
    assert (source, target) == ("دونالد ترامب", "فلاديمير بوتين")
