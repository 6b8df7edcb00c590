"""An unnamed newspaper, magazine or channels of a country (`صحيفة بريطانية`, `مجلة أميركية`) are
unnamed media, like `صحف بريطانية` (a canal, `قناة`, is left out); a named channel with its nationality
stays the channel; a country's `القوى الأمنية` are its security forces; `القضاء بشكل كامل على` eliminates."""
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


def test_eliminating_with_an_adverb_before_its_object_is_no_judiciary():
    found = actors_by_surface("وقال أردوغان إن العملية ستستمر حتى القضاء بشكل كامل على المسلحين في تركيا.")
    assert "القضاء" not in found
    assert "القضاء" in actors_by_surface("وقالت الحكومة المصرية إن القضاء مستقل وعلى الجميع احترامه.")
