-- Dashboard sample: the cumulative counters of every database (pg_stat_database; datid 0 is
-- the shared catalogs) and its client sessions by state (pgdba's own monitoring backend left
-- out). Rates are computed by pgdba from the deltas between two samples; stats_reset lets it
-- notice a counter reset. server_ms is the server's clock (epoch ms) for the time base.
-- One row per database whatever the number of sessions (issue 20: what comes over the wire does
-- not grow with idle sessions). The server's work does not either, as far as it can: building
-- every backend's pg_stat_activity row (pg_stat_get_activity(NULL): each query text copied,
-- clipped and converted, two joins) is what cost the most at 1,000 sessions. Sessions that are
-- certainly idle are counted from the per-backend accessors (a few words each): waiting for
-- their client (ClientRead), no transaction open, a statement run before (so tracking is on:
-- with track_activities off the state is 'disabled'), a database (not a physical walsender)
-- and not a walsender at all. Every other backend's row is built by pg_stat_get_activity(pid)
-- and judged exactly as before (backend type, state, wait event), so a role that cannot see
-- another role's sessions (the accessors then return NULL) still counts them as 'other'.
WITH b AS (
    SELECT pg_stat_get_backend_pid(id) AS pid, pg_stat_get_backend_dbid(id) AS datid,
           pg_stat_get_backend_wait_event(id) = 'ClientRead'
               AND pg_stat_get_backend_xact_start(id) IS NULL
               AND pg_stat_get_backend_activity_start(id) IS NOT NULL
               AND pg_stat_get_backend_dbid(id) <> 0 AS idle
    FROM pg_stat_get_backend_idset() id
), b2 AS (
    SELECT b.pid, b.datid, b.idle AND b.pid NOT IN (SELECT w.pid FROM pg_stat_get_wal_senders() w) AS idle
    FROM b
    WHERE b.pid <> pg_backend_pid()
), s AS (
    SELECT u.datid, sum(u.active) AS active, sum(u.waiting) AS waiting, sum(u.idle_in_xact) AS idle_in_xact,
           sum(u.idle) AS idle, sum(u.other) AS other
    FROM (
        SELECT b2.datid, 0 AS active, 0 AS waiting, 0 AS idle_in_xact, count(*) AS idle, 0 AS other
        FROM b2
        WHERE b2.idle
        GROUP BY b2.datid
        UNION ALL
        SELECT a.datid,
               count(*) FILTER (WHERE a.state = 'active' AND a.wait_event_type IS DISTINCT FROM 'Lock'),
               count(*) FILTER (WHERE a.state = 'active' AND a.wait_event_type = 'Lock'),
               count(*) FILTER (WHERE a.state LIKE 'idle in transaction%'),
               count(*) FILTER (WHERE a.state = 'idle'),
               count(*) FILTER (WHERE a.state IS NULL OR a.state NOT IN ('active', 'idle', 'idle in transaction',
                                                                         'idle in transaction (aborted)'))
        FROM b2
        CROSS JOIN LATERAL pg_stat_get_activity(b2.pid) a
        WHERE b2.idle IS NOT TRUE AND a.backend_type = 'client backend'
        GROUP BY a.datid
    ) u
    GROUP BY u.datid
)
SELECT d.datid::bigint AS datid, coalesce(d.datname, '') AS datname,
       d.xact_commit, d.xact_rollback,
       d.tup_inserted, d.tup_updated, d.tup_deleted, d.tup_fetched, d.tup_returned,
       d.blks_read, d.blks_hit, d.stats_reset,
       coalesce(s.active, 0) AS active, coalesce(s.waiting, 0) AS waiting,
       coalesce(s.idle_in_xact, 0) AS idle_in_xact, coalesce(s.idle, 0) AS idle,
       coalesce(s.other, 0) AS other,
       (extract(epoch FROM statement_timestamp()) * 1000)::bigint AS server_ms
FROM pg_stat_database d
LEFT JOIN s ON s.datid = d.datid
ORDER BY d.datid
