-- Transactions in this database open longer than $1 seconds: a concurrent index build
-- waits for every one of them (and a migration statement waits for their locks).
SELECT a.pid, a.usename AS role, a.application_name AS application, a.state,
       (extract(epoch FROM now() - a.xact_start) * 1000)::bigint AS xact_ms,
       a.wait_event_type, left(regexp_replace(a.query, '\s+', ' ', 'g'), 160) AS query
FROM pg_stat_activity a
WHERE a.datname = current_database()
  AND a.pid <> pg_backend_pid()
  AND a.backend_type = 'client backend'
  AND a.xact_start IS NOT NULL
  AND a.xact_start < now() - make_interval(secs => $1::float8)
ORDER BY a.xact_start
