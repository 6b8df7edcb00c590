"""Outlets and bodies named by general grammar rather than a lexicon entry: broadcasters named by
their state, `ذي`/`ذا` in transliterated names, acronyms spelled in letter names, agencies of an
international organisation, bodies named after a person or by the field they work in (sentences
written for these tests)."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import actors_by_surface as found

DAY = dt.date(2018, 6, 1)


def test_a_state_radio_is_named_by_its_state_but_a_canal_is_not_a_channel():
    radio = found("وقال الوزير لإذاعة النرويج إن المفاوضات مستمرة.")
    assert any(a.actor_type == "media" and a.name_ar == "إذاعة النرويج" for a in radio.values())
    assert not any(a.actor_type == "media" for a in found("وعبرت الناقلة قناة بنما صباح الأحد.").values())


def test_the_english_article_opens_a_transliterated_outlet_name():
    assert any(a.name_ar == "صحيفة ذا هيرالد" and a.actor_type == "media"
               for a in found("وذكرت صحيفة ذا هيرالد أن الوزير سيستقيل.").values())


def test_an_acronym_spelled_in_letter_names_after_an_outlet_head():
    names = {a.name_ar for a in found("وقالت قناة جي تي في إن الانتخابات ستؤجل.").values()}
    assert "قناة جي تي في" in names
    quoted = {a.name_ar for a in found('وقال المدرب لموقع "إي إس بي" إن الفريق جاهز.').values()}
    assert "موقع إي إس بي" in quoted


def test_the_complementizer_after_a_spelled_acronym_is_not_its_last_letter():
    names = {a.name_ar for a in found("وقالت محطة كيه بي إن الحريق انتشر.").values()} | \
        {a.name_ar for a in found("وقالت قناة كيه بي إس إن الحريق انتشر.").values()}
    assert "قناة كيه بي إس" in names and not any(n.endswith(" إن") for n in names)


def test_an_agency_of_an_international_organisation_is_no_news_agency():
    agency = found("وقالت وكالة الأمم المتحدة للاجئين إن الأعداد ارتفعت.")
    assert [a.actor_type for a in agency.values()] == ["international_org"]


def test_a_body_named_after_a_person():
    assert any(a.name_ar == "مؤسسة نيلسون مانديلا" and a.actor_type == "organization"
               for a in found("وأعلنت مؤسسة نيلسون مانديلا عن جائزة جديدة.").values())


def test_a_body_named_by_the_field_it_works_in():
    assert any(a.name_ar == "مركز عمان لحقوق الإنسان" for a in found("وقال مركز عمان لحقوق الإنسان إن المعتقلين أفرج عنهم.").values())
    assert any(a.name_ar == "المكتب الوطني للإحصاء" for a in found("وقال المكتب الوطني للإحصاء إن الأسعار ارتفعت.").values())
    assert any(a.name_ar == "مركز دمشق لدراسات حقوق الإنسان"
               for a in found("وقال مركز دمشق لدراسات حقوق الإنسان إن التقرير جاهز.").values())


def test_a_title_a_body_in_construct_then_the_holders_name():
    people = {a.name_ar for a in found("وقال مدير جمعية الهلال الأحمر سامر يوسف إن المساعدات وصلت.").values()
              if a.actor_type == "person"}
    assert people == {"سامر يوسف"}


def test_a_person_joined_to_a_body_is_no_part_of_its_name():
    names = {a.name_ar for a in found("وانتقدت نقابة الصحفيين والناشط الحقوقي سمير حداد القرار.").values()}
    assert "نقابة الصحفيين" in names and not any("الناشط" in n for n in names)


def test_an_ordinal_names_a_channel_and_a_fields_adjective_closes_a_name():
    names = {a.name_ar for a in found("وذكرت القناة الثالثة الفرنسية أن الوزير وصل.").values()}
    assert "القناة الثالثة الفرنسية" in names
    names = {a.name_ar for a in found("وقالت الهيئة الوطنية للطيران المدني إن الرحلات استؤنفت.").values()}
    assert "الهيئة الوطنية للطيران المدني" in names


def test_a_countrys_press_and_papers_as_unnamed_media():
    names = {s: a for s, a in found("وذكرت الصحافة التركية أن الوزير وصل، ونقلت صحف إسبانية الخبر.").items()}
    assert names["الصحافة التركية"].actor_id == "tur-media" and names["صحف إسبانية"].actor_id == "esp-media"


def test_the_object_after_a_bodys_adjective_is_no_part_of_its_name():
    names = {a.name_ar for a in found("وعرض التلفزيون المحلي اللاجئين وهم ينتظرون.").values()}
    assert "التلفزيون المحلي" in names


def test_an_unnamed_company_of_a_state_that_acts():
    found_ = found("وقالت شركة يابانية إنها ستبني الميناء في إندونيسيا.")
    assert any(s == "شركة يابانية" and a.actor_type == "organization" for s, a in found_.items())


def test_a_bare_head_before_its_verbs_object_refers_back():
    x = extract("t", "وكشفت رابطة الصحفيين السودانيين عن اعتقال مراسل. وحمّلت الرابطة المسلحين المسؤولية.", DAY)
    ids = {m["surface"]: m["actor_id"] for m in x.actor_mentions}
    assert ids.get("الرابطة") == ids["رابطة الصحفيين السودانيين"]


def test_the_year_after_a_bodys_name_is_no_part_of_it():
    names = {a.name_ar for a in found("وقاد الاتحاد الطلابي العام 1990 احتجاجات واسعة ضد الحكومة في تونس.").values()}
    assert "الاتحاد الطلابي" in names


def test_a_quoted_name_after_the_verb_that_opens_a_clause_is_its_subject():
    x = extract("t", 'وغرقت السفينة ليلا. وأفادت "سي رسكيو" أن عشرين شخصا أنقذوا.', DAY)
    assert "سي رسكيو" in {m["surface"] for m in x.actor_mentions}
    y = extract("t", 'وغرقت السفينة ليلا. وقال "الوضع صعب" إن الإنقاذ مستمر.', DAY)
    assert not any(a.actor_type == "organization" for a in y.actors.values())


def test_a_paper_named_by_a_time_word():
    x = extract("t", "وقالت صحيفة الصباح إن الحكومة ستستقيل.", dt.date(2018, 6, 1))
    assert "صحيفة الصباح" in {m["surface"] for m in x.actor_mentions}


def test_a_state_outlet_takes_its_official_adjective_but_a_known_outlet_keeps_its_name():
    x = extract("t", "وبث التلفزيون السوري الرسمي صورا للهجوم، ونقلت وكالة الأنباء السورية الرسمية الخبر.",
                dt.date(2018, 6, 1))
    by_surface = {m["surface"]: x.actors[m["actor_id"]] for m in x.actor_mentions}
    assert by_surface["التلفزيون السوري الرسمي"].actor_type == "media"
    assert any(a.origin == "lexicon" and a.actor_type == "media" for a in by_surface.values())


def test_unnamed_news_sites_are_unnamed_media():
    sites = found("وذكرت مواقع إخبارية أن الوزير قدم استقالته.")
    assert sites["مواقع إخبارية"].actor_type == "media"
    assert not found("وقصفت الطائرات مواقع عسكرية في الجنوب.")


def test_hebrew_names_israels_media_and_state():
    assert found("وذكر الإعلام العبري أن الحكومة ستجتمع.")["الإعلام العبري"].actor_id == "isr-media"
    assert found("وقالت الدولة العبرية إنها سترد.")["الدولة العبرية"].actor_id == "isr"


def test_a_known_outlet_written_as_its_web_address_is_that_outlet():
    x = extract("t", 'وقال مسؤول لـ"العربية.نت" إن المفاوضات ستستأنف. وأفادت العربية.نت لاحقا بأن الوفد وصل.', dt.date(2019, 3, 1))
    outlets = {m["surface"]: x.actors[m["actor_id"]].actor_type for m in x.actor_mentions if "نت" in m["surface"]}
    assert outlets == {"العربية.نت": "media"}
