-- The `actors` row of every actor whose documents changed (temp table `_touched_actors`), run
-- by every load and retirement before the display names (actor_names.sql).
--
-- Documents can read one actor differently (a name found by a rule is a journalist in one
-- article and an anonymous source in another; one article names the person's country, another
-- not). The row is what most of the documents held read, then the reading with most fields
-- filled, then the first in sort order: the same whatever order the documents were loaded in,
-- and renewed when they are extracted again with other rules. An actor no document held reads
-- (a warehouse made before readings were kept) keeps its row until its documents are reloaded.
CREATE OR REPLACE TEMP TABLE _actor_rows AS
SELECT actor_id, name_ar, name_en, actor_type, country_iso3, sector, wikidata_qid, origin
FROM (
    SELECT *, row_number() OVER (
               PARTITION BY actor_id
               ORDER BY documents DESC,
                        (name_en IS NOT NULL)::INT + (country_iso3 IS NOT NULL)::INT
                          + (sector IS NOT NULL)::INT + (wikidata_qid IS NOT NULL)::INT DESC,
                        origin, actor_type, country_iso3, sector, name_en, wikidata_qid, name_ar) AS rank
    FROM (
        SELECT actor_id, min(name_ar) AS name_ar, name_en, actor_type, country_iso3, sector, wikidata_qid,
               origin, count(*) AS documents
        FROM actor_readings
        WHERE actor_id IN (SELECT actor_id FROM _touched_actors)
        GROUP BY actor_id, name_en, actor_type, country_iso3, sector, wikidata_qid, origin))
WHERE rank = 1;

DELETE FROM actors WHERE actor_id IN (SELECT actor_id FROM _actor_rows);

INSERT INTO actors (actor_id, name_ar, name_en, actor_type, country_iso3, sector, wikidata_qid, origin)
SELECT actor_id, name_ar, name_en, actor_type, country_iso3, sector, wikidata_qid, origin FROM _actor_rows;
