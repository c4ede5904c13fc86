-- One session-history sample (PostgreSQL 14+: query_id, pg_locks.waitstart): every session that
-- is not idle, plus every blocker (an idle-in-transaction root must be named), one row each;
-- the count of idle sessions on every row (a left join keeps it when no session is busy: then
-- pid is NULL). pg_blocking_pids() only for lock waiters (it takes the lock manager's
-- partition locks). WAL senders are left out: they are 'active' forever and do no query work.
-- Timestamps are epoch milliseconds.
WITH a AS MATERIALIZED (
    SELECT pid, usename, datname, application_name,
           coalesce(host(client_addr), CASE WHEN client_port = -1 THEN 'local' END) AS client_addr,
           backend_type, state, wait_event_type, wait_event, query, query_id,
           (extract(epoch FROM xact_start) * 1000)::bigint  AS xact_start_ms,
           (extract(epoch FROM query_start) * 1000)::bigint AS query_start_ms,
           CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) END AS blocking_pids
    FROM pg_stat_activity
    WHERE pid <> pg_backend_pid() AND backend_type IS DISTINCT FROM 'walsender'
), blockers AS (
    SELECT DISTINCT unnest(blocking_pids) AS pid FROM a WHERE blocking_pids IS NOT NULL
), waits AS (
    SELECT l.pid, (extract(epoch FROM min(l.waitstart)) * 1000)::bigint AS wait_start_ms,
           min(l.mode) AS lock_mode, min(l.locktype) AS lock_type,
           min(l.relation::regclass::text) AS relation,
           -- what a row lock waits for: the holder's transaction id, or the row (page, tuple)
           min(l.transactionid::text)::bigint AS lock_xid, min(l.page) AS lock_page,
           min(l.tuple) AS lock_tuple
    FROM pg_locks l
    WHERE NOT l.granted AND l.pid IN (SELECT pid FROM a WHERE blocking_pids IS NOT NULL)
    GROUP BY l.pid
), s AS (
    SELECT (extract(epoch FROM statement_timestamp()) * 1000)::bigint AS sampled_at_ms,
           count(*) FILTER (WHERE state = 'idle') AS idle,
           current_setting('max_connections')::int AS max_connections
    FROM a
)
SELECT s.sampled_at_ms, s.idle, s.max_connections, r.*
FROM s
LEFT JOIN (
    SELECT a.*, w.wait_start_ms, w.lock_mode, w.lock_type, w.relation, w.lock_xid, w.lock_page,
           w.lock_tuple
    FROM a
    LEFT JOIN waits w USING (pid)
    WHERE (a.state IS NOT NULL AND a.state <> 'idle') OR a.pid IN (SELECT pid FROM blockers)
) r ON true
