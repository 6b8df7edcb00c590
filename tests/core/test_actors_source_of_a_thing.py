"""`مصدر` is a source who speaks and the origin of a thing: after an elative (`أكبر مصدر`) or
before an indefinite noun of what it yields (`مصدر قلق`) it is no anonymous source."""
from actor_mentions import actors_by_surface


def _anonymous(text: str) -> set[str]:
    return {s for s, a in actors_by_surface(text).items() if a.actor_type == "anonymous_source"}


def test_the_largest_exporter_is_no_source():
    assert not _anonymous("وأعلنت البرازيل، أكبر مصدر للبن في العالم، أن محصولها تراجع.")
    assert not _anonymous("وتعد الصين ثاني أكبر مصدر للصلب إلى الأسواق الأوروبية.")


def test_a_source_of_worry_or_income_is_no_source():
    assert not _anonymous("ويمثل ارتفاع الأسعار مصدر قلق للحكومة الجديدة.")
    assert not _anonymous("وأصبحت السياحة مصدر دخل أساسيا للقرية.")


def test_an_unnamed_source_still_speaks():
    assert "مصدر" in _anonymous("وقال مصدر إن المفاوضات ستستأنف الأسبوع المقبل.")
    assert "مصدر أمني" in _anonymous("وأكد مصدر أمني أن الهجوم أحبط.")
