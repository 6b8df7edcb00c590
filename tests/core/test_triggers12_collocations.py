"""Classes of triggers the twelfth session's corpus audit found missing: light verbs whose party
stands between the verb and its noun, talks said to go on, deployments named by a verbal noun,
retaliation announced, praise by description, releases without `سراح`, money given (sentences
written for these tests)."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 5, 1)


def types(text):
    return [e["event_type"] for e in extract("t", text, DAY).events]


def test_sanctions_imposed_with_the_imposing_party_between_verb_and_noun():
    assert types("وفرضت الحكومة الكندية عقوبات ضد ثلاثة ضباط.") == ["SANCTION"]
    assert types("فرضت الحكومة الكندية عقوبات على ثلاثة ضباط.") == ["SANCTION"]


def test_a_cordon_or_a_curfew_imposed_by_a_named_party_is_coerce():
    assert types("وفرضت قوات الشرطة طوقا حول الحي الشرقي.") == ["COERCE"]
    assert types("وفرضت السلطات المحلية حظر التجول في البلدة.") == ["COERCE"]


def test_an_ambassador_recalled_by_a_named_state_is_a_sanction():
    assert types("وسحبت هولندا سفيرها من طهران.") == ["SANCTION"]


def test_sanctions_tightened_but_not_the_verb_of_stressing():
    assert types("وشدد الرئيس العقوبات المفروضة على الشركة الأجنبية.") == ["SANCTION"]
    assert "SANCTION" not in types("وشدد الوزير على أن العقوبات ستبقى قائمة.")


def test_talks_that_go_on_or_take_place_are_talks_held():
    assert types("وتستمر المفاوضات بين الحكومة والفصائل المسلحة حول المعبر.") == ["CONSULT"]
    assert types("ودارت مباحثات مطولة بين الوزيرين في العاصمة.") == ["CONSULT"]


def test_a_deployment_named_by_its_verbal_noun_with_the_forces_after_a_describing_word():
    assert types("وشهدت العاصمة انتشارا كثيفا لقوات الجيش.") == ["MOBILIZE"]
    assert types("وهناك انتشار واسع للشرطة في محيط البرلمان.") == ["MOBILIZE"]
    assert types("ويثير انتشار المرض بين الجنود القلق.") == []


def test_measures_in_kind_announced_for_the_future_threaten():
    assert types("وقال المتحدث إن موسكو ستتخذ إجراءات مماثلة.") == ["THREATEN"]
    assert types("وقال الوزير إن الحكومة ستتخذ إجراءات لدعم المزارعين.") == []


def test_praise_by_description_is_support_and_a_negated_term_is_not():
    assert types("ووصفت الحكومة المحادثات بأنها مثمرة.") == ["SUPPORT"]
    assert types("واعتبر الرئيس الاتفاق انتصارا للسلام.") == ["SUPPORT"]
    assert "SUPPORT" not in types("ووصف المتحدث الخطة بأنها غير ناجحة.")


def test_held_people_released_without_the_word_saraah():
    assert types("وأطلقت السلطات المحلية المعتقلين الخمسة مساء الأحد.") == ["RETREAT"]
    assert types("وأطلق المسلحون النار على الأسرى.") == ["ASSAULT"]


def test_a_sum_of_money_given_is_aid_and_promised_is_agree():
    assert types("وقدمت النرويج 30 مليون دولار لمخيمات اللاجئين.") == ["AID"]
    assert types("وتعهدت النرويج بتقديم 30 مليون دولار لمخيمات اللاجئين.") == ["AGREE"]
    assert types("وقدم النادي عرضا بقيمة 80 مليون يورو لضم اللاعب.") == []


def test_questioning_by_the_police_is_an_investigation():
    assert types("واستجوبت الشرطة الوزير السابق في قضية الرشوة.") == ["ACCUSE"]


def test_verb_forms_of_ramming_and_stoning():
    assert types("ودهست حافلة صغيرة عددا من المشاة قرب المحطة.") == ["ASSAULT"]
    assert types("ورشق الشبان دورية الشرطة بالحجارة.") == ["ASSAULT"]


def test_open_to_talks_is_an_intent_to_negotiate_and_not_open_is_a_refusal():
    assert types("وقالت الوزيرة إن بلادها منفتحة على الحوار مع جيرانها.") == ["AGREE"]
    assert types("لكن الطرف الآخر لم يكن منفتحا على الفكرة.") == ["REJECT"]
    assert types("وهي مدينة منفتحة على العالم منذ قرون.") == []


def test_talks_said_to_have_taken_place():
    assert types("وكشفت الصحيفة عن محادثات جرت بين الوفدين في جنيف.") == ["CONSULT"]


def test_courage_is_praise():
    assert types("ووصف رئيس الوزراء القرار بأنه شجاع.") == ["SUPPORT"]


def test_operations_waged_are_assaults_but_a_trade_war_is_not():
    assert types("وتشن القوات الحكومية عمليات واسعة ضد المسلحين في الجبال.") == ["ASSAULT"]
    assert types("وشنت الولايات المتحدة حربا تجارية على شركائها.") == []


def test_a_party_under_investigation():
    assert types("وخضع الوزير السابق لتحقيق مطول في مكتب النائب العام.") == ["ACCUSE"]


def test_a_travel_ban_with_the_banned_person_between():
    assert types("ومنعت السلطات الناشط المعروف من السفر إلى الخارج.") == ["COERCE"]
