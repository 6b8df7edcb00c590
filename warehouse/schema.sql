-- Warehouse contract v1 (see README "Warehouse"): the tables analysts query.
-- Offsets are 0-based, end-exclusive code points into documents.text.
CREATE TABLE IF NOT EXISTS documents (
    doc_id            VARCHAR PRIMARY KEY,
    source_path       VARCHAR NOT NULL,
    content_sha256    VARCHAR NOT NULL,
    language          VARCHAR,
    title             VARCHAR,
    published_on      DATE,
    text              VARCHAR,
    n_chars           INTEGER NOT NULL,
    status            VARCHAR NOT NULL CHECK (status IN ('ok', 'rejected')),
    reject_reason     VARCHAR,
    ingested_at       TIMESTAMP NOT NULL,
    outlet            VARCHAR,
    url               VARCHAR,
    notes             VARCHAR,          -- non-fatal problems: ignored sidecar, legacy encoding
    input_sha256      VARCHAR NOT NULL, -- the text file and its sidecar: a change in either reloads
    extractor_version VARCHAR NOT NULL, -- re-extract when code or lexicons change
    duplicate_of      VARCHAR           -- same content as this earlier doc_id: not double-counted
);

CREATE TABLE IF NOT EXISTS sentences (
    doc_id         VARCHAR NOT NULL,
    sentence_idx   INTEGER NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    is_boilerplate BOOLEAN NOT NULL,
    PRIMARY KEY (doc_id, sentence_idx)
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id     VARCHAR PRIMARY KEY,
    name_ar      VARCHAR NOT NULL,
    name_en      VARCHAR,
    actor_type   VARCHAR NOT NULL,
    country_iso3 VARCHAR,
    sector       VARCHAR,
    wikidata_qid VARCHAR,
    origin       VARCHAR NOT NULL CHECK (origin IN ('lexicon', 'pattern'))
);

-- how each document's extraction read an actor; `actors` holds, per actor, what most of the
-- documents that read it agree on (warehouse/actor_rows.sql), so the row never depends on the
-- order documents were loaded in, and re-extracting them with new rules renews it
CREATE TABLE IF NOT EXISTS actor_readings (
    actor_id     VARCHAR NOT NULL,
    name_ar      VARCHAR NOT NULL,
    name_en      VARCHAR,
    actor_type   VARCHAR NOT NULL,
    country_iso3 VARCHAR,
    sector       VARCHAR,
    wikidata_qid VARCHAR,
    origin       VARCHAR NOT NULL CHECK (origin IN ('lexicon', 'pattern')),
    doc_id       VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, actor_id)
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    doc_id       VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    actor_id     VARCHAR NOT NULL,
    surface      VARCHAR NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id              VARCHAR PRIMARY KEY,
    doc_id                VARCHAR NOT NULL,
    sentence_idx          INTEGER NOT NULL,
    event_type            VARCHAR NOT NULL,
    event_mode            VARCHAR,
    trigger               VARCHAR NOT NULL,
    trigger_start         INTEGER NOT NULL,
    trigger_end           INTEGER NOT NULL,
    source_actor_id       VARCHAR,
    target_actor_id       VARCHAR,
    location              VARCHAR,
    location_country_iso3 VARCHAR,
    event_date            DATE,
    date_precision        VARCHAR,
    negated               BOOLEAN NOT NULL,
    claim_id              VARCHAR,
    reported              BOOLEAN           -- ASSAULT/PROTEST: the sentence reports the act as having happened (else NULL)
);

CREATE TABLE IF NOT EXISTS claims (
    claim_id         VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,
    sentence_idx     INTEGER NOT NULL,
    source_text      VARCHAR NOT NULL,
    source_actor_id  VARCHAR,
    source_kind      VARCHAR NOT NULL,
    is_anonymous     BOOLEAN NOT NULL,
    channel_actor_id VARCHAR,
    cue              VARCHAR NOT NULL,
    cue_start        INTEGER NOT NULL,
    cue_end          INTEGER NOT NULL,
    content          VARCHAR NOT NULL,
    content_start    INTEGER NOT NULL,
    content_end      INTEGER NOT NULL,
    hedged           BOOLEAN NOT NULL,
    parent_claim_id  VARCHAR
);

CREATE TABLE IF NOT EXISTS date_mentions (
    doc_id       VARCHAR NOT NULL,
    sentence_idx INTEGER NOT NULL,
    surface      VARCHAR NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    value_start  DATE,              -- NULL only when the year is unknown (see partial_value)
    value_end    DATE,
    precision    VARCHAR NOT NULL,
    is_relative  BOOLEAN NOT NULL,
    partial_value VARCHAR           -- a day or month without a year and no publication date: '--06-30', '--06'
);
