-- Live activity (PostgreSQL 10-13: no query_id): every backend except pgdba's own monitoring one, one
-- row each. Blocking pids are asked only for sessions waiting on a heavyweight lock, because
-- pg_blocking_pids() takes the lock manager's partition locks. Timestamps are epoch milliseconds
-- (cheap to read, no time zones). server_ms is how long the server took to produce the rows:
-- clock_timestamp() once the whole set exists (the window needs every row) minus statement_timestamp().
WITH a AS (
    SELECT pid, datname, usename, application_name,
           coalesce(host(client_addr), CASE WHEN client_port = -1 THEN 'local' END) AS client_addr,
           backend_type, state, wait_event_type, wait_event, query,
           NULL::bigint AS query_id,
           (extract(epoch FROM backend_start) * 1000)::bigint AS backend_start_ms,
           (extract(epoch FROM xact_start) * 1000)::bigint    AS xact_start_ms,
           (extract(epoch FROM query_start) * 1000)::bigint   AS query_start_ms,
           (extract(epoch FROM state_change) * 1000)::bigint  AS state_change_ms,
           CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) END AS blocking_pids,
           age(backend_xid) AS xid_age, age(backend_xmin) AS xmin_age
    FROM pg_stat_activity
    WHERE pid <> pg_backend_pid()
)
SELECT a.*, (extract(epoch FROM statement_timestamp()) * 1000)::bigint AS sampled_at_ms,
       (SELECT setting::int FROM pg_settings WHERE name = 'track_activity_query_size') AS query_size,
       extract(epoch FROM (max(clock_timestamp()) OVER ()) - statement_timestamp()) * 1000 AS server_ms
FROM a
