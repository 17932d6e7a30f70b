-- The Tacitus database: one DuckDB file. Every statement is idempotent (IF NOT EXISTS), so the
-- schema is applied on every writable open. Character offsets ("start", "end", trigger_*) index
-- articles.text; sentence_index counts the sentences of that text from 0. Actor columns
-- (*_code, *_name, *_kind, *_country, *_roles) are stored beside each record so that every
-- record reads back exactly as it was coded; the actors table is the catalogue of every actor seen.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,
    url           VARCHAR,
    title         VARCHAR NOT NULL,
    date          DATE,
    source        VARCHAR,
    author        VARCHAR,
    language      VARCHAR,
    origin        VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    ingested_at   TIMESTAMP NOT NULL  -- UTC
);

CREATE TABLE IF NOT EXISTS actors (
    code     VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    kind     VARCHAR NOT NULL,
    country  VARCHAR,
    roles    VARCHAR[] NOT NULL,
    UNIQUE (code, name)
);

-- Where an actor is named or referred to; "how" says how it was resolved (kb, office, title …).
CREATE TABLE IF NOT EXISTS mentions (
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    token_start     INTEGER NOT NULL,
    token_end       INTEGER NOT NULL,
    "start"         INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    actor_code      VARCHAR NOT NULL,
    actor_name      VARCHAR NOT NULL,
    how             VARCHAR NOT NULL
);

-- One row per real-world event; where it was reported lives in event_mentions.
CREATE TABLE IF NOT EXISTS events (
    id              VARCHAR PRIMARY KEY,
    source_code     VARCHAR NOT NULL,
    source_name     VARCHAR NOT NULL,
    source_kind     VARCHAR NOT NULL,
    source_country  VARCHAR,
    source_roles    VARCHAR[] NOT NULL,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_kind     VARCHAR,
    target_country  VARCHAR,
    target_roles    VARCHAR[],
    cameo           VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    root_code       VARCHAR NOT NULL,  -- the two-digit CAMEO root of cameo
    plover          VARCHAR NOT NULL,
    plover_mode     VARCHAR NOT NULL,
    goldstein       DOUBLE NOT NULL,
    quad_class      INTEGER NOT NULL,
    date            DATE,
    confidence      DOUBLE NOT NULL,
    negated         BOOLEAN NOT NULL,
    trigger         VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL   -- the article the event was first coded from
);

-- Provenance: each report of an event; reports of one real-world event in several articles share
-- its event_id (see tacitus.events.dedup); coded_event_id is the event the coder found there.
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    "start"         INTEGER NOT NULL,  -- the evidence sentence
    "end"           INTEGER NOT NULL,
    trigger         VARCHAR NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    UNIQUE (event_id, article_id, sentence_index, trigger_start)
);
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS coded_event_id VARCHAR;

-- Every event as the coder found it in its article, before reports were merged: events holds, per
-- real-world event, the copy of its earliest report (same id), so a merge can always be redone.
CREATE TABLE IF NOT EXISTS coded_events (
    id              VARCHAR PRIMARY KEY,
    source_code     VARCHAR NOT NULL,
    source_name     VARCHAR NOT NULL,
    source_kind     VARCHAR NOT NULL,
    source_country  VARCHAR,
    source_roles    VARCHAR[] NOT NULL,
    target_code     VARCHAR,
    target_name     VARCHAR,
    target_kind     VARCHAR,
    target_country  VARCHAR,
    target_roles    VARCHAR[],
    cameo           VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    root_code       VARCHAR NOT NULL,  -- the two-digit CAMEO root of cameo
    plover          VARCHAR NOT NULL,
    plover_mode     VARCHAR NOT NULL,
    goldstein       DOUBLE NOT NULL,
    quad_class      INTEGER NOT NULL,
    date            DATE,
    confidence      DOUBLE NOT NULL,
    negated         BOOLEAN NOT NULL,
    trigger         VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL   -- the article the event was first coded from
);

-- The evidence features of each coded event, as events.dedup compares them (anchors: the names of
-- places and people beyond the dyad; words: the stemmed content words), written with the event so
-- that merging a later batch reads them instead of rebuilding them from the sentence and spans.
CREATE TABLE IF NOT EXISTS report_features (
    coded_event_id  VARCHAR PRIMARY KEY,  -- coded_events.id
    anchors         VARCHAR[] NOT NULL,
    words           VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    id               VARCHAR PRIMARY KEY,
    speaker_code     VARCHAR,           -- all speaker_* are NULL when no speaker was found
    speaker_name     VARCHAR,
    speaker_kind     VARCHAR,
    speaker_country  VARCHAR,
    speaker_roles    VARCHAR[],
    speaker_text     VARCHAR NOT NULL,
    cue              VARCHAR NOT NULL,
    text             VARCHAR NOT NULL,
    direct           BOOLEAN NOT NULL,
    "start"          INTEGER NOT NULL,  -- the quoted text
    "end"            INTEGER NOT NULL,
    sentence_index   INTEGER NOT NULL,
    article_id       VARCHAR NOT NULL,
    date             DATE
);

CREATE TABLE IF NOT EXISTS claims (
    id                 VARCHAR PRIMARY KEY,
    kind               VARCHAR NOT NULL,  -- demand, commitment, denial, appeal, offer, threat
    actor_code         VARCHAR NOT NULL,
    actor_name         VARCHAR NOT NULL,
    actor_kind         VARCHAR NOT NULL,
    actor_country      VARCHAR,
    actor_roles        VARCHAR[] NOT NULL,
    addressee_code     VARCHAR,
    addressee_name     VARCHAR,
    addressee_kind     VARCHAR,
    addressee_country  VARCHAR,
    addressee_roles    VARCHAR[],
    text               VARCHAR NOT NULL,
    topic              VARCHAR,
    "start"            INTEGER NOT NULL,  -- the claimed action
    "end"              INTEGER NOT NULL,
    article_id         VARCHAR NOT NULL,  -- evidence: article, sentence and its offsets
    sentence_index     INTEGER NOT NULL,
    sentence           VARCHAR NOT NULL,
    evidence_start     INTEGER NOT NULL,
    evidence_end       INTEGER NOT NULL,
    date               DATE,
    confidence         DOUBLE  -- the claim decision stage's probability; NULL when undecided
);

-- What happened to every input of every run: status is new, duplicate, skipped or failed.
CREATE TABLE IF NOT EXISTS ingest_log (
    run_id      VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,  -- order within the run
    "at"        TIMESTAMP NOT NULL,  -- UTC
    origin      VARCHAR NOT NULL,
    status      VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    article_id  VARCHAR,
    title       VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,  -- UTC
    finished_at  TIMESTAMP,
    sources      VARCHAR[] NOT NULL,
    counts       VARCHAR             -- JSON object: status -> number of inputs
);

-- Where a coded event happened (a town or city in its sentence, else the article's dateline);
-- events with no place have no row. Keyed by the coder's event id.
CREATE TABLE IF NOT EXISTS event_places (
    event_id        VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    country         VARCHAR NOT NULL,
    lat             DOUBLE NOT NULL,
    lon             DOUBLE NOT NULL,
    feature         VARCHAR NOT NULL
);
