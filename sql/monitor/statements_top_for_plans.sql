-- The statements of the current database that matter most (by total time), for plan capture
-- (PostgreSQL 10-12: total_time). $1 how many. {{schema}} is the extension's schema, quoted.
SELECT s.queryid, s.query, sum(s.calls)::bigint AS calls,
       sum(s.total_time) / nullif(sum(s.calls), 0) AS mean_ms
FROM {{schema}}.pg_stat_statements s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND s.queryid IS NOT NULL
  -- only statements that have a plan (utility statements have none); writes are sorted out later
  AND s.query ~* '^(\s|--[^\n]*\n|/\*.*?\*/)*\(*\s*(select|with|values|table|insert|update|delete|merge)\M'
GROUP BY s.queryid, s.query
ORDER BY sum(s.total_time) DESC
LIMIT $1::int
