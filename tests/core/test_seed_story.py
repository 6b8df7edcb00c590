"""A reader of the seed article should recognise the story in the extracted rows."""
import datetime as dt
from pathlib import Path

import pytest

from etl.core.documents import read_document
from etl.core.extract import extract

SEED = Path(__file__).parents[2] / "seeds" / "000_4da58059eb1a1826.txt"


@pytest.fixture(scope="module")
def story():
    doc = read_document(SEED, SEED.parent)
    assert doc.published_on == dt.date(2024, 12, 8), "dateline: 8 (ك)انون الأول 2024"
    return extract(doc.doc_id, doc.text, doc.published_on, doc.language)


def test_the_people_groups_and_media_of_the_story(story):
    expected = {"bashar-al-assad", "vladimir-putin", "recep-tayyip-erdogan", "mohammed-shia-al-sudani",
                "abbas-araghchi", "bassam-sabbagh", "hezbollah", "pmf", "reuters", "al-jazeera-net", "rus-media"}
    assert expected <= set(story.actors)
    anonymous = {a.name_ar for a in story.actors.values() if a.actor_type == "anonymous_source"}
    assert any("دبلوماسي" in n for n in anonymous) and any("أمني" in n for n in anonymous)


def test_the_entry_into_damascus_the_asylum_the_call_and_the_doha_meeting(story):
    events = story.events
    entry = [e for e in events if e["event_type"] == "ASSAULT" and e["location"] == "دمشق"]
    assert entry and entry[0]["event_date"] == dt.date(2024, 12, 8)
    assert any(e["event_type"] == "AID" and e["event_mode"] == "asylum" and e["source_actor_id"] == "rus"
               for e in events)
    call = [e for e in events if e["event_type"] == "CONSULT" and e["event_mode"] == "phone" and "اتصالاً" in e["trigger"]]
    assert call and call[0]["event_date"] == dt.date(2024, 12, 1), "`مطلع كانون الأول الجاري`"
    doha = [e for e in events if e["event_type"] == "CONSULT" and e["event_date"] == dt.date(2024, 12, 7)]
    assert doha, "the Astana-format round in Doha on 7 December"


def test_the_claims_on_whose_authority(story):
    diplomatic = [c for c in story.claims if c["source_text"] == "مصادر دبلوماسية"]
    assert diplomatic[0]["channel_actor_id"] == "al-jazeera-net" and diplomatic[0]["is_anonymous"]
    [reuters] = [c for c in story.claims if c["source_text"] == "وكالة رويترز"]
    assert reuters["hedged"] and reuters["content"].startswith("سقوطها")
    assert any(c["source_actor_id"] == "rus-media" and "اللجوء السياسي" in c["content"] for c in story.claims)


def test_boilerplate_lines_are_flagged(story):
    flagged = {s["text"] for s in story.sentences if s["is_boilerplate"]}
    assert flagged == {"عروض سياحية اقتصادية", "نسخ الرابط :"}
