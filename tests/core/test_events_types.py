"""Which PLOVER type a trigger emits, on sentences written for these tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2024, 12, 8)


def types(text):
    return {e["event_type"] for e in extract("t", text, DAY).events}


def test_withdrawing_from_an_agreement_named_by_a_pronoun_is_sanction():
    # the pronoun stands for the deal named earlier in the sentence: leaving it is SANCTION (withdraw)
    assert "SANCTION" in types("وتمسكت الدول الأوروبية بالاتفاق النووي رغم أن واشنطن انسحبت منه العام الماضي.")
    assert "SANCTION" in types("وانتقد الوزير المعاهدة التي انسحب منها البلد المجاور.")
    assert "RETREAT" not in types("وانتقد الوزير المعاهدة التي انسحب منها البلد المجاور.")


def test_withdrawing_from_a_place_named_by_a_pronoun_stays_retreat():
    found = types("ودخلت القوات المدينة بعد أن انسحب منها المسلحون أمس.")
    assert "RETREAT" in found and "SANCTION" not in found
    found = types("انسحبت القوات الحكومية من البلدة بعد معارك عنيفة.")
    assert "RETREAT" in found and "SANCTION" not in found


def test_striking_military_targets_is_assault_and_a_storm_example_is_not():
    assert "ASSAULT" in types("وقال الوزير إن جيشه ضرب مواقع المسلحين في الجبال ليلة الأحد.")
    assert "ASSAULT" not in types("وضرب الرئيس مثلا بالتجربة الألمانية في خطابه.")


def test_a_retaliation_with_rockets_is_assault_and_a_reply_with_words_is_not():
    assert "ASSAULT" in types("وردت الفصائل المسلحة بـ 20 صاروخا على البلدات الحدودية.")
    assert "ASSAULT" not in types("وردت الحكومة على الانتقادات ببيان مطول.")


def test_talks_described_by_their_topics_took_place():
    assert "CONSULT" in types("وتناولت المباحثات بين الوزيرين ملف الطاقة والتجارة.")


def test_attacking_a_policy_or_words_is_accuse_not_assault():
    found = types("وهاجم الوزير بشدة قرارات البرلمان الأخيرة.")
    assert "ACCUSE" in found and "ASSAULT" not in found
    assert "ASSAULT" in types("وهاجم مسلحون حاجزا للشرطة في المدينة.")


def test_sanctions_that_target_a_sector_are_no_armed_attack():
    found = types("واستهدفت العقوبات الجديدة قطاع النفط في البلاد.")
    assert "SANCTION" in found and "ASSAULT" not in found


def test_a_court_sentencing_the_accused_is_reported():
    found = types("وحكمت المحكمة على المتهم بالسجن عشر سنوات.")
    assert "SANCTION" in found
    assert "SANCTION" in types("وقضت المحكمة بسجن الناشط خمس سنوات.")
    # the accused of an act is no report of that act
    assert "ASSAULT" not in types("وأفرج عن المتهم بخطف الطفل.")


def test_suspending_an_agreement_is_sanction():
    assert "SANCTION" in types("وعلقت الحكومة العمل بالاتفاق التجاري مع جارتها.")


def test_dual_protest_nouns_and_rallies_are_protests():
    assert "PROTEST" in types("وشهدت العاصمة تظاهرتين متزامنتين يوم السبت.")
    assert "PROTEST" in types("ونظم أنصار الحزب تجمعا حاشدا في الساحة الكبرى.")


def test_describing_words_or_acts_by_a_term_of_blame_is_accuse():
    assert "ACCUSE" in types("ووصف المتحدث التصريحات بأنها كاذبة ومضللة.")
    assert "ACCUSE" in types("واعتبرت الخارجية الخطوة انتهاكا صارخا للقانون الدولي.")
    assert "ACCUSE" not in types("ووصف الرئيس الاتفاق بأنه تاريخي.")
    # a standing view in the present tense is no act of blame
    assert "ACCUSE" not in types("وتعتبر المستوطنات غير قانونية بموجب القانون الدولي.")


def test_valuing_efforts_is_support_and_a_price_is_not():
    assert "SUPPORT" in types("وثمن الرئيس جهود الوساطة بين البلدين.")
    assert "SUPPORT" not in types("ودفع المواطنون ثمن الأزمة الاقتصادية.")


def test_brandishing_force_is_a_threat_and_waving_flags_is_not():
    assert "THREATEN" in types("ولوح الرئيس باستخدام القوة ضد الجماعات المسلحة.")
    assert "THREATEN" not in types("ولوح المتظاهرون بالأعلام الوطنية.")


def test_ground_liberated_is_assault():
    assert "ASSAULT" in types("وتمكنت القوات من تحرير عدة قرى في الريف الشرقي.")


def test_dismantling_a_cell_is_an_arrest():
    assert "COERCE" in types("وفككت الشرطة خلية إرهابية في العاصمة.")


def test_deporting_migrants_is_coerce_and_a_death_is_not():
    assert "COERCE" in types("ورحلت السلطات مئات المهاجرين إلى بلدانهم.")
    assert types("ورحل الفنان عن عمر ناهز ثمانين عاما.") == set()


def test_terms_of_blame_in_a_statement_are_accuse():
    assert "ACCUSE" in types('واعتبر رئيس الوزراء أن هذه التصريحات "غير معقولة" في هذا العصر.')
    assert "ACCUSE" in types("وقال المتحدث إن القرار مرفوض جملة وتفصيلا.")


def test_a_cultural_festival_named_tazahura_is_no_protest():
    assert "PROTEST" not in types("وتنطلق غدا تظاهرة المسرح العربي في المدينة.")
    assert "PROTEST" not in types("واختتمت أمس تظاهرة سينمائية في العاصمة.")
    assert "PROTEST" in types("ونظم الطلاب تظاهرة ضد رفع الرسوم أمس.")


def test_urging_after_wa_and_votes_against_and_disowning():
    assert "REQUEST" in types("وحض الاتحاد الأوروبي الطرفين على العودة إلى المفاوضات.")
    assert "REJECT" in types("وصوتت عشر دول ضد مشروع القرار.")
    assert "REJECT" in types("وتبرأت الحكومة من تصريحات الوزير.")


def test_an_ultimatum_between_two_courses_is_a_threat_and_the_good_is_not():
    assert "THREATEN" in types("وخيرت الحكومة المحتجين بين الحوار والمحاكمة.")
    assert types("وعم الخير بين الناس في العيد.") == set()


def test_a_storm_striking_sites_is_no_attack():
    assert "ASSAULT" not in types("وضربت العاصفة مواقع عدة في الساحل.")
    assert "ASSAULT" in types("وضربت الطائرات مواقع المسلحين في الجبال.")
