"""The roles of one extracted event as a reader sees them: shared by the event-role tests."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2019, 3, 1)


def roles(text, event_type, trigger=None, day=DAY):
    """(source, target) names of the first event of the type (with that trigger, if given)."""
    x = extract("t", text, day)
    e = next(e for e in x.events if e["event_type"] == event_type and (trigger is None or e["trigger"] == trigger))
    name = lambda a: x.actors[a].name_ar if a else None
    return name(e["source_actor_id"]), name(e["target_actor_id"])
