-- pgdba plan history, schema version 1, in the history store beside the samples and the session
-- history: every distinct plan shape of a statement (plans/planshape.h) with when it was first and
-- last seen and how often, and each capture with the statement's mean time then.
-- Statements separated by ";\n".
CREATE TABLE IF NOT EXISTS plan_shape (
    server      TEXT    NOT NULL,
    queryid     BIGINT  NOT NULL,
    fingerprint TEXT    NOT NULL,
    first_seen  BIGINT  NOT NULL,
    last_seen   BIGINT  NOT NULL,
    seen        INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    shape       TEXT    NOT NULL,
    plan        TEXT    NOT NULL,
    query       TEXT    NOT NULL,
    PRIMARY KEY (server, queryid, fingerprint)
);
CREATE TABLE IF NOT EXISTS plan_capture (
    server      TEXT    NOT NULL,
    queryid     BIGINT  NOT NULL,
    ts          BIGINT  NOT NULL,
    fingerprint TEXT    NOT NULL,
    total_cost  DOUBLE PRECISION NOT NULL,
    mean_ms     DOUBLE PRECISION,
    calls       BIGINT
);
CREATE INDEX IF NOT EXISTS plan_capture_q ON plan_capture (server, queryid, ts)
