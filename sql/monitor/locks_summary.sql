-- Every lock on the server (pg_locks joined with pg_stat_activity; pgdba's own monitoring
-- backend left out), aggregated per database, relation, lock type and mode. Groups with waiters
-- and the biggest groups first, at most $1 rows, so a server holding 100,000 locks stays
-- readable; groups_total and locks_total count everything before the limit.
-- Two hash aggregations (per transaction, then per group) instead of DISTINCT aggregates,
-- which would sort all 100,000 rows.
WITH per_xact AS (
    SELECT l.database, l.relation, l.locktype, l.mode, l.virtualtransaction, l.pid,
           count(*) FILTER (WHERE l.granted) AS granted,
           count(*) FILTER (WHERE NOT l.granted) AS waiting
    FROM pg_locks l
    WHERE l.pid IS DISTINCT FROM pg_backend_pid()
    GROUP BY l.database, l.relation, l.locktype, l.mode, l.virtualtransaction, l.pid
),
g AS (
    SELECT x.database, x.relation, x.locktype, x.mode,
           sum(x.granted) AS granted, sum(x.waiting) AS waiting,
           count(*) AS transactions,
           count(*) FILTER (WHERE x.pid IS NULL) AS prepared,
           min(a.xact_start) AS oldest_xact_start,
           (array_agg(x.pid ORDER BY x.pid) FILTER (WHERE x.pid IS NOT NULL))[1:6] AS pids,
           (array_agg(DISTINCT a.application_name) FILTER (WHERE a.application_name <> ''))[1:4] AS applications
    FROM per_xact x
    LEFT JOIN pg_stat_activity a ON a.pid = x.pid
    GROUP BY x.database, x.relation, x.locktype, x.mode
)
SELECT CASE WHEN g.database = 0 THEN '(shared)' ELSE d.datname END AS database, g.locktype, g.mode,
       CASE WHEN g.relation IS NOT NULL
                 AND g.database IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
            THEN g.relation::regclass::text END AS relation,
       g.relation AS relation_oid, g.granted, g.waiting, g.transactions, g.prepared,
       (extract(epoch FROM clock_timestamp() - g.oldest_xact_start) * 1000)::bigint AS oldest_xact_ms,
       g.pids, g.applications,
       count(*) OVER () AS groups_total, sum(g.granted + g.waiting) OVER () AS locks_total
FROM g
LEFT JOIN pg_database d ON d.oid = g.database
ORDER BY g.waiting DESC, g.granted + g.waiting DESC, d.datname, relation, g.locktype, g.mode
LIMIT $1
