"""Round 2 of the thirteenth session's event fixes: nouns that normalisation makes look like verbs,
explosions in accidents, telephone lines, a condemnation judged again, and the scope of a
participle that marks an attack as one in words (sentences written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_a_noun_in_ta_marbuta_is_no_verb_with_its_pronoun():
    assert types("ارتدى المحتجون أقنعة سوداء خلال المسيرة.") == []
    assert types("وأقنعه الوزير بالعودة إلى المفاوضات.") == ["REQUEST"]  # the verb, written with ه


def test_a_verb_after_a_preposition_is_a_noun():
    assert types("وقال باحث في معهد الدراسات إن الوضع صعب.") == []
    assert types("وقال الوزير: أحث الطرفين على الحوار.") == ["REQUEST"]


def test_an_engine_or_a_gas_explosion_is_an_accident():
    assert types("وانفجر محرك الطائرة بعد الإقلاع، مما أسفر عن مقتل راكب.") == []
    assert types("وأسفر انفجار غاز في مطعم عن مقتل ثلاثة أشخاص.") == []
    assert types("وأسفر هجوم مسلح على مطعم عن مقتل ثلاثة أشخاص.") == ["ASSAULT"]


def test_telephone_lines_are_no_talks():
    assert types("وأعيدت خطوط الاتصال الهاتفي إلى المدينة بعد العاصفة.") == []
    assert types("وأجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي.") == ["CONSULT"]


def test_a_condemnation_judged_again_is_one_act():
    assert types("نددت الخارجية الفرنسية بالقرار، ووصفته بأنه غير مقبول.") == ["ACCUSE"]
    assert types("وانتقد الوزير القرار، وقال إنه غير مقبول.") == ["ACCUSE"]


def test_another_partys_judgement_is_its_own_act():
    assert types("ندد الرئيس الفرنسي بالقرار، فيما قالت ألمانيا إن القرار غير مقبول.") == ["ACCUSE", "ACCUSE"]


def test_an_attack_charged_after_the_participle_is_the_charge():
    found = types("وقال الرئيس الأمريكي، متهما الحكومة السورية بأنها هاجمت المدنيين، إن الرد سيكون قويا.")
    assert found == ["ACCUSE", "ASSAULT"]


def test_an_attack_before_the_participle_is_in_words():
    assert types("وهاجم الرئيس الصحافة، قائلا إنها كاذبة.") == ["ACCUSE"]


def test_the_participle_asking_keeps_its_ta_marbuta():
    assert types("وقالت الجمعية في بيانها، طالبة من الحكومة الإفراج عن المعتقلين.")[:1] == ["REQUEST"]
    assert types("وقتل مسلحون طالبة في الحافلة.") == ["ASSAULT"]


def test_heroism_is_no_tournament():
    assert types("وأشادت عمدة باريس ببطولة الشاب، وقالت إنها اتصلت به هاتفيا.") == ["SUPPORT", "CONSULT"]


def test_a_tournament_beside_another_sport_word_is_sport():
    assert types("وانسحب المنتخب المصري من بطولة كأس العالم بعد الخسارة.") == []


def test_the_jussive_after_lam_is_a_negated_meeting():
    found = [(e["event_type"], e["negated"]) for e in extract("t", "وقالت المتحدثة إن الوزير لم يلتق مع الرئيس خلال الزيارة.", DAY).events]
    assert found == [("CONSULT", True)]


def test_a_question_quoted_after_the_trigger_leaves_it_told():
    assert types('وكرر الرئيس انتقاده لألمانيا في تغريدة، قال فيها "هل يعقل أن تدفع ألمانيا للغاز الروسي؟"') == ["ACCUSE"]
    assert types("هل انتقد الرئيس ألمانيا في تغريدته؟") == []
    assert types('هل انتقد الرئيس ألمانيا بسبب "الغاز الروسي"؟') == []  # a quoted word, closed: the question is his


def test_a_political_act_in_a_sentence_about_a_tournament_keeps_its_other_cues():
    found = [(e["event_type"], e["negated"]) for e in extract(
        "t", "وقبل بطولة كأس العالم، ألغت الحكومة البريطانية دعوة وزير الخارجية الروسي لزيارة لندن.",
        DAY).events]
    assert ("AGREE", True) in found


def test_a_hamza_seat_the_verb_lacks_makes_another_word():
    assert types("ولم يجد المعلم مفرا من أن يتحول إلى بائع متجول.") == []
    assert types("وبايع أنصار الحزب زعيمه الجديد.") == ["SUPPORT"]


def test_a_storm_threatens_no_party():
    assert types("وقال المركز الوطني للأعاصير إن العاصفة المدارية تهدد الجزيرة.") == []
    assert types("وهددت الولايات المتحدة بفرض عقوبات على إيران.") == ["THREATEN"]
