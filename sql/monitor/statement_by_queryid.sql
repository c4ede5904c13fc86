-- One statement of pg_stat_statements by query id, in the current database (PostgreSQL 10-12:
-- total_time/mean_time): its text, calls and mean time, for a plan capture. $1 query id.
-- {{schema}} is the extension's schema, quoted by the caller.
SELECT s.query, sum(s.calls)::bigint AS calls,
       sum(s.total_time) / nullif(sum(s.calls), 0) AS mean_ms
FROM {{schema}}.pg_stat_statements s
WHERE s.queryid = $1::bigint
  AND s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
GROUP BY s.query
ORDER BY calls DESC
LIMIT 1
