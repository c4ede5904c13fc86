-- Query texts of the given statements (queryid = ANY($1)), fetched once per new statement.
-- {{schema}} is the extension's schema, quoted by the caller.
SELECT s.userid, s.dbid, s.queryid, s.toplevel, s.query
FROM {{schema}}.pg_stat_statements(true) s
WHERE s.queryid = ANY ($1::bigint[])
