-- Who holds the migration run lock of this database (run_lock_try.sql).
SELECT l.pid,
       coalesce(a.application_name, '') AS application,
       coalesce(a.usename::text, '') AS usename,
       coalesce(host(a.client_addr), 'local') AS client,
       a.backend_start,
       coalesce(a.state, '') AS state,
       left(coalesce(a.query, ''), 200) AS query
FROM pg_catalog.pg_locks l
LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
  AND l.classid = 1885823074::oid
  AND l.objid = (pg_catalog.hashtext('public.pgdba_migrations') & 2147483647)::oid
  AND l.objsubid = 2
  AND l.pid <> pg_catalog.pg_backend_pid()
LIMIT 1
