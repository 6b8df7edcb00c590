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
       e.event_type, e.event_mode, e.trigger, e.negated,
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
