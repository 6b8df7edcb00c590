"""A verbal noun of force or release owning a pronoun names who undergoes it, on sentences written
for these tests."""
import datetime as dt

from etl.core.extract import extract
from event_roles import roles

DAY = dt.date(2019, 3, 1)


def test_his_arrest_makes_the_man_named_before_its_target_and_the_police_its_doer():
    source, target = roles("وكان أحمد سالم قد عاد إلى القاهرة. وأعلنت الشرطة المصرية اعتقاله في المطار.", "COERCE")
    assert target == "أحمد سالم" and source is not None and "الشرطة" in source


def test_his_detention_in_reported_words_is_done_to_him_not_by_him():
    source, target = roles("وطالبت الأمم المتحدة بالإفراج عن الناشط أحمد سالم، وقالت إن احتجازه غير قانوني.",
                           "COERCE", "احتجازه")
    assert target == "أحمد سالم" and source != "أحمد سالم"


def test_his_release_names_the_man_released():
    source, target = roles("وأفرجت السلطات الإيرانية عن أحمد سالم. ورحبت الحكومة الأمريكية بإطلاق سراحه.",
                           "RETREAT", "إطلاق سراحه")
    assert target == "أحمد سالم"


def test_a_pronoun_with_an_object_after_it_is_no_patient():
    source, target = roles("وانتقدت منظمة العفو الدولية الحكومة المصرية بعد اعتقالها الصحفي أحمد سالم.", "COERCE")
    assert target == "أحمد سالم"


def test_a_sentence_passed_on_him_is_done_to_the_man_named_before():
    source, target = roles("وكان أحمد سالم قاضيا سابقا، وحكم عليه في نوفمبر بالسجن عامين.", "SANCTION")
    assert target == "أحمد سالم" and source is None


def test_an_attack_on_him_after_a_light_verb_is_done_to_the_man_named_before():
    source, target = roles("ووصل أحمد سالم إلى الحدود، حيث تم الاعتداء عليه.", "ASSAULT")
    assert target == "أحمد سالم" and source is None


def test_a_relative_clause_pronoun_stands_for_its_noun_not_a_party():
    x = extract("t", "وقال وزير الخارجية الأمريكي إن الاتفاق الذي توصل إليه الرئيس مع كوريا الشمالية صامد.", DAY)
    assert all(e["source_actor_id"] != e["target_actor_id"] for e in x.events)


def test_a_purpose_pronoun_stands_for_the_state_visited_and_the_visitor_persuades():
    source, target = roles("وزار الوزير الإيراني محمد ظريف تركيا لإقناعها بخفض التصعيد.", "REQUEST")
    assert source == "محمد ظريف" and target == "تركيا"


def test_a_purpose_pronoun_stands_for_the_state_named_as_where_one_went():
    text = "وتدعم تركيا المعارضة السورية. وتوجه الوزير الإيراني محمد ظريف إلى أنقرة لمحاولة إقناعها بخفض التصعيد."
    x = extract("t", text, DAY)
    e = next(e for e in x.events if e["event_type"] == "REQUEST")
    assert x.actors[e["source_actor_id"]].name_ar == "محمد ظريف"
    assert x.actors[e["target_actor_id"]].name_ar == "تركيا"  # a row of its own: the text names the state


def test_a_place_the_text_names_nowhere_else_gives_no_target_without_an_actor_row():
    x = extract("t", "وتوجه الوزير الإيراني محمد ظريف إلى أنقرة لمحاولة إقناعها بخفض التصعيد.", DAY)
    assert all(e["target_actor_id"] in (None, *x.actors) for e in x.events)


def test_the_genitive_of_an_arrest_noun_is_the_one_arrested():
    source, target = roles("وأدانت منظمة العفو الدولية اعتقال الصحفي أحمد سالم.", "COERCE")
    assert target == "أحمد سالم" and source is None
    source, target = roles("وأعلنت الشرطة المصرية اعتقال أحمد سالم.", "COERCE")
    assert target == "أحمد سالم" and "الشرطة" in source


def test_a_genitive_followed_by_an_object_with_lam_is_the_doer():
    source, target = roles("ونددت الخارجية التركية باستهداف الجيش السوري للمدنيين في إدلب.", "ASSAULT")
    assert "الجيش السوري" in source


def test_the_counted_party_after_a_killing_noun_is_killed():
    # a count between the noun of force and its genitive: the counted undergo the act
    source, target = roles("مقتل 4 مسلحين في اشتباك قرب الحدود.", "ASSAULT")
    assert source is None and target == "مسلحين"
