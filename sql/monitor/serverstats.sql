-- Dashboard sample: the cumulative counters of every database (pg_stat_database; datid 0 is
-- the shared catalogs) and its client sessions by state (pgdba's own monitoring backend left
-- out). Rates are computed by pgdba from the deltas between two samples; stats_reset lets it
-- notice a counter reset. server_ms is the server's clock (epoch ms) for the time base.
-- One row per database whatever the number of sessions (issue 20: what comes over the wire does
-- not grow with idle sessions). The server's work does: counting sessions by state needs each
-- session's state, which only pg_stat_get_activity() builds (the per-backend accessors have no
-- state, and "waiting for the client, no transaction" is also what an aborted transaction block
-- looks like to them: its transaction start is cleared at the abort;
-- tst_serverstats::sessionCountsAgreeWithPgStatActivity). The function is read directly, not
-- through the pg_stat_activity view, which would join pg_database and pg_authid for every
-- session only for names this query does not use.
WITH s AS (
    SELECT datid,
           count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') AS active,
           count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock')                AS waiting,
           count(*) FILTER (WHERE state LIKE 'idle in transaction%')                           AS idle_in_xact,
           count(*) FILTER (WHERE state = 'idle')                                              AS idle,
           count(*) FILTER (WHERE state IS NULL OR state NOT IN ('active', 'idle', 'idle in transaction',
                                                                 'idle in transaction (aborted)')) AS other
    FROM pg_catalog.pg_stat_get_activity(NULL)
    WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
    GROUP BY datid
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
