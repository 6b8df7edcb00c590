"""An unnamed newspaper, magazine or channel of a country (`صحيفة بريطانية`, `مجلة أميركية`) is
unnamed media, like `صحف بريطانية` (a canal, `قناة`, is left out); a named channel with its nationality stays the channel; a
country's `القوى الأمنية` are its security forces."""
from actor_mentions import actors_by_surface


def test_an_unnamed_outlet_of_a_country_is_media():
    found = actors_by_surface("وذكرت صحيفة بريطانية أن الوزير سيقدم استقالته قريبا.")
    assert found["صحيفة بريطانية"].actor_type == "media"
    found = actors_by_surface("ورسمت مجلة أميركية سيناريو قاتما لاقتصاد البلاد.")
    assert found["مجلة أميركية"].actor_type == "media"


def test_a_named_channel_with_its_nationality_keeps_its_name():
    found = actors_by_surface("وذكرت قناة الرياضية السعودية أن المباراة تأجلت.")
    assert found["قناة الرياضية السعودية"].name_ar == "قناة الرياضية السعودية"


def test_the_security_forces_of_a_country():
    found = actors_by_surface("وقالت القوى الأمنية الأفغانية إنها اعتقلت ثلاثة مسلحين.")
    assert found["القوى الأمنية الأفغانية"].actor_type == "government"
