-- Readable joins an analyst would otherwise write every time. Documents that duplicate an
-- earlier one (same content under another file name) are left out of the analytic views.
CREATE OR REPLACE VIEW v_documents AS
SELECT * FROM documents WHERE status = 'ok' AND duplicate_of IS NULL;

CREATE OR REPLACE VIEW v_claims AS
SELECT c.claim_id, c.doc_id, d.title AS doc_title, d.outlet, d.published_on,
       c.source_text, s.name_ar AS source_name_ar, s.name_en AS source_name_en, c.source_kind,
       c.is_anonymous, ch.name_ar AS channel_name_ar, c.cue, c.content, c.hedged,
       c.parent_claim_id, c.content_start, c.content_end
FROM claims c
JOIN v_documents d USING (doc_id)
LEFT JOIN actors s ON s.actor_id = c.source_actor_id
LEFT JOIN actors ch ON ch.actor_id = c.channel_actor_id;

CREATE OR REPLACE VIEW v_events AS
SELECT e.event_id, e.doc_id, d.title AS doc_title, d.outlet, d.published_on,
       e.event_type, e.event_mode, e.trigger, e.negated, e.reported,
       e.source_actor_id, src.name_ar AS source_name_ar, src.name_en AS source_name_en,
       e.target_actor_id, tgt.name_ar AS target_name_ar, tgt.name_en AS target_name_en,
       e.location, e.location_country_iso3, e.event_date, e.date_precision,
       e.claim_id, e.claim_id IS NOT NULL AS as_claimed, s.text AS sentence
FROM events e
JOIN v_documents d USING (doc_id)
JOIN sentences s USING (doc_id, sentence_idx)
LEFT JOIN actors src ON src.actor_id = e.source_actor_id
LEFT JOIN actors tgt ON tgt.actor_id = e.target_actor_id;

CREATE OR REPLACE VIEW v_actor_activity AS
WITH m AS (SELECT actor_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents
           FROM actor_mentions JOIN v_documents USING (doc_id) GROUP BY actor_id),
     es AS (SELECT source_actor_id AS actor_id, count(*) AS n FROM events JOIN v_documents USING (doc_id) GROUP BY 1),
     et AS (SELECT target_actor_id AS actor_id, count(*) AS n FROM events JOIN v_documents USING (doc_id) GROUP BY 1),
     cs AS (SELECT source_actor_id AS actor_id, count(*) AS n FROM claims JOIN v_documents USING (doc_id) GROUP BY 1)
SELECT a.actor_id, a.name_ar, a.name_en, a.actor_type, a.country_iso3, a.origin,
       coalesce(m.mentions, 0) AS mentions, coalesce(m.documents, 0) AS documents,
       coalesce(es.n, 0) AS events_as_source, coalesce(et.n, 0) AS events_as_target,
       coalesce(cs.n, 0) AS claims_as_source
FROM actors a
LEFT JOIN m USING (actor_id) LEFT JOIN es USING (actor_id) LEFT JOIN et USING (actor_id) LEFT JOIN cs USING (actor_id);

CREATE OR REPLACE VIEW v_date_mentions AS
SELECT dm.*, d.title AS doc_title, d.published_on
FROM date_mentions dm JOIN v_documents d USING (doc_id);

CREATE OR REPLACE VIEW v_rejected_documents AS
SELECT doc_id, source_path, reject_reason, notes, ingested_at FROM documents WHERE status = 'rejected';

-- What each document holds: its status, rows per table, and its first claims and events (the
-- Dagster asset shows this on each partition's materialisation). Every document, rejected and
-- duplicates included. A macro over a list of doc_ids, because the filter has to reach every
-- table scan: through the view's joins and aggregates a one-document lookup cost a whole-warehouse pass.
CREATE OR REPLACE MACRO document_summary(doc_ids) AS TABLE
WITH wanted AS (SELECT DISTINCT unnest(doc_ids) AS doc_id),
     rows_by_table AS (
        SELECT doc_id, 'sentences' AS t FROM sentences UNION ALL SELECT doc_id, 'actor_mentions' FROM actor_mentions
        UNION ALL SELECT doc_id, 'events' FROM events UNION ALL SELECT doc_id, 'claims' FROM claims
        UNION ALL SELECT doc_id, 'date_mentions' FROM date_mentions),
     counts AS (
        SELECT doc_id, count(*) FILTER (WHERE t = 'sentences') AS sentences,
               count(*) FILTER (WHERE t = 'actor_mentions') AS actor_mentions,
               count(*) FILTER (WHERE t = 'events') AS events, count(*) FILTER (WHERE t = 'claims') AS claims,
               count(*) FILTER (WHERE t = 'date_mentions') AS date_mentions
        FROM rows_by_table SEMI JOIN wanted USING (doc_id) GROUP BY doc_id),
     actor_counts AS (
        SELECT doc_id, count(DISTINCT actor_id) AS actors
        FROM actor_mentions SEMI JOIN wanted USING (doc_id) GROUP BY doc_id),
     first_claims AS (
        -- list_sort on the rank, not list(... ORDER BY): an ordered aggregate is several times slower
        SELECT doc_id, list_sort(list({'rank': rank, 'source': source_text, 'cue': cue, 'content': content,
                                       'hedged': hedged})) AS claims
        FROM (SELECT *, row_number() OVER (PARTITION BY doc_id ORDER BY content_start) AS rank
              FROM claims SEMI JOIN wanted USING (doc_id) QUALIFY rank <= 3)
        GROUP BY doc_id),
     first_events AS (
        SELECT e.doc_id, list_sort(list({'rank': e.rank, 'type': e.event_type, 'trigger': e.trigger,
                                         'source': src.name_ar, 'target': tgt.name_ar, 'negated': e.negated})) AS events
        FROM (SELECT *, row_number() OVER (PARTITION BY doc_id ORDER BY trigger_start) AS rank
              FROM events SEMI JOIN wanted USING (doc_id) QUALIFY rank <= 3) e
        LEFT JOIN actors src ON src.actor_id = e.source_actor_id
        LEFT JOIN actors tgt ON tgt.actor_id = e.target_actor_id
        GROUP BY e.doc_id)
SELECT d.doc_id, d.status, d.reject_reason, d.duplicate_of, d.n_chars,
       coalesce(c.sentences, 0) AS sentences, coalesce(a.actors, 0) AS actors,
       coalesce(c.actor_mentions, 0) AS actor_mentions, coalesce(c.events, 0) AS events,
       coalesce(c.claims, 0) AS claims, coalesce(c.date_mentions, 0) AS date_mentions,
       coalesce(fc.claims, []) AS first_claims, coalesce(fe.events, []) AS first_events
FROM documents d SEMI JOIN wanted USING (doc_id)
LEFT JOIN counts c USING (doc_id) LEFT JOIN actor_counts a USING (doc_id)
LEFT JOIN first_claims fc USING (doc_id) LEFT JOIN first_events fe USING (doc_id);

CREATE OR REPLACE VIEW v_document_summary AS
SELECT * FROM document_summary((SELECT list(doc_id) FROM documents));
