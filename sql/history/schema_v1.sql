-- pgdba history store, schema version 1 (SQLite by default; the same text runs on PostgreSQL
-- with {{ID}} replaced by the dialect's auto-increment key). Statements separated by ";\n".
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- A time series per (server, kind, key): dashboard samples (kind 'server'), statement samples
-- (kind 'statement', key = queryid), benchmark runs (kind 'bench', key = run id), ...
CREATE TABLE IF NOT EXISTS samples (
    server TEXT   NOT NULL,
    kind   TEXT   NOT NULL,
    key    TEXT   NOT NULL,
    ts     BIGINT NOT NULL,
    value  TEXT   NOT NULL
);
CREATE INDEX IF NOT EXISTS samples_lookup ON samples (server, kind, key, ts);
CREATE INDEX IF NOT EXISTS samples_ts ON samples (ts);
-- Every cancel/terminate attempt, kept regardless of the sample retention.
CREATE TABLE IF NOT EXISTS audit (
    id                 {{ID}},
    ts                 BIGINT NOT NULL,
    server             TEXT NOT NULL,
    database           TEXT,
    db_role            TEXT,
    os_user            TEXT,
    pid                INTEGER NOT NULL,
    target_user        TEXT,
    target_application TEXT,
    target_query       TEXT,
    action             TEXT NOT NULL,
    outcome            TEXT NOT NULL,
    message            TEXT
);
CREATE INDEX IF NOT EXISTS audit_ts ON audit (ts)
