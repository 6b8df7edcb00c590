-- Full-text search over sentences (DuckDB fts, Snowball Arabic stemmer), run by `etl search`.
--
-- DuckDB's FTS index is a snapshot: inserts into `sentences` do not reach it. So this file is the
-- index *build*, and `etl search` runs it when `search_source_fingerprint()` no longer equals the
-- fingerprint stored at the last build (a document loaded, replaced, retired or marked duplicate).
-- Needs the fts extension loaded (etl.warehouse.load_extension(con, 'fts')).
--
-- In SQL, after a build:   LOAD fts; SELECT * FROM sentence_search('المصادر العسكرية', 10)
-- A DuckLake keeps the index in `<catalog>.search.duckdb` (etl/search.py attaches it and shows the
-- lake's documents, sentences, claims, events and v_documents to it as session views).

-- The extractor's normalisation (etl/core/text.py), so a query matches however it is spelled:
-- diacritics, tatweel and invisible format marks removed (the fts tokenizer would split a word at
-- a zero-width joiner); أ إ آ ٱ → ا, ى → ي, ؤ → و, ئ → ي, Persian ی ک, Arabic-Indic digits.
-- Except ta marbuta: the extractor folds ة → ه, but the Arabic stemmer strips a final ة and not a
-- final ه (الحكومة → حكوم, الحكومه → حكومه), so here a word-final ه is read as ة instead. Measured
-- on 3,000 corpus articles: الحكومة finds 1,589 sentences this way, 945 with ة → ه; الحكومه finds
-- the same 1,589 (0 with the stemmer alone); الإيرانية 990 (154). The cost: a possessive ـته and a
-- few root-final ه look like ة (حكومته finds 31 sentences, 504 with ة → ه; وجه 114, 275).
-- Presentation forms (text pasted from PDFs) are not folded here.
CREATE OR REPLACE MACRO search_fold(t) AS regexp_replace(
    translate(
        regexp_replace(t, '[\x{00ad}\x{0610}-\x{061a}\x{061c}\x{064b}-\x{065f}\x{0670}\x{06d6}-\x{06ed}\x{0640}\x{200b}-\x{200f}\x{202a}-\x{202e}\x{2060}-\x{2064}\x{2066}-\x{2069}\x{feff}]', '', 'g'),
        'أإآٱىؤئیک٫#_٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
        'اااايوييك.  01234567890123456789'),
    '(\p{L})ه([^\p{L}\p{M}]|$)', '\1ة\2', 'g');

-- What the index was built from: every loaded document's identity and load. Any load, reload,
-- retirement or duplicate marking changes it (ingested_at moves on each load).
CREATE OR REPLACE MACRO search_source_fingerprint() AS (
    SELECT hash(count(*), bit_xor(hash(doc_id, content_sha256, extractor_version, ingested_at, status, duplicate_of)))
    FROM documents);

-- The index's input: the sentences an analyst searches (documents that loaded, not duplicates,
-- no boilerplate), folded, with a compact integer key the index needs.
CREATE OR REPLACE TABLE search_sentences AS
SELECT (row_number() OVER (ORDER BY s.doc_id, s.sentence_idx))::INTEGER AS search_id,
       s.doc_id, s.sentence_idx, search_fold(s.text) AS folded
FROM sentences s SEMI JOIN v_documents d ON d.doc_id = s.doc_id
WHERE NOT s.is_boilerplate;

-- Tokens are runs of letters, marks and digits (the default `ignore` keeps only a-z, which drops
-- Arabic entirely); no stopword list: BM25 already gives frequent words little weight.
PRAGMA create_fts_index('search_sentences', 'search_id', 'folded', stemmer = 'arabic', stopwords = 'none',
                        ignore = '(\.|[^\p{L}\p{M}\p{N}])+', strip_accents = 1, lower = 1, overwrite = 1);

-- build_sha: the hash of this file (set by etl/search.py), so a changed build rebuilds old indexes
CREATE OR REPLACE TABLE search_index_state AS
SELECT search_source_fingerprint() AS fingerprint, getvariable('search_build_sha') AS build_sha,
       now()::TIMESTAMP AS built_at,
       (SELECT count(*) FROM search_sentences) AS n_sentences;

-- The best `n` sentences for query `q` (any of its words, BM25-ranked), with the claims and events
-- extracted from each. Joined to the live `sentences`, so a sentence removed since the last build
-- never comes back; one loaded since then is found only after the next build.
CREATE OR REPLACE MACRO sentence_search(q, n := 20) AS TABLE
WITH hits AS (
    SELECT doc_id, sentence_idx, score
    FROM (SELECT doc_id, sentence_idx,
                 fts_main_search_sentences.match_bm25(search_id, search_fold(q)) AS score
          FROM search_sentences)
    WHERE score IS NOT NULL
), best AS (
    SELECT h.doc_id, h.sentence_idx, h.score, s.text AS sentence
    FROM hits h JOIN sentences s USING (doc_id, sentence_idx)
    ORDER BY h.score DESC, h.doc_id, h.sentence_idx
    LIMIT n
)
SELECT b.doc_id, b.sentence_idx, b.score, b.sentence,
       coalesce((SELECT list({'source': c.source_text, 'content': c.content} ORDER BY c.cue_start)
                 FROM claims c WHERE c.doc_id = b.doc_id AND c.sentence_idx = b.sentence_idx), []) AS claims,
       coalesce((SELECT list({'type': e.event_type, 'trigger': e.trigger} ORDER BY e.trigger_start)
                 FROM events e WHERE e.doc_id = b.doc_id AND e.sentence_idx = b.sentence_idx), []) AS events
FROM best b
ORDER BY b.score DESC, b.doc_id, b.sentence_idx;
