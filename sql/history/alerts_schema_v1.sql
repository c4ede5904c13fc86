-- pgdba alert history (app/alerts/alertstore), schema version 1, beside the samples/audit tables
-- of schema_v1.sql in the same store. One row per alert: when it fired (and the value), who
-- acknowledged it and when, when it resolved. {{ID}} is the dialect's auto-increment key.
-- Statements separated by ";\n".
CREATE TABLE IF NOT EXISTS alert_event (
    id              {{ID}},
    server          TEXT NOT NULL,
    rule_id         TEXT NOT NULL,
    rule_name       TEXT NOT NULL,
    metric          TEXT NOT NULL,
    severity        TEXT NOT NULL,
    comparison      TEXT NOT NULL,
    threshold       DOUBLE PRECISION NOT NULL,
    fired_ts        BIGINT NOT NULL,
    fired_value     DOUBLE PRECISION,
    acked_ts        BIGINT,
    acked_by        TEXT,
    resolved_ts     BIGINT,
    resolved_value  DOUBLE PRECISION
);
CREATE INDEX IF NOT EXISTS alert_event_fired ON alert_event (server, fired_ts);
CREATE INDEX IF NOT EXISTS alert_event_open ON alert_event (resolved_ts, server)
