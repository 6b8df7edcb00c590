"""Thirteenth session: given names written with أل/إل, a post's seat between a title and its
holder, bare words that share a state's letters, a hashtag's mark, a body head as the verb's object."""
from actor_mentions import actors_by_surface, person_names

from etl.core.actors import ActorFinder
from etl.core.matching import tokenize
from etl.core.text import normalize


def _found(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    tokens = tokenize(norm)
    return [(norm.text[m.start:m.end], m.actor.actor_type)
            for m in ActorFinder(tokens, norm.text, original=norm).find(0, len(tokens)) if not m.place]


def test_a_given_name_written_with_alif_lam_opens_a_name():
    assert ("الكسندر نوفاك", "person") in _found("وقال ألكسندر نوفاك إن الإنتاج سيرتفع العام المقبل.")


def test_a_definite_word_still_opens_no_name():
    assert not _found("وقال المدير الصغير إن الإنتاج سيرتفع.")


def test_the_holder_named_after_the_seat_of_the_post_is_the_title_s_holder():
    found = _found("وقال السفير الأميركي في لبنان كورت هانت إن بلاده تدعم الجيش. وأضاف السفير الأميركي أن الدعم مستمر.")
    assert ("السفير الاميركي", "person") in found  # the bare title again: the holder named after the seat


def test_a_seat_without_a_name_after_it_names_no_one():
    assert not person_names("وأشاد الوزير في لبنان بالجيش وقواته.")


def test_a_bare_word_sharing_a_capital_s_letters_is_a_given_name_not_the_state():
    found = actors_by_surface("وقال رياض درار إن الوفد وصل إلى دمشق.")
    assert found["رياض درار"].actor_type == "person"
    assert all(a.name_ar != "السعودية" for a in found.values())


def test_an_indefinite_nisba_is_no_state():
    assert all(t != "state" for _, t in _found("وأصبح كل شيء في المهرجان بنكهة سعودية هذا العام."))


def test_a_state_written_without_the_article_as_usual_stays_a_state():
    assert ("اوروغواي", "state") in _found("وفازت أوروغواي على مصر بهدف نظيف.")
    assert ("الرياض", "state") in _found("وقالت الرياض إن الوفد وصل.")


def test_a_hashtag_mark_stays_out_of_the_name():
    found = actors_by_surface("والتقى الوزير مع مساعد وزير الخارجية الأميركي ديفيد #ساترفيلد في بيروت.")
    assert "ديفيد ساترفيلد" in {a.name_ar for a in found.values()}


def test_a_body_head_after_a_definite_head_is_the_verb_s_object():
    found = _found("وطالبت المنظمة الشرطة بالتحقيق في الحادث.")
    assert ("الشرطه", "government") in found
    assert not any(s.startswith("المنظمه") for s, _ in found)


def test_an_adjective_after_a_definite_head_stays_in_the_name():
    assert any(s == "الحركه المعارضه" for s, _ in _found("وقالت الحركة المعارضة إن الانتخابات مزورة."))


def test_a_bare_kingdom_is_the_one_whose_nationality_the_story_names():
    text = ("وقال الأمن السعودي إن جائزة بنك السويد لا علاقة لها بالقضية. وأضاف أن المملكة تابعت القضية "
            "مع الشرطة السعودية.")
    norm = normalize(text)
    tokens = tokenize(norm)
    kingdom = [m.actor.name_ar for m in ActorFinder(tokens, norm.text, original=norm).find(0, len(tokens))
               if norm.text[m.start:m.end] == "المملكه"]
    assert kingdom == ["السعودية"]


def test_a_capital_naming_an_event_held_there_is_a_place():
    norm = normalize("وشارك العم في ماراثون الرياض الدولي للعام الثاني.")
    tokens = tokenize(norm)
    assert [m.place for m in ActorFinder(tokens, norm.text, original=norm).find(0, len(tokens))
            if m.actor.actor_type == "state"] == [True]


def test_an_indefinite_phrase_is_not_the_body_known_by_its_definite_form():
    assert all(a.name_ar != "الأمم المتحدة" for _, a in
               actors_by_surface("وتشارك في المؤتمر دولة ومنظمة دولية وإقليمية.").items())
    assert all(t != "international_org" for _, t in _found("وقال اتحاد أوروبي للمزارعين إن الأسعار ارتفعت."))


def test_the_definite_form_and_its_clitics_still_name_the_body():
    found = _found("وقالت المنظمة الدولية إن الأسعار ارتفعت، وأعلن الاتحاد الأوروبي وللاتحاد الأوروبي موقفا.")
    assert [t for _, t in found].count("international_org") == 3


def test_international_and_non_governmental_organisations_as_a_group_are_named():
    assert ("المنظمات الدوليه", "international_org") in _found("ودعا الوزير المنظمات الدولية إلى التدخل.")


def test_an_indefinite_nisba_after_a_definite_title_opens_the_holder_s_name():
    assert ("تركي بن طلال", "person") in _found("والتقى الأمير تركي بن طلال بالوفد.")


def test_a_definite_nisba_still_describes_the_title():
    assert ("الرييس التركي رجب طيب اردوغان", "person") in _found("وقال الرئيس التركي رجب طيب أردوغان إن الاتفاق مهم.")


def test_the_word_before_al_opens_a_family_name_after_a_title():
    assert ("تركي ال الشيخ", "person") in _found("وقال رئيس الهيئة تركي آل الشيخ إن الاتفاق مهم.")


def test_a_definite_unnamed_official_followed_by_a_name_is_that_person():
    found = actors_by_surface("وذكر المسؤول القبلي موسى اغ حمادي أن القتلى مدنيون.")
    assert [a.actor_type for a in found.values()] == ["person"]


def test_a_definite_unnamed_source_keeps_its_definite_adjectives():
    assert ("المصادر الامنيه العراقيه", "anonymous_source") in _found("وقالت المصادر الأمنية العراقية إن القتلى مدنيون.")


def test_a_preposition_spelt_as_a_given_name_after_a_definite_source_is_no_name():
    assert ("الصحف الاوروبيه", "media") in _found("وقد ركزت الصحف الأوروبية على الهدف المثير للجدل.")


def test_a_bare_state_name_in_construct_with_a_person_is_the_state():
    assert ("ارجنتين", "state") in _found("ولم يقص المنتخب فريق بقامة أرجنتين ميسي هذه المرة.")


def test_a_state_named_once_after_against_is_a_party():
    found = actors_by_surface("وخاض المنتخب مباراة ودية ضد الأرجنتين في مدريد.")
    assert found["الأرجنتين"].actor_type == "state"
