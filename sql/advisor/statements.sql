-- The workload: this database's statements by total execution time (all users together). $1 top N.
SELECT s.queryid::text AS queryid,
       min(s.query) AS query,
       sum(s.calls)::bigint AS calls,
       sum(s.total_exec_time)::float8 AS total_ms,
       (sum(s.total_exec_time) / nullif(sum(s.calls), 0))::float8 AS mean_ms
FROM pg_stat_statements s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.calls > 0
  AND s.queryid IS NOT NULL
GROUP BY s.queryid
ORDER BY total_ms DESC
LIMIT $1
