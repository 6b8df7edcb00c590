-- Display names of the actors the rules found (`origin = 'pattern'`), run by every load and
-- retirement for the actors whose mentions changed (temp table `_touched_actors`).
--
-- The extractor names such an actor by its matching form (`قوات المعارضه سوريا`: folded letters,
-- a country name for a nationality). Readers want the name as the articles write it, so the
-- name becomes the form the actor's mentions in the warehouse write most often (then the one
-- with most words, then the first in sort order), with quotation marks dropped and a hashtag's
-- `_` read as a space. A mention after `لـ` lost its article to the contraction (`للمجتمع
-- الدولي` leaves `مجتمع الدولي` in the text): it counts for the form with the article when that
-- form is written too or the extractor's name has it. Computed from every mention held, so the
-- name does not depend on the order in which documents were loaded. Lexicon actors keep their
-- curated name, so only the pattern actors' mentions are read (most mentions are of states and
-- leaders from the lexicon).
CREATE OR REPLACE TEMP MACRO _folded(s) AS translate(s, 'أإآٱىةؤئ', 'اااايهوي');

CREATE OR REPLACE TEMP TABLE _touched_forms AS
SELECT actor_id, trim(regexp_replace(regexp_replace(surface, '["«»“”]', '', 'g'), '[\s_]+', ' ', 'g')) AS surface
FROM actor_mentions
WHERE actor_id IN (SELECT actor_id FROM _touched_actors JOIN actors USING (actor_id) WHERE origin = 'pattern')
  AND surface <> '';

UPDATE actors SET name_ar = best.surface
FROM (
    SELECT actor_id, surface
    FROM (
        SELECT actor_id, surface,
               row_number() OVER (PARTITION BY actor_id
                                  ORDER BY count(*) DESC, len(string_split(surface, ' ')) DESC, surface) AS rank
        FROM (
            SELECT m.actor_id,
                   CASE WHEN NOT starts_with(m.surface, 'ال') AND (
                            _folded(a.name_ar) = 'ال' || _folded(m.surface)
                            OR 'ال' || m.surface IN (SELECT surface FROM _touched_forms f WHERE f.actor_id = m.actor_id))
                        THEN 'ال' || m.surface ELSE m.surface END AS surface
            FROM _touched_forms AS m
            JOIN actors a ON a.actor_id = m.actor_id AND a.origin = 'pattern')
        GROUP BY actor_id, surface)
    WHERE rank = 1) AS best
WHERE actors.actor_id = best.actor_id AND actors.name_ar IS DISTINCT FROM best.surface;
