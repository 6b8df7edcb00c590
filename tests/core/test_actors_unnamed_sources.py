"""Unnamed sources: the origin of a thing is no source, a bare `المصدر` refers back to the source
described before, and the body a source is close to belongs to its description (sentences written
for these tests)."""
import datetime as dt

from etl.core.extract import extract
from actor_mentions import actors_by_surface

DAY = dt.date(2018, 6, 1)


def mentions(text):
    x = extract("t", text, DAY)
    return [(m["surface"], x.actors[m["actor_id"]]) for m in x.actor_mentions]


def test_the_origin_of_a_thing_is_no_source():
    found = mentions("وقال الخبراء إن مصدر الدخان معروف، وإن الفحم مصدر مهم للطاقة، وإن هذا المصنع مصدر هذا التلوث.")
    assert not any(s.startswith("مصدر") for s, _ in found)


def test_a_bare_source_refers_back_to_the_source_described_before():
    found = mentions("وقال مصدر طبي إن الجرحى نقلوا إلى المستشفى. وأضاف المصدر أن حالتهم مستقرة.")
    ids = {s: a.actor_id for s, a in found}
    assert ids["المصدر"] == ids["مصدر طبي"]


def test_the_body_a_source_is_close_to_belongs_to_its_description_and_is_named_too():
    found = dict(mentions("وقالت مصادر مقربة من الحكومة الليبية إن الانتخابات ستؤجل."))
    assert found["مصادر مقربة من الحكومة الليبية"].anonymous
    assert found["الحكومة الليبية"].actor_type == "government"
    touch = dict(mentions("وبحسب مصادر على اتصال بوزارة الخارجية الألمانية، فإن برلين رفضت الطلب."))
    assert any(s.startswith("مصادر على اتصال") and a.anonymous for s, a in touch.items())


def test_a_quantifier_before_unnamed_media_is_part_of_the_mention():
    # (`غالبية` is `غالبيه` in the normalised text the rule compares)
    assert "غالبية وسائل الإعلام المحلية" in [s for s, _ in mentions("وقالت غالبية وسائل الإعلام المحلية إن الانتخابات ستؤجل.")]


def test_unnamed_prosecutors_and_inspectors_are_anonymous_sources():
    x = extract("t", "وقال مدعون أمريكيون إن المتهم اعترف، وأكد مفتشون دوليون أن المنشأة أغلقت.", dt.date(2018, 6, 1))
    kinds = {m["surface"]: x.actors[m["actor_id"]].actor_type for m in x.actor_mentions}
    assert kinds.get("مدعون أمريكيون") == "anonymous_source"
    assert kinds.get("مفتشون دوليون") == "anonymous_source"


def test_two_unnamed_heads_joined_by_wa_are_one_source():
    x = extract("t", "وقال مسؤولون ومصادر في قطاع النفط إن الإنتاج تراجع.", dt.date(2018, 6, 1))
    anon = [m["surface"] for m in x.actor_mentions if x.actors[m["actor_id"]].anonymous]
    assert any(s.startswith("مسؤولون ومصادر") for s in anon)


def test_a_particle_joined_by_wa_is_no_adjective_of_an_unnamed_source():
    found = actors_by_surface("وأثارت الأحكام غضب أوساط حقوقية وعلى مواقع التواصل.")
    assert "أوساط حقوقية" in found
    assert not any(surface.endswith("وعلى") for surface in found)


def test_a_compass_adverb_before_a_place_is_no_adjective_of_a_source():
    found = actors_by_surface("ويرفض السكان الأصليون شمالي البلاد نقل المقابر.")
    assert "السكان الأصليون" in found


def test_a_nisba_after_a_definite_noun_is_its_adjective_not_a_diplomat():
    assert not actors_by_surface("وتقع السفارة في الحي الدبلوماسي قرب القصر.")
    found = actors_by_surface("وقال الدبلوماسي الألماني إن المحادثات مثمرة.")
    assert found["الدبلوماسي الألماني"].anonymous


def test_the_channel_spoken_to_is_not_part_of_an_unnamed_source():
    found = actors_by_surface("وقال مسؤول محلي لبي بي سي إن الطريق أغلق.")
    assert found["مسؤول محلي"].actor_type == "anonymous_source"
    assert found["بي بي سي"].actor_type == "media"
    found = actors_by_surface("وقالت مصادر لبي بي سي إن الاجتماع تأجل.")
    assert found["مصادر"].actor_type == "anonymous_source"
    assert "بي بي سي" in found
