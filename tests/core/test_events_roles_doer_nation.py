"""`الغارات الجوية التركية على ...`: a noun naming an act with a nationality adjective is done by
that nation's state, the lexicon's when the text names no party of that nation."""
import datetime as dt

from etl.core.extract import extract
from event_roles import roles


def test_strikes_with_a_nations_adjective_are_that_states():
    source, target = roles("وقال المتحدث إن الغارات الجوية التركية على مواقع حزب العمال الكردستاني ستستمر.", "ASSAULT")
    assert source == "تركيا"


def test_the_state_an_adjective_names_is_an_actor_of_the_document():
    x = extract("t", "وتحدث الوزير عن الانسحاب البريطاني من الاتفاق التجاري.", dt.date(2019, 3, 1))
    e = next(e for e in x.events if e["source_actor_id"] is not None)
    assert x.actors[e["source_actor_id"]].actor_type == "state"


def test_an_indefinite_arrest_of_a_nations_man_is_not_done_by_that_nation():
    source, _ = roles("اعتقال أميركي حاول الانضمام إلى تنظيم مسلح", "COERCE")
    assert source is None


def test_a_verb_beginning_like_the_article_takes_no_doer_from_the_title_after_it():
    source, _ = roles("ودعا ذوو الضحايا الذين التقوا الرئيس البرازيلي أمس إلى توسيع البحث.", "CONSULT", trigger="التقوا")
    assert source != "البرازيل"
