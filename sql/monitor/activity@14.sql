-- Live activity (PostgreSQL 14+: with query_id), sent as what changed since the client's previous
-- refresh. Every backend except pgdba's own monitoring one.
--   $1 int[]   the pids the client holds from its previous refresh (NULL: it holds none)
--   $2 bigint  epoch ms: the previous refresh's sampled_at_ms minus a safety margin (NULL: send
--              everything, as on the first refresh)
--   $3 int[]   of those, the pids the client holds as not idle (their rows are always sent)
-- One row per session sent, and one meta row (pid NULL). A session is sent when it is new to the
-- client (not in $1, or started since $2: a reused pid), not idle for the client ($3), not waiting
-- for its client now (an idle session waits on ClientRead; any other wait event, or none, means it
-- is running), or it started a statement since $2 (so went through a state change). What is left
-- unsent is a session the client holds as idle that is still waiting for its client and has run
-- nothing since: still idle. Its query text is sent only when it is new or its
-- query_start moved since $2; the client keeps the text per pid. The fields that never change
-- for a backend (database, role, client address, type, start) come only with a new session.
--   f      text[]  state, wait_event_type, wait_event, application_name, query_id, then the ages
--                  in ms before sampled_at_ms of xact_start, query_start, state_change, the pids
--                  blocking it (space separated; asked only for sessions waiting on a heavyweight
--                  lock: pg_blocking_pids() takes the lock manager's partition locks), age(xid),
--                  age(xmin)
--   fixed  text[]  database, role, client address ('local' for a Unix socket), backend type,
--                  backend_start in epoch ms; NULL for a session the client already has
--   meta   json    sampled_at_ms (statement_timestamp()), server_ms (the server's time for the
--                  rows: clock_timestamp() after them minus statement_timestamp()), full,
--                  query_size (track_activity_query_size, on a full refresh), live (sessions
--                  counted), gone (pids of $1 that ended), unsent (per state, the sessions not sent:
--                  the client checks its own against it)
-- Which sessions to send is decided from the per-backend accessors (pid, start, query start, wait
-- event: a few words each), and only those sessions' rows are built by pg_stat_get_activity(pid):
-- building every backend's row, with its query text clipped and converted, is what made the
-- server's time grow with idle sessions (at 1,000 sessions pg_stat_get_activity(NULL) alone took
-- most of it). The view is not used: it would join pg_database and pg_authid for every session,
-- and the names are needed only for new ones.
WITH k AS (
    SELECT unnest($1::int[]) AS pid
), busy AS (
    SELECT unnest($3::int[]) AS pid
), t AS (
    SELECT to_timestamp($2::bigint / 1000.0) AS since,
           (extract(epoch FROM statement_timestamp()) * 1000)::bigint AS now_ms
), b AS MATERIALIZED (
    SELECT i.pid, i.is_new,
           i.is_new OR i.pid IN (SELECT pid FROM busy) OR i.wait_event IS DISTINCT FROM 'ClientRead'
               OR i.query_start >= i.since AS send
    FROM (SELECT x.pid, x.wait_event, x.query_start, t.since,
                 t.since IS NULL OR k.pid IS NULL OR x.backend_start >= t.since AS is_new
          FROM (SELECT pg_stat_get_backend_pid(id) AS pid, pg_stat_get_backend_wait_event(id) AS wait_event,
                       pg_stat_get_backend_activity_start(id) AS query_start,
                       pg_stat_get_backend_start(id) AS backend_start
                FROM pg_stat_get_backend_idset() id) x
          CROSS JOIN t
          LEFT JOIN k ON k.pid = x.pid
          WHERE x.pid <> pg_backend_pid()) i
), a AS MATERIALIZED (
    SELECT n.pid, n.datid, n.usesysid, n.application_name, n.state, n.wait_event_type, n.wait_event,
           n.query_id, n.xact_start, n.query_start, n.state_change, n.backend_start, n.backend_xid,
           n.backend_xmin, n.backend_type, n.client_addr, n.client_port, b.is_new,
           CASE WHEN b.is_new OR n.query_start >= t.since THEN n.query END AS query
    FROM b
    CROSS JOIN t
    CROSS JOIN LATERAL pg_stat_get_activity(b.pid) n
    WHERE b.send
)
SELECT a.pid,
       ARRAY[a.state, a.wait_event_type, a.wait_event, a.application_name, a.query_id::text,
             (t.now_ms - (extract(epoch FROM a.xact_start) * 1000)::bigint)::text,
             (t.now_ms - (extract(epoch FROM a.query_start) * 1000)::bigint)::text,
             (t.now_ms - (extract(epoch FROM a.state_change) * 1000)::bigint)::text,
             CASE WHEN a.wait_event_type = 'Lock' THEN array_to_string(pg_blocking_pids(a.pid), ' ') END,
             age(a.backend_xid)::text, age(a.backend_xmin)::text] AS f,
       a.query,
       CASE WHEN a.is_new THEN
           ARRAY[(SELECT d.datname::text FROM pg_database d WHERE d.oid = a.datid),
                 (SELECT r.rolname::text FROM pg_roles r WHERE r.oid = a.usesysid),
                 coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local' END),
                 a.backend_type,
                 ((extract(epoch FROM a.backend_start) * 1000)::bigint)::text]
       END AS fixed,
       NULL::json AS meta
FROM a CROSS JOIN t
UNION ALL
SELECT NULL, NULL, NULL, NULL,
       json_build_object(
           'sampled_at_ms', t.now_ms,
           'server_ms', extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000,
           'full', t.since IS NULL,
           'query_size', CASE WHEN t.since IS NULL THEN
               (SELECT setting::int FROM pg_settings WHERE name = 'track_activity_query_size') END,
           'live', (SELECT count(*) FROM b),
           'gone', (SELECT array_agg(k.pid) FROM k WHERE NOT EXISTS (SELECT FROM b WHERE b.pid = k.pid)),
           'unsent', (SELECT json_object_agg('idle', u.n) FROM (SELECT count(*) AS n FROM b WHERE NOT b.send) u
                      WHERE u.n > 0))
FROM t
