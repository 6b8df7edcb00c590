"""Who acts in words a speaker reports, on sentences written for these tests."""
from event_roles import roles


def test_a_pronoun_reopening_her_words_is_the_speaker_past_a_state_named_before():
    text = "وقالت ميركل إنه من المهم تجنب كارثة في سوريا، مضيفة إنها كانت قد ناقشت مع بوتين قضية الانتخابات."
    assert roles(text, "CONSULT") == ("أنجيلا ميركل", "فلاديمير بوتين")


def test_his_country_is_the_state_of_the_speaker_the_text_has_named():
    text = ("وأكد الرئيس الإيراني حسن روحاني أن إيران لن تتفاوض. وشدد روحاني في اتصال مع نظيره الفرنسي "
            "إيمانويل ماكرون، على أن الاتفاق الذي توصلت إليه بلاده مع القوى الكبرى غير قابل للتفاوض.")
    assert roles(text, "AGREE") == ("إيران", "القوى الكبرى")


def test_a_pronoun_complementizer_after_a_party_named_in_the_words_stands_for_that_party():
    text = "تقول الصحيفة إن ترامب صحيح أنه يجيد إبرام الصفقات لكن ثقافته ضعيفة."
    assert roles(text, "AGREE")[0] == "دونالد ترامب"


def test_a_judgement_quoted_after_a_verb_with_its_subject_dropped_is_the_earlier_speakers():
    text = ("وقالت السفيرة الأمريكية نيكي هايلي إن الاتفاق سيئ. "
            "وأضافت \"التصريحات المعادية من جانب القيادة الفلسطينية تقوض فرص السلام\".")
    assert roles(text, "ACCUSE") == ("نيكي هايلي", "القيادة الفلسطينية")
