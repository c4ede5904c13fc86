-- Sessions holding a lock on table $1 that a CREATE INDEX [CONCURRENTLY] has to wait for
-- (autovacuum, ANALYZE, another index build, DDL).
SELECT l.pid, l.mode, a.backend_type, a.state, left(regexp_replace(a.query, '\s+', ' ', 'g'), 160) AS query
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'relation' AND l.relation = to_regclass($1) AND l.granted
  AND l.pid <> pg_backend_pid()
  AND l.mode IN ('ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock')
ORDER BY l.pid
