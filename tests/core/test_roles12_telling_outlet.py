"""`ذكرت وكالة رويترز أن اللقاء سيعقد`: an outlet or an unnamed source whose words tell of a meeting
or an agreement is no party of it (a ministry saying so may be)."""
from event_roles import roles


def test_the_agency_reporting_a_meeting_does_not_meet():
    source, _ = roles("وذكرت وكالة رويترز أن اللقاء بين الرئيسين سيعقد الأسبوع المقبل في جنيف.", "AGREE")
    assert source != "وكالة رويترز"


def test_a_ministry_announcing_its_meeting_stays_its_party():
    source, _ = roles("وقالت وزارة الخارجية الروسية إن اللقاء مع الوفد الأمريكي سيعقد في جنيف.", "AGREE")
    assert source == "وزارة الخارجية الروسية"
