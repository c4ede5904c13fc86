-- The migration run lock: a session-level advisory lock per database, keyed by pgdba's version
-- table, held for a whole run (preflight included). $1 = wait: block until it is free.
-- Keys: 'pgdb' as an int4, and the hash of the version table's name (masked positive, so
-- pg_locks shows the same numbers as classid/objid).
SELECT CASE WHEN $1::boolean
            THEN (pg_catalog.pg_advisory_lock(1885823074,
                                              pg_catalog.hashtext('public.pgdba_migrations') & 2147483647)
                  IS NOT NULL)
            ELSE pg_catalog.pg_try_advisory_lock(1885823074,
                                                 pg_catalog.hashtext('public.pgdba_migrations') & 2147483647)
       END AS acquired
