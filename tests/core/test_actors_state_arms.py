"""A state's weapons and services named with its nationality act for its army or government."""
from actor_mentions import actors_by_surface as actor_types


def test_a_states_artillery_tanks_and_helicopters_are_its_army():
    found = actor_types("وقصفت المدفعية السورية قرى في الريف الشمالي.")
    assert found["المدفعية السورية"].actor_id == "syr-mil"
    found = actor_types("وتوغلت دبابات إسرائيلية في أطراف البلدة.")
    assert found["دبابات إسرائيلية"].actor_type == "military"
    found = actor_types("وأطلقت المروحيات التركية صواريخ على التلال.")
    assert found["المروحيات التركية"].actor_id == "tur-mil"


def test_a_states_security_services_are_a_government_body():
    found = actor_types("وأعلنت الأجهزة الأمنية الأردنية إحباط مخطط لتهريب السلاح.")
    assert found["الأجهزة الأمنية الأردنية"].actor_type == "government"
    found = actor_types("وقالت أجهزة الأمن النرويجية إنها رصدت نشاطا مريبا.")
    assert found["أجهزة الأمن النرويجية"].actor_type == "government"
    found = actor_types("وأوقف الأمن العام اللبناني ثلاثة مطلوبين.")
    assert found["الأمن العام اللبناني"].actor_type == "government"


def test_the_state_with_its_nationality_is_the_state():
    found = actor_types("وحملت بريطانيا الدولة الروسية مسؤولية التسميم.")
    assert found["الدولة الروسية"].actor_id == "rus"


def test_keeping_order_or_this_system_is_no_regime():
    found = actor_types("وقال الجيش السوري إن الشرطة ستنتشر لحفظ الأمن وحفظ النظام في المدينة.")
    assert all(a.actor_id != "syr-regime" for a in found.values())
    found = actor_types("وفي سوريا طالب المتظاهرون بإسقاط النظام.")
    assert found["النظام"].actor_id == "syr-regime"


def test_a_known_person_written_with_a_hyphen_is_that_person():
    found = actor_types("وقال كيم جونغ-أون إن بلاده ستفكك موقع التجارب.")
    assert found["كيم جونغ-أون"].actor_id == "kim-jong-un"
