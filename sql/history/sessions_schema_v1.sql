-- pgdba session history (Timeline, replay, `pgdba history`), schema version 1, beside the
-- samples/audit tables of schema_v1.sql in the same store. {{ID}}, {{BLOB}} and
-- {{WITHOUT_ROWID}} are the dialect's auto-increment key, binary type and SQLite's
-- clustered-table clause; {{BY_DAY}}, {{BY_LEVEL}} and {{BY_START_DAY}} are empty in SQLite and
-- declarative partitioning on PostgreSQL (a team store): samples by day, aggregates by level and
-- then by day, lock incidents by the day they started
-- (SessionWriter creates the day partitions ahead and drops expired ones instead of DELETE).
-- Statements separated by ";\n".
CREATE TABLE IF NOT EXISTS sh_server (
    id   {{ID}},
    name TEXT NOT NULL UNIQUE
);
-- Every text once per server: users, databases, applications, clients, backend types,
-- states, wait events ("Type:Event"), normalised queries (hash = query id), lock modes, relations.
CREATE TABLE IF NOT EXISTS sh_dict (
    srv  INTEGER NOT NULL,
    id   INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    hash BIGINT  NOT NULL,
    text TEXT    NOT NULL,
    PRIMARY KEY (srv, id)
){{WITHOUT_ROWID}};
CREATE UNIQUE INDEX IF NOT EXISTS sh_dict_hash ON sh_dict (srv, kind, hash);
-- One row per sample: idle count, active sessions per wait class (cls, varints: the Timeline
-- reads only this), and the sessions (rows, varints of dictionary ids; samplecodec.h). A plain
-- (rowid) table: its rows of about 0.5 KB would spill into overflow pages in a WITHOUT ROWID one.
CREATE TABLE IF NOT EXISTS sh_sample (
    srv    INTEGER NOT NULL,
    ts     BIGINT  NOT NULL,
    idle   INTEGER NOT NULL,
    active INTEGER NOT NULL,
    cls    {{BLOB}} NOT NULL,
    rows   {{BLOB}} NOT NULL,
    PRIMARY KEY (srv, ts)
){{BY_DAY}};
-- Aggregates: level 1 = one minute, 2 = one hour. n = active session-samples with these keys
-- (dictionary ids; 0 = none/CPU). Pairs, not the whole tuple (which grows with every distinct
-- combination): dim 0 = (k1 wait, k2 query), 1 = (user, wait), 2 = (application, wait),
-- 3 = (database, wait), 4 = (client, wait). Each session-sample counts once in every dim, so
-- every dim sums to the same total. sh_aggn holds the number of samples per bucket
-- (n / samples = average active sessions) and the active session-samples per wait class (cls,
-- as in sh_sample: the Timeline of 30 days reads only this).
CREATE TABLE IF NOT EXISTS sh_agg (
    srv    INTEGER NOT NULL,
    level  INTEGER NOT NULL,
    ts     BIGINT  NOT NULL,
    dim    INTEGER NOT NULL,
    k1     INTEGER NOT NULL,
    k2     INTEGER NOT NULL,
    n      BIGINT  NOT NULL,
    PRIMARY KEY (srv, level, ts, dim, k1, k2)
){{WITHOUT_ROWID}}{{BY_LEVEL}};
CREATE TABLE IF NOT EXISTS sh_aggn (
    srv     INTEGER NOT NULL,
    level   INTEGER NOT NULL,
    ts      BIGINT  NOT NULL,
    samples BIGINT  NOT NULL,
    cls     {{BLOB}} NOT NULL,
    PRIMARY KEY (srv, level, ts)
){{WITHOUT_ROWID}}{{BY_LEVEL}};
-- How far each level is aggregated (the next bucket to build).
CREATE TABLE IF NOT EXISTS sh_progress (
    srv     INTEGER NOT NULL,
    level   INTEGER NOT NULL,
    next_ts BIGINT  NOT NULL,
    PRIMARY KEY (srv, level)
);
CREATE TABLE IF NOT EXISTS sh_incident (
    srv         INTEGER NOT NULL,
    start_ts    BIGINT  NOT NULL,
    root_pid    INTEGER NOT NULL,
    end_ts      BIGINT  NOT NULL,
    blocked_max INTEGER NOT NULL,
    root_state  TEXT,
    root_query  TEXT,
    wait_mode   TEXT,
    relation    TEXT,
    forest      TEXT,
    PRIMARY KEY (srv, start_ts, root_pid)
){{BY_START_DAY}}
