-- Releases the migration run lock (run_lock_try.sql) taken by this session.
SELECT pg_catalog.pg_advisory_unlock(1885823074, pg_catalog.hashtext('public.pgdba_migrations') & 2147483647)
