"""What one extraction names in a sentence, for the actor tests: the actors by the surface that
mentions them, and the names of the persons."""
import datetime as dt

from etl.core.extract import extract

DAY = dt.date(2018, 6, 1)


def actors_by_surface(text: str) -> dict:
    x = extract("t", text, DAY)
    return {m["surface"]: x.actors[m["actor_id"]] for m in x.actor_mentions}


def person_names(text: str) -> set[str]:
    x = extract("t", text, DAY)
    return {x.actors[m["actor_id"]].name_ar for m in x.actor_mentions
            if x.actors[m["actor_id"]].actor_type == "person"}
