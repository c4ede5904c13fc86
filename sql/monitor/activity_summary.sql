-- Activity summary for the history store (pgdba record): the sessions by state, lock waiters,
-- the sessions that block them and the longest running query, as one row. Much cheaper than
-- activity.sql: no query text leaves the server and nothing is sorted; pg_blocking_pids() is
-- asked only for sessions waiting on a heavyweight lock. The same counts as
-- monitor::ActivityCollector::summaryJson() makes from a full snapshot.
WITH a AS (
    SELECT backend_type, state, wait_event_type, query_start,
           CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) END AS blockers
    FROM pg_stat_activity
    WHERE pid <> pg_backend_pid()
)
SELECT count(*) AS sessions,
       count(*) FILTER (WHERE backend_type = 'client backend') AS clients,
       count(*) FILTER (WHERE wait_event_type = 'Lock') AS waiting,
       count(*) FILTER (WHERE wait_event_type IS DISTINCT FROM 'Lock' AND state = 'active') AS active,
       count(*) FILTER (WHERE wait_event_type IS DISTINCT FROM 'Lock'
                          AND state LIKE 'idle in transaction%') AS idle_in_transaction,
       count(*) FILTER (WHERE wait_event_type IS DISTINCT FROM 'Lock' AND state = 'idle') AS idle,
       (SELECT count(DISTINCT b) FROM a, unnest(a.blockers) AS b) AS blockers,
       coalesce(max(extract(epoch FROM statement_timestamp() - query_start) * 1000)
                    FILTER (WHERE state = 'active'), 0)::bigint AS longest_query_ms,
       extract(epoch FROM clock_timestamp() - statement_timestamp()) * 1000 AS server_ms
FROM a
