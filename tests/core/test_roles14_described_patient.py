"""`اعتقال الصحفي`, `سراح القس`: a verbal noun of force or release with a definite noun of a person
right after it, no name following, names the person the text introduced with that noun; after a
verb news writes in the passive (`وقتل الصحفي`) that person is killed, not the killer."""
from event_roles import roles

INTRODUCED = "اعتقلت السلطات المصرية الصحفي محمود حسين في القاهرة قبل عامين. "


def test_the_arrest_of_the_journalist_introduced_before():
    _, target = roles(INTRODUCED + "وانتقدت منظمات حقوقية استمرار اعتقال الصحفي.", "COERCE", "اعتقال")
    assert target == "محمود حسين"


def test_the_priest_released_before_is_the_one_detained():
    text = "أطلقت تركيا سراح القس الأمريكي أندرو برانسون. وكانت الولايات المتحدة قد فرضت عقوبات على تركيا بسبب احتجاز القس."
    _, target = roles(text, "COERCE", "احتجاز")
    assert target == "أندرو برانسون"


def test_an_indefinite_journalist_is_someone_new():
    _, target = roles(INTRODUCED + "وقالت الشرطة إن اعتقال صحفي آخر تم أمس.", "COERCE", "اعتقال")
    assert target is None


def test_the_journalist_killed_is_no_killer():
    assert roles(INTRODUCED + "وقتل الصحفي أمس في السجن.", "ASSAULT") == (None, "محمود حسين")
